/**
 * Splitting a table that cannot fit its width without cutting words: the data columns are spread over
 * several tables, each repeating the leading (label) columns. renderTable (table.ts) decides when. Pure.
 */
import type { SpanRow, TableSpec } from "./table.js";

/**
 * Groups of data-column indexes (after `lead` leading columns) that fit `width` side by side, given each
 * column's narrowest width (padding included). A column too wide even alone beside the lead gets a group.
 */
export function splitColumns(minWidths: readonly number[], lead: number, width: number): number[][] {
  const leadWidth = minWidths.slice(0, lead).reduce((a, b) => a + b, 0) + lead + 1;
  const chunks: number[][] = [];
  let current: number[] = [];
  let used = leadWidth;
  for (let i = lead; i < minWidths.length; i++) {
    const need = minWidths[i]! + 1;
    if (current.length > 0 && used + need > width) {
      chunks.push(current);
      current = [];
      used = leadWidth;
    }
    current.push(i);
    used += need;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/**
 * One part of a split table of `columns` columns: the columns `keep` (the lead columns, then a group). A
 * span row goes to the first part holding a column it covers; `after` is the last column of the part
 * before (-1 for the first part).
 */
export function tablePart(spec: TableSpec, columns: number, keep: readonly number[], after: number): TableSpec {
  const pick = <T>(row: readonly T[], fill: T): T[] => keep.map((i) => row[i] ?? fill);
  const rows = spec.rows.flatMap((r): (string[] | SpanRow)[] => {
    if (Array.isArray(r)) return [pick(r, "")];
    const from = Math.min(r.from ?? 0, columns - 1);
    const start = keep.findIndex((c) => c >= from);
    return start >= 0 && after < from ? [{ ...r, from: start }] : [];
  });
  return {
    ...spec,
    ...(spec.head ? { head: pick(spec.head, "") } : {}),
    ...(spec.align ? { align: pick(spec.align, "left") } : {}),
    rows,
  };
}
