/** The scoring model's arithmetic, pinned on examples worked by hand from data/assessment.yaml. */
import { describe, expect, it } from "vitest";
import { assess } from "../../src/core/assess/assess.js";
import { checkAnswers, templateAnswers, type Answers } from "../../src/core/assess/answers.js";
import { buildQuestionnaire, skillTargetFor } from "../../src/core/assess/questions.js";
import { gapsOf, score } from "../../src/core/assess/score.js";
import type { Role } from "../../src/schema/role.js";
import { loadShippedModel } from "../helpers/model.js";
import { loadShipped } from "../helpers/roles.js";

const model = loadShippedModel();

const demo: Role = {
  id: "demo",
  title: "Demo Role",
  summary: "For arithmetic.",
  sources: [{ id: "g", title: "Guide" }],
  skills: {
    source: "g",
    technical: [{ name: "Tech One" }, { name: "Tech Two" }],
    soft: [{ name: "Soft One" }, { name: "Soft Two" }],
    typingSpeed: { minWpm: 40 },
  },
  tools: { source: "g", groups: [{ name: "A", items: ["x", "y"] }, { name: "B", items: ["z"] }] },
  level: { source: "g", title: "Demo", step: 3, years: { min: 2 }, scope: "Demo scope.", focusAreas: ["a"] },
};

const demoAnswers: Answers = {
  currentRole: null,
  skills: { "Tech One": 3, "Tech Two": 0, "Soft One": 2, "Soft Two": 4 },
  typingWpm: 20,
  experienceYears: 1,
  education: "none",
  tools: ["y"],
};

describe("the model file", () => {
  it("weights add up to 1 and bands run ready > nearly-ready > building > early", () => {
    const w = model.weights;
    expect(w.skills + w.experience + w.education + w.tools).toBeCloseTo(1, 10);
    expect(model.bands.map((b) => [b.id, b.min])).toEqual([["ready", 85], ["nearly-ready", 70], ["building", 45], ["early", 0]]);
  });
  it("skill targets rise along the ladder", () => {
    expect([1, 2, 3, 5, 6, 7, undefined].map((s) => skillTargetFor(model, s))).toEqual([2, 2, 3, 3, 4, 4, 3]);
  });
});

describe("score (hand-worked)", () => {
  const q = buildQuestionnaire(demo, model);
  const s = score(q, demoAnswers, model, { step: 3, years: 2 });

  it("category scores", () => {
    // skills: (1 + 0 + 2/3 + 1 + 20/40) / 5 = 0.63333; experience 1/2; education 0/1; tools 1 of 2 groups / 0.5 = 1
    expect(s.categories.map((c) => [c.id, Number(c.score.toFixed(3))])).toEqual([
      ["skills", 63.333],
      ["experience", 50],
      ["education", 0],
      ["tools", 100],
    ]);
  });

  it("overall = 0.5*0.63333 + 0.2*0.5 + 0.15*0 + 0.15*1 = 56.667%, band building", () => {
    expect(s.overall).toBeCloseTo(56.6667, 3);
    expect(s.band).toBe("building");
  });

  it("gaps by impact: education 15, Tech Two 10, experience 10, typing 5, Soft One 3.33", () => {
    expect(gapsOf(s).map((g) => [g.name, Number(g.impact.toFixed(2))])).toEqual([
      ["Highest education", 15],
      ["Tech Two", 10],
      ["Customer-facing experience", 10],
      ["Typing speed", 5],
      ["Soft One", 3.33],
    ]);
  });

  it("a role with no tools scales the other weights up", () => {
    const noTools = buildQuestionnaire({ ...demo, tools: undefined }, model);
    const t = score(noTools, demoAnswers, model, { step: 3, years: 2 });
    // (0.5*0.63333 + 0.2*0.5 + 0.15*0) / 0.85 = 0.490196
    expect(t.overall).toBeCloseTo(49.0196, 3);
    expect(t.categories.map((c) => c.id)).toEqual(["skills", "experience", "education"]);
  });

  it("typing speed not measured is left out: as if the role asked none", () => {
    const { typingWpm: _, ...unmeasured } = demoAnswers;
    const t = score(q, unmeasured, model, { step: 3, years: 2 });
    // skills without the typing item: (1 + 0 + 2/3 + 1) / 4 = 0.66667 (was 0.63333 with 20 WPM, 0.53333 if 0 WPM counted)
    expect(t.categories.map((c) => [c.id, Number(c.score.toFixed(3)), c.weight])).toEqual([
      ["skills", 66.667, 0.5],
      ["experience", 50, 0.2],
      ["education", 0, 0.15],
      ["tools", 100, 0.15],
    ]);
    // 0.5*0.66667 + 0.2*0.5 + 0.15*0 + 0.15*1 = 58.333%
    expect(t.overall).toBeCloseTo(58.3333, 3);
    // each skill now weighs 1/4 of the skills category: Tech Two 1 x 1/4 x 50 = 12.5; Soft One 1/3 x 1/4 x 50 = 4.17
    expect(gapsOf(t).map((g) => [g.name, Number(g.impact.toFixed(2))])).toEqual([
      ["Highest education", 15],
      ["Tech Two", 12.5],
      ["Customer-facing experience", 10],
      ["Soft One", 4.17],
    ]);
    expect(t.items.map((i) => i.name)).not.toContain("Typing speed");
    expect(t.notMeasured).toEqual([{ category: "skills", name: "Typing speed", needed: "40 WPM" }]);
    expect(s.notMeasured).toEqual([]);
  });

  it("no experience required scores experience in full", () => {
    expect(score(q, { ...demoAnswers, experienceYears: 0 }, model, { step: 1, years: 0 }).categories[1]!.score).toBe(100);
  });
});

