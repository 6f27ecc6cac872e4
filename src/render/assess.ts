/** `careers assess`: the readiness result, the answers template and the history, as text. Pure. */
import type { Advice } from "../core/assess/advice.js";
import type { AssessmentResult, LadderReadiness } from "../core/assess/assess.js";
import type { HistoryRow } from "../core/assess/history.js";
import { experienceNeeded, levelLabel, measureNeeded, type Questionnaire } from "../core/assess/questions.js";
import type { AnswersInput } from "../schema/assessment.js";
import { bullets, heading, joinBlocks, paintWords, paragraph } from "./blocks.js";
import { DASH, formatRange } from "./format.js";
import type { Style } from "./style.js";
import { renderTable } from "./table.js";
import { hang } from "./text.js";

const BAND_LABEL: Record<string, string> = { ready: "ready", "nearly-ready": "nearly ready", building: "building", early: "early" };
export const bandLabel = (b: string | null) => (b === null ? DASH : (BAND_LABEL[b] ?? b));
const NOT_MEASURED = "not measured";
const CATEGORY_LABEL: Record<string, string> = {
  skills: "Skills",
  experience: "Experience",
  education: "Education",
  credentials: "Licences and certifications",
  tools: "Tools",
};
/** How many of a next step's added needs are listed before "and N more". */
const MAX_ADDS = 8;

/** A text bar for a 0-100 score, readable without colour. */
export const scoreBar = (pct: number, width = 20): string => {
  const filled = Math.round((Math.max(0, Math.min(100, pct)) / 100) * width);
  return "█".repeat(filled) + "░".repeat(width - filled);
};

const signed = (n: number | null) => (n === null ? DASH : n > 0 ? `+${n}` : n < 0 ? `${n}` : "±0");

const ADVICE_PREFIX: Record<Advice["kind"], string> = {
  focus: "Focus: ",
  step: "Step: ",
  education: "Study: ",
  certification: "Certify: ",
  text: "",
};

export function adviceText(a: Advice): string {
  const facts = [a.cost ? formatRange(a.cost) : a.costNote, a.duration].filter(Boolean).join(", ");
  return `${ADVICE_PREFIX[a.kind]}${a.text}${facts ? ` (${facts})` : ""}`;
}

export interface AssessRenderOptions {
  /** leave out the notes about the questions (said before them, in an interactive run) */
  omitAbout?: boolean;
}

export function renderAssessment(r: AssessmentResult, style: Style, options: AssessRenderOptions = {}): string {
  const color = r.band === "ready" ? style.c.green : r.band === "early" ? style.c.red : style.c.yellow;
  const headline = `${paragraph(style, `${paintWords(style.c.bold, `Readiness for ${r.role.title}: ${r.readiness}%`)} ${paintWords(color, `(${bandLabel(r.band)})`)}`)}\n${scoreBar(r.readiness, 30)}`;
  const notes = [...(options.omitAbout ? [] : r.about), ...r.warnings].map((w) => style.c.yellow(hang("! ", w, style.width))).join("\n");
  const categories = renderTable(style, {
    head: ["Category", "Score", "Weight", ""],
    rows: r.categories.map((c) => [CATEGORY_LABEL[c.id] ?? c.id, `${c.score}%`, `${Math.round(c.weight * 100)}%`, scoreBar(c.score, 12)]),
    align: ["left", "right", "right", "left"],
  });
  const gapName = (g: AssessmentResult["gaps"][number]) =>
    g.inherited && g.from ? `${g.name}\n${style.c.dim(`(from ${g.from})`)}` : g.name;
  const gapRows = [
    ...r.gaps.map((g) => [gapName(g), g.now, g.needed, `-${g.impact} pts`, g.advice.map(adviceText).join("\n") || DASH]),
    ...r.notMeasured.map((n) => [n.name, NOT_MEASURED, n.needed, "not scored", "Measure it, then answer again to include it"]),
  ];
  const gaps =
    gapRows.length === 0
      ? paragraph(style, "No gaps: every answer meets what the role needs.")
      : renderTable(style, {
          head: ["Gap", "You", "Needed", "Cost", "What to do next"],
          rows: gapRows,
          align: ["left", "left", "left", "right", "left"],
        });
  const inferred = [...new Set(r.levelsInferred.map((l) => l.text))];
  const levels = inferred.length
    ? style.c.dim(inferred.map((t) => hang("", `How the levels needed were read: ${t}`, style.width)).join("\n"))
    : "";
  return (
    joinBlocks([
      headline,
      notes,
      `${heading(style, "By category")}\n${categories}`,
      `${heading(style, "Biggest gaps, by what they cost")}\n${gaps}`,
      levels,
      r.ladder ? renderLadder(r.ladder, r.role.id, style) : "",
      style.c.dim(
        paragraph(
          style,
          'Scores follow the model in data/assessment.yaml and the role\'s requirements; see README, "How readiness is scored".',
        ),
      ),
    ]) + "\n"
  );
}

