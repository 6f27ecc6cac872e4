/**
 * The readiness model's numbers at their edges: band thresholds, category weights other than the shipped
 * ones, the tools item, the uniform-ratings warning, the history of results and the advice a gap points to.
 * Every value a test checks is computed inside it, so that a change to the code under test reaches it.
 */
import { describe, expect, it } from "vitest";
import { adviceFor, resolveAdvice } from "../../src/core/assess/advice.js";
import type { Answers } from "../../src/core/assess/answers.js";
import { assess } from "../../src/core/assess/assess.js";
import { historyRows, otherRoles } from "../../src/core/assess/history.js";
import { buildQuestionnaire } from "../../src/core/assess/questions.js";
import { bandFor, gapsOf, ratingsLookUniform, type ScoredItem, score } from "../../src/core/assess/score.js";
import type { AssessmentModel } from "../../src/schema/assessment.js";
import type { HistoryEntry } from "../../src/schema/history.js";
import type { Role } from "../../src/schema/role.js";
import { plainRole as base, demoAnswers as demoAnswersOf, demoRole, noAnswers } from "../helpers/assess.js";
import { loadShippedModel } from "../helpers/model.js";

const model = loadShippedModel();

/** A role whose one need is a measure: its score is the value over the minimum, the overall score the same. */
const oneMeasure = (): Role => ({
  ...base("measured", "Measured"),
  requirements: { source: "g", measures: [{ id: "m", name: "M", unit: "u", min: 20 }] },
});

/** The demo role with five kinds of tool: A (x, y), B (z), C (named without tools), D (d), E (e). */
const demo = (): Role =>
  demoRole([
    { name: "A", items: ["x", "y"] },
    { name: "B", items: ["z"] },
    { name: "C" },
    { name: "D", items: ["d"] },
    { name: "E", items: ["e"] },
  ]);

/** The demo's answers, with three kinds of tool of the five: A, C and D. */
const demoAnswers = (over: Partial<Answers> = {}): Answers => demoAnswersOf({ tools: ["y", "C", "d"], ...over });

describe("bands: the first, from the top, whose minimum the rounded score reaches", () => {
  it("exactly on each threshold is that band; one below is the band under it", () => {
    // data/assessment.yaml: ready 85, nearly-ready 70, building 45, early 0
    const at = (x: number) => bandFor(model, x);
    expect([100, 85, 84, 70, 69, 45, 44, 0].map(at)).toEqual([
      "ready",
      "ready",
      "nearly-ready",
      "nearly-ready",
      "building",
      "building",
      "early",
      "early",
    ]);
  });

  it("bands listed in any order are checked from the highest minimum; below every minimum is the lowest band", () => {
    const shuffled: AssessmentModel = {
      ...model,
      bands: [
        { id: "low", min: 10 },
        { id: "top", min: 90 },
        { id: "middle", min: 50 },
      ],
    };
    expect([95, 90, 89, 50, 49, 10, 9, 0].map((x) => bandFor(shuffled, x))).toEqual([
      "top",
      "top",
      "middle",
      "middle",
      "low",
      "low",
      "low",
      "low",
    ]);
    expect(shuffled.bands.map((b) => b.id)).toEqual(["low", "top", "middle"]); // the model itself is left as it is
  });

  it("the score is rounded to a whole percent before its band is found", () => {
    // one measure of minimum 20 is the whole score: value / 20
    const q = buildQuestionnaire(oneMeasure(), model, []);
    const at = (value: number) => {
      const s = score(q, noAnswers({ measures: { m: value } }), model);
      return [s.overall, s.band];
    };
    expect(at(17)).toEqual([85, "ready"]);
    expect(at(16.9)).toEqual([84.5, "ready"]); // rounds to 85
    expect(at(16.8)[1]).toBe("nearly-ready"); // 84
    expect(at(14)).toEqual([70, "nearly-ready"]);
    expect(at(13.9)[1]).toBe("nearly-ready"); // 69.5 rounds to 70
    expect(at(13.8)[1]).toBe("building"); // 69
    expect(at(9)).toEqual([45, "building"]);
    expect(at(8.8)[1]).toBe("early"); // 44
    expect(at(0.1)[1]).toBe("early");
    // more than the minimum is full marks, never above
    expect(at(30)).toEqual([100, "ready"]);
  });
});

