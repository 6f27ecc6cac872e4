/**
 * Naming an imported occupation: by id (customer-service-representatives), by O*NET-SOC code (43-4051.00),
 * by SOC code (43-4051: the .00 occupation, or the only one under it), by title (case and punctuation
 * ignored), by title in its word forms ("registered nurse": Registered Nurses), or by an alternate title
 * in its forms ("rn": "Registered Nurse (RN)"). A name several occupations answer to gives them all, never
 * one picked. Pure over the index rows, or anything with their names, and the lines of search.lower.
 */
import { type CareersError, usageError } from "../errors.js";
import { SOURCE_NAMES, sourceOfId } from "../schema/occupation.js";
import { nameKeys, stems } from "../text/forms.js";
import { normalizeName } from "../text/names.js";
import { ALTERNATE, lineEnd, lineStart, readLine } from "../text/search-lines.js";
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
/** ESCO's code: the ISCO-08 unit group, then ESCO's own suffix (2654.1.7) */
export const ESCO_CODE = /^\d{4}(\.\d+)+$/;
/** ESCO's URI of an occupation */
export const ESCO_URI = /^https?:\/\/data\.europa\.eu\/esco\/occupation\/[0-9a-f-]{36}$/i;

/** search.lower in parts of whole lines (Dataset.searchText().parts): where alternate titles are looked for. */
export type LineParts = () => Iterable<{ offset: number; bytes: Buffer }>;

export function findOccupation<R extends Named>(rows: readonly R[], query: string, alternates?: LineParts): Found<R> {
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
  if (ESCO_CODE.test(q)) {
    const row = rows.find((r) => r.code === q);
    return row ? { row } : null;
  }
  const name = normalizeName(q);
  if (name === "") return null;
  const key = stems(q).join(" ");
  const byForms = key === "" ? [] : rows.filter((r) => nameKeys(r.title).includes(key));
  const byTitle = rows.find((r) => normalizeName(r.title) === name);
  if (byTitle) {
    // a title of one source may be another's in its forms (ESCO's customer service representative, O*NET's Customer Service Representatives)
    const others = byForms.filter((r) => sourceOfId(r.id) !== sourceOfId(byTitle.id));
    return others.length === 0 ? { row: byTitle } : { ambiguous: [byTitle, ...others] };
  }
  if (key === "") return null;
  const places = byForms.length > 0 || !alternates ? [] : byAlternateTitle(alternates(), key, rows.length);
  const named = byForms.length > 0 ? byForms : places.map((n) => rows[n]!);
  return named.length === 0 ? null : named.length === 1 ? { row: named[0]! } : { ambiguous: named };
}

/**
 * The places in the index of the occupations an alternate title of which is `key` (stems, as nameKeys
 * gives them), in order. Only the lines holding the key's first stem are read, as text.
 */
export function byAlternateTitle(parts: Iterable<{ offset: number; bytes: Buffer }>, key: string, count: number): number[] {
  const needle = Buffer.from(key.split(" ")[0]!, "latin1");
  const found = new Set<number>();
  for (const { bytes } of parts) {
    for (let at = bytes.indexOf(needle); at >= 0; at = bytes.indexOf(needle, at + 1)) {
      const end = lineEnd(bytes, at);
      const line = readLine(bytes, lineStart(bytes, at), end);
      if (line && line.field === ALTERNATE && line.n < count && nameKeys(bytes.toString("latin1", line.from, end)).includes(key))
        found.add(line.n);
      at = end;
    }
  }
  return [...found].sort((a, b) => a - b);
}

/** The error for a name several occupations answer to (a SOC code with no .00 occupation): each, to pick one. */
export const ambiguousOccupation = (query: string, rows: readonly Named[]): CareersError => {
  // where they are of several sources, each says its own
  const mixed = new Set(rows.map((r) => sourceOfId(r.id))).size > 1;
  const listed = rows.slice(0, AMBIGUOUS_LISTED).map((r) => `${r.code} (${r.title}${mixed ? `, ${SOURCE_NAMES[sourceOfId(r.id)]}` : ""})`);
  const more = rows.length > AMBIGUOUS_LISTED ? `, and ${rows.length - AMBIGUOUS_LISTED} more: careers search ${query.trim()}` : "";
  return usageError(`"${query}" names ${rows.length} occupations`, `Give one: ${listed.join(", ")}${more}.`);
};

/** At most this many occupations are named in the error for a name several answer to. */
export const AMBIGUOUS_LISTED = 10;

/** " Did you mean ...?" over occupation ids and titles, or "". */
export const suggestOccupation = (rows: readonly Named[], query: string): string =>
  didYouMean(
    query,
    rows.flatMap((r) => [r.id, r.title]),
  );
