/**
 * `careers show <occupation> --format markdown`: a brief to paste into notes, one to three pages: the
 * summary and key facts, wages, outlook, the most important skills and knowledge with their levels,
 * education, the main tasks, related occupations and the sources. Not every figure: --json has them all.
 * Pure: view in, string out.
 */
import { type AreaBeside, areaLine, WHERE_THE_JOBS_ARE } from "../core/areas.js";
import { borrowedOf } from "../core/borrowed.js";
import { codeScheme, type OccupationSection, type OccupationView, type RatedView } from "../core/occupation.js";
import type { BlsRef, Share } from "../schema/occupation.js";
import { COLUMNS, cellOf, signed } from "./area.js";
import { WIDER_MARK } from "./blocks.js";
import { DASH, formatNumber, formatSignedPercent } from "./format.js";
import { markdownCell } from "./formats/markdown.js";
import { borrowedText, formatWage, IMPORTANT } from "./occupation.js";

/** At most this many rows of each list: the brief stays within about three pages. */
export const BRIEF_LIMITS = { skills: 10, knowledge: 8, tasks: 8, technology: 6, examples: 4, related: 10, alternateTitles: 10, shares: 4 };

const table = (head: string[], rows: string[][]): string =>
  [head, head.map(() => "---"), ...rows].map((r) => `| ${r.map(markdownCell).join(" | ")} |`).join("\n");

const list = (items: string[]): string => items.map((i) => `- ${i.replace(/\r?\n/g, " ")}`).join("\n");

/** "and 12 more (careers show <code> --section skills)" */
const more = (v: OccupationView, shown: number, all: number, section: string): string =>
  all > shown ? `\n\n${all - shown} more: \`careers show ${v.code} --section ${section}\`.` : "";

/** The borrowed note that opens a block of figures taken through the crosswalk, or nothing. */
const borrowedLine = (block: Parameters<typeof borrowedOf>[0], what: string): string => {
  const b = borrowedOf(block);
  return b ? `${borrowedText(b, what)}\n\n` : "";
};

const basisNote = (ref: BlsRef): string => (ref.basis !== "detailed" && ref.note ? `\n\n${WIDER_MARK} ${ref.note}.` : "");

function keyFacts(v: OccupationView): string {
  const f = v.figures;
  const wider = (b: string | undefined) => (b ? ` ${WIDER_MARK}` : "");
  const rows: string[][] = [[`${codeScheme(v)} code`, v.code]];
  if (f.median)
    rows.push([
      "Median wage",
      `${f.median.atLeast ? "≥ " : ""}${formatNumber(f.median.amount)} USD a year (${f.median.asOf ?? DASH})${wider(f.median.blsBasis)}`,
    ]);
  if (f.employment)
    rows.push(["Employment", `${formatNumber(f.employment.count)} (${f.employment.asOf ?? DASH})${wider(f.employment.blsBasis)}`]);
  if (f.growth)
    rows.push(["Projected growth", `${formatSignedPercent(f.growth.percent)} (${f.growth.period ?? DASH})${wider(f.growth.blsBasis)}`]);
  if (f.openings) rows.push(["Openings a year", `${formatNumber(f.openings.perYear)}${wider(f.openings.blsBasis)}`]);
  if (f.education) rows.push(["Typical entry education", f.education.typical]);
  if (v.jobZone) rows.push(["Job zone", `${v.jobZone.zone}${v.jobZone.name ? `: ${v.jobZone.name.replace(/^Job Zone \w+: /, "")}` : ""}`]);
  if (v.interests?.highPoints) rows.push(["Interests (RIASEC)", v.interests.highPoints]);
  const marked = [f.median, f.employment, f.growth, f.openings].some((x) => x?.blsBasis);
  const note = marked
    ? `\n\n${WIDER_MARK} BLS publishes this figure for a wider occupation than this O*NET code: ${v.wages?.bls.code ?? v.outlook?.bls.code} ${v.wages?.bls.title ?? v.outlook?.bls.title}.`
    : "";
  return `${v.description}\n\n${table(["Fact", "Value"], rows)}${note}`;
}

function wages(v: OccupationView): string | undefined {
  const w = v.wages;
  if (!w) return undefined;
  const row = (label: string, k: typeof w.annual, cents: boolean) => [
    label,
    ...(["pct10", "pct25", "median", "pct75", "pct90", "mean"] as const).map((p) => formatWage(k[p], cents)),
  ];
  const rows = [...(w.hourlyOnly ? [] : [row("Annual", w.annual, false)]), ...(w.annualOnly ? [] : [row("Hourly", w.hourly, true)])];
  return `${borrowedLine(w, "wages")}BLS OEWS ${w.period}, ${w.bls.code} ${w.bls.title}${w.employment !== null ? `: ${formatNumber(w.employment)} employed` : ""}.\n\n${table(["USD", "10th", "25th", "Median", "75th", "90th", "Mean"], rows)}${basisNote(w.bls)}`;
}

