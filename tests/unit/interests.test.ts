/**
 * The interests quiz's scoring (src/core/interests.ts), worked by hand over a small set of activities:
 * two general activities of each type and two basic interests (Boat Repair: R; Harbour Tours: S and E),
 * as the harbour-town release of tests/helpers/scale-fixture.ts has them, with the shipped model
 * (like 2, not sure 1, dislike 0; general and basic weigh 1; the scale 1-7).
 */
import { describe, expect, it } from "vitest";
import {
  highPoints,
  type InterestScore,
  interestsArgument,
  QUIZ_BASIS,
  type QuizAnswer,
  quizAnswer,
  quizOrder,
  quizQuestions,
  quizResult,
  quizTemplate,
  resolveActivity,
  resolveQuizAnswers,
  scoreQuiz,
} from "../../src/core/interests.js";
import type { InterestsQuizModel } from "../../src/schema/assessment.js";
import type { InterestActivity, InterestInfo } from "../../src/schema/occupation.js";
import { loadShippedModel } from "../helpers/model.js";

const TYPES = ["Realistic", "Investigative", "Artistic", "Social", "Enterprising", "Conventional"];
const general = (k: number, n: number, text: string): InterestActivity => ({
  id: `1.B.1.${"abcdef"[k]}.${n}`,
  element: `1.B.1.${"abcdef"[k]}`,
  name: TYPES[k]!,
  type: "general",
  text,
  riasec: [TYPES[k]![0]!],
});
const ACTIVITIES: InterestActivity[] = [
  general(0, 1, "Mend a fishing net."),
  general(0, 2, "Paint a lighthouse."),
  general(1, 1, "Measure the tides."),
  general(1, 2, "Study harbour seals."),
  general(2, 1, "Carve a ship's figurehead."),
  general(2, 2, "Write sea shanties."),
  general(3, 1, "Teach children to swim."),
  general(3, 2, "Help sailors find lodging."),
  general(4, 1, "Run a fish market stall."),
  general(4, 2, "Sell ferry tours."),
  general(5, 1, "Keep the harbour log."),
  general(5, 2, "File berth permits."),
  { id: "1.B.3.a.1", element: "1.B.3.a", name: "Boat Repair", type: "basic", text: "Fix a boat engine.", riasec: ["R"] },
  { id: "1.B.3.a.2", element: "1.B.3.a", name: "Boat Repair", type: "basic", text: "Patch a hull.", riasec: ["R"] },
  {
    id: "1.B.3.b.1",
    element: "1.B.3.b",
    name: "Harbour Tours",
    type: "basic",
    text: "Guide visitors round the harbour.",
    riasec: ["S", "E"],
  },
  { id: "1.B.3.b.2", element: "1.B.3.b", name: "Harbour Tours", type: "basic", text: "Plan a harbour festival.", riasec: ["S", "E"] },
];
const INFO: InterestInfo[] = TYPES.map((name) => ({ code: name[0]!, name, description: `${name} work.`, keywords: [] }));
const MODEL: InterestsQuizModel = loadShippedModel().interestsQuiz;

/** Every activity answered `rest`, the ids given answered otherwise. */
const answering = (rest: QuizAnswer, given: Record<string, QuizAnswer> = {}): Record<string, QuizAnswer> => ({
  ...Object.fromEntries(ACTIVITIES.map((a) => [a.id, rest])),
  ...given,
});
const byCode = (scores: readonly InterestScore[]) => Object.fromEntries(scores.map((s) => [s.code, s.score]));

describe("the shipped model", () => {
  it("values like 2, not sure 1, dislike 0; general and basic weigh alike; O*NET's 1-7", () => {
    expect(MODEL).toEqual({ answers: { like: 2, unsure: 1, dislike: 0 }, weights: { general: 1, basic: 1 }, scale: { min: 1, max: 7 } });
  });
});

describe("quizAnswer", () => {
  it("takes the words and the numbers, in any case and spacing", () => {
    expect(["like", "LIKE", 2, "2"].map(quizAnswer)).toEqual(["like", "like", "like", "like"]);
    expect(["not sure", "Not  Sure", "unsure", 1].map(quizAnswer)).toEqual(["unsure", "unsure", "unsure", "unsure"]);
    expect(["dislike", 0, "0"].map(quizAnswer)).toEqual(["dislike", "dislike", "dislike"]);
    expect(["maybe", 3, "", "likes"].map(quizAnswer)).toEqual([null, null, null, null]);
  });
});

