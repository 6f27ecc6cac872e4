/** `careers match`: the occupations that fit a profile best, and how one occupation's fit was computed. Pure. */
import type { z } from "zod";
import type { Part } from "../core/match.js";
import type { MatchTemplate, Rated } from "../core/profile.js";
import { shownFit } from "../core/resemblance.js";
import { kindOfElement } from "../core/scale.js";
import type { Reference as DataReference } from "../schema/occupation.js";
import type { matchExplainOutput, matchOutput } from "../schema/outputs-match.js";
import { AREA_COLUMNS, areaCells, areaMedianNote, areaNa, areaShort, renderAreaLine } from "./area.js";
import { yamlKey } from "./assess-occupation.js";
import { joinBlocks, paragraph, WIDER_MARK, WIDER_NOTE } from "./blocks.js";
import type { Sheet } from "./flat.js";
import { FIGURE_COLUMNS, figureCells } from "./flatten-results.js";
import { DASH, formatGrowth, formatMoneyFigure } from "./format.js";
import type { Style } from "./style.js";
import { renderTable } from "./table.js";

/**
 * What `careers match` prints, in text and (as is) in JSON: with --area (or CAREERS_AREA) the area whose
 * medians the rows hold; where the profile came from and the profile; how many of the data set's skills and
 * knowledge areas it rates (few: a rough ranking); the parts of the fit measured and those left out; whose
 * work activities were measured too; the filters; how many occupations were ranked; the best fits that pass
 * the filters, at most --limit (each occupation's reference and key figures, and its fit); how many are
 * listed of how many pass the filters: the type of the schema of match's output (schema/outputs-match.ts).
 */
export type MatchResult = z.output<typeof matchOutput>;

/**
 * Where a profile came from: an answers file, the history or the terminal (core/match.ts MatchSource), the
 * occupations held (`--like`, with the answers file that sets some of the levels), or the six scores of
 * --interests alone; `interestsGiven` where the interests are those --interests gives, in place of the source's.
 */
export type ProfileSource = MatchResult["source"];

/**
 * Whose work activities the fit measured: the jobs held (--like), or the occupation a profile of levels
 * resembles most ("nearest"); null where none were measured.
 */
export type MatchWork = NonNullable<MatchResult["work"]>;

/** A row of match's output: the occupation's reference and key figures (core/figures.ts), then its fit. */
export type MatchOutputRow = MatchResult["results"][number];

/** How one occupation's fit was computed (core/match.ts Explanation), for the profile of `source`: the type of the schema of `match --explain`'s output. */
export type ExplainResult = z.output<typeof matchExplainOutput>;

/** 0.9291 -> "93%": fits are shown rounded, and given exactly in --json. */
export const percent = (share: number): string => `${Math.round(share * 100)}%`;

const PART_NAMES: Record<Part, string> = { skill: "skills", knowledge: "knowledge", interests: "interests" };

