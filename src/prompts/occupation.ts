/**
 * The `careers assess <occupation>` conversation: each skill rated 0-7 with O*NET's level anchors as the
 * examples, then the education and the related work experience held, among the occupation's categories.
 * Prompts go through `PromptFns` (prompts/assess.ts), so tests can supply their own. Returns plain
 * answers, the shape an answers file has.
 */

import { BELOW, BELOW_LABEL, type CategoryChoice, type OccupationQuestionnaire } from "../core/assess/occupation.js";
import type { OccupationAnswers } from "../schema/assessment.js";
import type { PromptFns } from "./assess.js";
import type { RatingLevel } from "./rating.js";
import { ask } from "./terminal.js";
import { usableWidth, wrapAnswer, wrapMessage } from "./wrap.js";

/** The levels of O*NET's scale, 0-7, each with the skill's anchor for that level as its example where there is one. */
export function levelsWithAnchors(anchors: readonly { value: number; text: string }[]): RatingLevel[] {
  const at = new Map(anchors.map((a) => [a.value, a.text]));
  return [0, 1, 2, 3, 4, 5, 6, 7].map((value) => ({ value, id: "", example: at.get(value) ?? "" }));
}

const levelText = (n: number) => String(Math.round(n * 100) / 100);

function pickCategory(
  p: Pick<PromptFns, "select">,
  message: string,
  choices: readonly CategoryChoice[],
  width: number,
): Promise<number | string> {
  const wrapped = wrapMessage(message, width);
  return ask(
    p.select<number | string>({
      message: wrapped,
      pageSize: 14,
      choices: choices.map((c) => {
        const name = c.category === BELOW ? BELOW_LABEL : `${c.label} (${levelText(c.percent)}% of workers)`;
        // "none of these" is what an answers file says for the choice below every category
        return { name, value: c.category === BELOW ? "none of these" : c.category, short: wrapAnswer(c.label, wrapped, width) };
      }),
    }),
  );
}

/** Ask every question: the skills (most important first), then education and experience. */
export async function askOccupation(
  p: Pick<PromptFns, "rating" | "select">,
  q: OccupationQuestionnaire,
  { width }: { width: number } = { width: usableWidth(undefined) },
): Promise<OccupationAnswers> {
  const answers: OccupationAnswers = { occupation: q.occupation.id };
  const skills: Record<string, number> = {};
  for (const [i, s] of q.skills.entries()) {
    skills[s.element] = await ask(
      p.rating({
        message: `Skills ${i + 1} of ${q.skills.length} · ${s.name} (importance ${levelText(s.importance)} of 5; needed at level ${levelText(s.level)})${s.description ? `\n${s.description}` : ""}\nYour level, 0-7? The examples are O*NET's for this skill.`,
        levels: levelsWithAnchors(s.anchors),
        width,
      }),
    );
  }
  answers.skills = skills;
  if (q.education) {
    answers.education = await pickCategory(
      p,
      `Education · The highest of these you have (the share of ${q.occupation.title} workers who say the work requires it)`,
      q.education,
      width,
    );
  }
  if (q.experience) {
    answers.experience = await pickCategory(
      p,
      `Experience · Your related work experience (the share of ${q.occupation.title} workers who say the work requires it)`,
      q.experience,
      width,
    );
  }
  return answers;
}
