/** `careers assess`: the readiness result, the answers template and the history, as text. Pure. */
import type { Advice } from "../core/assess/advice.js";
import type { AssessmentResult } from "../core/assess/assess.js";
import type { HistoryRow } from "../core/assess/history.js";
import type { Questionnaire } from "../core/assess/questions.js";
import type { AnswersInput, AssessmentModel } from "../schema/assessment.js";
import { bullets, heading, joinBlocks, paintWords, paragraph } from "./blocks.js";
import { DASH, formatRange } from "./format.js";
import type { Style } from "./style.js";
import { renderTable } from "./table.js";
import { hang } from "./text.js";

const BAND_LABEL: Record<string, string> = { ready: "ready", "nearly-ready": "nearly ready", building: "building", early: "early" };
const bandLabel = (b: string) => BAND_LABEL[b] ?? b;
const NOT_MEASURED = "not measured";
const CATEGORY_LABEL: Record<string, string> = { skills: "Skills", experience: "Experience", education: "Education", tools: "Tools" };

/** A text bar for a 0-100 score, readable without colour. */
export const scoreBar = (pct: number, width = 20): string => {
  const filled = Math.round((Math.max(0, Math.min(100, pct)) / 100) * width);
  return "█".repeat(filled) + "░".repeat(width - filled);
};

const signed = (n: number | null) => (n === null ? DASH : n > 0 ? `+${n}` : n < 0 ? `${n}` : "±0");

export function adviceText(a: Advice): string {
  const facts = [a.cost ? formatRange(a.cost) : a.costNote, a.duration].filter(Boolean).join(", ");
  const prefix = a.kind === "education" ? "Study: " : a.kind === "certification" ? "Certify: " : "Step: ";
  return `${prefix}${a.text}${facts ? ` (${facts})` : ""}`;
}

export function renderAssessment(r: AssessmentResult, style: Style): string {
  const color = r.band === "ready" ? style.c.green : r.band === "early" ? style.c.red : style.c.yellow;
  const headline = `${paragraph(style, `${paintWords(style.c.bold, `Readiness for ${r.role.title}: ${r.readiness}%`)} ${paintWords(color, `(${bandLabel(r.band)})`)}`)}\n${scoreBar(r.readiness, 30)}`;
  const categories = renderTable(style, {
    head: ["Category", "Score", "Weight", ""],
    rows: r.categories.map((c) => [CATEGORY_LABEL[c.id] ?? c.id, `${c.score}%`, `${Math.round(c.weight * 100)}%`, scoreBar(c.score, 12)]),
    align: ["left", "right", "right", "left"],
  });
  const gapRows = [
    ...r.gaps.map((g) => [g.name, g.now, g.needed, `-${g.impact} pts`, g.advice.map(adviceText).join("\n") || DASH]),
    ...r.notMeasured.map((n) => [n.name, NOT_MEASURED, n.needed, "not scored", "Measure it, then answer again to include it"]),
  ];
  const gaps =
    gapRows.length === 0
      ? paragraph(style, "No gaps: every answer meets what the role asks for.")
      : renderTable(style, { head: ["Gap", "You", "Needed", "Cost", "What to do next"], rows: gapRows, align: ["left", "left", "left", "right", "left"] });
  let ladder = "";
  if (r.ladder) {
    const l = r.ladder;
    const rows = l.levels.map((lv) => {
      const mark = lv.role === l.youAreHere ? (l.youAreHereBasis === "current-role" ? "◀ you are here" : "◀ you are ready up to here") : lv.role === l.next?.role ? "next step" : "";
      return [String(lv.step), lv.title, `${lv.yearsNeeded}+ yrs`, `${lv.readiness}%`, bandLabel(lv.band), mark];
    });
    const next = l.next
      ? `${style.c.bold(paragraph(style, `Next step: ${l.next.title} (${l.next.readiness}%) needs`))}\n${
          l.next.needs.length ? bullets(style, l.next.needs.map((n) => `${n.name}: now ${n.now}; needed ${n.needed}`)) : "  nothing more than you have"
        }`
      : "";
    ladder = joinBlocks([
      heading(style, `Readiness along the ${l.name.toLowerCase()}`),
      renderTable(style, { head: ["Step", "Level", "Experience", "Readiness", "Band", ""], rows, align: ["right", "left", "right", "right", "left", "left"], lead: 2 }),
      next,
    ]);
  }
  const warnings = r.warnings.map((w) => style.c.yellow(hang("! ", w, style.width))).join("\n");
  return (
    joinBlocks([
      headline,
      warnings,
      `${heading(style, "By category")}\n${categories}`,
      `${heading(style, "Biggest gaps, by what they cost")}\n${gaps}`,
      ladder,
      style.c.dim(paragraph(style, "Scores follow the model in data/assessment.yaml; see README, \"How readiness is scored\".")),
    ]) + "\n"
  );
}

