/** The scoring model's arithmetic, pinned on examples worked by hand from the data and data/assessment.yaml. */
import { beforeEach, describe, expect, it } from "vitest";
import { type Answers, checkAnswers, templateAnswers } from "../../src/core/assess/answers.js";
import { assess } from "../../src/core/assess/assess.js";
import { addedNeeds, buildQuestionnaire, type Questionnaire } from "../../src/core/assess/questions.js";
import { gapsOf, type Score, score } from "../../src/core/assess/score.js";
import { type Role, type RoleInput, roleSchema } from "../../src/schema/role.js";
import { demoAnswers as demoAnswersOf, demoRole } from "../helpers/assess.js";
import { branchRoles, GUIDE_LEVELS } from "../helpers/ladders.js";
import { loadShippedModel } from "../helpers/model.js";
import { loadShipped } from "../helpers/roles.js";

const model = loadShippedModel();

const demo: Role = demoRole();
const demoAnswers: Answers = demoAnswersOf();

describe("the model file", () => {
  it("weights, bands and a neutral 0-4 rating scale", () => {
    expect(model.weights).toEqual({ skills: 0.5, experience: 0.2, education: 0.15, credentials: 0.15, tools: 0.15 });
    expect(model.bands.map((b) => [b.id, b.min])).toEqual([
      ["ready", 85],
      ["nearly-ready", 70],
      ["building", 45],
      ["early", 0],
    ]);
    const scale = model.scales[0]!;
    expect(scale.levels.map((l) => `${l.value} ${l.id}`)).toEqual(["0 none", "1 basic", "2 working", "3 strong", "4 expert"]);
    // the examples are the model's, for every field: nothing about customers, patients or code
    expect(JSON.stringify(model)).not.toMatch(/customer|patient|clerk|nurs|software/i);
  });
});

