/**
 * The quick profile of `careers match`: driven through its override with scripted answers, and once on
 * inquirer's virtual screen with the real rating and confirm prompts.
 */
import confirm from "@inquirer/confirm";
import { screen, wrapPrompt } from "@inquirer/testing/vitest";
import { describe, expect, it } from "vitest";
import { askProfile, type MatchPrompts, type SkillQuestion, skillLevels } from "../../src/prompts/match.js";
import rating, { type RatingConfig } from "../../src/prompts/rating.js";
import type { InterestInfo } from "../../src/schema/occupation.js";

const SKILLS: SkillQuestion[] = [
  {
    id: "2.A.1.a",
    name: "Reading Comprehension",
    description: "Understanding written sentences.",
    anchors: [
      { value: 2, text: "Read a tide table" },
      { value: 4, text: "Read a harbour bylaw" },
      { value: 6, text: "Read a maritime law treaty" },
    ],
  },
  {
    id: "2.A.1.b",
    name: "Active Listening",
    description: "Giving full attention.",
    anchors: [{ value: 4, text: "Answer a captain's berth questions" }],
  },
];
const INTERESTS: InterestInfo[] = ["Realistic", "Investigative", "Artistic", "Social", "Enterprising", "Conventional"].map((name) => ({
  code: name[0]!,
  name,
  description: `${name} work.`,
  keywords: [`${name.toLowerCase()}-action`, `${name.toLowerCase()}-object`],
}));

/** Prompts that answer from a script and keep what they were asked. */
function scripted(ratings: number[], yes: boolean) {
  const asked: RatingConfig[] = [];
  const confirms: string[] = [];
  const prompts: MatchPrompts = {
    rating: async (c) => {
      asked.push(c);
      const next = ratings.shift();
      if (next === undefined) throw new Error("asked more than scripted");
      return next;
    },
    confirm: async (c) => {
      confirms.push(c.message);
      expect(c.default).toBe(false);
      return yes;
    },
  };
  return { prompts, asked, confirms };
}

describe("skillLevels", () => {
  it("gives the eight levels 0-7, O*NET's examples where it has them", () => {
    const levels = skillLevels(SKILLS[0]!.anchors);
    expect(levels.map((l) => l.value)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(levels.map((l) => l.example)).toEqual([
      "I have not done this.",
      "",
      "Read a tide table",
      "",
      "Read a harbour bylaw",
      "",
      "Read a maritime law treaty",
      "",
    ]);
  });
});

describe("askProfile", () => {
  it("asks every skill with its anchors; no interests when declined", async () => {
    const s = scripted([3, 5], false);
    const profile = await askProfile(SKILLS, INTERESTS, { prompts: s.prompts, width: 79 });
    expect(profile).toEqual({ levels: { "2.A.1.a": 3, "2.A.1.b": 5 } });
    expect(s.asked.map((c) => c.message.split("\n")[0])).toEqual([
      "Skills 1 of 2 · Reading Comprehension",
      "Skills 2 of 2 · Active Listening",
    ]);
    expect(s.asked[1]!.levels.find((l) => l.value === 4)!.example).toBe("Answer a captain's berth questions");
    expect(s.confirms).toHaveLength(1);
    expect(s.confirms[0]).toContain("Rate your interests too?");
  });

  it("asks the six interests 1-7 with their description and keywords when accepted", async () => {
    const s = scripted([2, 2, 1, 2, 3, 7, 5, 6], true);
    const profile = await askProfile(SKILLS, INTERESTS, { prompts: s.prompts, width: 79 });
    expect(profile).toEqual({ levels: { "2.A.1.a": 2, "2.A.1.b": 2 }, interests: { R: 1, I: 2, A: 3, S: 7, E: 5, C: 6 } });
    const social = s.asked[5]!;
    expect(social.message).toContain("Interests 4 of 6 · Social\nSocial work.\nKeywords: social-action, social-object");
    expect(social.levels.map((l) => l.value)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it("asks no interests where the data set has no descriptions of them", async () => {
    const s = scripted([1, 1], true);
    expect(await askProfile(SKILLS, undefined, { prompts: s.prompts })).toEqual({ levels: { "2.A.1.a": 1, "2.A.1.b": 1 } });
    expect(s.confirms).toEqual([]);
  });

  it("Ctrl-C is the cancelled error", async () => {
    const exit = Object.assign(new Error("User force closed the prompt"), { name: "ExitPromptError" });
    const prompts: MatchPrompts = { rating: () => Promise.reject(exit), confirm: async () => false };
    await expect(askProfile(SKILLS, INTERESTS, { prompts })).rejects.toMatchObject({ kind: "cancelled" });
  });
});

describe("on screen", () => {
  it("the levels with O*NET's examples, a number key picks a level, then the question about interests", async () => {
    const prompts: MatchPrompts = { rating: wrapPrompt(rating), confirm: wrapPrompt(confirm) };
    const answers = askProfile(SKILLS, INTERESTS, { prompts, width: 79 });
    const first = screen.getScreen();
    expect(first).toContain("Skills 1 of 2 · Reading Comprehension");
    expect(first).not.toContain("❯"); // it starts on no answer
    expect(first).toMatch(/4\s+Read a harbour bylaw/);
    expect(first).toContain("7");
    screen.type("4");
    expect(screen.getScreen()).toMatch(/❯ 4\s+Read a harbour bylaw/);
    screen.keypress("enter");
    await screen.next();
    // the next skill starts on no answer too: Enter alone answers nothing
    expect(screen.getScreen()).not.toContain("❯");
    screen.keypress("enter");
    expect(screen.getScreen()).toContain("Pick a level first: 0-7 or ↑↓");
    expect(screen.getScreen()).toContain("Skills 2 of 2 · Active Listening");
    screen.keypress("down"); // the first level, 0
    expect(screen.getScreen()).toContain("❯ 0 none  I have not done this.");
    screen.type("4");
    screen.keypress("enter");
    await screen.next();
    expect(screen.getScreen()).toContain("Rate your interests too?");
    screen.keypress("enter"); // no, the default
    await expect(answers).resolves.toEqual({ levels: { "2.A.1.a": 4, "2.A.1.b": 4 } });
  });
});
