/**
 * `careers wages <occupation>`: one line an area, sorted, with a bar of the sorted figure and the national
 * figure as a reference line in its place; as many figure columns as the width holds. Pure.
 */
import { PERCENTILES, WHERE_THE_JOBS_ARE } from "../core/areas.js";
import { areaReleases, nationalFigure, sortFigure, type WageSort, type WagesResult, type WagesRow } from "../core/wages.js";
import type { Percentile } from "../schema/areas.js";
import { cellOf } from "./area.js";
import { paragraph, WIDER_MARK } from "./blocks.js";
import { bar } from "./chart.js";
import type { Cell, Sheet } from "./flat.js";
import { DASH, formatNumber } from "./format.js";
import type { Style } from "./style.js";
import { displayWidth, padTo } from "./text.js";

export type { WagesResult } from "../core/wages.js";

/** What a line of the table holds: an area's figures, or the nation's. */
interface Line {
  label: string;
  row: Pick<WagesRow, "annual" | "hourly" | "employment" | "jobsPer1000" | "locationQuotient"> & { estimate: boolean };
  national: boolean;
  release: string;
}

interface Column {
  head: string;
  cell: (l: Line) => string;
}

const SORT_HEADS: Record<WageSort, string> = { median: "Median", p90: "90th", employment: "Employed", lq: "LQ" };
const SORT_WORDS: Record<WageSort, string> = {
  median: "highest median first",
  p90: "highest 90th percentile first",
  employment: "most jobs first",
  lq: "highest location quotient first",
};
const TYPE_WORDS: Record<WagesResult["type"], string> = {
  all: "by state and area",
  state: "by state",
  metro: "by metropolitan and nonmetropolitan area",
};

const GAP = "  ";
const INDENT = "  ";
/** the narrowest and widest the bars are drawn */
const MIN_BAR = 8;
const MAX_BAR = 30;
/** the widest the area column is: a longer title is cut */
const MAX_LABEL = 30;

const two = (n: number | null) => (n === null ? DASH : n.toFixed(2));

/** The figure columns in the order shown, each with the place it takes when the width leaves room for some. */
function figureColumns(period: "annual" | "hourly", sort: WageSort): { column: Column; priority: number; has: (l: Line) => boolean }[] {
  const wage = (p: Percentile, head: string, priority: number) => ({
    column: { head, cell: (l: Line) => cellOf(l.row[period][p]) },
    priority,
    has: (l: Line) => l.row[period][p] !== null,
  });
  const all = [
    { key: "median", ...wage("median", "Median", 1) },
    { key: "pct10", ...wage("pct10", "10th", 4) },
    { key: "pct25", ...wage("pct25", "25th", 6) },
    { key: "pct75", ...wage("pct75", "75th", 7) },
    { key: "p90", ...wage("pct90", "90th", 5) },
    {
      key: "employment",
      column: { head: "Employed", cell: (l: Line) => (l.row.employment ? formatNumber(l.row.employment.count) : DASH) },
      priority: 2,
      has: (l: Line) => l.row.employment !== null,
    },
    {
      key: "per1000",
      column: { head: "Per 1,000", cell: (l: Line) => (l.national ? DASH : two(l.row.jobsPer1000)) },
      priority: 8,
      has: (l: Line) => l.row.jobsPer1000 !== null,
    },
    {
      key: "lq",
      column: { head: "LQ", cell: (l: Line) => (l.national ? "1.00" : two(l.row.locationQuotient)) },
      priority: 3,
      has: (l: Line) => l.row.locationQuotient !== null,
    },
  ];
  // the sorted figure has its own column, before its bar
  return all.filter((c) => c.key !== sort);
}

const cut = (text: string, max: number) => (displayWidth(text) <= max ? text : `${[...text].slice(0, max - 1).join("")}…`);

/** The sorted figure's text, as its column prints it. */
function sortedText(l: Line, sort: WageSort, period: "annual" | "hourly"): string {
  if (!l.row.estimate) return "n/a";
  if (sort === "employment") return l.row.employment ? formatNumber(l.row.employment.count) : "n/a";
  if (sort === "lq") return l.national ? "1.00" : l.row.locationQuotient === null ? "n/a" : two(l.row.locationQuotient);
  return cellOf(l.row[period][sort === "p90" ? "pct90" : "median"]);
}