function outlook(v: OccupationView): string | undefined {
  const o = v.outlook;
  if (!o) return undefined;
  const n = (x: number | null) => (x === null ? DASH : formatNumber(x));
  const rows = [
    [`Employment ${o.baseYear}`, n(o.employmentBase)],
    [`Employment ${o.projectedYear}`, n(o.employmentProjected)],
    [
      "Change",
      o.changePercent === null
        ? DASH
        : `${o.change !== null && o.change > 0 ? "+" : ""}${n(o.change)} (${formatSignedPercent(o.changePercent)})`,
    ],
    ["Openings a year", n(o.openings)],
    ["Entry education", o.entryEducation ?? DASH],
    ["Work experience", o.workExperience ?? DASH],
    ["On-the-job training", o.training ?? DASH],
  ];
  return `${borrowedLine(o, "outlook")}BLS Employment Projections ${o.period}, ${o.bls.code} ${o.bls.title}.\n\n${table(["Figure", "Value"], rows)}${basisNote(o.bls)}`;
}

function rated(v: OccupationView, what: string, all: RatedView[] | null, section: "skills" | "knowledge"): string | undefined {
  if (!all) return undefined;
  const important = all.filter((r) => (r.importance ?? 0) >= IMPORTANT);
  if (important.length === 0) return `None rated ${IMPORTANT} or more for importance.`;
  const shown = important.slice(0, BRIEF_LIMITS[section]);
  const [imLow, imHigh] = v.scales.importance ?? [1, 5];
  const [lvLow, lvHigh] = v.scales.level ?? [0, 7];
  const rows = shown.map((r) => [
    r.name,
    r.importance === null ? DASH : r.importance.toFixed(2),
    r.level === null ? DASH : r.level.toFixed(2),
    r.anchor ? r.anchor.text : "",
  ]);
  return `${borrowedLine(all, `${what.toLowerCase()} ratings`)}${table([what, `Importance (${imLow}–${imHigh})`, `Level (${lvLow}–${lvHigh})`, "Work at about that level"], rows)}${more(v, shown.length, important.length, section)}`;
}

const topShares = (list: Share[]): string =>
  [...list]
    .sort((a, b) => b.percent - a.percent)
    .slice(0, BRIEF_LIMITS.shares)
    .map((s) => `${s.label.replace(/ - .*$/, "").replace(/\s*\(.*\)$/, "")} ${s.percent.toFixed(1)}%`)
    .join("; ");

function education(v: OccupationView): string | undefined {
  const e = v.education;
  const z = v.jobZone;
  if (!e && !z) return undefined;
  const rows: string[][] = [];
  if (e?.required.length) rows.push(["Education workers say the work requires", topShares(e.required)]);
  if (e?.experience.length) rows.push(["Related work experience", topShares(e.experience)]);
  if (e?.training.length) rows.push(["On-the-job training", topShares(e.training)]);
  if (z?.education) rows.push([`Job zone ${z.zone}: education`, z.education]);
  if (z?.experience) rows.push([`Job zone ${z.zone}: experience`, z.experience]);
  return rows.length ? table(["", "Share of workers, most first; or O*NET's job zone"], rows) : undefined;
}

function tasks(v: OccupationView): string | undefined {
  if (!v.tasks || v.tasks.length === 0) return undefined;
  const core = v.tasks.filter((t) => t.type === "Core");
  const from = core.length ? core : v.tasks;
  const shown = from.slice(0, BRIEF_LIMITS.tasks);
  return `${list(shown.map((t) => t.text))}${more(v, shown.length, from.length, "tasks")}`;
}

function technology(v: OccupationView): string | undefined {
  if (!v.technology || v.technology.length === 0) return undefined;
  const shown = v.technology.slice(0, BRIEF_LIMITS.technology);
  return `${list(
    shown.map(
      (g) =>
        `${g.category}: ${g.examples
          .slice(0, BRIEF_LIMITS.examples)
          .map((e) => e.name)
          .join(", ")}`,
    ),
  )}${more(v, shown.length, v.technology.length, "technology")}`;
}

function related(v: OccupationView): string | undefined {
  if (!v.related || v.related.length === 0) return undefined;
  const shown = v.related.slice(0, BRIEF_LIMITS.related);
  return `${list(shown.map((r) => `${r.title} (${r.code})`))}${more(v, shown.length, v.related.length, "related")}`;
}

