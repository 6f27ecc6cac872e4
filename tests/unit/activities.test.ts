/**
 * The work activities of `match --like` (core/activities.ts): the task counts by detailed (DWA) and
 * intermediate (IWA) work activity of the jobs held, their combination over several, and the cosines with
 * each occupation's, every expected figure worked by hand from the store below.
 */
import { describe, expect, it } from "vitest";
import { activityTermAt, heldActivities } from "../../src/core/activities.js";
import type { StoredActivities } from "../../src/schema/occupation.js";

// DWAs a, b, c, d; a under IWA 0, b and c under IWA 1, d under IWA 2
// occupation 0: a 1 task, b 1, c 2, d 1; occupation 1: b 1; occupation 2: none; occupation 3: c 3
const store: StoredActivities = {
  format: 2,
  dwas: ["a", "b", "c", "d"],
  iwas: ["A", "B", "C"],
  iwa: [0, 1, 1, 2],
  rows: [[0, 1, 1, 1, 2, 2, 3, 1], [1, 1], [], [2, 3]],
};

describe("heldActivities", () => {
  it("one occupation held: its DWA task counts, its IWAs' sums of them, and their lengths", () => {
    const v = heldActivities(store, [0])!;
    expect([...v.dwa]).toEqual([1, 1, 2, 1]);
    // IWA 1: b's 1 + c's 2
    expect([...v.iwa]).toEqual([1, 3, 1]);
    expect(v.dwaNorm).toBeCloseTo(Math.sqrt(1 + 1 + 4 + 1), 12);
    expect(v.iwaNorm).toBeCloseTo(Math.sqrt(1 + 9 + 1), 12);
  });

  it("several held: each DWA's highest count among them, the IWAs summed from those", () => {
    const v = heldActivities(store, [0, 3])!;
    // c: 2 in occupation 0, 3 in occupation 3: 3, not 5
    expect([...v.dwa]).toEqual([1, 1, 3, 1]);
    expect([...v.iwa]).toEqual([1, 4, 1]);
    expect(v.dwaNorm).toBeCloseTo(Math.sqrt(12), 12);
    expect(v.iwaNorm).toBeCloseTo(Math.sqrt(18), 12);
    expect([...heldActivities(store, [3, 1])!.dwa]).toEqual([0, 1, 3, 0]);
  });

  it("none of them with activities (or none held, or a place beyond the rows): no vector", () => {
    expect(heldActivities(store, [2])).toBeNull();
    expect(heldActivities(store, [])).toBeNull();
    expect(heldActivities(store, [9])).toBeNull();
  });
});

describe("activityTermAt", () => {
  const held = heldActivities(store, [0])!;

  it("the same activities: both cosines 1, every DWA shared", () => {
    expect(activityTermAt(held, store, 0)).toEqual({ dwa: expect.closeTo(1, 12), iwa: expect.closeTo(1, 12), shared: 4 });
  });

  it("the cosines by hand", () => {
    // occupation 1 (b 1): DWAs 1 x 1 / (√7 x 1); IWAs 3 x 1 / (√11 x 1)
    const t1 = activityTermAt(held, store, 1)!;
    expect(t1.dwa).toBeCloseTo(1 / Math.sqrt(7), 12);
    expect(t1.iwa).toBeCloseTo(3 / Math.sqrt(11), 12);
    expect(t1.shared).toBe(1);
    // occupation 3 (c 3): DWAs 2 x 3 / (√7 x 3); IWAs 3 x 3 / (√11 x 3)
    const t3 = activityTermAt(held, store, 3)!;
    expect(t3.dwa).toBeCloseTo(2 / Math.sqrt(7), 12);
    expect(t3.iwa).toBeCloseTo(3 / Math.sqrt(11), 12);
    // the other way round: the same cosines
    const back = activityTermAt(heldActivities(store, [3])!, store, 0)!;
    expect([back.dwa, back.iwa, back.shared]).toEqual([expect.closeTo(t3.dwa, 12), expect.closeTo(t3.iwa, 12), 1]);
  });

  it("an occupation's IWAs: its DWAs' tasks summed, whatever was measured before", () => {
    // b and c both under IWA 1: occupation 4 has 2 + 2 there; held: occupation 3 (c 3, IWA 1 3)
    const two: StoredActivities = { ...store, rows: [...store.rows, [1, 2, 2, 2]] };
    const h = heldActivities(two, [3])!;
    // measure another first: its IWAs must not carry over
    activityTermAt(h, two, 0);
    const t = activityTermAt(h, two, 4)!;
    // DWAs: 3 x 2 / (3 x √8); IWAs: 3 x 4 / (3 x 4) = 1
    expect(t.dwa).toBeCloseTo(2 / Math.sqrt(8), 12);
    expect(t.iwa).toBeCloseTo(1, 12);
    expect(t.shared).toBe(1);
    expect(activityTermAt(h, two, 4)).toEqual(t);
  });

  it("none shared: 0; an occupation without activities is not measured", () => {
    const apart: StoredActivities = { ...store, rows: [[0, 2], [3, 5], []] };
    expect(activityTermAt(heldActivities(apart, [0])!, apart, 1)).toEqual({ dwa: 0, iwa: 0, shared: 0 });
    expect(activityTermAt(held, store, 2)).toBeNull();
    expect(activityTermAt(held, store, 9)).toBeNull();
  });

  it("never above 1 for the same activities, whatever the rounding", () => {
    const odd: StoredActivities = { ...store, rows: [[0, 3, 1, 7, 2, 11, 3, 13]] };
    const t = activityTermAt(heldActivities(odd, [0])!, odd, 0)!;
    expect(t.dwa).toBeLessThanOrEqual(1);
    expect(t.iwa).toBeLessThanOrEqual(1);
    expect(t.dwa).toBeCloseTo(1, 12);
  });
});
