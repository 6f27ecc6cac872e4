/** The salary chart of `careers compare`: each role's salary figures as bars on one scale. Pure. */
import type { Amount, CompareResult } from "../core/compare.js";
import { paragraph } from "./blocks.js";
import { type BarGroup, renderBarChart } from "./chart.js";
import { DASH, formatMoney } from "./format.js";
import type { Style } from "./style.js";

/**
 * Per role: its own key-facts median (where it has one; otherwise its median is the level median),
 * the level median and the level average. One scale needs one currency and period: those of the first
 * figure; a figure in another is printed but not drawn, and never converted.
 */
export function renderSalaryChart(result: CompareResult, style: Style): string {
  const figures = result.roles.map((r) => ({
    title: `${r.title} (${r.id})`,
    items: [
      ...(r.salary.median?.basis === "key-facts" ? [{ label: "Median", fig: r.salary.median as Amount | null }] : []),
      { label: "Level median", fig: r.salary.levelMedian as Amount | null },
      { label: "Level average", fig: r.salary.levelAverage as Amount | null },
    ],
  }));
  const unit = figures.flatMap((f) => f.items).find((x) => x.fig)?.fig;
  if (!unit) return style.c.dim("No salary figures to chart.");
  const sameUnit = (a: Amount) => a.currency === unit.currency && a.period === unit.period;
  const drawn = figures.flatMap((f) => f.items.map((x) => x.fig)).filter((a): a is Amount => a !== null && sameUnit(a));
  const max = Math.max(...drawn.map((a) => a.amount));
  const groups: BarGroup[] = figures.map((f) => ({
    title: f.title,
    bars: f.items.map(({ label, fig }) => {
      if (!fig) return { label, value: null, text: DASH };
      const text = formatMoney(fig.amount, fig.currency);
      return sameUnit(fig)
        ? { label, value: fig.amount, text }
        : { label, value: null, text: `${text} (not drawn: other ${fig.currency !== unit.currency ? "currency" : "period"})` };
    }),
  }));
  const per = unit.period ? ` a ${unit.period}` : "";
  const legend = `${unit.currency}${per}. Bars start at 0; a full bar is ${formatMoney(max, unit.currency)}. Median bars only where a role has its own key-facts median.`;
  return `${renderBarChart(style, { groups, max, width: style.width })}\n${style.c.dim(paragraph(style, legend))}`;
}
