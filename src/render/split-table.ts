/**
 * Side-by-side tables that never cut a word: when the columns do not fit the width even at the width of
 * their longest words, the data columns are split over several tables, each repeating the leading
 * (label) columns. Pure.
 */
import type { Style } from "./style.js";
import { renderTable, type TableSpec } from "./table.js";
import { displayWidth, stripAnsi } from "./text.js";

const PADDING = 2;

/** Width a column needs so that no word of its cells is cut (padding included). */
export const minColumnWidth = (cells: readonly string[]): number =>
  PADDING + Math.max(1, ...cells.flatMap((c) => stripAnsi(c).split(/\s+/)).map(displayWidth));

/** Groups of data-column indexes (after `lead` leading columns) that fit `width` side by side. */
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

/** Like renderTable, but splits the data columns over several tables where one would cut words. */
export function renderSplitTable(style: Style, spec: Omit<TableSpec, "rows"> & { rows: string[][] }, lead = 1): string {
  const columns = Math.max(spec.head?.length ?? 0, ...spec.rows.map((r) => r.length));
  const minWidths = Array.from({ length: columns }, (_, i) => minColumnWidth([spec.head?.[i] ?? "", ...spec.rows.map((r) => r[i] ?? "")]));
  const keep = <T>(row: readonly T[], chunk: number[], fill: T): T[] => [...row.slice(0, lead), ...chunk.map((i) => row[i] ?? fill)];
  return splitColumns(minWidths, lead, style.width)
    .map((chunk) =>
      renderTable(style, {
        ...spec,
        ...(spec.head ? { head: keep(spec.head, chunk, "") } : {}),
        rows: spec.rows.map((r) => keep(r, chunk, "")),
        ...(spec.align ? { align: keep(spec.align, chunk, "left") } : {}),
        minWidths: keep(minWidths, chunk, PADDING + 1),
      }),
    )
    .join("\n");
}
