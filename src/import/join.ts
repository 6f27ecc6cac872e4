/**
 * From an O*NET-SOC code to the BLS row that covers it: the same 6-digit SOC code, else the code BLS
 * publishes for several SOC occupations together, else the broad group. Nothing else: an occupation that
 * none of these covers gets no BLS figures. Pure.
 */
import type { BlsRef, JoinBasis, JoinCounts } from "../schema/occupation.js";

/**
 * SOC occupations that OEWS and the Employment Projections publish only together, under one code (BLS,
 * OEWS "SOC structure" notes for the May 2021 and later estimates). Used only when the BLS file imported
 * holds the combined code.
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

const NOTES: Record<Exclude<JoinBasis, "detailed">, (code: string, title: string) => string> = {
  part: (code, title) => `BLS figure for ${code} ${title}, which takes in this occupation and others`,
  combined: (code, title) => `BLS publishes only ${code} ${title}, which combines this occupation with others`,
  broad: (code, title) => `BLS publishes only the broad group ${code} ${title}, which takes in this occupation and others`,
};

/** The BLS row for an O*NET-SOC occupation, and how it was found; null when BLS has none. */
export function joinCode<R extends { title: string }>(onetCode: string, rows: ReadonlyMap<string, R>): { row: R; ref: BlsRef } | null {
  const soc = socOf(onetCode);
  const found = (code: string, basis: JoinBasis) => {
    const row = rows.get(code)!;
    const ref: BlsRef = { code, title: row.title, basis };
    if (basis !== "detailed") ref.note = NOTES[basis](code, row.title);
    return { row, ref };
  };
  if (rows.has(soc)) return found(soc, onetCode.endsWith(".00") ? "detailed" : "part");
  const combined = COMBINED_CODES[soc];
  if (combined && rows.has(combined)) return found(combined, "combined");
  const broad = soc.slice(0, 6) + "0";
  if (broad !== soc && rows.has(broad)) return found(broad, "broad");
  return null;
}

export const emptyCounts = (): JoinCounts => ({ detailed: 0, part: 0, broad: 0, combined: 0, none: 0 });
