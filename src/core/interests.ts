/**
 * The interests quiz: like / not sure / dislike on O*NET's Interests Illustrative Activities (four for each
 * RIASEC type and four for each basic interest), scored to the six RIASEC scores on O*NET's occupational
 * interest scale (1-7). Not the O*NET Interest Profiler: O*NET publishes these activities as illustrations,
 * not as a validated instrument. The method, and what it does not claim: docs/matching.md. Pure.
 */

import type { z } from "zod";
import type { InterestsQuizModel } from "../schema/assessment.js";
import type { InterestActivity, InterestInfo } from "../schema/occupation.js";
import type { interestsOutput } from "../schema/outputs-import.js";
import { normalizeName } from "../text/names.js";
import { didYouMean } from "../text/suggest.js";
import { RIASEC } from "./scale.js";

/** An answer to one activity. */
export type QuizAnswer = "like" | "unsure" | "dislike";

export const QUIZ_ANSWERS: readonly QuizAnswer[] = ["like", "unsure", "dislike"];

/** How an answers file may spell each answer: its word, or its number (2 like, 1 not sure, 0 dislike). */
const SPELLINGS: Record<string, QuizAnswer> = {
  like: "like",
  "2": "like",
  "not sure": "unsure",
  unsure: "unsure",
  "1": "unsure",
  dislike: "dislike",
  "0": "dislike",
};

/** The answer a value of an answers file means, or null where it means none of the three. */
export function quizAnswer(value: string | number): QuizAnswer | null {
  return SPELLINGS[normalizeName(String(value))] ?? null;
}

/**
 * The order the quiz asks the activities in: the first activity of each interest (the six types, then the
 * basic interests, as the release lists them), then the second of each, and so on, so that one kind of
 * work never fills a long run of questions.
 */
export function quizOrder(activities: readonly InterestActivity[]): InterestActivity[] {
  const seen = new Map<string, number>();
  const keyed = activities.map((a, i) => {
    const n = seen.get(a.element) ?? 0;
    seen.set(a.element, n + 1);
    return { a, n, i };
  });
  return keyed.sort((x, y) => x.n - y.n || x.i - y.i).map((x) => x.a);
}

/** The activity an answers file's key names: its id (1.B.1.a.1) or its words, in any case; null if none. */
export function resolveActivity(key: string, activities: readonly InterestActivity[]): InterestActivity | null {
  const wanted = normalizeName(key);
  return activities.find((a) => a.id === key.trim() || normalizeName(a.text) === wanted) ?? null;
}

export interface QuizProblem {
  /** the answers file's key */
  key: string;
  message: string;
  suggestion?: string;
}

/** Answers keyed by an answers file's keys -> answers by activity id; unknown keys and bad values are problems. */
export function resolveQuizAnswers(
  given: Record<string, string | number | null>,
  activities: readonly InterestActivity[],
): { answers: Record<string, QuizAnswer>; problems: QuizProblem[] } {
  const answers: Record<string, QuizAnswer> = {};
  const problems: QuizProblem[] = [];
  for (const [key, value] of Object.entries(given)) {
    const activity = resolveActivity(key, activities);
    if (!activity) {
      const hint = didYouMean(
        key,
        activities.map((a) => a.text),
      );
      problems.push({ key, message: `"${key}" is not one of the quiz's activities`, ...(hint ? { suggestion: hint } : {}) });
      continue;
    }
    if (value === null) continue; // left unanswered: not counted
    const answer = quizAnswer(value);
    if (!answer) {
      problems.push({
        key,
        message: `${JSON.stringify(value)} is not an answer`,
        suggestion: "Answer like, not sure or dislike (or 2, 1, 0).",
      });
      continue;
    }
    if (answers[activity.id] !== undefined && answers[activity.id] !== answer)
      problems.push({ key, message: `"${activity.text}" is answered twice, differently` });
    answers[activity.id] = answer;
  }
  return { answers, problems };
}

export interface InterestScore {
  /** R, I, A, S, E or C */
  code: string;
  name: string;
  /** 1-7 on O*NET's occupational interest scale, one decimal */
  score: number;
  /** the activities that count towards it, and how many of them were answered */
  activities: number;
  answered: number;
}

/**
 * What the scores come from, said with them; the release; the six scores in RIASEC order; the profile they
 * make for match and the history (RIASEC letter -> 1-7); the letters of the three highest (ties in RIASEC
 * order); how many activities were answered of how many asked; whether the scores were added to the
 * history; what to run next: the type of the schema of interests' output (schema/outputs-import.ts).
 */
export type QuizResult = z.output<typeof interestsOutput>;

