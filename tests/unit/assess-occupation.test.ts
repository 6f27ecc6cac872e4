/**
 * assess <occupation>, the pure part: questions, answers checked, and the result, on the harbour-town
 * release's own tables (tests/helpers/scale-fixture.ts), every expected figure worked by hand.
 */
import { describe, expect, it } from "vitest";
import {
  assessOccupation,
  BELOW,
  categoryChoices,
  checkOccupationAnswers,
  type OccupationQuestionnaire,
  occupationQuestionnaire,
  occupationTemplate,
  resolveCategory,
} from "../../src/core/assess/occupation.js";
import { occupationAnswersSchema } from "../../src/schema/assessment.js";
import type { IndexRow, Occupation, Reference, StoredRatings } from "../../src/schema/occupation.js";
import { DESK_LEAD_SKILLS } from "../helpers/assess-occupation.js";
import { loadShippedModel } from "../helpers/model.js";
import { SCALE_ELEMENT_IDS, SCALE_ELEMENTS, SCALE_OCCUPATIONS, TEST_SCALE_MODEL } from "../helpers/scale-fixture.js";

const model = loadShippedModel();
const LABELS = [
  "Less than a High School Diploma",
  "High School Diploma",
  "Post-Secondary Certificate",
  "Some College Courses",
  "Associate's Degree",
  "Bachelor's Degree",
  "Post-Baccalaureate Certificate",
  "Master's Degree",
];

const reference: Reference = {
  scales: {},
  elements: Object.fromEntries(
    SCALE_ELEMENT_IDS.map((id) => {
      const e = SCALE_ELEMENTS[id]!;
      return [
        id,
        {
          name: e.name,
          description: `${e.name}.`,
          kind: e.knowledge ? "knowledge" : "skill",
          anchors: e.anchors.map(([value, text]) => ({ value, text })),
        },
      ];
    }),
  ),
};
const ratings: StoredRatings = {
  format: 2,
  elements: SCALE_ELEMENT_IDS,
  importance: SCALE_OCCUPATIONS.map((o) => o.ratings.map(([im]) => im)),
  level: SCALE_OCCUPATIONS.map((o) => o.ratings.map(([, lv]) => lv)),
  interests: SCALE_OCCUPATIONS.map((o) => o.interests),
  related: SCALE_OCCUPATIONS.map((o) => o.related.map(([code, tier]) => [SCALE_OCCUPATIONS.findIndex((x) => x.code === code), tier])),
};
const idOf = (title: string) => title.toLowerCase().replace(/ /g, "-");
const row = (i: number): IndexRow => {
  const o = SCALE_OCCUPATIONS[i]!;
  return {
    id: idOf(o.title),
    code: o.code,
    title: o.title,
    median: o.median === null ? null : { amount: o.median },
    jobZone: o.zone,
    growthPercent: o.growthPercent,
    openings: null,
    education: null,
    at: [0, 0],
  };
};
const placeOf = (title: string) => SCALE_OCCUPATIONS.findIndex((o) => o.title === title);
const details = (i: number): Pick<Occupation, "skills" | "education"> => {
  const o = SCALE_OCCUPATIONS[i]!;
  return {
    skills: SCALE_ELEMENT_IDS.flatMap((id, k) =>
      SCALE_ELEMENTS[id]!.knowledge
        ? []
        : [{ element: id, name: SCALE_ELEMENTS[id]!.name, importance: o.ratings[k]![0], level: o.ratings[k]![1] }],
    ),
    education: {
      required: Object.entries(o.education).map(([c, percent]) => ({
        category: Number(c),
        label: LABELS[Number(c) - 1] ?? `Level ${c}`,
        percent,
      })),
      experience: Object.entries(o.experience).map(([c, percent]) => ({ category: Number(c), label: `Experience ${c}`, percent })),
      training: [],
    },
  };
};
const questions = (title: string): OccupationQuestionnaire => {
  const i = placeOf(title);
  return occupationQuestionnaire(row(i), details(i), reference, model.occupations);
};
type Answers = Parameters<typeof checkOccupationAnswers>[0];
/** The answers checked against `q`, then assessed: by default over the harbour-town release and the shipped model. */
const assessWith = (q: OccupationQuestionnaire, place: number, answers: Answers, data = { model, ratings, row }) => {
  const checked = checkOccupationAnswers(answers, q, reference);
  if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
  return assessOccupation({ q, answers: checked.answers, ...data, place, reference, wagesAsOf: "May 2099" });
};
const assess = (title: string, answers: Answers) => assessWith(questions(title), placeOf(title), answers);
/** Every skill the occupation asks, at this level. */
const everySkillAt = (title: string, level: number) => Object.fromEntries(questions(title).skills.map((s) => [s.name, level]));

