/** `careers path`: a career ladder or a route on it as a table, and the walk's level card. Pure. */
import type { z } from "zod";
import type { LadderStep, LadderView, Route, SalaryInversion } from "../core/ladder.js";
import { salaryInversions, yearsSince } from "../core/ladder.js";
import { figureLabel } from "../core/summary.js";
import type { pathOutput } from "../schema/outputs-path.js";
import { bullets, INFERRED_MARK, joinBlocks, marked, paragraph } from "./blocks.js";
import { DASH, formatMoney, formatSignedMoney, formatSignedPercent, formatYears } from "./format.js";
import { renderOnward } from "./lattice.js";
import type { Style } from "./style.js";
import { renderFacts, renderTable, type SpanRow } from "./table.js";
import { hang } from "./text.js";

/**
 * What `careers path` prints, in text and (as is) in JSON: the ladder, its tracks, the level the role names
 * (null where the role only holds the ladder), the track filter, the steps, with --from/--to the route and
 * its totals, with a current level the levels above it, the lateral moves, the steps whose median is below
 * the step before them, what the salary column holds (the ladder owner's salary-by-level table, and the
 * medians of other measures), and with an occupations data set holding the O*NET occupation of the ladder's
 * top role the steps up from it: the type of the schema of path's output (schema/outputs-path.ts).
 */
export type PathResult = z.output<typeof pathOutput>;

const MARK = "*";

/** The region the steps' salary figures hold for, where they all name the same one. */
export function regionOf(steps: readonly Pick<LadderStep, "region" | "median">[]): string | null {
  const regions = new Set(steps.filter((s) => s.median !== null).map((s) => s.region));
  return regions.size === 1 ? [...regions][0]! : null;
}

/** The scope's first clause: the table shows scope in one line; the full text is in --json and the walk. */
export function scopeLine(scope: string | null): string {
  if (!scope) return DASH;
  const cut = scope.search(/[,:;]\s|\.\s|\.$/);
  return cut > 0 ? scope.slice(0, cut) : scope;
}

export function formatChange(step: Pick<LadderStep, "change" | "changePercent" | "currency">): string {
  if (step.change === null || !step.currency) return DASH;
  const pct = step.changePercent === null ? "" : ` (${formatSignedPercent(step.changePercent)})`;
  return `${formatSignedMoney(step.change, step.currency)}${pct}${step.change < 0 ? MARK : ""}`;
}

function stepRows(style: Style, result: PathResult): (string[] | SpanRow)[] {
  const first = result.steps[0];
  return result.steps.flatMap((s, i) => {
    const here = s.role === result.current;
    const shown = result.steps[i - 1];
    let change = i === 0 && result.route ? DASH : formatChange(s);
    // a change is measured from the level below; say which when that is not the row above
    if (change !== DASH && s.previous && shown?.role !== s.previous) change += `\nfrom ${s.previousTitle ?? s.previous}`;
    const years = result.route && first ? routeYearsCell(first, s) : formatYears(s.years ?? undefined);
    const cells = [
      here ? `▶ ${s.position}` : String(s.position),
      here ? `${s.title}\n(you are here)` : s.title,
      marked(s.track, s.trackInferred),
      years,
      formatMoney(s.median ?? undefined, s.currency ?? "USD"),
      s.change !== null && s.change < 0 ? style.c.red(change) : change,
    ];
    const focus = s.focusAreas.length ? `\n${style.c.dim("Focus:")} ${s.focusAreas.join(" · ")}` : "";
    const detail = `${style.c.dim("Scope:")} ${scopeLine(s.scope)}${focus}`;
    return [here ? cells.map((c) => style.c.bold(c)) : cells, { span: detail, from: 1 }];
  });
}

const routeYears = (y: Route["years"]): string => (y ? formatYears({ min: y.min, ...(y.max === null ? {} : { max: y.max }) }) : DASH);

const routeYearsCell = (first: LadderStep, s: LadderStep): string => routeYears(yearsSince(first, s));

/** The salary footnote of a ladder, as plain text: an introduction and one line per fall in salary. */
export function inversionText(inversions: readonly SalaryInversion[]): { intro: string; lines: string[] } | null {
  if (inversions.length === 0) return null;
  return {
    intro: `${MARK} A negative change: the guide's salary-by-level table puts this level below the one before it on its ladder. Shown as the guide gives them, not reordered:`,
    lines: inversions.map(
      (v) =>
        `${v.title} ${formatMoney(v.median, v.currency)} < ${v.previousTitle} ${formatMoney(v.previousMedian, v.currency)} (${formatSignedMoney(v.change, v.currency)})`,
    ),
  };
}

/** A lateral move as one line: its name, and what the guide says of it. */
export const lateralMoveText = (m: PathResult["lateralMoves"][number]): string => (m.detail ? `${m.name}: ${m.detail}` : m.name);

export function inversionNote(style: Style, inversions: readonly SalaryInversion[]): string {
  const note = inversionText(inversions);
  if (!note) return "";
  return style.c.dim(joinLines([hang("", note.intro, style.width), bullets(style, note.lines)]));
}

const joinLines = (lines: string[]) => lines.filter(Boolean).join("\n");

function trackLine(style: Style, result: PathResult): string {
  const tracks = result.tracks.filter((t) => result.track === null || t.id === result.track);
  const label = tracks.length > 1 ? "Tracks: " : "Track: ";
  return tracks
    .map((t, i) =>
      hang(
        i === 0 ? label : " ".repeat(label.length),
        `${t.name} (${marked(t.id, t.inferred)})${t.description ? `: ${t.description}` : ""}`,
        style.width,
      ),
    )
    .join("\n");
}

