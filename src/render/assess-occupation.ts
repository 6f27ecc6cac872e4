/** `careers assess <occupation>`: the result on O*NET's common scales, and its answers template, as text. Pure. */
import type { OccupationAssessment, OccupationQuestionnaire, OccupationTemplate } from "../core/assess/occupation.js";
import { BELOW } from "../core/assess/occupation.js";
import { bandLabel, scoreBar } from "./assess.js";
import { bullets, heading, joinBlocks, medianCell, paintWords, paragraph, WIDER_MARK, WIDER_NOTE } from "./blocks.js";
import { DASH } from "./format.js";
import type { Style } from "./style.js";
import { renderTable } from "./table.js";

/** A level or importance as the data gives it: up to two decimals, no trailing zeros. */
const num = (n: number) => String(Math.round(n * 100) / 100);

/** "Readiness for <title> (<code>): n% (band)", its bar, and what it measures (dim). */
export function readinessHeadline(
  style: Style,
  r: { occupation: { title: string; code: string }; readiness: number; band: string },
  measures: string,
): string {
  const o = r.occupation;
  const color = r.band === "ready" ? style.c.green : r.band === "early" ? style.c.red : style.c.yellow;
  return `${paragraph(style, `${paintWords(style.c.bold, `Readiness for ${o.title} (${o.code}): ${r.readiness}%`)} ${paintWords(color, `(${bandLabel(r.band)})`)}`)}\n${scoreBar(r.readiness, 30)}\n${style.c.dim(paragraph(style, measures))}`;
}

export function renderOccupationAssessment(r: OccupationAssessment, style: Style): string {
  const headline = readinessHeadline(
    style,
    r,
    `The skill fit: the share of each needed level you reach, weighted by importance, over the ${r.skills.length} skills that matter most to the work.`,
  );
  const skills = renderTable(style, {
    head: ["Skill", "Importance", "Needed", "You", "Met"],
    rows: r.skills.map((s) => [s.name, num(s.importance), num(s.need), num(s.have), `${Math.round(s.met * 100)}%`]),
    align: ["left", "right", "right", "right", "right"],
    compact: true,
  });
  const gaps =
    r.gaps.length === 0
      ? paragraph(style, "No gaps: you reach every level the work needs.")
      : renderTable(style, {
          head: ["Skill", "You", "Needed", "Gap", "× importance"],
          rows: r.gaps.map((g) => [g.name, num(g.have), num(g.need), num(g.gap), num(g.weighted)]),
          align: ["left", "right", "right", "right", "right"],
          compact: true,
        });
  const carries = r.transferable.length
    ? paragraph(style, `Carries over: ${r.transferable.map((t) => `${t.name} (${num(t.have)} of ${num(t.need)})`).join(", ")}.`)
    : "";
  const standing = (what: string, s: OccupationAssessment["education"]) =>
    s &&
    `${what}: ${s.category === BELOW ? "less than any listed" : s.label}: ${s.share}% of workers in this occupation say the work requires this or less.`;
  const standings = [standing("Education", r.education), standing("Experience", r.experience)].filter((x): x is string => Boolean(x));
  const stones = r.advice.steppingStones;
  const next = [
    stones.length
      ? `${paragraph(style, "Stepping stones: related occupations your answers fit better.")}\n${renderTable(style, {
          head: ["Occupation", "Fit", "Median", "Job zone"],
          rows: stones.map((s) => [
            `${s.title}\n${style.c.dim(s.id)}`,
            `${s.fit}%`,
            medianCell(s.median),
            s.jobZone === null ? DASH : String(s.jobZone),
          ]),
          align: ["left", "right", "right", "right"],
        })}${stones.some((s) => s.median?.blsBasis) ? `\n${style.c.dim(paragraph(style, `${WIDER_MARK} ${WIDER_NOTE}`))}` : ""}`
      : "",
    r.advice.education
      ? bullets(style, [
          `Education: ${r.advice.education.above}% of workers in this occupation say the work requires more than you have; the most common of those is ${r.advice.education.common.label} (${num(r.advice.education.common.percent)}%).`,
        ])
      : "",
  ].filter(Boolean);
  return (
    joinBlocks([
      headline,
      `${heading(style, "Skills asked, most important first")}\n${skills}`,
      `${heading(style, "Gaps, biggest first (gap × importance)")}\n${gaps}`,
      carries,
      standings.length ? `${heading(style, "Education and experience")}\n${bullets(style, standings)}` : "",
      next.length ? `${heading(style, "What to do next")}\n${next.join("\n\n")}` : "",
      style.c.dim(
        paragraph(style, `Levels are O*NET's 0-7 scale; see docs/matching.md, "assess". Details: careers show ${r.occupation.id}`),
      ),
    ]) + "\n"
  );
}

/** A YAML key: plain where it can be, else quoted. */
export const yamlKey = (s: string) => (/^[A-Za-z][A-Za-z0-9 ]*$/.test(s) ? s : JSON.stringify(s));

/** The answers template as YAML: each question with its choices in comments, each answer null until filled in. */
export function renderOccupationTemplate(q: OccupationQuestionnaire, t: OccupationTemplate): string {
  const o = q.occupation;
  const lines = [
    `# Answers for: careers assess ${o.id} --answers <this file>`,
    `# ${o.title} (${o.code}). Replace each null with your answer.`,
    `occupation: ${t.occupation}`,
    "# Skills: your level of each, 0-7 on O*NET's scale (decimals are fine); the examples are O*NET's level anchors.",
    "skills:",
  ];
  for (const s of q.skills) {
    lines.push(`  # ${s.name} (importance ${num(s.importance)} of 5; needed at level ${num(s.level)})`);
    for (const a of s.anchors) lines.push(`  #   ${a.value}: ${a.text}`);
    lines.push(`  ${yamlKey(s.name)}: null`);
  }
  const categories = (name: "education" | "experience", intro: string) => {
    const choices = q[name];
    if (!choices) return;
    lines.push(`# ${intro}, by number or words of its label:`);
    for (const c of choices)
      lines.push(
        c.category === BELOW ? "#   none of these: less than any below" : `#   ${c.category}: ${c.label} (${num(c.percent)}% of workers)`,
      );
    lines.push(`${name}: null`);
  };
  categories("education", "Education: the highest of these you have");
  categories("experience", "Experience: your related work experience");
  return lines.join("\n") + "\n";
}