export const QUIZ_BASIS =
  "Built from O*NET's Interests Illustrative Activities; not the validated O*NET Interest Profiler: a rough guide to your interests, not a measure of them.";

const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * The six scores. Each activity counts towards the types it illustrates (a basic interest's activities
 * towards each type O*NET links it to), with the weight of its kind (general or basic); a type's share is
 * its answered activities' weighted mean answer over the answer's greatest value, placed on the scale:
 * min + (max - min) x share. Unanswered activities are left out; a type none of whose activities was
 * answered has no score, and is returned in `missing`.
 */
export function scoreQuiz(
  activities: readonly InterestActivity[],
  answers: Readonly<Record<string, QuizAnswer>>,
  model: InterestsQuizModel,
): { scores: InterestScore[]; missing: string[] } {
  const top = Math.max(...QUIZ_ANSWERS.map((a) => model.answers[a]));
  const scores: InterestScore[] = [];
  const missing: string[] = [];
  for (const code of RIASEC) {
    const mine = activities.filter((a) => a.riasec.includes(code));
    let weight = 0;
    let sum = 0;
    let answered = 0;
    for (const a of mine) {
      const answer = answers[a.id];
      if (answer === undefined) continue;
      const w = model.weights[a.type];
      weight += w;
      sum += w * model.answers[answer];
      answered++;
    }
    if (answered === 0 || weight === 0) {
      missing.push(code);
      continue;
    }
    const share = top > 0 ? sum / weight / top : 0;
    const { min, max } = model.scale;
    scores.push({ code, name: code, score: round1(min + (max - min) * share), activities: mine.length, answered });
  }
  return { scores, missing };
}

/** The letters of the (up to) three highest scores, highest first; equal scores in RIASEC order. */
export function highPoints(scores: readonly InterestScore[]): string {
  return [...scores]
    .sort((a, b) => b.score - a.score || RIASEC.indexOf(a.code as never) - RIASEC.indexOf(b.code as never))
    .slice(0, 3)
    .map((s) => s.code)
    .join("");
}

/** `R=4.5,I=2,...`: the scores as `match --interests` takes them. */
export const interestsArgument = (profile: Readonly<Record<string, number>>): string => RIASEC.map((c) => `${c}=${profile[c]}`).join(",");

/** The quiz's result: the scores named, the profile, the next commands. */
export function quizResult(input: {
  activities: readonly InterestActivity[];
  answers: Readonly<Record<string, QuizAnswer>>;
  model: InterestsQuizModel;
  info: readonly InterestInfo[] | undefined;
  release: string;
  /** the scores are saved to the history: match --from-history takes them */
  saved: boolean;
}): { ok: true; result: QuizResult } | { ok: false; missing: string[] } {
  const { scores, missing } = scoreQuiz(input.activities, input.answers, input.model);
  if (missing.length > 0) return { ok: false, missing };
  const names = new Map((input.info ?? []).map((i) => [i.code, i.name]));
  const named = scores.map((s) => ({ ...s, name: names.get(s.code) ?? s.code }));
  const profile = Object.fromEntries(named.map((s) => [s.code, s.score]));
  return {
    ok: true,
    result: {
      basis: QUIZ_BASIS,
      release: input.release,
      scores: named,
      profile,
      highPoints: highPoints(named),
      answered: Object.keys(input.answers).filter((id) => input.activities.some((a) => a.id === id)).length,
      asked: input.activities.length,
      saved: input.saved,
      next: [
        ...(input.saved ? ["careers match --from-history --zone N"] : []),
        `careers match --interests ${interestsArgument(profile)} --zone N`,
      ],
    },
  };
}

export interface QuizQuestion {
  id: string;
  text: string;
  /** what it illustrates: "Realistic", or a basic interest and its types, "Animal Service: Realistic, Social" */
  illustrates: string;
}

/** The questions in the order asked (see quizOrder), each with what it illustrates. */
export function quizQuestions(activities: readonly InterestActivity[], info: readonly InterestInfo[] | undefined): QuizQuestion[] {
  const names = new Map((info ?? []).map((i) => [i.code, i.name]));
  return quizOrder(activities).map((a) => {
    const types = a.riasec.map((c) => names.get(c) ?? c).join(", ");
    return { id: a.id, text: a.text, illustrates: a.type === "general" ? types : `${a.name}: ${types}` };
  });
}

/** The answers file `--template` writes (as JSON, or as YAML with the activities in comments). */
export interface QuizTemplate {
  activities: Record<string, null>;
}

export const quizTemplate = (questions: readonly QuizQuestion[]): QuizTemplate => ({
  activities: Object.fromEntries(questions.map((q) => [q.id, null])),
});