/** The notes on what the table's figures are: the tracks the data assigned, and which salary figure is shown. */
export function pathNotes(result: PathResult): string[] {
  const tracks = result.tracks.filter((t) => t.inferred && (result.track === null || t.id === result.track));
  const out = tracks.map((t) => `${INFERRED_MARK} Track ${t.id}: ${t.inferred!.reason}`);
  const s = result.salary;
  if (s.table) {
    const others = s.otherMedians.map(
      (m) =>
        `${m.title}'s own median, ${formatMoney(m.amount, m.currency)} (${m.label}, from ${m.source}), is another measure, not used here`,
    );
    out.push(`Medians: each level's median in the salary-by-level table of ${s.table}.${others.length ? ` ${others.join("; ")}.` : ""}`);
  }
  return out;
}

function summaryLine(style: Style, result: PathResult, byRole: Map<string, LadderStep>): string {
  const r = result.route;
  if (r) {
    const years = r.years ? routeYears(r.years) : "unknown years";
    const pay = r.salaryChange
      ? `${formatSignedMoney(r.salaryChange.amount, r.salaryChange.currency)}${r.salaryChange.percent === null ? "" : ` (${formatSignedPercent(r.salaryChange.percent)})`}`
      : DASH;
    const from = byRole.get(r.from)?.title ?? r.from;
    const to = byRole.get(r.to)?.title ?? r.to;
    const n = result.steps.length - 1;
    return hang(
      "",
      `Route: ${from} to ${to}, ${n} ${n === 1 ? "step" : "steps"} up, ${years} of experience from the start of ${from}; total change in ${figureLabel("median", regionOf(result.steps))} ${pay}.`,
      style.width,
    );
  }
  if (!result.current) return "";
  const here = byRole.get(result.current);
  if (!here) return "";
  const where = `You are here: ${here.title} (step ${here.position} of ${result.ladder.levels}).`;
  const ahead = result.ahead.map((id) => byRole.get(id)).filter((s): s is LadderStep => s !== undefined);
  const top = ahead.at(-1);
  if (!top) return hang("", `${where} The top of the ladder${result.track ? " on this track" : ""}.`, style.width);
  const pay =
    top.median !== null && here.median !== null && top.currency === here.currency
      ? `; ${figureLabel("median", regionOf(result.steps))} at the top ${formatMoney(top.median, top.currency ?? "USD")}, ${formatSignedMoney(top.median - here.median, here.currency ?? "USD")} from here`
      : "";
  const n = ahead.length;
  return hang("", `${where} Ahead: ${ahead.map((s) => s.title).join(", ")} (${n} ${n === 1 ? "step" : "steps"}${pay}).`, style.width);
}

export function renderPath(result: PathResult, style: Style): string {
  const byRole = new Map(result.steps.map((s) => [s.role, s]));
  const table = renderTable(style, {
    head: ["Step", "Level", "Track", result.route ? "Years from start" : "Years", figureLabel("Median", regionOf(result.steps)), "Change"],
    rows: stepRows(style, result),
    align: ["right", "left", "left", "left", "right", "right"],
    lead: 2,
  });
  const lateral = result.lateralMoves.length
    ? `${style.c.bold("Lateral moves")}\n${bullets(style, result.lateralMoves.map(lateralMoveText))}`
    : "";
  return (
    joinBlocks([
      style.c.bold(
        paragraph(
          style,
          `${result.ladder.name}${result.track ? `, ${result.tracks.find((t) => t.id === result.track)?.name ?? result.track} track` : ""}`,
        ),
      ),
      trackLine(style, result),
      joinLines([table, summaryLine(style, result, byRole)]),
      inversionNote(style, result.inversions),
      style.c.dim(
        pathNotes(result)
          .map((n) => hang(n.startsWith(INFERRED_MARK) ? `${INFERRED_MARK} ` : "", n.replace(/^† /, ""), style.width))
          .join("\n"),
      ),
      result.route || result.track ? "" : lateral,
      style.c.dim(hang("Source: ", result.ladder.sourceTitle, style.width)),
      result.onward ? renderOnward(style, result.onward) : "",
    ]) + "\n"
  );
}

/** One level in the interactive walk: everything the data says about it. */
export function renderLevelCard(view: LadderView, step: LadderStep, style: Style): string {
  const prev = step.previous ? view.steps.find((s) => s.role === step.previous) : undefined;
  const rows: [string, string][] = [
    ["Step", `${step.position} of ${view.steps.length}`],
    ["Track", marked(step.trackName, step.trackInferred)],
    ["Years", formatYears(step.years ?? undefined)],
    [figureLabel("Level median", step.region), formatMoney(step.median ?? undefined, step.currency ?? "USD")],
    ["Change", prev ? `${formatChange(step)} from ${prev.title}` : DASH],
  ];
  const inversions = salaryInversions([...(prev ? [prev] : []), step]);
  return (
    joinBlocks([
      style.c.bold(paragraph(style, step.title)),
      renderFacts(style, rows),
      step.scope ? paragraph(style, step.scope) : "",
      step.focusAreas.length ? `${style.c.bold("Focus areas")}\n${bullets(style, step.focusAreas)}` : "",
      inversionNote(style, inversions),
    ]) + "\n"
  );
}
