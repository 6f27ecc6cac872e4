/**
 * `careers compare <occupation...> --area <area...>`: the occupations' wages in each area beside the
 * national ones. One area: a row per occupation; several: a table per occupation, a row per area and
 * the nation. Pure: result in, string out.
 */

import { WHERE_THE_JOBS_ARE } from "../core/areas.js";
import type { AreaComparison, ComparedOccupation } from "../core/compare-areas.js";
import type { Money } from "../schema/output.js";
import { cellOf } from "./area.js";
import { paragraph, WIDER_MARK, WIDER_NOTE } from "./blocks.js";
import type { Sheet } from "./flat.js";
import { DASH, formatNumber, formatSignedPercent } from "./format.js";
import type { Style } from "./style.js";
import { renderTable } from "./table.js";

const lq = (n: number | null): string => (n === null ? DASH : n.toFixed(2));
const employed = (e: { count: number } | null): string => (e ? formatNumber(e.count) : DASH);
const versus = (d: { amount: number; percent: number } | null): string =>
  d ? `${d.amount > 0 ? "+" : d.amount < 0 ? "-" : ""}${formatNumber(Math.abs(d.amount))} (${formatSignedPercent(d.percent)})` : DASH;
const wider = (m: Money | null): string => (m?.blsBasis ? WIDER_MARK : "");
const median = (m: Money | null): string => (m ? cellOf(m) + wider(m) : "n/a");

const HEAD = ["Median", "vs national", "10th", "90th", "Employed", "LQ"];
const ALIGN = ["left", "right", "right", "right", "right", "right", "right"] as const;

/** One occupation across the areas, the nation last. */
function acrossAreas(result: AreaComparison, o: ComparedOccupation, style: Style): string {
  const rows = o.areas.map((a, k) => {
    const area = result.areas[k]!;
    return [
      `${area.title} (${area.asOf})`,
      median(a.median),
      a.estimate ? versus(a.difference.annual.median) : "no estimate",
      cellOf(a.annual.pct10),
      cellOf(a.annual.pct90),
      employed(a.employment),
      lq(a.locationQuotient),
    ];
  });
  rows.push([
    `National (${o.national.asOf ?? DASH})`,
    median(o.national.median),
    "",
    cellOf(o.national.annual.pct10),
    cellOf(o.national.annual.pct90),
    employed(o.national.employment),
    "1.00",
  ]);
  const title = style.c.bold(`${o.title} (${o.code}), USD a year`);
  return `${title}\n${renderTable(style, { head: ["Area", ...HEAD], rows, align: [...ALIGN], compact: true })}`;
}

/** Several occupations in one area. */
function inOneArea(result: AreaComparison, style: Style): string {
  const area = result.areas[0]!;
  const rows = result.occupations.map((o) => {
    const a = o.areas[0]!;
    return [
      `${o.title} (${o.code})`,
      median(a.median),
      a.estimate ? versus(a.difference.annual.median) : "no estimate",
      median(o.national.median),
      employed(a.employment),
      lq(a.locationQuotient),
    ];
  });
  const title = style.c.bold(`${area.title} (${area.asOf}), USD a year`);
  return `${title}\n${renderTable(style, {
    head: ["Occupation", "Median", "vs national", `National (${result.occupations[0]?.national.asOf ?? DASH})`, "Employed", "LQ"],
    rows,
    align: ["left", "right", "right", "right", "right", "right"],
    compact: true,
  })}`;
}

export function renderCompareAreas(result: AreaComparison, style: Style): string {
  const names = result.areas.map((a) => a.title).join(", ");
  const line = style.c.dim(paragraph(style, `area${result.areas.length > 1 ? "s" : ""}: ${names}`));
  const body =
    result.areas.length === 1 && result.occupations.length > 1
      ? [inOneArea(result, style)]
      : result.occupations.map((o) => acrossAreas(result, o, style));
  const all = result.occupations.flatMap((o) => [o.national.median, ...o.areas.map((a) => a.median)]);
  const releases = [...new Set(result.areas.map((a) => a.asOf))];
  const national = [...new Set(result.occupations.map((o) => o.national.asOf))];
  const notes = [
    releases.some((r) => !national.includes(r))
      ? `Two releases: the areas' figures are BLS OEWS ${releases.join(", ")}, the national ones ${national.map((n) => n ?? DASH).join(", ")}; the difference spans them.`
      : "",
    "vs national: the area's median minus the national one.",
    all.some((m) => m?.atLeast) ? "≥: BLS gives only a floor for wages this high (top-coded)." : "",
    result.occupations.some((o) => o.areas.some((a) => !a.estimate))
      ? "n/a, no estimate: BLS publishes none for the occupation there (suppressed, or too few jobs); never 0."
      : "",
    all.some((m) => m?.blsBasis) ? `${WIDER_MARK} ${WIDER_NOTE}` : "",
    `Employed: jobs (OEWS). LQ: location quotient. ${WHERE_THE_JOBS_ARE}`,
    "Every figure, a year and an hour: --json; one area in full: careers show <occupation> --area <area>.",
  ].filter(Boolean);
  return `${line}\n${body.join("\n\n")}\n${style.c.dim(paragraph(style, notes.join(" ")))}\n`;
}

/** csv and markdown: a row per occupation and area, with the national figures beside. */
export function compareAreasSheet(result: AreaComparison): Sheet {
  return {
    title: `Wages by area: ${result.areas.map((a) => a.title).join(", ")}`,
    head: [
      "code",
      "title",
      "area",
      "areaTitle",
      "asOf",
      "estimate",
      "median",
      "medianAtLeast",
      "pct10",
      "pct25",
      "pct75",
      "pct90",
      "mean",
      "hourlyMedian",
      "employment",
      "jobsPer1000",
      "locationQuotient",
      "nationalMedian",
      "nationalAsOf",
      "difference",
      "differencePercent",
    ],
    rows: result.occupations.flatMap((o) =>
      o.areas.map((a, k) => [
        o.code,
        o.title,
        a.area,
        result.areas[k]!.title,
        result.areas[k]!.asOf,
        a.estimate,
        a.median?.amount ?? null,
        a.median ? a.median.atLeast === true : null,
        a.annual.pct10?.amount ?? null,
        a.annual.pct25?.amount ?? null,
        a.annual.pct75?.amount ?? null,
        a.annual.pct90?.amount ?? null,
        a.annual.mean?.amount ?? null,
        a.hourly.median?.amount ?? null,
        a.employment?.count ?? null,
        a.jobsPer1000,
        a.locationQuotient,
        o.national.median?.amount ?? null,
        o.national.asOf,
        a.difference.annual.median?.amount ?? null,
        a.difference.annual.median?.percent ?? null,
      ]),
    ),
  };
}
