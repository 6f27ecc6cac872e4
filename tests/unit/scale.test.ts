import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fit, gaps, interestFit, mattering, type Need, needsAt, profileOf, rank } from "../../src/core/scale.js";
import type { ScaleModel } from "../../src/schema/assessment.js";
import type { StoredRatings } from "../../src/schema/occupation.js";
import { TEST_SCALE_MODEL } from "../helpers/scale-fixture.js";

const MODEL: ScaleModel = TEST_SCALE_MODEL;

const need = (element: string, importance: number, level: number, kind: Need["kind"] = "skill"): Need => ({
  element,
  name: element,
  kind,
  importance,
  level,
});

// A (skill, importance 4, level 4), B (skill 3, 2), C (skill 2, 5: below the threshold), K (knowledge 5, 3)
const needs = () => [need("A", 4, 4), need("B", 3, 2), need("C", 2, 5), need("K", 5, 3, "knowledge")];

describe("mattering", () => {
  it("keeps elements at or above the importance threshold that need some level", () => {
    const list = [need("A", 3, 1), need("B", 2.99, 4), need("Z", 4, 0)];
    expect(mattering(list, MODEL).map((n) => n.element)).toEqual(["A"]);
  });
});

describe("gaps", () => {
  it("splits what matters into transferable and to-build, biggest weighted gap first", () => {
    const g = gaps({ levels: { A: 2, B: 3 } }, needs(), MODEL);
    // B needs 2, has 3: carries over; A gap 4-2 = 2, x importance 4 = 8; K gap 3-0 = 3, x 5 = 15
    expect(g.transferable.map((t) => [t.element, t.have])).toEqual([["B", 3]]);
    expect(g.toBuild.map((t) => [t.element, t.gap, t.weighted])).toEqual([
      ["K", 3, 15],
      ["A", 2, 8],
    ]);
  });

  it("counts a level exactly met as transferable", () => {
    const g = gaps({ levels: { A: 4 } }, [need("A", 4, 4)], MODEL);
    expect(g.transferable.map((t) => t.element)).toEqual(["A"]);
    expect(g.toBuild).toEqual([]);
  });

  it("takes gaps of ratings given to two decimals without binary noise, so equal ones tie", () => {
    // 3.88 - 3.62 in binary floating point is 0.2599999999999998; 4.26 - 4 is 0.2599999999999998 too, but
    // 0.26 x 4 and (3.88 - 3.62) x 4 must rank as the same weighted gap, broken by name
    const g = gaps({ levels: { A: 3.62, B: 4 } }, [need("B", 4, 4.26), need("A", 4, 3.88)], MODEL);
    expect(g.toBuild.map((t) => [t.element, t.gap, t.weighted])).toEqual([
      ["A", 0.26, 1.04],
      ["B", 0.26, 1.04],
    ]);
  });

  it("breaks equal weighted gaps by the bigger gap, then by name", () => {
    // X: gap 2 x importance 3 = 6; Y: gap 1.5 x 4 = 6; W, V: gap 1 x 3 = 3 each
    const g = gaps({ levels: {} }, [need("Y", 4, 1.5), need("X", 3, 2), need("W", 3, 1), need("V", 3, 1)], MODEL);
    expect(g.toBuild.map((t) => t.element)).toEqual(["X", "Y", "V", "W"]);
  });

  it("from one occupation to another: the first one's levels are what is had", () => {
    const from = [need("A", 4, 3), need("B", 3, 5)];
    const to = [need("A", 4, 5), need("B", 3, 2)];
    const g = gaps(profileOf(from), to, MODEL);
    expect(g.transferable.map((t) => t.element)).toEqual(["B"]);
    expect(g.toBuild.map((t) => [t.element, t.have, t.gap])).toEqual([["A", 3, 2]]);
  });
});

