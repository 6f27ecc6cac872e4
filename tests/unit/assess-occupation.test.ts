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
import { SCALE_ELEMENT_IDS, SCALE_ELEMENTS, SCALE_OCCUPATIONS } from "../helpers/scale-fixture.js";

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
const assess = (title: string, answers: Parameters<typeof checkOccupationAnswers>[0]) => {
  const q = questions(title);
  const checked = checkOccupationAnswers(answers, q, reference);
  if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
  return assessOccupation({ q, answers: checked.answers, model, ratings, place: placeOf(title), row, reference });
};

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
    expect(problems.slice(1).map((p) => p.path.join("."))).toEqual([
      "skills.Active Listening",
      "skills.Reading Comprehension",
      "skills.Social Perceptiveness",
    ]);
  });

  it("education and experience are required where the occupation lists them", () => {
    const checked = checkOccupationAnswers({ skills: CLERK_ANSWERS.skills }, q, reference);
    expect(checked.ok).toBe(false);
    expect((checked as { problems: { path: string[] }[] }).problems.map((p) => p.path[0])).toEqual(["education", "experience"]);
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
    const skills = Object.fromEntries(questions("Tide Desk Leads").skills.map((s) => [s.name, 3]));
    expect(Object.keys(skills)).toEqual(DESK_LEAD_SKILLS);
    const r = assess("Tide Desk Leads", { skills, education: 2, experience: "experience 6" });
    // Desk Leads: (4 x 3/4.5 x 2 + 4 x 3/4 + 3.5 x 3/4 x 3) / 22.5 = (5.333 + 3 + 7.875) / 22.5 = 72.0%
    expect(r.readiness).toBe(72);
    // Stepping stones are measured by the whole fit, coverage and use (0.9 and 0.1): Desk Leads itself
    // 0.9 x 72.04% + 0.1 x 18/18 = 74.8%; Tide Clerks: coverage (3.5 x 1 + 4 x 3/4 + 4 x 3/3.5 + 3 x 1) / 14.5
    // = 89.2%, use 12 of the 18 levels rated (the four skills it needs): 0.9 x 89.2% + 0.1 x 2/3 = 86.9%;
    // Tide Office Managers: 0.9 x 16.1 / 25.5 + 0.1 = 66.8%, below
    expect(r.advice.steppingStones).toEqual([
      { id: "tide-clerks", code: "91-3011.00", title: "Tide Clerks", tier: "Primary-Long", fit: 87, median: { amount: 38000 }, jobZone: 2 },
    ]);
    // education: high school, 40% at or below; 60% need more, most often some college (30) tied with
    // a bachelor's (30): the lower one
    expect(r.education!.share).toBe(40);
    expect(r.advice.education).toEqual({ above: 60, common: { category: 4, label: "Some College Courses", percent: 30 } });
    // experience 6: 20 + 50 = 70
    expect(r.experience!.share).toBe(70);
  });
});
