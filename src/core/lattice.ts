/**
 * Career lattices over imported occupations: the occupations O*NET relates to one (its relatedness tiers),
 * each classed as a step up, a lateral move or a stepping stone, with the change in pay and job zone and
 * what the move takes (gaps on the common scales); and the shortest route from one occupation to another
 * through related occupations. The thresholds come from data (ScaleModel: lateralBand, maxMoves). The
 * method is described in docs/matching.md (## path). Pure.
 */

import type { ScaleModel } from "../schema/assessment.js";
import type { IndexRow, Reference, StoredRatings } from "../schema/occupation.js";
import type { OccupationFigures } from "../schema/output.js";
import type { RowInArea } from "./area-rows.js";
import { percentChange } from "./difference.js";
import { type DatasetDates, occupationFigures } from "./figures.js";
import { type Gap, gaps, type Need, needsAt, profileOf } from "./scale.js";

/** What the lattice reads of a data set: the ratings (related occupations, levels) and the index rows. */
export interface LatticeData {
  ratings: StoredRatings;
  reference?: Reference;
  /** the index row at a place */
  row: (i: number) => IndexRow;
  /** what the figures are of (the releases' periods); none known where not given */
  dates?: DatasetDates;
  /** path --area: an occupation's figures in the area (its median the area's), which the moves are then classed and paid by */
  inArea?: (place: Place) => Place;
}

export type Direction = "up" | "lateral" | "stepping-stone";

/** An occupation as a lattice shows it: its reference and key figures (core/figures.ts), which the moves are classed by. */
export type Place = OccupationFigures & {
  /** whether O*NET rates its skills and knowledge: where it does not, a move's gaps cannot be measured */
  rated: boolean;
  /** path --area: its figures in the area (its median is the area's) */
  area?: RowInArea;
};

/** A move from one occupation to a related one. */
export interface Move extends Place {
  /** O*NET's relatedness tier (Primary-Short, Primary-Long, Supplemental), null where not given */
  tier: string | null;
  direction: Direction;
  /** the target's median less the start's; null where either is missing */
  pay: { amount: number; percent: number | null } | null;
  /** the target's job zone less the start's; null where either is missing */
  zoneChange: number | null;
  /** how many elements that matter to the target the start's own levels reach */
  transferable: number;
  /** the weighted gaps summed: how much the move takes, on one figure */
  weightedGap: number;
  /** what has to be built, biggest weighted gap first (the start's own levels against the target's needs) */
  gaps: Gap[];
}

export interface Lattice {
  occupation: Place;
  /** the share of the median within which a move in the same job zone is lateral */
  lateralBand: number;
  up: Move[];
  lateral: Move[];
  steppingStones: Move[];
}

export interface RouteMove extends Move {
  /** the occupation the move starts from */
  from: Place;
}

export interface OccupationRoute {
  from: Place;
  to: Place;
  /** the most moves the route was allowed */
  maxMoves: number;
  moves: RouteMove[];
  /** the last occupation's median less the first's; null where either is missing */
  pay: { amount: number; percent: number | null } | null;
  /** the moves' weighted gaps summed */
  weightedGap: number;
}

export type RouteOutcome = { ok: true; route: OccupationRoute } | { ok: false; reason: "same" | "no-route" };

const NO_DATES: DatasetDates = { wages: null, projections: null, onet: null };

const placeOf = (row: IndexRow, rated: boolean, dates: DatasetDates = NO_DATES): Place => ({
  ...occupationFigures(row, dates),
  code: row.code,
  rated,
});

/** The exact median a move is classed and paid by: none where BLS gives only a floor (top-coded). */
const exactMedian = (p: Pick<Place, "median">): number | null => (p.median && !p.median.atLeast ? p.median.amount : null);
const zoneOf = (p: Pick<Place, "jobZone">): number | null => p.jobZone?.zone ?? null;

/**
 * How a move from `start` to `target` is classed: a higher job zone is a step up and a lower one a
 * stepping stone; in the same zone (or where a zone is unknown) a median more than `lateralBand` above the
 * start's is a step up, more than `lateralBand` below a stepping stone, and anything else lateral (so is a
 * move where a median is missing).
 */
