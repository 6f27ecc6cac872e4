/**
 * The fit of `careers match` (core/resemblance.ts): worked by hand on small cases, against the formula
 * computed by the book (tests/helpers/resemblance-book.ts) over random profiles and occupations, and the
 * rules the method states as properties.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type ProfileColumns, pearson, profileColumns, shownFit, termsOf } from "../../src/core/resemblance.js";
import { type ElementKind, RIASEC } from "../../src/core/scale.js";
import type { ResemblanceModel } from "../../src/schema/assessment.js";
import { loadShippedModel } from "../helpers/model.js";
import { bookFit, bookPearson } from "../helpers/resemblance-book.js";
import { TEST_SCALE_MODEL } from "../helpers/scale-fixture.js";

const MODEL: ResemblanceModel = TEST_SCALE_MODEL.resemblance;
const ELEMENTS = ["s1", "s2", "s3", "k1", "k2", "k3"];
const KINDS: ElementKind[] = ["skill", "skill", "skill", "knowledge", "knowledge", "knowledge"];

const columnsOf = (
  levels: Record<string, number>,
  extra: { importance?: Record<string, number>; interests?: Record<string, number> } = {},
) => profileColumns({ levels, ...extra }, ELEMENTS, KINDS, MODEL, RIASEC);

/** Pearson's r from lists, through the running sums pearson() takes. */
const sums = (xs: number[], ys: number[]) =>
  pearson(
    xs.length,
    xs.reduce((s, x) => s + x, 0),
    ys.reduce((s, y) => s + y, 0),
    xs.reduce((s, x) => s + x * x, 0),
    ys.reduce((s, y) => s + y * y, 0),
    xs.reduce((s, x, k) => s + x * ys[k]!, 0),
  );

describe("pearson", () => {
  it("is 1 for values that rise together, -1 for opposite, as worked by hand", () => {
    expect(sums([1, 2, 3], [2, 4, 6])).toBeCloseTo(1, 12);
    expect(sums([1, 2, 3], [6, 4, 2])).toBeCloseTo(-1, 12);
    // x = 1, 2, 3 (mean 2), y = 1, 3, 2 (mean 2): sum of products of deviations (-1)(-1) + 0 + (1)(0) = 1,
    // sums of squares 2 and 2: r = 1 / 2
    expect(sums([1, 2, 3], [1, 3, 2])).toBeCloseTo(0.5, 12);
  });

  it("is 0 where a side does not vary, or for fewer than two values", () => {
    expect(sums([2, 2, 2], [1, 2, 3])).toBe(0);
    expect(sums([1, 2, 3], [4, 4, 4])).toBe(0);
    expect(sums([3], [5])).toBe(0);
    expect(sums([], [])).toBe(0);
    expect(pearson(2, 3, 5, 4.5, 12.5, 7.5)).toBe(0); // 1.5, 1.5 against 2.5, 2.5
  });

  it("agrees with the textbook formula, stays within -1 and 1", () => {
    const v = fc.integer({ min: 0, max: 700 }).map((n) => n / 100);
    fc.assert(
      fc.property(fc.array(fc.tuple(v, v), { minLength: 0, maxLength: 20 }), (pairs) => {
        const xs = pairs.map(([x]) => x);
        const ys = pairs.map(([, y]) => y);
        const r = sums(xs, ys);
        expect(r).toBeGreaterThanOrEqual(-1);
        expect(r).toBeLessThanOrEqual(1);
        expect(r).toBeCloseTo(bookPearson(xs, ys), 6);
      }),
    );
  });
});

describe("profileColumns", () => {
  it("lays out the rated elements by column, the value correlated (level + importance where known) and the kind", () => {
    const p = columnsOf({ s2: 3, k1: 4, other: 5 }, { importance: { k1: 2 }, interests: { R: 1, I: 2, A: 3, S: 4, E: 5, C: 6 } });
    expect(p).toEqual({
      columns: [1, 3],
      have: [3, 4],
      value: [3, 4 + 1.5 * 2],
      kind: [0, 1],
      interests: [1, 2, 3, 4, 5, 6],
      ratesLevels: true,
    } satisfies ProfileColumns);
  });

  it("a profile of interests alone rates no level", () => {
    expect(columnsOf({}, { interests: { R: 1, I: 1, A: 1, S: 1, E: 1, C: 1 } })).toMatchObject({ columns: [], ratesLevels: false });
    expect(columnsOf({ s1: 0 }).interests).toBeNull();
  });
});

