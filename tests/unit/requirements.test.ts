/** core/requirements.ts: the weighted Jaccard similarity of essential and optional items, what a move takes, the nearest occupations. */
import { describe, expect, it } from "vitest";
import { itemPath, mostSimilar, sharedEssential, similarity, toGain, weighAll, weightedItems } from "../../src/core/requirements.js";
import type { RequiredItem } from "../../src/schema/occupation.js";

const item = (n: string): RequiredItem => ({ uri: `u:${n}`, label: n, kind: "skill", groups: [] });
const req = (essential: string[], optional: string[] = []) => ({
  kind: "essential-optional" as const,
  essential: essential.map(item),
  optional: optional.map(item),
});
const MODEL = { weights: { essential: 1, optional: 0.5 }, related: 10, match: { relevance: 0.5 }, learning: 0.5 };
const w = (essential: string[], optional: string[] = []) => weightedItems(req(essential, optional), MODEL);

describe("weightedItems", () => {
  it("weighs an essential item `essential`, an optional one `optional`; an item listed as both is essential", () => {
    const x = w(["a", "b"], ["c", "a"]);
    expect([...x.weights]).toEqual([
      ["u:c", 0.5],
      ["u:a", 1],
      ["u:b", 1],
    ]);
    expect(x.total).toBe(2.5);
    expect(w([]).total).toBe(0);
  });
});

describe("similarity", () => {
  it("the sum of the smaller weights over the sum of the larger, worked by hand", () => {
    // a: a=1 b=1 c=.5; b: a=1 c=1 d=.5 -> min a1 c.5 = 1.5; max a1 b1 c1 d.5 = 3.5
    expect(similarity(w(["a", "b"], ["c"]), w(["a", "c"], ["d"]))).toBeCloseTo(1.5 / 3.5, 12);
    // symmetric, whichever is smaller
    expect(similarity(w(["a", "c"], ["d"]), w(["a", "b"], ["c"]))).toBeCloseTo(1.5 / 3.5, 12);
    expect(similarity(w(["a"]), w(["a", "b", "c"]))).toBeCloseTo(1 / 3, 12);
    expect(similarity(w(["a", "b", "c"]), w(["a"]))).toBeCloseTo(1 / 3, 12);
  });
  it("1 for the same items the same way, 0 for none shared or nothing at all", () => {
    expect(similarity(w(["a"], ["b"]), w(["a"], ["b"]))).toBe(1);
    expect(similarity(w(["a"]), w(["b"]))).toBe(0);
    expect(similarity(w([]), w([]))).toBe(0);
    // optional to one, essential to the other: half shared
    expect(similarity(w([], ["a"]), w(["a"]))).toBe(0.5);
  });
});

describe("sharedEssential and toGain", () => {
  it("the items essential to every list, in the first's order", () => {
    expect(sharedEssential([req(["c", "a", "b"]), req(["a", "c"]), req(["b", "c", "a"])]).map((i) => i.label)).toEqual(["c", "a"]);
    expect(sharedEssential([req(["a"])]).map((i) => i.label)).toEqual(["a"]);
    expect(sharedEssential([])).toEqual([]);
  });
  it("what a move takes: essential to the target, not essential to the start (optional to it counts as lacking)", () => {
    expect(toGain(req(["a"], ["b"]), req(["c", "b", "a"])).map((i) => i.label)).toEqual(["c", "b"]);
    expect(toGain(req(["a", "b"]), req(["b", "a"]))).toEqual([]);
  });
});

describe("mostSimilar", () => {
  const candidates = [
    { i: 0, items: w(["a"]) },
    { i: 1, items: w(["a", "b"]) },
    { i: 2, items: w(["x"]) },
    { i: 3, items: w(["b", "a"]) },
    { i: 4, items: w(["a", "b", "c"]) },
  ];
  it("most similar first, ties by place, none that shares nothing, at most the limit, those left out not", () => {
    const r = mostSimilar(w(["a", "b"]), candidates, 10, new Set([0]));
    expect(r.map((x) => x.i)).toEqual([1, 3, 4]);
    expect(r.map((x) => x.similarity)).toEqual([1, 1, 2 / 3]);
    expect(mostSimilar(w(["a", "b"]), candidates, 2).map((x) => x.i)).toEqual([1, 3]);
    expect(mostSimilar(w(["a", "b"]), candidates, 10).map((x) => x.i)).toEqual([1, 3, 4, 0]);
  });
});

describe("itemPath", () => {
  const row = (i: number) => ({
    id: `esco:o${i}`,
    code: `c${i}`,
    title: `o${i}`,
    median: null,
    jobZone: null,
    growthPercent: null,
    openings: null,
    education: null,
    at: [0, 0] as [number, number],
  });
  const occ = (i: number, essential: string[], optional: string[] = []) => ({ i, row: row(i), requirements: req(essential, optional) });
  const all = [occ(0, ["a", "b"], ["c"]), occ(1, ["a", "d"]), occ(2, ["a", "b", "c"]), occ(3, ["z"]), occ(4, ["b"]), occ(5, ["a"], ["b"])];
  const dates = { wages: null, projections: null, onet: null };

  it("the most similar, the hierarchy apart, each with what the move takes", () => {
    const p = itemPath(all[0]!, all, { broader: [4], narrower: [5] }, { ...MODEL, related: 2 }, dates);
    expect(p.occupation).toMatchObject({ id: "esco:o0", code: "c0", source: "esco" });
    expect(p.weights).toEqual(MODEL.weights);
    // o2: a1 b1 c1 vs a1 b1 c.5 -> 2.5/3; o1: a -> 1/(2.5+2-1) = 1/3.5; o3 shares nothing
    expect(p.related.map((m) => [m.id, m.similarity])).toEqual([
      ["esco:o2", 2.5 / 3],
      ["esco:o1", 1 / 3.5],
    ]);
    expect(p.related[0]).toMatchObject({ sharedEssential: 2, toGain: [item("c")] });
    expect(p.related[1]).toMatchObject({ sharedEssential: 1, toGain: [item("d")] });
    expect(p.broader.map((m) => [m.id, m.similarity, m.sharedEssential, m.toGain])).toEqual([["esco:o4", 1 / 2.5, 1, []]]);
    expect(p.narrower.map((m) => [m.id, m.similarity])).toEqual([["esco:o5", 1.5 / 2.5]]);
  });

  it("a place of the hierarchy not among the occupations is left out; weighed items given are used", () => {
    const p = itemPath(all[0]!, all, { broader: [99], narrower: [] }, MODEL, dates);
    expect(p.broader).toEqual([]);
    // o2 2.5/3, o5 1.5/2.5, o4 1/2.5, o1 1/3.5; o3 shares nothing
    expect(p.related.map((m) => m.id)).toEqual(["esco:o2", "esco:o5", "esco:o4", "esco:o1"]);
    const weighed = weighAll(all, { ...MODEL, weights: { essential: 1, optional: 0 } });
    const q = itemPath(all[0]!, all, { broader: [], narrower: [] }, MODEL, dates, weighed);
    // optional items weigh 0: o2 (a, b, c essential) against a, b -> 2/3; o4 (b) and o5 (a; b optional) 1/2, tied: by place
    expect(q.related.slice(0, 3).map((m) => [m.id, m.similarity])).toEqual([
      ["esco:o2", 2 / 3],
      ["esco:o4", 1 / 2],
      ["esco:o5", 1 / 2],
    ]);
  });
});
