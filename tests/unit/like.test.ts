/**
 * A profile from the occupations a person has held (core/like.ts): the highest level and importance of
 * each element among them, the mean of each interest, and levels an answers file sets. Expected values are
 * worked from the harbour-town release's tables (tests/helpers/scale-fixture.ts).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Held, likeProfile, likeProfileAt, overrideProfile } from "../../src/core/like.js";
import { type Need, needsAt, RIASEC } from "../../src/core/scale.js";
import type { Reference, StoredRatings } from "../../src/schema/occupation.js";
import { SCALE_ELEMENT_IDS, SCALE_ELEMENTS, SCALE_OCCUPATIONS } from "../helpers/scale-fixture.js";

const need = (element: string, importance: number, level: number): Need => ({
  element,
  name: element,
  kind: element.startsWith("2.C") ? "knowledge" : "skill",
  importance,
  level,
});

/** The fixture's occupations as the data set's ratings hold them, and its reference. */
function fixtureRatings(): { ratings: Omit<StoredRatings, "related">; reference: Reference } {
  return {
    ratings: {
      format: 1,
      elements: SCALE_ELEMENT_IDS,
      importance: SCALE_OCCUPATIONS.map((o) => o.ratings.map((r) => r[0])),
      level: SCALE_OCCUPATIONS.map((o) => o.ratings.map((r) => r[1])),
      interests: SCALE_OCCUPATIONS.map((o, k) => (k === 1 ? null : [...o.interests])),
    },
    reference: {
      scales: {},
      elements: Object.fromEntries(
        SCALE_ELEMENT_IDS.map((id) => [
          id,
          { name: SCALE_ELEMENTS[id]!.name, description: "", kind: SCALE_ELEMENTS[id]!.knowledge ? "knowledge" : "skill" },
        ]),
      ),
    },
  };
}

const place = (title: string) => SCALE_OCCUPATIONS.findIndex((o) => o.title === title);

describe("likeProfile", () => {
  it("one occupation: its own level and importance of every element it rates, and its interests", () => {
    const p = likeProfile([
      {
        needs: [need("2.A.1.a", 3.5, 3), need("2.B.5.d", 1.5, 0), need("2.C.1.e", 4.5, 4.5)],
        interests: { R: 1, I: 2, A: 3, S: 4, E: 5, C: 6 },
      },
    ]);
    expect(p).toEqual({
      levels: { "2.A.1.a": 3, "2.B.5.d": 0, "2.C.1.e": 4.5 },
      importance: { "2.A.1.a": 3.5, "2.B.5.d": 1.5, "2.C.1.e": 4.5 },
      interests: { R: 1, I: 2, A: 3, S: 4, E: 5, C: 6 },
    });
  });

  it("several: the highest level and the highest importance of each element, taken separately", () => {
    const p = likeProfile([
      { needs: [need("2.A.1.a", 2, 5), need("2.A.1.b", 4, 1)] },
      { needs: [need("2.A.1.a", 4.5, 2), need("2.C.1.a", 3, 3)] },
      { needs: [need("2.A.1.b", 1, 3.5)] },
    ]);
    expect(p.levels).toEqual({ "2.A.1.a": 5, "2.A.1.b": 3.5, "2.C.1.a": 3 });
    expect(p.importance).toEqual({ "2.A.1.a": 4.5, "2.A.1.b": 4, "2.C.1.a": 3 });
    expect(p.interests).toBeUndefined();
    expect("interests" in p).toBe(false);
  });

  it("the order of the occupations does not matter, and a level of 0 stays 0 (rated, not left out)", () => {
    const a: Held = { needs: [need("2.A.1.a", 3, 0), need("2.A.1.b", 2, 4)] };
    const b: Held = { needs: [need("2.A.1.a", 1, 0)] };
    expect(likeProfile([a, b])).toEqual(likeProfile([b, a]));
    expect(likeProfile([b, a]).levels).toEqual({ "2.A.1.a": 0, "2.A.1.b": 4 });
    expect(likeProfile([b, a]).importance).toEqual({ "2.A.1.a": 3, "2.A.1.b": 2 });
  });

  it("interests: each score's mean over the occupations that have them; those without are not counted", () => {
    const p = likeProfile([
      { needs: [], interests: { R: 1, I: 2, A: 3, S: 4, E: 5, C: 6 } },
      { needs: [need("2.A.1.a", 3, 3)] },
      { needs: [], interests: { R: 3, I: 2, A: 6, S: 7, E: 2, C: 1 } },
    ]);
    expect(p.interests).toEqual({ R: 2, I: 2, A: 4.5, S: 5.5, E: 3.5, C: 3.5 });
    expect(Object.keys(p.interests!)).toEqual([...RIASEC]);
  });

  it("nothing held: an empty profile", () => {
    expect(likeProfile([])).toEqual({ levels: {}, importance: {} });
  });

  it("property: combining never lowers a level, and each level is one an occupation held has", () => {
    const arbNeed = fc.record({
      element: fc.constantFrom(...SCALE_ELEMENT_IDS),
      importance: fc.double({ min: 1, max: 5, noNaN: true }),
      level: fc.double({ min: 0, max: 7, noNaN: true }),
    });
    const arbHeld = fc.array(fc.array(arbNeed, { maxLength: 8 }), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(arbHeld, (held) => {
        const all = likeProfile(held.map((ns) => ({ needs: ns.map((n) => need(n.element, n.importance, n.level)) })));
        for (const ns of held)
          for (const n of ns) {
            expect(all.levels[n.element]).toBeGreaterThanOrEqual(n.level);
            expect(all.importance[n.element]).toBeGreaterThanOrEqual(n.importance);
          }
        for (const [e, level] of Object.entries(all.levels))
          expect(held.some((ns) => ns.some((n) => n.element === e && n.level === level))).toBe(true);
      }),
    );
  });
});

