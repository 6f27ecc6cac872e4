/**
 * Answers checked against their questions: credentials, ratings at the top of the scale, measures,
 * questions a role does not ask, and which need a key finds. The questionnaires are built in each test,
 * so that a change to the code under test reaches them.
 */
import { describe, expect, it } from "vitest";
import { checkAnswers, templateAnswers } from "../../src/core/assess/answers.js";
import { buildQuestionnaire, type Questionnaire } from "../../src/core/assess/questions.js";
import type { AnswersInput } from "../../src/schema/assessment.js";
import type { Role } from "../../src/schema/role.js";
import { demoRole, noAnswers } from "../helpers/assess.js";
import { loadShippedModel } from "../helpers/model.js";

const model = loadShippedModel();

/** The demo role with one licence required (id licence, named "A licence"). */
function licensed(): Questionnaire {
  const role = demoRole();
  role.requirements!.credentials = [{ id: "licence", name: "A licence", kind: "licence" }];
  return buildQuestionnaire(role, model, []);
}

/** Every question of the demo answered, with `over` in their place. */
const complete = (over: AnswersInput = {}): AnswersInput => ({
  skills: { "tech-one": 1, "tech-two": 1, "soft-one": 1, "soft-two": 1 },
  measures: { speed: 30 },
  experienceYears: 2,
  education: "associate",
  tools: [],
  ...over,
});

/** A role asking one skill and nothing else. */
const skillOnly = (): Role => ({
  id: "only",
  title: "Only",
  summary: "x",
  sources: [{ id: "g", title: "G" }],
  requirements: { source: "g", skills: [{ id: "one", name: "One", kind: "k", level: 2 }] },
});

describe("credentials", () => {
  it("the list of those held is needed; each is found by id or name; the rest are not held", () => {
    const q = licensed();
    const none = checkAnswers(complete(), q);
    expect(none).toEqual({ ok: false, missing: ["credentials (a list of the ids held; [] for none)"], invalid: [] });
    expect(checkAnswers(complete({ credentials: [] }), q)).toMatchObject({ ok: true, answers: { credentials: { licence: false } } });
    for (const key of ["licence", "A LICENCE", "a-licence"]) {
      expect(checkAnswers(complete({ credentials: [key] }), q), key).toMatchObject({
        ok: true,
        answers: { credentials: { licence: true } },
      });
    }
  });

  it("one the role does not require is refused, with the id meant", () => {
    const r = checkAnswers(complete({ credentials: ["licnce"] }), licensed());
    expect(r).toEqual({
      ok: false,
      missing: [],
      invalid: ['credentials: "licnce" is not one Demo Role requires (did you mean "licence"?)'],
    });
    const far = checkAnswers(complete({ credentials: ["passport"] }), licensed());
    expect(far).toMatchObject({ invalid: ['credentials: "passport" is not one Demo Role requires'] });
  });

  it("a role requiring none takes no list, and ignores one", () => {
    const q = buildQuestionnaire(demoRole(), model, []);
    expect(checkAnswers(complete(), q)).toMatchObject({ ok: true, answers: { credentials: {} } });
    expect(checkAnswers(complete({ credentials: ["licence"] }), q)).toMatchObject({ ok: true, answers: { credentials: {} } });
  });
});

describe("ratings", () => {
  it("up to the top of the scale, as a number or a word in any case", () => {
    const q = buildQuestionnaire(skillOnly(), model, []);
    const rating = (raw: number | string) => {
      const r = checkAnswers({ skills: { one: raw } }, q);
      return r.ok ? r.answers.skills.one : r.invalid;
    };
    expect([rating(0), rating(4), rating(2.5), rating(" Strong "), rating("EXPERT")]).toEqual([0, 4, 2.5, 3, 4]);
    expect(rating(5)).toEqual(['skills: "one": rating "5" is not one of 0-4 or none, basic, working, strong, expert']);
    expect(rating("master")).toEqual(['skills: "one": rating "master" is not one of 0-4 or none, basic, working, strong, expert']);
  });

  it("a refused rating is not also missing; a skill the role does not need is refused", () => {
    const q = buildQuestionnaire(skillOnly(), model, []);
    expect(checkAnswers({ skills: { one: 9 } }, q)).toMatchObject({ ok: false, missing: [] });
    expect(checkAnswers({ skills: { one: 2, zzz: 1 } }, q)).toEqual({
      ok: false,
      missing: [],
      invalid: ['skills: "zzz" is not a skill Only needs'],
    });
  });

  it("a key is a need's id before another need's name", () => {
    const role = skillOnly();
    role.requirements!.skills = [
      { id: "x", name: "Y", kind: "k", level: 1 },
      { id: "y", name: "X", kind: "k", level: 1 },
    ];
    const r = checkAnswers({ skills: { x: 1, Y: 2 } }, buildQuestionnaire(role, model, []));
    // "x" is the first need's id (and the second's name); "Y" the second's id (and the first's name)
    expect(r).toMatchObject({ ok: true, answers: { skills: { x: 1, y: 2 } } });
  });
});