describe("score (hand-worked)", () => {
  // built in each test, not while the file loads, so that a change to the code under test reaches them
  let q: Questionnaire;
  let s: Score;
  beforeEach(() => {
    q = buildQuestionnaire(demo, model, []);
    s = score(q, demoAnswers, model);
  });

  it("category scores", () => {
    // skills: Tech One 3/3, Tech Two 0/3, Soft One 2/3, Soft Two 4/2 -> 1, Speed 20/40:
    //   (1 + 0 + 2/3 + 1 + 1/2) / 5 = 0.63333
    // experience 1 of 2 years (the level's minimum) = 0.5; education high-school (rank 1) of associate (rank 3) = 1/3;
    // tools: 1 of 2 groups covered, / 0.5 = 1; no credentials asked: that category is left out
    expect(s.categories.map((c) => [c.id, Number(c.score.toFixed(3))])).toEqual([
      ["skills", 63.333],
      ["experience", 50],
      ["education", 33.333],
      ["tools", 100],
    ]);
  });

  it("overall = 0.5*0.63333 + 0.2*0.5 + 0.15*(1/3) + 0.15*1 = 61.667%, band building", () => {
    // the four categories present weigh 0.5 + 0.2 + 0.15 + 0.15 = 1
    expect(s.overall).toBeCloseTo(61.6667, 3);
    expect(s.band).toBe("building");
  });

  it("gaps by impact: Tech Two 10, experience 10, education 10, Speed 5, Soft One 3.33", () => {
    // Tech Two: 1 x 1/5 x 50 = 10; experience 0.5 x 20 = 10; education 2/3 x 15 = 10; Speed 0.5 x 1/5 x 50 = 5;
    // Soft One 1/3 x 1/5 x 50 = 3.33. Ties go by category order (skills, experience, education), then name.
    expect(gapsOf(s).map((g) => [g.name, Number(g.impact.toFixed(2))])).toEqual([
      ["Tech Two", 10],
      ["Experience of demo work", 10],
      ["Education", 10],
      ["Speed", 5],
      ["Soft One", 3.33],
    ]);
  });

  it("education below what the role needs lowers the score; at or above it, full marks", () => {
    const at = (education: Answers["education"]) =>
      score(q, { ...demoAnswers, education }, model).categories.find((c) => c.id === "education")!.score;
    // ranks: none 0, high-school 1, vocational 2, associate 3 (needed), bachelor 4
    expect([at("none"), at("high-school"), at("vocational"), at("associate"), at("bachelor")].map((x) => Number(x.toFixed(2)))).toEqual([
      0, 33.33, 66.67, 100, 100,
    ]);
  });

  it("a role without tools scales the other weights up", () => {
    const noTools = buildQuestionnaire({ ...demo, tools: undefined }, model, []);
    const t = score(noTools, demoAnswers, model);
    // (0.5*0.63333 + 0.2*0.5 + 0.15/3) / 0.85 = 0.54902
    expect(t.overall).toBeCloseTo(54.902, 3);
    expect(t.categories.map((c) => c.id)).toEqual(["skills", "experience", "education"]);
  });

  it("a measure not measured is left out: as if the role asked none", () => {
    const t = score(q, { ...demoAnswers, measures: { speed: null } }, model);
    // skills without Speed: (1 + 0 + 2/3 + 1) / 4 = 0.66667 -> 0.5*0.66667 + 0.1 + 0.05 + 0.15 = 63.333%
    expect(t.overall).toBeCloseTo(63.3333, 3);
    // each skill now weighs 1/4 of the skills category: Tech Two 1 x 1/4 x 50 = 12.5
    expect(gapsOf(t)[0]).toMatchObject({ name: "Tech Two", impact: 12.5 });
    expect(t.items.map((i) => i.name)).not.toContain("Speed");
    expect(t.notMeasured).toEqual([{ category: "skills", id: "speed", name: "Speed", needed: "40 u/min" }]);
    expect(s.notMeasured).toEqual([]);
  });

  it("importance weighs a need inside its category", () => {
    const weighted = structuredClone(demo);
    weighted.requirements!.skills = weighted.requirements!.skills!.map((k) => ({ ...k, importance: k.id === "tech-two" ? 5 : 1 }));
    weighted.requirements!.measures = [{ ...weighted.requirements!.measures![0]!, importance: 1 }];
    const t = score(buildQuestionnaire(weighted, model, []), demoAnswers, model);
    // skills: (1*1 + 5*0 + 1*2/3 + 1*1 + 1*0.5) / (1+5+1+1+1) = 3.16667 / 9 = 0.35185
    expect(t.categories[0]!.score).toBeCloseTo(35.185, 2);
    // Tech Two costs 5/9 of the skills category's 50 points = 27.78
    expect(gapsOf(t)[0]).toMatchObject({ name: "Tech Two" });
    expect(gapsOf(t)[0]!.impact).toBeCloseTo(27.78, 2);
  });

  it("a required credential not held costs its category in full", () => {
    const licensed = structuredClone(demo);
    licensed.requirements!.credentials = [{ id: "licence", name: "A licence", kind: "licence" }];
    const lq = buildQuestionnaire(licensed, model, []);
    const without = score(lq, { ...demoAnswers, credentials: { licence: false } }, model);
    const withIt = score(lq, { ...demoAnswers, credentials: { licence: true } }, model);
    // five categories weigh 1.15: credentials 0.15/1.15 of the total = 13.04 points
    // without: (0.5*0.63333 + 0.1 + 0.05 + 0 + 0.15) / 1.15 = 0.61667 / 1.15 = 53.623%; with it: 0.76667 / 1.15 = 66.667%
    expect(without.overall).toBeCloseTo(53.623, 3);
    expect(withIt.overall).toBeCloseTo(66.667, 3);
    expect(gapsOf(without).find((g) => g.category === "credentials")).toMatchObject({
      name: "A licence",
      now: "not held",
      needed: "licence",
    });
  });

  it("no experience needed scores experience in full", () => {
    const entry = buildQuestionnaire({ ...demo, level: { ...demo.level!, years: { min: 0 } } }, model, []);
    expect(score(entry, { ...demoAnswers, experienceYears: 0 }, model).categories[1]).toMatchObject({ id: "experience", score: 100 });
  });
});

