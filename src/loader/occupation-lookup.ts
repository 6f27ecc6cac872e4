/**
 * Naming an imported occupation: by id (customer-service-representatives), by O*NET-SOC code (43-4051.00),
 * by SOC code (43-4051: the .00 occupation, or the only one under it), or by title (case and punctuation
 * ignored). Pure over the index rows, or anything with their names.
 */
import { type CareersError, usageError } from "../errors.js";
import { normalizeName } from "../text/names.js";
import { didYouMean } from "../text/suggest.js";

/** What names an occupation: an index row has these, and so has the data set's list of names. */
export interface Named {
  id: string;
  code: string;
  title: string;
}

export type Found<R extends Named = Named> = { row: R } | { ambiguous: R[] } | null;

export const ONET = /^\d{2}-\d{4}\.\d{2}$/;
export const SOC = /^\d{2}-\d{4}$/;

export function findOccupation<R extends Named>(rows: readonly R[], query: string): Found<R> {
  const q = query.trim();
  const lower = q.toLowerCase();
  const byId = rows.find((r) => r.id === lower);
  if (byId) return { row: byId };
  if (ONET.test(q)) {
    const row = rows.find((r) => r.code === q);
    return row ? { row } : null;
  }
  if (SOC.test(q)) {
    const under = rows.filter((r) => r.code.startsWith(q + "."));
    const main = under.find((r) => r.code === `${q}.00`);
    if (main || under.length === 1) return { row: main ?? under[0]! };
    return under.length > 1 ? { ambiguous: under } : null;
  }
  const name = normalizeName(q);
  if (name === "") return null;
  const byTitle = rows.find((r) => normalizeName(r.title) === name);
  return byTitle ? { row: byTitle } : null;
}

/** The error for a name several occupations answer to (a SOC code with no .00 occupation): each, to pick one. */
export const ambiguousOccupation = (query: string, rows: readonly Named[]): CareersError =>
  usageError(`"${query}" names ${rows.length} occupations`, `Give one: ${rows.map((r) => `${r.code} (${r.title})`).join(", ")}.`);

/** " Did you mean ...?" over occupation ids and titles, or "". */
export const suggestOccupation = (rows: readonly Named[], query: string): string =>
  didYouMean(
    query,
    rows.flatMap((r) => [r.id, r.title]),
  );