/** `#` bars without colour (piped, NO_COLOR): plain characters; blocks in eighths of a cell in a colour terminal. */
const barOf = (style: Style, value: number, max: number, cells: number): string =>
  style.color ? bar(value, max, cells) : "#".repeat(Math.max(1, Math.round((Math.min(value, max) / max) * cells)));

export function renderWages(result: WagesResult, style: Style): string {
  const o = result.occupation;
  const name = `${o.title} (${o.code})`;
  const wider = result.bls && result.bls.basis !== "detailed" ? WIDER_MARK : "";
  if (result.results.length === 0) {
    const median = result.national.annual.median ?? result.national.hourly.median;
    const nationally = median
      ? ` National median: ${cellOf(median)} USD a ${median.period} (BLS OEWS ${result.national.asOf}).`
      : " BLS publishes no national median for it either.";
    const where = result.type === "all" ? "state or area" : result.type === "state" ? "state" : "metropolitan or nonmetropolitan area";
    return `${paragraph(style, `No ${where} estimates of ${name} in the imported OEWS workbooks: BLS publishes none for it there, or its code is not in them.${nationally}`)}\n`;
  }
  const sort = result.sort;
  const national = result.national;
  const period: "annual" | "hourly" =
    [national, ...result.results].some((r) => Object.values(r.annual).some((m) => m !== null)) || sort === "employment" || sort === "lq"
      ? "annual"
      : "hourly";
  const releases = areaReleases(result.results);
  const lines: Line[] = result.results.map((r) => ({
    label: `${r.area.title}${wider}`,
    row: r,
    national: false,
    release: r.area.asOf,
  }));
  const nationalLine: Line = {
    label: "National",
    row: { ...national, jobsPer1000: null, locationQuotient: 1, estimate: true },
    national: true,
    release: national.asOf ?? DASH,
  };
  const reference = nationalFigure(national, sort);
  // the reference line in its place in the order: after the last area at or above it
  if (reference !== null) {
    const at = lines.findIndex((l) => {
      const v = sortFigure(l.row, sort);
      return v === null || v < reference;
    });
    lines.splice(at < 0 ? lines.length : at, 0, nationalLine);
  }

  const labelWidth = Math.min(MAX_LABEL, Math.max(4, ...lines.map((l) => displayWidth(l.label))));
  const sortedWidth = Math.max(displayWidth(SORT_HEADS[sort]), ...lines.map((l) => displayWidth(sortedText(l, sort, period))));
  // each column's width, worked out once (not once a line: the cells of every line are formatted for it)
  const widths = new Map<Column, number>();
  const width = (c: Column): number => {
    if (!widths.has(c)) widths.set(c, Math.max(displayWidth(c.head), ...lines.map((l) => displayWidth(c.cell(l)))));
    return widths.get(c)!;
  };
  const release: Column = { head: "Release", cell: (l) => l.release };
  const candidates = [
    ...(releases.length > 1 ? [{ column: release, priority: 0, has: () => true }] : []),
    ...figureColumns(period, sort),
  ].filter((c) => lines.some((l) => !l.national && c.has(l)));
  // the columns that fit beside the area, the sorted figure and the narrowest bar, by priority
  let used = INDENT.length + labelWidth + GAP.length + sortedWidth + GAP.length + MIN_BAR;
  const chosen = new Set<Column>();
  for (const c of [...candidates].sort((a, b) => a.priority - b.priority)) {
    const w = GAP.length + width(c.column);
    if (used + w <= style.width) {
      chosen.add(c.column);
      used += w;
    }
  }
  const columns = candidates.map((c) => c.column).filter((c) => chosen.has(c));
  const left = candidates.filter((c) => !chosen.has(c.column)).map((c) => c.column.head);
  const cells = Math.min(MAX_BAR, MIN_BAR + style.width - used);
  const max = Math.max(0, ...lines.map((l) => sortFigure(l.row, sort) ?? 0));

  const head =
    INDENT +
    padTo("Area", labelWidth) +
    GAP +
    padTo(SORT_HEADS[sort], sortedWidth, "right") +
    GAP +
    " ".repeat(cells) +
    columns.map((c) => GAP + padTo(c.head, width(c), "right")).join("");
  const body = lines.map((l) => {
    const v = sortFigure(l.row, sort);
    const drawn = v === null || !(max > 0) ? "" : barOf(style, v, max, cells);
    const text =
      INDENT +
      padTo(cut(l.label, labelWidth), labelWidth) +
      GAP +
      padTo(sortedText(l, sort, period), sortedWidth, "right") +
      GAP +
      (l.national ? padTo(drawn, cells) : style.c.cyan(padTo(drawn, cells))) +
      columns.map((c) => GAP + padTo(c.cell(l), width(c), "right")).join("");
    return l.national ? style.c.bold(text.trimEnd()) : text.trimEnd();
  });

  const unit = period === "annual" ? "USD a year" : "USD an hour";
  const title = `${name}: ${TYPE_WORDS[result.type]}, ${SORT_WORDS[sort]}`;
  const sameRelease = result.results.every((r) => r.sameRelease);
  const releaseText = sameRelease
    ? `Areas and national: BLS OEWS ${national.asOf}.`
    : `Areas: BLS OEWS ${releases.join(", ")}; national: ${national.asOf ?? "no national estimates imported"}. Two releases: an area's figures are of its own year, not the national one's.`;
  const { rows, of } = result.shown;
  const notes = [
    `Wages: ${unit}.`,
    reference === null && sort === "employment" && national.employment
      ? `National employment: ${formatNumber(national.employment.count)}.`
      : "",
    reference !== null ? "National: the national figure, in its place in the order." : "",
    lines.some((l) => [...Object.values(l.row.annual), ...Object.values(l.row.hourly)].some((m) => m?.atLeast))
      ? "≥: BLS gives only a floor for wages this high (top-coded)."
      : "",
    lines.some((l) => !l.row.estimate) ? "n/a: BLS publishes no estimate (suppressed, or too few jobs)." : "",
    wider ? `${WIDER_MARK} BLS's figures of ${result.bls!.code} (${result.bls!.title}), a wider occupation than ${o.code}.` : "",
    columns.some((c) => c.head === "LQ") || sort === "lq" ? WHERE_THE_JOBS_ARE : "",
    left.length > 0 ? `Not shown at this width: ${left.join(", ")} (every figure: --format csv or --json).` : "",
    rows < of ? `${rows} of ${of} areas (all: --limit 0).` : `${of} area${of === 1 ? "" : "s"}.`,
  ].filter(Boolean);
  return `${[
    style.c.bold(paragraph(style, title)),
    paragraph(style, releaseText),
    "",
    style.c.bold(head.trimEnd()),
    ...body,
    "",
    style.c.dim(paragraph(style, notes.join(" "))),
  ].join("\n")}\n`;
}

