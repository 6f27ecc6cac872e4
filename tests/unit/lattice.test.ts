/**
 * Career lattices over occupations (src/core/lattice.ts): how moves are classed, what they take, and the
 * route with the fewest moves. Expected values are worked by hand from the harbour-town tables
 * (tests/helpers/scale-fixture.ts).
 */
import { beforeEach, describe, expect, it } from "vitest";
import { classify, findOccupationRoute, type Lattice, type LatticeData, lattice, moveCost, type Place } from "../../src/core/lattice.js";
import { gaps, needsAt, profileOf } from "../../src/core/scale.js";
import { renderOccupationPath } from "../../src/render/lattice.js";
import { plainStyle } from "../../src/render/style.js";
import type { IndexRow, StoredRatings } from "../../src/schema/occupation.js";
import { SCALE_ELEMENT_IDS, SCALE_ELEMENTS, SCALE_OCCUPATIONS, type ScaleOccupation } from "../helpers/scale-fixture.js";

const MODEL = { importance: 3, lateralBand: 0.1 };

/** The harbour town as the lattice reads a data set: its ratings and index rows, built from the tables. */
function harbour(occupations: readonly ScaleOccupation[] = SCALE_OCCUPATIONS): LatticeData {
  const place = new Map(occupations.map((o, i) => [o.code, i]));
  const ratings: StoredRatings = {
    format: 2,
    elements: SCALE_ELEMENT_IDS,
    importance: occupations.map((o) => o.ratings.map(([im]) => im)),
    level: occupations.map((o) => o.ratings.map(([, lv]) => lv)),
    interests: occupations.map((o) => [...o.interests]),
    related: occupations.map((o) => o.related.map(([code, tier]): [number, string] => [place.get(code)!, tier])),
  };
  const rows: IndexRow[] = occupations.map((o) => ({
    id: o.title.toLowerCase().replace(/ /g, "-"),
    code: o.code,
    title: o.title,
    median: { amount: o.median },
    jobZone: o.zone,
    growthPercent: o.growthPercent,
    openings: null,
    education: null,
    at: [0, 0],
  }));
  const reference = {
    scales: {},
    elements: Object.fromEntries(
      SCALE_ELEMENT_IDS.map((id) => [
        id,
        {
          name: SCALE_ELEMENTS[id]!.name,
          description: "",
          kind: SCALE_ELEMENTS[id]!.knowledge ? ("knowledge" as const) : ("skill" as const),
        },
      ]),
    ),
  };
  return { ratings, reference, row: (i) => rows[i]! };
}

const at = (title: string) => SCALE_OCCUPATIONS.findIndex((o) => o.title === title);

/** What classify reads of an occupation: its median (money, as core/figures.ts gives it) and job zone. */
const place = (median: number | null, zone: number | null): Pick<Place, "median" | "jobZone"> => ({
  median: median === null ? null : { amount: median, currency: "USD", period: "year", source: "BLS OEWS", asOf: null },
  jobZone: zone === null ? null : { zone, name: null, source: "O*NET", asOf: null },
});

describe("classify", () => {
  const band = 0.1;
  it("a higher job zone is a step up and a lower one a stepping stone, whatever the pay", () => {
    expect(classify(place(38000, 2), place(30000, 3), band)).toBe("up");
    expect(classify(place(38000, 2), place(60000, 1), band)).toBe("stepping-stone");
  });

  it("in the same zone: more than the band above is up, more than the band below a stepping stone, else lateral", () => {
    const start = place(40000, 2);
    // 40,000 x 1.1 = 44,000 and 40,000 x 0.9 = 36,000 are the edges, themselves lateral
    expect(classify(start, place(44001, 2), band)).toBe("up");
    expect(classify(start, place(44000, 2), band)).toBe("lateral");
    expect(classify(start, place(36000, 2), band)).toBe("lateral");
    expect(classify(start, place(35999, 2), band)).toBe("stepping-stone");
  });

  it("with a zone unknown, by the medians; with a median missing (and no zone to tell), lateral", () => {
    expect(classify(place(40000, null), place(50000, 2), band)).toBe("up");
    expect(classify(place(40000, 2), place(30000, null), band)).toBe("stepping-stone");
    expect(classify(place(null, 2), place(90000, 2), band)).toBe("lateral");
    expect(classify(place(40000, 2), place(null, 2), band)).toBe("lateral");
  });
});