// Tide Clerks, importance >= 3: Active Listening 4/4, Speaking 4/3.5, Reading Comprehension 3.5/3,
// Social Perceptiveness 3/3 (importance/level); Judgment 2.5 and Personnel 1.5 are not asked
const CLERK_ANSWERS = {
  skills: { "Active Listening": 3, Speaking: 4, "Reading Comprehension": 3, "Social Perceptiveness": 1 },
  education: "high school",
  experience: 2,
};

describe("the questions", () => {
  it("asks the skills of importance 3 or more, most important first (ties: higher level first)", () => {
    const q = questions("Tide Clerks");
    expect(q.skills.map((s) => [s.name, s.importance, s.level])).toEqual([
      ["Active Listening", 4, 4],
      ["Speaking", 4, 3.5],
      ["Reading Comprehension", 3.5, 3],
      ["Social Perceptiveness", 3, 3],
    ]);
    // each with its level anchors as the examples
    expect(q.skills[0]!.anchors).toEqual([
      { value: 2, text: "Take a ferry ticket order" },
      { value: 4, text: "Answer a captain's berth questions" },
      { value: 6, text: "Hear a maritime court case" },
    ]);
  });

  it("offers the education categories listed, with 'none of these / less' below them when the first is not listed", () => {
    const q = questions("Tide Clerks");
    expect(q.education!.map((c) => [c.category, c.percent])).toEqual([
      [BELOW, 0],
      [2, 60],
      [4, 25],
      [5, 15],
    ]);
    // experience lists category 1 (none): nothing below it
    expect(q.experience!.map((c) => c.category)).toEqual([1, 2, 4]);
    expect(categoryChoices([])).toBeNull();
  });

  it("the template holds every question unanswered, and the schema refuses it until answered", () => {
    const t = occupationTemplate(questions("Tide Clerks"));
    expect(t).toEqual({
      occupation: "tide-clerks",
      skills: { "Active Listening": null, Speaking: null, "Reading Comprehension": null, "Social Perceptiveness": null },
      education: null,
      experience: null,
    });
    const parsed = occupationAnswersSchema.safeParse(t);
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => i.path.join("."))).toContain("skills.Active Listening");
    expect(parsed.error!.issues[0]!.message).toMatch(/^not answered yet: give a level 0-7/);
  });
});

