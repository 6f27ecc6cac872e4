import { describe, expect, it } from "vitest";
import {
  matchTemplate,
  parseInterestScores,
  profileFromAnswers,
  ratedCount,
  resolveElement,
  resolveInterest,
} from "../../src/core/profile.js";
import { CareersError } from "../../src/errors.js";
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
    expect(all.problems).toEqual([]);
    const some = profileFromAnswers({ interests: { R: 1, S: 7 } }, reference());
    expect(some.profile.interests).toBeUndefined();
    expect(some.problems).toEqual([{ path: ["interests"], message: "rate all six interests or none: I, A, E, C not rated" }]);
    expect(profileFromAnswers({ interests: { X: 3 } }, reference()).problems[0]).toEqual({
      path: ["interests", "X"],
      message: '"X" is not one of the six interests',
      suggestion: "Name them by letter (R, I, A, S, E, C) or by name (Realistic ... Conventional).",
    });
  });

  it("resolves single names", () => {
    expect(resolveElement("speaking", reference(), "skill")).toBe("2.A.1.d");
    expect(resolveElement("2.C.1.e", reference(), "skill")).toBeNull();
    expect(resolveInterest(" conventional ")).toBe("C");
    expect(resolveInterest(" s ")).toBe("S");
    expect(resolveInterest("Q")).toBeNull();
  });
});

describe("partial answers: null is not rated", () => {
  it("a level or score left null is left out of the profile, never 0; a group left empty (null) too", () => {
    const r = profileFromAnswers(
      {
        skills: { "Active Listening": 4, Speaking: null },
        knowledge: null,
        interests: { R: null, I: null, A: null, S: null, E: null, C: null },
      },
      reference(),
    );
    expect(r.problems).toEqual([]);
    expect(r.profile).toEqual({ levels: { "2.A.1.b": 4 } });
    expect("interests" in r.profile).toBe(false);
  });

  it("a name that is not an element is still reported when its answer is null; interests half null are not six", () => {
    const r = profileFromAnswers(
      { skills: { "Activ Listening": null }, interests: { R: 1, I: 2, A: 3, S: null, E: null, C: null } },
      reference(),
    );
    expect(r.problems.map((p) => p.message)).toEqual([
      '"Activ Listening" is not a skill O*NET rates',
      "rate all six interests or none: S, E, C not rated",
    ]);
    expect(r.profile).toEqual({ levels: {} });
    expect(profileFromAnswers({ interests: { Q: null } }, reference()).problems[0]!.path).toEqual(["interests", "Q"]);
  });

  it("a level of 0 is a rating", () => {
    expect(profileFromAnswers({ skills: { Speaking: 0 } }, reference()).profile.levels).toEqual({ "2.A.1.d": 0 });
  });
});

describe("ratedCount", () => {
  const model = { fewRated: 3 };

  it("counts the skills and knowledge areas of the data set rated, of how many, and the interests", () => {
    expect(ratedCount({ levels: { "2.A.1.b": 4, "2.A.1.d": 0, "2.C.1.e": 5 } }, reference(), model)).toEqual({
      skills: 2,
      knowledge: 1,
      interests: false,
      of: { skills: 2, knowledge: 1 },
      rough: false,
    });
  });

  it("fewer than fewRated: rough; an element of another release is not counted", () => {
    const r = ratedCount({ levels: { "2.A.1.b": 4, "2.C.1.e": 5, "9.Z.9": 3 }, interests: { R: 1 } }, reference(), model);
    expect(r).toEqual({ skills: 1, knowledge: 1, interests: true, of: { skills: 2, knowledge: 1 }, rough: true });
    expect(ratedCount({ levels: {} }, reference(), { fewRated: 1 }).rough).toBe(true);
    expect(ratedCount({ levels: { "2.A.1.b": 1 } }, reference(), { fewRated: 1 }).rough).toBe(false);
  });
});