describe("checkAnswers", () => {
  const q = buildQuestionnaire(demo, model);
  it("lists every missing answer at once", () => {
    const r = checkAnswers({ skills: { "tech one": "strong" } }, q, model);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.missing).toEqual(["skills: Tech Two", "skills: Soft One", "skills: Soft Two", "experienceYears", "typingWpm (null if not measured)", "education", "tools (a list; [] for none)"]);
  });
  it("typing speed null or 0 answers 'not measured'; a measured speed is kept", () => {
    const base = { skills: { "Tech One": 1, "Tech Two": 1, "Soft One": 1, "Soft Two": 1 }, experienceYears: 0, education: "none", tools: [] };
    for (const typingWpm of [null, 0]) {
      const r = checkAnswers({ ...base, typingWpm }, q, model);
      expect(r.ok && "typingWpm" in r.answers).toBe(false);
    }
    const measured = checkAnswers({ ...base, typingWpm: 38 }, q, model);
    expect(measured.ok && measured.answers.typingWpm).toBe(38);
  });
  it("the template's answers are complete, claim nothing and leave typing speed not measured", () => {
    const t = templateAnswers(q, model);
    expect(t).toEqual({
      role: "demo",
      currentRole: null,
      skills: { "Tech One": 0, "Tech Two": 0, "Soft One": 0, "Soft Two": 0 },
      experienceYears: 0,
      typingWpm: null,
      education: "high-school",
      tools: [],
    });
    const r = checkAnswers(t, q, model);
    expect(r.ok && r.answers.typingWpm).toBe(undefined);
    expect(templateAnswers(buildQuestionnaire({ ...demo, skills: { ...demo.skills!, typingSpeed: undefined }, tools: undefined }, model), model)).not.toHaveProperty("typingWpm");
  });
  it("accepts ratings as words, names in any case, and suggests near misses", () => {
    const r = checkAnswers({ skills: { "TECH ONE": "expert", "tech two": 1, "soft one": "workin", "Soft Too": 2 }, experienceYears: 0, typingWpm: 0, education: "bachelors", tools: ["Y", "q"] }, q, model);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.invalid).toEqual([
        'skills: "soft one": rating "workin" is not one of 0-4 or none, basic, working, strong, expert (did you mean "working"?)',
        'skills: "Soft Too" is not a skill of Demo Role (did you mean "Soft Two"?)',
        'education: "bachelors" is not one of none, high-school, vocational, associate, bachelor, postgraduate (did you mean "bachelor"?)',
        'tools: "q" is not a tool of Demo Role',
      ]);
    }
  });
});

