/**
 * `careers match`: every imported occupation ranked by how closely its needs resemble a profile (the fit
 * of core/resemblance.ts), narrowed by the filters of `careers list` (core/listing.ts), with each one's biggest
 * gap; and, for one occupation, how its fit was computed. The method is described in docs/matching.md. Pure.
 */

import type { ScaleModel } from "../schema/assessment.js";
import type { Index, RatingsTable, Reference, StoredActivities, Wage } from "../schema/occupation.js";
import { type ActivityVector, activityTermAt, heldActivities } from "./activities.js";
import { filterRows, type ListFilters, type ListRow, occupationRow } from "./listing.js";
import { KIND_NAMES, profileColumns, shownFit, type Terms, termsOf, unlikeOf } from "./resemblance.js";
import { type Candidate, type Gap, gaps, interestsIn, isFigure, kindOfElement, needsIn, type Profile, RIASEC, recordIn } from "./scale.js";

export type Part = "skill" | "knowledge" | "interests";

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
  /** 0-1: the fit's score (core/resemblance.ts), below 0 shown as 0 */
  fit: number;
  /** importance-weighted mean of |have - need| (0-7): what ranks equal fits */
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
  /** the score of termsOf() in core/resemblance.ts: 1 for the same profile, may fall below 0 */
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
  /** the terms of the fit of the occupation at place `i` */
  terms: (i: number) => Terms;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The ranking's order: higher score first, then the smaller distance, then by title. */
const byFit =
  (titles: readonly string[]) =>
  (a: RankedFit, b: RankedFit): number =>
    b.score - a.score || a.distance - b.distance || byText(titles[a.i]!, titles[b.i]!);

/**
 * Every occupation of the index ranked by its fit to the profile, best first (core/resemblance.ts): higher
 * score first, then the smaller distance, then by title. Deterministic. Read straight from the ratings'
 * records (ratings.bin's, as a table): the profile's columns are laid out once, and each occupation is one
 * pass over them. Only the occupations `ranks` takes that have a record are ranked. The work activities are not measured
 * here: see rankProfile.
 */
export function rankAll(
  profile: Profile,
  index: Index,
  ratings: RatingsTable,
  reference: Reference,
  model: ScaleModel,
  ranks: (i: number) => boolean = () => true,
): Ranking {
  const kinds = ratings.elements.map((e) => kindOfElement(e, reference));
  const columns = profileColumns(profile, ratings.elements, kinds, model.resemblance, RIASEC);
  // the columns of each kind the profile does not rate: an occupation rating one of them is told so
  const unratedColumns = KIND_NAMES.map((name, k) =>
    columns.kind.includes(k as 0 | 1) ? [] : kinds.flatMap((kind, c) => (kind === name ? [c] : [])),
  );
  const termsOfRecord = (r: ReturnType<typeof recordIn>) => termsOf(columns, r.importance, r.level, r.interests, model.resemblance);
  const termsAt = (i: number) => termsOfRecord(recordIn(ratings, i));
  const ranked: RankedFit[] = [];
  for (let i = 0; i < index.occupations.length; i++) {
    // an occupation past the table's records has none to rank by
    if (i >= ratings.occupations || !ranks(i)) continue;
    const r = recordIn(ratings, i);
    const t = termsOfRecord(r);
    const measured: Part[] = t.kinds.map((k) => k.part);
    const unrated: Part[] = [];
    // a kind the occupation rates that the profile does not is left out of its fit, and said so
    for (let k = 0; k < KIND_NAMES.length; k++) if (unratedColumns[k]!.some((c) => isFigure(r.importance[c]))) unrated.push(KIND_NAMES[k]!);
    if (t.interests !== null) measured.push("interests");
    else if (t.hasInterests) unrated.push("interests");
    ranked.push({ i, score: t.score, distance: t.distance, measured, unrated });
  }
  const titles = index.occupations.map((o) => o.title);
  ranked.sort(byFit(titles));
  const candidate = (i: number): Candidate => {
    const interests = interestsIn(ratings, i);
    return { i, title: titles[i]!, needs: needsIn(ratings, i, reference), ...(interests ? { interests } : {}) };
  };
  return { ranked, candidate, terms: termsAt };
}

/**
 * The ranking with the work activities measured too (core/activities.ts): each occupation that has some
 * loses what unlikeOf() takes off for them against `activities`, and the list is sorted again. The scores
 * are those termsOf() gives with the activities (the same sum, in the same order).
 */
export function withActivities(
  ranking: Ranking,
  activities: ActivityVector,
  store: StoredActivities,
  model: ScaleModel,
  titles: readonly string[],
): Ranking {
  const ranked = ranking.ranked.map((r) => {
    const a = activityTermAt(activities, store, r.i);
    return a ? { ...r, score: r.score - unlikeOf(a, model.resemblance) } : r;
  });
  ranked.sort(byFit(titles));
  const terms = (i: number): Terms => {
    const t = ranking.terms(i);
    const a = activityTermAt(activities, store, i);
    return a ? { ...t, activities: a, score: t.score - unlikeOf(a, model.resemblance) } : t;
  };
  return { ranked, candidate: ranking.candidate, terms };
}

