/**
 * Box tables that fit the terminal: columns keep their natural width where they can, the widest give way
 * first, cells wrap at spaces. No colour codes unless the caller colours a cell (only when colour is on).
 *
 * Drawn here rather than by cli-table3: measured on this machine, cli-table3 cost about 28 ms to load and
 * 25 ms of width calculations for `careers show clerk`, and its layout grows quadratically with rows
 * (about 16 s for a 10,000-row list). The output keeps cli-table3's look.
 */
import type { Style } from "./style.js";
import { blockWidth, displayWidth, stripAnsi } from "./text.js";

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

/** Wrap one cell's text to `width` columns: at spaces where it can, mid-word where a word is longer. */
export function wrapCell(text: string, width: number): string[] {
  const w = Math.max(1, width);
  const out: string[] = [];
  for (const para of text.split("\n")) {
    let line = "";
    let lineWidth = 0;
    for (let word of para.split(/ +/).filter(Boolean)) {
      let ww = displayWidth(word);
      while (ww > w) {
        if (line) out.push(line), (line = ""), (lineWidth = 0);
        const plain = stripAnsi(word);
        out.push([...plain].slice(0, w).join(""));
        word = [...plain].slice(w).join("");
        ww = displayWidth(word);
      }
      if (!line) (line = word), (lineWidth = ww);
      else if (lineWidth + 1 + ww <= w) (line += " " + word), (lineWidth += 1 + ww);
      else out.push(line), (line = word), (lineWidth = ww);
    }
    out.push(line);
  }
  return out;
}

function pad(text: string, width: number, align: Align = "left"): string {
  const gap = Math.max(0, width - displayWidth(text));
  if (align === "right") return " ".repeat(gap) + text;
  if (align === "center") return " ".repeat(gap >> 1) + text + " ".repeat(gap - (gap >> 1));
  return text + " ".repeat(gap);
}

/** A laid-out row: cells with their column span, in drawing order. */
interface Laid {
  cells: { lines: string[]; width: number; align: Align }[];
  /** column boundaries (1..n-1) that this row draws */
  bounds: Set<number>;
  height: number;
}

const H = "─";

/** The rule between two rows (or a top/bottom border), joining the boundaries each side draws. */
function rule(widths: number[], above: Set<number> | null, below: Set<number> | null): string {
  const [left, right] = above === null ? ["┌", "┐"] : below === null ? ["└", "┘"] : ["├", "┤"];
  let out = left;
  widths.forEach((w, i) => {
    out += H.repeat(w);
    if (i === widths.length - 1) return;
    const up = above?.has(i + 1) ?? false;
    const down = below?.has(i + 1) ?? false;
    out += up && down ? "┼" : up ? "┴" : down ? "┬" : H;
  });
  return out + right;
}

function drawRow(row: Laid): string[] {
  const lines: string[] = [];
  for (let l = 0; l < row.height; l++) {
    lines.push("│" + row.cells.map((c) => ` ${pad(c.lines[l] ?? "", c.width - PADDING, c.align)} `).join("│") + "│");
  }
  return lines;
}

/**
 * Draw a box table. Linear in the number of rows: each cell is wrapped once and each row drawn once, so
 * a 10,000-row list costs ten times a 1,000-row one.
 */
export function renderTable(style: Style, spec: TableSpec): string {
  const plain = spec.rows.filter((r): r is string[] => !isSpan(r));
  const columns = Math.max(spec.head?.length ?? 0, ...plain.map((r) => r.length), 1);
  const natural = Array.from({ length: columns }, (_, i) => {
    let w = blockWidth(spec.head?.[i] ?? "");
    for (const r of plain) w = Math.max(w, blockWidth(r[i] ?? ""));
    return w + PADDING;
  });
  const widths = fitColumns(natural, style.width, spec.minWidths);
  const all = Array.from({ length: columns - 1 }, (_, i) => i + 1);
  const layRow = (cells: string[], align: Align[] = []): Laid => {
    const laid = widths.map((w, i) => ({ lines: wrapCell(cells[i] ?? "", w - PADDING), width: w, align: align[i] ?? "left" }));
    return { cells: laid, bounds: new Set(all), height: Math.max(1, ...laid.map((c) => c.lines.length)) };
  };
  const laySpan = (row: SpanRow): Laid => {
    const from = Math.min(row.from ?? 0, columns - 1);
    const spanWidth = widths.slice(from).reduce((a, b) => a + b, 0) + (columns - 1 - from);
    const cells = [
      ...widths.slice(0, from).map((w) => ({ lines: [""], width: w, align: "left" as Align })),
      { lines: wrapCell(row.span, spanWidth - PADDING), width: spanWidth, align: "left" as Align },
    ];
    return { cells, bounds: new Set(all.filter((b) => b <= from)), height: Math.max(1, cells.at(-1)!.lines.length) };
  };
  const head = spec.head ? layRow(spec.head.map((h) => style.c.bold(h)), spec.align) : undefined;
  const body = spec.rows.map((r) => (isSpan(r) ? laySpan(r) : layRow(r, spec.align)));
  const out: string[] = [];
  const first = head ?? body[0];
  out.push(rule(widths, null, first?.bounds ?? new Set(all)));
  if (head) {
    out.push(...drawRow(head));
    if (body.length > 0) out.push(rule(widths, head.bounds, body[0]!.bounds));
  }
  body.forEach((row, i) => {
    if (i > 0 && !spec.compact) out.push(rule(widths, body[i - 1]!.bounds, row.bounds));
    out.push(...drawRow(row));
  });
  const last = body.at(-1) ?? head;
  out.push(rule(widths, last?.bounds ?? new Set(all), null));
  return out.join("\n");
}

/** A two-column label/value table without a header. */
export const renderFacts = (style: Style, rows: [string, string][]): string =>
  renderTable(style, { rows: rows.map(([k, v]) => [style.c.bold(k), v]) });