/** An answers file to fill in: YAML, the starting answers `t` with every question's choices in comments. */
export function renderTemplate(q: Questionnaire, model: AssessmentModel, t: AnswersInput): string {
  const str = (v: unknown) => JSON.stringify(v);
  const lines = [
    `# Answers for: careers assess ${q.roleId} --answers <this file>`,
    "# Skill ratings: a number 0-4 or its word:",
    ...model.ratingScale.map((r) => `#   ${r.value} ${r.id}: ${r.example}`),
    `role: ${t.role}`,
    `currentRole: ${str(t.currentRole ?? null)} # optional: the role id you hold now (see careers list)`,
    "skills:",
    ...q.skills.map((s) => `  ${str(s.name)}: ${str(t.skills?.[s.name] ?? null)} # ${s.group === "skillMap" ? (s.tier ?? "skill map") : s.group}`),
    `experienceYears: ${str(t.experienceYears ?? null)} # years of customer-facing work`,
  ];
  if (q.typing) {
    const range = `${q.typing.minWpm}${q.typing.maxWpm ? `-${q.typing.maxWpm}` : "+"}`;
    lines.push(`typingWpm: ${str(t.typingWpm ?? null)} # words per minute (the role asks for ${range}); null if you have not measured it, to leave it out of the score`);
  }
  lines.push(`education: ${t.education} # one of: ${q.education.levels.map((l) => l.id).join(", ")}`);
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

export function renderHistory({ role, results: rows, otherRoles }: HistoryView, style: Style): string {
  if (rows.length === 0) {
    if (role === null || otherRoles.length === 0) return `${paragraph(style, `No saved results${role ? ` for ${role}` : ""} yet. Save one with: careers assess ${role ?? "<role>"} --save`)}\n`;
    const others = otherRoles.map((o) => `${o.role} (${o.results})`).join(", ");
    return `${paragraph(style, `No saved results for ${role} yet; there are results for ${others}. See them all with: careers assess --history`)}\n`;
  }
  const categories = [...new Set(rows.flatMap((r) => r.categories.map((c) => c.id)))];
  const table = renderTable(style, {
    head: ["Date", "Role", "Readiness", "Change", ...categories.map((c) => CATEGORY_LABEL[c] ?? c)],
    rows: rows.map((r) => [
      r.date.slice(0, 16).replace("T", " "),
      r.role,
      `${r.readiness}% ${bandLabel(r.band)}`,
      signed(r.change),
      ...categories.map((c) => {
        const score = r.categories.find((x) => x.id === c)?.score;
        return score === undefined ? DASH : `${score}% (${signed(r.categoryChanges[c] ?? null)})`;
      }),
    ]),
    align: ["left", "left", "right", "right", ...categories.map(() => "right" as const)],
    compact: true,
    lead: 2,
  });
  return `${table}\n${style.c.dim(paragraph(style, "Change: points since the previous result for the same role."))}\n`;
}
