/**
 * Measuring on O*NET's common scales: every imported occupation rates the same skills and knowledge areas
 * for importance (1-5) and level (0-7), and the same six interests (RIASEC, 1-7). A profile (a person's
 * levels, or an occupation's own) is set against an occupation's needs: what carries over, what has to be
 * built, and how well the profile fits. The thresholds and weights come from data (ScaleModel). The method
 * is described in docs/matching.md. Pure.
 */

import type { ScaleModel } from "../schema/assessment.js";
import type { RatingsTable, Reference, StoredRatings } from "../schema/occupation.js";

export type ElementKind = "skill" | "knowledge";

/** What an occupation needs of one skill or knowledge area. */
export interface Need {
  element: string;
  name: string;
  kind: ElementKind;
  importance: number;
  level: number;
}

/** A person's (or an occupation's) levels on the common scale, and optionally interests. */
export interface Profile {
  /** element id -> level 0-7; an element left out is not rated (counted as 0 where it matters) */
  levels: Record<string, number>;
  /** RIASEC letter -> score 1-7 */
  interests?: Record<string, number>;
  /** element id -> importance 1-5, where the profile knows it (one from jobs held: core/like.ts) */
  importance?: Record<string, number>;
}

export const RIASEC = ["R", "I", "A", "S", "E", "C"] as const;

/** O*NET numbers its content model: 2.A and 2.B are skills, 2.C knowledge. */
export const kindOfElement = (id: string, reference?: Reference): ElementKind =>
  reference?.elements[id]?.kind ?? (id.startsWith("2.C") ? "knowledge" : "skill");

/** A figure of the ratings: null or absent in their arrays, NaN in a table (ratings.bin), where there is none. */
export const isFigure = (v: number | null | undefined): v is number => v !== null && v !== undefined && !Number.isNaN(v);

/** The needs of one occupation from its importance and level of each element, every rated element, in the elements' order. */
function needsOf(
  elements: readonly string[],
  im: ArrayLike<number | null | undefined>,
  lv: ArrayLike<number | null | undefined>,
  reference?: Reference,
): Need[] {
  const needs: Need[] = [];
  elements.forEach((element, c) => {
    const importance = im[c];
    const level = lv[c];
    if (!isFigure(importance) || !isFigure(level)) return;
    needs.push({
      element,
      name: reference?.elements[element]?.name ?? element,
      kind: kindOfElement(element, reference),
      importance,
      level,
    });
  });
  return needs;
}

/** The needs of the occupation at place `i` of the data set, every rated element, in the ratings' order. */
export const needsAt = (ratings: Omit<StoredRatings, "related">, i: number, reference?: Reference): Need[] =>
  needsOf(ratings.elements, ratings.importance[i] ?? [], ratings.level[i] ?? [], reference);

/** Six scores in RIASEC order as a profile's interests (letter -> score), or undefined for none. */
const byLetter = (scores: ArrayLike<number> | null | undefined): Record<string, number> | undefined =>
  scores ? Object.fromEntries(RIASEC.map((code, k) => [code, scores[k]!])) : undefined;

/** The occupation at place `i`'s interests as a profile's (letter -> score), or undefined. */
export const interestsAt = (ratings: Omit<StoredRatings, "related">, i: number): Record<string, number> | undefined =>
  byLetter(ratings.interests[i]);

/** Where record `i` of a table starts, and its importance, level and interests (views of the table's figures). */
export function recordIn(
  table: RatingsTable,
  i: number,
): { importance: Float64Array; level: Float64Array; interests: Float64Array | null } {
  const e = table.elements.length;
  const at = i * table.record;
  const interests = table.figures.subarray(at + 2 * e, at + 2 * e + RIASEC.length);
  return {
    importance: table.figures.subarray(at, at + e),
    level: table.figures.subarray(at + e, at + 2 * e),
    // six scores, or none: a record has all of them or none
    interests: interests.every(isFigure) ? interests : null,
  };
}

/** needsAt of a table's record. */
export function needsIn(table: RatingsTable, i: number, reference?: Reference): Need[] {
  const r = recordIn(table, i);
  return needsOf(table.elements, r.importance, r.level, reference);
}

/** interestsAt of a table's record. */
export const interestsIn = (table: RatingsTable, i: number): Record<string, number> | undefined => byLetter(recordIn(table, i).interests);

/** The elements that matter to an occupation: importance at or above the model's threshold, and some level needed. */
export const mattering = (needs: readonly Need[], model: Pick<ScaleModel, "importance">): Need[] =>
  needs.filter((n) => n.importance >= model.importance && n.level > 0);

/** An occupation's own levels as a profile: what someone doing that work already has. */
export const profileOf = (needs: readonly Need[], interests?: Record<string, number>): Profile => ({
  levels: Object.fromEntries(needs.map((n) => [n.element, n.level])),
  ...(interests ? { interests } : {}),
});

export interface Gap extends Need {
  /** the level the profile has (0 where it does not rate the element) */
  have: number;
  /** level needed minus level had, above 0 */
  gap: number;
  /** the gap times the importance: how the gaps are ranked */
  weighted: number;
}

export interface Transfer extends Need {
  have: number;
}

export interface Gaps {
  /** elements that matter to the target and are needed at or below the level the profile has */
  transferable: Transfer[];
  /** elements that matter to the target and are needed above the level the profile has, biggest weighted gap first */
  toBuild: Gap[];
}

const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/**
 * A difference of two ratings (given to two decimals) without the binary noise of subtracting them:
 * 3.88 - 3.62 is 0.26, not 0.2599999999999998, so equal gaps rank as equal and print as they are.
 */