/** A level's readiness: its percent, else "not assessed" where the answers leave needs of it out. */
const readinessText = (readiness: number | null, notAsked: number): string =>
  readiness !== null ? `${readiness}%` : notAsked > 0 ? "not assessed" : DASH;

function renderLadder(l: LadderReadiness, assessed: string, style: Style): string {
  const rows = l.levels.map((lv) => {
    const mark =
      lv.role === l.youAreHere
        ? l.youAreHereBasis === "current-role"
          ? "◀ you are here"
          : "◀ you are ready up to here"
        : lv.role === l.next?.role
          ? "next step"
          : "";
    return [
      String(lv.step),
      lv.title,
      lv.yearsNeeded === null ? DASH : `${lv.yearsNeeded}+ yrs`,
      readinessText(lv.readiness, lv.notAsked.length),
      bandLabel(lv.band),
      lv.notAsked.length ? String(lv.notAsked.length) : "",
      mark,
    ];
  });
  const anyNotAsked = l.levels.some((lv) => lv.notAsked.length > 0);
  const table = renderTable(style, {
    head: ["Step", "Level", "Experience", "Readiness", "Band", "Not asked", ""],
    rows: anyNotAsked ? rows : rows.map((row) => [...row.slice(0, 5), row[6]!]),
    align: anyNotAsked ? ["right", "left", "right", "right", "left", "right", "left"] : ["right", "left", "right", "right", "left", "left"],
    lead: 2,
  });
  const footnote = anyNotAsked
    ? style.c.dim(
        hang(
          "",
          "Each level is scored on its own needs, and only where the answers cover them all: a level with needs not asked is not assessed, never scored as though they were not met; careers assess <level> asks them.",
          style.width,
        ),
      )
    : style.c.dim(hang("", "Each level is scored on its own needs.", style.width));
  let next = "";
  if (l.next) {
    const n = l.next;
    const here = l.levels.find((lv) => lv.role === l.youAreHere);
    const adds = n.adds.map((a) => `${a.name}: ${a.needed}${a.category === "credentials" ? " required" : ""}`);
    const shown =
      adds.length > MAX_ADDS
        ? [...adds.slice(0, MAX_ADDS), `and ${adds.length - MAX_ADDS} more (careers assess ${n.role} --template lists them all)`]
        : adds;
    const at = n.readiness !== null ? `${n.readiness}%` : "not assessed";
    if (!here && n.role === assessed) {
      next = style.c.bold(paragraph(style, `Next step: ${n.title} (${at}), the role assessed: its biggest gaps are above.`));
    } else {
      const intro = here ? `Next step: ${n.title} (${at}) adds to what ${here.title} needs:` : `First step: ${n.title} (${at}) needs:`;
      next = `${style.c.bold(paragraph(style, intro))}\n${shown.length ? bullets(style, shown) : "  nothing beyond it"}`;
    }
  }
  return joinBlocks([heading(style, `Readiness along the ${l.name.toLowerCase()}`), `${table}\n${footnote}`, next]);
}

