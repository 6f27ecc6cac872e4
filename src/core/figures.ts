/**
 * The key figures of a role or an occupation in the output vocabulary (schema/output.ts): its reference
 * and its median, growth, openings, job zone and typical education, each with its source and date. Every
 * command that names an occupation builds them here, so the same occupation has the same objects in list,
 * show, search, match, path and compare. Pure.
 */

import { type IndexRow, type Manifest, sourceOfId, type Wage, type Wages } from "../schema/occupation.js";
import type { Employment, KeyFigures, Money, OccupationFigures, OccupationReference, Reference } from "../schema/output.js";
import type { Role } from "../schema/role.js";
import { inferredOf, medianSalary, sourceTitle } from "./summary.js";

export const OEWS = "BLS OEWS";
export const PROJECTIONS = "BLS Employment Projections";
export const ONET = "O*NET";

/** What the figures of a data set are of: the releases' periods and dates, from its manifest. */
export interface DatasetDates {
  /** the OEWS reference period, e.g. May 2024; null without OEWS */
  wages: string | null;
  /** the projections' period (2024–34) and the date they are of: the release date, else the base year */
  projections: { period: string; asOf: string } | null;
  /** the O*NET release's date (May 2025), else its version */
  onet: string | null;
}

/** The periods and dates of a data set's releases. */
export function datasetDates(manifest: Pick<Manifest, "sources">): DatasetDates {
  const source = (id: string) => manifest.sources.find((s) => s.id === id);
  const oews = source("bls-oews");
  const projections = source("bls-projections");
  const onet = source("onet");
  return {
    wages: oews ? oews.version : null,
    projections: projections ? { period: projections.version, asOf: projections.date ?? projections.version.slice(0, 4) } : null,
    onet: onet ? (onet.date ?? onet.version) : null,
  };
}

export type Figures = Reference & KeyFigures;

/** The OEWS national employment of an occupation's wages, marked where it is a wider occupation's; null where BLS gives none. */
export function wagesEmployment(w: Wages | null | undefined): Employment | null {
  const basis = w?.bls.basis;
  return w && w.employment !== null ? { count: w.employment, source: OEWS, asOf: w.period, ...blsMark(basis) } : null;
}

/** A BLS wage as money a year: its amount, or the floor of a top-coded one; null where BLS gives none. */
export function wageMoney(
  w: Wage | null | undefined,
  period: "year" | "hour",
  asOf: string | null,
  basis?: IndexRow["blsBasis"],
): Money | null {
  const amount = w?.amount ?? (w?.topCoded && w.atLeast ? w.atLeast : null);
  if (amount === null || amount === undefined) return null;
  return {
    amount,
    currency: "USD",
    period,
    ...(w?.topCoded ? { atLeast: true as const } : {}),
    source: OEWS,
    asOf,
    ...blsMark(basis),
  };
}

/** The mark of a figure that is a wider BLS occupation's (a detailed O*NET code's parent figures). */
const blsMark = (basis: IndexRow["blsBasis"]) => (basis && basis !== "detailed" ? { blsBasis: basis } : {});

export const occupationReference = (r: Pick<IndexRow, "id" | "code" | "title">): OccupationReference => ({
  id: r.id,
  code: r.code,
  title: r.title,
  source: sourceOfId(r.id),
});

/** An occupation of the index: its reference and key figures. */
export function occupationFigures(r: IndexRow, dates: DatasetDates): OccupationFigures {
  const p = dates.projections;
  const basis = r.blsBasis;
  return {
    ...occupationReference(r),
    median: wageMoney(r.median, "year", dates.wages, basis),
    growth:
      r.growthPercent === null
        ? null
        : { percent: r.growthPercent, period: p?.period ?? null, source: PROJECTIONS, asOf: p?.asOf ?? null, ...blsMark(basis) },
    openings:
      r.openings === null
        ? null
        : { perYear: r.openings, period: p?.period ?? null, source: PROJECTIONS, asOf: p?.asOf ?? null, ...blsMark(basis) },
    jobZone: r.jobZone === null ? null : { zone: r.jobZone, name: null, source: ONET, asOf: dates.onet },
    education: r.education === null ? null : { typical: r.education, source: PROJECTIONS, asOf: p?.asOf ?? null },
  };
}

const roleSourceDate = (role: Pick<Role, "sources">, id: string): string | null => role.sources.find((s) => s.id === id)?.date ?? null;

/** What every figure of a role file adds: its source in words and by id, its date, and its inferred marker. */
function fromRole(role: Role, from: { source: string; inferred?: Parameters<typeof inferredOf>[0] }, asOf?: string) {
  const inferred = inferredOf(from.inferred);
  return {
    source: sourceTitle(role, from.source),
    asOf: asOf ?? roleSourceDate(role, from.source),
    sourceId: from.source,
    ...(inferred ? { inferred } : {}),
  };
}

/** A role's median (its own, else its level-table row) as money. */
export function roleMedian(role: Role): Money | null {
  const m = medianSalary(role);
  if (!m) return null;
  const own = role.keyFacts?.medianSalary;
  const period = own ? own.period : (role.salaryByLevel?.period ?? "year");
  return {
    amount: m.amount,
    currency: m.currency,
    period,
    source: m.sourceTitle,
    asOf: own ? own.date : roleSourceDate(role, m.source),
    basis: m.basis,
    label: m.label,
    sourceId: m.source,
    ...(m.inferred ? { inferred: m.inferred } : {}),
  };
}

/** A role's reference and key figures, from its role file. */
export function roleFigures(role: Role, origin: "bundled" | "user"): Figures {
  const f = role.keyFacts;
  return {
    id: role.id,
    title: role.title,
    source: origin,
    median: roleMedian(role),
    growth: f?.growth ? { percent: f.growth.percent, period: f.growth.label ?? null, ...fromRole(role, f.growth) } : null,
    openings: f?.annualOpenings
      ? {
          perYear: f.annualOpenings.count,
          ...(f.annualOpenings.approximate ? { approximate: true } : {}),
          period: null,
          ...fromRole(role, f.annualOpenings),
        }
      : null,
    jobZone: null,
    education: f?.typicalEducation ? { typical: f.typicalEducation.text, ...fromRole(role, f.typicalEducation) } : null,
  };
}