describe("parseInterestScores", () => {
  const error = (text: string): CareersError => {
    try {
      parseInterestScores(text);
    } catch (e) {
      return e as CareersError;
    }
    throw new Error(`no error for ${text}`);
  };

  it("letters or names, = or :, commas or spaces; in RIASEC order whatever the order given", () => {
    expect(parseInterestScores("R=2,I=5,A=1,S=6,E=4,C=3")).toEqual({ R: 2, I: 5, A: 1, S: 6, E: 4, C: 3 });
    const named = parseInterestScores("conventional:3 Enterprising=4, social=6.5,artistic=1 investigative=7 r=1");
    expect(named).toEqual({ R: 1, I: 7, A: 1, S: 6.5, E: 4, C: 3 });
    expect(Object.keys(named)).toEqual(["R", "I", "A", "S", "E", "C"]);
  });

  it("the scale's ends are in, beyond them is out; a usage error (exit 2) with the hint", () => {
    expect(parseInterestScores("R=1,I=7,A=1,S=7,E=1,C=7").I).toBe(7);
    const high = error("R=7.5,I=5,A=1,S=6,E=4,C=3");
    expect(high).toBeInstanceOf(CareersError);
    expect(high.exitCode).toBe(2);
    expect(high.message).toBe(`--interests "R=7.5,I=5,A=1,S=6,E=4,C=3": R=7.5 is off O*NET's interest scale, 1-7`);
    expect(high.hint).toMatch(/^Give the six interests as letter=score, each on O\*NET's scale 1-7: --interests R=2,I=5,A=1,S=6,E=4,C=3/);
    expect(error("R=0.5,I=5,A=1,S=6,E=4,C=3").message).toContain("R=0.5 is off");
    expect(error("R=x,I=5,A=1,S=6,E=4,C=3").message).toBe(`--interests "R=x,I=5,A=1,S=6,E=4,C=3": R=x: the score is not a number`);
  });

  it("an unknown interest, a pair without a score, one given twice, some missing, nothing: each said", () => {
    expect(error("X=2").message).toBe(`--interests "X=2": "X" is not one of the six interests (R, I, A, S, E, C, or their names)`);
    expect(error("R2").message).toBe(`--interests "R2": "R2" is not interest=score`);
    expect(error("R=").message).toBe(`--interests "R=": "R=" is not interest=score`);
    expect(error("=R=2").message).toBe(`--interests "=R=2": "=R=2" is not interest=score`);
    expect(error("R=2,realistic=3").message).toBe(`--interests "R=2,realistic=3": R is given twice`);
    expect(error("R=2,I=5").message).toBe(`--interests "R=2,I=5": A, S, E, C not given: give all six`);
    expect(error(" , ").message).toBe(`--interests " , ": no scores given`);
  });
});

describe("matchTemplate", () => {
  it("every skill and every knowledge area by name, in the reference's order, and the six interests by name, all null", () => {
    const ref = {
      ...reference(),
      interests: ["Realistic", "Investigative", "Artistic", "Social", "Enterprising", "Conventional"].map((name) => ({
        code: name[0]!,
        name,
        description: "",
        keywords: [],
      })),
    };
    const t = matchTemplate(ref);
    expect(t).toEqual({
      skills: { "Active Listening": null, Speaking: null },
      knowledge: { "Customer and Personal Service": null },
      interests: { Realistic: null, Investigative: null, Artistic: null, Social: null, Enterprising: null, Conventional: null },
    });
    expect(Object.keys(t.interests)[5]).toBe("Conventional");
  });

  it("interests by letter where the release does not name them; and read back as it is, it rates nothing", () => {
    const t = matchTemplate(reference());
    expect(Object.keys(t.interests)).toEqual(["R", "I", "A", "S", "E", "C"]);
    expect(profileFromAnswers(t, reference())).toEqual({ profile: { levels: {} }, problems: [] });
  });
});
