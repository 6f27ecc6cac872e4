/**
 * Occupations measured by what their source says they require, where it rates no levels (ESCO): each
 * occupation a set of skill and knowledge items, essential or optional. Two occupations resemble each other
 * by the weighted Jaccard (Ruzicka) similarity of those sets: each item weighs `essential` or `optional`
 * (data/assessment.yaml, requirements.weights) in each occupation, absent 0; the similarity is the sum over
 * the items of the smaller weight over the sum of the larger, 0 (nothing shared) to 1 (the same items, the
 * same way). What a move from one occupation to another takes: the items essential to the target that the
 * start does not hold as essential. Items are the same when their URIs are. The method and its evaluation:
 * docs/matching.md, "Over ESCO". Pure.
 */
import type { RequirementsModel } from "../schema/assessment.js";
import type { IndexRow, RequiredItem, Requirements } from "../schema/occupation.js";
import type { OccupationFigures } from "../schema/output.js";
import { type DatasetDates, occupationFigures } from "./figures.js";

/** An occupation's items by URI with their weight, and the weights' sum. */
export interface WeightedItems {
  weights: ReadonlyMap<string, number>;
  total: number;
}

/** The items weighted: an essential item weighs `essential`, an optional one `optional` (essential where listed as both). */
export function weightedItems(r: Pick<Requirements, "essential" | "optional">, model: RequirementsModel): WeightedItems {
  const weights = new Map<string, number>();
  for (const i of r.optional) weights.set(i.uri, model.weights.optional);
  for (const i of r.essential) weights.set(i.uri, model.weights.essential);
  let total = 0;
  for (const w of weights.values()) total += w;
  return { weights, total };
}

/** The weighted Jaccard similarity of two occupations' items: sum of the smaller weights over the sum of the larger; 0 where neither weighs anything. */
export function similarity(a: WeightedItems, b: WeightedItems): number {
  const [small, large] = a.weights.size <= b.weights.size ? [a, b] : [b, a];
  let shared = 0;
  for (const [uri, w] of small.weights) {
    const v = large.weights.get(uri);
    if (v !== undefined) shared += Math.min(w, v);
  }
  const union = a.total + b.total - shared;
  return union > 0 ? shared / union : 0;
}

/** The items essential to every one of the lists, in the first's order. */
export function sharedEssential(lists: readonly Pick<Requirements, "essential">[]): RequiredItem[] {
  const [first, ...rest] = lists;
  if (!first) return [];
  const others = rest.map((r) => new Set(r.essential.map((i) => i.uri)));
  return first.essential.filter((i) => others.every((s) => s.has(i.uri)));
}

/** What a move takes: the items essential to `to` that `from` does not hold as essential, in `to`'s order. */
export function toGain(from: Pick<Requirements, "essential">, to: Pick<Requirements, "essential">): RequiredItem[] {
  const held = new Set(from.essential.map((i) => i.uri));
  return to.essential.filter((i) => !held.has(i.uri));
}

/** A candidate occupation: its place, and its items weighted. */
export interface Candidate {
  i: number;
  items: WeightedItems;
}

export interface Ranked {
  i: number;
  similarity: number;
}

/**
 * The candidates most like `items`, most similar first (ties by place), at most `limit`, leaving out the
 * places in `leaveOut` and those that share nothing.
 */
export function mostSimilar(
  items: WeightedItems,
  candidates: Iterable<Candidate>,
  limit: number,
  leaveOut: ReadonlySet<number> = new Set(),
): Ranked[] {
  const ranked: Ranked[] = [];
  for (const c of candidates) {
    if (leaveOut.has(c.i)) continue;
    const s = similarity(items, c.items);
    if (s > 0) ranked.push({ i: c.i, similarity: s });
  }
  return ranked.sort((x, y) => y.similarity - x.similarity || x.i - y.i).slice(0, limit);
}

/** An occupation of the data set with its items: its place in the index, its row, what it requires. */
export interface ItemsOccupation {
  i: number;
  row: IndexRow;
  requirements: Requirements;
}

/** A move to another occupation measured by items: its reference and key figures, the similarity, the items shared and to gain. */
export type ItemMove = OccupationFigures & {
  similarity: number;
  /** how many of its essential items are essential to the start too */
  sharedEssential: number;
  /** what the move takes: its essential items the start does not hold as essential */
  toGain: RequiredItem[];
};

/** `careers path <ESCO occupation>`: the related occupations by similarity, and the broader and narrower ones. */
export interface ItemPath {
  occupation: OccupationFigures;
  /** the weights the similarity gives an essential and an optional item */
  weights: RequirementsModel["weights"];
  related: ItemMove[];
  broader: ItemMove[];
  narrower: ItemMove[];
}

/** Every occupation's items weighted, by place: for many paths over the same occupations (npm run eval). */
export const weighAll = (all: readonly ItemsOccupation[], model: RequirementsModel): Map<number, WeightedItems> =>
  new Map(all.map((o) => [o.i, weightedItems(o.requirements, model)]));

/**
 * The path of `from` among `all` (every occupation that lists items): the `model.related` most similar
 * (itself, its broader and narrower ones left out: they are listed apart), its broader and narrower
 * occupations (those of the data set), each with what the move takes.
 */
export function itemPath(
  from: ItemsOccupation,
  all: readonly ItemsOccupation[],
  hierarchy: { broader: readonly number[]; narrower: readonly number[] },
  model: RequirementsModel,
  dates: DatasetDates,
  weighed: ReadonlyMap<number, WeightedItems> = weighAll(all, model),
): ItemPath {
  const items = new Map(all.map((o) => [o.i, { o, items: weighed.get(o.i) ?? weightedItems(o.requirements, model) }]));
  const own = items.get(from.i)?.items ?? weightedItems(from.requirements, model);
  const moveTo = (o: ItemsOccupation, s: number): ItemMove => {
    const gain = toGain(from.requirements, o.requirements);
    return {
      ...occupationFigures(o.row, dates),
      similarity: s,
      sharedEssential: o.requirements.essential.length - gain.length,
      toGain: gain,
    };
  };
  const listed = (places: readonly number[]) =>
    places.flatMap((i) => {
      const c = items.get(i);
      return c ? [moveTo(c.o, similarity(own, c.items))] : [];
    });
  const leaveOut = new Set([from.i, ...hierarchy.broader, ...hierarchy.narrower]);
  const candidates = [...items.values()].map((c) => ({ i: c.o.i, items: c.items }));
  return {
    occupation: occupationFigures(from.row, dates),
    weights: model.weights,
    related: mostSimilar(own, candidates, model.related, leaveOut).map((r) => moveTo(items.get(r.i)!.o, r.similarity)),
    broader: listed(hierarchy.broader),
    narrower: listed(hierarchy.narrower),
  };
}
