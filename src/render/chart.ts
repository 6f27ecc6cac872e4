/**
 * Horizontal bar charts for the terminal. Every bar starts at zero on one common scale, so lengths compare
 * honestly; the figure is printed beside each bar, so the chart reads the same without colour.
 * Bars are drawn in eighths of a character cell with Unicode block elements. Pure.
 */
import type { Style } from "./style.js";
import { displayWidth, hang, padTo, wrap } from "./text.js";

export interface BarValue {
  label: string;
  /** null: no bar (the text says why, e.g. a dash for a missing figure) */
  value: number | null;
  /** the figure as printed beside the bar, e.g. "38,400 USD" */
  text: string;
}

export interface BarGroup {
  /** printed on its own line above the group's bars */
  title?: string;
  bars: BarValue[];
}

export interface ChartSpec {
  groups: BarGroup[];
  /** the value a full-length bar stands for: the common scale */
  max: number;
  /** total width of every line */
  width: number;
}

const EIGHTHS = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"];
const FULL = "█";
const INDENT = 2;
const GAP = 2;
const MIN_CELLS = 4;

/** Length of a bar in eighths of a cell: proportional, rounded; a positive value shows at least one eighth. */
export function barEighths(value: number, max: number, cells: number): number {
  if (!(value > 0) || !(max > 0) || cells <= 0) return 0;
  const eighths = Math.round((Math.min(value, max) / max) * cells * 8);
  return Math.max(1, eighths);
}

/** The bar itself: full blocks and one partial block, at most `cells` wide. */
export function bar(value: number, max: number, cells: number): string {
  const e = barEighths(value, max, cells);
  return FULL.repeat(Math.floor(e / 8)) + EIGHTHS[e % 8];
}

/**
 * A chart of labelled bars, grouped, on one scale; every line fits `width`. A figure too long to print
 * beside the bars (e.g. "... (not drawn: other currency)") goes on the lines below its bar, wrapped.
 */
export function renderBarChart(style: Style, spec: ChartSpec): string {
  const bars = spec.groups.flatMap((g) => g.bars);
  const labelWidth = Math.max(0, ...bars.map((b) => displayWidth(b.label)));
  const fixed = INDENT + labelWidth + GAP + GAP;
  const beside = (b: BarValue) => fixed + MIN_CELLS + displayWidth(b.text) <= spec.width;
  const textWidth = Math.max(0, ...bars.filter(beside).map((b) => displayWidth(b.text)));
  const cells = Math.max(MIN_CELLS, spec.width - fixed - textWidth);
  const lines: string[] = [];
  for (const group of spec.groups) {
    if (group.title) lines.push(...wrap(group.title, spec.width).map((l) => style.c.bold(l)));
    for (const b of group.bars) {
      const drawn = b.value === null ? "" : bar(b.value, spec.max, cells);
      const start = " ".repeat(INDENT) + padTo(b.label, labelWidth) + " ".repeat(GAP) + style.c.cyan(padTo(drawn, cells));
      if (beside(b)) lines.push(start + " ".repeat(GAP) + " ".repeat(textWidth - displayWidth(b.text)) + b.text);
      else lines.push(start, hang(" ".repeat(INDENT + labelWidth + GAP), b.text, spec.width));
    }
  }
  return lines.map((l) => l.trimEnd()).join("\n");
}
