/**
 * The fit of `careers match` computed by the book, as docs/matching.md ("Fit") states it: plain means
 * and deviations, element by element, with none of core/resemblance.ts's running sums. Tests derive
 * their expected figures and orders from this and from the fixtures' tables, never from a run.
 */
import type { ResemblanceModel } from "../../src/schema/assessment.js";

export interface BookElement {
  kind: "skill" | "knowledge";
  /** the profile's level, undefined: not rated */
  have?: number;
  /** the profile's importance, where it knows it */
  haveImportance?: number;
  /** the occupation's importance and level, undefined: not rated */
  importance?: number;
  level?: number;
}

const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

/** Pearson's r of two equal-length lists by the textbook formula; 0 when either does not vary or fewer than 2. */
export function bookPearson(xs: readonly number[], ys: readonly number[]): number {
  if (xs.length < 2) return 0;
  const mx = mean(xs);
  const my = mean(ys);
  let num = 0;
  let dx = 0;
  let dy = 0;
  xs.forEach((x, k) => {
    num += (x - mx) * (ys[k]! - my);
    dx += (x - mx) ** 2;
    dy += (ys[k]! - my) ** 2;
  });
  if (dx < 1e-9 || dy < 1e-9) return 0;
  return num / Math.sqrt(dx * dy);
}

export interface BookFit {
  correlations: Partial<Record<"skill" | "knowledge", number>>;
  resemblance: number;
  under: number;
  over: number;
  interests: number | null;
  score: number;
}

/** The fit by the book: profile and occupation element by element, and both sides' interests (RIASEC order) or none. */
export function bookFit(
  elements: readonly BookElement[],
  model: ResemblanceModel,
  interests: { profile?: readonly number[]; occupation?: readonly number[] | null } = {},
): BookFit {
  const both = elements.filter((e) => e.have !== undefined && e.importance !== undefined && e.level !== undefined);
  const correlations: BookFit["correlations"] = {};
  let total = 0;
  let weights = 0;
  for (const kind of ["skill", "knowledge"] as const) {
    const of = both.filter((e) => e.kind === kind);
    if (of.length === 0) continue;
    const xs = of.map((e) => e.have! + (e.haveImportance === undefined ? 0 : model.needImportance * e.haveImportance));
    const ys = of.map((e) => e.level! + model.needImportance * e.importance!);
    const r = bookPearson(xs, ys);
    correlations[kind] = r;
    total += model.weights[kind] * r;
    weights += model.weights[kind];
  }
  const ratesLevels = elements.some((e) => e.have !== undefined);
  const p = interests.profile;
  const o = interests.occupation;
  const apart = p && o ? p.reduce((s, x, k) => s + Math.abs(x - o[k]!), 0) / 6 / 6 : null;
  const resemblance = weights > 0 ? total / weights : !ratesLevels && apart !== null ? 1 : 0;
  const sumImportance = both.reduce((s, e) => s + e.importance!, 0);
  const under = sumImportance > 0 ? both.reduce((s, e) => s + e.importance! * Math.max(0, e.level! - e.have!), 0) / sumImportance / 7 : 0;
  const over = sumImportance > 0 ? both.reduce((s, e) => s + e.importance! * Math.max(0, e.have! - e.level!), 0) / sumImportance / 7 : 0;
  return {
    correlations,
    resemblance,
    under,
    over,
    interests: apart,
    score: resemblance - model.distance * (under + over) - model.interests * (apart ?? 0),
  };
}

/** A profile as the tests give it: levels (and importance) by element id, interests by letter. */
export interface BookProfile {
  levels: Record<string, number>;
  importance?: Record<string, number>;
  interests?: Record<string, number>;
}

const RIASEC_ORDER = ["R", "I", "A", "S", "E", "C"];

/**
 * Every occupation of a fixture table (each element's [importance, level] in `ids` order, interests in
 * RIASEC order) by the book's fit to a profile, best first: higher score, then the smaller distance
 * (importance-weighted mean |have - need|), then the title.
 */
export function bookRanking(
  profile: BookProfile,
  occupations: readonly { title: string; ratings: readonly (readonly [number, number])[]; interests: readonly number[] }[],
  ids: readonly string[],
  isKnowledge: (id: string) => boolean,
  model: ResemblanceModel,
): { title: string; score: number; fit: BookFit }[] {
  const profileInterests = profile.interests ? RIASEC_ORDER.map((c) => profile.interests![c]!) : undefined;
  return occupations
    .map((o) => {
      const fit = bookFit(
        ids.map((id, k) => ({
          kind: isKnowledge(id) ? "knowledge" : "skill",
          have: profile.levels[id],
          haveImportance: profile.importance?.[id],
          importance: o.ratings[k]![0],
          level: o.ratings[k]![1],
        })),
        model,
        { profile: profileInterests, occupation: o.interests },
      );
      return { title: o.title, score: fit.score, fit };
    })
    .sort(
      (a, b) =>
        b.score - a.score || a.fit.under + a.fit.over - (b.fit.under + b.fit.over) || (a.title < b.title ? -1 : a.title > b.title ? 1 : 0),
    );
}
