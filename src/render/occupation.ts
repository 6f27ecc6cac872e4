/** `careers show <occupation>`: an imported occupation as readable sections. Pure: view in, string out. */
import type { AreaBeside } from "../core/areas.js";
import { borrowedOf } from "../core/borrowed.js";
import { codeScheme, type OccupationSection, type OccupationView, type RatedView } from "../core/occupation.js";
import type { BlsRef, RequiredItem, Share, Wage } from "../schema/occupation.js";
import type { Borrowed } from "../schema/output.js";
import { renderAreaBeside, renderAreaLine } from "./area.js";
import { bullets, joinBlocks, numbered, paragraph, section, WIDER_MARK, WIDER_NOTE } from "./blocks.js";
import { DASH, formatNumber, formatSignedPercent } from "./format.js";
import type { Style } from "./style.js";
import { renderFacts, renderTable } from "./table.js";

/** Ratings at or above this importance (1-5) are listed; the rest are counted (all are in --json). */
export const IMPORTANT = 3;

const dollars = (n: number, cents: boolean) => (cents ? n.toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ",") : formatNumber(n));

/** 42,830 / ≥ 239,200 (top-coded) / n/a */
export function formatWage(w: Wage | null | undefined, cents = false): string {
  if (!w) return DASH;
  if (w.amount !== null) return dollars(w.amount, cents);
  if (w.topCoded) return w.atLeast ? `≥ ${dollars(w.atLeast, cents)}` : "top-coded";
  return "n/a";
}

/** "Borrowed from the U.S. occupation 91-1011.00 Lantern Keepers (crosswalk confidence 1): ESCO gives no wages." */
export const borrowedText = (b: Borrowed, what: string): string =>
  `Borrowed from the U.S. occupation ${b.from.code} ${b.from.title} (crosswalk confidence ${b.confidence}): this occupation's source gives no ${what}.`;

/** The block's borrowed note, dimmed, or nothing for its own figures. */
const borrowedNote = (style: Style, block: Parameters<typeof borrowedOf>[0], what: string): string => {
  const b = borrowedOf(block);
  return b ? style.c.dim(paragraph(style, borrowedText(b, what))) : "";
};

const blsNote = (style: Style, ref: BlsRef): string => (ref.note ? style.c.dim(paragraph(style, `Note: ${ref.note}.`)) : "");

const shares = (style: Style, title: string, list: Share[]): string =>
  list.length === 0
    ? ""
    : `${style.c.bold(title)}\n` +
      renderTable(style, {
        rows: [...list]
          .sort((a, b) => a.category - b.category)
          .map((s) => [s.label.replace(/ - .*$/, "").replace(/\s*\(.*\)$/, ""), `${s.percent.toFixed(1)}%`]),
        align: ["left", "right"],
        compact: true,
      });

function rated(style: Style, what: string, list: RatedView[] | null, view: OccupationView): string | undefined {
  if (!list) return undefined;
  if (list.length === 0) return paragraph(style, `O*NET rates no ${what.toLowerCase()} for this occupation.`);
  const shown = list.filter((r) => (r.importance ?? 0) >= IMPORTANT);
  const [imLow, imHigh] = view.scales.importance ?? [1, 5];
  const [lvLow, lvHigh] = view.scales.level ?? [0, 7];
  const rows = shown.map((r) => [
    r.name,
    r.importance === null ? DASH : r.importance.toFixed(2),
    r.level === null ? DASH : `${r.level.toFixed(2)}${r.levelNotRelevant ? " (not relevant)" : ""}`,
    r.anchor ? `${r.anchor.text} (${r.anchor.value})` : "",
  ]);
  const table = renderTable(style, {
    head: [what, "Importance", "Level", "Example of work at about that level"],
    rows,
    align: ["left", "right", "right", "left"],
  });
  const scales = paragraph(style, `Importance ${imLow}–${imHigh} and level ${lvLow}–${lvHigh}, as O*NET rates them; most important first.`);
  const rest = list.length - shown.length;
  const note = [
    rest > 0 ? `${rest} more rated below ${IMPORTANT} for importance; all are in --json.` : "",
    shown.some((r) => r.suppressed)
      ? 'O*NET advises caution with some of these figures (few or scattered answers): see "suppressed" in --json.'
      : "",
  ].filter(Boolean);
  return joinBlocks([
    borrowedNote(style, list, `${what.toLowerCase()} ratings`),
    scales,
    shown.length ? table : paragraph(style, `None rated ${IMPORTANT} or more for importance.`),
    note.length ? style.c.dim(paragraph(style, note.join(" "))) : "",
  ]);
}

type Renderer = (v: OccupationView, style: Style) => string | undefined;