const clean = (x: number): number => Math.round(x * 1e9) / 1e9;

/** What carries over from a profile to an occupation, and what has to be built. */
export function gaps(profile: Profile, target: readonly Need[], model: Pick<ScaleModel, "importance">): Gaps {
  const transferable: Transfer[] = [];
  const toBuild: Gap[] = [];
  for (const n of mattering(target, model)) {
    const have = profile.levels[n.element] ?? 0;
    if (n.level <= have) transferable.push({ ...n, have });
    else {
      const gap = clean(n.level - have);
      toBuild.push({ ...n, have, gap, weighted: clean(gap * n.importance) });
    }
  }
  transferable.sort((a, b) => b.importance - a.importance || byName(a, b));
  toBuild.sort((a, b) => b.weighted - a.weighted || b.gap - a.gap || byName(a, b));
  return { transferable, toBuild };
}

export interface FitElement {
  element: string;
  name: string;
  importance: number;
  need: number;
  have: number;
  /** min(have, need) / need: the share of the needed level the profile reaches */
  met: number;
}

export interface FitPart {
  part: ElementKind | "interests";
  /** 0-1: for skills and knowledge, coverage and use mixed by the model's `use` weight */
  score: number;
  /** skills, knowledge: the importance-weighted share of the needed levels the profile reaches */
  coverage?: number;
  /** skills, knowledge: the share of the profile's levels (summed) that are in elements the occupation needs */
  use?: number;
  /** the part's weight in the model */
  weight: number;
  elements?: FitElement[];
}

export interface Fit {
  /** 0-1: the parts' scores averaged by their weights, over the parts the profile rates */
  score: number;
  /** importance-weighted mean of |have - need| over the elements that matter: ranks equal fits (closer first) */
  distance: number;
  parts: FitPart[];
  /** parts the profile does not rate, left out of the score */
  unrated: (ElementKind | "interests")[];
}

/** Interest fit: 1 less the mean difference of the six scores over the scale's span (1-7, so 6). */
export function interestFit(profile: Record<string, number>, occupation: Record<string, number>): number {
  let total = 0;
  for (const code of RIASEC) total += Math.abs((profile[code] ?? 1) - (occupation[code] ?? 1));
  return 1 - total / (RIASEC.length * 6);
}

/**
 * How well a profile fits an occupation. Each kind of element the profile rates (skills, knowledge) scores
 * the importance-weighted share of the needed levels it reaches, over the elements that matter; the
 * interests score how close the six interests are. Having more than needed counts the same as having
 * what is needed, so raising a level never lowers a fit.
 */
/** A skill or knowledge part's score: its coverage, and by the model's `use` weight how much of the profile the work uses. */
export const partScore = (coverage: number, use: number, model: Pick<ScaleModel, "use">): number =>
  (1 - model.use) * coverage + model.use * use;

export function fit(profile: Profile, needs: readonly Need[], model: ScaleModel, interests?: Record<string, number>): Fit {
  const matter = mattering(needs, model);
  const rated = new Set(Object.keys(profile.levels));
  const parts: FitPart[] = [];
  const unrated: Fit["unrated"] = [];
  let distance = 0;
  let distanceWeight = 0;
  for (const part of ["skill", "knowledge"] as const) {
    const ofKind = matter.filter((n) => n.kind === part);
    if (ofKind.length === 0) continue;
    if (!needs.some((n) => n.kind === part && rated.has(n.element))) {
      unrated.push(part);
      continue;
    }
    let sum = 0;
    let weight = 0;
    let used = 0;
    const elements = ofKind.map((n): FitElement => {
      const have = profile.levels[n.element] ?? 0;
      const met = Math.min(have, n.level) / n.level;
      sum += n.importance * met;
      weight += n.importance;
      used += have;
      distance += n.importance * Math.abs(have - n.level);
      distanceWeight += n.importance;
      return { element: n.element, name: n.name, importance: n.importance, need: n.level, have, met };
    });
    let claimed = 0;
    for (const n of needs) if (n.kind === part) claimed += profile.levels[n.element] ?? 0;
    const coverage = sum / weight;
    const use = claimed > 0 ? used / claimed : 0;
    parts.push({ part, score: partScore(coverage, use, model), weight: model.weights[part], coverage, use, elements });
  }
  if (profile.interests && interests) {
    parts.push({ part: "interests", score: interestFit(profile.interests, interests), weight: model.weights.interests });
  } else if (interests) unrated.push("interests");
  const totalWeight = parts.reduce((s, p) => s + p.weight, 0);
  const score = totalWeight > 0 ? parts.reduce((s, p) => s + p.weight * p.score, 0) / totalWeight : 0;
  return { score, distance: distanceWeight > 0 ? distance / distanceWeight : 0, parts, unrated };
}

export interface Candidate {
  /** place in the data set's index */
  i: number;
  title: string;
  needs: readonly Need[];
  interests?: Record<string, number>;
}

export interface Ranked {
  i: number;
  title: string;
  fit: Fit;
}

/** Every candidate by fit, best first; equal fits by distance (closer first), then by title. Deterministic. */
export function rank(profile: Profile, candidates: readonly Candidate[], model: ScaleModel): Ranked[] {
  return candidates
    .map((c) => ({ i: c.i, title: c.title, fit: fit(profile, c.needs, model, c.interests) }))
    .sort((a, b) => b.fit.score - a.fit.score || a.fit.distance - b.fit.distance || (a.title < b.title ? -1 : a.title > b.title ? 1 : 0));
}
