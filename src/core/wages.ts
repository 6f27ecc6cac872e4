/**
 * `careers wages <occupation>`: one occupation's OEWS figures in every state and area the data set holds,
 * sorted by one figure, beside the national ones. Pure: the areas, their records and the national wages
 * come from the data set through the handler (app/areas.ts).
 */
import type { z } from "zod";
import type { AreaFigures, AreaInfo, AreaType } from "../schema/areas.js";
import type { JoinBasis, Wages } from "../schema/occupation.js";
import type { Employment, OccupationReference } from "../schema/output.js";
import type { wagesOutput } from "../schema/outputs-occupation.js";
import { type AreaView, areaView, nationalWageSets } from "./areas.js";
import type { AreaGroup, WageSort } from "./wage-keys.js";

export { AREA_GROUPS, type AreaGroup, WAGE_SORTS, type WageSort } from "./wage-keys.js";

/** The kinds of area (BLS's AREA_TYPE) each `--type` holds. */
export const GROUP_TYPES: Readonly<Record<AreaGroup, readonly AreaType[]>> = { state: [2, 3], metro: [4, 6] };

/** An area's figures, and whether they are of the national figures' release. */
export interface WagesRow extends AreaView {
  sameRelease: boolean;
}

/**
 * The occupation; the BLS code the area figures are under and how it meets the occupation (null where no
 * area has it); the sort and the type of area; the national figures (the reference line); the areas with a
 * record of the occupation, sorted (highest first, those without the figure last): the type of the schema
 * of wages' output (schema/outputs-occupation.ts).
 */
export type WagesResult = z.output<typeof wagesOutput>;

const PERCENTILE_OF: Readonly<Record<"median" | "p90", "median" | "pct90">> = { median: "median", p90: "pct90" };

/**
 * The figure an area (or the nation) is ranked by: a wage a year, else an hour where BLS gives only
 * hourly ones (a top-coded wage at its floor); employment; the location quotient. null: none.
 */
export function sortFigure(row: Pick<AreaView, "annual" | "hourly" | "employment" | "locationQuotient">, sort: WageSort): number | null {
  if (sort === "employment") return row.employment?.count ?? null;
  if (sort === "lq") return row.locationQuotient;
  const p = PERCENTILE_OF[sort];
  return (row.annual[p] ?? row.hourly[p])?.amount ?? null;
}

/** The national figure the areas' bars are read against: 1.0 for the location quotient; none for employment. */
export function nationalFigure(national: WagesResult["national"], sort: WageSort): number | null {
  if (sort === "lq") return 1;
  if (sort === "employment") return null;
  return sortFigure({ ...national, locationQuotient: null }, sort);
}

/** Highest first, an area without the figure after every one with it; ties by title, then code. */
export function compareRows(a: WagesRow, b: WagesRow, sort: WageSort): number {
  const x = sortFigure(a, sort);
  const y = sortFigure(b, sort);
  if (x !== y) {
    if (x === null) return 1;
    if (y === null) return -1;
    return y - x;
  }
  return a.area.title.localeCompare(b.area.title) || a.area.code.localeCompare(b.area.code);
}

export interface WagesInput {
  occupation: OccupationReference;
  /** the BLS code the areas' figures are under (blsCodeFor), and its title in the areas' head */
  code: { code: string; basis: JoinBasis } | null;
  blsTitle: string | null;
  areas: readonly AreaInfo[];
  /** every area's record of that code */
  records: readonly AreaFigures[];
  /** the occupation's national OEWS figures */
  wages: Wages | null;
  employment: Employment | null;
  sort: WageSort;
  type: AreaGroup | "all";
  /** at most this many areas (0: all) */
  limit: number;
}

/** Every area's figures for the occupation of the kind asked for, sorted, beside the national ones. */
export function areaWages(input: WagesInput): WagesResult {
  const asOf = input.wages?.period ?? null;
  const basis = input.code?.basis;
  const national = { ...nationalWageSets(input.wages, asOf, basis), employment: input.employment, asOf };
  const kinds = input.type === "all" ? null : GROUP_TYPES[input.type];
  const rows: WagesRow[] = [];
  for (const record of input.records) {
    const area = input.areas[record.area];
    if (!area || (kinds && !kinds.includes(area.type))) continue;
    const view = areaView(area, record, basis);
    rows.push({ ...view, sameRelease: view.area.asOf === asOf });
  }
  rows.sort((a, b) => compareRows(a, b, input.sort));
  const shown = input.limit > 0 ? rows.slice(0, input.limit) : rows;
  return {
    occupation: input.occupation,
    bls: input.code ? { code: input.code.code, title: input.blsTitle ?? input.occupation.title, basis: input.code.basis } : null,
    sort: input.sort,
    type: input.type,
    national,
    results: shown,
    shown: { rows: shown.length, of: rows.length },
  };
}

/** The releases the areas' figures are of, in the order first met (a state workbook of May 2023, a metropolitan one of May 2024). */
export const areaReleases = (rows: readonly Pick<AreaView, "area">[]): string[] => [...new Set(rows.map((r) => r.area.asOf))];