describe("lattice", () => {
  // built in each test, so that mutation testing reaches what it computes
  let clerks: Lattice;
  beforeEach(() => {
    clerks = lattice(harbour(), at("Tide Clerks"), MODEL);
  });

  it("classes Tide Clerks' related occupations: zone 3 and 4 up, +3.9% in zone 2 lateral, zone 1 a stepping stone", () => {
    expect(clerks.up.map((m) => m.title)).toEqual(["Tide Desk Leads", "Tide Analysts"]);
    expect(clerks.lateral.map((m) => m.title)).toEqual(["Harbour Greeters"]);
    expect(clerks.steppingStones.map((m) => m.title)).toEqual(["Shell Sorters"]);
    expect(clerks.occupation).toMatchObject({
      code: "91-3011.00",
      median: { amount: 38000, currency: "USD" },
      jobZone: { zone: 2 },
      rated: true,
    });
  });

  it("gives each move its tier, pay change and zone change", () => {
    const greeters = clerks.lateral[0]!;
    // 39,500 - 38,000 = 1,500; 1,500 / 38,000 = 3.95% -> 3.9 (one decimal)
    expect(greeters).toMatchObject({ tier: "Primary-Short", pay: { amount: 1500, percent: 3.9 }, zoneChange: 0, direction: "lateral" });
    const sorters = clerks.steppingStones[0]!;
    // 31,000 - 38,000 = -7,000, -18.42%
    expect(sorters).toMatchObject({ tier: "Primary-Long", pay: { amount: -7000, percent: -18.4 }, zoneChange: -1 });
    expect(clerks.up[1]).toMatchObject({
      tier: "Supplemental",
      jobZone: { zone: 4 },
      zoneChange: 2,
      pay: { amount: 43000, percent: 113.2 },
    });
  });

  it("measures what a move takes from the start's own levels", () => {
    const leads = clerks.up[0]!;
    // every element matters to the leads (importance 3.5 or more) and needs more than a clerk has:
    // Personnel (4 - 1) x 3.5 = 10.5, Administration (4 - 2) x 3.5 = 7, Judgment (4 - 2.5) x 3.5 = 5.25,
    // Reading (4 - 3) x 4 = 4, Speaking (4.5 - 3.5) x 4 = 4, Social (4 - 3) x 3.5 = 3.5,
    // Customer service (5 - 4.5) x 4.5 = 2.25, Listening (4.5 - 4) x 4 = 2; 38.5 in all
    expect(leads.gaps.slice(0, 3).map((g) => [g.name, g.have, g.level, g.weighted])).toEqual([
      ["Management of Personnel Resources", 1, 4, 10.5],
      ["Administration and Management", 2, 4, 7],
      ["Judgment and Decision Making", 2.5, 4, 5.25],
    ]);
    expect(leads.gaps).toHaveLength(8);
    expect(leads.transferable).toBe(0);
    expect(leads.weightedGap).toBeCloseTo(38.5, 10);
    // greeters: reading 2.5, listening 4 and customer service 4 are within a clerk's levels;
    // speaking (4 - 3.5) x 4.5 = 2.25 and social (3.5 - 3) x 3.5 = 1.75 to build
    const greeters = clerks.lateral[0]!;
    expect(greeters.transferable).toBe(3);
    expect(greeters.gaps.map((g) => [g.name, g.weighted])).toEqual([
      ["Speaking", 2.25],
      ["Social Perceptiveness", 1.75],
    ]);
  });

  it("a move to an occupation without a median: pay n/a and lateral in the same zone", () => {
    const guides = lattice(harbour(), at("Harbour Greeters"), MODEL);
    const tour = guides.lateral.find((m) => m.title === "Lighthouse Tour Guides")!;
    expect(tour).toMatchObject({ median: null, pay: null, direction: "lateral" });
    const from = lattice(harbour(), at("Lighthouse Tour Guides"), MODEL);
    expect(from.lateral.map((m) => [m.title, m.pay])).toEqual([["Harbour Greeters", null]]);
  });
});