describe("termsOf, worked by hand", () => {
  // an occupation rating the three skills at importance 2 and levels 1, 2, 3: needs 4, 5, 6; knowledge unrated
  const im = [2, 2, 2, null, null, null];
  const lv = [1, 2, 3, null, null, null];

  it("the same levels: correlation 1, no distance, score 1", () => {
    const t = termsOf(columnsOf({ s1: 1, s2: 2, s3: 3 }), im, lv, null, MODEL);
    expect(t.kinds).toEqual([{ part: "skill", correlation: 1, elements: 3, weight: 0.4 }]);
    expect(t).toMatchObject({ resemblance: 1, under: 0, over: 0, distance: 0, interests: null, hasInterests: false });
    expect(t.score).toBeCloseTo(1, 12);
  });

  it("the levels reversed: correlation -1; 2 short at importance 2, 2 beyond at importance 2, over 6 x 7", () => {
    const t = termsOf(columnsOf({ s1: 3, s2: 2, s3: 1 }), im, lv, null, MODEL);
    expect(t.kinds[0]!.correlation).toBeCloseTo(-1, 12);
    expect(t.under).toBeCloseTo(4 / 42, 12);
    expect(t.over).toBeCloseTo(4 / 42, 12);
    expect(t.distance).toBeCloseTo(8 / 6, 12);
    expect(t.score).toBeCloseTo(-1 - 0.5 * (8 / 42), 12);
  });

  it("over-qualified: every level 2 above the need keeps the correlation and loses 0.5 x 2/7", () => {
    const t = termsOf(columnsOf({ s1: 3, s2: 4, s3: 5 }), im, lv, null, MODEL);
    expect(t.kinds[0]!.correlation).toBeCloseTo(1, 12);
    expect([t.under, t.over]).toEqual([0, 2 / 7]);
    expect(t.score).toBeCloseTo(1 - 0.5 * (2 / 7), 12);
  });

  it("two kinds: their correlations averaged by 0.4 and 0.6; the interests' mean difference over 6 taken off x 0.6", () => {
    const t = termsOf(
      columnsOf({ s1: 3, s2: 1, k1: 1, k3: 3 }, { interests: { R: 1, I: 1, A: 1, S: 1, E: 1, C: 1 } }),
      [2, 2, null, 2, null, 3],
      [1, 2, null, 2, null, 1],
      [7, 1, 1, 1, 1, 4],
      MODEL,
    );
    // needs are level + 1.5 x importance: skills 3, 1 against 1 + 3 = 4 and 2 + 3 = 5: r = -1;
    // knowledge 1, 3 against 2 + 3 = 5 and 1 + 4.5 = 5.5: r = 1 (s3 and k2, rated by one side only, count in nothing)
    expect(t.kinds.map((k) => [k.part, Math.round(k.correlation * 1e9) / 1e9, k.elements])).toEqual([
      ["skill", -1, 2],
      ["knowledge", 1, 2],
    ]);
    expect(t.resemblance).toBeCloseTo(0.4 * -1 + 0.6 * 1, 12);
    // short: s2 1 of 2 (x2), k1 1 of 2 (x2); beyond: s1 3 of 1 (x2), k3 3 of 1 (x3); importance 2 + 2 + 2 + 3 = 9
    expect(t.under).toBeCloseTo((2 * 1 + 2 * 1) / 9 / 7, 12);
    expect(t.over).toBeCloseTo((2 * 2 + 3 * 2) / 9 / 7, 12);
    expect(t.interests).toBeCloseTo(9 / 36, 12);
    expect(t.hasInterests).toBe(true);
    expect(t.score).toBeCloseTo(0.2 - 0.5 * (14 / 63) - 0.6 * 0.25, 12);
  });

  it("interests alone: resemblance 1, less the interests' distance; nothing measured: 0", () => {
    const alone = termsOf(columnsOf({}, { interests: { R: 7, I: 1, A: 1, S: 1, E: 1, C: 1 } }), im, lv, [1, 1, 1, 1, 1, 1], MODEL);
    expect(alone).toMatchObject({ kinds: [], resemblance: 1, interests: 1 / 6 });
    expect(alone.score).toBeCloseTo(1 - 0.6 / 6, 12);
    const unscored = termsOf(columnsOf({}, { interests: { R: 7, I: 1, A: 1, S: 1, E: 1, C: 1 } }), im, lv, null, MODEL);
    expect(unscored).toMatchObject({ resemblance: 0, interests: null, score: 0, hasInterests: false });
    const none = termsOf(columnsOf({ k1: 3 }), im, lv, undefined, MODEL);
    expect(none).toMatchObject({ kinds: [], resemblance: 0, under: 0, over: 0, distance: 0, score: 0, interests: null });
  });

  it("an element rated by the profile and left unrated by the occupation counts in nothing", () => {
    const a = termsOf(columnsOf({ s1: 1, s2: 2, s3: 3 }), [2, 2, null, null, null, null], [1, 2, 5, null, null, null], null, MODEL);
    expect(a.kinds[0]!.elements).toBe(2);
    const b = termsOf(columnsOf({ s1: 1, s2: 2, s3: 3 }), [2, 2, 4, null, null, null], [1, 2, null, null, null, null], null, MODEL);
    expect(b.kinds[0]!.elements).toBe(2);
    expect(b.score).toBe(a.score);
  });
});

