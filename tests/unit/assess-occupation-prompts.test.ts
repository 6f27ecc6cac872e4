/** The assess <occupation> conversation driven through inquirer's own test harness (a virtual screen and keyboard). */
import { screen, wrapPrompt } from "@inquirer/testing/vitest";
import { describe, expect, it, vi } from "vitest";
import { BELOW, type OccupationQuestionnaire } from "../../src/core/assess/occupation.js";
import { inquirerPrompts } from "../../src/prompts/assess.js";
import { askOccupation, levelsWithAnchors } from "../../src/prompts/occupation.js";

vi.mock("../../src/prompts/rating.js", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../src/prompts/rating.js")>();
  return { ...actual, default: wrapPrompt(actual.default) };
});

const WIDTH = 79;
const fits = (text: string) => text.split("\n").every((l) => [...l].length <= WIDTH);

const anchors = (a: string, b: string, c: string) => [
  { value: 2, text: a },
  { value: 4, text: b },
  { value: 6, text: c },
];

const q: OccupationQuestionnaire = {
  occupation: { id: "tide-clerks", code: "91-3011.00", title: "Tide Clerks" },
  skills: [
    {
      element: "2.A.1.b",
      name: "Active Listening",
      kind: "skill",
      importance: 4,
      level: 4,
      description: "Giving full attention to what other people are saying.",
      anchors: anchors(
        "Take a customer's order",
        "Answer inquiries regarding credit references",
        "Serve as a judge in a complex legal disagreement",
      ),
    },
    {
      element: "2.A.1.d",
      name: "Speaking",
      kind: "skill",
      importance: 4,
      level: 3.5,
      anchors: anchors("Call out the next ferry", "Brief the dock crew", "Argue a case"),
    },
  ],
  education: [
    { category: BELOW, label: "None of these / less", percent: 0 },
    { category: 2, label: "High School Diploma", percent: 60 },
    { category: 4, label: "Some College Courses", percent: 25 },
  ],
  experience: [
    { category: 1, label: "None", percent: 30 },
    { category: 2, label: "Up to and including 1 month", percent: 70 },
  ],
};

describe("askOccupation", () => {
  it("rates each skill 0-7 with its anchors as the examples, then education and experience", async () => {
    const prompts = await inquirerPrompts();
    const answers = askOccupation(prompts, q, { width: WIDTH });
    const first = screen.getScreen();
    expect(first).toContain("Skills 1 of 2 · Active Listening (importance 4 of 5; needed at level 4)");
    expect(first).toContain("Giving full attention to what other people are saying.");
    // the eight levels at once, the anchors at their levels
    expect(first).toMatch(/2 +Take a customer's order/);
    expect(first).toMatch(/4 +Answer inquiries regarding credit references/);
    expect(first).toMatch(/6 +Serve as a judge in a complex legal disagreement/);
    expect(first).toMatch(/^ {2}7\s*$/m);
    expect(first).toContain("0-7 pick");
    expect(fits(first)).toBe(true);
    expect(first).not.toContain("❯"); // it starts on no answer
    screen.keypress("enter"); // Enter alone answers nothing
    expect(screen.getScreen()).toContain("Skills 1 of 2 · Active Listening");
    expect(screen.getScreen()).toContain("Pick a level first: 0-7 or ↑↓");
    screen.type("3");
    screen.keypress("enter");
    await screen.next();
    expect(screen.getScreen()).toContain("Skills 2 of 2 · Speaking");
    expect(screen.getScreen()).not.toContain("❯"); // the next starts on no answer too
    screen.type("5");
    screen.keypress("enter");
    await screen.next();
    expect(screen.getScreen()).toContain("The highest of these you have");
    expect(screen.getScreen()).toContain("High School Diploma (60% of workers)");
    expect(screen.getScreen()).toContain("None of these / less");
    screen.keypress("down"); // none of these -> high school
    screen.keypress("enter");
    await screen.next();
    expect(screen.getScreen()).toContain("Your related work experience");
    screen.keypress("enter"); // None
    await expect(answers).resolves.toEqual({
      occupation: "tide-clerks",
      skills: { "2.A.1.b": 3, "2.A.1.d": 5 },
      education: 2,
      experience: 1,
    });
  });

  it("'none of these' is answered in words an answers file takes", async () => {
    const prompts = await inquirerPrompts();
    const answers = askOccupation(prompts, { ...q, skills: [q.skills[1]!], experience: null }, { width: WIDTH });
    screen.keypress("down"); // from no answer to the first level, 0
    screen.keypress("down");
    screen.keypress("enter");
    await screen.next();
    screen.keypress("enter"); // the first choice: none of these
    await expect(answers).resolves.toEqual({ occupation: "tide-clerks", skills: { "2.A.1.d": 1 }, education: "none of these" });
  });

  it("Ctrl-C is the cancelled error", async () => {
    const prompts = await inquirerPrompts();
    const answers = askOccupation(prompts, q, { width: WIDTH });
    screen.keypress({ name: "c", ctrl: true });
    await expect(answers).rejects.toMatchObject({ kind: "cancelled" });
  });

  it("levels without an anchor have no example", () => {
    expect(levelsWithAnchors([{ value: 2, text: "x" }]).map((l) => [l.value, l.example])).toEqual([
      [0, ""],
      [1, ""],
      [2, "x"],
      [3, ""],
      [4, ""],
      [5, ""],
      [6, ""],
      [7, ""],
    ]);
  });
});
