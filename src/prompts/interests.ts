/**
 * The interests quiz in the terminal: each activity rated like / not sure / dislike with the project's
 * rating prompt (all three on screen, starting on no answer; a number key picks). Ctrl-C: the cancelled
 * error, and nothing is kept.
 */
import type { QuizAnswer, QuizQuestion } from "../core/interests.js";
import type { RatingConfig, RatingLevel } from "./rating.js";
import { ask } from "./terminal.js";
import { usableWidth } from "./wrap.js";

export interface QuizPrompts {
  rating(config: RatingConfig): Promise<number>;
}

async function inquirerQuizPrompts(): Promise<QuizPrompts> {
  const { default: rating } = await import("./rating.js");
  return { rating: (c) => rating(c) };
}

/** The three answers, by the number key that picks each. */
const CHOICES: { value: number; answer: QuizAnswer; id: string }[] = [
  { value: 1, answer: "like", id: "like" },
  { value: 2, answer: "unsure", id: "not sure" },
  { value: 3, answer: "dislike", id: "dislike" },
];
export const QUIZ_LEVELS: RatingLevel[] = CHOICES.map((c) => ({ value: c.value, id: c.id, example: "" }));

export interface QuizOptions {
  /** the width to wrap at (see usableWidth) */
  width?: number;
  /** replaces the inquirer prompts (tests use their own) */
  prompts?: QuizPrompts;
}

/** Ask every question in order; the answers by activity id. */
export async function askQuiz(questions: readonly QuizQuestion[], opts: QuizOptions = {}): Promise<Record<string, QuizAnswer>> {
  const p = opts.prompts ?? (await inquirerQuizPrompts());
  const width = opts.width ?? usableWidth(undefined);
  const answers: Record<string, QuizAnswer> = {};
  for (const [i, q] of questions.entries()) {
    const value = await ask(
      p.rating({
        message: `Activity ${i + 1} of ${questions.length} · ${q.text}\nWould you like doing this?`,
        levels: QUIZ_LEVELS,
        width,
      }),
    );
    answers[q.id] = CHOICES.find((c) => c.value === value)!.answer;
  }
  return answers;
}