describe("category weights from the model, whatever they are", () => {
  it("each category weighs its model weight over the sum of those present", () => {
    const weighted: AssessmentModel = { ...model, weights: { skills: 3, experience: 1, education: 0, credentials: 1, tools: 1 } };
    const q = buildQuestionnaire(demo(), weighted, []);
    const s = score(q, demoAnswers(), weighted);
    // skills (1 + 0 + 2/3 + 1 + 20/40) / 5 = 19/30; experience 1 of 2 years = 1/2; tools 3 of 5 kinds covered,
    // over a target of 5 x 0.5 = 2.5 kinds: more than enough, 1. Education weighs 0 and is left out; no
    // credentials are needed. Total weight 3 + 1 + 1 = 5: (3 x 19/30 + 1/2 + 1) / 5 = 3.4 / 5 = 68%
    expect(s.categories.map((c) => [c.id, Number(c.score.toFixed(3)), c.weight])).toEqual([
      ["skills", 63.333, 0.6],
      ["experience", 50, 0.2],
      ["tools", 100, 0.2],
    ]);
    expect(s.overall).toBeCloseTo(68, 6);
    expect(s.band).toBe("building");
    // Tech Two: 1 x 1/5 of skills x 60 points = 12; experience 1/2 x 20 = 10; education is no gap at all
    expect(gapsOf(s).map((g) => [g.name, Number(g.impact.toFixed(3))])).toEqual([
      ["Tech Two", 12],
      ["Experience of demo work", 10],
      ["Speed", 6],
      ["Soft One", 4],
    ]);
  });

  it("the shipped weights, for the same answers: the category shares differ from the equal split", () => {
    const s = score(buildQuestionnaire(demo(), model, []), demoAnswers(), model);
    // skills 0.5, experience 0.2, education 0.15, tools 0.15 (sum 1): 0.5 x 19/30 + 0.1 + 0.15/3 + 0.15 = 61.667%
    expect(s.categories.map((c) => [c.id, c.weight])).toEqual([
      ["skills", 0.5],
      ["experience", 0.2],
      ["education", 0.15],
      ["tools", 0.15],
    ]);
    expect(s.overall).toBeCloseTo(61.6667, 3);
  });
});

describe("the tools item", () => {
  it("the share of kinds covered over the target, what is needed and the first three kinds missing", () => {
    const q = buildQuestionnaire(demo(), model, []);
    const tools = (answers: Answers) => score(q, answers, model).items.find((i) => i.id === "tools")!;
    // 1 of 5 kinds (z is of B), target ceil(5 x 0.5) = 3 kinds: 1 / 2.5 = 0.4; it costs 0.6 x 15 = 9 points
    const one = tools(demoAnswers({ tools: ["z"] }));
    expect(one).toMatchObject({ score: 0.4, now: "1 of 5 kinds", needed: "3 of 5 kinds, e.g. A, C, D", asked: true });
    expect(one.impact).toBeCloseTo(9, 6);
    // two tools of one kind are one kind
    expect(tools(demoAnswers({ tools: ["x", "y"] })).now).toBe("1 of 5 kinds");
    // a kind named without tools is answered by its own name
    expect(tools(demoAnswers({ tools: ["C"] })).needed).toBe("3 of 5 kinds, e.g. A, B, D");
    // covered enough: no example of what is missing
    expect(tools(demoAnswers({ tools: ["x", "z", "d"] }))).toMatchObject({ score: 1, needed: "3 of 5 kinds", impact: 0 });
    // a target of every kind: 3 of 5 covered is 0.6, and the two missing are named
    const all: AssessmentModel = { ...model, tools: { coverageTarget: 1 } };
    const every = score(q, demoAnswers({ tools: ["x", "z", "e"] }), all).items.find((i) => i.id === "tools")!;
    expect(every).toMatchObject({ score: 0.6, now: "3 of 5 kinds", needed: "5 of 5 kinds, e.g. C, D" });
  });

  it("tools answered for another role count where they match and say they were not asked", () => {
    const q = buildQuestionnaire(demo(), model, []);
    const t = score(q, demoAnswers({ tools: ["z", "d"], toolsFrom: "other" }), model).items.find((i) => i.id === "tools")!;
    // 2 of 5: 2 / 2.5 = 0.8
    expect(t).toMatchObject({ score: 0.8, now: "2 of 5 kinds (not asked: those of another role)", asked: false });
    const none = score(q, demoAnswers({ tools: [], toolsFrom: null }), model);
    expect(none.items.find((i) => i.id === "tools")).toMatchObject({ score: 0, asked: false, needed: "3 of 5 kinds, e.g. A, B, C" });
    expect(none.notAsked).toEqual(["Tools used"]);
  });
});