describe("checkAnswers", () => {
  let q: Questionnaire;
  beforeEach(() => {
    q = buildQuestionnaire(demo, model, []);
  });
  it("lists every missing answer at once", () => {
    const r = checkAnswers({ skills: { "tech one": "strong" } }, q);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.missing).toEqual([
        "skills: tech-two (Tech Two)",
        "skills: soft-one (Soft One)",
        "skills: soft-two (Soft Two)",
        "measures: speed (Speed in u/min; null if not measured)",
        "experienceYears",
        "education",
        "tools (a list; [] for none)",
      ]);
    }
  });
  it("a measure of null or 0 answers 'not measured'; a measured value is kept", () => {
    const base = {
      skills: { "tech-one": 1, "tech-two": 1, "soft-one": 1, "soft-two": 1 },
      experienceYears: 0.5,
      education: "none",
      tools: [],
    };
    for (const speed of [null, 0]) {
      const r = checkAnswers({ ...base, measures: { speed } }, q);
      expect(r.ok && r.answers.measures).toEqual({ speed: null });
    }
    const measured = checkAnswers({ ...base, measures: { Speed: 38 } }, q);
    expect(measured.ok && measured.answers).toMatchObject({ measures: { speed: 38 }, experienceYears: 0.5 });
  });
  it("the template's answers are complete and claim nothing", () => {
    const t = templateAnswers(q);
    expect(t).toEqual({
      role: "demo",
      currentRole: null,
      skills: { "tech-one": 0, "tech-two": 0, "soft-one": 0, "soft-two": 0 },
      measures: { speed: null },
      experienceYears: 0,
      education: "none",
      tools: [],
    });
    expect(checkAnswers(t, q).ok).toBe(true);
  });
  it("accepts needs by id or name in any case and ratings as words, and suggests near misses", () => {
    const r = checkAnswers(
      {
        skills: { "TECH ONE": "expert", "tech-two": 1, "soft-one": "workin", "Soft Too": 2, "soft-two": 7 },
        measures: { speed: 50 },
        experienceYears: 0,
        education: "bachelors",
        tools: ["Y", "q"],
      },
      q,
    );
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.invalid).toEqual([
        'skills: "soft-one": rating "workin" is not one of 0-4 or none, basic, working, strong, expert (did you mean "working"?)',
        'skills: "Soft Too" is not a skill Demo Role needs (did you mean "soft-two"?)',
        'skills: "soft-two": rating "7" is not one of 0-4 or none, basic, working, strong, expert',
        'education: "bachelors" is not one of none, high-school, vocational, associate, bachelor, postgraduate (did you mean "bachelor"?)',
        'tools: "q" is not a tool of Demo Role',
      ]);
      expect(r.missing).toEqual([]);
    }
  });
});

describe("requirements in the role format", () => {
  const parse = (r: RoleInput) => roleSchema.safeParse(r);
  const messages = (r: RoleInput) => {
    const p = parse(r);
    return p.success ? [] : p.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
  };
  it("the demo role is valid", () => expect(messages(demo)).toEqual([]));
  it("ids used once, importance on all or none, advice that points at something", () => {
    const bad = structuredClone(demo) as RoleInput;
    bad.requirements!.skills![1]!.id = "tech-one";
    bad.requirements!.skills![0]!.importance = 3;
    bad.requirements!.skills![2]!.advice = [{ focusArea: 2 }, { entryStep: 1 }, { education: "A degree" }, { text: "x", focusArea: 1 }];
    expect(messages(bad)).toEqual([
      "requirements.skills.2.advice.3: give exactly one of focusArea, entryStep, education, certification, text",
      'requirements.skills.1.id: id "tech-one" is already used at requirements.skills.0',
      "requirements: importance is given on 1 of 5 skills and measures: give it on all of them or on none",
      "requirements.skills.2.advice.0.focusArea: the role's level has 1 focus areas, not 2",
      "requirements.skills.2.advice.1.entryStep: the role's entry has 0 steps, not 1",
      'requirements.skills.2.advice.2.education: "A degree" is not the name of one of the role\'s education options',
    ]);
  });
  it("experience without years needs a level to take them from", () => {
    const { level: _, ...noLevel } = structuredClone(demo);
    expect(messages(noLevel)).toEqual([
      "requirements.experience.years: give years: the role has no level to take them from",
      // and Tech Two's advice points at a focus area of the level that is gone
      "requirements.skills.1.advice.0.focusArea: the role's level has 0 focus areas, not 1",
    ]);
  });
  it("education levels are the format's own", () => {
    const bad = structuredClone(demo) as RoleInput;
    (bad.requirements!.education as { level: string }).level = "degree";
    expect(messages(bad)[0]).toMatch(/^requirements\.education\.level: /);
  });
});