const RENDERERS: Record<string, Renderer> = {
  summary(v, style) {
    const rows: [string, string][] = [["Code", `${v.code} (${codeScheme(v)})`]];
    if (v.isco?.length) rows.push(["ISCO-08 group", v.isco.map((g) => `${g.code ?? ""} ${g.title}`.trim()).join(" > ")]);
    if (v.crosswalk)
      rows.push([
        "Linked O*NET occupation",
        `${v.crosswalk.code} ${v.crosswalk.title} (crosswalk confidence ${v.crosswalk.confidence}${v.crosswalk.via ? `, through ${v.crosswalk.via.title}` : ""})`,
      ]);
    if (v.regulated?.regulated !== null && v.regulated?.regulated !== undefined)
      rows.push(["Regulated profession", v.regulated.regulated ? (v.regulated.note ?? "yes, in some EU countries") : "no"]);
    if (v.uri) rows.push(["URI", v.uri]);
    // a detailed code's figures of its wider BLS occupation are marked, as list, search and match mark them
    const wider = (f: { blsBasis?: string } | null) => (f?.blsBasis ? WIDER_MARK : "");
    const from = (block: Parameters<typeof borrowedOf>[0]) => {
      const b = borrowedOf(block);
      return b ? `, borrowed from ${b.from.code}` : "";
    };
    if (v.wages)
      rows.push([
        "Median wage",
        `${formatWage(v.wages.annual.median)} USD a year (${v.wages.period}${from(v.wages)})${wider(v.figures.median)}`,
      ]);
    if (v.jobZone)
      rows.push(["Job zone", `${v.jobZone.zone}${v.jobZone.name ? `: ${v.jobZone.name.replace(/^Job Zone \w+: /, "")}` : ""}`]);
    if (v.outlook?.changePercent !== null && v.outlook?.changePercent !== undefined)
      rows.push([
        "Outlook",
        `${formatSignedPercent(v.outlook.changePercent)} employment ${v.outlook.period}${from(v.outlook)}${wider(v.figures.growth)}`,
      ]);
    if (v.outlook?.openings !== null && v.outlook?.openings !== undefined)
      rows.push(["Openings", `${formatNumber(v.outlook.openings)} a year${from(v.outlook)}${wider(v.figures.openings)}`]);
    if (v.outlook?.entryEducation) rows.push(["Entry education", `${v.outlook.entryEducation}${from(v.outlook)}`]);
    if (v.interests?.highPoints) rows.push(["Interests", v.interests.highPoints]);
    const marked = [v.figures.median, v.figures.growth, v.figures.openings].some((f) => f?.blsBasis);
    return joinBlocks([
      paragraph(style, v.description),
      renderFacts(style, rows),
      marked ? style.c.dim(paragraph(style, `${WIDER_MARK} ${WIDER_NOTE}`)) : "",
    ]);
  },
  "essential-skills"(v, style) {
    if (!v.requirements) return undefined;
    const list = (title: string, items: RequiredItem[]) =>
      items.length
        ? section(
            style,
            `${title} (${items.length})`,
            bullets(
              style,
              items.map((i) => `${i.label} (${i.kind})`),
            ),
          )
        : "";
    return joinBlocks([list("Essential", v.requirements.essential), list("Optional", v.requirements.optional)]);
  },
  tasks(v, style) {
    if (!v.tasks) return undefined;
    const core = v.tasks.filter((t) => t.type === "Core").map((t) => t.text);
    const other = v.tasks.filter((t) => t.type !== "Core").map((t) => t.text);
    return joinBlocks([
      core.length ? `${style.c.bold("Core")}\n${numbered(style, core)}` : "",
      other.length ? `${style.c.bold(core.length ? "Supplemental" : "Tasks")}\n${numbered(style, other)}` : "",
    ]);
  },
  skills: (v, style) => rated(style, "Skill", v.skills, v),
  knowledge: (v, style) => rated(style, "Knowledge", v.knowledge, v),
  technology(v, style) {
    if (!v.technology) return undefined;
    if (v.technology.length === 0) return paragraph(style, "O*NET lists no technology for this occupation.");
    const rows = v.technology.map((g) => [
      g.category,
      g.examples.map((e) => `${e.name}${e.hot ? " (hot)" : ""}${e.inDemand ? " (in demand)" : ""}`).join(", "),
    ]);
    return joinBlocks([
      renderTable(style, { head: ["Kind", "Examples"], rows }),
      style.c.dim(paragraph(style, "hot: often in employers' job postings; in demand: asked for in this occupation's postings.")),
    ]);
  },
  education(v, style) {
    const e = v.education;
    if (!e) return undefined;
    const body = joinBlocks([
      shares(style, "Required education (share of workers)", e.required),
      shares(style, "Related work experience", e.experience),
      shares(style, "On-the-job training", e.training),
    ]);
    return body || paragraph(style, "O*NET gives no education figures for this occupation.");
  },
  "job-zone"(v, style) {
    const z = v.jobZone;
    if (!z) return undefined;
    const rows: [string, string][] = [];
    if (z.education) rows.push(["Education", z.education]);
    if (z.experience) rows.push(["Experience", z.experience]);
    if (z.training) rows.push(["Training", z.training]);
    if (z.examples) rows.push(["Examples", z.examples]);
    return joinBlocks([paragraph(style, z.name ?? `Job Zone ${z.zone}`), rows.length ? renderFacts(style, rows) : ""]);
  },
  interests(v, style) {
    const i = v.interests;
    if (!i) return undefined;
    const table = renderTable(style, {
      head: ["Interest", "Score 1–7"],
      rows: i.scores.map((s) => [`${s.name} (${s.code})`, s.score.toFixed(2)]),
      align: ["left", "right"],
      compact: true,
    });
    return joinBlocks([i.highPoints ? paragraph(style, `Interest code: ${i.highPoints} (the strongest first).`) : "", table]);
  },
  wages(v, style) {
    const w = v.wages;
    if (!w) return undefined;
    const line = (label: string, k: typeof w.annual, cents: boolean) => [
      label,
      ...(["pct10", "pct25", "median", "pct75", "pct90", "mean"] as const).map((p) => formatWage(k[p], cents)),
    ];
    const table = renderTable(style, {
      head: ["USD", "10th", "25th", "Median", "75th", "90th", "Mean"],
      rows: [line("Annual", w.annual, false), line("Hourly", w.hourly, true)],
      align: ["left", "right", "right", "right", "right", "right", "right"],
    });
    const all = [...Object.values(w.annual), ...Object.values(w.hourly)];
    const notes = [
      all.some((x) => x.topCoded) ? "≥: BLS gives only a floor for wages this high (top-coded)." : "",
      all.some((x) => x.notAvailable !== undefined) ? "n/a: BLS publishes no estimate." : "",
      w.annualOnly ? "BLS publishes only annual wages for this occupation." : "",
      w.hourlyOnly ? "BLS publishes only hourly wages for this occupation." : "",
    ].filter(Boolean);
    return joinBlocks([
      borrowedNote(style, w, "wages"),
      paragraph(
        style,
        `BLS ${w.bls.code} ${w.bls.title}, ${w.period}${w.employment !== null ? `: ${formatNumber(w.employment)} employed` : ""}.`,
      ),
      table,
      notes.length ? style.c.dim(paragraph(style, notes.join(" "))) : "",
      blsNote(style, w.bls),
    ]);
  },
  outlook(v, style) {
    const o = v.outlook;
    if (!o) return undefined;
    const n = (x: number | null) => (x === null ? DASH : formatNumber(x));
    const rows: [string, string][] = [
      [`Employment ${o.baseYear}`, n(o.employmentBase)],
      [`Employment ${o.projectedYear}`, n(o.employmentProjected)],
      [
        "Change",
        o.change === null
          ? DASH
          : `${o.change > 0 ? "+" : ""}${formatNumber(o.change)}${o.changePercent === null ? "" : ` (${formatSignedPercent(o.changePercent)})`}`,
      ],
      ["Openings a year", n(o.openings)],
      [`Median wage ${o.baseYear}`, `${formatWage(o.medianWage)} USD`],
      ["Entry education", o.entryEducation ?? DASH],
      ["Work experience", o.workExperience ?? DASH],
      ["On-the-job training", o.training ?? DASH],
    ];
    return joinBlocks([
      borrowedNote(style, o, "outlook"),
      paragraph(style, `BLS Employment Projections ${o.period}, ${o.bls.code} ${o.bls.title}.`),
      renderFacts(style, rows),
      blsNote(style, o.bls),
    ]);
  },
  related(v, style) {
    if (!v.related) return undefined;
    if (v.related.length === 0) return paragraph(style, "O*NET lists no related occupations.");
    return bullets(
      style,
      v.related.map((r) => `${r.title} (${r.id}, ${r.code})`),
    );
  },
  "alternate-titles"(v, style) {
    if (!v.alternateTitles) return undefined;
    return paragraph(style, v.alternateTitles.length ? v.alternateTitles.join("; ") : "O*NET lists no alternate titles.");
  },
  sources(v, style) {
    const list = v.sources.map((s) => `${s.name} ${s.version}${s.date && s.date !== s.version ? ` (${s.date})` : ""}`);
    return joinBlocks([bullets(style, list), v.attribution.map((a) => paragraph(style, a)).join("\n")]);
  },
};