describe("needs at their edges", () => {
  it("a skill needed at level 0 is met whatever the answer; one not asked scores 0 and is listed", () => {
    const role: Role = {
      ...base("edge", "Edge"),
      requirements: {
        source: "g",
        skills: [
          { id: "free", name: "Free", kind: "k", level: 0 },
          { id: "asked", name: "Asked", kind: "k", level: 4 },
          { id: "unasked", name: "Unasked", kind: "k", level: 2 },
        ],
      },
    };
    const q = buildQuestionnaire(role, model, []);
    const s = score(q, noAnswers({ skills: { asked: 1 } }), model);
    // Free 1, Asked 1/4, Unasked 0: (1 + 0.25 + 0) / 3 = 41.667%
    expect(s.items.map((i) => [i.name, i.score, i.now, i.needed, i.asked])).toEqual([
      ["Free", 1, "not asked", "0 none", false],
      ["Asked", 0.25, "1 basic", "4 expert", true],
      ["Unasked", 0, "not asked", "2 working", false],
    ]);
    expect(s.overall).toBeCloseTo(41.667, 3);
    expect(s.notAsked).toEqual(["Free", "Unasked"]);
  });

  it("a measure, experience and education not asked score 0 and say so", () => {
    const q = buildQuestionnaire(demo(), model, []);
    const s = score(q, demoAnswers({ measures: {}, experienceYears: null, education: null }), model);
    const item = (id: string) => s.items.find((i) => i.id === id)!;
    expect([item("speed"), item("experience"), item("education")].map((i) => [i.score, i.now, i.needed, i.asked])).toEqual([
      [0, "not asked", "40 u/min", false],
      [0, "not asked", "2 years", false],
      [0, "not asked", "Associate's degree or equivalent", false],
    ]);
    expect(s.notAsked).toEqual(["Speed", "Experience of demo work", "Education"]);
  });

  it("years and measures in words: one year, several, a measured value with its unit", () => {
    const q = buildQuestionnaire(demo(), model, []);
    const s = (years: number) => score(q, demoAnswers({ experienceYears: years }), model).items.find((i) => i.id === "experience")!;
    expect([s(1).now, s(2).now, s(0).now]).toEqual(["1 year", "2 years", "0 years"]);
    expect(s(3).score).toBe(1); // more years than needed: full marks, no more
    const speed = score(q, demoAnswers({ measures: { speed: 60 } }), model).items.find((i) => i.id === "speed")!;
    expect([speed.now, speed.score]).toEqual(["60 u/min", 1]);
  });

  it("no education needed scores education in full, whatever the answer", () => {
    const role = demo();
    role.requirements!.education = { level: "none" };
    const q = buildQuestionnaire(role, model, []);
    expect(score(q, demoAnswers({ education: "none" }), model).items.find((i) => i.id === "education")).toMatchObject({
      score: 1,
      now: "No formal qualification",
      needed: "No formal qualification",
    });
  });

  it("a credential not asked scores 0 and says so; one held scores 1", () => {
    const role = demo();
    role.requirements!.credentials = [
      { id: "held", name: "Held", kind: "licence" },
      { id: "unsaid", name: "Unsaid", kind: "certificate" },
    ];
    const q = buildQuestionnaire(role, model, []);
    const s = score(q, demoAnswers({ credentials: { held: true } }), model);
    expect(s.items.filter((i) => i.category === "credentials").map((i) => [i.name, i.score, i.now, i.needed, i.asked])).toEqual([
      ["Held", 1, "held", "licence", true],
      ["Unsaid", 0, "not asked", "certificate", false],
    ]);
  });
});

