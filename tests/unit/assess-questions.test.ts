/**
 * The questions an assessment asks, field by field: what a need keeps from the role file, what an
 * inheriting or borrowing role takes from the other, what a role listing skills only is asked, and what
 * one step up adds. The roles are built in each test, so that a change to the code under test reaches them.
 */
import { describe, expect, it } from "vitest";
import { addedNeeds, buildQuestionnaire, experienceNeeded, measureNeeded, needsList } from "../../src/core/assess/questions.js";
import type { Role } from "../../src/schema/role.js";
import { plainRole as base } from "../helpers/assess.js";
import { branchRoles } from "../helpers/ladders.js";
import { loadShippedModel } from "../helpers/model.js";

const model = loadShippedModel();

/** A level of `years` (total or not) with one focus area. */
const level = (title: string, step: number, min: number, total?: boolean): Role["level"] => ({
  source: "g",
  title,
  step,
  years: { min, ...(total === undefined ? {} : { total }) },
  scope: "s",
  focusAreas: ["f"],
});

/** A role stating every kind of need, each with the optional fields it may carry. */
const full = (): Role =>
  base("full", "Full", {
    level: level("Full", 2, 3, true),
    tools: { source: "g", groups: [{ name: "Kind", items: ["T"] }] },
    requirements: {
      source: "g",
      levelsInferred: "read from the guide's words",
      skills: [
        {
          id: "s",
          name: "S",
          kind: "technical",
          level: 2,
          importance: 3,
          detail: "S in detail",
          anchors: [{ level: 1, text: "a little" }],
          advice: [{ text: "Practise." }],
        },
      ],
      measures: [{ id: "m", name: "M", unit: "WPM", min: 40, max: 50, detail: "M in detail", importance: 2 }],
      credentials: [{ id: "c", name: "C", kind: "licence", detail: "C in detail" }],
      experience: { of: "full work", inferred: { reason: "the guide says a few years" } },
      education: { level: "vocational", note: "or training", distribution: [{ level: "vocational", percent: 100 }] },
    },
  });

describe("a role's own needs", () => {
  it("keep every field the role file gives them, with where they come from", () => {
    const q = buildQuestionnaire(full(), model, []);
    expect(q).toMatchObject({ roleId: "full", roleTitle: "Full", basis: "requirements", requirementsFrom: "full", toolsFrom: "full" });
    expect(q.scale.id).toBe("self-rating");
    expect(q.levelsInferred).toEqual([{ role: "full", text: "read from the guide's words" }]);
    expect(q.skills).toEqual([
      {
        from: "full",
        inherited: false,
        advice: [{ text: "Practise." }],
        weight: 3,
        id: "s",
        name: "S",
        kind: "technical",
        level: 2,
        detail: "S in detail",
        anchors: [{ level: 1, text: "a little" }],
      },
    ]);
    expect(q.measures).toEqual([
      { from: "full", inherited: false, advice: [], weight: 2, id: "m", name: "M", unit: "WPM", min: 40, max: 50, detail: "M in detail" },
    ]);
    expect(q.credentials).toEqual([
      { from: "full", inherited: false, advice: [], weight: 1, id: "c", name: "C", kind: "licence", detail: "C in detail" },
    ]);
    // no years given: the level's 3, in total as the level counts them
    expect(q.experience).toEqual({
      from: "full",
      inherited: false,
      advice: [],
      weight: 1,
      of: "full work",
      years: 3,
      total: true,
      inferred: { reason: "the guide says a few years" },
    });
    expect(q.education).toEqual({
      from: "full",
      inherited: false,
      advice: [],
      weight: 1,
      level: "vocational",
      note: "or training",
      distribution: [{ level: "vocational", percent: 100 }],
    });
    expect(q.tools).toEqual([{ name: "Kind", options: ["T"] }]);
    expect(q.educationLevels.map((l) => l.id)).toEqual(["none", "high-school", "vocational", "associate", "bachelor", "postgraduate"]);
    // the years read from words are said before the questions
    expect(q.notes).toEqual(["Experience asked, 3 years in total: the guide says a few years"]);
  });

  it("leave out what the role file does not give", () => {
    const bare = base("bare", "Bare", {
      requirements: {
        source: "g",
        skills: [{ id: "s", name: "S", kind: "k", level: 1 }],
        measures: [{ id: "m", name: "M", unit: "u", min: 5 }],
        credentials: [{ id: "c", name: "C", kind: "licence" }],
        education: { level: "none" },
      },
    });
    const q = buildQuestionnaire(bare, model, []);
    expect(Object.keys(q.skills[0]!).sort()).toEqual(["advice", "from", "id", "inherited", "kind", "level", "name", "weight"]);
    expect(Object.keys(q.measures[0]!).sort()).toEqual(["advice", "from", "id", "inherited", "min", "name", "unit", "weight"]);
    expect(Object.keys(q.credentials[0]!).sort()).toEqual(["advice", "from", "id", "inherited", "kind", "name", "weight"]);
    expect(Object.keys(q.education!).sort()).toEqual(["advice", "from", "inherited", "level", "weight"]);
    expect("experience" in q).toBe(false);
    expect("toolsFrom" in q).toBe(false);
    expect(q).toMatchObject({ tools: [], levelsInferred: [], notes: [] });
  });

  it("years given are asked as given, never in total; without years or a level, none", () => {
    const given = full();
    given.requirements!.experience = { of: "full work", years: 5 };
    expect(buildQuestionnaire(given, model, []).experience).toMatchObject({ years: 5, total: false });
    const noLevel = full();
    noLevel.level = undefined;
    noLevel.requirements!.experience = { of: "full work" };
    expect(buildQuestionnaire(noLevel, model, []).experience).toMatchObject({ years: 0, total: false });
    const notTotal = full();
    notTotal.level = level("Full", 2, 3);
    expect(buildQuestionnaire(notTotal, model, []).experience).toMatchObject({ years: 3, total: false });
  });

  it("a tool group naming no tools is answered by its own name", () => {
    const role = full();
    role.tools = { source: "g", groups: [{ name: "Spreadsheets" }, { name: "Empty", items: [] }, { name: "Kind", items: ["T", "U"] }] };
    expect(buildQuestionnaire(role, model, []).tools).toEqual([
      { name: "Spreadsheets", options: ["Spreadsheets"] },
      { name: "Empty", options: ["Empty"] },
      { name: "Kind", options: ["T", "U"] },
    ]);
  });
});

