/**
 * Ranking every occupation by fit (core/match.ts) over the harbour-town release of the test fixtures, the
 * expected fits and orders computed by the book (tests/helpers/resemblance-book.ts) from its tables
 * (tests/helpers/scale-fixture.ts), and the rules the method states as properties.
 */
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { heldActivities } from "../../src/core/activities.js";
import { explain, filterPlaces, partsOf, type Ranking, rankAll, rankProfile, selectMatches, withActivities } from "../../src/core/match.js";
import { type Profile, RIASEC } from "../../src/core/scale.js";
import { type Dataset, openDataset } from "../../src/loader/occupations.js";
import type { ScaleModel } from "../../src/schema/assessment.js";
import type { Index, RatingsTable, Reference, StoredActivities, StoredRatings } from "../../src/schema/occupation.js";
import { indexRow } from "../helpers/index-row.js";
import { loadShippedModel } from "../helpers/model.js";
import { tableOf } from "../helpers/ratings-table.js";
import { bookFit, bookRanking } from "../helpers/resemblance-book.js";
import { SCALE_ELEMENT_IDS, SCALE_ELEMENTS, SCALE_OCCUPATIONS, scaleHome } from "../helpers/scale-fixture.js";

const model: ScaleModel = loadShippedModel().occupations;

const SKILLS = SCALE_ELEMENT_IDS.filter((id) => !SCALE_ELEMENTS[id]!.knowledge);
const byTitle = (title: string) => SCALE_OCCUPATIONS.find((o) => o.title === title)!;
/** The fixture's occupations by the book's fit to a profile, best first. */
const book = (profile: Profile) =>
  bookRanking(profile, SCALE_OCCUPATIONS, SCALE_ELEMENT_IDS, (id) => Boolean(SCALE_ELEMENTS[id]!.knowledge), model.resemblance);

/** An occupation's own levels from the fixture's table: its skills, optionally its knowledge and interests. */
function ownProfile(title: string, with_: { knowledge?: boolean; interests?: boolean } = {}): Profile {
  const o = byTitle(title);
  const levels: Record<string, number> = {};
  SCALE_ELEMENT_IDS.forEach((id, k) => {
    if (!SCALE_ELEMENTS[id]!.knowledge || with_.knowledge) levels[id] = o.ratings[k]![1];
  });
  return { levels, ...(with_.interests ? { interests: Object.fromEntries(RIASEC.map((c, k) => [c, o.interests[k]!])) } : {}) };
}