function alternateTitles(v: OccupationView): string | undefined {
  if (!v.alternateTitles || v.alternateTitles.length === 0) return undefined;
  const shown = v.alternateTitles.slice(0, BRIEF_LIMITS.alternateTitles);
  return `${shown.join("; ")}${more(v, shown.length, v.alternateTitles.length, "alternate-titles")}`;
}

function interests(v: OccupationView): string | undefined {
  if (!v.interests) return undefined;
  return table(
    ["Interest", "Score (1–7)"],
    v.interests.scores.map((s) => [`${s.name} (${s.code})`, s.score.toFixed(2)]),
  );
}

function sources(v: OccupationView): string {
  const names = v.sources.map((s) => `${s.name} ${s.version}${s.date && s.date !== s.version ? ` (${s.date})` : ""}`);
  return `${list(names)}\n\n${v.attribution.join("\n\n")}`;
}

/** The area's wages beside the nation's, its employment and where the jobs are (show --area, or CAREERS_AREA). */
function inArea(b: AreaBeside): string {
  const title = b.area.title;
  if (!b.estimate)
    return `No estimate for ${title} (${b.area.asOf}): BLS publishes none for this occupation there (suppressed, or too few jobs to estimate). The national figures are under Wages.`;
  const releases = b.sameRelease
    ? `BLS OEWS ${b.area.asOf}, ${title} and national.`
    : `BLS OEWS ${b.area.asOf} for ${title}; national: ${b.national.asOf ?? "none imported"}. The difference spans the two releases.`;
  const rows = (["annual", "hourly"] as const).flatMap((k) => {
    if ([...Object.values(b[k]), ...Object.values(b.national[k])].every((m) => m === null)) return [];
    const cents = k === "hourly";
    const label = cents ? "an hour" : "a year";
    return [
      [`${title}, ${label}`, ...COLUMNS.map(([p]) => cellOf(b[k][p]))],
      [`National, ${label}`, ...COLUMNS.map(([p]) => cellOf(b.national[k][p]))],
      [`Difference, ${label}`, ...COLUMNS.map(([p]) => signed(b.difference[k][p], cents))],
    ];
  });
  const n = (x: number | null) => (x === null ? DASH : x.toFixed(2));
  const facts = [
    `Employment: ${b.employment ? formatNumber(b.employment.count) : DASH} (national ${b.national.employment ? formatNumber(b.national.employment.count) : DASH})`,
    `Jobs per 1,000: ${n(b.jobsPer1000)}`,
    `Location quotient: ${n(b.locationQuotient)}`,
  ];
  return `${releases}\n\n${table(["USD", ...COLUMNS.map(([, h]) => h)], rows)}\n\n${list(facts)}\n\n${WHERE_THE_JOBS_ARE}`;
}

/** The brief's parts, in order, each under the --section ids it answers to; the sources always close it. */
const PARTS: { sections: string[]; heading: string; body: (v: OccupationView) => string | undefined }[] = [
  { sections: ["summary"], heading: "Key facts", body: keyFacts },
  { sections: ["wages"], heading: "Wages", body: wages },
  { sections: ["outlook"], heading: "Outlook", body: outlook },
  { sections: ["skills"], heading: "Top skills", body: (v) => rated(v, "Skill", v.skills, "skills") },
  { sections: ["knowledge"], heading: "Top knowledge", body: (v) => rated(v, "Knowledge", v.knowledge, "knowledge") },
  { sections: ["education", "job-zone"], heading: "Education and experience", body: education },
  { sections: ["tasks"], heading: "Main tasks", body: tasks },
  { sections: ["technology"], heading: "Technology", body: technology },
  { sections: ["interests"], heading: "Interests", body: interests },
  { sections: ["related"], heading: "Related occupations", body: related },
  { sections: ["alternate-titles"], heading: "Also called", body: alternateTitles },
  { sections: ["sources"], heading: "Sources", body: sources },
];

/** The brief; with an area (show --area, or CAREERS_AREA), its line under the title and its wages before the national ones. */
export function occupationMarkdown(view: OccupationView, sections: readonly OccupationSection[], area: AreaBeside | null = null): string {
  const asked = new Set([...sections.map((s) => s.id), "sources"]);
  const parts = PARTS.filter((p) => p.sections.some((s) => asked.has(s))).flatMap((p) => {
    const body = p.body(view);
    const here = area && p.heading === "Wages" ? [`## Wages in ${area.area.title}\n\n${inArea(area)}`] : [];
    return body ? [...here, `## ${p.heading}\n\n${body}`] : here;
  });
  const line = area ? `_${areaLine(area.area, area.origin)}_\n\n` : "";
  return `# ${view.title} (${view.code})\n\n${line}${parts.join("\n\n")}\n`;
}