describe("inheritance and fallbacks", () => {
  const lower: Role = {
    id: "lower",
    title: "Lower",
    summary: "x",
    sources: [{ id: "g", title: "Guide" }],
    tools: { source: "g", groups: [{ name: "A", items: ["x"] }] },
    level: { source: "g", title: "Lower", step: 1, years: { min: 1 }, scope: "s", focusAreas: ["f"] },
    requirements: {
      source: "g",
      skills: [
        { id: "one", name: "One", kind: "k", level: 1 },
        { id: "two", name: "Two", kind: "k", level: 2, advice: [{ focusArea: 1 }] },
      ],
      experience: { of: "lower work" },
      education: { level: "high-school" },
    },
  };
  const upper: Role = {
    id: "upper",
    title: "Upper",
    summary: "x",
    sources: [{ id: "g", title: "Guide" }],
    level: { source: "g", title: "Upper", step: 2, years: { min: 4, total: true }, scope: "s", focusAreas: ["g"] },
    requirements: {
      source: "g",
      inherits: "lower",
      skills: [
        { id: "one", name: "One, more", kind: "k", level: 3 },
        { id: "three", name: "Three", kind: "k", level: 2 },
      ],
    },
  };

  it("a level needs what it inherits, marked so; a need with the same id replaces the inherited one", () => {
    const q = buildQuestionnaire(upper, model, [lower, upper]);
    expect(q.skills.map((s) => [s.id, s.name, s.level, s.inherited, s.from])).toEqual([
      ["two", "Two", 2, true, "lower"],
      ["one", "One, more", 3, false, "upper"],
      ["three", "Three", 2, false, "upper"],
    ]);
    // what the years are of comes from the role stating it; how many, from this level
    expect(q.experience).toMatchObject({ of: "lower work", years: 4, total: true, inherited: true, from: "lower" });
    expect(q.education).toMatchObject({ level: "high-school", inherited: true });
    expect(q).toMatchObject({ toolsFrom: "lower", basis: "requirements", notes: [] });
    // an inherited need's advice points into the data of the role stating it
    const a: Answers = {
      currentRole: null,
      skills: { one: 3, two: 0, three: 2 },
      measures: {},
      experienceYears: 4,
      education: "high-school",
      credentials: {},
      tools: ["x"],
      toolsFrom: "lower",
    };
    const r = assess({ role: upper, questionnaire: q, answers: a, model, roles: [lower, upper] });
    expect(r.gaps.map((g) => [g.name, g.inherited, g.from, g.advice.map((x) => x.text)])).toEqual([["Two", true, "lower", ["f"]]]);
    expect(r.requirements.find((n) => n.id === "two")).toEqual({
      category: "skills",
      id: "two",
      name: "Two",
      needed: "2 working",
      inherited: true,
      from: "lower",
    });
  });

  it("what a step adds: new needs, higher levels, more years", () => {
    const here = buildQuestionnaire(lower, model, [lower, upper]);
    const next = buildQuestionnaire(upper, model, [lower, upper]);
    expect(addedNeeds(here, next).map((n) => `${n.name}: ${n.needed}`)).toEqual([
      "One, more: 3 strong",
      "Three: 2 working",
      "Experience of lower work: 4 years in total",
    ]);
  });

  it("an unknown role to inherit from is said, and only the own needs are asked", () => {
    const q = buildQuestionnaire(upper, model, [upper]);
    expect(q.skills.map((s) => s.id)).toEqual(["one", "three"]);
    expect(q.notes).toEqual(['Upper inherits the requirements of "lower", which no role file describes: only its own are asked.']);
  });

  it("a role stating no requirements but listing skills: each assumed at the model's level, said in a note", () => {
    const listed: Role = {
      id: "listed",
      title: "Listed",
      summary: "x",
      sources: [{ id: "g", title: "G" }],
      skills: { source: "g", soft: [{ name: "Tact" }] },
    };
    const q = buildQuestionnaire(listed, model, []);
    expect(q.basis).toBe("listed-skills");
    expect(q.skills).toMatchObject([{ id: "tact", name: "Tact", kind: "soft", level: 2 }]);
    expect(q.education).toBeUndefined();
    expect(q.notes[0]).toBe(
      "Listed states no requirements: the skills it lists are asked, each assumed needed at 2 working (the readiness model's assumption, not the role's data); education is not scored.",
    );
  });

  it("a listed skill is asked once, by id, however many wordings the skill list and skill map give it", () => {
    const listed: Role = {
      id: "listed",
      title: "Listed",
      summary: "x",
      sources: [{ id: "g", title: "G" }],
      skills: {
        source: "g",
        technical: [
          { id: "typing-speed", name: "Typing fast" },
          { id: "records", name: "Record keeping" },
        ],
        soft: [{ id: "tact", name: "Tact and diplomacy" }, { name: "Calm" }],
        typingSpeed: { minWpm: 30 },
      },
      skillMap: {
        source: "g",
        tiers: [{ name: "Core", skills: [{ id: "tact", name: "Tact" }, "calm", { id: "records", name: "Keeping records" }, "Planning"] }],
      },
    };
    const q = buildQuestionnaire(listed, model, []);
    // typing is the measure only; tact, records and calm once each (calm by its name); planning from the map
    expect(q.skills.map((s) => [s.id, s.name, s.kind])).toEqual([
      ["records", "Record keeping", "technical"],
      ["tact", "Tact and diplomacy", "soft"],
      ["calm", "Calm", "soft"],
      ["planning", "Planning", "skill-map"],
    ]);
    expect(q.measures.map((m) => m.id)).toEqual(["typing-speed"]);
  });

  it("the representative: each skill its guide lists or maps is asked once; no years asked, and the reason said", () => {
    const roles = ["clerk", "junior-clerk", "senior-clerk", "representative"].map(loadShipped);
    const rep = roles[3]!;
    const q = buildQuestionnaire(rep, model, roles);
    const ids = q.skills.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    const listed = [...(rep.skills?.technical ?? []), ...(rep.skills?.soft ?? [])].map((s) => s.id!);
    const mapped = rep.skillMap!.tiers.flatMap((t) => t.skills.map((e) => (typeof e === "string" ? e : e.id)));
    expect(new Set([...listed, ...mapped]).size).toBe(35);
    for (const id of [...listed, ...mapped]) expect(ids, id).toContain(id);
    // the care guide: entry-level roles need minimal formal experience; the ladder step's 3 years are not asked
    expect(q.experience).toMatchObject({ of: "customer-facing work", years: 0, inherited: false });
    expect(q.notes).toContainEqual(
      expect.stringMatching(/^Experience asked, 0 years: The representative guide says entry-level roles need minimal formal experience/),
    );
  });

  it("a ladder level stating none borrows its ladder owner's, with the years of its own level", () => {
    const roles = branchRoles();
    const trainee = roles.get("trainee")!;
    trainee.requirements = {
      source: "notes",
      skills: [{ id: "basics", name: "Basics", kind: "k", level: 2 }],
      experience: { of: "support work" },
    };
    const q = buildQuestionnaire(roles.get("expert")!, model, [...roles.values()]);
    expect(q).toMatchObject({
      basis: "borrowed",
      requirementsFrom: "trainee",
      experience: { of: "support work", years: 3, inherited: true },
    });
    expect(q.notes[0]).toBe(
      "Expert states no requirements of its own: those asked are Trainee's, the role holding its ladder, with the years of its own level.",
    );
  });
});

