/**
 * The work activities of `match --like`: what the occupations held and each occupation do, as O*NET's
 * detailed work activities (DWAs) of their tasks and the intermediate activities (IWAs) those are under,
 * each counted by the tasks that link to it (Tasks to DWAs.txt). The fit compares them by cosine: 1 for
 * the same activities in the same proportions, 0 for none shared. The method and its evaluation are in
 * docs/matching.md, "Fit". Pure.
 */

import type { StoredActivities } from "../schema/occupation.js";

/** Tasks per activity, sparse: DWA place -> tasks and IWA place -> tasks, with each side's length. */
export interface ActivityVector {
  dwa: Map<number, number>;
  iwa: Map<number, number>;
  dwaNorm: number;
  iwaNorm: number;
}

/** One occupation's activities against the profile's: the two cosines (0-1) and how many DWAs both do. */
export interface ActivityTerm {
  dwa: number;
  iwa: number;
  shared: number;
}

const norm = (v: Map<number, number>): number => {
  let s = 0;
  for (const x of v.values()) s += x * x;
  return Math.sqrt(s);
};

/** The vector of DWA task counts, with their IWAs' sums; null where it has no activity. */
function vectorOf(store: StoredActivities, dwa: Map<number, number>): ActivityVector | null {
  if (dwa.size === 0) return null;
  const iwa = new Map<number, number>();
  for (const [d, tasks] of dwa) {
    const k = store.iwa[d]!;
    iwa.set(k, (iwa.get(k) ?? 0) + tasks);
  }
  return { dwa, iwa, dwaNorm: norm(dwa), iwaNorm: norm(iwa) };
}

/** The pairs [DWA place, tasks] of row `i` as a map. */
function rowAt(store: StoredActivities, i: number): Map<number, number> {
  const row = store.rows[i] ?? [];
  const m = new Map<number, number>();
  for (let k = 0; k + 1 < row.length; k += 2) m.set(row[k]!, row[k + 1]!);
  return m;
}

/** The activities of the occupation at place `i`; null where it has none. */
export const activityVectorAt = (store: StoredActivities, i: number): ActivityVector | null => vectorOf(store, rowAt(store, i));

/**
 * The activities of someone who has done each of these occupations: each DWA's highest task count among
 * them (as a level reached in one job is kept, core/like.ts), the IWAs summed from those; null where none
 * of them has activities.
 */
export function heldActivities(store: StoredActivities, places: readonly number[]): ActivityVector | null {
  const dwa = new Map<number, number>();
  for (const i of places) for (const [d, tasks] of rowAt(store, i)) dwa.set(d, Math.max(dwa.get(d) ?? 0, tasks));
  return vectorOf(store, dwa);
}

/** The cosine of two sparse vectors of positive counts, 0-1 (norms given, both above 0). */
function cosine(a: Map<number, number>, an: number, b: Map<number, number>, bn: number): { cos: number; shared: number } {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  let shared = 0;
  for (const [k, x] of small) {
    const y = large.get(k);
    if (y === undefined) continue;
    dot += x * y;
    shared++;
  }
  return { cos: Math.min(1, dot / (an * bn)), shared };
}

/** The profile's activities against an occupation's; null where the occupation has none (not measured). */
export function activityTerm(profile: ActivityVector, occupation: ActivityVector | null): ActivityTerm | null {
  if (!occupation) return null;
  const d = cosine(profile.dwa, profile.dwaNorm, occupation.dwa, occupation.dwaNorm);
  const w = cosine(profile.iwa, profile.iwaNorm, occupation.iwa, occupation.iwaNorm);
  return { dwa: d.cos, iwa: w.cos, shared: d.shared };
}
