/**
 * Tables that fit the terminal. cli-table3 draws them; its style colours are emptied so that no colour
 * codes appear unless the caller colours a cell (which it does only when colour is on).
 */
import Table from "cli-table3";
import type { Style } from "./style.js";
import { blockWidth } from "./text.js";

export type Align = "left" | "right" | "center";

/** A row with one cell from column `from` (default 0) to the last column: notes under a row. */
export interface SpanRow {
  span: string;
  from?: number;
}

export interface TableSpec {
  head?: string[];
  rows: (string[] | SpanRow)[];
  align?: Align[];
  /** no rule between rows: for long lists of one-line rows */
  compact?: boolean;
  /** per column, the width (padding included) it is never narrowed below */
  minWidths?: number[];
}

const PADDING = 2;
const MIN_COLUMN = 8;

/**
 * Column widths (padding included) that fit `total` columns of screen: every column keeps its natural
 * width if it can; otherwise the widest are capped at the largest width that fits.
 */
export function fitColumns(natural: number[], total: number, minimums: readonly number[] = []): number[] {
  const borders = natural.length + 1;
  const sum = (ws: number[]) => ws.reduce((a, b) => a + b, 0) + borders;
  if (sum(natural) <= total) return natural;
  const capped = (cap: number) => natural.map((n, i) => Math.min(n, Math.max(cap, minimums[i] ?? MIN_COLUMN)));
  let lo = MIN_COLUMN;
  let hi = Math.max(...natural);
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (sum(capped(mid)) <= total) lo = mid;
    else hi = mid - 1;
  }
  const widths = capped(lo);
  // hand out what is left to the capped columns, left to right
  let spare = total - sum(widths);
  for (let i = 0; i < widths.length && spare > 0; i++) {
    const add = Math.min(spare, natural[i]! - widths[i]!);
    widths[i]! += add;
    spare -= add;
  }
  return widths;
}

const isSpan = (r: string[] | SpanRow): r is SpanRow => !Array.isArray(r);

export function renderTable(style: Style, spec: TableSpec): string {
  const plain = spec.rows.filter((r): r is string[] => !isSpan(r));
  const columns = Math.max(spec.head?.length ?? 0, ...plain.map((r) => r.length));
  const natural = Array.from({ length: columns }, (_, i) =>
    Math.max(blockWidth(spec.head?.[i] ?? ""), ...plain.map((r) => blockWidth(r[i] ?? ""))) + PADDING,
  );
  const table = new Table({
    ...(spec.head ? { head: spec.head.map((h) => style.c.bold(h)) } : {}),
    colWidths: fitColumns(natural, style.width, spec.minWidths),
    colAligns: spec.align ?? [],
    wordWrap: true,
    wrapOnWordBoundary: true,
    style: { head: [], border: [], "padding-left": 1, "padding-right": 1, compact: Boolean(spec.compact) },
  });
  for (const row of spec.rows) {
    if (!isSpan(row)) table.push(Array.from({ length: columns }, (_, i) => row[i] ?? ""));
    else {
      const from = Math.min(row.from ?? 0, columns - 1);
      table.push([...Array.from({ length: from }, () => ""), { content: row.span, colSpan: columns - from }]);
    }
  }
  return table.toString();
}

/** A two-column label/value table without a header. */
export const renderFacts = (style: Style, rows: [string, string][]): string =>
  renderTable(style, { rows: rows.map(([k, v]) => [style.c.bold(k), v]) });
