/**
 * The rows of a listing (list, match, path's moves) in one state or area: the area's median in place of
 * the national one, with the area's employment, jobs per 1,000 and location quotient, and the national
 * median beside; where the area has no estimate (suppressed, no row, or a guide role, which has no SOC
 * figures), the median is null and the row says so, never 0. Pure.
 */
import type { z } from "zod";
import type { Employment, Money } from "../schema/output.js";
import type { listingArea as listingAreaSchema } from "../schema/outputs-common.js";
import { type AreaOrigin, type AreaReference, type AreaView, areaLine } from "./areas.js";

/** A row's figures in the area: what `--area` adds to each row of list, match and path. */
export interface RowInArea {
  /** false: no estimate for the area (the row's median is null) */
  estimate: boolean;
  /** "no estimate for Texas", where there is none */
  note: string | null;
  employment: Employment | null;
  jobsPer1000: number | null;
  locationQuotient: number | null;
  /** the median without --area: the national one (a guide role's own figure) */
  national: Money | null;
}

/**
 * The area of a listing, as its --json names it: the area, where it came from, and the line the table
 * starts with ("area: Texas"): the type of its schema (schema/outputs-common.ts).
 */
export type ListingArea = z.output<typeof listingAreaSchema>;

export const listingArea = (area: AreaReference, origin: AreaOrigin): ListingArea => ({ ...area, origin, line: areaLine(area, origin) });

/** Why a row has no figure of the area: BLS gives none there, or the row has no SOC figures at all (a guide role). */
export const noEstimate = (area: AreaReference, noSoc: boolean): string =>
  `no estimate for ${area.title}${noSoc ? " (no SOC figures)" : ""}`;

/**
 * The row with the area's median in place of its own, and the area's figures; `view` is the occupation's
 * in the area, null for a row without SOC figures (a guide role).
 */
export function rowInArea<R extends { median: Money | null }>(
  row: R,
  view: AreaView | null,
  area: AreaReference,
): Omit<R, "median"> & { median: Money | null; area: RowInArea } {
  const estimate = view?.estimate === true;
  const median = estimate ? view.median : null;
  return {
    ...row,
    median,
    area: {
      estimate,
      note: median ? null : noEstimate(area, view === null),
      employment: view?.employment ?? null,
      jobsPer1000: view?.jobsPer1000 ?? null,
      locationQuotient: view?.locationQuotient ?? null,
      national: row.median,
    },
  };
}