describe("quizOrder", () => {
  it("the first activity of each interest, then the second of each, keeping the release's order", () => {
    expect(quizOrder(ACTIVITIES).map((a) => a.id)).toEqual([
      ...["1.B.1.a.1", "1.B.1.b.1", "1.B.1.c.1", "1.B.1.d.1", "1.B.1.e.1", "1.B.1.f.1", "1.B.3.a.1", "1.B.3.b.1"],
      ...["1.B.1.a.2", "1.B.1.b.2", "1.B.1.c.2", "1.B.1.d.2", "1.B.1.e.2", "1.B.1.f.2", "1.B.3.a.2", "1.B.3.b.2"],
    ]);
  });

  it("an interest with more activities goes on alone once the others have run out", () => {
    const extra = { ...ACTIVITIES[0]!, id: "1.B.1.a.3", text: "Row a boat." };
    expect(quizOrder([ACTIVITIES[0]!, ACTIVITIES[1]!, extra, ACTIVITIES[2]!]).map((a) => a.id)).toEqual([
      "1.B.1.a.1",
      "1.B.1.b.1",
      "1.B.1.a.2",
      "1.B.1.a.3",
    ]);
  });
});

describe("resolveActivity and resolveQuizAnswers", () => {
  it("an activity by its id or its words, in any case", () => {
    expect(resolveActivity("1.B.3.b.2", ACTIVITIES)?.text).toBe("Plan a harbour festival.");
    expect(resolveActivity(" 1.B.3.b.2 ", ACTIVITIES)?.text).toBe("Plan a harbour festival.");
    expect(resolveActivity("plan a harbour festival", ACTIVITIES)?.id).toBe("1.B.3.b.2");
    expect(resolveActivity("Plan a parade.", ACTIVITIES)).toBeNull();
    expect(resolveActivity("1.B.3.b.9", ACTIVITIES)).toBeNull();
  });

  it("answers by id; null left out; an unknown activity named with the nearest; a bad value named", () => {
    const r = resolveQuizAnswers(
      { "1.B.1.a.1": "like", "Paint a lighthouse.": 0, "1.B.1.b.1": null, "Mend a fishing nett.": "like", "1.B.1.c.1": "maybe" },
      ACTIVITIES,
    );
    expect(r.answers).toEqual({ "1.B.1.a.1": "like", "1.B.1.a.2": "dislike" });
    expect(r.problems).toEqual([
      {
        key: "Mend a fishing nett.",
        message: '"Mend a fishing nett." is not one of the quiz\'s activities',
        suggestion: 'Did you mean "Mend a fishing net."?',
      },
      { key: "1.B.1.c.1", message: '"maybe" is not an answer', suggestion: "Answer like, not sure or dislike (or 2, 1, 0)." },
    ]);
  });

  it("an unknown activity with nothing near it gets no suggestion", () => {
    expect(resolveQuizAnswers({ zzzzzzzzzzzz: "like" }, ACTIVITIES).problems).toEqual([
      { key: "zzzzzzzzzzzz", message: '"zzzzzzzzzzzz" is not one of the quiz\'s activities' },
    ]);
  });

  it("one activity answered twice (by id and by words) must agree", () => {
    expect(resolveQuizAnswers({ "1.B.1.a.1": "like", "Mend a fishing net.": "like" }, ACTIVITIES).problems).toEqual([]);
    expect(resolveQuizAnswers({ "1.B.1.a.1": "like", "Mend a fishing net.": "dislike" }, ACTIVITIES).problems).toEqual([
      { key: "Mend a fishing net.", message: '"Mend a fishing net." is answered twice, differently' },
    ]);
  });
});

