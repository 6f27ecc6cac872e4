/**
 * An occupation's figures in a state or area beside the national ones (show --area), and the line every
 * output that uses an area starts with. Pure: figures in, string out.
 */

import type { RowInArea } from "../core/area-rows.js";
import {
  type AreaBeside,
  type AreaOrigin,
  type AreaReference,
  areaLine,
  type Difference,
  type WageSet,
  WHERE_THE_JOBS_ARE,
} from "../core/areas.js";
import type { Percentile } from "../schema/areas.js";
import type { Money } from "../schema/output.js";
import { paragraph } from "./blocks.js";
import { DASH, formatMoneyFigure, formatNumber, formatSignedPercent } from "./format.js";
import type { Style } from "./style.js";
import { renderTable } from "./table.js";

export const COLUMNS: [Percentile, string][] = [
  ["pct10", "10th"],
  ["pct25", "25th"],
  ["median", "Median"],
  ["pct75", "75th"],
  ["pct90", "90th"],
  ["mean", "Mean"],
];

const amount = (n: number, cents: boolean) => (cents ? n.toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ",") : formatNumber(n));

/** 42,830 / ≥ 239,200 (top-coded) / n/a: a wage of an area or the nation, in a table of one currency and period. */
export const cellOf = (m: Money | null): string => (m ? `${m.atLeast ? "≥ " : ""}${amount(m.amount, m.period === "hour")}` : "n/a");

/** +3,490 / -1,200 / — : area minus national, in a table of one period. */
export const signed = (d: Difference | null, cents: boolean): string =>
  d ? `${d.amount > 0 ? "+" : d.amount < 0 ? "-" : ""}${amount(Math.abs(d.amount), cents)}` : DASH;

/** "area: Texas (from CAREERS_AREA; ...)", dimmed: the first line of every output that uses an area. */
export const renderAreaLine = (style: Style, area: AreaReference, origin: AreaOrigin): string =>
  style.c.dim(paragraph(style, areaLine(area, origin)));

function wageTable(style: Style, b: AreaBeside, period: "annual" | "hourly"): string {
  // BLS publishes only annual (or only hourly) wages for some occupations: no table of nothing
  if ([...Object.values(b[period]), ...Object.values(b.national[period])].every((m) => m === null)) return "";
  const cents = period === "hourly";
  const row = (label: string, set: WageSet) => [label, ...COLUMNS.map(([p]) => cellOf(set[p]))];
  const diff = b.difference[period];
  return renderTable(style, {
    head: [cents ? "USD an hour" : "USD a year", ...COLUMNS.map(([, h]) => h)],
    rows: [
      row("Area", b[period]),
      row("National", b.national[period]),
      ["Difference", ...COLUMNS.map(([p]) => signed(diff[p], cents))],
      ...(Object.values(diff).some(Boolean) ? [["", ...COLUMNS.map(([p]) => (diff[p] ? formatSignedPercent(diff[p]!.percent) : ""))]] : []),
    ],
    align: ["left", "right", "right", "right", "right", "right", "right"],
    compact: true,
  });
}

/** The area's wages, employment, jobs per 1,000 and location quotient beside the nation's, or why there are none. */
export function renderAreaBeside(b: AreaBeside, style: Style): string {
  const title = b.area.title;
  if (!b.estimate) {
    return paragraph(
      style,
      `No estimate for ${title} (${b.area.asOf}): BLS publishes none for this occupation there (suppressed, or too few jobs to estimate). The national figures are below.`,
    );
  }
  const releases = b.sameRelease
    ? `${title} and national: BLS OEWS ${b.area.asOf}.`
    : `${title}: BLS OEWS ${b.area.asOf}; national: ${b.national.asOf ?? "no national estimates imported"}. Two releases: the difference is ${b.area.asOf} against ${b.national.asOf ?? DASH}.`;
  const n = (x: number | null, digits = 0) => (x === null ? DASH : digits ? x.toFixed(digits) : formatNumber(x));
  const facts = renderTable(style, {
    compact: true,
    rows: [
      [
        "Employment",
        `${b.employment ? formatNumber(b.employment.count) : DASH} (national ${b.national.employment ? formatNumber(b.national.employment.count) : DASH})`,
      ],
      ["Jobs per 1,000", n(b.jobsPer1000, 2)],
      ["Location quotient", n(b.locationQuotient, 2)],
    ].map(([k, v]) => [style.c.bold(k!), v!]),
  });
  const all = [
    ...Object.values(b.annual),
    ...Object.values(b.hourly),
    ...Object.values(b.national.annual),
    ...Object.values(b.national.hourly),
  ];
  const notes = [
    all.some((m) => m?.atLeast) ? "≥: BLS gives only a floor for wages this high (top-coded)." : "",
    all.some((m) => m === null) ? "n/a: BLS publishes no estimate." : "",
    WHERE_THE_JOBS_ARE,
  ].filter(Boolean);
  return [paragraph(style, releases), wageTable(style, b, "annual"), wageTable(style, b, "hourly"), facts]
    .filter(Boolean)
    .concat([style.c.dim(paragraph(style, notes.join(" ")))])
    .join("\n");
}

/** "TX" for a state, else "area": the median column's head in a listing of one area's medians. */
export const areaShort = (area: AreaReference): string => (area.type === "state" && area.state ? area.state : "area");

/** The median cell of a row without the area's: n/a, with the national median (or a guide role's own) in brackets. */
export const areaNa = (r: RowInArea, own = false): string =>
  `n/a${r.national ? ` (${own ? "own" : "US"} ${formatMoneyFigure(r.national)})` : ""}`;

/** What the median column holds with --area: the area's medians, of their release; n/a where it has none. */
export function areaMedianNote(area: AreaReference, rows: readonly { source: string; median: Money | null; area?: RowInArea }[]): string {
  const none = rows.filter((r) => r.area && !r.median);
  const roles = none.some((r) => r.source !== "onet");
  const why = roles ? "; a guide role has no SOC figures" : "";
  const national = roles ? "the national median (US), or a guide role's own" : "the national median";
  return `Median: ${area.title}'s (${area.source} ${area.asOf}), not the national one.${none.length > 0 ? ` n/a: no estimate for ${area.title} (${none.length} of ${rows.length}${why}); in brackets ${national}.` : ""}`;
}

/** The columns a listing's csv adds with --area: the area, whether it has an estimate, its figures and the national median. */
export const AREA_COLUMNS = ["area", "areaEstimate", "areaEmployment", "jobsPer1000", "locationQuotient", "nationalMedian"];

export const areaCells = (area: AreaReference, r: RowInArea | undefined): (string | number | boolean | null)[] => [
  area.title,
  r?.estimate ?? false,
  r?.employment?.count ?? null,
  r?.jobsPer1000 ?? null,
  r?.locationQuotient ?? null,
  r?.national?.amount ?? null,
];