describe("measures", () => {
  it("by id or name; 0, a negative value or null is 'not measured'", () => {
    const q = buildQuestionnaire(demoRole(), model, []);
    const speed = (value: number | null, key = "speed") => {
      const r = checkAnswers(complete({ measures: { [key]: value } }), q);
      return r.ok ? r.answers.measures : r;
    };
    expect([speed(0.5), speed(0), speed(-3), speed(null), speed(45, "SPEED")]).toEqual([
      { speed: 0.5 },
      { speed: null },
      { speed: null },
      { speed: null },
      { speed: 45 },
    ]);
  });

  it("one the role does not need is refused, with the id meant; one left out is missing", () => {
    const q = buildQuestionnaire(demoRole(), model, []);
    expect(checkAnswers(complete({ measures: { sped: 40 } }), q)).toEqual({
      ok: false,
      missing: ["measures: speed (Speed in u/min; null if not measured)"],
      invalid: ['measures: "sped" is not a measure Demo Role needs (did you mean "speed"?)'],
    });
  });
});

describe("questions a role does not ask", () => {
  it("no experience, education or tools asked: none needed, any given left out", () => {
    const q = buildQuestionnaire(skillOnly(), model, []);
    const r = checkAnswers({ skills: { one: 2 }, experienceYears: 4, education: "bachelor", currentRole: "clerk" }, q);
    expect(r).toEqual({ ok: true, answers: noAnswers({ currentRole: "clerk", skills: { one: 2 } }) });
  });

  it("tools of a role with tools: by name in any case, as the data names them, from that role", () => {
    const q = buildQuestionnaire(demoRole(), model, []);
    expect(checkAnswers(complete({ tools: ["X", "z"] }), q)).toMatchObject({ ok: true, answers: { tools: ["x", "z"], toolsFrom: "demo" } });
    expect(checkAnswers(complete({ tools: ["w"] }), q)).toMatchObject({ ok: false, invalid: ['tools: "w" is not a tool of Demo Role'] });
    expect(checkAnswers(complete({ tools: ["zz"] }), q)).toMatchObject({
      ok: false,
      invalid: ['tools: "zz" is not a tool of Demo Role (did you mean "z"?)'],
    });
    // a tool given to a role with none is refused, but none missing
    expect(checkAnswers({ skills: { one: 2 }, tools: ["x"] }, buildQuestionnaire(skillOnly(), model, []))).toEqual({
      ok: false,
      missing: [],
      invalid: ['tools: "x" is not a tool of Only'],
    });
  });

  it("education must be one of the format's levels", () => {
    const q = buildQuestionnaire(demoRole(), model, []);
    expect(checkAnswers(complete({ education: "doctorate" }), q)).toEqual({
      ok: false,
      missing: [],
      invalid: ['education: "doctorate" is not one of none, high-school, vocational, associate, bachelor, postgraduate'],
    });
  });
});

describe("the template", () => {
  it("holds only the questions the role asks", () => {
    expect(templateAnswers(buildQuestionnaire(skillOnly(), model, []))).toEqual({ role: "only", currentRole: null, skills: { one: 0 } });
    expect(templateAnswers(licensed())).toMatchObject({ credentials: [] });
    const measureOnly = skillOnly();
    measureOnly.requirements = { source: "g", measures: [{ id: "m", name: "M", unit: "u", min: 1 }] };
    expect(templateAnswers(buildQuestionnaire(measureOnly, model, []))).toEqual({ role: "only", currentRole: null, measures: { m: null } });
  });
});