describe("the next step (branching ladder: trainee -> agent -> expert; trainee -> team-lead -> head)", () => {
  let all: Role[];
  let agent: Role;
  let q: Questionnaire;
  beforeEach(() => {
    const roles = branchRoles();
    all = [...roles.values()];
    // every level asks one skill of its own
    for (const r of all) r.requirements = { source: "notes", skills: [{ id: r.id, name: `${r.title} skill`, kind: "k", level: 2 }] };
    agent = roles.get("agent")!;
    q = buildQuestionnaire(agent, model, all);
  });
  const answers = (currentRole: string | null): Answers => ({
    currentRole,
    skills: { agent: 2 },
    measures: {},
    experienceYears: null,
    education: null,
    credentials: {},
    tools: [],
    toolsFrom: null,
  });

  it("with --current, only a step up from the level held is offered, never a level below it", () => {
    // expert is listed before team-lead, and team-lead's step (2) is below expert's (3): it must not be next
    const r = assess({ role: agent, questionnaire: q, answers: answers("expert"), model, roles: all });
    expect(r.ladder).toMatchObject({ youAreHere: "expert", youAreHereBasis: "current-role", next: null });
    const fromAgent = assess({ role: agent, questionnaire: q, answers: answers("agent"), model, roles: all });
    expect(fromAgent.ladder?.next?.role).toBe("expert");
  });

  it("at a branch, the step up you are readiest for", () => {
    // trainee's successors are agent (ready: its one skill is met) and team-lead (its skill not asked: not assessed)
    const r = assess({ role: agent, questionnaire: q, answers: answers("trainee"), model, roles: all });
    expect(r.ladder?.levels.map((l) => [l.role, l.readiness])).toEqual([
      ["trainee", null],
      ["agent", 100],
      ["expert", null],
      ["team-lead", null],
      ["head", null],
    ]);
    expect(r.ladder?.next).toMatchObject({ role: "agent", adds: [{ id: "agent", needed: "2 working" }] });
  });
});

