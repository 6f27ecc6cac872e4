/**
 * Box tables that fit the terminal: columns keep their natural width where they can, the widest give way
 * first but never below their longest word, cells wrap at spaces. A table that cannot fit without cutting
 * words is split into several (split-table.ts); words are cut only where even that cannot fit them.
 * No colour codes unless the caller colours a cell (only when colour is on).
 *
 * Drawn here rather than by cli-table3: measured on this machine, cli-table3 cost about 28 ms to load and
 * 25 ms of width calculations for `careers show clerk`, and its layout grows quadratically with rows
 * (about 16 s for a 10,000-row list). The output keeps cli-table3's look.
 */

import { splitColumns, tablePart } from "./split-table.js";
import type { Style } from "./style.js";
import { type Align, displayWidth, padTo, stripAnsi, words, wrap } from "./text.js";

export type { Align } from "./text.js";

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
  /**
   * how many leading columns label a row (default 1): when the columns cannot fit the width without cutting
   * words, the others are split over several tables, each repeating these (see split-table.ts)
   */
  lead?: number;
}

const PADDING = 2;
const MIN_COLUMN = 8;
/** one character and its padding: the narrowest a column is drawn */
const MIN_CELL = PADDING + 1;

const total = (ws: readonly number[]): number => ws.reduce((a, b) => a + b, 0);

/**
 * Widths between `lower` and `upper` (per column) that use at most `room`: the widest columns give way
 * first (one common cap, found by bisection), then what is left goes to the capped columns, left to right.
 * `lower` must fit `room`.
 */
function level(upper: readonly number[], lower: readonly number[], room: number): number[] {
  const at = (cap: number) => upper.map((u, i) => Math.max(lower[i]!, Math.min(u, cap)));
  let lo = 0;
  let hi = Math.max(0, ...upper);
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (total(at(mid)) <= room) lo = mid;
    else hi = mid - 1;
  }
  const widths = at(lo);
  let spare = room - total(widths);
  for (let i = 0; i < widths.length && spare > 0; i++) {
    const add = Math.max(0, Math.min(spare, upper[i]! - widths[i]!));
    widths[i]! += add;
    spare -= add;
  }
  return widths;
}

/**
 * Column widths (padding included) for `width` columns of screen. `natural` is each column's widest line,
 * `words` its widest word (or unbreakable token such as "40,000–100,000+"). Every column keeps its natural
 * width if it can; otherwise the widest give way first, but no column narrower than its longest word (nor,
 * where there is room, than 8). Only when the words themselves cannot fit are the columns with the longest
 * words narrowed below them, and then words are cut.
 */
export function fitColumns(natural: readonly number[], width: number, words: readonly number[] = []): number[] {
  const room = width - (natural.length + 1);
  if (total(natural) <= room) return [...natural];
  const floor = (least: (i: number) => number) => natural.map((n, i) => Math.min(n, least(i)));
  const whole = floor((i) => Math.max(words[i] ?? 0, MIN_CELL));
  for (const lower of [floor((i) => Math.max(whole[i]!, MIN_COLUMN)), whole]) {
    if (total(lower) <= room) return level(natural, lower, room);
  }
  const cut = [MIN_COLUMN, MIN_CELL].map((least) => whole.map((w) => Math.min(w, least)));
  const lower = cut.find((l) => total(l) <= room);
  return lower ? level(whole, lower, room) : cut[1]!;
}

const isSpan = (r: string[] | SpanRow): r is SpanRow => !Array.isArray(r);

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
    lines.push("│" + row.cells.map((c) => ` ${padTo(c.lines[l] ?? "", c.width - PADDING, c.align)} `).join("│") + "│");
  }
  return lines;
}

/** Per column, padding included: the widest line of its cells (head included) and the widest word. */
export function measureColumns(spec: Pick<TableSpec, "head" | "rows">): { natural: number[]; words: number[] } {
  const natural: number[] = [];
  const longest: number[] = [];
  const add = (cells: readonly string[]) =>
    cells.forEach((text, i) => {
      let n = natural[i] ?? 0;
      let w = longest[i] ?? 0;
      for (const line of stripAnsi(text).split("\n")) {
        n = Math.max(n, displayWidth(line));
        for (const word of words(line)) w = Math.max(w, displayWidth(word));
      }
      natural[i] = n;
      longest[i] = w;
    });
  add(spec.head ?? []);
  for (const r of spec.rows) if (!isSpan(r)) add(r);
  const columns = Math.max(1, natural.length);
  const padded = (ws: number[]) => Array.from({ length: columns }, (_, i) => (ws[i] ?? 0) + PADDING);
  return { natural: padded(natural), words: padded(longest) };
}

/**
 * Draw a box table. Linear in the number of rows: each cell is measured once, wrapped once and drawn once
 * (once a part when the table is split), so a 10,000-row list costs ten times a 1,000-row one.
 *
 * When the columns cannot fit the width without cutting a word, the columns after the `lead` ones are
 * split over several tables, each repeating the lead columns; words are cut only where even one column
 * beside the lead ones cannot fit.
 */
export function renderTable(style: Style, spec: TableSpec): string {
  const measured = measureColumns(spec);
  const columns = measured.natural.length;
  const lead = Math.max(0, Math.min(spec.lead ?? 1, columns - 1));
  const parts = total(measured.words) + columns + 1 > style.width ? splitColumns(measured.words, lead, style.width) : [];
  if (parts.length < 2) return drawTable(style, spec, fitColumns(measured.natural, style.width, measured.words));
  return parts
    .map((chunk, k) => {
      const keep = [...Array.from({ length: lead }, (_, i) => i), ...chunk];
      const pick = (ws: number[]) => keep.map((i) => ws[i]!);
      return drawTable(
        style,
        tablePart(spec, columns, keep, parts[k - 1]?.at(-1) ?? -1),
        fitColumns(pick(measured.natural), style.width, pick(measured.words)),
      );
    })
    .join("\n");
}

/** Draw a table at the given column widths (padding included). */
function drawTable(style: Style, spec: TableSpec, widths: number[]): string {
  const columns = widths.length;
  const all = Array.from({ length: columns - 1 }, (_, i) => i + 1);
  const layRow = (cells: string[], align: Align[] = []): Laid => {
    const laid = widths.map((w, i) => ({ lines: wrap(cells[i] ?? "", w - PADDING), width: w, align: align[i] ?? "left" }));
    return { cells: laid, bounds: new Set(all), height: Math.max(1, ...laid.map((c) => c.lines.length)) };
  };
  const laySpan = (row: SpanRow): Laid => {
    const from = Math.min(row.from ?? 0, columns - 1);
    const spanWidth = total(widths.slice(from)) + (columns - 1 - from);
    const cells = [
      ...widths.slice(0, from).map((w) => ({ lines: [""], width: w, align: "left" as Align })),
      { lines: wrap(row.span, spanWidth - PADDING), width: spanWidth, align: "left" as Align },
    ];
    return { cells, bounds: new Set(all.filter((b) => b <= from)), height: Math.max(1, cells.at(-1)!.lines.length) };
  };
  const head = spec.head
    ? layRow(
        spec.head.map((h) => style.c.bold(h)),
        spec.align,
      )
    : undefined;
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