describe("inherited needs", () => {
  const child = (inherits: string, more: Partial<Role> = {}): Role =>
    base("child", "Child", {
      level: level("Child", 3, 6),
      requirements: {
        source: "g",
        inherits,
        levelsInferred: "the child's reading",
        skills: [{ id: "own", name: "Own", kind: "k", level: 1 }],
      },
      ...more,
    });

  it("take the parent's needs, tools and readings of levels, and the years of the child's own level", () => {
    const q = buildQuestionnaire(child("full"), model, [full()]);
    expect(q.skills.map((s) => [s.id, s.inherited, s.from])).toEqual([
      ["s", true, "full"],
      ["own", false, "child"],
    ]);
    expect(q.measures.map((m) => [m.id, m.inherited, m.from, m.max])).toEqual([["m", true, "full", 50]]);
    expect(q.credentials.map((c) => [c.id, c.inherited, c.from])).toEqual([["c", true, "full"]]);
    // what the years are of from the parent; how many from the child's level, which does not count in total
    expect(q.experience).toMatchObject({ of: "full work", years: 6, total: false, inherited: true, from: "full" });
    expect(q.education).toMatchObject({ level: "vocational", inherited: true, from: "full" });
    expect(q.levelsInferred).toEqual([
      { role: "full", text: "read from the guide's words" },
      { role: "child", text: "the child's reading" },
    ]);
    expect(q).toMatchObject({ tools: [{ name: "Kind", options: ["T"] }], toolsFrom: "full", requirementsFrom: "child" });
    // an inherited reading of years is the parent's to explain: no note
    expect(q.notes).toEqual([]);
  });

  it("a child without a level keeps the parent's years; a child with tools asks its own", () => {
    const q = buildQuestionnaire(child("full", { level: undefined, tools: { source: "g", groups: [{ name: "Mine" }] } }), model, [full()]);
    expect(q.experience).toMatchObject({ of: "full work", years: 3, total: true, inherited: true });
    expect(q).toMatchObject({ tools: [{ name: "Mine", options: ["Mine"] }], toolsFrom: "child" });
  });

  it("a parent stating none, or inheriting back, is said; the loop is cut", () => {
    const none = buildQuestionnaire(child("plain"), model, [base("plain", "Plain")]);
    expect(none.notes).toEqual(["Child inherits the requirements of Plain, which states none."]);
    expect(none.skills.map((s) => s.id)).toEqual(["own"]);
    const parent = base("parent", "Parent", {
      requirements: { source: "g", inherits: "child", skills: [{ id: "theirs", name: "Theirs", kind: "k", level: 2 }] },
    });
    const loop = buildQuestionnaire(child("parent"), model, [parent]);
    expect(loop.notes).toEqual(["Parent inherits from Child, which inherits back: the loop is cut there."]);
    expect(loop.skills.map((s) => [s.id, s.from, s.inherited])).toEqual([
      ["theirs", "parent", true],
      ["own", "child", false],
    ]);
  });

  it("needs on another rating scale than the parent's are refused", () => {
    const onOwnScale = child("full");
    onOwnScale.requirements!.scale = "level-0-7";
    expect(() => buildQuestionnaire(onOwnScale, model, [full()])).toThrow(
      `Child's requirements are on the scale "level-0-7", but those it inherits from full are on "(default)"`,
    );
    const parentOnScale = full();
    parentOnScale.requirements!.scale = "level-0-7";
    expect(() => buildQuestionnaire(child("full"), model, [parentOnScale])).toThrow(
      `Child's requirements are on the scale "(default)", but those it inherits from full are on "level-0-7"`,
    );
  });
});

