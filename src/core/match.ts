/**
 * `careers match`: every imported occupation ranked by how well a profile fits it (the fit and the order
 * of core/scale.ts), narrowed by the filters of `careers list` (core/listing.ts), with each one's biggest
 * gap; and, for one occupation, how its fit was computed. The method is described in docs/matching.md. Pure.
 */

import type { ScaleModel } from "../schema/assessment.js";
import type { Index, Reference, StoredRatings, Wage } from "../schema/occupation.js";
import { filterRows, type ListFilters, occupationRow } from "./listing.js";
import {
  type Candidate,
  type Fit,
  fit as fitOf,
  type Gap,
  gaps,
  interestFit,
  interestsAt,
  kindOfElement,
  needsAt,
  type Profile,
  partScore,
  RIASEC,
} from "./scale.js";

export type Part = Fit["unrated"][number];

/** Where the profile came from. */
export type MatchSource =
  | { kind: "answers"; file: string }
  /** interests: where they come from when that is another saved result than the levels (an interests quiz) */
  | { kind: "history"; date: string; title: string; code: string | null; interests?: { date: string; title: string } }
  | { kind: "interactive" };

export interface MatchRow {
  /** place among every occupation ranked (1: best fit), before any filter */
  rank: number;
  id: string;
  code: string;
  title: string;
  /** 0-1, as computed (core/scale.ts fit) */
  fit: number;
  /** importance-weighted mean of |have - need|: what ranks equal fits */
  distance: number;
  /** the BLS annual median, as the index holds it */
  median: Wage | null;
  growthPercent: number | null;
  jobZone: number | null;
  education: string | null;
  /** the biggest weighted gap among the parts the profile rates; null when every level is reached */
  biggestGap: Gap | null;
}

/** One occupation's place in the ranking: its fit's score and distance, and which parts were measured. */
export interface RankedFit {
  /** place in the data set's index */
  i: number;
  /** as fit() in core/scale.ts computes it */
  score: number;
  distance: number;
  measured: Part[];
  unrated: Part[];
}

export interface Ranking {
  /** every occupation, best fit first */
  ranked: RankedFit[];
  /** the needs and interests of the occupation at place `i`, built when asked for (the ranking does without) */
  candidate: (i: number) => Candidate;
}

const KINDS = ["skill", "knowledge"] as const;

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Every occupation of the index ranked by its fit to the profile, best first: the scores, distances and
 * order of fit() and rank() in core/scale.ts (tests/unit/match.test.ts checks that they agree exactly),
 * computed straight from the ratings' columns. Building every occupation's needs as objects, to rank a
 * thousand occupations, cost more than the rest of the command together. The sums are taken in fit()'s
 * order, so the figures are the same to the last bit.
 */
export function rankAll(
  profile: Profile,
  index: Index,
  ratings: Omit<StoredRatings, "related">,
  reference: Reference,
  model: ScaleModel,
): Ranking {
  // the columns of each kind, in the ratings' order (fit() takes the needs in that order)
  const columns = KINDS.map((kind) => ratings.elements.flatMap((e, c) => (kindOfElement(e, reference) === kind ? [c] : [])));
  const have = ratings.elements.map((e) => profile.levels[e]);
  // whether the profile rates any element of each kind (if not, no occupation is measured on that kind)
  const ratesKind = columns.map((cs) => cs.some((c) => have[c] !== undefined));
  const ranked: RankedFit[] = [];
  // plain loops: this runs once a command, mostly before the engine has compiled it
  for (let i = 0; i < index.occupations.length; i++) {
    const im = ratings.importance[i] ?? [];
    const lv = ratings.level[i] ?? [];
    const parts: { part: Part; score: number; weight: number }[] = [];
    const unrated: Part[] = [];
    let distance = 0;
    let distanceWeight = 0;
    for (let k = 0; k < KINDS.length; k++) {
      // as in fit(): a part counts when an element of its kind matters, and is measured when the profile rates
      // an element of its kind the occupation rates; the sums start from fit()'s running totals, in its order
      const part = KINDS[k]!;
      const cols = columns[k]!;
      let matters = false;
      let rated = false;
      let sum = 0;
      let weight = 0;
      let used = 0;
      let claimed = 0;
      let d = distance;
      let dw = distanceWeight;
      for (let j = 0; j < cols.length; j++) {
        const c = cols[j]!;
        const importance = im[c];
        const level = lv[c];
        if (importance === null || importance === undefined || level === null || level === undefined) continue;
        const h = have[c];
        if (h !== undefined) rated = true;
        claimed += h ?? 0;
        if (importance < model.importance || level <= 0) continue;
        matters = true;
        if (!ratesKind[k]) break; // unrated, whatever else the occupation needs
        const had = h ?? 0;
        sum += importance * (Math.min(had, level) / level);
        weight += importance;
        used += had;
        d += importance * Math.abs(had - level);
        dw += importance;
      }
      if (!matters) continue;
      if (!rated) {
        unrated.push(part);
        continue;
      }
      distance = d;
      distanceWeight = dw;
      parts.push({ part, score: partScore(sum / weight, claimed > 0 ? used / claimed : 0, model), weight: model.weights[part] });
    }
    if (ratings.interests[i]) {
      if (profile.interests)
        parts.push({ part: "interests", score: interestFit(profile.interests, interestsAt(ratings, i)!), weight: model.weights.interests });
      else unrated.push("interests");
    }
    const totalWeight = parts.reduce((s, p) => s + p.weight, 0);
    const score = totalWeight > 0 ? parts.reduce((s, p) => s + p.weight * p.score, 0) / totalWeight : 0;
    ranked.push({ i, score, distance: distanceWeight > 0 ? distance / distanceWeight : 0, measured: parts.map((p) => p.part), unrated });
  }
  const titles = index.occupations.map((o) => o.title);
  ranked.sort((a, b) => b.score - a.score || a.distance - b.distance || byText(titles[a.i]!, titles[b.i]!));
  const candidate = (i: number): Candidate => {
    const interests = interestsAt(ratings, i);
    return { i, title: titles[i]!, needs: needsAt(ratings, i, reference), ...(interests ? { interests } : {}) };
  };
  return { ranked, candidate };
}

