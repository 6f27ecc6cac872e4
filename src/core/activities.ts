/**
 * The work activities of `match --like`: what the occupations held and each occupation do, as O*NET's
 * detailed work activities (DWAs) of their tasks and the intermediate activities (IWAs) those are under,
 * each counted by the tasks that link to it (Tasks to DWAs.txt). The fit compares them by cosine: 1 for
 * the same activities in the same proportions, 0 for none shared. The method and its evaluation are in
 * docs/matching.md, "Fit". Pure.
 */

import type { StoredActivities } from "../schema/occupation.js";

/**
 * The activities of the jobs held: tasks per DWA and per IWA, by place in the store's lists (0 where
 * none), with each side's length; and room to sum an occupation's IWAs in, so that measuring every
 * occupation allocates nothing.
 */
export interface ActivityVector {
  dwa: Float64Array;
  iwa: Float64Array;
  dwaNorm: number;
  iwaNorm: number;
  /** an occupation's tasks per IWA while it is measured, and the IWAs it touched */
  scratch: Float64Array;
  touched: number[];
}

/** One occupation's activities against the profile's: the two cosines (0-1) and how many DWAs both do. */
export interface ActivityTerm {
  dwa: number;
  iwa: number;
  shared: number;
}

const norm = (v: Float64Array): number => {
  let s = 0;
  for (const x of v) s += x * x;
  return Math.sqrt(s);
};

/**
 * The activities of someone who has done each of these occupations: each DWA's highest task count among
 * them (as a level reached in one job is kept, core/like.ts), the IWAs summed from those; null where none
 * of them has activities.
 */
export function heldActivities(store: StoredActivities, places: readonly number[]): ActivityVector | null {
  const dwa = new Float64Array(store.dwas.length);
  const iwa = new Float64Array(store.iwas.length);
  for (const i of places) {
    const row = store.rows[i] ?? [];
    for (let k = 0; k + 1 < row.length; k += 2) dwa[row[k]!] = Math.max(dwa[row[k]!]!, row[k + 1]!);
  }
  dwa.forEach((tasks, d) => {
    iwa[store.iwa[d]!]! += tasks;
  });
  const dwaNorm = norm(dwa);
  if (dwaNorm === 0) return null;
  return { dwa, iwa, dwaNorm, iwaNorm: norm(iwa), scratch: new Float64Array(store.iwas.length), touched: [] };
}

/**
 * The profile's activities against those of the occupation at place `i`, by cosine of the task counts per
 * DWA and per IWA; null where the occupation has none (not measured).
 */
export function activityTermAt(held: ActivityVector, store: StoredActivities, i: number): ActivityTerm | null {
  const row = store.rows[i] ?? [];
  if (row.length < 2) return null;
  const { scratch, touched } = held;
  let dot = 0;
  let own = 0;
  let shared = 0;
  for (let k = 0; k + 1 < row.length; k += 2) {
    const d = row[k]!;
    const tasks = row[k + 1]!;
    const h = held.dwa[d]!;
    if (h > 0) {
      dot += h * tasks;
      shared++;
    }
    own += tasks * tasks;
    const w = store.iwa[d]!;
    if (scratch[w] === 0) touched.push(w);
    scratch[w]! += tasks;
  }
  let iwaDot = 0;
  let iwaOwn = 0;
  for (const w of touched) {
    const tasks = scratch[w]!;
    iwaDot += held.iwa[w]! * tasks;
    iwaOwn += tasks * tasks;
    scratch[w] = 0;
  }
  touched.length = 0;
  return {
    dwa: Math.min(1, dot / (held.dwaNorm * Math.sqrt(own))),
    iwa: Math.min(1, iwaDot / (held.iwaNorm * Math.sqrt(iwaOwn))),
    shared,
  };
}