describe("answers", () => {
  const q = questions("Tide Clerks");

  it("education by number, by label words, or 'none of these'", () => {
    expect(resolveCategory(4, q.education!)).toBe(4);
    expect(resolveCategory("associate", q.education!)).toBe(5);
    expect(resolveCategory("High School Diploma", q.education!)).toBe(2);
    expect(resolveCategory("none of these", q.education!)).toBe(BELOW);
    expect(resolveCategory("3", q.education!)).toMatchObject({ problem: expect.stringContaining("category 3 is not one of") });
    // words that fit two labels are not guessed
    // (Tide Analysts list 6 and 8)
    expect(resolveCategory("degree", questions("Tide Analysts").education!)).toEqual({
      problem: `"degree" could be 6 (Bachelor's Degree) or 8 (Master's Degree): give the number`,
    });
    expect(resolveCategory("doctorate", q.education!)).toMatchObject({
      problem: expect.stringMatching(/^"doctorate" is not one of "none of these", 2 \(High School Diploma\)/),
    });
  });

  it("lists an unknown skill with a suggestion, and every skill not rated", () => {
    const checked = checkOccupationAnswers({ skills: { "Activ Listening": 3, Speaking: 4 }, education: 2, experience: 1 }, q, reference);
    expect(checked.ok).toBe(false);
    const problems = (checked as { problems: { path: string[]; message: string; suggestion?: string }[] }).problems;
    expect(problems[0]).toMatchObject({ path: ["skills", "Activ Listening"], suggestion: 'Did you mean "Active Listening"?' });
    expect(problems[1]!.message).toBe("not rated: rate Active Listening 0-7");
    expect(problems.slice(1).map((p) => p.path.join("."))).toEqual([
      "skills.Active Listening",
      "skills.Reading Comprehension",
      "skills.Social Perceptiveness",
    ]);
  });

  it("education and experience are required where the occupation lists them", () => {
    const checked = checkOccupationAnswers({ skills: CLERK_ANSWERS.skills }, q, reference);
    expect(checked.ok).toBe(false);
    expect((checked as { problems: { path: string[]; message: string }[] }).problems).toEqual([
      { path: ["education"], message: "not answered: give the education you have, by number or words of its label" },
      { path: ["experience"], message: "not answered: give the experience you have, by number or words of its label" },
    ]);
  });
});