describe("scoreQuiz", () => {
  it("all liked: 7 everywhere; all disliked: 1; all not sure: the middle, 4", () => {
    expect(byCode(scoreQuiz(ACTIVITIES, answering("like"), MODEL).scores)).toEqual({ R: 7, I: 7, A: 7, S: 7, E: 7, C: 7 });
    expect(byCode(scoreQuiz(ACTIVITIES, answering("dislike"), MODEL).scores)).toEqual({ R: 1, I: 1, A: 1, S: 1, E: 1, C: 1 });
    expect(byCode(scoreQuiz(ACTIVITIES, answering("unsure"), MODEL).scores)).toEqual({ R: 4, I: 4, A: 4, S: 4, E: 4, C: 4 });
  });

  it("a basic interest's activities count towards each type it is linked to", () => {
    // Harbour Tours liked, all else disliked: S has 2 general + 2 tours = 4 activities, 2 liked:
    //   share (2 + 2) / 4 / 2 = 0.5 -> 1 + 6 x 0.5 = 4; E the same; R (2 general + 2 boat repair) none liked: 1
    const r = scoreQuiz(ACTIVITIES, answering("dislike", { "1.B.3.b.1": "like", "1.B.3.b.2": "like" }), MODEL);
    expect(byCode(r.scores)).toEqual({ R: 1, I: 1, A: 1, S: 4, E: 4, C: 1 });
    expect(r.scores.map((s) => [s.code, s.activities, s.answered])).toEqual([
      ["R", 4, 4],
      ["I", 2, 2],
      ["A", 2, 2],
      ["S", 4, 4],
      ["E", 4, 4],
      ["C", 2, 2],
    ]);
    expect(r.missing).toEqual([]);
  });

  it("mixed answers: the weighted mean, to one decimal", () => {
    // R: like, not sure (general), like, dislike (boat repair): (2 + 1 + 2 + 0) / 4 / 2 = 0.625 -> 1 + 3.75 = 4.75 -> 4.8
    // I: not sure, dislike: (1 + 0) / 2 / 2 = 0.25 -> 2.5
    const r = scoreQuiz(
      ACTIVITIES,
      answering("dislike", { "1.B.1.a.1": "like", "1.B.1.a.2": "unsure", "1.B.3.a.1": "like", "1.B.1.b.1": "unsure" }),
      MODEL,
    );
    expect(byCode(r.scores)).toMatchObject({ R: 4.8, I: 2.5 });
  });

  it("unanswered activities are left out, not counted as dislike", () => {
    // only R's first general activity answered (like), and one of each other type (dislike)
    const answers: Record<string, QuizAnswer> = { "1.B.1.a.1": "like" };
    for (const k of [1, 2, 3, 4, 5]) answers[`1.B.1.${"abcdef"[k]}.1`] = "dislike";
    const r = scoreQuiz(ACTIVITIES, answers, MODEL);
    expect(byCode(r.scores)).toEqual({ R: 7, I: 1, A: 1, S: 1, E: 1, C: 1 });
    expect(r.scores[0]).toMatchObject({ code: "R", activities: 4, answered: 1 });
  });

  it("a type none of whose activities is answered has no score and is named missing", () => {
    const answers: Record<string, QuizAnswer> = { "1.B.1.a.1": "like", "1.B.1.d.1": "like" };
    const r = scoreQuiz(ACTIVITIES, answers, MODEL);
    expect(r.scores.map((s) => s.code)).toEqual(["R", "S"]);
    expect(r.missing).toEqual(["I", "A", "E", "C"]);
  });

  it("the weights of general and basic activities, and the answers' values, come from the model", () => {
    // R with general liked, boat repair disliked: general 3, basic 1 -> (3 x 2 x 2 + 0) / (3 x 2 + 1 x 2) / 2 = 0.75 -> 5.5
    const answers = answering("dislike", { "1.B.1.a.1": "like", "1.B.1.a.2": "like" });
    const heavy = { ...MODEL, weights: { general: 3, basic: 1 } };
    expect(byCode(scoreQuiz(ACTIVITIES, answers, heavy).scores).R).toBe(5.5);
    // basic weighing 0: R is its general activities alone, both liked: 7; I has no basic activity: unchanged
    const none = { ...MODEL, weights: { general: 1, basic: 0 } };
    expect(byCode(scoreQuiz(ACTIVITIES, answers, none).scores)).toMatchObject({ R: 7, I: 1 });
    // values like 4, not sure 3, dislike 0 on a scale 0-10: R (4 + 4 + 0 + 0) / 4 / 4 = 0.5 -> 5; all not sure 7.5
    const other = { ...MODEL, answers: { like: 4, unsure: 3, dislike: 0 }, scale: { min: 0, max: 10 } };
    expect(byCode(scoreQuiz(ACTIVITIES, answers, other).scores).R).toBe(5);
    expect(byCode(scoreQuiz(ACTIVITIES, answering("unsure"), other).scores).I).toBe(7.5);
  });

  it("activities that weigh nothing do not make a score: the type is missing", () => {
    const none = { ...MODEL, weights: { general: 0, basic: 1 } };
    const r = scoreQuiz(ACTIVITIES, answering("like"), none);
    expect(r.scores.map((s) => s.code)).toEqual(["R", "S", "E"]);
    expect(r.missing).toEqual(["I", "A", "C"]);
  });
});

