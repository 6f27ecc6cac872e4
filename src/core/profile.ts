/**
 * A profile on O*NET's common scales from answers that name skills, knowledge areas and interests in words
 * or by id: each name resolved against the data set's reference, the unknown ones reported with a
 * suggestion. Pure.
 */

import type { OccupationAnswers } from "../schema/assessment.js";
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

export function profileFromAnswers(
  answers: Pick<OccupationAnswers, "skills" | "knowledge" | "interests">,
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
        levels[id] = level;
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
      if (code) interests[code] = score;
      else
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