export function classify(
  start: Pick<Place, "median" | "jobZone">,
  target: Pick<Place, "median" | "jobZone">,
  lateralBand: number,
): Direction {
  const [from, to] = [zoneOf(start), zoneOf(target)];
  if (from !== null && to !== null && from !== to) return to > from ? "up" : "stepping-stone";
  const [a, b] = [exactMedian(start), exactMedian(target)];
  if (a === null || b === null) return "lateral";
  if (b > a * (1 + lateralBand)) return "up";
  if (b < a * (1 - lateralBand)) return "stepping-stone";
  return "lateral";
}

const payChange = (from: Pick<Place, "median">, to: Pick<Place, "median">): Move["pay"] => {
  const [a, b] = [exactMedian(from), exactMedian(to)];
  return a === null || b === null ? null : { amount: b - a, percent: percentChange(a, b) };
};

/** Measures moves between occupations of one data set, each occupation's needs read once. */
class Mover {
  private readonly needs = new Map<number, Need[]>();
  private readonly places = new Map<number, Place>();

  constructor(
    readonly data: LatticeData,
    readonly model: Pick<ScaleModel, "importance" | "lateralBand">,
  ) {}

  needsOf(i: number): Need[] {
    let n = this.needs.get(i);
    if (!n) this.needs.set(i, (n = needsAt(this.data.ratings, i, this.data.reference)));
    return n;
  }

  place(i: number): Place {
    let p = this.places.get(i);
    if (!p) {
      const own = placeOf(this.data.row(i), this.needsOf(i).length > 0, this.data.dates);
      this.places.set(i, (p = this.data.inArea ? this.data.inArea(own) : own));
    }
    return p;
  }

  gapsBetween(from: number, to: number) {
    return gaps(profileOf(this.needsOf(from)), this.needsOf(to), this.model);
  }

  private readonly levels = new Map<number, Float64Array>();
  private readonly matter = new Map<number, { column: number; importance: number; level: number }[]>();

  /**
   * The weighted gaps of a move summed, as gaps() counts them (an element the start does not rate counts
   * as level 0), from the ratings' rows directly: a route search measures thousands of moves.
   */
  weightedGap(from: number, to: number): number {
    const { importance, level } = this.data.ratings;
    let have = this.levels.get(from);
    if (!have) {
      const im = importance[from] ?? [];
      const lv = level[from] ?? [];
      have = Float64Array.from(this.data.ratings.elements, (_, c) => (im[c] == null || lv[c] == null ? 0 : lv[c]!));
      this.levels.set(from, have);
    }
    let need = this.matter.get(to);
    if (!need) {
      const im = importance[to] ?? [];
      const lv = level[to] ?? [];
      need = this.data.ratings.elements.flatMap((_, c) => {
        const i = im[c];
        const l = lv[c];
        return i == null || l == null || i < this.model.importance || l <= 0 ? [] : [{ column: c, importance: i, level: l }];
      });
      this.matter.set(to, need);
    }
    let sum = 0;
    for (const n of need) if (n.level > have[n.column]!) sum += (n.level - have[n.column]!) * n.importance;
    return sum;
  }

  move(from: number, to: number, tier: string | null): Move {
    const a = this.place(from);
    const b = this.place(to);
    const g = this.gapsBetween(from, to);
    return {
      ...b,
      tier,
      direction: classify(a, b, this.model.lateralBand),
      pay: payChange(a, b),
      zoneChange: a.jobZone === null || b.jobZone === null ? null : b.jobZone.zone - a.jobZone.zone,
      transferable: g.transferable.length,
      weightedGap: g.toBuild.reduce((s, x) => s + x.weighted, 0),
      gaps: g.toBuild,
    };
  }
}

/** The weighted gaps of moves between occupations of a data set, summed per move (what a route search weighs). */
export function moveCost(data: LatticeData, model: Pick<ScaleModel, "importance" | "lateralBand">): (from: number, to: number) => number {
  const mover = new Mover(data, model);
  return (from, to) => mover.weightedGap(from, to);
}