describe("gaps: biggest first; ties by category order, then by name", () => {
  it("equal impacts of one category go by name", () => {
    const role: Role = {
      ...base("ties", "Ties"),
      requirements: {
        source: "g",
        skills: ["Beta", "Alpha", "Gamma"].map((name) => ({ id: name.toLowerCase(), name, kind: "k", level: 2 })),
      },
    };
    const s = score(buildQuestionnaire(role, model, []), noAnswers({ skills: { beta: 0, alpha: 0, gamma: 2 } }), model);
    // Beta and Alpha each cost 1/3 of the whole score; Gamma is met and is no gap
    expect(gapsOf(s).map((g) => [g.name, Number(g.impact.toFixed(2))])).toEqual([
      ["Alpha", 33.33],
      ["Beta", 33.33],
    ]);
  });
});

describe("ratings that all look the same", () => {
  const rated = (...values: number[]) => noAnswers({ skills: Object.fromEntries(values.map((v, i) => [`s${i}`, v])) });

  it("warns from the model's minimum number of skills (4), all rated alike", () => {
    expect(model.sameRatingWarningMin).toBe(4);
    expect(ratingsLookUniform(rated(2, 2, 2), model)).toBe(false);
    expect(ratingsLookUniform(rated(2, 2, 2, 2), model)).toBe(true);
    expect(ratingsLookUniform(rated(0, 0, 0, 0, 0), model)).toBe(true);
    expect(ratingsLookUniform(rated(2, 2, 2, 3), model)).toBe(false);
    expect(ratingsLookUniform(rated(3, 2, 2, 2), model)).toBe(false);
    expect(ratingsLookUniform(rated(2, 2), { ...model, sameRatingWarningMin: 2 })).toBe(true);
  });

  it("the assessment says so, and only then", () => {
    const role: Role = {
      ...base("four", "Four"),
      requirements: { source: "g", skills: ["a", "b", "c", "d"].map((id) => ({ id, name: id.toUpperCase(), kind: "k", level: 2 })) },
    };
    const q = buildQuestionnaire(role, model, []);
    const run = (skills: Record<string, number>) =>
      assess({ role, questionnaire: q, answers: noAnswers({ skills }), model, roles: [role] });
    expect(run({ a: 2, b: 2, c: 2, d: 2 }).warnings).toEqual([
      "Every skill got the same rating, so the result may not be reliable: rate each skill on its own.",
    ]);
    expect(run({ a: 2, b: 2, c: 2, d: 1 }).warnings).toEqual([]);
  });
});