describe("match over the harbour-town release", () => {
  let home: { home: string; cleanup: () => void };
  let dataset: Dataset;
  let index: Index;
  let ratings: RatingsTable;
  let reference: Reference;
  beforeAll(async () => {
    home = await scaleHome();
    dataset = openDataset(join(home.home, "occupations"))!;
    index = dataset.index();
    ratings = dataset.figures();
    reference = dataset.reference();
  });
  afterAll(() => home.cleanup());

  const ranked = (profile: Profile) => rankAll(profile, index, ratings, reference, model);
  const titled = (profile: Profile) => ranked(profile).ranked.map((r) => ({ title: index.occupations[r.i]!.title, score: r.score }));
  const placeOf = (title: string) => index.occupations.findIndex((o) => o.title === title);

  describe("a profile of Tide Clerks' own skill levels", () => {
    const profile = () => ownProfile("Tide Clerks");

    it("ranks Tide Clerks first, and the others in the book's order at the book's scores", () => {
      const expected = book(profile());
      const got = titled(profile());
      expect(got[0]!.title).toBe("Tide Clerks");
      expect(got.map((r) => r.title)).toEqual(expected.map((e) => e.title));
      got.forEach((r, k) => expect(r.score, r.title).toBeCloseTo(expected[k]!.score, 9));
      // Shell Sorters: a skill profile is measured on every skill they rate, important or not
      expect(got.find((r) => r.title === "Shell Sorters")!.score).toBeLessThan(got[0]!.score);
    });

    it("says the fit was measured on skills, knowledge and interests left out", () => {
      expect(partsOf(ranked(profile()).ranked)).toEqual({ measured: ["skill"], unrated: ["knowledge", "interests"] });
    });

    it("gives each row its rank among all, its figures and its biggest gap among the skills", () => {
      const { rows, matched } = selectMatches(profile(), ranked(profile()), index, model, null, 0 + 8);
      expect(matched).toBe(8);
      expect(rows[0]!).toMatchObject({ rank: 1, code: "91-3011.00", jobZone: 2, growthPercent: 2.5, median: { amount: 38000 } });
      expect(rows[0]!.biggestGap).toBeNull();
      const greeters = rows.find((r) => r.title === "Harbour Greeters")!;
      expect(greeters).toMatchObject({ rank: book(profile()).findIndex((e) => e.title === "Harbour Greeters") + 1, code: "91-3012.00" });
      // Harbour Greeters: Speaking 3.5 -> 4 at importance 4.5 (2.25) outweighs Social Perceptiveness 3 -> 3.5 at 3.5 (1.75);
      // knowledge is not rated, so its gaps (Customer and Personal Service 0 -> 4) are not counted
      expect(greeters.biggestGap).toMatchObject({ name: "Speaking", have: 3.5, level: 4, gap: 0.5, weighted: 2.25 });
    });
  });

  it("with the knowledge areas and interests too: the book's order and scores, every part measured", () => {
    const profile = ownProfile("Tide Clerks", { knowledge: true, interests: true });
    const got = titled(profile);
    const expected = book(profile);
    expect(got[0]!.title).toBe("Tide Clerks");
    expect(got.map((r) => r.title)).toEqual(expected.map((e) => e.title));
    got.forEach((r, k) => expect(r.score, r.title).toBeCloseTo(expected[k]!.score, 9));
    // Harbour Greeters' interests: |1.5-1.3| + |1.5-1.1| + |1.2-2| + |4.5-6| + |4-4| + |6-4| = 4.9, over 36
    expect(expected.find((e) => e.title === "Harbour Greeters")!.fit.interests).toBeCloseTo(4.9 / 36, 12);
    expect(partsOf(ranked(profile).ranked)).toEqual({ measured: ["skill", "knowledge", "interests"], unrated: [] });
  });

  describe("filters, as careers list takes them", () => {
    const select = (f: Parameters<typeof filterPlaces>[1] & { limit?: number }) =>
      selectMatches(ownProfile("Tide Clerks"), ranked(ownProfile("Tide Clerks")), index, model, filterPlaces(index, f), f.limit).rows.map(
        (r) => [r.rank, r.title],
      );

    it("no filter: every occupation passes", () => {
      expect(filterPlaces(index, {})).toBeNull();
    });

    /** [rank among all, title] of these occupations, in the book's order */
    const expectedRows = (titles: string[]) => {
      const order = book(ownProfile("Tide Clerks")).map((e) => e.title);
      return titles.map((t) => [order.indexOf(t) + 1, t] as [number, string]).sort((a, b) => a[0] - b[0]);
    };

    it("--zone keeps the job zones asked for, ranks still among all", () => {
      expect(select({ zones: [4] })).toEqual(expectedRows(["Tide Analysts", "Tide Office Managers"]));
      expect(select({ zones: [1, 3] })).toEqual(expectedRows(["Tide Desk Leads", "Shell Sorters"]));
    });

    it("--min-median leaves out those below it and those without a median (Lighthouse Tour Guides)", () => {
      expect(select({ minMedian: 50000 })).toEqual(expectedRows(["Tide Analysts", "Tide Desk Leads", "Tide Office Managers"]));
      expect(select({ minMedian: 38000 }).map(([, t]) => t)).not.toContain("Lighthouse Tour Guides");
    });

    it("--education matches words of the typical entry education; --limit cuts after the filters", () => {
      expect(select({ education: "bachelor" })).toEqual(expectedRows(["Tide Analysts", "Tide Office Managers"]));
      const zone2 = SCALE_OCCUPATIONS.filter((o) => o.zone === 2).map((o) => o.title);
      expect(select({ zones: [2], limit: 2 })).toEqual(expectedRows(zone2).slice(0, 2));
    });
  });

  it("explains one occupation: each term as the book computes it, each element both rate, the interests, the rank", () => {
    const profile = ownProfile("Tide Clerks", { interests: true });
    const e = explain(profile, ranked(profile), index, placeOf("Harbour Greeters"), reference, model);
    const expected = book(profile);
    const k = expected.findIndex((x) => x.title === "Harbour Greeters");
    const b = expected[k]!.fit;
    expect(e.occupation).toEqual({ id: "harbour-greeters", code: "91-3012.00", title: "Harbour Greeters" });
    expect([e.rank, e.of]).toEqual([k + 1, 8]);
    expect(e.fit.kinds.map((x) => [x.part, x.weight])).toEqual([["skill", 0.4]]);
    expect(e.fit.kinds[0]!.correlation).toBeCloseTo(b.correlations.skill!, 9);
    expect([e.fit.under, e.fit.over, e.fit.interests!]).toEqual([
      expect.closeTo(b.under, 9),
      expect.closeTo(b.over, 9),
      expect.closeTo(4.9 / 36, 12),
    ]);
    expect(e.fit.score).toBeCloseTo(b.score, 9);
    expect(e.unrated).toEqual(["knowledge"]);
    expect(e.elements.every((x) => x.kind === "skill")).toBe(true);
    expect(e.elements).toHaveLength(SKILLS.length);
    expect(e.elements.find((x) => x.name === "Speaking")).toMatchObject({ importance: 4.5, need: 4, have: 3.5 });
    expect(e.interests!.map((x) => [x.code, x.have, x.occupation])).toEqual([
      ["R", 1.5, 1.3],
      ["I", 1.5, 1.1],
      ["A", 1.2, 2],
      ["S", 4.5, 6],
      ["E", 4, 4],
      ["C", 6, 4],
    ]);
  });

  describe("the rules the method states, over the release", () => {
    it("an occupation's own levels and importance (what --like gives) rank it first at a fit of 100%", () => {
      fc.assert(
        fc.property(fc.constantFrom(...SCALE_OCCUPATIONS.map((o) => o.title)), fc.boolean(), (title, interests) => {
          const own = ownProfile(title, { knowledge: true, interests });
          const o = byTitle(title);
          const importance = Object.fromEntries(SCALE_ELEMENT_IDS.map((id, k) => [id, o.ratings[k]![0]]));
          const list = ranked({ ...own, importance }).ranked;
          expect(list[0]!.i).toBe(placeOf(title));
          expect(list[0]!.score).toBeCloseTo(1, 9);
          expect(list[0]!.distance).toBe(0);
        }),
      );
    });

    it("over-qualification: every level raised beyond an occupation's needs lowers its fit", () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...SCALE_OCCUPATIONS.map((o) => o.title)),
          fc.integer({ min: 1, max: 200 }).map((n) => n / 100),
          (title, up) => {
            const own = ownProfile(title, { knowledge: true });
            const raised = { levels: Object.fromEntries(Object.entries(own.levels).map(([id, v]) => [id, v + up])) };
            const score = (p: Profile) => ranked(p).ranked.find((r) => r.i === placeOf(title))!.score;
            expect(score(raised)).toBeLessThan(score(own));
          },
        ),
      );
    });
  });
});

