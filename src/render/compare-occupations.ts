/**
 * `careers compare` over occupations: wages as levels, outlook and education, the skills and knowledge
 * each side needs on the common scales (one column a side), then from the first side to each other one
 * what carries over and the biggest gaps to build. Tables too wide for the terminal are split
 * (table.ts). Pure: result in, string out.
 */
import type { ComparedSide, ElementRow, EssentialComparison, Move, OccupationComparison } from "../core/compare-occupations.js";
import { figureLabel, type Inferred } from "../core/summary.js";
import type { RequiredItem, Wage, Wages } from "../schema/occupation.js";
import { bullets, joinBlocks, paragraph, section } from "./blocks.js";
import { SourceRefs } from "./compare.js";
import { DASH, formatMoney, formatNumber, formatSignedPercent } from "./format.js";
import { formatWage } from "./occupation.js";
import type { Style } from "./style.js";
import { renderTable } from "./table.js";
import { hang } from "./text.js";

/** Gaps shown for each move (all are in --json): the model's `gapsShown`, 3 as shipped. */
export interface CompareOccupationsOptions {
  gapsShown: number;
}

const PERCENTILES = [
  ["10th", "pct10"],
  ["25th", "pct25"],
  ["Median", "median"],
  ["75th", "pct75"],
  ["90th", "pct90"],
  ["Mean", "mean"],
] as const;

/** "Job Zone Three: Medium Preparation Needed" -> "3: Medium Preparation Needed" */
const zoneText = (z: { zone: number; name?: string }) => `${z.zone}${z.name ? `: ${z.name.replace(/^Job Zone \w+: /, "")}` : ""}`;
/** O*NET's long category labels, as `show` shortens them: "High School Diploma - or the equivalent ..." -> "High School Diploma" */
const shortLabel = (label: string) => label.replace(/ - .*$/, "").replace(/\s*\(.*\)$/, "");
const level2 = (n: number) => n.toFixed(2);
const plainLevel = (n: number) => (Number.isInteger(n) ? String(n) : level2(n));

function header(s: ComparedSide): string {
  if (s.kind === "you") return "You\n(your assessment)";
  // an occupation measured through a link (ESCO's crosswalk) is named by its id, and the link below, as a role is
  if (s.kind === "occupation" && !s.via) return `${s.title}\n(${s.code})`;
  return `${s.title}\n(${s.id})${s.onScale && s.via ? `\nvia ${s.via.code} ${s.via.title}` : ""}`;
}

const blsCode = (w: { bls: { code: string; basis: string } }) =>
  `${w.bls.code}${w.bls.basis === "detailed" ? "" : ` (${w.bls.basis === "broad" ? "broad group" : w.bls.basis === "part" ? "a wider occupation" : "combined codes"})`}`;

export function renderCompareOccupations(
  result: OccupationComparison,
  style: Style,
  options: CompareOccupationsOptions = { gapsShown: 3 },
): string {
  const sides = result.sides;
  const refs = new SourceRefs(sides);
  // "you" has no wages, outlook or education: those tables show the others
  const figured = sides.map((s, i) => [s, i] as const).filter(([s]) => s.kind !== "you");

  type Cell = (s: ComparedSide, i: number) => string;
  const table = (rows: [string, Cell][], columns: readonly (readonly [ComparedSide, number])[], align: "left" | "right" = "left") =>
    renderTable(style, {
      head: ["", ...columns.map(([s]) => header(s))],
      rows: rows.map(([label, cell]) => [style.c.bold(label), ...columns.map(([s, i]) => cell(s, i))]),
      align: ["left", ...columns.map(() => align)],
    });

  const title = `${style.c.bold("Compare")} ${sides.map((s) => (s.kind === "you" ? "You" : `${s.title} (${s.kind === "occupation" && !s.via ? s.code : s.id})`)).join(" · ")}`;
  const blocks = [hang("", title, style.width)];

  if (figured.length > 0) {
    blocks.push(section(style, "Wages", wagesBlock(figured, table, refs, style)));
    blocks.push(section(style, "Outlook and education", outlookBlock(figured, table, refs)));
  }
  for (const [name, rows] of [
    ["Skills", result.skills],
    ["Knowledge", result.knowledge],
  ] as const) {
    blocks.push(section(style, name, elementsBlock(result, name, rows, style)));
  }
  for (const m of result.moves) blocks.push(section(style, moveTitle(result, m), moveBlock(result, m, style, options.gapsShown)));
  if (result.essential)
    blocks.push(section(style, "Essential skills and knowledge (ESCO)", essentialBlock(result, result.essential, style)));
  blocks.push(section(style, "Notes", notesBlock(result, style)));
  blocks.push(section(style, "Sources", sourcesBlock(result, refs, style)));
  return joinBlocks(blocks) + "\n";
}