describe("moves and their cost", () => {
  it("a route's cost counts only what matters to the target, from the start's own levels", () => {
    const cost = moveCost(harbour(), MODEL);
    // Kelp Farmers: only Judgment matters (importance 3, level 3): (3 - 2.5) x 3 = 1.5; the others, though
    // above a clerk's levels (Personnel 2 > 1, Administration 2.5 > 2), are below importance 3
    expect(cost(at("Tide Clerks"), at("Kelp Farmers"))).toBeCloseTo(1.5, 12);
    // Harbour Greeters: Speaking (4 - 3.5) x 4.5 + Social (3.5 - 3) x 3.5 = 4
    expect(cost(at("Tide Clerks"), at("Harbour Greeters"))).toBeCloseTo(4, 12);
    expect(cost(at("Tide Clerks"), at("Tide Desk Leads"))).toBeCloseTo(38.5, 12);
    // nothing needed above what one has: 0
    expect(cost(at("Tide Office Managers"), at("Shell Sorters"))).toBe(0);
  });

  it("a related list naming the occupation itself, one twice, or a place outside the data set: each skipped", () => {
    const data = harbour();
    const clerks = at("Tide Clerks");
    const greeters = at("Harbour Greeters");
    data.ratings.related[clerks] = [
      [clerks, "Primary-Short"],
      [greeters, "Primary-Short"],
      [greeters, "Supplemental"],
      [-1, "Primary-Long"],
      [SCALE_OCCUPATIONS.length, "Primary-Long"],
    ];
    const l = lattice(data, clerks, MODEL);
    expect([...l.up, ...l.lateral, ...l.steppingStones].map((m) => [m.title, m.tier])).toEqual([["Harbour Greeters", "Primary-Short"]]);
  });

  it("a zone unknown at either end: no zone change", () => {
    const town = SCALE_OCCUPATIONS.map((o) => (o.title === "Harbour Greeters" ? { ...o, zone: null as unknown as number } : o));
    const data = harbour(town);
    expect(data.row(at("Harbour Greeters")).jobZone).toBeNull();
    const l = lattice(data, at("Tide Clerks"), MODEL);
    // 39,500 is within 10% of 38,000: lateral, and no zone change to show
    expect(l.lateral.map((m) => [m.title, m.zoneChange])).toEqual([["Harbour Greeters", null]]);
    expect(lattice(data, at("Harbour Greeters"), MODEL).lateral.map((m) => [m.title, m.zoneChange])).toEqual([
      ["Tide Clerks", null],
      ["Lighthouse Tour Guides", null],
    ]);
  });
});

describe("an occupation O*NET does not rate", () => {
  it("has no gaps to show, and the table says it is not rated", () => {
    const data = harbour();
    const leads = at("Tide Desk Leads");
    data.ratings.importance[leads] = data.ratings.importance[leads]!.map(() => null);
    const l = lattice(data, at("Tide Clerks"), MODEL);
    expect(l.up[0]).toMatchObject({ title: "Tide Desk Leads", rated: false, gaps: [], transferable: 0, weightedGap: 0 });
    const text = renderOccupationPath({ ...l, gapsShown: 3, route: null }, plainStyle(120));
    expect(text).toMatch(/Tide Desk Leads .* │ not rated by O\*NET +│ +n\/a │/);
    // from it, every level counts from 0
    const from = lattice(data, leads, MODEL);
    expect(from.occupation.rated).toBe(false);
    expect(renderOccupationPath({ ...from, gapsShown: 3, route: null }, plainStyle(120))).toContain(
      "O*NET rates no skills or knowledge for Tide Desk Leads: every gap counts from level 0.",
    );
  });
});