describe("assess with the bundled clerk ladder (hand-worked)", () => {
  const roles = ["clerk", "junior-clerk", "senior-clerk", "representative", "specialist", "supervisor", "manager"].map(loadShipped);
  const clerk = roles[0]!;
  const q = buildQuestionnaire(clerk, model);
  const skills = Object.fromEntries(q.skills.map((s) => [s.name, s.name === "Patience" ? 3 : 4]));
  const answers: Answers = { currentRole: null, skills, typingWpm: 45, experienceYears: 2, education: "high-school", tools: ["Salesforce", "headsets", "Email platforms"] };
  const r = assess({ role: clerk, questionnaire: q, answers, model, roles });

  it("is fully ready for the clerk role itself", () => {
    expect(r.readiness).toBe(100);
    expect(r.band).toBe("ready");
    expect(r.gaps).toEqual([]);
    expect(r.warnings).toEqual([]);
  });

  it("readiness per ladder level: experience and skill targets rise", () => {
    // representative: 0.5 + 0.2*2/3 + 0.3 = 93.3; specialist: 0.5 + 0.2*2/5 + 0.3 = 88;
    // supervisor: 0.5*(16+0.75)/17 + 0.2*2/6 + 0.3 = 85.9; manager: 0.5*(16.75/17) + 0.2*2/9 + 0.3 = 83.7
    expect(r.ladder?.levels.map((l) => [l.role, l.readiness, l.band])).toEqual([
      ["clerk", 100, "ready"],
      ["junior-clerk", 100, "ready"],
      ["senior-clerk", 100, "ready"],
      ["representative", 93, "ready"],
      ["specialist", 88, "ready"],
      ["supervisor", 86, "ready"],
      ["manager", 84, "nearly-ready"],
    ]);
    expect(r.ladder?.youAreHere).toBe("supervisor");
    expect(r.ladder?.next?.role).toBe("manager");
    expect(r.ladder?.next?.needs.map((n) => [n.name, n.impact])).toEqual([
      ["Customer-facing experience", 15.6],
      ["Patience", 0.7],
    ]);
  });

  it("a stated current role marks where you are", () => {
    const withCurrent = assess({ role: clerk, questionnaire: q, answers: { ...answers, currentRole: "junior-clerk" }, model, roles });
    expect(withCurrent.ladder).toMatchObject({ youAreHere: "junior-clerk", youAreHereBasis: "current-role", next: { role: "senior-clerk" } });
  });

  it("warns when every rating is the same", () => {
    const same = { ...answers, skills: Object.fromEntries(q.skills.map((s) => [s.name, 2])) };
    expect(assess({ role: clerk, questionnaire: q, answers: same, model, roles }).warnings[0]).toMatch(/same rating/);
  });

  it("a ladder level without skills of its own is asked the ladder's skills, and says so", () => {
    const sup = roles[5]!;
    const qs = buildQuestionnaire(sup, model, clerk);
    expect(qs).toMatchObject({ skillsFrom: "clerk", experienceYears: 6, step: 6 });
    expect(qs.skills).toHaveLength(16);
    const res = assess({ role: sup, questionnaire: qs, answers, model, roles });
    expect(res.warnings).toContain("Customer Service Supervisor lists no skills of its own; the skills and tools asked about are those of clerk.");
    expect(res.readiness).toBe(86);
  });

  it("typing speed not measured: no gap, and not held against the role", () => {
    const { typingWpm: _, ...unmeasured } = { ...answers, skills: { ...skills, "Basic troubleshooting": 0 } };
    const res = assess({ role: clerk, questionnaire: q, answers: unmeasured, model, roles });
    // clerk (step 1) needs working (2): 15 of its 16 skills met, typing left out -> skills 15/16;
    // 0.5*15/16 + 0.2 + 0.15 + 0.15 = 96.875 -> 97 (counting typing as 0 WPM would give 0.5*15/17 + 0.5 = 94)
    expect(res.readiness).toBe(97);
    expect(res.categories.find((c) => c.id === "skills")?.score).toBe(94); // 15/16 = 93.75
    expect(res.gaps.map((g) => [g.name, g.impact])).toEqual([["Basic troubleshooting", 3.1]]); // 1/16 x 50
    expect(res.notMeasured).toEqual([{ category: "skills", name: "Typing speed", needed: "40-50 WPM" }]);
    expect(JSON.stringify(res)).not.toMatch(/\b0 WPM/);
  });

  it("gap advice comes from the role's data", () => {
    const weak = { ...answers, skills: { ...skills, "Basic troubleshooting": 0 }, education: "none" };
    const res = assess({ role: clerk, questionnaire: q, answers: weak, model, roles });
    const trouble = res.gaps.find((g) => g.name === "Basic troubleshooting")!;
    expect(trouble.advice.map((a) => a.text)).toEqual(expect.arrayContaining(["Online courses and certifications"]));
    const online = trouble.advice.find((a) => a.text === "Online courses and certifications");
    expect(online).toMatchObject({ kind: "education", cost: { low: 100, high: 1000, currency: "USD" }, duration: "weeks to a few months" });
    const edu = res.gaps.find((g) => g.category === "education")!;
    expect(edu.advice.length).toBeGreaterThan(0);
  });
});