// ---- rankAll against the book, over random occupations ----

const ELEMENTS = ["2.A.1.a", "2.A.1.b", "2.B.1.a", "2.C.1.a", "2.C.1.b"];
const figure = (min: number, max: number) => fc.integer({ min: min * 100, max: max * 100 }).map((n) => n / 100);
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null, freq: 5 });
const occupationRatings = fc.record({
  importance: fc.tuple(...ELEMENTS.map(() => maybe(figure(1, 5)))),
  level: fc.tuple(...ELEMENTS.map(() => maybe(fc.oneof(figure(0, 7), fc.constant(0))))),
  interests: maybe(fc.tuple(...RIASEC.map(() => figure(1, 7)))),
  title: fc.constantFrom("Able", "Baker", "Cutter"),
});
const profileArb = fc.record({
  levels: fc.dictionary(fc.constantFrom(...ELEMENTS), figure(0, 7)),
  importance: fc.option(fc.dictionary(fc.constantFrom(...ELEMENTS), figure(1, 5)), { nil: undefined }),
  interests: fc.option(fc.tuple(...RIASEC.map(() => figure(1, 7))), { nil: undefined }),
});

describe("rankAll agrees with the book", () => {
  it("each occupation's score and distance, the order (score, then distance, then title), the parts measured", () => {
    fc.assert(
      fc.property(fc.array(occupationRatings, { maxLength: 12 }), profileArb, (occupations, p) => {
        const ratings = tableOf({
          format: 2,
          elements: ELEMENTS,
          importance: occupations.map((o) => o.importance),
          level: occupations.map((o) => o.level),
          interests: occupations.map((o) => o.interests),
          related: occupations.map(() => []),
        });
        const index: Index = {
          format: 2,
          wagesPeriod: null,
          occupations: occupations.map((o, i) => indexRow(`11-0000.${String(i).padStart(2, "0")}`, o.title, `o${i}`)),
        };
        const reference: Reference = { scales: {}, elements: {} };
        const interests = p.interests ? Object.fromEntries(RIASEC.map((c, k) => [c, p.interests![k]!])) : undefined;
        const profile: Profile = {
          levels: p.levels,
          ...(p.importance ? { importance: p.importance } : {}),
          ...(interests ? { interests } : {}),
        };
        const ranking = rankAll(profile, index, ratings, reference, model);
        expect(ranking.ranked.map((r) => r.i).sort((a, b) => a - b)).toEqual(occupations.map((_, i) => i));
        for (const r of ranking.ranked) {
          const o = occupations[r.i]!;
          const fit = bookFit(
            ELEMENTS.map((e, c) => ({
              kind: e.startsWith("2.C") ? "knowledge" : "skill",
              have: p.levels[e],
              haveImportance: p.levels[e] === undefined ? undefined : p.importance?.[e],
              importance: o.level[c] === null ? undefined : (o.importance[c] ?? undefined),
              level: o.importance[c] === null ? undefined : (o.level[c] ?? undefined),
            })),
            model.resemblance,
            { profile: p.interests, occupation: o.interests },
          );
          expect(r.score).toBeCloseTo(fit.score, 6);
          expect(r.distance).toBeCloseTo((fit.under + fit.over) * 7, 9);
          expect(r.measured).toEqual([...Object.keys(fit.correlations), ...(fit.interests === null ? [] : ["interests"])]);
        }
        // best first; equal scores by distance, then by title
        for (let k = 1; k < ranking.ranked.length; k++) {
          const [a, b] = [ranking.ranked[k - 1]!, ranking.ranked[k]!];
          expect(a.score).toBeGreaterThanOrEqual(b.score);
          if (a.score === b.score) {
            expect(a.distance).toBeLessThanOrEqual(b.distance);
            if (a.distance === b.distance) expect(occupations[a.i]!.title <= occupations[b.i]!.title).toBe(true);
          }
        }
      }),
    );
  });
});