describe("the result", () => {
  it("Tide Clerks: readiness is the skill fit, gaps weighted by importance", () => {
    const r = assess("Tide Clerks", CLERK_ANSWERS);
    // met: Active Listening 3/4 = .75, Speaking 4 of 3.5 = 1, Reading 3/3 = 1, Social 1/3
    // fit = (4 x .75 + 4 x 1 + 3.5 x 1 + 3 x 1/3) / (4 + 4 + 3.5 + 3) = 11.5 / 14.5 = 79.3% -> 79, nearly ready (70-84)
    expect(r.readiness).toBe(79);
    expect(r.band).toBe("nearly-ready");
    expect(r.skills.map((s) => [s.name, s.have, s.met])).toEqual([
      ["Active Listening", 3, 0.75],
      ["Speaking", 4, 1],
      ["Reading Comprehension", 3, 1],
      ["Social Perceptiveness", 1, 0.33],
    ]);
    // Social: gap 3 - 1 = 2, x 3 = 6; Active Listening: gap 1, x 4 = 4
    expect(r.gaps.map((g) => [g.name, g.gap, g.weighted])).toEqual([
      ["Social Perceptiveness", 2, 6],
      ["Active Listening", 1, 4],
    ]);
    expect(r.transferable.map((t) => t.name)).toEqual(["Speaking", "Reading Comprehension"]);
  });

  it("education and experience: the share of workers whose requirement is at or below yours", () => {
    const r = assess("Tide Clerks", CLERK_ANSWERS);
    // education: high school (2) -> 60 of 100; experience: 2 -> 30 + 20 = 50
    expect(r.education).toEqual({ category: 2, label: "High School Diploma", share: 60 });
    expect(r.experience).toEqual({ category: 2, label: "Experience 2", share: 50 });
    expect(r.categories).toEqual([
      { id: "skills", score: 79 },
      { id: "education", score: 60 },
      { id: "experience", score: 50 },
    ]);
    // 60% hold a requirement at or below yours: most do not need more, no education advice
    expect(r.advice.education).toBeNull();
  });

  it("less than any listed: 0%, and the advice names the most common requirement above yours", () => {
    const r = assess("Tide Clerks", { ...CLERK_ANSWERS, education: "none of these" });
    expect(r.education).toMatchObject({ category: BELOW, share: 0 });
    // above: everyone (100%); most common above: high school, 60%
    expect(r.advice.education).toEqual({ above: 100, common: { category: 2, label: "High School Diploma", percent: 60 } });
  });

  it("Tide Clerks with these answers: no related occupation fits better", () => {
    // On the whole fit (0.9 x coverage + 0.1 x use): Tide Clerks 0.9 x 79.3% + 0.1 = 81.4%; Harbour Greeters:
    // coverage (2.5/2.5 x 3 + .75 x 4 + 1 x 4.5 + 1/3.5 x 3.5) / 15 = 76.7%, use 1: 79% < 81.4%;
    // Tide Desk Leads 0.9 x 44.9% + 0.1 = 50.4%, Tide Analysts 0.9 x 56.9% + 0.1 x 10/11 = 60.3%;
    // Shell Sorters: nothing matters (importance < 3), fit 0
    expect(assess("Tide Clerks", CLERK_ANSWERS).advice.steppingStones).toEqual([]);
  });

  it("Tide Desk Leads, every skill at 3: Tide Clerks is a stepping stone", () => {
    const skills = everySkillAt("Tide Desk Leads", 3);
    expect(Object.keys(skills)).toEqual(DESK_LEAD_SKILLS);
    const r = assess("Tide Desk Leads", { skills, education: 2, experience: "experience 6" });
    // Desk Leads: (4 x 3/4.5 x 2 + 4 x 3/4 + 3.5 x 3/4 x 3) / 22.5 = (5.333 + 3 + 7.875) / 22.5 = 72.0%
    expect(r.readiness).toBe(72);
    // Stepping stones are measured by the whole fit, coverage and use (0.9 and 0.1): Desk Leads itself
    // 0.9 x 72.04% + 0.1 x 18/18 = 74.8%; Tide Clerks: coverage (3.5 x 1 + 4 x 3/4 + 4 x 3/3.5 + 3 x 1) / 14.5
    // = 89.2%, use 12 of the 18 levels rated (the four skills it needs): 0.9 x 89.2% + 0.1 x 2/3 = 86.9%;
    // Tide Office Managers: 0.9 x 16.1 / 25.5 + 0.1 = 66.8%, below
    expect(r.advice.steppingStones).toEqual([
      {
        id: "tide-clerks",
        code: "91-3011.00",
        title: "Tide Clerks",
        source: "onet",
        tier: "Primary-Long",
        fit: 87,
        // the median as every command gives it: money a year, from the OEWS release of the data set
        median: { amount: 38000, currency: "USD", period: "year", source: "BLS OEWS", asOf: "May 2099" },
        jobZone: 2,
      },
    ]);
    // education: high school, 40% at or below; 60% need more, most often some college (30) tied with
    // a bachelor's (30): the lower one
    expect(r.education!.share).toBe(40);
    expect(r.advice.education).toEqual({ above: 60, common: { category: 4, label: "Some College Courses", percent: 30 } });
    // experience 6: 20 + 50 = 70
    expect(r.experience!.share).toBe(70);
  });
});

describe("the questions, from data the harbour-town tables do not show", () => {
  it("a skill the reference does not know keeps its rating's name and has no examples; examples lowest first", () => {
    const partial: Reference = {
      scales: {},
      elements: {
        "2.A.1.b": {
          name: "Listening",
          description: "Hearing others out.",
          anchors: [
            { value: 6, text: "six" },
            { value: 2, text: "two" },
            { value: 4, text: "four" },
          ],
        },
        "2.A.1.d": { name: "Speaking", description: "" },
      },
    };
    const skills = [
      { element: "2.A.1.a", name: "Reading Comprehension", importance: 4, level: 3 },
      { element: "2.A.1.b", name: "Active Listening", importance: 3.5, level: 4 },
      { element: "2.A.1.d", name: "Speaking", importance: 3, level: 3 },
      // important, but O*NET marks no level needed: not asked
      { element: "2.B.1.a", name: "Social Perceptiveness", importance: 4.5, level: 0 },
    ];
    const q = occupationQuestionnaire(row(0), { skills, education: null }, partial, model.occupations);
    expect(q.skills.map((s) => [s.name, s.description, s.anchors.map((a) => a.value)])).toEqual([
      ["Reading Comprehension", undefined, []],
      ["Listening", "Hearing others out.", [2, 4, 6]],
      ["Speaking", undefined, []],
    ]);
  });

  it("no skills or education data: nothing asked, and the template holds no education or experience", () => {
    const q = occupationQuestionnaire(row(0), { skills: null, education: null }, reference, model.occupations);
    expect([q.skills, q.education, q.experience]).toEqual([[], null, null]);
    expect(Object.keys(occupationTemplate(q))).toEqual(["occupation", "skills"]);
  });

  it("categories: lowest first, a share of 0 not listed", () => {
    const share = (category: number, percent: number) => ({ category, label: `c${category}`, percent });
    // category 1 at 0% is not listed, so the lowest listed is 2 and "none of these" is offered
    expect(categoryChoices([share(4, 30), share(1, 0), share(2, 70)])).toEqual([
      { category: BELOW, label: "None of these / less", percent: 0 },
      { category: 2, label: "c2", percent: 70 },
      { category: 4, label: "c4", percent: 30 },
    ]);
    expect(categoryChoices(null)).toBeNull();
  });
});