describe("a level stating no requirements borrows its ladder owner's", () => {
  const ladder = (ownerRequirements: Role["requirements"]) => {
    const roles = branchRoles();
    roles.get("trainee")!.requirements = ownerRequirements;
    return roles;
  };
  const owned: Role["requirements"] = {
    source: "notes",
    skills: [{ id: "basics", name: "Basics", kind: "k", level: 2 }],
    measures: [{ id: "m", name: "M", unit: "u", min: 1 }],
    credentials: [{ id: "c", name: "C", kind: "licence" }],
    experience: { of: "support work", years: 1 },
    education: { level: "high-school" },
  };

  it("every need marked inherited, from the owner", () => {
    const roles = ladder(owned);
    const q = buildQuestionnaire(roles.get("agent")!, model, [...roles.values()]);
    expect(q).toMatchObject({ basis: "borrowed", requirementsFrom: "trainee", roleId: "agent" });
    for (const need of [...q.skills, ...q.measures, ...q.credentials, q.experience!, q.education!]) {
      expect(need).toMatchObject({ inherited: true, from: "trainee" });
    }
    // the agent's own level: 1 year, not in total
    expect(q.experience).toMatchObject({ years: 1, total: false });
  });

  it("a level without a level of its own keeps the owner's years, and the note says nothing of years", () => {
    const roles = ladder(owned);
    const expert = roles.get("expert")!;
    expert.level = undefined;
    const q = buildQuestionnaire(expert, model, [...roles.values()]);
    expect(q.experience).toMatchObject({ of: "support work", years: 1, inherited: true });
    expect(q.notes).toEqual(["Expert states no requirements of its own: those asked are Trainee's, the role holding its ladder."]);
  });

  it("an owner whose requirements inherit back from it: the loop is cut at the role it inherits from", () => {
    const roles = ladder({ source: "notes", inherits: "agent", skills: [{ id: "basics", name: "Basics", kind: "k", level: 2 }] });
    roles.get("agent")!.requirements = {
      source: "notes",
      inherits: "trainee",
      skills: [{ id: "agent", name: "Agent skill", kind: "k", level: 2 }],
    };
    const q = buildQuestionnaire(roles.get("expert")!, model, [...roles.values()]);
    expect(q.notes).toContain("Agent inherits from Trainee, which inherits back: the loop is cut there.");
    expect(q.skills.map((s) => s.id)).toEqual(["agent", "basics"]);
  });

  it("an owner stating only skills lends nothing else", () => {
    const roles = ladder({ source: "notes", skills: [{ id: "basics", name: "Basics", kind: "k", level: 2 }] });
    const q = buildQuestionnaire(roles.get("agent")!, model, [...roles.values()]);
    expect(["experience" in q, "education" in q, q.measures, q.credentials]).toEqual([false, false, [], []]);
  });

  it("an owner stating none: the level's listed skills, else nothing to assess", () => {
    const roles = branchRoles();
    const agent = roles.get("agent")!;
    expect(() => buildQuestionnaire(agent, model, [...roles.values()])).toThrow(
      expect.objectContaining({
        message: "Agent states no requirements and lists no skills: there is nothing to assess",
        hint: "Add a requirements: section to its role file (see careers new for an example).",
      }),
    );
    agent.skills = { source: "notes", soft: [{ name: "Tact" }] };
    expect(buildQuestionnaire(agent, model, [...roles.values()]).basis).toBe("listed-skills");
    // the owner itself, stating none, lends nothing to itself
    const trainee = roles.get("trainee")!;
    trainee.skills = { source: "notes", soft: [{ name: "Calm" }] };
    expect(buildQuestionnaire(trainee, model, [...roles.values()])).toMatchObject({ basis: "listed-skills", requirementsFrom: "trainee" });
  });
});

