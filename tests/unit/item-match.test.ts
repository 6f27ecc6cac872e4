/**
 * core/item-match.ts: a checklist's entries looked up among the items, occupations scored by coverage x
 * relevance ^ power and ranked, what each lacks, a group's template. Expected values worked by hand from the
 * occupations below (essential 1, optional 0.5).
 */
import { describe, expect, it } from "vitest";
import type { DatasetDates } from "../../src/core/figures.js";
import {
  itemCatalog,
  itemGaps,
  itemScore,
  labelKey,
  matchByItems,
  rankByItems,
  resolveChecklist,
  templateItems,
} from "../../src/core/item-match.js";
import { type ItemsOccupation, weightedItems } from "../../src/core/requirements.js";
import type { RequiredItem } from "../../src/schema/occupation.js";
import type { ChecklistEntry } from "../../src/schema/skills-checklist.js";
import { indexRow } from "../helpers/index-row.js";

const item = (n: string, label = n): RequiredItem => ({ uri: `u:${n}`, label, kind: "skill", groups: [] });
const MODEL = { weights: { essential: 1, optional: 0.5 }, related: 10, match: { relevance: 1 }, learning: 0.5 };
const row = (i: number, code: string) => indexRow(code, `o${i}`, `esco:o${i}`);
const occ = (i: number, code: string, essential: string[], optional: string[] = []): ItemsOccupation => ({
  i,
  row: row(i, code),
  requirements: { kind: "essential-optional", essential: essential.map((n) => item(n)), optional: optional.map((n) => item(n)) },
});
// o0: a b essential, c optional (2.5); o1: a c (2); o2: d, a optional (1.5); o3: e (1); o4: nothing
const ALL = [
  occ(0, "9629.1", ["a", "b"], ["c"]),
  occ(1, "9629.2", ["a", "c"]),
  occ(2, "9630.1", ["d"], ["a"]),
  occ(3, "6121.5", ["e"]),
  occ(4, "6121.6", []),
];
const entry = (line: number, label: string | null, mark: ChecklistEntry["mark"] = "had", uri: string | null = null): ChecklistEntry => ({
  line,
  mark,
  label,
  uri,
});

describe("labelKey", () => {
  it("case and runs of spacing ignored, punctuation kept", () => {
    expect(labelKey("  Trim \t Lamp  wicks ")).toBe("trim lamp wicks");
    expect(labelKey("C#")).not.toBe(labelKey("C++"));
    expect(labelKey("Cafe\u0301")).toBe(labelKey("Café"));
  });
});

describe("resolveChecklist", () => {
  it("every item once, by URI and by label", () => {
    const catalog = itemCatalog(ALL);
    expect([...catalog.byUri.keys()]).toEqual(["u:a", "u:b", "u:c", "u:d", "u:e"]);
    expect(catalog.byLabel.get("a")?.map((i) => i.uri)).toEqual(["u:a"]);
  });

  it("by label or URI; each item in one list, had over learning over not had", () => {
    const catalog = itemCatalog(ALL);
    const r = resolveChecklist(
      [
        entry(1, "A"),
        entry(2, "b", "learning"),
        entry(3, "x", "not", "u:c"),
        entry(4, "a", "not"),
        entry(5, "B", "had"),
        entry(6, "d", "learning"),
        entry(7, "d", "not"),
      ],
      catalog,
    );
    expect(r.problems).toEqual([]);
    expect(r.had.map((i) => i.uri)).toEqual(["u:a", "u:b"]);
    expect(r.learning.map((i) => i.uri)).toEqual(["u:d"]);
    expect(r.not.map((i) => i.uri)).toEqual(["u:c"]);
  });

  it("a later weaker mark does not undo a stronger one; a stronger one replaces a weaker", () => {
    const catalog = itemCatalog(ALL);
    const r = resolveChecklist([entry(1, "a", "learning"), entry(2, "a", "not"), entry(3, "b", "not"), entry(4, "b", "learning")], catalog);
    expect(r.learning.map((i) => i.uri)).toEqual(["u:a", "u:b"]);
    expect(r.not).toEqual([]);
    expect(r.had).toEqual([]);
  });

  it("an unknown label: its line and the closest label; an unknown URI; a label of several items", () => {
    const two = itemCatalog([
      occ(0, "1", ["a"]),
      { ...occ(1, "2", []), requirements: { kind: "essential-optional", essential: [item("z", "A")], optional: [] } },
    ]);
    const r = resolveChecklist([entry(3, "trim"), entry(4, null, "had", "u:q"), entry(5, "a")], two);
    expect(r.problems[0]).toEqual({ line: 3, message: '"trim" is not the label of an ESCO skill or knowledge item of the data set' });
    expect(r.problems[1]).toEqual({ line: 4, message: "no ESCO skill or knowledge item of the data set has the URI u:q" });
    expect(r.problems[2]!.line).toBe(5);
    expect(r.problems[2]!.message).toBe('"a" is the label of 2 items: add the one meant as "# <URI>" (u:a, u:z)');
    expect(r.had).toEqual([]);
    const near = resolveChecklist([entry(9, "bb")], itemCatalog(ALL));
    expect(near.problems).toEqual([
      { line: 9, message: '"bb" is not the label of an ESCO skill or knowledge item of the data set', suggestion: "b" },
    ]);
  });
});