describe("a top-coded median", () => {
  it("counts as missing for the pay and the class, and shows as the floor BLS gives", () => {
    const data = harbour();
    const managers = at("Tide Office Managers");
    const row = data.row(managers);
    const rows = (i: number) =>
      i === managers ? { ...row, median: { amount: null, topCoded: true as const, atLeast: 239200 } } : data.row(i);
    const l = lattice({ ...data, row: rows }, at("Tide Desk Leads"), MODEL);
    // zone 4 against 3: still a step up, by the zone
    expect(l.up[0]).toMatchObject({ title: "Tide Office Managers", median: { amount: 239200, atLeast: true }, pay: null, direction: "up" });
    expect(renderOccupationPath({ ...l, gapsShown: 3, route: null }, plainStyle(120))).toMatch(
      /Tide Office Managers +│ Primary-Short │ ≥ 239,200 USD │ +n\/a │/,
    );
  });
});

describe("moveCost", () => {
  it("sums the same weighted gaps as gaps() does, for every pair of occupations", () => {
    const data = harbour();
    const cost = moveCost(data, MODEL);
    const n = SCALE_OCCUPATIONS.length;
    for (let a = 0; a < n; a++)
      for (let b = 0; b < n; b++) {
        const g = gaps(profileOf(needsAt(data.ratings, a)), needsAt(data.ratings, b), MODEL);
        expect(cost(a, b)).toBeCloseTo(
          g.toBuild.reduce((s, x) => s + x.weighted, 0),
          10,
        );
      }
  });

  it("counts an element the start does not rate as level 0", () => {
    const data = harbour();
    data.ratings.importance[at("Tide Clerks")] = data.ratings.importance[at("Tide Clerks")]!.map(() => null);
    // from nothing to Tide Desk Leads: every level x its importance, 4x4 + 4.5x4 + 4.5x4 + 4x3.5 x 4 + 5x4.5
    // = 16 + 18 + 18 + 56 + 22.5 = 130.5
    expect(moveCost(data, MODEL)(at("Tide Clerks"), at("Tide Desk Leads"))).toBeCloseTo(130.5, 10);
  });
});

