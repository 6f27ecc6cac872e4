/**
 * From an O*NET-SOC code to the BLS code that covers it: the same 6-digit SOC code, else the code BLS
 * publishes for several SOC occupations together, else the broad group. Nothing else: an occupation that
 * none of these covers gets no BLS figures. The import joins the national estimates so; the commands find
 * an occupation's figures in the states and areas the same way. Pure.
 */
import type { JoinBasis } from "../schema/occupation.js";

/**
 * SOC occupations that OEWS and the Employment Projections publish only together, under one code (BLS,
 * OEWS "SOC structure" notes for the May 2021 and later estimates). Used only when the BLS figures held
 * have the combined code.
 */
export const COMBINED_CODES: Readonly<Record<string, string>> = {
  "21-1011": "21-1018",
  "21-1014": "21-1018",
  "25-2055": "25-2052",
  "25-2056": "25-2052",
  "25-9042": "25-9045",
  "25-9043": "25-9045",
  "25-9049": "25-9045",
  "51-2022": "51-2028",
  "51-2023": "51-2028",
  "53-1042": "53-1047",
  "53-1043": "53-1047",
  "53-1044": "53-1047",
  "53-1049": "53-1047",
};

/** 43-4051.00 -> 43-4051 */
export const socOf = (onetCode: string): string => onetCode.slice(0, 7);

/** The BLS code among those `has` holds that covers an O*NET-SOC occupation, and how; null when none does. */
export function blsCodeFor(onetCode: string, has: (code: string) => boolean): { code: string; basis: JoinBasis } | null {
  const soc = socOf(onetCode);
  if (has(soc)) return { code: soc, basis: onetCode.endsWith(".00") ? "detailed" : "part" };
  const combined = COMBINED_CODES[soc];
  if (combined && has(combined)) return { code: combined, basis: "combined" };
  const broad = soc.slice(0, 6) + "0";
  if (broad !== soc && has(broad)) return { code: broad, basis: "broad" };
  return null;
}