describe("likeProfileAt", () => {
  it("Tide Clerks and Harbour Greeters from the ratings: the higher of their levels, Tide Clerks' interests alone", () => {
    const { ratings, reference } = fixtureRatings();
    const p = likeProfileAt(ratings, [place("Tide Clerks"), place("Harbour Greeters")], reference);
    // Tide Clerks: 3, 4, 3.5, 3, 2.5, 1, 4.5, 2; Harbour Greeters: 2.5, 4, 4, 3.5, 2, 0, 4, 1
    expect(SCALE_ELEMENT_IDS.map((id) => p.levels[id])).toEqual([3, 4, 4, 3.5, 2.5, 1, 4.5, 2]);
    // importance: Tide Clerks 3.5, 4, 4, 3, 2.5, 1.5, 4.5, 2; Harbour Greeters 3, 4, 4.5, 3.5, 2, 1.2, 4.5, 1.5
    expect(SCALE_ELEMENT_IDS.map((id) => p.importance[id])).toEqual([3.5, 4, 4.5, 3.5, 2.5, 1.5, 4.5, 2]);
    // the ratings of this test give Harbour Greeters no interests
    expect(p.interests).toEqual({ R: 1.5, I: 1.5, A: 1.2, S: 4.5, E: 4, C: 6 });
  });

  it("one occupation is its own needs' levels, as needsAt gives them", () => {
    const { ratings, reference } = fixtureRatings();
    const i = place("Kelp Farmers");
    const p = likeProfileAt(ratings, [i], reference);
    expect(p.levels).toEqual(Object.fromEntries(needsAt(ratings, i, reference).map((n) => [n.element, n.level])));
    expect(p.interests).toEqual({ R: 6.8, I: 3, A: 1.2, S: 1.5, E: 2.5, C: 3 });
  });

  it("an element the ratings leave unrated (null) is left out, not taken as 0", () => {
    const { ratings, reference } = fixtureRatings();
    const i = place("Tide Clerks");
    ratings.level[i]![0] = null;
    ratings.importance[i]![1] = null;
    const p = likeProfileAt(ratings, [i], reference);
    expect(Object.keys(p.levels)).toEqual(SCALE_ELEMENT_IDS.slice(2));
  });
});

describe("overrideProfile", () => {
  const like = () =>
    likeProfile([{ needs: [need("2.A.1.a", 3, 3), need("2.A.1.b", 4, 4)], interests: { R: 1, I: 1, A: 1, S: 6, E: 4, C: 5 } }]);

  it("levels the answers rate replace the occupations'; the others stay; the importance is the occupations'", () => {
    const p = overrideProfile(like(), { levels: { "2.A.1.b": 6, "2.C.1.a": 2 } });
    expect(p).toEqual({
      levels: { "2.A.1.a": 3, "2.A.1.b": 6, "2.C.1.a": 2 },
      importance: { "2.A.1.a": 3, "2.A.1.b": 4 },
      interests: { R: 1, I: 1, A: 1, S: 6, E: 4, C: 5 },
    });
  });

  it("the answers' interests replace the occupations' mean; without either there are none", () => {
    const mine = { R: 7, I: 6, A: 5, S: 4, E: 3, C: 2 };
    expect(overrideProfile(like(), { levels: {}, interests: mine }).interests).toEqual(mine);
    const none = overrideProfile(likeProfile([{ needs: [need("2.A.1.a", 3, 3)] }]), { levels: {} });
    expect("interests" in none).toBe(false);
    expect(overrideProfile(likeProfile([{ needs: [] }]), { levels: {}, interests: mine }).interests).toEqual(mine);
  });
});