describe("findOccupationRoute", () => {
  it("Kelp Farmers to Tide Office Managers: 4 moves, through Tide Desk Leads (less to build than Tide Analysts)", () => {
    const found = findOccupationRoute(harbour(), at("Kelp Farmers"), at("Tide Office Managers"), MODEL, 6);
    expect(found.ok).toBe(true);
    if (!found.ok) return;
    const r = found.route;
    expect([r.from.title, ...r.moves.map((m) => m.title)]).toEqual([
      "Kelp Farmers",
      "Shell Sorters",
      "Tide Clerks",
      "Tide Desk Leads",
      "Tide Office Managers",
    ]);
    expect(r.moves.map((m) => m.from.title)).toEqual(["Kelp Farmers", "Shell Sorters", "Tide Clerks", "Tide Desk Leads"]);
    // kelp -> sorters 0 (nothing matters to sorters); sorters -> clerks 3.5 + 8 + 8 + 6 + 11.25 = 36.75;
    // clerks -> leads 38.5; leads -> managers 2 + 2.25 + 2 + 4.5 + 4.5 + 6.75 = 22 (97.25 in all).
    // Through the analysts instead: 23.25 + 43.25 = 66.5 from the clerks, against 60.5.
    expect(r.moves.map((m) => m.weightedGap)).toEqual([0, 36.75, 38.5, 22]);
    expect(r.weightedGap).toBeCloseTo(97.25, 10);
    // 98,000 - 36,000 = 62,000, +172.2%
    expect(r.pay).toEqual({ amount: 62000, percent: 172.2 });
    expect(r.moves.map((m) => [m.tier, m.zoneChange, m.direction])).toEqual([
      ["Primary-Short", -1, "stepping-stone"],
      ["Primary-Short", 1, "up"],
      ["Primary-Short", 1, "up"],
      ["Primary-Short", 1, "up"],
    ]);
    expect(r.maxMoves).toBe(6);
  });

  it("follows each occupation's own list: the other way round is another route", () => {
    const found = findOccupationRoute(harbour(), at("Tide Office Managers"), at("Kelp Farmers"), MODEL, 6);
    expect(found.ok && found.route.moves.map((m) => m.title)).toEqual(["Tide Desk Leads", "Tide Clerks", "Shell Sorters", "Kelp Farmers"]);
  });

  it("finds none within fewer moves than it takes, and none from an occupation to itself", () => {
    expect(findOccupationRoute(harbour(), at("Kelp Farmers"), at("Tide Office Managers"), MODEL, 3)).toEqual({
      ok: false,
      reason: "no-route",
    });
    expect(findOccupationRoute(harbour(), at("Kelp Farmers"), at("Kelp Farmers"), MODEL, 6)).toEqual({ ok: false, reason: "same" });
    const one = findOccupationRoute(harbour(), at("Tide Clerks"), at("Tide Desk Leads"), MODEL, 1);
    expect(one.ok && one.route.moves.map((m) => m.title)).toEqual(["Tide Desk Leads"]);
  });

  /** Occupations rated on one element (Active Listening, importance 4) at the levels given, relating as given. */
  const town = (list: [title: string, level: number, related: string[]][]) => {
    const code = (title: string) => `91-00${String(list.findIndex(([t]) => t === title) + 10)}.00`;
    return harbour(
      list.map(([title, level, related]) => ({
        ...SCALE_OCCUPATIONS[0]!,
        code: code(title),
        title,
        ratings: SCALE_ELEMENT_IDS.map((_, k): [number, number] => (k === 1 ? [4, level] : [1, 1])),
        related: related.map((r): [string, "Primary-Short"] => [code(r), "Primary-Short"]),
      })),
    );
  };
  const route = (data: LatticeData, from: number, to: number) => {
    const found = findOccupationRoute(data, from, to, MODEL, 6);
    return found.ok ? found.route.moves.map((m) => m.title) : [];
  };

  it("between routes of equal moves and equal gaps, takes O*NET's order", () => {
    // A relates to B then C (or C then B), both to D; every level the same, so every move costs 0
    const build = (first: string, second: string) =>
      town([
        ["A", 2, [first, second]],
        ["B", 2, ["D"]],
        ["C", 2, ["D"]],
        ["D", 2, []],
      ]);
    expect(route(build("B", "C"), 0, 3)).toEqual(["B", "D"]);
    expect(route(build("C", "B"), 0, 3)).toEqual(["C", "D"]);
  });

  it("keeps the best way to each occupation on the way, then O*NET's order over the whole route", () => {
    // Listening levels: A 0, B 1, C 0, D 0, E 1, T 1 (a move costs 4 per level gained).
    // D is reached first from B (A > B > D: 4 + 0) but more cheaply from C (A > C > D: 0 + 0), so its
    // best way is through C, the second of A's list. T then costs 4 both ways: A > C > D > T (0 + 0 + 4)
    // and A > B > E > T (4 + 0 + 0); O*NET's order puts B before C, so the route goes through B and E.
    const data = town([
      ["A", 0, ["B", "C"]],
      ["B", 1, ["D", "E"]],
      ["C", 0, ["D"]],
      ["D", 0, ["T"]],
      ["E", 1, ["T"]],
      ["T", 1, []],
    ]);
    expect(route(data, 0, 3)).toEqual(["C", "D"]);
    expect(route(data, 0, 5)).toEqual(["B", "E", "T"]);
  });
});