describe("rankAll and explain on a small hand-made release", () => {
  const elements = ["2.A.1.a", "2.A.1.b", "2.C.1.a", "2.C.1.b"];
  const same = { importance: [3, 4, 2, 5], level: [2, 4, 1, 3] };
  const stored: StoredRatings = {
    format: 2,
    elements,
    // Cutter, Able and Baker rate the same; Dyer rates no knowledge area and has no interests
    importance: [same.importance, same.importance, same.importance, [3, 4, null, null]],
    level: [same.level, same.level, same.level, [2, 4, null, null]],
    interests: [[1, 2, 3, 4, 5, 6], [1, 2, 3, 4, 5, 6], [1, 2, 3, 4, 5, 6], null],
    related: [[], [], [], []],
  };
  const ratings = tableOf(stored);
  const index: Index = {
    format: 2,
    wagesPeriod: null,
    occupations: ["Cutter", "Able", "Baker", "Dyer"].map((t, i) => indexRow(`11-0000.0${i}`, t, t.toLowerCase())),
  };
  const reference: Reference = {
    scales: {},
    elements: {
      "2.A.1.a": { name: "Zeta", kind: "skill" },
      "2.A.1.b": { name: "Alpha", kind: "skill" },
      "2.C.1.a": { name: "Beta", kind: "knowledge" },
      "2.C.1.b": { name: "Gamma", kind: "knowledge" },
    },
    interests: RIASEC.map((code) => ({ code, name: `${code} work` })),
  } as unknown as Reference;

  it("equal fits by title; a kind the profile does not rate is unrated only where the occupation rates it", () => {
    const r = rankAll({ levels: { "2.A.1.a": 3, "2.A.1.b": 1 } }, index, ratings, reference, model);
    const titles = r.ranked.map((x) => index.occupations[x.i]!.title);
    expect(titles.filter((t) => t !== "Dyer")).toEqual(["Able", "Baker", "Cutter"]);
    const of = (t: string) => r.ranked.find((x) => index.occupations[x.i]!.title === t)!;
    expect([of("Able").measured, of("Able").unrated]).toEqual([["skill"], ["knowledge", "interests"]]);
    expect([of("Dyer").measured, of("Dyer").unrated]).toEqual([["skill"], []]);
    expect(partsOf(r.ranked)).toEqual({ measured: ["skill"], unrated: ["knowledge", "interests"] });
  });

  it("ranks only the occupations with a record in the table (those read), and only those `ranks` takes", () => {
    const profile: Profile = { levels: { "2.A.1.a": 3, "2.A.1.b": 1 } };
    const some = tableOf(stored, 2);
    expect(
      rankAll(profile, index, some, reference, model)
        .ranked.map((x) => x.i)
        .sort(),
    ).toEqual([0, 1]);
    expect(rankAll(profile, index, some, reference, model, (i) => i !== 0).ranked.map((x) => x.i)).toEqual([1]);
  });

  it("explain: skills then knowledge, each most important first; the interests named by the release", () => {
    const profile: Profile = {
      levels: { "2.A.1.a": 3, "2.A.1.b": 1, "2.C.1.a": 2, "2.C.1.b": 2 },
      interests: { R: 1, I: 1, A: 1, S: 1, E: 1, C: 1 },
    };
    const r = rankAll(profile, index, ratings, reference, model);
    const e = explain(profile, r, index, 1, reference, model);
    expect(e.elements.map((x) => [x.name, x.kind, x.importance])).toEqual([
      ["Alpha", "skill", 4],
      ["Zeta", "skill", 3],
      ["Gamma", "knowledge", 5],
      ["Beta", "knowledge", 2],
    ]);
    expect(e.interests!.map((x) => [x.code, x.name, x.have, x.occupation])).toEqual(
      RIASEC.map((code, k) => [code, `${code} work`, 1, k + 1]),
    );
    expect(e.unrated).toEqual([]);
    // Dyer has no interests: none set side by side
    expect(explain(profile, r, index, 3, reference, model).interests).toBeNull();
  });

  // the work activities (core/activities.ts tests): Cutter a1 b1 c2 d1, Able b1, Baker c3, Dyer none; IWAs
  // a:A, b:B, c:B, d:C; and a profile of the needs' levels, which Cutter, Able and Baker share
  const store: StoredActivities = {
    format: 2,
    dwas: ["a", "b", "c", "d"],
    iwas: ["A", "B", "C"],
    iwa: [0, 1, 1, 2],
    rows: [[0, 1, 1, 1, 2, 2, 3, 1], [1, 1], [2, 3], []],
  };
  const profile: Profile = { levels: { "2.A.1.a": 2, "2.A.1.b": 4, "2.C.1.a": 1, "2.C.1.b": 3 } };

  it("--like: the work activities held break the tie of equal needs, by the model's weights", () => {
    // Cutter, Able and Baker need the same; Cutter's activities are those held
    const plain = rankAll(profile, index, ratings, reference, model);
    const r = withActivities(
      plain,
      heldActivities(store, [0])!,
      store,
      model,
      index.occupations.map((o) => o.title),
    );
    const titles = r.ranked.map((x) => index.occupations[x.i]!.title);
    expect(titles.filter((t) => t !== "Dyer")).toEqual(["Cutter", "Baker", "Able"]);
    expect(plain.ranked.map((x) => index.occupations[x.i]!.title).filter((t) => t !== "Dyer")).toEqual(["Able", "Baker", "Cutter"]);
    const score = (x: Ranking, i: number) => x.ranked.find((y) => y.i === i)!.score;
    const w = model.resemblance.activities;
    // Cutter: its own activities, nothing taken off; Able: 1 - 1/√7 and 1 - 3/√11; Baker: 1 - 2/√7 and 1 - 3/√11
    expect(score(r, 0)).toBeCloseTo(score(plain, 0), 12);
    expect(score(plain, 1) - score(r, 1)).toBeCloseTo(w.dwa * (1 - 1 / Math.sqrt(7)) + w.iwa * (1 - 3 / Math.sqrt(11)), 12);
    expect(score(plain, 2) - score(r, 2)).toBeCloseTo(w.dwa * (1 - 2 / Math.sqrt(7)) + w.iwa * (1 - 3 / Math.sqrt(11)), 12);
    // Dyer has no activities: not measured, its score as without them
    expect(score(r, 3)).toBeCloseTo(score(plain, 3), 12);
    expect(r.terms(3).activities).toBeNull();
    expect(r.terms(1).activities).toEqual({
      dwa: expect.closeTo(1 / Math.sqrt(7), 12),
      iwa: expect.closeTo(3 / Math.sqrt(11), 12),
      shared: 1,
    });
    expect(explain(profile, r, index, 2, reference, model).fit.activities!.shared).toBe(1);
    expect(plain.terms(1).activities).toBeNull();
  });

  describe("rankProfile: whose work activities are measured", () => {
    const titlesOf = (r: Ranking) => r.ranked.map((x) => index.occupations[x.i]!.title);
    const scoreOf = (r: Ranking, i: number) => r.ranked.find((y) => y.i === i)!.score;
    const w = model.resemblance.activities;

    it("jobs held: theirs, and the jobs held left out", () => {
      const r = rankProfile(profile, index, ratings, reference, model, store, new Set([0]));
      expect(r.work).toEqual({ kind: "held", from: [0] });
      expect(titlesOf(r)).not.toContain("Cutter");
      // Baker shares Cutter's IWA B (1 - 2/√7 off for the DWAs) and Able less (1 - 1/√7)
      expect(titlesOf(r).filter((t) => t !== "Dyer")).toEqual(["Baker", "Able"]);
      const plain = rankAll(profile, index, ratings, reference, model);
      expect(scoreOf(plain, 1) - scoreOf(r, 1)).toBeCloseTo(w.dwa * (1 - 1 / Math.sqrt(7)) + w.iwa * (1 - 3 / Math.sqrt(11)), 12);
      expect(r.terms(1).score).toBe(scoreOf(r, 1));
    });

    it("levels alone: those of the first occupation of the ranking that has some", () => {
      const plain = rankAll(profile, index, ratings, reference, model);
      // Cutter, Able and Baker need the same: by title Able, Baker, Cutter; Dyer has no activities to lend
      expect(titlesOf(plain).filter((t) => t !== "Dyer")).toEqual(["Able", "Baker", "Cutter"]);
      const r = rankProfile(profile, index, ratings, reference, model, store);
      expect(r.work).toEqual({ kind: "nearest", from: [1] });
      // Able's b1 against Baker's c3: DWA cosine 0, IWAs both B only: 1; against Cutter's: 1/√7 and 3/√11
      expect(scoreOf(plain, 1) - scoreOf(r, 1)).toBeCloseTo(0, 12);
      expect(scoreOf(plain, 2) - scoreOf(r, 2)).toBeCloseTo(w.dwa * 1 + w.iwa * 0, 12);
      expect(scoreOf(plain, 0) - scoreOf(r, 0)).toBeCloseTo(w.dwa * (1 - 1 / Math.sqrt(7)) + w.iwa * (1 - 3 / Math.sqrt(11)), 12);
      expect(titlesOf(r).filter((t) => t !== "Dyer")).toEqual(["Able", "Cutter", "Baker"]);
      expect(scoreOf(r, 3)).toBe(scoreOf(plain, 3));
      // explain reads the same terms
      expect(explain(profile, r, index, 2, reference, model).fit.activities).toEqual({ dwa: 0, iwa: expect.closeTo(1, 12), shared: 0 });
      expect(r.terms(2).score).toBe(scoreOf(r, 2));
    });

    it("an occupation the ranking leaves out lends none; `nearest` of 2 takes the highest count of both", () => {
      const r = rankProfile(profile, index, ratings, reference, model, store, new Set(), (i) => i !== 1);
      expect(r.work).toEqual({ kind: "nearest", from: [2] });
      const two = { ...model, resemblance: { ...model.resemblance, activities: { ...w, nearest: 2 } } };
      expect(rankProfile(profile, index, ratings, reference, two, store).work).toEqual({ kind: "nearest", from: [1, 2] });
    });

    it("an occupation that rates none of the profile's levels lends none, first as it may rank", () => {
      // knowledge against the needs' grain: Able, Baker, Cutter correlate -1; Dyer rates no knowledge, 0
      const against: Profile = { levels: { "2.C.1.a": 3, "2.C.1.b": 1 } };
      const withDyer: StoredActivities = { ...store, rows: [...store.rows.slice(0, 3), [3, 5]] };
      expect(titlesOf(rankAll(against, index, ratings, reference, model))[0]).toBe("Dyer");
      expect(rankProfile(against, index, ratings, reference, model, withDyer).work).toEqual({ kind: "nearest", from: [1] });
    });

    it("none: no activities in the set, a profile of interests alone, or nearest 0", () => {
      expect(rankProfile(profile, index, ratings, reference, model, null).work).toBeNull();
      expect(rankProfile(profile, index, ratings, reference, model, null, new Set([0])).work).toBeNull();
      const interests: Profile = { levels: {}, interests: { R: 1, I: 2, A: 3, S: 4, E: 5, C: 6 } };
      const plain = rankAll(interests, index, ratings, reference, model);
      const r = rankProfile(interests, index, ratings, reference, model, store);
      expect(r.work).toBeNull();
      expect(r.ranked).toEqual(plain.ranked);
      const none = { ...model, resemblance: { ...model.resemblance, activities: { ...w, nearest: 0 } } };
      expect(rankProfile(profile, index, ratings, reference, none, store).work).toBeNull();
      // a held job without activities lends none
      expect(rankProfile(profile, index, ratings, reference, model, store, new Set([3])).work).toBeNull();
    });
  });

  it("selectMatches: at most `limit` of those passing, each with its rank among all", () => {
    const profile: Profile = { levels: { "2.A.1.a": 3, "2.A.1.b": 1 } };
    const r = rankAll(profile, index, ratings, reference, model);
    const all = selectMatches(profile, r, index, model, null, undefined);
    expect(all.rows.map((x) => x.rank)).toEqual([1, 2, 3, 4]);
    const some = selectMatches(profile, r, index, model, new Set([2, 0]), 1);
    expect([some.matched, some.rows.map((x) => [x.title, x.rank])]).toEqual([
      2,
      [["Baker", all.rows.find((x) => x.title === "Baker")!.rank]],
    ]);
  });
});
