/**
 * A profile on O*NET's common scales from answers that name skills, knowledge areas and interests in words
 * or by id: each name resolved against the data set's reference, the unknown ones reported with a
 * suggestion. Pure.
 */

import { usageError } from "../errors.js";
import type { MatchAnswers, PartialProfileModel } from "../schema/assessment.js";
import type { HistoryEntry, SavedEntry } from "../schema/history.js";
import type { Reference } from "../schema/occupation.js";
import { normalizeName } from "../text/names.js";
import { didYouMean } from "../text/suggest.js";
import { type ElementKind, kindOfElement, type Profile, RIASEC } from "./scale.js";

export interface ProfileProblem {
  /** where in the answers, e.g. ["skills", "Activ Listening"] */
  path: string[];
  message: string;
  suggestion?: string;
}

const RIASEC_NAMES: Record<string, string> = {
  realistic: "R",
  investigative: "I",
  artistic: "A",
  social: "S",
  enterprising: "E",
  conventional: "C",
};

/** The element a name or id given in answers means, among the elements of one kind; null if none. */
export function resolveElement(key: string, reference: Reference, kind: ElementKind): string | null {
  if (reference.elements[key] && kindOfElement(key, reference) === kind) return key;
  const wanted = normalizeName(key);
  for (const [id, info] of Object.entries(reference.elements)) {
    if (kindOfElement(id, reference) === kind && normalizeName(info.name) === wanted) return id;
  }
  return null;
}

/** The RIASEC letter a key names (R, or Realistic), or null. */
export function resolveInterest(key: string): string | null {
  const upper = key.trim().toUpperCase();
  if ((RIASEC as readonly string[]).includes(upper)) return upper;
  return RIASEC_NAMES[key.trim().toLowerCase()] ?? null;
}

/**
 * The profile answers give: each level or score they rate, by element id or letter. One left null is not
 * rated: left out of the profile, never taken as 0 (a template read as it is rates nothing).
 */
export function profileFromAnswers(
  answers: Pick<MatchAnswers, "skills" | "knowledge" | "interests">,
  reference: Reference,
): { profile: Profile; problems: ProfileProblem[] } {
  const levels: Record<string, number> = {};
  const problems: ProfileProblem[] = [];
  for (const [group, kind] of [
    ["skills", "skill"],
    ["knowledge", "knowledge"],
  ] as const) {
    for (const [key, level] of Object.entries(answers[group] ?? {})) {
      const id = resolveElement(key, reference, kind);
      if (id) {
        if (level !== null) levels[id] = level;
        continue;
      }
      const names = Object.entries(reference.elements)
        .filter(([e]) => kindOfElement(e, reference) === kind)
        .map(([, info]) => info.name);
      const hint = didYouMean(key, names);
      problems.push({ path: [group, key], message: `"${key}" is not a ${kind} O*NET rates`, ...(hint ? { suggestion: hint } : {}) });
    }
  }
  const profile: Profile = { levels };
  if (answers.interests) {
    const interests: Record<string, number> = {};
    for (const [key, score] of Object.entries(answers.interests)) {
      const code = resolveInterest(key);
      if (code) {
        if (score !== null) interests[code] = score;
      } else
        problems.push({
          path: ["interests", key],
          message: `"${key}" is not one of the six interests`,
          suggestion: "Name them by letter (R, I, A, S, E, C) or by name (Realistic ... Conventional).",
        });
    }
    const missing = RIASEC.filter((c) => interests[c] === undefined);
    if (missing.length > 0 && missing.length < RIASEC.length)
      problems.push({ path: ["interests"], message: `rate all six interests or none: ${missing.join(", ")} not rated` });
    if (missing.length === 0) profile.interests = interests;
  }
  return { profile, problems };
}

/** How much of the data set a profile rates, and whether that is few enough for the ranking to be rough. */
export interface Rated {
  /** skills rated, of the data set's */
  skills: number;
  knowledge: number;
  /** whether the six interests are rated */
  interests: boolean;
  /** the data set's skills and knowledge areas */
  of: { skills: number; knowledge: number };
  /** fewer skills and knowledge areas rated than the model's `fewRated`: the ranking is a rough one */
  rough: boolean;
}

/** The skills and knowledge areas of the data set a profile rates (an element of another release is not counted). */
export function ratedCount(profile: Profile, reference: Reference, model: PartialProfileModel): Rated {
  const count = { skill: 0, knowledge: 0 };
  const of = { skill: 0, knowledge: 0 };
  for (const id of Object.keys(reference.elements)) {
    const kind = kindOfElement(id, reference);
    of[kind]++;
    if (profile.levels[id] !== undefined) count[kind]++;
  }
  return {
    skills: count.skill,
    knowledge: count.knowledge,
    interests: profile.interests !== undefined,
    of: { skills: of.skill, knowledge: of.knowledge },
    rough: count.skill + count.knowledge < model.fewRated,
  };
}

