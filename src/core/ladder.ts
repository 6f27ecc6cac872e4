/**
 * Career ladders: the ladder a role belongs to, its steps with salaries and changes, routes between
 * levels and track filters. Pure: roles in, plain data out. The ladder is data in the role files
 * (`ladder:` in the role that holds it, `level:` and `salaryByLevel` in each level's own file).
 *
 * The guide's order is kept as given: a step whose median falls below the step before it is reported
 * (see `salaryInversions`), never reordered.
 */

import type { Ladder, Role } from "../schema/role.js";
import { compareText } from "../text/names.js";
import { percentChange } from "./difference.js";

export interface Years {
  min: number;
  max?: number | undefined;
  total?: boolean | undefined;
}

export interface LadderStep {
  /** 1-based position in the ladder's own order */
  position: number;
  role: string;
  title: string;
  track: string;
  trackName: string;
  /** true where the data, not the source, puts the level on its track (the track's `inferred`) */
  trackInferred: boolean;
  /** the level's step number in its source's ladder, from its role file */
  step: number | null;
  years: Years | null;
  scope: string | null;
  focusAreas: string[];
  median: number | null;
  average: number | null;
  currency: string | null;
  /** where the figures hold, as the salary table names it (US, UK); null where it names none */
  region: string | null;
  /** the level one step below this one (the first that leads here), null for a first level */
  previous: string | null;
  previousTitle: string | null;
  /** median minus the previous level's median, where both are known */
  change: number | null;
  changePercent: number | null;
  /** roles one step up */
  next: string[];
  /** true where the data gives `next`; false where it is the level listed after */
  nextGiven: boolean;
  /** false where the ladder names a role that no role file describes */
  described: boolean;
}

export interface LadderView {
  /** id of the role whose file holds the ladder */
  owner: string;
  name: string;
  summary: string | null;
  source: string;
  /** `inferred`: where the source names the track but puts no level on it, how the levels were assigned */
  tracks: { id: string; name: string; description: string | null; inferred: { reason: string; from: string | null } | null }[];
  steps: LadderStep[];
  lateralMoves: { name: string; detail: string | null }[];
}

export interface SalaryInversion {
  role: string;
  title: string;
  median: number;
  previous: string;
  previousTitle: string;
  previousMedian: number;
  change: number;
  currency: string;
}

/** The ladder a role belongs to: its own, else the first (by owner id) whose levels name it. */
export function findLadder(role: Role, all: readonly Role[]): { owner: Role; ladder: Ladder } | undefined {
  if (role.ladder) return { owner: role, ladder: role.ladder };
  const owner = [...all].sort((a, b) => compareText(a.id, b.id)).find((r) => r.ladder?.levels.some((l) => l.role === role.id));
  return owner?.ladder ? { owner, ladder: owner.ladder } : undefined;
}

/** A level's median and average: the ladder owner's salary-by-level table first, then the level's own. */
function levelSalary(owner: Role, level: Role | undefined, id: string) {
  for (const table of [owner.salaryByLevel, level?.salaryByLevel]) {
    const row = table?.levels.find((l) => l.role === id);
    if (table && row)
      return { median: row.median ?? null, average: row.average ?? null, currency: table.currency, region: table.region ?? null };
  }
  return { median: null, average: null, currency: null, region: null };
}

/** Each level's successors: its `next`, else the level listed after it. */
export function successors(ladder: Ladder): Map<string, string[]> {
  return new Map(
    ladder.levels.map((l, i) => {
      const after = ladder.levels[i + 1];
      return [l.role, l.next ?? (after ? [after.role] : [])];
    }),
  );
}

/** Build the ladder's steps in its own order, with salaries and the change from the level below. */
export function buildLadder(owner: Role, ladder: Ladder, roles: ReadonlyMap<string, Role>): LadderView {
  const next = successors(ladder);
  const trackName = new Map(ladder.tracks.map((t) => [t.id, t.name]));
  const trackInferred = new Set(ladder.tracks.filter((t) => t.inferred).map((t) => t.id));
  const previousOf = (id: string) => ladder.levels.find((l) => next.get(l.role)?.includes(id))?.role ?? null;
  const steps = ladder.levels.map((l, i): LadderStep => {
    const role = l.role === owner.id ? owner : roles.get(l.role);
    const lv = role?.level;
    return {
      position: i + 1,
      role: l.role,
      title: l.title,
      track: l.track,
      trackName: trackName.get(l.track) ?? l.track,
      trackInferred: trackInferred.has(l.track),
      step: lv?.step ?? null,
      years: lv?.years ?? null,
      scope: lv?.scope ?? null,
      focusAreas: lv?.focusAreas ?? [],
      ...levelSalary(owner, role, l.role),
      previous: previousOf(l.role),
      previousTitle: null,
      change: null,
      changePercent: null,
      next: next.get(l.role) ?? [],
      nextGiven: l.next !== undefined,
      described: role !== undefined,
    };
  });
  const byRole = new Map(steps.map((s) => [s.role, s]));
  for (const s of steps) {
    const prev = s.previous ? byRole.get(s.previous) : undefined;
    s.previousTitle = prev?.title ?? null;
    if (prev?.median != null && s.median !== null && prev.currency === s.currency) {
      s.change = s.median - prev.median;
      s.changePercent = prev.median > 0 ? percentChange(prev.median, s.median) : null;
    }
  }
  return {
    owner: owner.id,
    name: ladder.name,
    summary: ladder.summary ?? null,
    source: ladder.source,
    tracks: ladder.tracks.map((t) => ({
      id: t.id,
      name: t.name,
      description: t.description ?? null,
      inferred: t.inferred ? { reason: t.inferred.reason, from: t.inferred.from ?? null } : null,
    })),
    steps,
    lateralMoves: (ladder.lateralMoves ?? []).map((m) => ({ name: m.name, detail: m.detail ?? null })),
  };
}

