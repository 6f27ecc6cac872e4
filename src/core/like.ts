/**
 * A profile from the occupations a person has held (`careers match --like`): what doing that work has
 * given them, on O*NET's common scales. Several occupations combine element by element: the highest level
 * among them (a level reached in one job is not lost by doing another), the highest importance, and the
 * mean of each interest score. An answers file may then set some levels itself. The rule and why:
 * docs/matching.md, "A profile from the jobs you have held". Pure.
 */

import type { Reference, StoredRatings } from "../schema/occupation.js";
import { interestsAt, type Need, needsAt, type Profile, RIASEC } from "./scale.js";

/** One occupation held: every element it rates (needsAt), and its six interest scores where it has them. */
export interface Held {
  needs: readonly Need[];
  interests?: Readonly<Record<string, number>>;
}

/** A profile from occupations held, with how important each element was to them. */
export interface LikeProfile extends Profile {
  /** element id -> the highest importance (1-5) among the occupations held that rate it */
  importance: Record<string, number>;
}

/**
 * The profile of someone who has done each of these occupations: for every element any of them rates,
 * the highest level (0-7) and the highest importance among those that rate it; for the interests, each
 * score's mean over the occupations that have interest scores (none of them: no interests).
 */
export function likeProfile(held: readonly Held[]): LikeProfile {
  const levels: Record<string, number> = {};
  const importance: Record<string, number> = {};
  for (const h of held) {
    for (const n of h.needs) {
      levels[n.element] = Math.max(levels[n.element] ?? n.level, n.level);
      importance[n.element] = Math.max(importance[n.element] ?? n.importance, n.importance);
    }
  }
  const rated = held.flatMap((h) => (h.interests ? [h.interests] : []));
  if (rated.length === 0) return { levels, importance };
  const interests = Object.fromEntries(RIASEC.map((c) => [c, rated.reduce((s, x) => s + x[c]!, 0) / rated.length]));
  return { levels, importance, interests };
}

/** The profile of the occupations at these places of the data set's ratings. */
export const likeProfileAt = (ratings: Omit<StoredRatings, "related">, places: readonly number[], reference?: Reference): LikeProfile =>
  likeProfile(places.map((i) => ({ needs: needsAt(ratings, i, reference), interests: interestsAt(ratings, i) })));

/**
 * A profile from occupations held with some levels set by the person: each level the answers rate replaces
 * the one from the occupations; their interests, where they rate them, replace the occupations' mean.
 */
export function overrideProfile(like: LikeProfile, answers: Profile): LikeProfile {
  const interests = answers.interests ?? like.interests;
  return {
    levels: { ...like.levels, ...answers.levels },
    importance: like.importance,
    ...(interests ? { interests } : {}),
  };
}