describe("itemScore and itemGaps", () => {
  const had = new Set(["u:a", "u:c"]);
  it("coverage: the weight of its items had over its weight; relevance: its share of the items had", () => {
    // o0: a 1 + c 0.5 of 2.5; both had items -> relevance 1
    expect(itemScore(had, 0, weightedItems(ALL[0]!.requirements, MODEL), MODEL)).toEqual({ i: 0, fit: 0.6, coverage: 0.6, relevance: 1 });
    // o2: a optional 0.5 of 1.5; one of two -> 1/3 x 1/2
    const s = itemScore(had, 2, weightedItems(ALL[2]!.requirements, MODEL), MODEL)!;
    expect(s.coverage).toBeCloseTo(1 / 3, 12);
    expect(s.relevance).toBe(0.5);
    expect(s.fit).toBeCloseTo(1 / 6, 12);
    // the power of relevance: 0 leaves coverage alone, 2 squares it
    expect(itemScore(had, 2, weightedItems(ALL[2]!.requirements, MODEL), { ...MODEL, match: { relevance: 0 } })!.fit).toBeCloseTo(
      1 / 3,
      12,
    );
    expect(itemScore(had, 2, weightedItems(ALL[2]!.requirements, MODEL), { ...MODEL, match: { relevance: 2 } })!.fit).toBeCloseTo(
      1 / 12,
      12,
    );
    expect(itemScore(had, 3, weightedItems(ALL[3]!.requirements, MODEL), MODEL)).toBeNull();
    expect(itemScore(had, 4, weightedItems(ALL[4]!.requirements, MODEL), MODEL)).toBeNull();
    // an optional item weighing 0: listed, shared, but no coverage
    expect(
      itemScore(new Set(["u:a"]), 2, weightedItems(ALL[2]!.requirements, { ...MODEL, weights: { essential: 1, optional: 0 } }), MODEL),
    ).toEqual({
      i: 2,
      fit: 0,
      coverage: 0,
      relevance: 1,
    });
    expect(itemScore(new Set(["u:a"]), 5, { weights: new Map([["u:a", 0]]), total: 0 }, MODEL)).toEqual({
      i: 5,
      fit: 0,
      coverage: 0,
      relevance: 1,
    });
  });

  it("what it lacks: the essential items not had, then the optional; an item both essential and optional is essential", () => {
    expect(itemGaps(had, ALL[0]!.requirements)).toEqual({
      essential: { had: 1, of: 2 },
      optional: { had: 1, of: 1 },
      lacks: { essential: [item("b")], optional: [] },
    });
    const both = { kind: "essential-optional" as const, essential: [item("a"), item("d")], optional: [item("a"), item("e")] };
    expect(itemGaps(new Set(["u:d"]), both)).toEqual({
      essential: { had: 1, of: 2 },
      optional: { had: 0, of: 1 },
      lacks: { essential: [item("a")], optional: [item("e")] },
    });
  });
});

