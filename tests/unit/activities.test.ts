/**
 * The work activities of `match --like` (core/activities.ts): the vectors of task counts by detailed
 * (DWA) and intermediate (IWA) work activity, their combination over several occupations held, and the
 * cosines, every expected figure worked by hand from the store below.
 */
import { describe, expect, it } from "vitest";
import { activityTerm, activityVectorAt, heldActivities } from "../../src/core/activities.js";
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

describe("activity vectors", () => {
  it("an occupation's DWA task counts, and its IWAs' sums of them, with their lengths", () => {
    const v = activityVectorAt(store, 0)!;
    expect([...v.dwa]).toEqual([
      [0, 1],
      [1, 1],
      [2, 2],
      [3, 1],
    ]);
    // IWA 1: b's 1 + c's 2
    expect([...v.iwa]).toEqual([
      [0, 1],
      [1, 3],
      [2, 1],
    ]);
    expect(v.dwaNorm).toBeCloseTo(Math.sqrt(1 + 1 + 4 + 1), 12);
    expect(v.iwaNorm).toBeCloseTo(Math.sqrt(1 + 9 + 1), 12);
  });

  it("an occupation with none, or beyond the rows, has no vector", () => {
    expect(activityVectorAt(store, 2)).toBeNull();
    expect(activityVectorAt(store, 9)).toBeNull();
    expect(heldActivities(store, [2])).toBeNull();
    expect(heldActivities(store, [])).toBeNull();
  });

  it("several occupations held: each DWA's highest count among them, the IWAs summed from those", () => {
    const v = heldActivities(store, [0, 3])!;
    // c: 2 in occupation 0, 3 in occupation 3: 3, not 5
    expect([...v.dwa].sort((x, y) => x[0] - y[0])).toEqual([
      [0, 1],
      [1, 1],
      [2, 3],
      [3, 1],
    ]);
    expect([...v.iwa].sort((x, y) => x[0] - y[0])).toEqual([
      [0, 1],
      [1, 4],
      [2, 1],
    ]);
    expect(v.dwaNorm).toBeCloseTo(Math.sqrt(12), 12);
    // one occupation held: its own vector
    expect(heldActivities(store, [1])).toEqual(activityVectorAt(store, 1));
  });
});

describe("activityTerm", () => {
  const held = heldActivities(store, [0])!;

  it("the same activities: both cosines 1, every DWA shared", () => {
    expect(activityTerm(held, activityVectorAt(store, 0))).toEqual({ dwa: expect.closeTo(1, 12), iwa: expect.closeTo(1, 12), shared: 4 });
  });

  it("the cosines by hand", () => {
    // occupation 1 (b 1): DWAs 1 x 1 / (√7 x 1); IWAs 3 x 1 / (√11 x 1)
    const t1 = activityTerm(held, activityVectorAt(store, 1))!;
    expect(t1.dwa).toBeCloseTo(1 / Math.sqrt(7), 12);
    expect(t1.iwa).toBeCloseTo(3 / Math.sqrt(11), 12);
    expect(t1.shared).toBe(1);
    // occupation 3 (c 3): DWAs 2 x 3 / (√7 x 3); IWAs 3 x 3 / (√11 x 3); the smaller side walked either way
    const t3 = activityTerm(held, activityVectorAt(store, 3))!;
    expect(t3.dwa).toBeCloseTo(2 / Math.sqrt(7), 12);
    expect(t3.iwa).toBeCloseTo(3 / Math.sqrt(11), 12);
    expect(activityTerm(activityVectorAt(store, 3)!, held)).toEqual(t3);
  });

  it("none shared: 0; an occupation without activities is not measured", () => {
    const onlyA: StoredActivities = {
      ...store,
      rows: [
        [0, 2],
        [3, 5],
      ],
    };
    expect(activityTerm(activityVectorAt(onlyA, 0)!, activityVectorAt(onlyA, 1))).toEqual({ dwa: 0, iwa: 0, shared: 0 });
    expect(activityTerm(held, activityVectorAt(store, 2))).toBeNull();
  });

  it("never above 1 for the same vector, whatever the rounding", () => {
    const odd: StoredActivities = { ...store, rows: [[0, 3, 1, 7, 2, 11, 3, 13]] };
    const v = activityVectorAt(odd, 0)!;
    const t = activityTerm(v, v)!;
    expect(t.dwa).toBeLessThanOrEqual(1);
    expect(t.dwa).toBeCloseTo(1, 12);
  });
});