type TableOf = (
  rows: [string, (s: ComparedSide, i: number) => string][],
  columns: readonly (readonly [ComparedSide, number])[],
  align?: "left" | "right",
) => string;

function wagesBlock(columns: readonly (readonly [ComparedSide, number])[], table: TableOf, refs: SourceRefs, style: Style): string {
  const wage =
    (pick: (w: Wages) => Wage, cents = false) =>
    (s: ComparedSide) =>
      s.wages ? formatWage(pick(s.wages), cents) : DASH;
  const rows: [string, (s: ComparedSide, i: number) => string][] = PERCENTILES.map(([label, key]) => [label, wage((w) => w.annual[key])]);
  rows.push(["Hourly median", wage((w) => w.hourly.median, true)]);
  rows.push(["OEWS", (s) => (s.wages ? `${blsCode(s.wages)}\n${s.wages.period}` : DASH)]);
  const guides = columns.map(([s]) => s.guide);
  const region = [...new Set(guides.map((g) => g?.levelMedian?.region ?? g?.levelAverage?.region).filter((r) => r))];
  const guideRow = (label: string, key: "levelMedian" | "levelAverage"): [string, (s: ComparedSide, i: number) => string] => [
    figureLabel(label, region.length === 1 ? region[0] : null),
    (s, i) => {
      const f = s.guide?.[key];
      return f ? `${formatMoney(f.amount, f.currency)}${f.inferred ? "†" : ""} ${refs.ref(i, f.source)}\n${f.level}` : DASH;
    },
  ];
  if (guides.some((g) => g?.levelMedian)) rows.push(guideRow("Guide's level median", "levelMedian"));
  if (guides.some((g) => g?.levelAverage)) rows.push(guideRow("Guide's level average", "levelAverage"));
  if (guides.some((g) => g?.median))
    rows.push([
      "Guide's median",
      (s, i) => {
        const m = s.guide?.median;
        return m ? `${formatMoney(m.amount, m.currency)}${m.inferred ? "†" : ""} ${refs.ref(i, m.source)}\n${m.label}` : DASH;
      },
    ]);
  const wages = columns.flatMap(([s]) => (s.wages ? [s.wages] : []));
  const periods = [...new Set(wages.map((w) => w.period))];
  const intro =
    wages.length > 0
      ? `USD a year (the hourly median: an hour), BLS Occupational Employment and Wage Statistics, national${periods.length === 1 ? `, ${periods[0]}` : ""}.`
      : "";
  const all = wages.flatMap((w) => [...Object.values(w.annual), ...Object.values(w.hourly)]);
  const notes = [
    all.some((x) => x.topCoded) ? "≥: BLS gives only a floor for wages this high (top-coded)." : "",
    all.some((x) => x.notAvailable !== undefined) ? "n/a: BLS publishes no estimate." : "",
    ...columns.flatMap(([s]) => (s.wages?.bls.note ? [`${s.id}: ${s.wages.bls.note}.`] : [])),
    rows.some(([l]) => l.startsWith("Guide's")) ? "Guide's: the figures of the role's own sources, numbered below." : "",
    // a figure the role file marks as inferred or borrowed: why
    ...columns.flatMap(([s, i]) => {
      const g = s.guide;
      const marked: [string, Inferred | null | undefined][] = [
        ["level median and average", g?.levelMedian?.inferred ?? g?.levelAverage?.inferred],
        ["median", g?.median?.inferred],
      ];
      return marked.flatMap(([what, m]) => (m ? [`† ${s.id}, ${what}: ${m.reason}${m.from ? ` From: ${refs.ref(i, m.from)}.` : ""}`] : []));
    }),
  ].filter(Boolean);
  return joinBlocks([
    intro && paragraph(style, intro),
    table(rows, columns, "right"),
    notes.length > 0 && style.c.dim(notes.map((n) => hang("", n, style.width)).join("\n")),
  ]);
}