describe("answers: how a category is named", () => {
  const clerks = () => questions("Tide Clerks").education!;
  // Tide Clerks offer "none of these", 2 High School Diploma, 4 Some College Courses, 5 Associate's Degree
  const offer = `one of "none of these", 2 (High School Diploma), 4 (Some College Courses), 5 (Associate's Degree)`;

  it("the first letters of a label's words; every word given must fit the one label", () => {
    expect(resolveCategory("assoc", clerks())).toBe(5);
    // "college" fits 4 and "degree" 5, but no label both
    expect(resolveCategory("college degree", clerks())).toEqual({ problem: `"college degree" is not ${offer}` });
  });

  it("a whole label, even where its words fit another label too", () => {
    // Shell Sorters list 1 (Less than a High School Diploma) and 2 (High School Diploma)
    expect(resolveCategory("High School Diploma", questions("Shell Sorters").education!)).toBe(2);
  });

  it("'none' and 'less' for 'none of these' where it is offered, not other words of it; not where it is not", () => {
    expect(resolveCategory("none", clerks())).toBe(BELOW);
    expect(resolveCategory("less", clerks())).toBe(BELOW);
    // a word of that label suggests it, but is not taken for it
    expect(resolveCategory("these", clerks())).toEqual({ problem: `"these" is not ${offer}. Did you mean "None of these / less"?` });
    expect(resolveCategory("none", questions("Shell Sorters").education!)).toMatchObject({
      problem: expect.stringMatching(/^"none" is not one of 1 \(Less than a High School Diploma\), 2 /),
    });
  });

  it("only digits are a category's number; words without letters fit nothing", () => {
    expect(resolveCategory("12", clerks())).toEqual({ problem: `category 12 is not ${offer}` });
    expect(resolveCategory("2nd", clerks())).toEqual({ problem: `"2nd" is not ${offer}` });
    expect(resolveCategory("grade 2", clerks())).toEqual({ problem: `"grade 2" is not ${offer}` });
    // "?" normalizes to no words at all: no label is guessed, and nothing is near enough to suggest
    expect(resolveCategory("?", clerks())).toEqual({ problem: `"?" is not ${offer}` });
  });

  it("a near miss is suggested", () => {
    expect(resolveCategory("High Scool Diploma", clerks())).toEqual({
      problem: `"High Scool Diploma" is not ${offer}. Did you mean "High School Diploma"?`,
    });
  });

  it("an education not offered is a problem of the answers", () => {
    const checked = checkOccupationAnswers({ ...CLERK_ANSWERS, education: "doctorate" }, questions("Tide Clerks"), reference);
    expect(checked.ok).toBe(false);
    const problems = (checked as { problems: { path: string[]; message: string }[] }).problems;
    expect(problems.map((p) => [p.path, p.message.slice(0, 18)])).toEqual([[["education"], '"doctorate" is not']]);
  });
});