describe("the bundled clerk ladder (hand-worked from data/roles)", () => {
  const roles = GUIDE_LEVELS.map(loadShipped);
  const byId = new Map(roles.map((r) => [r.id, r]));
  const q = (id: string) => buildQuestionnaire(byId.get(id)!, model, roles);

  it("supervisor and manager ask their own requirements, not the clerk's", () => {
    const sup = q("supervisor");
    expect(sup.skills.map((s) => s.id)).toEqual([
      "team-supervision",
      "coaching",
      "performance-feedback",
      "conflict-resolution",
      "workforce-management",
      "kpis",
      "tactical-decisions",
      "team-morale",
    ]);
    expect(sup.measures).toEqual([]);
    expect(sup.tools).toEqual([]);
    expect(sup.experience).toMatchObject({ of: "customer service work", years: 6, total: true });
    const mgr = q("manager");
    // the supervisor's eight, inherited, then the manager's own six
    expect(mgr.skills.filter((s) => s.inherited).map((s) => s.id)).toEqual(sup.skills.map((s) => s.id));
    expect(mgr.skills.filter((s) => !s.inherited).map((s) => s.id)).toEqual([
      "strategic-planning",
      "budget-management",
      "goal-setting",
      "trend-analysis",
      "stakeholder-management",
      "talent-development",
    ]);
    expect(mgr.experience).toMatchObject({ years: 9, inherited: true });
  });

  it("typing speed is one measure, never also a rated skill", () => {
    const clerk = q("clerk");
    expect(clerk.measures.map((m) => [m.id, m.min, m.max])).toEqual([["typing-speed", 40, 50]]);
    expect(clerk.skills.map((s) => s.name).filter((n) => /typing/i.test(n))).toEqual([]);
    expect(clerk.skills).toHaveLength(15);
  });

  it("one set of answers, each level scored on its own needs", () => {
    // a clerk of 3 years: every supervisor skill working (2) but workforce management none (needed basic, 1)
    const sup = q("supervisor");
    const skills = Object.fromEntries(sup.skills.map((s) => [s.id, s.id === "workforce-management" ? 0 : 2]));
    const answers: Answers = {
      currentRole: null,
      skills,
      measures: {},
      experienceYears: 3,
      education: "high-school",
      credentials: {},
      tools: [],
      toolsFrom: null,
    };
    const r = assess({ role: byId.get("supervisor")!, questionnaire: sup, answers, model, roles });
    // supervisor: skills 7 of 8 met = 0.875; experience 3/6 = 0.5; education met; no tools:
    //   (0.5*0.875 + 0.2*0.5 + 0.15) / 0.85 = 0.6875 / 0.85 = 80.9%
    expect(r.readiness).toBe(81);
    expect(r.gaps.map((g) => [g.name, g.impact])).toEqual([
      ["Experience of customer service work", 11.8], // 0.5 x 0.2/0.85
      ["Workforce management and scheduling", 7.4], // 1/8 x 0.5/0.85
    ]);
    expect(r.gaps[1]!.advice.map((a) => a.text)).toEqual(["Learn workforce management and scheduling."]);
    const levels = Object.fromEntries(r.ladder!.levels.map((l) => [l.role, [l.readiness, l.notAsked.length]]));
    // manager: the same 8 + 6 of its own not asked: not assessed (counting those six as not met gave 55%)
    expect(levels.manager).toEqual([null, 6]);
    expect(levels.supervisor).toEqual([81, 0]);
    // clerk: none of its 15 skills nor typing nor tools asked: not assessed (as not met: 35%)
    expect(levels.clerk).toEqual([null, 17]);
    expect(r.ladder!.levels.filter((l) => l.readiness !== null).map((l) => l.role)).toEqual(["supervisor"]);
    expect(r.ladder!.levels.filter((l) => l.readiness === null).every((l) => l.band === null)).toBe(true);
    // ready for no level: the next step is the first level assessed, the supervisor itself, never the clerk
    expect(r.ladder?.youAreHere).toBeNull();
    expect(r.ladder?.next).toMatchObject({ role: "supervisor", readiness: 81 });
  });

  it("answered for the manager, the manager and the supervisor differ as their needs do", () => {
    const mgr = q("manager");
    const own = new Set(["strategic-planning", "budget-management", "goal-setting", "trend-analysis"]);
    const skills = Object.fromEntries(mgr.skills.map((s) => [s.id, s.id === "workforce-management" ? 0 : 2]));
    const answers: Answers = {
      currentRole: "supervisor",
      skills,
      measures: {},
      experienceYears: 3,
      education: "high-school",
      credentials: {},
      tools: [],
      toolsFrom: null,
    };
    const r = assess({ role: byId.get("manager")!, questionnaire: mgr, answers, model, roles });
    // manager: the supervisor's 8 (7 met) + strategic planning, budget, goal setting, trend analysis at 2 of 3
    // + stakeholder management, talent development at 2 of 2: (7 + 4*2/3 + 2) / 14 = 0.83333;
    //   (0.5*0.83333 + 0.2*3/9 + 0.15) / 0.85 = 0.63333 / 0.85 = 74.5%
    expect(r.readiness).toBe(75);
    expect(r.gaps.filter((g) => own.has(g.id)).map((g) => g.needed)).toEqual(["3 strong", "3 strong", "3 strong", "3 strong"]);
    // the manager's answers cover all the supervisor's needs: scored as the supervisor's own would be
    expect(r.ladder?.levels.find((l) => l.role === "supervisor")?.readiness).toBe(81);
    // held: supervisor; the step up is the manager, adding its own six skills and three more years
    expect(r.ladder).toMatchObject({ youAreHere: "supervisor", youAreHereBasis: "current-role", next: { role: "manager" } });
    expect(r.ladder!.next!.adds.map((a) => a.id)).toEqual([...mgr.skills.filter((s) => !s.inherited).map((s) => s.id), "experience"]);
  });

  it("the clerk's answers along the whole ladder", () => {
    const clerkQ = q("clerk");
    const skills = Object.fromEntries(clerkQ.skills.map((s) => [s.id, s.id === "patience" ? 3 : 4]));
    const answers: Answers = {
      currentRole: null,
      skills,
      measures: { "typing-speed": 45 },
      experienceYears: 2,
      education: "high-school",
      credentials: {},
      tools: ["Salesforce", "headsets", "Email platforms"],
      toolsFrom: "clerk",
    };
    const r = assess({ role: byId.get("clerk")!, questionnaire: clerkQ, answers, model, roles });
    expect(r).toMatchObject({ readiness: 100, band: "ready", gaps: [] });
    // every level above the clerk has needs of its own the clerk's answers do not ask: junior 6 of 22
    // skills, senior 7 of 23 (its own 4, and the junior's), the representative 28 skills and its tool kinds,
    // the specialist, supervisor and manager theirs: none is assessed (counted as not met they scored
    // 86, 85, 55, 41, 25 and 23%, and the senior clerk was "where you are")
    expect(r.ladder!.levels.map((l) => [l.role, l.readiness, l.band, l.notAsked.length])).toEqual([
      ["clerk", 100, "ready", 0],
      ["junior-clerk", null, null, 6],
      ["senior-clerk", null, null, 7],
      ["representative", null, null, 29],
      ["specialist", null, null, 33],
      ["supervisor", null, null, 8],
      ["manager", null, null, 14],
    ]);
    expect(r.ladder).toMatchObject({ youAreHere: "clerk", youAreHereBasis: "readiness", next: { role: "junior-clerk", readiness: null } });
  });

  it("gap advice comes from the data tied to that need", () => {
    const clerkQ = q("clerk");
    const skills = Object.fromEntries(clerkQ.skills.map((s) => [s.id, 2]));
    Object.assign(skills, { "crm-software": 0, troubleshooting: 0 });
    const answers: Answers = {
      currentRole: null,
      skills,
      measures: { "typing-speed": 45 },
      experienceYears: 0,
      education: "none",
      credentials: {},
      tools: [],
      toolsFrom: "clerk",
    };
    const r = assess({ role: byId.get("clerk")!, questionnaire: clerkQ, answers, model, roles });
    const advice = (id: string) => r.gaps.find((g) => g.id === id)!.advice.map((a) => `${a.kind}: ${a.text}`);
    expect(advice("crm-software")).toEqual([
      "step: Learn office software and CRM tools",
      "focus: Master basic CRM software and ticketing systems.",
    ]);
    expect(advice("troubleshooting")).toEqual(["education: On-the-job training"]);
    expect(advice("education")).toEqual([
      "education: High School Diploma or GED",
      "education: Vocational training or certificate in Customer Service",
    ]);
    const vocational = r.gaps.find((g) => g.id === "education")!.advice[1]!;
    expect(vocational).toMatchObject({ cost: { low: 2000, high: 10000, currency: "USD" } });
  });
});