function outlookBlock(columns: readonly (readonly [ComparedSide, number])[], table: TableOf, refs: SourceRefs): string {
  const periods = [...new Set(columns.flatMap(([s]) => (s.outlook ? [s.outlook.period] : [])))];
  const rows: [string, (s: ComparedSide, i: number) => string][] = [
    [
      `Employment change${periods.length === 1 ? ` ${periods[0]}` : ""}`,
      (s) => {
        const o = s.outlook;
        if (!o || o.changePercent === null) return DASH;
        return `${formatSignedPercent(o.changePercent)}${periods.length === 1 ? "" : ` (${o.period})`}`;
      },
    ],
    ["Openings a year", (s) => (s.outlook?.openings == null ? DASH : formatNumber(s.outlook.openings))],
    ["Entry education (BLS)", (s) => s.outlook?.entryEducation ?? DASH],
    ["Job zone", (s) => (s.jobZone ? zoneText(s.jobZone) : DASH)],
    [
      "Typical education (O*NET)",
      (s) => (s.typicalEducation ? `${shortLabel(s.typicalEducation.label)} (${s.typicalEducation.percent.toFixed(0)}% of workers)` : DASH),
    ],
  ];
  if (columns.some(([s]) => s.guide?.typicalEducation))
    rows.push([
      "Guide's typical education",
      (s, i) => {
        const t = s.guide?.typicalEducation;
        return t ? `${t.value} ${refs.ref(i, t.source)}` : DASH;
      },
    ]);
  return table(rows, columns);
}

function elementsBlock(result: OccupationComparison, name: "Skills" | "Knowledge", rows: readonly ElementRow[], style: Style): string {
  const sides = result.sides;
  if (rows.length === 0) {
    return paragraph(
      style,
      sides.some((s) => s.onScale && s.kind !== "you")
        ? `None rated ${result.scales.matters} or more for importance.`
        : "None of these is on the common scales.",
    );
  }
  const [imLow, imHigh] = result.scales.importance ?? [1, 5];
  const [lvLow, lvHigh] = result.scales.level ?? [0, 7];
  const targets = sides.slice(1).filter((s) => s.onScale && s.kind !== "you");
  const order =
    targets.length === 1
      ? `most important to ${targets[0]!.title} first`
      : targets.length > 1
        ? "most important to the others first"
        : "most important first";
  const intro = `The level each needs (${lvLow}–${lvHigh}), with its importance (${imLow}–${imHigh}) in brackets, as O*NET rates them${
    sides.some((s) => s.kind === "you") ? "; for you, the level of your assessment" : ""
  }: the ${name === "Skills" ? "skills" : "knowledge areas"} that matter (importance ${result.scales.matters} or more) to any of them, ${order}.`;
  const cell = (n: ElementRow["needs"][number]) =>
    n === null ? DASH : n.importance === null ? plainLevel(n.level) : `${level2(n.level)} (${level2(n.importance)})`;
  const table = renderTable(style, {
    head: [name === "Skills" ? "Skill" : "Knowledge", ...sides.map(header)],
    rows: rows.map((r) => [r.name, ...r.needs.map(cell)]),
    align: ["left", ...sides.map(() => "right" as const)],
  });
  return joinBlocks([paragraph(style, intro), table]);
}

const moveTitle = (result: OccupationComparison, m: Move) => {
  const title = (id: string) => {
    const s = result.sides.find((x) => x.id === id)!;
    return s.kind === "you" ? "you" : s.title;
  };
  return `From ${title(m.from)} to ${title(m.to)}`;
};

