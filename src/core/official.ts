/**
 * A role linked to an O*NET-SOC occupation (its `onet.code`), beside that occupation's official figures
 * from an imported data set: the guide's own figures, each with its source, and the BLS wages and outlook
 * and the O*NET job zone, each with its release and date. Two sets of figures, side by side, never merged
 * into one. Pure.
 */

import type { BlsRef, Manifest, Occupation, Wage, Wages } from "../schema/occupation.js";
import type { Role } from "../schema/role.js";
import { type Inferred, inferredOf, medianSalary, type SalaryFigure, sourceTitle } from "./summary.js";

/**
 * A figure of the guide's: what the role file says, the source it names (its id, and in words), and its
 * `inferred` marker where the data borrows or infers it.
 */
export type GuideFigure<T> = T & { source: string; sourceTitle: string; inferred: Inferred | null };

export interface GuideFigures {
  /** the role's own median, else its row of a salary-by-level table (see summary.ts) */
  median: SalaryFigure | null;
  range: GuideFigure<{ low: number; high: number; currency: string; highOpenEnded: boolean }> | null;
  growth: GuideFigure<{ percent: number; label: string | null }> | null;
  annualOpenings: GuideFigure<{ count: number; approximate: boolean }> | null;
  typicalEducation: GuideFigure<{ text: string }> | null;
}

/** Where a BLS figure comes from: the code it is published under, and how it meets the O*NET code. */
export interface BlsSource {
  code: string;
  title: string;
  basis: BlsRef["basis"];
  note: string | null;
}

export interface OfficialWages {
  bls: BlsSource;
  /** the OEWS reference period, e.g. May 2024 */
  period: string;
  employment: number | null;
  annual: Wages["annual"];
  hourlyMedian: Wage;
}

export interface OfficialOutlook {
  bls: BlsSource;
  /** the projections' period, e.g. 2024–34 */
  period: string;
  changePercent: number | null;
  /** openings a year, on average over the period */
  openings: number | null;
  entryEducation: string | null;
}

export interface OfficialFigures {
  /** the occupation the role links to, as the imported O*NET release names it */
  onet: { code: string; title: string };
  guide: GuideFigures;
  wages: OfficialWages | null;
  outlook: OfficialOutlook | null;
  jobZone: { zone: number; name: string | null } | null;
  /** the releases the official figures come from, with version and date */
  sources: { name: string; version: string; date: string | null }[];
  /** what the sources ask to be said, word for word */
  attribution: string[];
}

interface Sourced {
  source: string;
  inferred?: Parameters<typeof inferredOf>[0];
}

function guideFigure<S extends Sourced, T extends object>(role: Role, from: S | undefined, figure: (from: S) => T): GuideFigure<T> | null {
  if (!from) return null;
  return { ...figure(from), source: from.source, sourceTitle: sourceTitle(role, from.source), inferred: inferredOf(from.inferred) };
}

const blsSource = (ref: BlsRef): BlsSource => ({ code: ref.code, title: ref.title, basis: ref.basis, note: ref.note ?? null });

/** The guide's figures of a role, each with its source. */
export function guideFigures(role: Role): GuideFigures {
  const f = role.keyFacts;
  return {
    median: medianSalary(role) ?? null,
    range: guideFigure(role, f?.salaryRange, (r) => ({
      low: r.low,
      high: r.high,
      currency: r.currency,
      highOpenEnded: r.highOpenEnded ?? false,
    })),
    growth: guideFigure(role, f?.growth, (g) => ({ percent: g.percent, label: g.label ?? null })),
    annualOpenings: guideFigure(role, f?.annualOpenings, (o) => ({ count: o.count, approximate: o.approximate ?? false })),
    typicalEducation: guideFigure(role, f?.typicalEducation, (e) => ({ text: e.text })),
  };
}

/** The releases an occupation's figures come from (O*NET, and BLS's where it has their figures), and their attribution. */
export function occupationSources(o: Occupation, manifest: Manifest): Pick<OfficialFigures, "sources" | "attribution"> {
  const used = new Set<string>(o.source === "esco" ? ["esco"] : ["onet"]);
  if (o.crosswalk) used.add("esco-crosswalk");
  if (o.wages) used.add("bls-oews");
  if (o.outlook) used.add("bls-projections");
  const sources = manifest.sources.filter((s) => used.has(s.id));
  return {
    sources: sources.map((s) => ({ name: s.name, version: s.version, date: s.date })),
    attribution: [...new Set(sources.map((s) => s.attribution))],
  };
}

/** The role's figures beside those of the occupation it links to (`occupation`, from the data set `manifest` describes). */
export function officialFigures(role: Role, occupation: Occupation, manifest: Manifest): OfficialFigures {
  const w = occupation.wages;
  const o = occupation.outlook;
  return {
    onet: { code: occupation.code, title: occupation.title },
    guide: guideFigures(role),
    wages: w && {
      bls: blsSource(w.bls),
      period: w.period,
      employment: w.employment,
      annual: w.annual,
      hourlyMedian: w.hourly.median,
    },
    outlook: o && {
      bls: blsSource(o.bls),
      period: o.period,
      changePercent: o.changePercent,
      openings: o.openings,
      entryEducation: o.entryEducation,
    },
    jobZone: occupation.jobZone && { zone: occupation.jobZone.zone, name: occupation.jobZone.name ?? null },
    ...occupationSources(occupation, manifest),
  };
}
