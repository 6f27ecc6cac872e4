/** core/borrowed.ts: an occupation without U.S. figures takes its crosswalk link's, marked; its own are never replaced. */
import { describe, expect, it } from "vitest";
import { borrowedMark, borrowedOf, withBorrowed } from "../../src/core/borrowed.js";
import type { OccupationView } from "../../src/core/occupation.js";

const figures = (id: string, code: string, title: string, source: "onet" | "esco") => ({
  id,
  code,
  title,
  source,
  median: null,
  growth: null,
  openings: null,
  jobZone: null,
  education: null,
  employment: null,
});
const rated = (element: string) => ({ element, name: element, importance: 3, level: 4 });
const base = {
  kind: "occupation" as const,
  soc: "",
  description: "",
  tasks: null,
  technology: null,
  education: null,
  jobZone: null,
  interests: null,
  related: null,
  alternateTitles: null,
};
const onet = {
  ...base,
  id: "lantern-keepers",
  code: "91-1011.00",
  title: "Lantern Keepers",
  source: "onet",
  figures: figures("lantern-keepers", "91-1011.00", "Lantern Keepers", "onet"),
  skills: [rated("2.A.1.b"), rated("2.A.1.d")],
  knowledge: [rated("2.C.1.a")],
  wages: { period: "May 2098" },
  outlook: { period: "2098–08" },
  scales: { importance: [1, 5], level: [0, 7] },
  sources: [
    { name: "O*NET Database", version: "99.1", date: null },
    { name: "ESCO classification", version: "1.1.1", date: null },
  ],
  attribution: ["O*NET's", "ESCO's"],
} as unknown as OccupationView;
const escoView = (more: Partial<OccupationView> = {}) =>
  ({
    ...base,
    id: "esco:lamplighter",
    code: "9629.9.1",
    title: "lamplighter",
    source: "esco",
    figures: figures("esco:lamplighter", "9629.9.1", "lamplighter", "esco"),
    skills: null,
    knowledge: null,
    wages: null,
    outlook: null,
    crosswalk: { code: "91-1011.00", title: "Lantern Keepers", confidence: 2 },
    scales: { importance: null, level: null },
    sources: [{ name: "ESCO classification", version: "1.1.1", date: null }],
    attribution: ["ESCO's"],
    ...more,
  }) as unknown as OccupationView;
const mark = { from: { id: "lantern-keepers", code: "91-1011.00", title: "Lantern Keepers", source: "onet" as const }, confidence: 2 };

describe("withBorrowed", () => {
  it("takes wages, outlook, skills and knowledge where it has none, each marked with the link's confidence", () => {
    const v = withBorrowed(escoView(), onet);
    expect(v.wages).toEqual({ period: "May 2098", borrowed: mark });
    expect(v.outlook).toEqual({ period: "2098–08", borrowed: mark });
    expect(v.skills).toEqual([
      { ...rated("2.A.1.b"), borrowed: mark },
      { ...rated("2.A.1.d"), borrowed: mark },
    ]);
    expect(v.knowledge).toEqual([{ ...rated("2.C.1.a"), borrowed: mark }]);
    expect(v.scales).toEqual({ importance: [1, 5], level: [0, 7] });
    // ESCO's release once, O*NET's added; the attribution likewise
    expect(v.sources.map((s) => s.name)).toEqual(["ESCO classification", "O*NET Database"]);
    expect(v.attribution).toEqual(["ESCO's", "O*NET's"]);
    // the rest is its own
    expect([v.id, v.code, v.figures.id, v.figures.median]).toEqual(["esco:lamplighter", "9629.9.1", "esco:lamplighter", null]);
    // the linked view is not changed
    expect(onet.skills![0]).not.toHaveProperty("borrowed");
  });

  it("keeps its own blocks and scales where it has them", () => {
    const own = escoView({ wages: { period: "own" } as never, skills: [rated("x")] as never, scales: { importance: [0, 1], level: null } });
    const v = withBorrowed(own, onet);
    expect(v.wages).toEqual({ period: "own" });
    expect(v.skills).toEqual([rated("x")]);
    expect(v.knowledge).toEqual([{ ...rated("2.C.1.a"), borrowed: mark }]);
    expect(v.outlook).toEqual({ period: "2098–08", borrowed: mark });
    expect(v.scales).toEqual({ importance: [1, 5], level: [0, 7] });
    // skills borrowed, knowledge its own: the scales are the ratings'
    const k = withBorrowed(escoView({ knowledge: [rated("k")] as never, scales: { importance: [0, 1], level: null } }), onet);
    expect(k.scales).toEqual({ importance: [1, 5], level: [0, 7] });
    expect(k.knowledge).toEqual([rated("k")]);
    // only wages and outlook borrowed: its own scales stay
    const w = withBorrowed(escoView({ skills: [] as never, knowledge: [] as never, scales: { importance: [0, 1], level: null } }), onet);
    expect(w.scales).toEqual({ importance: [0, 1], level: null });
    expect(w.wages).toMatchObject({ borrowed: mark });
  });

  it("without a link, a linked view, or anything to take, the view as it is", () => {
    const none = escoView({ crosswalk: null });
    expect(withBorrowed(none, onet)).toBe(none);
    const v = escoView();
    expect(withBorrowed(v, null)).toBe(v);
    expect(withBorrowed(onet, onet)).toBe(onet);
    const empty = { ...onet, wages: null, outlook: null, skills: null, knowledge: null } as OccupationView;
    expect(withBorrowed(v, empty)).toBe(v);
    const onlyWages = withBorrowed(v, { ...empty, wages: { period: "w" } } as unknown as OccupationView);
    expect(onlyWages.wages).toEqual({ period: "w", borrowed: mark });
    expect(onlyWages.scales).toEqual({ importance: null, level: null });
    expect(withBorrowed(v, { ...empty, outlook: { period: "o" } } as unknown as OccupationView).outlook).toEqual({
      period: "o",
      borrowed: mark,
    });
  });
});

describe("borrowedMark and borrowedOf", () => {
  it("the mark names the linked occupation's reference and the link's confidence", () => {
    expect(borrowedMark(escoView(), onet)).toEqual(mark);
    expect(borrowedMark(escoView({ crosswalk: undefined }), onet)).toBeNull();
  });
  it("a block's mark, or a list's first item's; null for own figures", () => {
    expect(borrowedOf({ borrowed: mark })).toEqual(mark);
    expect(borrowedOf([{ borrowed: mark }])).toEqual(mark);
    expect(borrowedOf([{}])).toBeNull();
    expect(borrowedOf([])).toBeNull();
    expect(borrowedOf({})).toBeNull();
    expect(borrowedOf(null)).toBeNull();
    expect(borrowedOf(undefined)).toBeNull();
  });
});