describe("rankByItems and matchByItems", () => {
  const dates: DatasetDates = { onet: null, wages: null, projections: null };
  it("best fit first, ties by coverage then by place; those sharing nothing and those left out not ranked", () => {
    // had a: o0 1/2.5, o1 1/2, o2 0.5/1.5, each relevance 1
    expect(rankByItems(new Set(["u:a"]), ALL, MODEL).map((r) => [r.i, r.rank])).toEqual([
      [1, 1],
      [0, 2],
      [2, 3],
    ]);
    expect(rankByItems(new Set(["u:a"]), ALL, MODEL, new Set([1])).map((r) => r.i)).toEqual([0, 2]);
    // had a, e: o3 1 x 1/2, o1 1/2 x 1/2 and o0 0.4 x 1/2: equal fits ordered by coverage
    const ties = [occ(0, "1", ["a"], ["b"]), occ(1, "2", ["a", "b"]), occ(2, "3", ["a"], ["b"])];
    // o0 and o2 have the same items: by place; o1 (1/2) after them (1/1.5)
    expect(rankByItems(new Set(["u:a"]), ties, MODEL).map((r) => r.i)).toEqual([0, 2, 1]);
    // the same fit, the higher coverage first: x (coverage 1, relevance 1/2) before y (coverage 1/2, relevance 1)
    const same = [occ(0, "1", ["a", "b"]), occ(1, "2", ["a"])];
    const r = rankByItems(new Set(["u:a", "z"]), same, MODEL);
    expect(r.map((x) => [x.i, x.fit])).toEqual([
      [1, 0.5],
      [0, 0.25],
    ]);
    const sameFit = [occ(0, "1", ["a", "b"]), occ(1, "2", ["a"]), occ(2, "3", ["b", "c"], ["a"])];
    // had a, b: o0 1 x 1; o1 1 x 1/2; o2 (1 + 0.5)/2.5 = 0.6 x 1
    expect(rankByItems(new Set(["u:a", "u:b"]), sameFit, MODEL).map((x) => x.i)).toEqual([0, 2, 1]);
    // had a, b: equal fits 0.5, o3 (a alone: coverage 1, relevance 1/2) before o1 (a b c d: 1/2, relevance 1)
    const eq = [occ(1, "1", ["a", "b", "c", "d"]), occ(3, "2", ["a"])];
    expect(rankByItems(new Set(["u:a", "u:b"]), eq, MODEL).map((x) => [x.i, x.fit])).toEqual([
      [3, 0.5],
      [1, 0.5],
    ]);
    expect(rankByItems(new Set(["u:a"]), [occ(3, "1", ["a", "b"]), occ(1, "2", ["a", "b"])], MODEL).map((x) => x.i)).toEqual([1, 3]);
  });

  it("the ISCO group and the limit narrow what is listed; ranks and total stay those among all", () => {
    const had = new Set(["u:a"]);
    const m = matchByItems(had, ALL, MODEL, { isco: "9629", limit: 1, dates });
    expect(m.total).toBe(3);
    expect(m.shown).toEqual({ rows: 1, of: 2 });
    expect(m.results).toHaveLength(1);
    expect(m.results[0]).toMatchObject({ rank: 1, id: "esco:o1", code: "9629.2", fit: 0.5, essential: { had: 1, of: 2 } });
    expect(m.results[0]!.lacks.essential).toEqual([item("c")]);
    const other = matchByItems(had, ALL, MODEL, { isco: "963", limit: undefined, dates });
    expect(other.results.map((r) => [r.id, r.rank])).toEqual([["esco:o2", 3]]);
    expect(other.shown).toEqual({ rows: 1, of: 1 });
    const every = matchByItems(had, ALL, MODEL, { isco: null, limit: undefined, dates });
    expect(every.results.map((r) => r.id)).toEqual(["esco:o1", "esco:o0", "esco:o2"]);
    expect(matchByItems(had, ALL, MODEL, { isco: null, limit: 2, dates }).shown).toEqual({ rows: 2, of: 3 });
  });
});

describe("templateItems", () => {
  it("essential to any first, by how many list them essential, then in all, then by label; optional-only after", () => {
    // o0 a b (c); o1 a c; o2 d (a); o5 f (g) (b)
    const group = [...ALL.slice(0, 3), occ(5, "1", ["f"], ["g", "b"])];
    const t = templateItems(group);
    expect(t.map((x) => [x.item.label, x.essentialTo, x.optionalTo])).toEqual([
      ["a", [0, 1], [2]],
      ["b", [0], [5]],
      ["c", [1], [0]],
      ["d", [2], []],
      ["f", [5], []],
      ["g", [], [5]],
    ]);
    // met in another order than the one listed: z y x w v u; o2 lists x optional, o3 to o5 list u optional
    const mixed = [
      occ(0, "1", ["z"], ["y"]),
      occ(1, "1", ["x", "z"]),
      occ(2, "1", [], ["w", "x"]),
      occ(3, "1", ["v"], ["u"]),
      occ(4, "1", [], ["u"]),
      occ(6, "1", [], ["u"]),
    ];
    expect(templateItems(mixed).map((x) => [x.item.label, x.essentialTo.length, x.optionalTo.length])).toEqual([
      ["z", 2, 0],
      ["x", 1, 1],
      ["v", 1, 0],
      ["u", 0, 3],
      ["w", 0, 1],
      ["y", 0, 1],
    ]);
    // an item listed as both by one occupation counts as essential to it
    expect(templateItems([occ(0, "1", ["a"], ["a"])]).map((x) => [x.essentialTo, x.optionalTo])).toEqual([[[0], []]]);
    expect(templateItems([occ(0, "1", ["b"], ["a"]), occ(1, "1", [], ["a"])]).map((x) => x.item.label)).toEqual(["b", "a"]);
  });
});