describe("shownFit", () => {
  it("is the score, below 0 shown as 0", () => {
    expect([shownFit(0.93), shownFit(1), shownFit(0), shownFit(-0.2)]).toEqual([0.93, 1, 0, 0]);
  });
});

// ---- against the book, and the method's rules, over random profiles and occupations ----

const level = fc.integer({ min: 0, max: 700 }).map((n) => n / 100);
const importance = fc.integer({ min: 100, max: 500 }).map((n) => n / 100);
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined, freq: 4 });
const interest = fc.integer({ min: 100, max: 700 }).map((n) => n / 100);
const six = fc.tuple(interest, interest, interest, interest, interest, interest);
const caseArb = fc.record({
  have: fc.tuple(...ELEMENTS.map(() => maybe(level))),
  haveImportance: fc.tuple(...ELEMENTS.map(() => maybe(importance))),
  importance: fc.tuple(...ELEMENTS.map(() => maybe(importance))),
  level: fc.tuple(...ELEMENTS.map(() => maybe(level))),
  profileInterests: maybe(six),
  occupationInterests: maybe(six),
});

const modelArb = fc.record({
  needImportance: fc.integer({ min: 0, max: 30 }).map((n) => n / 10),
  weights: fc.record({
    skill: fc.integer({ min: 1, max: 10 }).map((n) => n / 10),
    knowledge: fc.integer({ min: 1, max: 10 }).map((n) => n / 10),
  }),
  distance: fc.integer({ min: 0, max: 20 }).map((n) => n / 10),
  interests: fc.integer({ min: 0, max: 20 }).map((n) => n / 10),
  activities: fc.record({
    dwa: fc.integer({ min: 0, max: 10 }).map((n) => n / 10),
    iwa: fc.integer({ min: 0, max: 10 }).map((n) => n / 10),
    nearest: fc.constant(1),
  }),
});

type Case = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

function run(c: Case, model: ResemblanceModel) {
  const levels: Record<string, number> = {};
  const imp: Record<string, number> = {};
  ELEMENTS.forEach((e, k) => {
    if (c.have[k] !== undefined) levels[e] = c.have[k]!;
    if (c.haveImportance[k] !== undefined) imp[e] = c.haveImportance[k]!;
  });
  const interests = c.profileInterests ? Object.fromEntries(RIASEC.map((code, k) => [code, c.profileInterests![k]!])) : undefined;
  const p = profileColumns({ levels, importance: imp, ...(interests ? { interests } : {}) }, ELEMENTS, KINDS, model, RIASEC);
  const terms = termsOf(p, c.importance, c.level, c.occupationInterests ?? null, model);
  const book = bookFit(
    ELEMENTS.map((_, k) => ({
      kind: KINDS[k] as "skill" | "knowledge",
      have: c.have[k],
      haveImportance: c.have[k] === undefined ? undefined : c.haveImportance[k],
      importance: c.level[k] === undefined ? undefined : c.importance[k],
      level: c.importance[k] === undefined ? undefined : c.level[k],
    })),
    model,
    { profile: c.profileInterests, occupation: c.occupationInterests ?? null },
  );
  return { terms, book };
}