/** An answers file to fill in: YAML, the starting answers `t` with every question's choices in comments. */
export function renderTemplate(q: Questionnaire, t: AnswersInput): string {
  const str = (v: unknown) => JSON.stringify(v);
  const top = q.scale.levels.at(-1)!.value;
  const lines = [
    `# Answers for: careers assess ${q.roleId} --answers <this file>`,
    ...q.notes.map((n) => `# Note: ${n}`),
    `role: ${t.role}`,
    `currentRole: ${str(t.currentRole ?? null)} # optional: the role id you hold now (see careers list)`,
  ];
  if (q.skills.length > 0) {
    lines.push(
      `# Skills: rate each 0-${top}, by its number or its word:`,
      ...q.scale.levels.map((r) => `#   ${r.value} ${r.id}: ${r.example}`),
      "skills:",
    );
    for (const s of q.skills) {
      lines.push(
        `  ${s.id}: ${str(t.skills?.[s.id] ?? null)} # ${s.name} (${s.kind}; needs ${levelLabel(q.scale, s.level)}${s.inherited ? `; from ${s.from}` : ""})`,
      );
      for (const a of s.anchors ?? []) lines.push(`  #   ${a.level}: ${a.text}`);
    }
  }
  if (q.measures.length > 0) {
    lines.push("measures:");
    for (const m of q.measures) {
      lines.push(
        `  ${m.id}: ${str(t.measures?.[m.id] ?? null)} # ${m.name} in ${m.unit} (needs ${measureNeeded(m)}); null if you have not measured it, to leave it out of the score`,
      );
    }
  }
  if (q.experience)
    lines.push(
      `experienceYears: ${str(t.experienceYears ?? null)} # years of ${q.experience.of} (needs ${experienceNeeded(q.experience)}); decimals such as 0.5 are fine`,
    );
  if (q.education) {
    lines.push(
      `education: ${t.education} # your highest; one of: ${q.educationLevels.map((l) => l.id).join(", ")} (needs ${q.education.level})`,
    );
  }
  if (q.credentials.length > 0) {
    lines.push("# licences and certifications you hold, from this list:");
    for (const c of q.credentials) lines.push(`#   ${c.id}: ${c.name} (${c.kind})`);
    lines.push(`credentials: ${str(t.credentials ?? [])}`);
  }
  if (t.tools) {
    lines.push("# tools you have used, from this list:");
    for (const g of q.tools) lines.push(`#   ${g.name}: ${g.options.map(str).join(", ")}`);
    lines.push(`tools: ${str(t.tools)}`);
  }
  return lines.join("\n") + "\n";
}

export interface HistoryView {
  /** the role asked for, or null for every role */
  role: string | null;
  results: readonly HistoryRow[];
  /** with a role asked for: the other roles that have results */
  otherRoles: readonly { role: string; results: number }[];
}

/** The categories an assessment of an occupation reports as shares of its workers. */
const SHARED = new Set(["education", "experience"]);

export function renderHistory({ role, results: rows, otherRoles }: HistoryView, style: Style): string {
  if (rows.length === 0) {
    if (role === null || otherRoles.length === 0)
      return `${paragraph(style, `No saved results${role ? ` for ${role}` : ""} yet. Save one with: careers assess ${role ?? "<role>"} --save`)}\n`;
    const others = otherRoles.map((o) => `${o.role} (${o.results})`).join(", ");
    return `${paragraph(style, `No saved results for ${role} yet; there are results for ${others}. See them all with: careers assess --history`)}\n`;
  }
  const categories = [...new Set(rows.flatMap((r) => r.categories.map((c) => c.id)))];
  // an occupation's education and experience are shares of its workers, reported beside readiness, not
  // scores: a column of shares alone says so in its head; one that mixes them with roles' scores marks each
  const share = (r: HistoryRow, c: string) => r.code !== undefined && SHARED.has(c);
  const having = (c: string) => rows.filter((r) => r.categories.some((x) => x.id === c));
  const sharesOnly = (c: string) => having(c).every((r) => share(r, c));
  const mixed = (c: string) => !sharesOnly(c) && having(c).some((r) => share(r, c));
  const anyShare = rows.some((r) => r.categories.some((c) => share(r, c.id)));
  const label = (c: string) => `${CATEGORY_LABEL[c] ?? c}${SHARED.has(c) && sharesOnly(c) ? " (share of workers)" : ""}`;
  const table = renderTable(style, {
    head: ["Date", "Role", "Readiness", "Change", ...categories.map(label)],
    rows: rows.map((r) => [
      r.date.slice(0, 16).replace("T", " "),
      r.role,
      `${r.readiness}% ${bandLabel(r.band)}`,
      signed(r.change),
      ...categories.map((c) => {
        const score = r.categories.find((x) => x.id === c)?.score;
        if (score === undefined) return DASH;
        return `${score}%${share(r, c) && mixed(c) ? "*" : ""} (${signed(r.categoryChanges[c] ?? null)})`;
      }),
    ]),
    align: ["left", "left", "right", "right", ...categories.map(() => "right" as const)],
    compact: true,
    lead: 2,
  });
  const notes = [
    "Change: points since the previous result for the same role.",
    ...(anyShare
      ? [
          `Education and experience of an occupation${categories.some(mixed) ? " (marked *)" : ""}: the share of its workers who say the work requires what you have or less (O*NET), not a score and not part of readiness.`,
        ]
      : []),
  ];
  return `${table}\n${style.c.dim(paragraph(style, notes.join(" ")))}\n`;
}
