/**
 * `careers list` over roles and imported occupations: one row shape for both, and the filters and
 * sorting that make a thousand rows useful (--zone, --min-median, --education, --sort, --limit). Pure.
 */

import type { z } from "zod";
import { usageError } from "../errors.js";
import type { IndexRow, OccupationSource } from "../schema/occupation.js";
import type { listOutput } from "../schema/outputs-list.js";
import { compareText, normalizeName } from "../text/names.js";
import { didYouMean } from "../text/suggest.js";
import { type DatasetDates, occupationFigures } from "./figures.js";
import type { SortKey } from "./sort-keys.js";
import { fromSource, underIsco } from "./sources.js";

/**
 * A row of the list: a role's or an occupation's reference and key figures (core/figures.ts), its aliases,
 * the id of the role whose ladder a role is on (its owner; occupations are on none) and its step, and with
 * --area its figures in the area: the type of a row of the schema of list's output (schema/outputs-list.ts).
 */
export type ListRow = z.output<typeof listOutput>["results"][number];

export { SORT_KEYS, type SortKey } from "./sort-keys.js";

export interface ListFilters {
  zones?: number[];
  minMedian?: number;
  education?: string;
  /** only the rows of this source (--source; core/sources.ts) */
  source?: OccupationSource;
  /** only ESCO's occupations under this ISCO-08 group (--isco) */
  isco?: string;
  sort?: SortKey;
  limit?: number;
}

/** An occupation of the index as a list row; a top-coded median is listed at its floor, marked. */
export function occupationRow(r: IndexRow, dates: DatasetDates): ListRow {
  const { id, code, title, source, ...figures } = occupationFigures(r, dates);
  return { id, code, title, source, aliases: [], ...figures, ladder: null, ladderStep: null };
}

/** "--zone 2,3" -> [2, 3] */
export function parseZones(text: string): number[] {
  const zones = text
    .split(/[,\s]+/)
    .filter(Boolean)
    .map(Number);
  if (zones.length === 0 || zones.some((z) => !Number.isInteger(z) || z < 1 || z > 5)) {
    throw usageError(
      `--zone ${JSON.stringify(text)} is not a job zone`,
      "Job zones are 1 (little preparation) to 5 (extensive), e.g. --zone 2 or --zone 3,4.",
    );
  }
  return zones;
}

/** "50000", "50,000", "50k" -> 50000 */
export function parseAmount(text: string, flag: string): number {
  const m = /^\s*(\d+(?:[.,_]\d+)*)\s*(k)?\s*$/i.exec(text);
  const n = m ? Number(m[1]!.replace(/[,_]/g, "")) * (m[2] ? 1000 : 1) : NaN;
  if (!Number.isFinite(n))
    throw usageError(
      `${flag} ${JSON.stringify(text)} is not an amount`,
      `Give a yearly amount in dollars, e.g. ${flag} 50000 or ${flag} 50k.`,
    );
  return n;
}

/** "--limit 20" -> 20; "--limit 0" -> no limit */
export function parseLimit(text: string): number | undefined {
  if (!/^\s*\d+\s*$/.test(text))
    throw usageError(`--limit ${JSON.stringify(text)} is not a number of rows`, "Give a whole number, e.g. --limit 20 (0: no limit).");
  const n = Number(text);
  return n === 0 ? undefined : n;
}

const byNumber = (key: (r: ListRow) => number | null | undefined) => (a: ListRow, b: ListRow) => {
  const x = key(a);
  const y = key(b);
  if (x === null || x === undefined) return y === null || y === undefined ? 0 : 1;
  if (y === null || y === undefined) return -1;
  return y - x;
};

const SORTS: Record<SortKey, (a: ListRow, b: ListRow) => number> = {
  median: byNumber((r) => r.median?.amount),
  growth: byNumber((r) => r.growth?.percent),
  openings: byNumber((r) => r.openings?.perYear),
  title: (a, b) => compareText(a.title.toLowerCase(), b.title.toLowerCase()),
  lq: byNumber((r) => r.area?.locationQuotient),
};

/**
 * The rows that pass the filters, sorted (highest first for figures; rows without the figure last; ties
 * by title), at most `limit`. A row without the figure a filter asks about does not pass it; a top-coded
 * median passes --min-median only when its floor does.
 */
export function filterRows(rows: readonly ListRow[], f: ListFilters): { rows: ListRow[]; matched: number } {
  if (f.education !== undefined) {
    const wanted = normalizeName(f.education);
    const known = [...new Set(rows.map((r) => r.education?.typical).filter((e): e is string => Boolean(e)))];
    if (wanted === "" || !known.some((e) => normalizeName(e).includes(wanted))) {
      const words = new Set(known.flatMap((e) => normalizeName(e).split(" ")).filter((w) => w.length > 2));
      const hint = didYouMean(wanted, words);
      // the occupations' values are BLS's few categories; the roles' are sentences
      const listed = rows.some((r) => r.source === "onet")
        ? [
            ...new Set(
              rows
                .filter((r) => r.source === "onet")
                .map((r) => r.education?.typical)
                .filter(Boolean),
            ),
          ]
        : known;
      throw usageError(
        `no role or occupation has the education "${f.education}"`,
        `${hint ? hint + " " : ""}Typical education: ${listed.sort().join("; ")}.`,
      );
    }
  }
  const kept = rows.filter(
    (r) =>
      (f.zones === undefined || (r.jobZone !== null && f.zones.includes(r.jobZone.zone))) &&
      (f.minMedian === undefined || (r.median !== null && r.median.amount >= f.minMedian)) &&
      (f.education === undefined || (r.education !== null && normalizeName(r.education.typical).includes(normalizeName(f.education)))) &&
      fromSource(f.source, r.source) &&
      (f.isco === undefined || (r.source === "esco" && r.code !== undefined && underIsco(r.code, f.isco))),
  );
  const sorted = f.sort
    ? kept
        .map((r, i) => ({ r, i }))
        .sort((a, b) => SORTS[f.sort!](a.r, b.r) || SORTS.title(a.r, b.r) || a.i - b.i)
        .map((x) => x.r)
    : kept;
  return { rows: f.limit === undefined ? sorted : sorted.slice(0, f.limit), matched: kept.length };
}