function moveBlock(result: OccupationComparison, m: Move, style: Style, shown: number): string {
  if (m.transferable === null || m.toBuild === null) return paragraph(style, `Not measured: ${m.reason}.`);
  const fromYou = result.sides[0]!.kind === "you";
  const rated = (id: string) => !fromYou || result.sides[0]!.levels?.[id] !== undefined;
  // your levels as you gave them; an occupation's as O*NET rates them, to two decimals
  const have = (g: { element: string; have: number }) => (!rated(g.element) ? "not rated" : fromYou ? plainLevel(g.have) : level2(g.have));
  const transferable =
    m.transferable.length === 0
      ? "Transferable: none (every element that matters is needed above the level had)."
      : `Transferable (${m.transferable.length}): ${m.transferable.map((t) => t.name).join("; ")}.`;
  const build = m.toBuild.slice(0, shown);
  const rest = m.toBuild.length - build.length;
  const toBuild =
    m.toBuild.length === 0
      ? "To build: nothing; every element that matters is needed at or below the level had."
      : `To build (${m.toBuild.length})${m.toBuild.length > build.length ? `, the ${build.length} biggest gaps` : ""}, by the gap times its importance:`;
  const lines = build.map(
    (g) => `${g.name}: ${have(g)} → ${level2(g.level)} (gap ${level2(g.gap)} × importance ${level2(g.importance)} = ${level2(g.weighted)})`,
  );
  return joinBlocks([
    hang("", transferable, style.width),
    [hang("", toBuild, style.width), lines.length ? bullets(style, lines) : "", rest > 0 ? style.c.dim(`  ${rest} more in --json.`) : ""]
      .filter(Boolean)
      .join("\n"),
  ]);
}

/** ESCO's essential items: those every side listing them shares, and from the first what each move takes. */
function essentialBlock(result: OccupationComparison, e: EssentialComparison, style: Style): string {
  const title = (id: string) => result.sides.find((s) => s.id === id)?.title ?? id;
  const items = (list: readonly RequiredItem[]) => list.map((i) => `${i.label} (${i.kind})`);
  const shared =
    e.shared.length === 0
      ? `No item is essential to all of ${e.sides.map(title).join(", ")}.`
      : `Essential to all of ${e.sides.map(title).join(", ")} (${e.shared.length}):`;
  const moves = e.moves.map((m) =>
    joinBlocks([
      hang(
        "",
        `${title(m.from)} → ${title(m.to)}: similarity ${(m.similarity * 100).toFixed(0)}%, ${m.shared.length} of ${m.shared.length + m.toGain.length} essential items shared.`,
        style.width,
      ),
      m.toGain.length
        ? `${hang("", `To gain (${m.toGain.length}):`, style.width)}\n${bullets(style, items(m.toGain))}`
        : hang("", "To gain: nothing; every essential item is essential to the first too.", style.width),
    ]),
  );
  return joinBlocks([
    [hang("", shared, style.width), e.shared.length ? bullets(style, items(e.shared)) : ""].filter(Boolean).join("\n"),
    ...moves,
    style.c.dim(
      hang(
        "",
        "The same item where ESCO's URI is the same; similarity: the weighted Jaccard of the two occupations' essential and optional items (docs/matching.md).",
        style.width,
      ),
    ),
  ]);
}

function notesBlock(result: OccupationComparison, style: Style): string {
  const lines = [
    ...result.notes,
    `Transferable: what the side moved to needs at or below the level the first already has, among the elements that matter to it; to build: the rest, the biggest gap times importance first.`,
  ];
  return lines.map((l) => hang("", l, style.width)).join("\n");
}

function sourcesBlock(result: OccupationComparison, refs: SourceRefs, style: Style): string {
  const data = result.sources.map((s) => `${s.name} ${s.version}${s.date && s.date !== s.version ? ` (${s.date})` : ""}`);
  return joinBlocks([
    refs.render(style),
    data.length ? bullets(style, data) : "",
    result.attribution.map((a) => paragraph(style, a)).join("\n"),
  ]);
}