describe("termsOf against the book", () => {
  it("every term and the score, for any model", () => {
    fc.assert(
      fc.property(caseArb, modelArb, (c, model) => {
        const { terms, book } = run(c, model);
        expect(Object.fromEntries(terms.kinds.map((k) => [k.part, k.correlation]))).toEqual(
          Object.fromEntries(Object.entries(book.correlations).map(([k, r]) => [k, expect.closeTo(r, 6)])),
        );
        expect(terms.resemblance).toBeCloseTo(book.resemblance, 6);
        expect(terms.under).toBeCloseTo(book.under, 9);
        expect(terms.over).toBeCloseTo(book.over, 9);
        expect(terms.distance).toBeCloseTo((book.under + book.over) * 7, 9);
        if (book.interests === null) expect(terms.interests).toBeNull();
        else expect(terms.interests).toBeCloseTo(book.interests, 12);
        expect(terms.score).toBeCloseTo(book.score, 6);
      }),
    );
  });
});

describe("the rules the method states", () => {
  const shipped = loadShippedModel().occupations.resemblance;

  it("an occupation's own levels and importance (the profile --like gives) fit it fully: 100%", () => {
    fc.assert(
      fc.property(fc.tuple(...ELEMENTS.map(() => importance)), fc.tuple(...ELEMENTS.map(() => level)), six, (im, lv, ints) => {
        // an occupation whose needs vary within each kind (else there is no shape to correlate)
        fc.pre([0, 3].every((s) => new Set([0, 1, 2].map((k) => lv[s + k]! + 1.5 * im[s + k]!)).size > 1));
        const p = profileColumns(
          {
            levels: Object.fromEntries(ELEMENTS.map((e, k) => [e, lv[k]!])),
            importance: Object.fromEntries(ELEMENTS.map((e, k) => [e, im[k]!])),
            interests: Object.fromEntries(RIASEC.map((code, k) => [code, ints[k]!])),
          },
          ELEMENTS,
          KINDS,
          shipped,
          RIASEC,
        );
        const t = termsOf(p, im, lv, ints, shipped);
        expect(t.score).toBeCloseTo(1, 9);
        expect(shownFit(t.score)).toBeCloseTo(1, 9);
        expect(t.distance).toBe(0);
      }),
    );
  });

  it("no fit is above 1: the same profile is the best there is", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        expect(run(c, shipped).terms.score).toBeLessThanOrEqual(1 + 1e-12);
      }),
    );
  });

  it("over-qualification: raising every level already at or beyond its need lowers the fit", () => {
    fc.assert(
      fc.property(
        caseArb,
        fc.integer({ min: 1, max: 300 }).map((n) => n / 100),
        (c, up) => {
          const both = ELEMENTS.map((_, k) => c.have[k] !== undefined && c.importance[k] !== undefined && c.level[k] !== undefined);
          fc.pre(both.some(Boolean));
          // every rated level at or beyond the need, and room to raise it on the scale
          const at: Case = { ...c, have: c.have.map((h, k) => (h === undefined ? h : Math.max(h, c.level[k] ?? 0))) as Case["have"] };
          const raised: Case = { ...at, have: at.have.map((h) => (h === undefined ? h : h + up)) as Case["have"] };
          const before = run(at, shipped).terms;
          const after = run(raised, shipped).terms;
          // the shape is the same (a shift keeps each correlation), the distance beyond grows by `up`
          expect(after.resemblance).toBeCloseTo(before.resemblance, 6);
          expect(after.over - before.over).toBeCloseTo(up / 7, 9);
          expect(after.score).toBeLessThan(before.score);
        },
      ),
    );
  });
});