const list = (words: readonly string[]): string =>
  words.length <= 1 ? (words[0] ?? "") : `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;

/**
 * "your answers in answers.yaml", "your saved assessment of Tide Clerks (2026-11-30)", "your answers",
 * "the jobs you have held: Tide Clerks (91-3011.00)"
 */
export function describeSource(source: ProfileSource): string {
  const given = source.interestsGiven ? " with the interest scores of --interests" : "";
  return describeLevels(source) + given;
}

function describeLevels(source: ProfileSource): string {
  switch (source.kind) {
    case "interests":
      return "your interest scores (--interests)";
    case "like": {
      const held = list(source.occupations.map((o) => `${o.title} (${o.code})`));
      return `the jobs you have held: ${held}${source.file ? `, with your answers in ${source.file}` : ""}`;
    }
    case "answers":
      return `your answers in ${source.file}`;
    case "history": {
      const i = source.interests;
      // an interests quiz alone: its interests are the whole profile
      if (i && i.date === source.date && i.title === source.title) return `your saved ${i.title.toLowerCase()} (${i.date.slice(0, 10)})`;
      const quiz = i ? ` with the interests of your saved ${i.title.toLowerCase()} (${i.date.slice(0, 10)})` : "";
      return `your saved assessment of ${source.title} (${source.date.slice(0, 10)})${quiz}`;
    }
    case "interactive":
      return "your answers";
  }
}

/** "Measured on skills; knowledge and interests not rated." */
export function measuredLine(parts: MatchResult["parts"]): string {
  const measured = parts.measured.map((p) => PART_NAMES[p]);
  const unrated = parts.unrated.map((p) => PART_NAMES[p]);
  return `Measured on ${measured.length ? list(measured) : "nothing the occupations need"}${unrated.length ? `; ${list(unrated)} not rated, left out` : ""}.`;
}

const level = (n: number): string => String(Math.round(n * 100) / 100);

/**
 * "Work activities: those of Registered Nurses (29-1141.00), the occupation your levels resemble most ..."
 * where they were borrowed; nothing for the jobs held (--like), whose activities the source names.
 */
export function workLine(work: MatchWork | null): string | null {
  if (work?.kind !== "nearest") return null;
  const names = list(work.occupations.map((o) => `${o.title}${o.code ? ` (${o.code})` : ""}`));
  const one = work.occupations.length === 1;
  return `Work activities: those of ${names}, the occupation${one ? "" : "s"} your levels resemble most, are taken as yours and measured too: levels say how much you can do, not what work you did.`;
}

/**
 * "Rated: 8 of 35 skills, 0 of 33 knowledge areas, no interests: few, so the ranking is rough ..." where
 * the profile rates few elements; else "Rated: 35 of 35 skills, ...".
 */
export function ratedLine(r: Rated): string {
  const counts = `${r.skills} of ${r.of.skills} skills, ${r.knowledge} of ${r.of.knowledge} knowledge areas, ${r.interests ? "the six interests" : "no interests"}`;
  if (!r.rough) return `Rated: ${counts}.`;
  const what =
    r.skills + r.knowledge === 0
      ? "no skill or knowledge area, so the ranking is by interests alone, a rough one"
      : "few, so the ranking is rough: it rests on what you rated and says nothing of the rest";
  return `Rated: ${counts}: ${what}. Rate more for a closer one (careers match --template writes a file with every element).`;
}

/** What was measured, how much was rated, and whose work activities. */
const profileLines = (result: MatchResult): string[] => {
  const work = workLine(result.work);
  return [measuredLine(result.parts), ratedLine(result.rated), ...(work ? [work] : [])];
};

export function renderMatch(result: MatchResult, style: Style): string {
  const head = paragraph(style, [`Occupations by fit to ${describeSource(result.source)}.`, ...profileLines(result)].join(" "));
  if (result.results.length === 0) return `${head}\n\nNo occupation passes the filters: fewer filters find more.\n`;
  const table = renderTable(style, {
    head: ["#", "Fit", "Occupation", "Code", result.area ? `Median, ${areaShort(result.area)}` : "Median", "Growth", "Zone", "Biggest gap"],
    rows: result.results.map((r) => [
      String(r.rank),
      percent(r.fit),
      r.title,
      r.code ?? r.id,
      r.median ? formatMoneyFigure(r.median) + (r.median.blsBasis ? WIDER_MARK : "") : r.area ? areaNa(r.area) : DASH,
      formatGrowth(r.growth) + (r.growth?.blsBasis ? WIDER_MARK : ""),
      r.jobZone === null ? DASH : String(r.jobZone.zone),
      r.biggestGap ? `${r.biggestGap.name} ${level(r.biggestGap.have)} → ${level(r.biggestGap.level)}` : DASH,
    ]),
    align: ["right", "right", "left", "left", "right", "right", "right", "left"],
    compact: true,
    lead: 3,
  });
  const matched = result.shown.of;
  const shown =
    result.results.length < matched
      ? `The best ${result.results.length} of ${matched}${matched < result.total ? " that pass the filters" : ""} (all: --limit 0).`
      : `${matched} occupation${matched === 1 ? "" : "s"}${matched < result.total ? ` of ${result.total} pass the filters` : ""}.`;
  const notes = [
    ...(result.area ? [areaMedianNote(result.area, result.results)] : []),
    shown,
    ...(result.source.kind === "like" ? ["The jobs you have held are left out: ranks count the others."] : []),
    ...(result.results.some((r) => r.median?.blsBasis || r.growth?.blsBasis) ? [`${WIDER_MARK} ${WIDER_NOTE}`] : []),
    "Fit: how closely the work's needs resemble your levels, 100% for work that needs just what you hold: their correlation, less how far your levels are from its needs, short or beyond (docs/matching.md); rank among all occupations. Median: annual wage. Growth: projected employment change. Zone: O*NET job zone 1-5. Biggest gap: your level → the level needed. How a fit was computed: add --explain <code>.",
  ];
  const line = result.area ? `${renderAreaLine(style, result.area, result.area.origin)}\n` : "";
  return `${line}${head}\n\n${table}\n${style.c.dim(paragraph(style, notes.join(" ")))}\n`;
}

/** A term's figure, signed, to three decimals: 0.4 x 0.912 = +0.365. */
const term = (x: number): string => `${x < 0 ? "−" : "+"}${Math.abs(Math.round(x * 1000) / 1000).toFixed(3)}`;
const three = (x: number): string => (Math.round(x * 1000) / 1000).toFixed(3);

export function renderExplain(result: ExplainResult, style: Style): string {
  const { fit, occupation } = result;
  const work = workLine(result.work);
  const title = style.c.bold(
    paragraph(style, `${occupation.title} (${occupation.code}): fit ${percent(shownFit(fit.score))}, rank ${result.rank} of ${result.of}`),
  );
  const w = fit.weights;
  const totalWeight = fit.kinds.reduce((s, k) => s + k.weight, 0);
  const rows: string[][] = fit.kinds.map((k) => [
    `${PART_NAMES[k.part][0]!.toUpperCase()}${PART_NAMES[k.part].slice(1)}: correlation of your levels with its needs (${k.elements} element${k.elements === 1 ? "" : "s"})`,
    three(k.correlation),
    `${k.weight} / ${Math.round(totalWeight * 1000) / 1000}`,
    term((k.weight / totalWeight) * k.correlation),
  ]);
  if (fit.kinds.length === 0)
    rows.push([
      fit.resemblance === 1 ? "Resemblance: no level rated (interests alone)" : "Resemblance: no element rated by both",
      three(fit.resemblance),
      "1",
      term(fit.resemblance),
    ]);
  rows.push(
    ["Distance short of its needs (importance-weighted mean over 7)", three(fit.under), `−${w.distance}`, term(-w.distance * fit.under)],
    ["Distance beyond its needs: over-qualification (the same)", three(fit.over), `−${w.distance}`, term(-w.distance * fit.over)],
  );
  if (fit.interests !== null)
    rows.push(["Interests: mean difference over 6", three(fit.interests), `−${w.interests}`, term(-w.interests * fit.interests)]);
  if (fit.activities) {
    const a = fit.activities;
    rows.push(
      [
        `Work activities: 1 − cosine of the detailed ones (${a.shared} shared)`,
        three(1 - a.dwa),
        `−${w.activities.dwa}`,
        term(-w.activities.dwa * (1 - a.dwa)),
      ],
      [
        "Work activities: 1 − cosine of the intermediate ones",
        three(1 - a.iwa),
        `−${w.activities.iwa}`,
        term(-w.activities.iwa * (1 - a.iwa)),
      ],
    );
  }
  rows.push(["Score (the fit is the score as a percentage, below 0 shown as 0%)", "", "", term(fit.score)]);
  const terms = renderTable(style, {
    head: ["Term", "Value", "Weight", "Contribution"],
    rows,
    align: ["left", "right", "right", "right"],
    compact: true,
  });
  const unrated = result.unrated.length ? `Not rated, left out: ${list(result.unrated.map((p) => PART_NAMES[p]))}.` : "";
  const elements =
    result.elements.length === 0
      ? undefined
      : renderTable(style, {
          head: ["Element", "Kind", "Importance", "Need", "Have", "Have − need"],
          rows: result.elements.map((e) => [e.name, e.kind, level(e.importance), level(e.need), level(e.have), level(e.have - e.need)]),
          align: ["left", "left", "right", "right", "right", "right"],
          compact: true,
        });
  const interests = result.interests
    ? renderTable(style, {
        head: ["Interest", "You", "Occupation", "Difference"],
        rows: result.interests.map((x) => [x.name, level(x.have), level(x.occupation), level(Math.abs(x.have - x.occupation))]),
        align: ["left", "right", "right", "right"],
        compact: true,
      })
    : undefined;
  const foot = style.c.dim(
    paragraph(
      style,
      `Profile: ${describeSource(result.source)}.${work ? ` ${work}` : ""} An occupation's need of an element is its level + ${w.needImportance} × its importance; the correlation is taken over the elements you and it both rate. 100% is an occupation that needs just what you hold. The method: docs/matching.md.`,
    ),
  );
  return `${joinBlocks([title, terms, unrated ? paragraph(style, unrated) : undefined, elements, interests, foot])}\n`;
}