describe("a role listing skills only", () => {
  it("each skill at the model's level, typing as a measure, years from its level, its tools", () => {
    const role = base("listed", "Listed", {
      level: level("Listed", 1, 2, true),
      tools: { source: "g", groups: [{ name: "Kind", items: ["T"] }] },
      skills: {
        source: "g",
        technical: [
          { id: "typing-speed", name: "Typing" },
          { name: "Filing", detail: "Paper and digital." },
        ],
        typingSpeed: { minWpm: 30, maxWpm: 45 },
      },
    });
    const q = buildQuestionnaire(role, model, []);
    expect(q.skills).toEqual([
      {
        from: "listed",
        inherited: false,
        advice: [],
        weight: 1,
        id: "filing",
        name: "Filing",
        kind: "technical",
        level: 2,
        detail: "Paper and digital.",
      },
    ]);
    expect(q.measures).toEqual([
      { from: "listed", inherited: false, advice: [], weight: 1, id: "typing-speed", name: "Typing speed", unit: "WPM", min: 30, max: 45 },
    ]);
    expect(q.experience).toEqual({
      from: "listed",
      inherited: false,
      advice: [],
      weight: 1,
      of: "relevant work",
      years: 2,
      total: true,
    });
    expect(q).toMatchObject({ basis: "listed-skills", toolsFrom: "listed", credentials: [], levelsInferred: [] });
    expect(q.scale.id).toBe("self-rating");
    expect("education" in q).toBe(false);
  });

  it("without a typing range's top, a level or tools: a minimum only, no years, no tools", () => {
    const role = base("listed", "Listed", { skills: { source: "g", soft: [{ name: "Tact" }], typingSpeed: { minWpm: 30 } } });
    const q = buildQuestionnaire(role, model, []);
    expect(q.measures).toEqual([
      { from: "listed", inherited: false, advice: [], weight: 1, id: "typing-speed", name: "Typing speed", unit: "WPM", min: 30 },
    ]);
    expect(q.skills.map((s) => Object.keys(s).includes("detail"))).toEqual([false]);
    expect(["experience" in q, "toolsFrom" in q, q.tools]).toEqual([false, false, []]);
    // a skill named typing-speed without a typing range is a skill like any other
    const noRange = base("listed", "Listed", { skills: { source: "g", technical: [{ id: "typing-speed", name: "Typing" }] } });
    expect(buildQuestionnaire(noRange, model, []).skills.map((s) => s.id)).toEqual(["typing-speed"]);
    expect(buildQuestionnaire(noRange, model, []).measures).toEqual([]);
  });

  it("a listed skill whose name makes no id (punctuation only) is not asked", () => {
    const role = base("listed", "Listed", { skills: { source: "g", soft: [{ name: "?" }, { name: "Tact" }] } });
    expect(buildQuestionnaire(role, model, []).skills.map((s) => s.id)).toEqual(["tact"]);
  });

  it("a rating scale the model does not define is refused, naming every scale it does", () => {
    const role = base("scaled", "Scaled", {
      requirements: { source: "g", scale: "stars", skills: [{ id: "s", name: "S", kind: "k", level: 1 }] },
    });
    const twoScales = { ...model, scales: [...model.scales, { ...model.scales[0]!, id: "other" }] };
    expect(() => buildQuestionnaire(role, twoScales, [])).toThrow(
      `Scaled's requirements name the rating scale "stars", which the readiness model does not define (self-rating, other)`,
    );
  });

  it("a skill map alone is enough", () => {
    const role = base("mapped", "Mapped", { skillMap: { source: "g", tiers: [{ name: "Core", skills: ["Planning"] }] } });
    expect(buildQuestionnaire(role, model, []).skills.map((s) => [s.id, s.kind, s.level])).toEqual([["planning", "skill-map", 2]]);
  });
});