describe("an occupation in O*NET's shape fits the same model", () => {
  // a second scale, as an O*NET import would add to data/assessment.yaml: skill levels 0-7
  const onetModel = {
    ...model,
    scales: [
      ...model.scales,
      {
        id: "level-0-7",
        name: "Level 0-7",
        levels: [0, 1, 2, 3, 4, 5, 6, 7].map((v) => ({ value: v, id: `level-${v}`, example: `Level ${v}.` })),
      },
    ],
  };
  const occupation: Role = {
    id: "occupation",
    title: "An Occupation",
    summary: "Imported.",
    sources: [{ id: "db", title: "An occupational database" }],
    requirements: {
      source: "db",
      scale: "level-0-7",
      skills: [
        {
          id: "listening",
          name: "Listening",
          kind: "basic-skills",
          level: 4.5,
          importance: 4,
          anchors: [
            { level: 2, text: "Take a simple order." },
            { level: 6, text: "Lead a hearing." },
          ],
        },
        { id: "writing", name: "Writing", kind: "basic-skills", level: 3, importance: 2 },
      ],
      experience: { of: "related work", years: 2, importance: 3 },
      education: {
        level: "associate",
        distribution: [
          { level: "high-school", percent: 40 },
          { level: "associate", percent: 45 },
          { level: "bachelor", percent: 15 },
        ],
      },
    },
  };

  it("its own scale, decimal levels, importance as weight, anchors kept for the questions", () => {
    expect(roleSchema.safeParse(occupation).success).toBe(true);
    const q = buildQuestionnaire(occupation, onetModel, []);
    expect(q.scale.id).toBe("level-0-7");
    expect(q.skills[0]).toMatchObject({
      level: 4.5,
      weight: 4,
      anchors: [
        { level: 2, text: "Take a simple order." },
        { level: 6, text: "Lead a hearing." },
      ],
    });
    const a: Answers = {
      currentRole: null,
      skills: { listening: 3, writing: 5 },
      measures: {},
      experienceYears: 1,
      education: "associate",
      credentials: {},
      tools: [],
      toolsFrom: null,
    };
    const s = score(q, a, onetModel);
    // skills: listening 3 of 4.5 = 0.66667 at weight 4, writing 5 of 3 -> 1 at weight 2: (2.66667 + 2) / 6 = 0.77778
    // experience 1 of 2 years; education met. No tools or credentials: (0.5*0.77778 + 0.2*0.5 + 0.15) / 0.85 = 75.16%
    expect(s.overall).toBeCloseTo(75.163, 2);
    // Listening costs (1 - 2/3) x 4/6 x 0.5/0.85 = 13.07 points; experience 0.5 x 0.2/0.85 = 11.76
    expect(gapsOf(s).map((g) => [g.name, g.now, g.needed, Number(g.impact.toFixed(2))])).toEqual([
      ["Listening", "3 level-3", "4.5", 13.07],
      ["Experience of related work", "1 year", "2 years", 11.76],
    ]);
  });

  it("a scale the model does not define, or a level above its top, is refused", () => {
    expect(() => buildQuestionnaire(occupation, model, [])).toThrow(
      'An Occupation\'s requirements name the rating scale "level-0-7", which the readiness model does not define (self-rating)',
    );
    const tooHigh = structuredClone(occupation);
    tooHigh.requirements!.scale = undefined;
    expect(() => buildQuestionnaire(tooHigh, model, [])).toThrow(
      'An Occupation: "Listening" needs level 4.5, above the top of the scale "self-rating" (4)',
    );
  });

  it("show lists the education distribution it reports", async () => {
    const { renderRole } = await import("../../src/render/show.js");
    const { SECTIONS } = await import("../../src/core/sections.js");
    const { makeStyle } = await import("../helpers/style.js");
    const out = renderRole(
      occupation,
      SECTIONS.filter((x) => x.id === "requirements"),
      makeStyle(false, 100),
    );
    expect(out).toContain("Education of people in the role: high-school 40%, associate 45%, bachelor 15%.");
    expect(out).toContain("Levels are on the level-0-7 scale");
  });
});