describe("assess: the result object", () => {
  it("rounds the readiness, each category's score and weight, and each gap's impact; keeps at most maxGaps gaps", () => {
    const role = demo();
    const q = buildQuestionnaire(role, model, []);
    const r = assess({ role, questionnaire: q, answers: demoAnswers(), model, roles: [role], maxGaps: 2 });
    // 61.667% (tests/unit/assess-score.test.ts; tools here 3 of 5 kinds: 3 / 2.5, full marks as there)
    expect(r).toMatchObject({
      role: { id: "demo", title: "Demo Role" },
      requirementsFrom: "demo",
      basis: "requirements",
      currentRole: null,
      readiness: 62,
      band: "building",
      ladder: null,
      warnings: [],
      notMeasured: [],
    });
    expect(r.categories).toEqual([
      { id: "skills", score: 63, weight: 0.5 },
      { id: "experience", score: 50, weight: 0.2 },
      { id: "education", score: 33, weight: 0.15 },
      { id: "tools", score: 100, weight: 0.15 },
    ]);
    // Tech Two 10, experience 10, education 10 (by category order): the first two
    expect(r.gaps.map((g) => [g.name, g.impact, g.inherited, g.from])).toEqual([
      ["Tech Two", 10, false, "demo"],
      ["Experience of demo work", 10, false, "demo"],
    ]);
    expect(assess({ role, questionnaire: q, answers: demoAnswers(), model, roles: [role] }).gaps).toHaveLength(5);
    // the tools gap is the role's own need, stated by no role's requirements
    const noTools = assess({ role, questionnaire: q, answers: demoAnswers({ tools: [] }), model, roles: [role] });
    expect(noTools.gaps.find((g) => g.id === "tools")).toMatchObject({ inherited: false, from: null, advice: [] });
  });

  it("category weights are rounded to whole percents of the total", () => {
    const role = demo();
    role.tools = undefined;
    const q = buildQuestionnaire(role, model, []);
    const r = assess({ role, questionnaire: q, answers: demoAnswers({ tools: [], toolsFrom: null }), model, roles: [role] });
    // without tools the weights 0.5, 0.2, 0.15 sum to 0.85: 58.8%, 23.5%, 17.6%
    const weights = r.categories.map((c) => c.weight);
    expect(weights).toHaveLength(3);
    [0.588, 0.235, 0.176].forEach((w, i) => expect(weights[i]).toBeCloseTo(w, 10));
  });
});

describe("history", () => {
  const entry = (date: string, role: string, readiness: number, categories: [string, number][]): HistoryEntry => ({
    date,
    role,
    title: role,
    readiness,
    band: "building",
    categories: categories.map(([id, s]) => ({ id, score: s })),
  });

  it("by date, each row changed from the previous result for its own role", () => {
    const entries = [
      entry("2026-03-01", "clerk", 60, [
        ["skills", 70],
        ["tools", 40],
      ]),
      entry("2026-01-01", "clerk", 40, [["skills", 50]]),
      entry("2026-02-01", "manager", 20, [["skills", 10]]),
      entry("2026-04-01", "manager", 25, [["skills", 5]]),
    ];
    const rows = historyRows(entries);
    expect(rows.map((r) => [r.date, r.role, r.change, r.categoryChanges])).toEqual([
      ["2026-01-01", "clerk", null, { skills: null }],
      ["2026-02-01", "manager", null, { skills: null }],
      // 60 - 40; skills 70 - 50; tools is new
      ["2026-03-01", "clerk", 20, { skills: 20, tools: null }],
      ["2026-04-01", "manager", 5, { skills: -5 }],
    ]);
    // one role's rows: their changes still against that role's previous result
    expect(historyRows(entries, "manager").map((r) => [r.date, r.change])).toEqual([
      ["2026-02-01", null],
      ["2026-04-01", 5],
    ]);
    expect(rows[0]).toMatchObject({ title: "clerk", readiness: 40, band: "building" });
    expect(entries.map((e) => e.date)).toEqual(["2026-03-01", "2026-01-01", "2026-02-01", "2026-04-01"]); // left unsorted
  });

  it("the other roles' result counts: most first, then by id", () => {
    const entries = ["b", "c", "a", "c", "me", "b", "c", "a", "me"].map((role, i) => entry(`2026-01-0${i + 1}`, role, 50, []));
    expect(otherRoles(entries, "me")).toEqual([
      { role: "c", results: 3 },
      { role: "a", results: 2 },
      { role: "b", results: 2 },
    ]);
    expect(otherRoles([], "me")).toEqual([]);
  });
});