/** The parts of the fit the profile was measured on, and those it does not rate, over every occupation. */
export function partsOf(ranked: readonly RankedFit[]): { measured: Part[]; unrated: Part[] } {
  const order: Part[] = ["skill", "knowledge", "interests"];
  const measured = new Set(ranked.flatMap((r) => r.measured));
  const unrated = new Set(ranked.flatMap((r) => r.unrated));
  return { measured: order.filter((p) => measured.has(p)), unrated: order.filter((p) => unrated.has(p) && !measured.has(p)) };
}

/** The biggest weighted gap from the profile to an occupation, over the kinds of element its fit measured. */
export function biggestGap(profile: Profile, candidate: Candidate, measured: readonly Part[], model: ScaleModel): Gap | null {
  const needs = candidate.needs.filter((n) => measured.includes(n.kind));
  return gaps(profile, needs, model).toBuild[0] ?? null;
}

export interface MatchSelection {
  /** the occupations that pass the filters, best fit first, at most `limit` */
  rows: MatchRow[];
  /** how many pass the filters */
  matched: number;
}

/**
 * The places in the index of the occupations that pass `careers list`'s filters (--zone, --min-median,
 * --education), or null when none is given. An education no occupation has is a usage error, as in list.
 */
export function filterPlaces(index: Index, filters: Pick<ListFilters, "zones" | "minMedian" | "education">): Set<number> | null {
  const { zones, minMedian, education } = filters;
  if (zones === undefined && minMedian === undefined && education === undefined) return null;
  const rows = index.occupations.map((o) => occupationRow(o, { wages: index.wagesPeriod, projections: null, onet: null }));
  const kept = new Set(filterRows(rows, { zones, minMedian, education }).rows.map((r) => r.code));
  return new Set(index.occupations.flatMap((o, i) => (kept.has(o.code) ? [i] : [])));
}

/**
 * The ranked occupations at the places that passed the filters (all when `passing` is null), at most
 * `limit`, each with its rank among all occupations and its biggest gap.
 */
export function selectMatches(
  profile: Profile,
  ranking: Ranking,
  index: Index,
  model: ScaleModel,
  passing: Set<number> | null,
  limit: number | undefined,
): MatchSelection {
  const kept = passing === null ? ranking.ranked : ranking.ranked.filter((r) => passing.has(r.i));
  const places = new Map(ranking.ranked.map((r, k) => [r.i, k + 1]));
  const shown = limit === undefined ? kept : kept.slice(0, limit);
  return {
    matched: kept.length,
    rows: shown.map((r) => {
      const o = index.occupations[r.i]!;
      return {
        rank: places.get(r.i)!,
        id: o.id,
        code: o.code,
        title: o.title,
        fit: r.score,
        distance: r.distance,
        median: o.median,
        growthPercent: o.growthPercent,
        jobZone: o.jobZone,
        education: o.education,
        biggestGap: biggestGap(profile, ranking.candidate(r.i), r.measured, model),
      };
    }),
  };
}

export interface InterestPair {
  code: string;
  name: string;
  /** the profile's score, 1-7 */
  have: number;
  /** the occupation's score, 1-7 */
  occupation: number;
}

export interface Explanation {
  occupation: { id: string; code: string; title: string };
  /** place among every occupation (1: best fit) */
  rank: number;
  of: number;
  /** the fit (core/scale.ts): its score, and each part with its weight and score, skills and knowledge per element */
  fit: Fit;
  /** the six interests side by side, where the fit measured them; else null */
  interests: InterestPair[] | null;
}

/** How the fit of the occupation at place `i` was computed, and its rank among every occupation. */
export function explain(profile: Profile, ranking: Ranking, index: Index, i: number, reference: Reference, model: ScaleModel): Explanation {
  const place = ranking.ranked.findIndex((r) => r.i === i);
  const candidate = ranking.candidate(i);
  const computed = fitOf(profile, candidate.needs, model, candidate.interests);
  const o = index.occupations[i]!;
  const theirs = candidate.interests;
  const names = new Map((reference.interests ?? []).map((x) => [x.code, x.name]));
  const interests =
    computed.parts.some((p) => p.part === "interests") && profile.interests && theirs
      ? RIASEC.map((code) => ({ code, name: names.get(code) ?? code, have: profile.interests![code]!, occupation: theirs[code]! }))
      : null;
  return { occupation: { id: o.id, code: o.code, title: o.title }, rank: place + 1, of: ranking.ranked.length, fit: computed, interests };
}
