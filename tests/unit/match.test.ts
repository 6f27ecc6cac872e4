/**
 * Ranking every occupation by fit (core/match.ts) over the harbour-town release of the test fixtures,
 * the expected fits worked by hand from its tables (tests/helpers/scale-fixture.ts), and the two rules
 * anyone can check as properties.
 */
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { explain, filterPlaces, partsOf, rankAll, selectMatches } from "../../src/core/match.js";
import { fit as fitOf, type Profile, RIASEC, rank } from "../../src/core/scale.js";
import { type Dataset, openDataset } from "../../src/loader/occupations.js";
import type { ScaleModel } from "../../src/schema/assessment.js";
import type { Index, Reference, StoredRatings } from "../../src/schema/occupation.js";
import { indexRow } from "../helpers/index-row.js";
import { loadShippedModel } from "../helpers/model.js";
import { SCALE_ELEMENT_IDS, SCALE_ELEMENTS, SCALE_OCCUPATIONS, scaleHome } from "../helpers/scale-fixture.js";

const model: ScaleModel = loadShippedModel().occupations;

const SKILLS = SCALE_ELEMENT_IDS.filter((id) => !SCALE_ELEMENTS[id]!.knowledge);
const byTitle = (title: string) => SCALE_OCCUPATIONS.find((o) => o.title === title)!;

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
  let ratings: StoredRatings;
  let reference: Reference;
  beforeAll(async () => {
    home = await scaleHome();
    dataset = openDataset(join(home.home, "occupations"))!;
    index = dataset.index();
    ratings = dataset.ratings();
    reference = dataset.reference();
  });
  afterAll(() => home.cleanup());

  const ranked = (profile: Profile) => rankAll(profile, index, ratings, reference, model);
  const titled = (profile: Profile) => ranked(profile).ranked.map((r) => ({ title: index.occupations[r.i]!.title, score: r.score }));
  const placeOf = (title: string) => index.occupations.findIndex((o) => o.title === title);

  describe("a profile of Tide Clerks' own skill levels", () => {
    const profile = () => ownProfile("Tide Clerks");

    it("ranks Tide Clerks first, and the others as worked by hand", () => {
      // The skills that matter (importance >= 3, some level) and the share of each level reached, x importance:
      // Harbour Greeters: Reading 3 of 2.5 (x3), Listening 4 of 4 (x4), Speaking 3.5 of 4 (x4.5), Social 3 of 3.5 (x3.5)
      //   = (3 + 4 + 4.5 x 7/8 + 3.5 x 6/7) / 15 = 13.9375 / 15
      // Lighthouse Tour Guides: Reading 3 of 3 (x3), Listening 4 of 3.5 (x3.5), Speaking 3.5 of 4.5 (x4.5), Social 3 of 3.5 (x3.5)
      //   = (3 + 3.5 + 3.5 + 3) / 14.5 = 13 / 14.5
      // Kelp Farmers: only Judgment matters, 2.5 of 3 = 5/6
      // Tide Analysts: Reading 3 of 5 (x4.5), Listening 4 of 4 (x3.5), Speaking 3.5 of 4 (x3.5), Judgment 2.5 of 4.5 (x4)
      //   = (2.7 + 3.5 + 3.0625 + 4 x 5/9) / 15.5
      // Tide Desk Leads: 3/4 x4 + 4/4.5 x4 + 3.5/4.5 x4 + 3/4 x3.5 + 2.5/4 x3.5 + 1/4 x3.5, over 22.5
      // Tide Office Managers: 3/4.5 x4 + 4/4.5 x4 + 3.5/5 x4.5 + 3/4.5 x4 + 2.5/5 x4.5 + 1/5 x4.5, over 25.5
      // Shell Sorters: no skill or knowledge area matters (importance below 3): nothing measured, 0
      // Use: of the 3 + 4 + 3.5 + 3 + 2.5 + 1 = 17 levels rated, those in skills that matter to the occupation:
      // Reading, Listening, Speaking and Social (13.5) for the first three; Judgment (2.5) for Kelp Farmers;
      // Reading, Listening, Speaking, Judgment (13) for Tide Analysts; all six (17) for Desk Leads and Managers.
      // Fit: 0.9 x coverage + 0.1 x use.
      const expected: [string, number, number][] = [
        ["Tide Clerks", 1, 13.5],
        ["Harbour Greeters", 13.9375 / 15, 13.5],
        ["Lighthouse Tour Guides", 13 / 14.5, 13.5],
        ["Kelp Farmers", 5 / 6, 2.5],
        ["Tide Analysts", (2.7 + 3.5 + 3.0625 + (4 * 5) / 9) / 15.5, 13],
        ["Tide Desk Leads", (3 + (4 * 4) / 4.5 + (4 * 3.5) / 4.5 + (3.5 * 3) / 4 + (3.5 * 2.5) / 4 + 3.5 / 4) / 22.5, 17],
        ["Tide Office Managers", ((4 * 3) / 4.5 + (4 * 4) / 4.5 + (4.5 * 3.5) / 5 + (4 * 3) / 4.5 + (4.5 * 2.5) / 5 + 4.5 / 5) / 25.5, 17],
      ];
      const got = titled(profile());
      expect(got.map((r) => r.title)).toEqual([...expected.map(([t]) => t), "Shell Sorters"]);
      expected.forEach(([title, coverage, used], k) => expect(got[k]!.score, title).toBeCloseTo(0.9 * coverage + (0.1 * used) / 17, 12));
      expect(got[7]!.score).toBe(0);
    });

    it("says the fit was measured on skills, knowledge and interests left out", () => {
      expect(partsOf(ranked(profile()).ranked)).toEqual({ measured: ["skill"], unrated: ["knowledge", "interests"] });
    });

    it("gives each row its rank among all, its figures and its biggest gap among the skills", () => {
      const { rows, matched } = selectMatches(profile(), ranked(profile()), index, model, null, 2);
      expect(matched).toBe(8);
      expect(rows.map((r) => [r.rank, r.code, r.jobZone, r.growthPercent, r.median?.amount])).toEqual([
        [1, "91-3011.00", 2, 2.5, 38000],
        [2, "91-3012.00", 2, 4, 39500],
      ]);
      expect(rows[0]!.biggestGap).toBeNull();
      // Harbour Greeters: Speaking 3.5 -> 4 at importance 4.5 (2.25) outweighs Social Perceptiveness 3 -> 3.5 at 3.5 (1.75);
      // knowledge is not rated, so its gaps (Customer and Personal Service 0 -> 4) are not counted
      expect(rows[1]!.biggestGap).toMatchObject({ name: "Speaking", have: 3.5, level: 4, gap: 0.5, weighted: 2.25 });
    });
  });

  it("with the knowledge areas and interests too: Harbour Greeters' fit, worked by hand", () => {
    const profile = ownProfile("Tide Clerks", { knowledge: true, interests: true });
    const got = titled(profile);
    // knowledge: Customer and Personal Service 4.5 and Administration 2 rated; only the first matters to either
    // (importance 4.5): coverage 1, use 4.5 / 6.5. Tide Clerks' skills: coverage 1, use 13.5 / 17; interests the same.
    const knowledge = 0.9 + (0.1 * 4.5) / 6.5;
    expect(got[0]!.title).toBe("Tide Clerks");
    expect(got[0]!.score).toBeCloseTo(0.6 * (0.9 + (0.1 * 13.5) / 17) + 0.25 * knowledge + 0.15, 12);
    // Harbour Greeters: skills 13.9375/15 (above), use 13.5/17; knowledge as above (4.5 of 4);
    // interests: |1.5-1.3| + |1.5-1.1| + |1.2-2| + |4.5-6| + |4-4| + |6-4| = 4.9, so 1 - 4.9/36
    const skills = 0.9 * (13.9375 / 15) + (0.1 * 13.5) / 17;
    const interests = 1 - 4.9 / 36;
    const greeters = got.find((r) => r.title === "Harbour Greeters")!;
    expect(greeters.score).toBeCloseTo((0.6 * skills + 0.25 * knowledge + 0.15 * interests) / (0.6 + 0.25 + 0.15), 12);
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

    it("--zone keeps the job zones asked for, ranks still among all", () => {
      expect(select({ zones: [4] })).toEqual([
        [5, "Tide Analysts"],
        [7, "Tide Office Managers"],
      ]);
      expect(select({ zones: [1, 3] })).toEqual([
        [6, "Tide Desk Leads"],
        [8, "Shell Sorters"],
      ]);
    });

    it("--min-median leaves out those below it and those without a median (Lighthouse Tour Guides)", () => {
      expect(select({ minMedian: 50000 })).toEqual([
        [5, "Tide Analysts"],
        [6, "Tide Desk Leads"],
        [7, "Tide Office Managers"],
      ]);
      expect(select({ minMedian: 38000 }).map(([, t]) => t)).not.toContain("Lighthouse Tour Guides");
    });

    it("--education matches words of the typical entry education; --limit cuts after the filters", () => {
      expect(select({ education: "bachelor" })).toEqual([
        [5, "Tide Analysts"],
        [7, "Tide Office Managers"],
      ]);
      expect(select({ zones: [2], limit: 2 })).toEqual([
        [1, "Tide Clerks"],
        [2, "Harbour Greeters"],
      ]);
    });
  });

  it("explains one occupation: each part with its weight and score, each element with importance, need, have, met", () => {
    const profile = ownProfile("Tide Clerks", { interests: true });
    const e = explain(profile, ranked(profile), index, placeOf("Harbour Greeters"), reference, model);
    expect(e.occupation).toEqual({ id: "harbour-greeters", code: "91-3012.00", title: "Harbour Greeters" });
    expect([e.rank, e.of]).toEqual([2, 8]);
    expect(e.fit.parts.map((p) => [p.part, p.weight])).toEqual([
      ["skill", 0.6],
      ["interests", 0.15],
    ]);
    expect(e.fit.unrated).toEqual(["knowledge"]);
    expect(e.fit.parts[0]!.elements!.map((x) => [x.name, x.importance, x.need, x.have, x.met])).toEqual([
      ["Reading Comprehension", 3, 2.5, 3, 1],
      ["Active Listening", 4, 4, 4, 1],
      ["Speaking", 4.5, 4, 3.5, 0.875],
      ["Social Perceptiveness", 3.5, 3.5, 3, 3 / 3.5],
    ]);
    expect(e.interests!.map((x) => [x.code, x.have, x.occupation])).toEqual([
      ["R", 1.5, 1.3],
      ["I", 1.5, 1.1],
      ["A", 1.2, 2],
      ["S", 4.5, 6],
      ["E", 4, 4],
      ["C", 6, 4],
    ]);
    expect(e.fit.parts[0]!.use).toBeCloseTo(13.5 / 17, 12);
    expect(e.fit.score).toBeCloseTo((0.6 * (0.9 * (13.9375 / 15) + (0.1 * 13.5) / 17) + 0.15 * (1 - 4.9 / 36)) / 0.75, 12);
  });

  describe("the two rules anyone can check, over the release", () => {
    it("a profile equal to an occupation's own levels of what matters ranks it first, or tied first", () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...SCALE_OCCUPATIONS.map((o) => o.title)),
          fc.boolean(),
          fc.boolean(),
          (title, knowledge, interests) => {
            // Shell Sorters need no skill or knowledge area at importance 3 or above: only interests can measure them
            fc.pre(title !== "Shell Sorters" || interests);
            const own = ownProfile(title, { knowledge, interests });
            const o = byTitle(title);
            // only the elements that matter to it (importance 3 or more, some level): nothing else to use
            const matters = (id: string) => {
              const [importance, level] = o.ratings[SCALE_ELEMENT_IDS.indexOf(id)]!;
              return importance >= 3 && level > 0;
            };
            const list = ranked({ ...own, levels: Object.fromEntries(Object.entries(own.levels).filter(([id]) => matters(id))) }).ranked;
            const self = list.find((r) => r.i === placeOf(title))!;
            expect([self.score, self.distance]).toEqual([1, 0]);
            expect(list[0]!.score).toBe(1);
            expect(list[0]!.distance).toBe(0);
          },
        ),
      );
    });

    it("raising one skill never lowers the fit of an occupation that needs it", () => {
      const level = fc.integer({ min: 0, max: 700 }).map((n) => n / 100);
      fc.assert(
        fc.property(
          fc.array(level, { minLength: SKILLS.length, maxLength: SKILLS.length }),
          fc.nat({ max: SKILLS.length - 1 }),
          fc.integer({ min: 1, max: 700 }).map((n) => n / 100),
          (levels, k, raise) => {
            const before: Profile = { levels: Object.fromEntries(SKILLS.map((id, j) => [id, levels[j]!])) };
            const after: Profile = { levels: { ...before.levels, [SKILLS[k]!]: Math.min(7, levels[k]! + raise) } };
            const scores = (p: Profile) => new Map(ranked(p).ranked.map((r) => [r.i, r.score]));
            const b = scores(before);
            const c = ratings.elements.indexOf(SKILLS[k]!);
            const needs = (i: number) => ratings.importance[i]![c]! >= model.importance && ratings.level[i]![c]! > 0;
            for (const [i, s] of scores(after)) if (needs(i)) expect(s, index.occupations[i]!.title).toBeGreaterThanOrEqual(b.get(i)!);
          },
        ),
      );
    });
  });
});

