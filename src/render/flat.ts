/**
 * A sheet: the flat shape of a result, one row per record, for `--format csv` and `--format markdown`.
 * Also the flattening of nested data into dotted keys the sheets use.
 */
export type Cell = string | number | boolean | null;

export interface Sheet {
  /** a heading for markdown; csv leaves it out */
  title: string;
  head: string[];
  rows: Cell[][];
  /** what the table cannot hold (footnotes, lists beside it): markdown prints them after it, csv leaves them out */
  notes?: { heading: string; items: string[] }[];
}

export const cellText = (c: Cell): string => (c === null ? "" : String(c));

/**
 * Leaves of `value` as [dotted.key, scalar] pairs, in order: `keyFacts.medianSalary.amount`,
 * `skills.technical[0].name`. With `joinLists`, a list of scalars is one leaf joined with "; ".
 */
export function flatten(value: unknown, prefix = "", joinLists = false): [string, Cell][] {
  if (value === null || value === undefined) return prefix ? [[prefix, null]] : [];
  if (Array.isArray(value)) {
    if (joinLists && value.every((v) => v === null || typeof v !== "object"))
      return [[prefix, value.map((v) => cellText(v as Cell)).join("; ")]];
    return value.flatMap((v, i) => flatten(v, `${prefix}[${i}]`, joinLists));
  }
  if (typeof value === "object") {
    return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k, joinLists));
  }
  return [[prefix, value as Cell]];
}
