/**
 * The OEWS estimates of states and metropolitan areas, as the data set holds them and the commands read
 * them: the kinds of area, the wages of each, one area's figures for one occupation. Types and constants
 * only; stored by loader/area-file.ts, looked up and shown by core/areas.ts.
 */
import type { Wage } from "./occupation.js";

/** BLS's AREA_TYPE: the kinds of area an OEWS workbook holds besides the nation (1). */
export const AREA_TYPES = { 2: "state", 3: "territory", 4: "metropolitan area", 6: "nonmetropolitan area" } as const;
export type AreaType = keyof typeof AREA_TYPES;
export const isAreaType = (n: number): n is AreaType => n in AREA_TYPES;

export const PERCENTILES = ["mean", "pct10", "pct25", "median", "pct75", "pct90"] as const;
export type Percentile = (typeof PERCENTILES)[number];

export type AreaWages = Record<Percentile, Wage>;

/** An area of the data set: its place in areas.json, AREA code, title, type, state (PRIM_STATE) and release. */
export interface AreaInfo {
  place: number;
  code: string;
  title: string;
  type: AreaType;
  state: string | null;
  /** the OEWS release its figures are of, e.g. May 2023 */
  release: string;
  /** the release's top-code ceilings: a `#` wage is at least these */
  annualCeiling: number | null;
  hourlyCeiling: number | null;
}

/** One area's figures for one occupation (a record of areas.bin). */
export interface AreaFigures {
  /** place in the head's areas */
  area: number;
  employment: number | null;
  jobsPer1000: number | null;
  locationQuotient: number | null;
  annual: AreaWages;
  hourly: AreaWages;
  annualOnly?: true;
  hourlyOnly?: true;
  broad?: true;
}