/**
 * `match --template` as YAML: every skill and knowledge area with its description and O*NET's level
 * anchors in comments, the six interests with theirs, each answer null. Read back as it is by
 * `match --answers`: an answer left null is not rated.
 */
export function renderMatchTemplate(t: MatchTemplate, reference: DataReference, release: string): string {
  const lines = [
    "# Your levels for: careers match --answers <this file>",
    `# Every skill, knowledge area and interest of O*NET ${release}. Replace a null with your level; one left`,
    "# null is not rated (never counted as 0), and the ranking rests on what you rate: rate a dozen or more.",
  ];
  // by kind: a skill and a knowledge area may share a name (Mathematics)
  const group = (name: "skills" | "knowledge", intro: string) => {
    lines.push(intro, `${name}:`);
    const kind = name === "skills" ? "skill" : "knowledge";
    for (const [id, e] of Object.entries(reference.elements)) {
      if (kindOfElement(id, reference) !== kind || !(e.name in t[name])) continue;
      lines.push(`  # ${e.name}: ${e.description}`.trimEnd());
      for (const a of e.anchors ?? []) lines.push(`  #   ${a.value}: ${a.text}`);
      lines.push(`  ${yamlKey(e.name)}: null`);
    }
  };
  group("skills", "# Skills: your level of each, 0-7 on O*NET's level scale (decimals are fine); the examples are O*NET's level anchors.");
  group("knowledge", "# Knowledge: your level of each area, 0-7, the same way.");
  lines.push(
    "# Interests: all six or none, each 1-7 on O*NET's scale of occupational interests (careers interests",
    "# scores yours from a quiz built on O*NET's illustrative activities, not the O*NET Interest Profiler).",
    "interests:",
  );
  const info = new Map((reference.interests ?? []).map((i) => [i.name, i]));
  for (const name of Object.keys(t.interests)) {
    const i = info.get(name);
    if (i) lines.push(`  # ${i.code} ${name}: ${i.description}${i.keywords.length ? ` (${i.keywords.join(", ")})` : ""}`);
    lines.push(`  ${yamlKey(name)}: null`);
  }
  return lines.join("\n") + "\n";
}

/** One row per occupation shown: its rank, reference and key figures, fit and biggest gap; what was rated in the notes. */
export function matchSheet(result: MatchResult): Sheet {
  const area = result.area;
  return {
    title: `Occupations by fit to ${describeSource(result.source)}${area ? `, medians of ${area.title}` : ""}`,
    head: ["rank", ...FIGURE_COLUMNS, "fit", "distance", "biggestGap", "gapHave", "gapLevel", ...(area ? AREA_COLUMNS : [])],
    rows: result.results.map((r) => [
      r.rank,
      ...figureCells(r),
      r.fit,
      r.distance,
      r.biggestGap?.name ?? null,
      r.biggestGap?.have ?? null,
      r.biggestGap?.level ?? null,
      ...(area ? areaCells(area, r.area) : []),
    ]),
    notes: [{ heading: "Profile", items: profileLines(result) }],
  };
}