/** One row an area for csv and markdown: every figure, wages a year and an hour, the release each is of. */
export function wagesSheet(result: WagesResult): Sheet {
  const wages = (set: WagesRow["annual"]) => PERCENTILES.flatMap((p) => [set[p]?.amount ?? null, set[p]?.atLeast ?? null] as Cell[]);
  const wageHead = (prefix: string) => PERCENTILES.flatMap((p) => [`${prefix}${p}`, `${prefix}${p}AtLeast`]);
  return {
    title: `Wages of ${result.occupation.title} (${result.occupation.code}) by area`,
    head: [
      "areaCode",
      "area",
      "areaType",
      "state",
      "asOf",
      "sameRelease",
      "estimate",
      ...wageHead("annual."),
      ...wageHead("hourly."),
      "employment",
      "jobsPer1000",
      "locationQuotient",
      "blsBasis",
    ],
    rows: result.results.map((r) => [
      r.area.code,
      r.area.title,
      r.area.type,
      r.area.state,
      r.area.asOf,
      r.sameRelease,
      r.estimate,
      ...wages(r.annual),
      ...wages(r.hourly),
      r.employment?.count ?? null,
      r.jobsPer1000,
      r.locationQuotient,
      r.blsBasis ?? null,
    ]),
    notes: [
      {
        heading: "National",
        items: [
          `BLS OEWS ${result.national.asOf ?? DASH}: median ${cellOf(result.national.annual.median)} USD a year, employment ${result.national.employment ? formatNumber(result.national.employment.count) : DASH}.`,
        ],
      },
    ],
  };
}
