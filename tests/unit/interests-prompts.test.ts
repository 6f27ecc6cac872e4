/**
 * The interests quiz in the terminal: driven through its override with scripted answers, and on
 * inquirer's virtual screen with the project's rating prompt (like / not sure / dislike).
 */
import { screen, wrapPrompt } from "@inquirer/testing/vitest";
import { describe, expect, it } from "vitest";
import type { QuizQuestion } from "../../src/core/interests.js";
import { askQuiz, QUIZ_LEVELS, type QuizPrompts } from "../../src/prompts/interests.js";
import rating, { type RatingConfig } from "../../src/prompts/rating.js";

const QUESTIONS: QuizQuestion[] = [
  { id: "1.B.1.a.1", text: "Mend a fishing net.", illustrates: "Realistic" },
  { id: "1.B.1.d.1", text: "Teach children to swim.", illustrates: "Social" },
  { id: "1.B.3.b.1", text: "Guide visitors round the harbour.", illustrates: "Harbour Tours: Social, Enterprising" },
];

describe("askQuiz", () => {
  it("asks each activity in order, 1 like, 2 not sure, 3 dislike, and never says what it illustrates", async () => {
    const asked: RatingConfig[] = [];
    const script = [1, 3, 2];
    const prompts: QuizPrompts = {
      rating: async (c) => {
        asked.push(c);
        return script.shift()!;
      },
    };
    const answers = await askQuiz(QUESTIONS, { prompts, width: 79 });
    expect(answers).toEqual({ "1.B.1.a.1": "like", "1.B.1.d.1": "dislike", "1.B.3.b.1": "unsure" });
    expect(asked.map((c) => c.message)).toEqual([
      "Activity 1 of 3 · Mend a fishing net.\nWould you like doing this?",
      "Activity 2 of 3 · Teach children to swim.\nWould you like doing this?",
      "Activity 3 of 3 · Guide visitors round the harbour.\nWould you like doing this?",
    ]);
    expect(asked.every((c) => !c.message.includes("Social") && c.width === 79)).toBe(true);
    expect(QUIZ_LEVELS.map((l) => `${l.value} ${l.id}`)).toEqual(["1 like", "2 not sure", "3 dislike"]);
  });

  it("Ctrl-C is the cancelled error", async () => {
    const exit = Object.assign(new Error("User force closed the prompt"), { name: "ExitPromptError" });
    await expect(askQuiz(QUESTIONS, { prompts: { rating: () => Promise.reject(exit) } })).rejects.toMatchObject({ kind: "cancelled" });
  });
});

describe("on screen", () => {
  it("the three answers at once, starting on none; a number key picks; Enter alone answers nothing", async () => {
    const answers = askQuiz(QUESTIONS, { prompts: { rating: wrapPrompt(rating) }, width: 79 });
    const first = screen.getScreen();
    expect(first).toContain("Activity 1 of 3 · Mend a fishing net.");
    for (const l of ["1 like", "2 not sure", "3 dislike"]) expect(first).toContain(l);
    expect(first).not.toContain("❯");
    screen.keypress("enter");
    expect(screen.getScreen()).toContain("Pick a level first: 1-3 or ↑↓");
    screen.type("1");
    expect(screen.getScreen()).toContain("❯ 1 like");
    screen.keypress("enter");
    await screen.next();
    expect(screen.getScreen()).toContain("Activity 2 of 3 · Teach children to swim.");
    screen.keypress("up"); // from none: the last, dislike
    expect(screen.getScreen()).toContain("❯ 3 dislike");
    screen.keypress("enter");
    await screen.next();
    screen.type("2");
    screen.keypress("enter");
    await expect(answers).resolves.toEqual({ "1.B.1.a.1": "like", "1.B.1.d.1": "dislike", "1.B.3.b.1": "unsure" });
  });

  it("Ctrl-C on screen: cancelled", async () => {
    const answers = askQuiz(QUESTIONS, { prompts: { rating: wrapPrompt(rating) }, width: 79 });
    screen.keypress({ name: "c", ctrl: true });
    await expect(answers).rejects.toMatchObject({ kind: "cancelled" });
  });
});