describe("the result, in the less common cases", () => {
  it("an occupation without education data: neither asked nor scored", () => {
    const place = placeOf("Tide Clerks");
    const q = occupationQuestionnaire(row(place), { ...details(place), education: null }, reference, model.occupations);
    const r = assessWith(q, place, { skills: CLERK_ANSWERS.skills });
    expect([r.education, r.experience, r.advice.education]).toEqual([null, null, null]);
    expect(r.categories).toEqual([{ id: "skills", score: 79 }]); // as in "Tide Clerks: readiness is the skill fit"
  });

  it("half the workers at or below your education is not yet 'most need more'", () => {
    // Lighthouse Tour Guides: 50% high school (2), 50% some college (4); high school held: 50
    const r = assess("Lighthouse Tour Guides", { skills: everySkillAt("Lighthouse Tour Guides", 3), education: 2, experience: 1 });
    expect(r.education!.share).toBe(50);
    expect(r.advice.education).toBeNull();
  });

  it("the advice names the most common requirement above yours, not the lowest", () => {
    // Tide Office Managers: 4 (20%), 6 (60%), 8 (20%); less than any held: 0 at or below, 6 the most common above
    const r = assess("Tide Office Managers", { skills: everySkillAt("Tide Office Managers", 3), education: "none", experience: 6 });
    expect(r.advice.education).toEqual({ above: 100, common: { category: 6, label: "Bachelor's Degree", percent: 60 } });
  });

  describe("stepping stones, over six occupations needing one skill", () => {
    // Each needs Reading Comprehension at importance 4, at these levels; you have 2. Without interests a fit is
    // 0.9 x coverage (2 / level, at most 1) + 0.1 x use (1: the one level you rate is needed):
    // A 0.9 x 1/3 + 0.1 = 40%, B 100%, C 0.9 x 2/3 + 0.1 = 70%, D 0.9 x 1/2 + 0.1 = 55%, E 40% (as A), F 0.9 x 2/5 + 0.1 = 46%
    const levels = [6, 2, 3, 4, 6, 5];
    const titles = ["A", "B", "C", "D", "E", "F"];
    const small: StoredRatings = {
      format: 2,
      elements: ["2.A.1.a"],
      importance: levels.map(() => [4]),
      level: levels.map((l) => [l]),
      interests: levels.map(() => null),
      related: [
        [
          [1, "Primary-Short"],
          [2, "Primary-Short"],
          [3, "Primary-Long"],
          [4, "Supplemental"],
          [5, "Supplemental"],
        ],
        [],
        [],
        [],
        // E: itself, A (as good a fit) and F
        [
          [4, "Primary-Short"],
          [0, "Primary-Short"],
          [5, null],
        ],
        [],
      ],
    };
    const smallRow = (i: number): IndexRow => ({ ...row(0), id: titles[i]!.toLowerCase(), title: titles[i]!, median: null, jobZone: null });
    const stonesOf = (place: number) => {
      const skills = [{ element: "2.A.1.a", name: "Reading Comprehension", importance: 4, level: levels[place]! }];
      const q = occupationQuestionnaire(smallRow(place), { skills, education: null }, reference, model.occupations);
      const data = { model: { ...model, occupations: TEST_SCALE_MODEL }, ratings: small, row: smallRow };
      return assessWith(q, place, { skills: { "Reading Comprehension": 2 } }, data).advice.steppingStones;
    };

    it("those that fit better, best first, at most the model's three", () => {
      // B, C, D and F fit better than A's 40%: F, the fourth, is left out
      expect(stonesOf(0).map((s) => [s.title, s.fit, s.tier])).toEqual([
        ["B", 100, "Primary-Short"],
        ["C", 70, "Primary-Short"],
        ["D", 55, "Primary-Long"],
      ]);
    });

    it("not one that fits only as well, nor the occupation itself", () => {
      expect(stonesOf(4).map((s) => [s.id, s.fit, s.tier, s.median, s.jobZone])).toEqual([["f", 46, null, null, null]]);
    });
  });
});
