/**
 * The fit of `careers match`: how closely an occupation's needs resemble a profile. Per kind of element
 * (skills, knowledge) the Pearson correlation of the profile's levels with the occupation's needs over the
 * elements both rate; less the distance between the levels had and needed (short of them, and beyond
 * them: an occupation that needs far less than the profile holds is a poor fit), and less the distance
 * between the interests, and (match --like) between the work activities. Every weight comes from data (ResemblanceModel). The method and its evaluation
 * are in docs/matching.md, "Fit". Pure.
 */

import type { ResemblanceModel } from "../schema/assessment.js";
import type { ActivityTerm } from "./activities.js";
import { type ElementKind, isFigure } from "./scale.js";

/** The six RIASEC scores lie on 1-7: two differ by 6 at most. */
const INTEREST_SPAN = 6;
/** Levels lie on 0-7. */
const LEVEL_SPAN = 7;
/** termsOf's running sums, six per kind, reused by every call (termsOf reads them before it returns). */
const SUMS = new Float64Array(6 * 2);

/**
 * A profile as the ranking reads it, by column of the data set's ratings: its level of each element (NaN
 * where it rates none), the value it sets against the occupation's needs (its level, plus its importance
 * where it knows it, as a profile from jobs held does), and the kind of each column (0 skill, 1 knowledge).
 */
export interface ProfileColumns {
  /** the columns the profile rates, in the ratings' order */
  columns: number[];
  have: number[];
  /** the profile's side of the correlation, for each column rated */
  value: number[];
  kind: (0 | 1)[];
  /** the six interests in RIASEC order, or null */
  interests: readonly number[] | null;
  /** whether the profile rates any level at all */
  ratesLevels: boolean;
}

export const KIND_NAMES: readonly ElementKind[] = ["skill", "knowledge"];

/**
 * The profile's columns: `levels` and `importance` by element id, `elements` the ratings' columns, and the
 * kind of each. An element the profile rates that the data set does not hold is left out.
 */
export function profileColumns(
  profile: {
    levels: Readonly<Record<string, number>>;
    importance?: Readonly<Record<string, number>>;
    interests?: Readonly<Record<string, number>>;
  },
  elements: readonly string[],
  kinds: readonly ElementKind[],
  model: Pick<ResemblanceModel, "needImportance">,
  riasec: readonly string[],
): ProfileColumns {
  const p: ProfileColumns = { columns: [], have: [], value: [], kind: [], interests: null, ratesLevels: false };
  elements.forEach((e, c) => {
    const h = profile.levels[e];
    if (h === undefined) return;
    const imp = profile.importance?.[e];
    p.columns.push(c);
    p.have.push(h);
    p.value.push(imp === undefined ? h : h + model.needImportance * imp);
    p.kind.push(kinds[c] === "skill" ? 0 : 1);
  });
  p.ratesLevels = p.columns.length > 0;
  if (profile.interests) p.interests = riasec.map((code) => profile.interests![code]!);
  return p;
}

/** Pearson's correlation from running sums over m values; 0 where either side does not vary (or m < 2). */
export function pearson(m: number, sx: number, sy: number, sxx: number, syy: number, sxy: number): number {
  if (m < 2) return 0;
  const vx = sxx - (sx * sx) / m;
  const vy = syy - (sy * sy) / m;
  // a side whose values are all equal (to rounding) says nothing of the other's shape
  if (vx <= 1e-9 || vy <= 1e-9) return 0;
  const r = (sxy - (sx * sy) / m) / Math.sqrt(vx * vy);
  return Math.min(1, Math.max(-1, r));
}

export interface KindTerm {
  part: ElementKind;
  /** the correlation of the profile's levels with the occupation's needs, -1 to 1 */
  correlation: number;
  /** how many elements of this kind both rate */
  elements: number;
  /** the model's weight of this kind */
  weight: number;
}

