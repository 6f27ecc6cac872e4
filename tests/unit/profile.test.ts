import { describe, expect, it } from "vitest";
import { profileFromAnswers, resolveElement, resolveInterest } from "../../src/core/profile.js";
import type { Reference } from "../../src/schema/occupation.js";

const reference = (): Reference => ({
  scales: {},
  elements: {
    "2.A.1.b": { name: "Active Listening", description: "", kind: "skill" },
    "2.A.1.d": { name: "Speaking", description: "", kind: "skill" },
    "2.C.1.e": { name: "Customer and Personal Service", description: "", kind: "knowledge" },
  },
});

describe("profileFromAnswers", () => {
  it("resolves skills and knowledge by id or by name, in any case", () => {
    const r = profileFromAnswers(
      { skills: { "active listening": 4, "2.A.1.d": 3 }, knowledge: { "Customer and Personal Service": 5 } },
      reference(),
    );
    expect(r.problems).toEqual([]);
    expect(r.profile).toEqual({ levels: { "2.A.1.b": 4, "2.A.1.d": 3, "2.C.1.e": 5 } });
  });

  it("reports an unknown name with a suggestion, and a knowledge area given as a skill", () => {
    const r = profileFromAnswers({ skills: { "Activ Listening": 4, "Customer and Personal Service": 2 } }, reference());
    expect(r.profile.levels).toEqual({});
    expect(r.problems).toEqual([
      {
        path: ["skills", "Activ Listening"],
        message: '"Activ Listening" is not a skill O*NET rates',
        suggestion: 'Did you mean "Active Listening"?',
      },
      { path: ["skills", "Customer and Personal Service"], message: '"Customer and Personal Service" is not a skill O*NET rates' },
    ]);
  });

  it("takes the interests by letter or name, all six or none", () => {
    const all = profileFromAnswers({ interests: { R: 1, investigative: 2, A: 3, Social: 7, e: 5, C: 4 } }, reference());
    expect(all.profile.interests).toEqual({ R: 1, I: 2, A: 3, S: 7, E: 5, C: 4 });
    const some = profileFromAnswers({ interests: { R: 1, S: 7 } }, reference());
    expect(some.profile.interests).toBeUndefined();
    expect(some.problems.map((p) => p.message)).toEqual(["rate all six interests or none: I, A, E, C not rated"]);
    expect(profileFromAnswers({ interests: { X: 3 } }, reference()).problems[0]!.path).toEqual(["interests", "X"]);
  });

  it("resolves single names", () => {
    expect(resolveElement("speaking", reference(), "skill")).toBe("2.A.1.d");
    expect(resolveElement("2.C.1.e", reference(), "skill")).toBeNull();
    expect(resolveInterest(" conventional ")).toBe("C");
    expect(resolveInterest("Q")).toBeNull();
  });
});