/** A saved assessment that holds a profile on the common scales. */
export type ProfileEntry = HistoryEntry & { profile: NonNullable<HistoryEntry["profile"]> };

/** The most recent of the entries `keep` takes (the later one in the file where dates tie), or null. */
function latest<T extends SavedEntry>(entries: readonly SavedEntry[], keep: (e: SavedEntry) => e is T): T | null {
  let best: T | null = null;
  let bestTime = Number.NEGATIVE_INFINITY;
  for (const e of entries) {
    if (!keep(e)) continue;
    const t = Date.parse(e.date);
    const time = Number.isNaN(t) ? Number.NEGATIVE_INFINITY : t;
    if (best === null || time >= bestTime) {
      best = e;
      bestTime = time;
    }
  }
  return best;
}

/** The most recent saved assessment that holds a profile (the later one in the file where dates tie), or null. */
export const latestProfile = (entries: readonly SavedEntry[]): ProfileEntry | null =>
  latest(entries, (e): e is ProfileEntry => e.kind !== "interests" && typeof e.profile?.levels === "object" && e.profile.levels !== null);

/** The most recent saved result that holds the six interests: an interests quiz, or an assessment that rated them. */
export const latestInterests = (entries: readonly SavedEntry[]): (SavedEntry & { profile: { interests: Record<string, number> } }) | null =>
  latest(
    entries,
    (e): e is SavedEntry & { profile: { levels: Record<string, number>; interests: Record<string, number> } } =>
      typeof e.profile?.interests === "object" && e.profile.interests !== null,
  );

/** O*NET's scale of occupational interests (Interests.txt, OI): what `--interests` scores are on. */
export const INTEREST_SCALE = { min: 1, max: 7 } as const;

const INTERESTS_HINT =
  "Give the six interests as letter=score, each on O*NET's scale 1-7: --interests R=2,I=5,A=1,S=6,E=4,C=3 (or Realistic=2,...; careers interests gives yours).";

/**
 * `R=2,I=5,A=1,S=6,E=4,C=3` (letters or names, `=` or `:`, commas or spaces between): the six interest
 * scores, each on O*NET's scale 1-7. Anything else is a usage error saying what is wrong.
 */
export function parseInterestScores(text: string): Record<string, number> {
  const scores: Record<string, number> = {};
  const bad = (what: string) => usageError(`--interests ${JSON.stringify(text)}: ${what}`, INTERESTS_HINT);
  const items = text.split(/[,\s]+/).filter(Boolean);
  if (items.length === 0) throw bad("no scores given");
  for (const item of items) {
    const m = /^([^=:]+)[=:](.+)$/.exec(item);
    if (!m) throw bad(`"${item}" is not interest=score`);
    const code = resolveInterest(m[1]!);
    if (!code) throw bad(`"${m[1]}" is not one of the six interests (R, I, A, S, E, C, or their names)`);
    if (scores[code] !== undefined) throw bad(`${code} is given twice`);
    const score = Number(m[2]);
    if (!Number.isFinite(score)) throw bad(`${code}=${m[2]}: the score is not a number`);
    if (score < INTEREST_SCALE.min || score > INTEREST_SCALE.max)
      throw bad(`${code}=${m[2]} is off O*NET's interest scale, ${INTEREST_SCALE.min}-${INTEREST_SCALE.max}`);
    scores[code] = score;
  }
  const missing = RIASEC.filter((c) => scores[c] === undefined);
  if (missing.length > 0) throw bad(`${missing.join(", ")} not given: give all six`);
  return Object.fromEntries(RIASEC.map((c) => [c, scores[c]!]));
}

/** An answers file to fill in (`match --template`): every skill, knowledge area and interest, each null. */
export interface MatchTemplate {
  skills: Record<string, null>;
  knowledge: Record<string, null>;
  interests: Record<string, null>;
}

/** The elements of one kind in the reference's order, and the six interests by name (by letter where unnamed). */
export function matchTemplate(reference: Reference): MatchTemplate {
  const ofKind = (kind: ElementKind) =>
    Object.fromEntries(
      Object.entries(reference.elements)
        .filter(([id]) => kindOfElement(id, reference) === kind)
        .map(([, e]) => [e.name, null]),
    );
  const names = new Map((reference.interests ?? []).map((i) => [i.code, i.name]));
  return {
    skills: ofKind("skill"),
    knowledge: ofKind("knowledge"),
    interests: Object.fromEntries(RIASEC.map((c) => [names.get(c) ?? c, null])),
  };
}