/** The occupation; with an area (show --area), the area's figures beside the nation's before the national wages. */
export function renderOccupation(
  view: OccupationView,
  sections: readonly OccupationSection[],
  style: Style,
  area: AreaBeside | null = null,
): string {
  const title = style.c.bold(paragraph(style, `${view.title} (${view.code})`));
  const blocks = sections.map((s) => {
    const body = RENDERERS[s.id]?.(view, style);
    const inArea = area && s.id === "wages" ? section(style, `Wages in ${area.area.title}`, renderAreaBeside(area, style)) : "";
    return joinBlocks([inArea, body ? section(style, s.title, body) : ""]);
  });
  // ESCO rates nothing of O*NET's: only its own requirements can be missing from an import
  const ofSource = (s: OccupationSection) => view.source !== "esco" || s.id === "essential-skills";
  const unavailable = sections
    .filter((s) => ofSource(s) && s.keys.length > 0 && s.keys.every((k) => view[k as keyof OccupationView] === null))
    .map((s) => s.title.toLowerCase());
  const missing = unavailable.length ? style.c.dim(paragraph(style, `Not in the imported data: ${unavailable.join(", ")}.`)) : "";
  return joinBlocks([area ? renderAreaLine(style, area.area, area.origin) : "", title, ...blocks, missing]) + "\n";
}