/** The occupations related to the one at place `i`, in O*NET's order, each once, as moves from it. */
function relatedMoves(mover: Mover, i: number): Move[] {
  const seen = new Set<number>([i]);
  const moves: Move[] = [];
  for (const [j, tier] of mover.data.ratings.related[i] ?? []) {
    if (seen.has(j) || j < 0 || j >= mover.data.ratings.related.length) continue;
    seen.add(j);
    moves.push(mover.move(i, j, tier));
  }
  return moves;
}

/** The career lattice of the occupation at place `i`: its related occupations by direction, in O*NET's order. */
export function lattice(data: LatticeData, i: number, model: Pick<ScaleModel, "importance" | "lateralBand">): Lattice {
  const mover = new Mover(data, model);
  const moves = relatedMoves(mover, i);
  return {
    occupation: mover.place(i),
    lateralBand: model.lateralBand,
    up: moves.filter((m) => m.direction === "up"),
    lateral: moves.filter((m) => m.direction === "lateral"),
    steppingStones: moves.filter((m) => m.direction === "stepping-stone"),
  };
}

/** Weighted gaps are sums of products of decimals: totals this close are equal. */
const EPSILON = 1e-9;

interface Reached {
  /** the total weighted gap of the best way here */
  cost: number;
  /** the places of each move in O*NET's related lists along the way: the last tie-break */
  order: number[];
  previous: number;
  tier: string | null;
}

function better(a: Reached, b: Reached): boolean {
  if (Math.abs(a.cost - b.cost) > EPSILON) return a.cost < b.cost;
  for (let k = 0; k < a.order.length; k++) if (a.order[k] !== b.order[k]) return a.order[k]! < b.order[k]!;
  return false;
}

/**
 * The route with the fewest moves from `from` to `to` through related occupations (each occupation's own
 * list of related ones), at most `maxMoves`. Ties: the smaller total weighted gap, then O*NET's order of the
 * related lists along the way. Breadth-first, one layer of moves at a time: every way of the fewest moves
 * to an occupation ends with a move from the layer before, so keeping the best way to each is enough.
 */
export function findOccupationRoute(
  data: LatticeData,
  from: number,
  to: number,
  model: Pick<ScaleModel, "importance" | "lateralBand">,
  maxMoves: number,
): RouteOutcome {
  if (from === to) return { ok: false, reason: "same" };
  const mover = new Mover(data, model);
  const n = data.ratings.related.length;
  const reached = new Map<number, Reached>([[from, { cost: 0, order: [], previous: -1, tier: null }]]);
  let layer = [from];
  for (let depth = 0; depth < maxMoves && layer.length > 0 && !reached.has(to); depth++) {
    const next = new Map<number, Reached>();
    for (const u of layer) {
      const at = reached.get(u)!;
      (data.ratings.related[u] ?? []).forEach(([v, tier], k) => {
        if (v < 0 || v >= n || reached.has(v)) return;
        const candidate = { cost: at.cost + mover.weightedGap(u, v), order: [...at.order, k], previous: u, tier };
        const best = next.get(v);
        if (!best || better(candidate, best)) next.set(v, candidate);
      });
    }
    for (const [v, r] of next) reached.set(v, r);
    layer = [...next.keys()];
  }
  if (!reached.has(to)) return { ok: false, reason: "no-route" };
  const places: number[] = [];
  for (let at = to; at !== -1; at = reached.get(at)!.previous) places.unshift(at);
  const moves = places.slice(1).map((v, k): RouteMove => {
    const u = places[k]!;
    return { from: mover.place(u), ...mover.move(u, v, reached.get(v)!.tier) };
  });
  const first = mover.place(from);
  const last = mover.place(to);
  return {
    ok: true,
    route: {
      from: first,
      to: last,
      maxMoves,
      moves,
      pay: payChange(first, last),
      weightedGap: moves.reduce((s, m) => s + m.weightedGap, 0),
    },
  };
}