describe("advice from the data a need points to", () => {
  const holder = (): Role => ({
    ...base("holder", "Holder"),
    level: { source: "g", title: "Holder level", step: 1, years: { min: 0 }, scope: "s", focusAreas: ["First focus", "Second focus"] },
    entry: { source: "g", steps: [{ title: "Step one" }, { title: "Step two", detail: "How to take it." }] },
    education: {
      source: "g",
      options: [
        { name: "Course", source: "g" },
        {
          name: "Diploma",
          cost: { low: 100, high: 200, currency: "USD" },
          costNote: "often paid by employers",
          duration: "1 year",
          source: "g",
        },
      ],
    },
    certifications: {
      source: "g",
      items: [{ name: "Plain cert" }, { name: "Full cert", provider: "A Board", note: "Renewed yearly." }],
    },
  });

  it("each kind of pointer, resolved in the holder's data", () => {
    const r = holder();
    expect(resolveAdvice({ focusArea: 2 }, r)).toEqual({ kind: "focus", text: "Second focus", level: "Holder level", from: "holder" });
    expect(resolveAdvice({ entryStep: 1 }, r)).toEqual({ kind: "step", text: "Step one", from: "holder" });
    expect(resolveAdvice({ entryStep: 2 }, r)).toEqual({ kind: "step", text: "Step two", detail: "How to take it.", from: "holder" });
    expect(resolveAdvice({ education: "Course" }, r)).toEqual({ kind: "education", text: "Course", from: "holder" });
    expect(resolveAdvice({ education: "Diploma" }, r)).toEqual({
      kind: "education",
      text: "Diploma",
      cost: { low: 100, high: 200, currency: "USD" },
      costNote: "often paid by employers",
      duration: "1 year",
      from: "holder",
    });
    expect(resolveAdvice({ certification: "Plain cert" }, r)).toEqual({ kind: "certification", text: "Plain cert", from: "holder" });
    expect(resolveAdvice({ certification: "Full cert" }, r)).toEqual({
      kind: "certification",
      text: "Full cert from A Board",
      detail: "Renewed yearly.",
      from: "holder",
    });
    expect(resolveAdvice({ text: "Ask around." }, r)).toEqual({ kind: "text", text: "Ask around.", from: "holder" });
  });

  it("a pointer at nothing is no advice", () => {
    const r = holder();
    const bare = base("bare", "Bare");
    for (const ref of [{ focusArea: 3 }, { entryStep: 3 }, { education: "Degree" }, { certification: "Other" }, {}]) {
      expect(resolveAdvice(ref, r), JSON.stringify(ref)).toBeUndefined();
    }
    for (const ref of [{ focusArea: 1 }, { entryStep: 1 }, { education: "Course" }, { certification: "Plain cert" }]) {
      expect(resolveAdvice(ref, bare), JSON.stringify(ref)).toBeUndefined();
    }
    // certifications that name providers only
    const providersOnly = base("providers", "Providers", { certifications: { source: "g", providers: ["A Board"] } });
    expect(resolveAdvice({ certification: "Plain cert" }, providersOnly)).toBeUndefined();
  });

  it("a gap's advice, from the role stating its need; none without a known role", () => {
    const r = holder();
    const roles = new Map([["holder", r]]);
    const gap = (origin: ScoredItem["origin"]): ScoredItem => ({
      category: "skills",
      id: "s",
      name: "S",
      score: 0,
      now: "0 none",
      needed: "2 working",
      impact: 10,
      asked: true,
      ...(origin ? { origin } : {}),
    });
    const advice = [{ focusArea: 1 }, { focusArea: 9 }, { text: "Read the guide." }];
    expect(adviceFor(gap({ from: "holder", inherited: true, advice, weight: 1 }), roles)).toEqual([
      { kind: "focus", text: "First focus", level: "Holder level", from: "holder" },
      { kind: "text", text: "Read the guide.", from: "holder" },
    ]);
    expect(adviceFor(gap({ from: "elsewhere", inherited: true, advice, weight: 1 }), roles)).toEqual([]);
    expect(adviceFor(gap(undefined), roles)).toEqual([]);
  });
});