describe("needs in words", () => {
  it("a measure's range, the years needed", () => {
    expect(measureNeeded({ min: 40, max: 50, unit: "WPM" })).toBe("40-50 WPM");
    expect(measureNeeded({ min: 40, unit: "WPM" })).toBe("40 WPM");
    expect(experienceNeeded({ years: 1, total: false })).toBe("1 year");
    expect(experienceNeeded({ years: 6, total: true })).toBe("6 years in total");
    expect(experienceNeeded({ years: 0, total: false })).toBe("0 years");
  });

  it("every need of a questionnaire in one list", () => {
    const q = buildQuestionnaire(full(), model, []);
    expect(needsList(q)).toEqual([
      { category: "skills", id: "s", name: "S", needed: "2 working", inherited: false, from: "full" },
      { category: "skills", id: "m", name: "M", needed: "40-50 WPM", inherited: false, from: "full" },
      {
        category: "experience",
        id: "experience",
        name: "Experience of full work",
        needed: "3 years in total",
        inherited: false,
        from: "full",
      },
      {
        category: "education",
        id: "education",
        name: "Education",
        needed: "Vocational training or certificate",
        inherited: false,
        from: "full",
      },
      { category: "credentials", id: "c", name: "C", needed: "licence", inherited: false, from: "full" },
    ]);
  });
});

describe("what a step up adds", () => {
  /** A step needing skill s at `skill`, measure m at `measure`, `years` of experience, `education`, credentials `creds`. */
  const step = (id: string, skill: number, measure: number, years: number, education: "high-school" | "associate", creds: string[]): Role =>
    base(id, id, {
      requirements: {
        source: "g",
        skills: [{ id: "s", name: "S", kind: "k", level: skill }],
        measures: [{ id: "m", name: "M", unit: "u", min: measure }],
        credentials: creds.map((c) => ({ id: c, name: c.toUpperCase(), kind: "licence" })),
        experience: { of: "work", years },
        education: { level: education },
      },
    });
  const added = (here: Role | null, next: Role) =>
    addedNeeds(here && buildQuestionnaire(here, model, []), buildQuestionnaire(next, model, [])).map((n) => n.id);

  it("nothing where the step needs no more than here", () => {
    expect(added(step("a", 2, 40, 3, "associate", ["c"]), step("b", 2, 40, 3, "associate", ["c"]))).toEqual([]);
    expect(added(step("a", 3, 50, 4, "associate", ["c", "d"]), step("b", 2, 40, 3, "high-school", ["c"]))).toEqual([]);
  });

  it("each need the step raises, one at a time", () => {
    const here = step("a", 2, 40, 3, "high-school", ["c"]);
    expect(added(here, step("b", 3, 40, 3, "high-school", ["c"]))).toEqual(["s"]);
    expect(added(here, step("b", 2, 41, 3, "high-school", ["c"]))).toEqual(["m"]);
    expect(added(here, step("b", 2, 40, 4, "high-school", ["c"]))).toEqual(["experience"]);
    expect(added(here, step("b", 2, 40, 3, "associate", ["c"]))).toEqual(["education"]);
    expect(added(here, step("b", 2, 40, 3, "high-school", ["c", "d"]))).toEqual(["d"]);
  });

  it("each measure against the same measure here", () => {
    const withTwo = (id: string, first: number, second: number) =>
      base(id, id, {
        requirements: {
          source: "g",
          measures: [
            { id: "m1", name: "M1", unit: "u", min: first },
            { id: "m2", name: "M2", unit: "u", min: second },
          ],
        },
      });
    expect(added(withTwo("a", 10, 10), withTwo("b", 10, 20))).toEqual(["m2"]);
    expect(added(withTwo("a", 10, 10), withTwo("b", 20, 10))).toEqual(["m1"]);
  });

  it("needs here does not state at all are added", () => {
    const here = base("a", "A", { requirements: { source: "g", skills: [{ id: "other", name: "Other", kind: "k", level: 4 }] } });
    expect(added(here, step("b", 1, 1, 1, "high-school", ["c"]))).toEqual(["s", "m", "experience", "education", "c"]);
  });

  it("from no level at all, everything but experience of no years", () => {
    expect(added(null, step("b", 1, 1, 0, "high-school", []))).toEqual(["s", "m", "education"]);
    expect(added(null, step("b", 1, 1, 1, "high-school", []))).toEqual(["s", "m", "experience", "education"]);
    // and from a level: no years needed is nothing to add either
    expect(added(base("a", "A", { requirements: { source: "g" } }), step("b", 1, 1, 0, "high-school", []))).toEqual([
      "s",
      "m",
      "education",
    ]);
  });
});