describe("fit", () => {
  it("scores coverage (the importance-weighted share of the needed levels reached) and use, on the parts the profile rates", () => {
    const f = fit({ levels: { A: 2, B: 3 } }, needs(), MODEL);
    // coverage: A: 2/4 met, x 4 = 2; B: full, x 3 = 3; (2 + 3) / (4 + 3) = 5/7. Use: the levels rated, 2 + 3,
    // all in elements that matter: 1. Score: 0.9 x 5/7 + 0.1 x 1. Knowledge is not rated: left out.
    expect(f.parts[0]!.coverage).toBeCloseTo(5 / 7, 10);
    expect(f.parts[0]!.use).toBe(1);
    expect(f.score).toBeCloseTo(0.9 * (5 / 7) + 0.1, 10);
    expect(f.unrated).toEqual(["knowledge"]);
    expect(f.parts.map((p) => p.part)).toEqual(["skill"]);
    // distance: (4 x |2 - 4| + 3 x |3 - 2|) / 7
    expect(f.distance).toBeCloseTo(11 / 7, 10);
    expect(f.parts[0]!.elements!.map((e) => [e.element, e.met])).toEqual([
      ["A", 0.5],
      ["B", 1],
    ]);
  });

  it("use: levels rated in elements the occupation does not need lower it", () => {
    // C (importance 2) does not matter: of the 2 + 3 + 5 levels rated, 5 are used
    const f = fit({ levels: { A: 2, B: 3, C: 5 } }, needs(), MODEL);
    expect(f.parts[0]!.use).toBe(0.5);
    expect(f.score).toBeCloseTo(0.9 * (5 / 7) + 0.1 * 0.5, 10);
    expect(fit({ levels: { A: 2, B: 3, C: 5 } }, needs(), { ...MODEL, use: 0 }).score).toBeCloseTo(5 / 7, 10);
  });

  it("weights the parts by the model", () => {
    const f = fit({ levels: { A: 2, B: 3, K: 3 } }, needs(), MODEL);
    // skill 0.9 x 5/7 + 0.1 at 0.6; knowledge: coverage 1, use 1 at 0.25
    expect(f.score).toBeCloseTo((0.6 * (0.9 * (5 / 7) + 0.1) + 0.25) / 0.85, 10);
    expect(f.unrated).toEqual([]);
  });

  it("adds the interests where both the profile and the occupation have them", () => {
    const occupation = { R: 1, I: 1, A: 1, S: 1, E: 1, C: 1 };
    const f = fit({ levels: { A: 2, B: 3 }, interests: { ...occupation, R: 7 } }, needs(), MODEL, occupation);
    // interests: 1 - 6 / 36 = 5/6
    expect(f.parts.find((p) => p.part === "interests")!.score).toBeCloseTo(5 / 6, 10);
    expect(f.score).toBeCloseTo((0.6 * (0.9 * (5 / 7) + 0.1) + 0.15 * (5 / 6)) / 0.75, 10);
    expect(fit({ levels: { A: 2 } }, needs(), MODEL, occupation).unrated).toContain("interests");
  });

  it("interest fit is 1 for the same scores and 0 for opposite ends of the scale", () => {
    const low = { R: 1, I: 1, A: 1, S: 1, E: 1, C: 1 };
    const high = { R: 7, I: 7, A: 7, S: 7, E: 7, C: 7 };
    expect(interestFit(low, low)).toBe(1);
    expect(interestFit(low, high)).toBe(0);
  });

  it("is 0 for a profile that rates nothing the occupation needs", () => {
    expect(fit({ levels: {} }, needs(), MODEL).score).toBe(0);
  });
});

describe("needsAt", () => {
  it("reads one occupation's rated elements from the ratings, knowledge by its 2.C id", () => {
    const ratings: StoredRatings = {
      format: 2,
      elements: ["2.A.1.a", "2.B.1.a", "2.C.1.a"],
      importance: [
        [3.5, null, 4],
        [1, 2, 3],
      ],
      level: [
        [4.25, null, 0],
        [1, 2, 3],
      ],
      interests: [null, null],
      related: [[], []],
    };
    expect(needsAt(ratings, 0)).toEqual([
      { element: "2.A.1.a", name: "2.A.1.a", kind: "skill", importance: 3.5, level: 4.25 },
      { element: "2.C.1.a", name: "2.C.1.a", kind: "knowledge", importance: 4, level: 0 },
    ]);
  });
});

// Random occupations on the real scales: importance 1-5, level 0-7, in two decimals as O*NET gives them.
const ELEMENTS = ["a", "b", "c", "d", "e", "f", "g", "h"];
const figure = (min: number, max: number) => fc.integer({ min: min * 100, max: max * 100 }).map((n) => n / 100);
const occupation = fc
  .tuple(...ELEMENTS.map(() => fc.tuple(figure(1, 5), figure(0, 7))))
  .map((rated) => rated.map(([importance, level], k) => need(ELEMENTS[k]!, importance, level)));

describe("fit: properties", () => {
  it("a profile equal to an occupation's own levels of what matters fits it fully, and ranks it first or tied first", () => {
    fc.assert(
      fc.property(occupation, fc.array(occupation, { maxLength: 20 }), (own, others) => {
        fc.pre(mattering(own, MODEL).length > 0);
        const profile = profileOf(mattering(own, MODEL));
        const f = fit(profile, own, MODEL);
        expect(f.score).toBe(1);
        expect(f.distance).toBe(0);
        const ranked = rank(
          profile,
          [{ i: 0, title: "own", needs: own }, ...others.map((n, k) => ({ i: k + 1, title: `o${k}`, needs: n }))],
          MODEL,
        );
        const first = ranked[0]!;
        expect(first.fit.score).toBe(ranked.find((r) => r.i === 0)!.fit.score);
        expect(first.fit.distance).toBe(0);
      }),
    );
  });

  it("raising one level never lowers the fit of an occupation that needs it", () => {
    fc.assert(
      fc.property(
        occupation,
        fc.array(fc.integer({ min: 0, max: 7 }), { minLength: ELEMENTS.length, maxLength: ELEMENTS.length }),
        fc.nat({ max: ELEMENTS.length - 1 }),
        fc.integer({ min: 1, max: 7 }),
        (needsOf, levels, k, raise) => {
          fc.pre(mattering(needsOf, MODEL).some((n) => n.element === ELEMENTS[k]));
          const before = Object.fromEntries(ELEMENTS.map((e, j) => [e, levels[j]!]));
          const after = { ...before, [ELEMENTS[k]!]: Math.min(7, before[ELEMENTS[k]!]! + raise) };
          expect(fit({ levels: after }, needsOf, MODEL).score).toBeGreaterThanOrEqual(fit({ levels: before }, needsOf, MODEL).score);
        },
      ),
    );
  });
});
