/** `careers interests`: the quiz's six scores and the next step, its answers template, and its sheet. Pure. */
import type { QuizQuestion, QuizResult } from "../core/interests.js";
import { heading, joinBlocks, paragraph } from "./blocks.js";
import { bar } from "./chart.js";
import type { Sheet } from "./flat.js";
import type { Style } from "./style.js";
import { renderTable } from "./table.js";
import { hang } from "./text.js";

const num = (n: number) => String(Math.round(n * 10) / 10);

export function renderInterests(r: QuizResult, style: Style): string {
  const table = renderTable(style, {
    head: ["Interest", "Score (1-7)", "", "Activities answered"],
    rows: r.scores.map((s) => [s.name, num(s.score), bar(s.score - 1, 6, 12), `${s.answered} of ${s.activities}`]),
    align: ["left", "right", "left", "right"],
    compact: true,
  });
  const names = new Map(r.scores.map((s) => [s.code, s.name]));
  const top = [...r.highPoints].map((c) => names.get(c) ?? c);
  const next = r.next.map((command) => hang("  $ ", command, style.width)).join("\n");
  return (
    joinBlocks([
      paragraph(style, style.c.bold(`Your interests, from the interests quiz (${r.answered} of ${r.asked} activities answered)`)),
      style.c.dim(paragraph(style, r.basis)),
      table,
      paragraph(style, `Highest: ${top.join(", ")} (${r.highPoints}), on O*NET's 1-7 scale of occupational interests.`),
      `${heading(style, "Next: occupations by these interests")}\n${paragraph(
        style,
        `Pick the job zone you want to work in as N: 1 needs little or no preparation, 2 some, 3 medium, 4 considerable, 5 extensive.${r.saved ? " --from-history takes these interests with the skills of your latest saved assessment." : " With --save, match --from-history takes them (with the skills of your latest saved assessment)."}`,
      )}\n${next}`,
      style.c.dim(paragraph(style, `The method: docs/matching.md, "The interests quiz". O*NET ${r.release}.`)),
    ]) + "\n"
  );
}

/** A YAML key: plain where it can be, else quoted. */
const key = (s: string) => (/^[A-Za-z0-9][A-Za-z0-9 .]*$/.test(s) ? s : JSON.stringify(s));

/** The answers template as YAML: every activity, with what it illustrates in a comment, each answer null. */
export function renderInterestsTemplate(questions: readonly QuizQuestion[]): string {
  const lines = [
    "# Answers for: careers interests --answers <this file>",
    "# How much would you like doing each activity? Replace each null with like, not sure or dislike",
    "# (or 2, 1, 0); an activity left null is left out. Built from O*NET's Interests Illustrative",
    "# Activities; not the validated O*NET Interest Profiler.",
    "activities:",
  ];
  for (const a of questions) lines.push(`  ${key(a.id)}: null # ${a.text} (${a.illustrates})`);
  return lines.join("\n") + "\n";
}

/** One row per interest. */
export function interestsSheet(r: QuizResult): Sheet {
  return {
    title: "Interests",
    head: ["code", "name", "score", "activities", "answered"],
    rows: r.scores.map((s) => [s.code, s.name, s.score, s.activities, s.answered]),
    notes: [
      { heading: "About", items: [r.basis] },
      { heading: "Next", items: r.next },
    ],
  };
}