/** Every term of one occupation's fit, as the ranking computes it. */
export interface Terms {
  /** the kinds measured: those of which the profile and the occupation both rate an element */
  kinds: KindTerm[];
  /** the correlations' mean by the kinds' weights; for a profile of interests alone, 1 where they are measured; else 0 when no kind is */
  resemblance: number;
  /**
   * the importance-weighted mean of |have - need| over the elements both rate, over the level scale's span
   * (7), 0-1: `under` the part where the profile is short of the need, `over` where it is beyond it
   */
  under: number;
  over: number;
  /** the importance-weighted mean |have - need|, 0-7: what ranks equal fits */
  distance: number;
  /** the mean difference of the six interest scores over the scale's span (6), 0-1; null where not measured */
  interests: number | null;
  /** whether the occupation has interest scores the profile could be measured on */
  hasInterests: boolean;
  /** the cosines of the work activities held and done (core/activities.ts); null where not measured */
  activities: ActivityTerm | null;
  /**
   * resemblance - distance weight x (under + over) - interests weight x interests - each activity weight x
   * (1 - its cosine)
   */
  score: number;
}

/** What the work activities take off the score: each activity weight x (1 - its cosine); 0 where not measured. */
export const unlikeOf = (activities: ActivityTerm | null, model: ResemblanceModel): number =>
  activities ? model.activities.dwa * (1 - activities.dwa) + model.activities.iwa * (1 - activities.iwa) : 0;

/**
 * The terms of the fit of a profile (its columns) to one occupation (its importance and level of each
 * column, null or NaN where it rates none, and its interests). Deterministic: sums in the columns' order.
 */
export function termsOf(
  p: ProfileColumns,
  importance: ArrayLike<number | null | undefined>,
  level: ArrayLike<number | null | undefined>,
  interests: ArrayLike<number> | null | undefined,
  model: ResemblanceModel,
  activities: ActivityTerm | null = null,
): Terms {
  // running sums per kind (count, x, y, xx, yy, xy) in one typed array, kind k at 6k: no arrays of mixed
  // numbers per occupation, and the loop stays on doubles
  const s = SUMS.fill(0);
  let under = 0;
  let over = 0;
  let weight = 0;
  const { columns, have, value, kind } = p;
  const needImportance = model.needImportance;
  for (let j = 0; j < columns.length; j++) {
    const c = columns[j]!;
    const im = importance[c];
    const lv = level[c];
    if (!isFigure(im) || !isFigure(lv)) continue;
    const x = value[j]!;
    const y = lv + needImportance * im;
    const at = kind[j]! * 6;
    s[at]! += 1;
    s[at + 1]! += x;
    s[at + 2]! += y;
    s[at + 3]! += x * x;
    s[at + 4]! += y * y;
    s[at + 5]! += x * y;
    const d = have[j]! - lv;
    if (d < 0) under -= im * d;
    else over += im * d;
    weight += im;
  }
  const kinds: KindTerm[] = [];
  let total = 0;
  let totalWeight = 0;
  for (let k = 0; k < KIND_NAMES.length; k++) {
    const at = k * 6;
    const m = s[at]!;
    if (m === 0) continue;
    const part = KIND_NAMES[k]!;
    const correlation = pearson(m, s[at + 1]!, s[at + 2]!, s[at + 3]!, s[at + 4]!, s[at + 5]!);
    const w = model.weights[part];
    kinds.push({ part, correlation, elements: m, weight: w });
    total += w * correlation;
    totalWeight += w;
  }
  let apart: number | null = null;
  if (p.interests && interests) {
    let t = 0;
    for (let k = 0; k < p.interests.length; k++) t += Math.abs(p.interests[k]! - interests[k]!);
    apart = t / (p.interests.length * INTEREST_SPAN);
  }
  // interests alone start from 1 where they are measured; nothing measured resembles nothing
  const resemblance = totalWeight > 0 ? total / totalWeight : !p.ratesLevels && apart !== null ? 1 : 0;
  const span = weight > 0 ? weight * LEVEL_SPAN : 1;
  const u = under / span;
  const o = over / span;
  const unlike = unlikeOf(activities, model);
  const score = resemblance - model.distance * (u + o) - model.interests * (apart ?? 0) - unlike;
  return {
    kinds,
    resemblance,
    under: u,
    over: o,
    distance: weight > 0 ? (under + over) / weight : 0,
    interests: apart,
    hasInterests: !!interests,
    activities,
    score,
  };
}

/** The fit shown: the score on 0-100, where 100 is an occupation that needs just what the profile holds; below 0 shows as 0. */
export const shownFit = (score: number): number => Math.max(score, 0);