/** Steps whose median falls below the median of the level before them. */
export function salaryInversions(steps: readonly LadderStep[]): SalaryInversion[] {
  const byRole = new Map(steps.map((s) => [s.role, s]));
  return steps.flatMap((s) => {
    const prev = s.previous ? byRole.get(s.previous) : undefined;
    if (!prev || s.change === null || s.change >= 0 || s.median === null || prev.median === null) return [];
    return [
      {
        role: s.role,
        title: s.title,
        median: s.median,
        previous: prev.role,
        previousTitle: prev.title,
        previousMedian: prev.median,
        change: s.change,
        currency: s.currency ?? "",
      },
    ];
  });
}

export function stepOf(view: LadderView, role: string): LadderStep | undefined {
  return view.steps.find((s) => s.role === role);
}

/** Only the steps of one track, in the ladder's order. */
export function filterTrack(view: LadderView, track: string): LadderStep[] {
  return view.steps.filter((s) => s.track === track);
}

/** Every level reachable upwards from `from` (not included), in the ladder's order. */
export function stepsAhead(view: LadderView, from: string): LadderStep[] {
  const seen = new Set<string>();
  const queue = [...(stepOf(view, from)?.next ?? [])];
  while (queue.length > 0) {
    const id = queue.shift()!;
    if (seen.has(id)) continue;
    seen.add(id);
    queue.push(...(stepOf(view, id)?.next ?? []));
  }
  return view.steps.filter((s) => seen.has(s.role) && s.role !== from);
}

export interface Route {
  from: string;
  to: string;
  track: string | null;
  steps: LadderStep[];
  /** experience at the last step, counted from the start of the first (the guide's years are experience) */
  years: { min: number; max: number | null } | null;
  salaryChange: { amount: number; percent: number | null; currency: string } | null;
}

export type RouteResult = { ok: true; route: Route } | { ok: false; reason: "backwards" | "no-route" | "off-track"; message: string };

/** The shortest way up from one level to another, following the ladder's steps (and one track, if given). */
export function findRoute(view: LadderView, from: string, to: string, track?: string): RouteResult {
  const a = stepOf(view, from);
  const b = stepOf(view, to);
  if (!a || !b) throw new Error(`findRoute: ${!a ? from : to} is not on the ladder`);
  if (track !== undefined) {
    const off = [a, b].find((s) => s.track !== track);
    if (off) return { ok: false, reason: "off-track", message: `${off.title} is not on the ${trackLabel(view, track)} track` };
  }
  const path = shortestPath(view, from, to, track);
  if (!path) {
    const back = shortestPath(view, to, from, track);
    if (back) return { ok: false, reason: "backwards", message: `${b.title} comes before ${a.title} on the ladder; a route only goes up` };
    const across = a.track !== b.track ? ` (${a.trackName} and ${b.trackName} tracks)` : "";
    const within = track !== undefined ? ` on the ${trackLabel(view, track)} track` : "";
    return {
      ok: false,
      reason: "no-route",
      message: `no route from ${a.title} to ${b.title}${across}${within}: the ladder has no steps between them`,
    };
  }
  const steps = path.map((id) => stepOf(view, id)!);
  return { ok: true, route: { from, to, track: track ?? null, steps, years: yearsSince(a, b), salaryChange: routeChange(a, b) } };
}

function trackLabel(view: LadderView, track: string): string {
  return view.tracks.find((t) => t.id === track)?.name ?? track;
}

function shortestPath(view: LadderView, from: string, to: string, track?: string): string[] | undefined {
  const cameFrom = new Map<string, string | null>([[from, null]]);
  const queue = [from];
  while (queue.length > 0) {
    const id = queue.shift()!;
    if (id === to) {
      const path: string[] = [];
      for (let at: string | null = to; at !== null; at = cameFrom.get(at) ?? null) path.unshift(at);
      return path;
    }
    for (const n of stepOf(view, id)?.next ?? []) {
      const s = stepOf(view, n);
      if (!s || cameFrom.has(n) || (track !== undefined && s.track !== track)) continue;
      cameFrom.set(n, id);
      queue.push(n);
    }
  }
  return undefined;
}

/** Experience at step b counted from the start of step a (the guide gives years as experience). */
export function yearsSince(a: LadderStep, b: LadderStep): Route["years"] {
  if (!a.years || !b.years) return null;
  const start = a.years.min;
  return { min: Math.max(0, b.years.min - start), max: b.years.max === undefined ? null : b.years.max - start };
}

function routeChange(a: LadderStep, b: LadderStep): Route["salaryChange"] {
  if (a.median === null || b.median === null || a.currency !== b.currency || !a.currency) return null;
  const amount = b.median - a.median;
  return { amount, percent: a.median > 0 ? percentChange(a.median, b.median) : null, currency: a.currency };
}