describe("highPoints and interestsArgument", () => {
  const s = (code: string, score: number): InterestScore => ({ code, name: code, score, activities: 1, answered: 1 });
  it("the three highest, highest first; equal scores in RIASEC order", () => {
    expect(highPoints([s("R", 2), s("I", 5), s("A", 1), s("S", 6), s("E", 5), s("C", 3)])).toBe("SIE");
    expect(highPoints([s("R", 4), s("I", 4), s("A", 4), s("S", 4), s("E", 4), s("C", 4)])).toBe("RIA");
    expect(highPoints([s("C", 4), s("R", 4)])).toBe("RC");
  });
  it("the scores as match --interests takes them, in RIASEC order", () => {
    expect(interestsArgument({ S: 7, R: 1.5, I: 2, A: 1, E: 4.4, C: 3 })).toBe("R=1.5,I=2,A=1,S=7,E=4.4,C=3");
  });
});

describe("quizQuestions and quizTemplate", () => {
  it("each activity in the order asked, with what it illustrates", () => {
    const q = quizQuestions(ACTIVITIES, INFO);
    expect(q.slice(0, 8).map((x) => [x.id, x.illustrates])).toEqual([
      ["1.B.1.a.1", "Realistic"],
      ["1.B.1.b.1", "Investigative"],
      ["1.B.1.c.1", "Artistic"],
      ["1.B.1.d.1", "Social"],
      ["1.B.1.e.1", "Enterprising"],
      ["1.B.1.f.1", "Conventional"],
      ["1.B.3.a.1", "Boat Repair: Realistic"],
      ["1.B.3.b.1", "Harbour Tours: Social, Enterprising"],
    ]);
    expect(q[0]!.text).toBe("Mend a fishing net.");
    expect(quizQuestions(ACTIVITIES, undefined)[7]!.illustrates).toBe("Harbour Tours: S, E");
  });
  it("the template: every activity, null", () => {
    const t = quizTemplate(quizQuestions(ACTIVITIES, INFO));
    expect(Object.keys(t.activities)).toHaveLength(16);
    expect(Object.values(t.activities).every((v) => v === null)).toBe(true);
    expect(Object.keys(t.activities)[6]).toBe("1.B.3.a.1");
  });
});

describe("quizResult", () => {
  const answers = answering("dislike", { "1.B.3.b.1": "like", "1.B.3.b.2": "like", "1.B.1.d.1": "like" });
  it("the six scores named, the profile, the high points, and the next commands", () => {
    const r = quizResult({ activities: ACTIVITIES, answers, model: MODEL, info: INFO, release: "98.2", saved: false });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    // S: 3 of 4 liked: (3 x 2) / 4 / 2 = 0.75 -> 5.5; E: 2 of 4 -> 4
    expect(r.result).toEqual({
      basis: QUIZ_BASIS,
      release: "98.2",
      scores: [
        { code: "R", name: "Realistic", score: 1, activities: 4, answered: 4 },
        { code: "I", name: "Investigative", score: 1, activities: 2, answered: 2 },
        { code: "A", name: "Artistic", score: 1, activities: 2, answered: 2 },
        { code: "S", name: "Social", score: 5.5, activities: 4, answered: 4 },
        { code: "E", name: "Enterprising", score: 4, activities: 4, answered: 4 },
        { code: "C", name: "Conventional", score: 1, activities: 2, answered: 2 },
      ],
      profile: { R: 1, I: 1, A: 1, S: 5.5, E: 4, C: 1 },
      highPoints: "SER",
      answered: 16,
      asked: 16,
      saved: false,
      next: ["careers match --interests R=1,I=1,A=1,S=5.5,E=4,C=1 --zone N"],
    });
    expect(QUIZ_BASIS).toContain("not the validated O*NET Interest Profiler");
  });

  it("saved: match --from-history comes first", () => {
    const r = quizResult({ activities: ACTIVITIES, answers, model: MODEL, info: INFO, release: "98.2", saved: true });
    expect(r.ok && r.result.next).toEqual([
      "careers match --from-history --zone N",
      "careers match --interests R=1,I=1,A=1,S=5.5,E=4,C=1 --zone N",
    ]);
  });

  it("names missing: the letters where they stand; answered counts only the quiz's activities", () => {
    const partial = { "1.B.1.a.1": "like", "1.B.1.d.1": "like", ghost: "like" } as Record<string, QuizAnswer>;
    expect(quizResult({ activities: ACTIVITIES, answers: partial, model: MODEL, info: INFO, release: "x", saved: false })).toEqual({
      ok: false,
      missing: ["I", "A", "E", "C"],
    });
    const all = { ...answers, ghost: "like" } as Record<string, QuizAnswer>;
    const r = quizResult({ activities: ACTIVITIES, answers: all, model: MODEL, info: undefined, release: "x", saved: false });
    expect(r.ok && [r.result.answered, r.result.scores[0]!.name]).toEqual([16, "R"]);
  });
});