// ---- rankAll against core/scale.ts's fit and rank, over random occupations ----

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
  interests: fc.option(fc.tuple(...RIASEC.map(() => figure(1, 7))), { nil: undefined }),
});

describe("rankAll agrees with fit() and rank() of core/scale.ts exactly", () => {
  it("the same scores, distances, parts and order", () => {
    fc.assert(
      fc.property(fc.array(occupationRatings, { maxLength: 12 }), profileArb, (occupations, p) => {
        const ratings: StoredRatings = {
          format: 2,
          elements: ELEMENTS,
          importance: occupations.map((o) => o.importance),
          level: occupations.map((o) => o.level),
          interests: occupations.map((o) => o.interests),
          related: occupations.map(() => []),
        };
        const index: Index = {
          format: 2,
          wagesPeriod: null,
          occupations: occupations.map((o, i) => indexRow(`11-0000.${String(i).padStart(2, "0")}`, o.title, `o${i}`)),
        };
        const reference: Reference = { scales: {}, elements: {} };
        const profile: Profile = {
          levels: p.levels,
          ...(p.interests ? { interests: Object.fromEntries(RIASEC.map((c, k) => [c, p.interests![k]!])) } : {}),
        };
        const ranking = rankAll(profile, index, ratings, reference, model);
        const expected = rank(
          profile,
          occupations.map((_, i) => ranking.candidate(i)),
          model,
        );
        expect(ranking.ranked.map((r) => [r.i, r.score, r.distance])).toEqual(expected.map((r) => [r.i, r.fit.score, r.fit.distance]));
        for (const r of ranking.ranked) {
          const f = fitOf(profile, ranking.candidate(r.i).needs, model, ranking.candidate(r.i).interests);
          expect(r.measured).toEqual(f.parts.map((x) => x.part));
          expect(r.unrated).toEqual(f.unrated);
        }
      }),
    );
  });
});