/** Whose work activities a ranking measured: the jobs held (--like), or the occupations a profile of levels resembles most. */
export interface Work {
  kind: "held" | "nearest";
  /** places in the index */
  from: number[];
}

export interface ProfileRanking extends Ranking {
  /** null where no work activities were measured (none in the data set, or a profile of interests alone) */
  work: Work | null;
}

/**
 * The ranking `careers match` gives a profile (docs/matching.md, "Fit"): every occupation but those held
 * and those `ranks` refuses, by fit, with work activities measured where the data set has them. With
 * jobs held (--like), theirs. A profile of levels alone names no work done: the activities of the first
 * `model.resemblance.activities.nearest` occupations of its ranking that have some and rate levels it rates
 * (those its levels resemble most) are taken as its own. A profile of interests alone measures none.
 */
export function rankProfile(
  profile: Profile,
  index: Index,
  ratings: RatingsTable,
  reference: Reference,
  model: ScaleModel,
  store: StoredActivities | null,
  held: ReadonlySet<number> = new Set(),
  ranks: (i: number) => boolean = () => true,
): ProfileRanking {
  const ranking = rankAll(profile, index, ratings, reference, model, (i) => !held.has(i) && ranks(i));
  if (!store) return { ...ranking, work: null };
  // an occupation lends its activities where it has some and its fit measured levels the profile rates (a
  // profile of interests alone has none that does, so it borrows none)
  const lends = (r: RankedFit) => (store.rows[r.i]?.length ?? 0) >= 2 && r.measured.some((p) => p !== "interests");
  const work: Work =
    held.size > 0
      ? { kind: "held", from: [...held] }
      : {
          kind: "nearest",
          from: ranking.ranked
            .filter(lends)
            .slice(0, model.resemblance.activities.nearest)
            .map((r) => r.i),
        };
  const activities = heldActivities(store, work.from);
  if (!activities) return { ...ranking, work: null };
  const titles = index.occupations.map((o) => o.title);
  return { ...withActivities(ranking, activities, store, model, titles), work };
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
export function filterPlaces(
  index: Index,
  filters: Pick<ListFilters, "zones" | "minMedian" | "education">,
  inArea?: (rows: ListRow[]) => ListRow[],
): Set<number> | null {
  const { zones, minMedian, education } = filters;
  if (zones === undefined && minMedian === undefined && education === undefined) return null;
  const national = index.occupations.map((o) => occupationRow(o, { wages: index.wagesPeriod, projections: null, onet: null }));
  // --area: the area's medians in place of the national ones
  const rows = inArea ? inArea(national) : national;
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
        fit: shownFit(r.score),
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

/** One element both rate, as the fit's distance reads it. */
export interface ExplainedElement {
  element: string;
  name: string;
  kind: "skill" | "knowledge";
  importance: number;
  need: number;
  have: number;
}

export interface Explanation {
  occupation: { id: string; code: string; title: string };
  /** place among every occupation (1: best fit) */
  rank: number;
  of: number;
  /** the fit's terms (core/resemblance.ts), with the model's weights */
  fit: Terms & { weights: ScaleModel["resemblance"] };
  /** every element both rate, by kind, most important to the occupation first (then by name) */
  elements: ExplainedElement[];
  /** the parts left out: rated by the occupation, not by the profile */
  unrated: Part[];
  /** the six interests side by side, where the fit measured them; else null */
  interests: InterestPair[] | null;
}

/** How the fit of the occupation at place `i` was computed, and its rank among every occupation. */
export function explain(profile: Profile, ranking: Ranking, index: Index, i: number, reference: Reference, model: ScaleModel): Explanation {
  const place = ranking.ranked.findIndex((r) => r.i === i);
  const candidate = ranking.candidate(i);
  const terms = ranking.terms(i);
  const o = index.occupations[i]!;
  const theirs = candidate.interests;
  const names = new Map((reference.interests ?? []).map((x) => [x.code, x.name]));
  const interests =
    terms.interests !== null && profile.interests && theirs
      ? RIASEC.map((code) => ({ code, name: names.get(code) ?? code, have: profile.interests![code]!, occupation: theirs[code]! }))
      : null;
  const elements = candidate.needs
    .filter((n) => profile.levels[n.element] !== undefined)
    .map((n) => ({
      element: n.element,
      name: n.name,
      kind: n.kind,
      importance: n.importance,
      need: n.level,
      have: profile.levels[n.element]!,
    }))
    .sort((a, b) => KIND_NAMES.indexOf(a.kind) - KIND_NAMES.indexOf(b.kind) || b.importance - a.importance || byText(a.name, b.name));
  return {
    occupation: { id: o.id, code: o.code, title: o.title },
    rank: place + 1,
    of: ranking.ranked.length,
    fit: { ...terms, weights: model.resemblance },
    elements,
    unrated: ranking.ranked[place]?.unrated ?? [],
    interests,
  };
}
