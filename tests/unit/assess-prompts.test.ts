/** The assess conversation driven through inquirer's own test harness (a virtual screen and keyboard). */
import { screen, wrapPrompt } from "@inquirer/testing/vitest";
import { describe, expect, it, vi } from "vitest";
import { buildQuestionnaire } from "../../src/core/assess/questions.js";
import { askQuestions, inquirerPrompts, pickRole } from "../../src/prompts/assess.js";
import { usableWidth, wrapAnswer, wrapMessage } from "../../src/prompts/wrap.js";
import type { Role } from "../../src/schema/role.js";
import { loadShippedModel } from "../helpers/model.js";

// the rating prompt is the project's own: it runs on the harness's screen like inquirer's
vi.mock("../../src/prompts/rating.js", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../src/prompts/rating.js")>();
  return { ...actual, default: wrapPrompt(actual.default) };
});

const model = loadShippedModel();
const role: Role = {
  id: "demo",
  title: "Demo Role",
  summary: "For prompts.",
  sources: [{ id: "g", title: "Guide" }],
  tools: {
    source: "g",
    groups: [
      { name: "Kind A", items: ["Tool One", "Tool Two"] },
      { name: "Kind B", items: [] },
    ],
  },
  level: { source: "g", title: "Demo", step: 1, years: { min: 1 }, scope: "s", focusAreas: ["f"] },
  requirements: {
    source: "g",
    skills: [
      { id: "tech-one", name: "Tech One", kind: "technical", level: 2, detail: "Why tech one matters." },
      { id: "soft-one", name: "Soft One", kind: "soft", level: 2, anchors: [{ level: 4, text: "Leads the whole team in it." }] },
    ],
    measures: [{ id: "speed", name: "Speed", unit: "u/min", min: 40, max: 50 }],
    experience: { of: "demo work" },
    education: { level: "high-school" },
    credentials: [{ id: "permit", name: "A permit", kind: "licence" }],
  },
};
const q = buildQuestionnaire(role, model, []);
const WIDTH = 79; // an 80-column terminal, less its last column

/** Every line of the screen fits the width. */
const fits = (text: string) => text.split("\n").every((l) => [...l].length <= WIDTH);

describe("the rating prompt", () => {
  it("a number key picks the level with that number, not the nth line", async () => {
    const prompts = await inquirerPrompts();
    const answers = askQuestions(prompts, q, { width: WIDTH });
    expect(screen.getScreen()).toContain("Skills 1 of 2 · Tech One (technical)");
    expect(screen.getScreen()).not.toContain("❯"); // it starts on no answer
    screen.type("2");
    expect(screen.getScreen()).toContain("❯ 2 working");
    expect(screen.getScreen()).not.toContain("❯ 1 basic");
    screen.type("0");
    expect(screen.getScreen()).toContain("❯ 0 none");
    screen.type("4");
    expect(screen.getScreen()).toContain("❯ 4 expert");
    screen.type("3");
    screen.keypress("enter");
    await screen.next();
    // the next skill starts on no answer too; its own anchor replaces the neutral example for 4
    expect(screen.getScreen()).not.toContain("❯");
    expect(screen.getScreen()).toContain("4 expert   Leads the whole team in it.");
    screen.type("2");
    screen.keypress("enter");
    await screen.next();
    screen.type("45");
    screen.keypress("enter");
    await screen.next();
    screen.type("0.5"); // years take decimals
    screen.keypress("enter");
    await screen.next();
    screen.keypress("down"); // none -> high-school
    screen.keypress("enter");
    await screen.next();
    screen.keypress("space"); // the permit
    screen.keypress("enter");
    await screen.next();
    screen.keypress("space"); // Tool One
    screen.keypress("enter");
    await expect(answers).resolves.toEqual({
      skills: { "tech-one": 3, "soft-one": 2 },
      measures: { speed: 45 },
      experienceYears: 0.5,
      education: "high-school",
      credentials: ["permit"],
      tools: ["Tool One"],
    });
  });

  it("all five levels are on screen at once, and arrows stop at the ends instead of wrapping round", async () => {
    const prompts = await inquirerPrompts();
    const answers = askQuestions(prompts, q, { width: WIDTH });
    const levels = ["0 none", "1 basic", "2 working", "3 strong", "4 expert"];
    for (const l of levels) expect(screen.getScreen()).toContain(l);
    expect(fits(screen.getScreen())).toBe(true);
    screen.keypress("up"); // from no answer: the last level
    expect(screen.getScreen()).toContain("❯ 4 expert");
    for (let i = 0; i < 6; i++) screen.keypress("up");
    expect(screen.getScreen()).toContain("❯ 0 none"); // at 0 none: stays
    expect(screen.getScreen()).not.toContain("❯ 1 basic");
    for (let i = 0; i < 6; i++) screen.keypress("down");
    expect(screen.getScreen()).toContain("❯ 4 expert");
    expect(screen.getScreen()).not.toContain("❯ 0 none");
    screen.keypress({ name: "c", ctrl: true });
    await expect(answers).rejects.toMatchObject({ kind: "cancelled" });
  });

  it("a measure left empty answers 'not measured' (null), never 0", async () => {
    const prompts = await inquirerPrompts();
    const answers = askQuestions(prompts, q, { width: WIDTH });
    for (let i = 0; i < 2; i++) {
      screen.type("1");
      screen.keypress("enter");
      await screen.next();
    }
    expect(screen.getScreen().replace(/\s+/g, " ")).toContain("leave empty if you have not measured it");
    expect(screen.getScreen()).not.toContain("(0)");
    screen.keypress("enter"); // speed: empty
    await screen.next();
    screen.keypress("enter"); // years: 0
    await screen.next();
    for (let i = 0; i < 3; i++) {
      screen.keypress("enter"); // education, credentials, tools
      if (i < 2) await screen.next();
    }
    await expect(answers).resolves.toMatchObject({ measures: { speed: null }, experienceYears: 0, credentials: [], tools: [] });
  });
});

describe("wrapping at word boundaries", () => {
  const long =
    "Skills 3 of 16 · Telephony systems and call management software (technical)\nFor handling inbound and outbound calls, and for transferring the hard ones to others.";

  it("messages wrap at spaces, within the width, lines after the first indented", () => {
    const m = wrapMessage(long, 40);
    for (const line of m.split("\n")) expect(line.length + (line === m.split("\n")[0] ? 2 : 0)).toBeLessThanOrEqual(40);
    expect(m.replace(/\n {2}/g, " ")).toBe(long.replace("\n", " "));
  });

  it("an echoed answer continues after the message and wraps whole words", () => {
    const m = wrapMessage("Education · Your highest education", 40);
    const a = wrapAnswer("Secondary school (high school diploma, GED or equivalent)", m, 40);
    const full = `? ${m} ${a}`.split("\n");
    expect(full.every((l) => l.trimEnd().length <= 40)).toBe(true);
    expect(full.join(" ").replace(/\s+/g, " ")).toBe(
      "? Education · Your highest education Secondary school (high school diploma, GED or equivalent)",
    );
  });

  it("on screen: the question and the echoed answer at 80 columns, no word cut", async () => {
    const wordy: Role = {
      ...role,
      tools: undefined,
      requirements: {
        source: "g",
        skills: [
          {
            id: "long",
            name: "Explaining policies, procedures and solutions so that others understand them",
            kind: "soft",
            level: 2,
            detail:
              "Explaining policies, procedures and solutions understandably and concisely, spoken and written, to anyone who asks and to those who do not.",
          },
        ],
      },
    };
    const prompts = await inquirerPrompts();
    const answers = askQuestions(prompts, buildQuestionnaire(wordy, model, []), { width: WIDTH });
    const asked = screen.getScreen();
    expect(fits(asked)).toBe(true);
    // the detail breaks between words, its second line indented under the question
    expect(asked).toContain("concisely,\n  spoken and written, to anyone who asks and to those who do not.\n");
    screen.type("3");
    screen.keypress("enter");
    await expect(answers).resolves.toEqual({ skills: { long: 3 } });
    const echoed = screen.getScreen();
    expect(fits(echoed)).toBe(true);
    expect(echoed.replace(/\s+/g, " ")).toContain(
      "Explaining policies, procedures and solutions so that others understand them (soft) 3 strong",
    );
  });
});

describe("picking a role", () => {
  it("role search filters as you type", async () => {
    const prompts = await inquirerPrompts();
    const picked = pickRole(prompts, [
      { id: "clerk", title: "Customer Service Clerk", aliases: [] },
      { id: "supervisor", title: "Customer Service Supervisor", aliases: ["CS supervisor"] },
    ]);
    await screen.next();
    screen.type("super");
    await screen.next();
    expect(screen.getScreen()).toContain("Customer Service Supervisor (supervisor)");
    expect(screen.getScreen()).not.toContain("(clerk)");
    screen.keypress("enter");
    await expect(picked).resolves.toBe("supervisor");
  });
});

describe("the width prompts wrap at", () => {
  it("is a column short of the terminal's", () => {
    expect(usableWidth(100, { COLUMNS: "60" })).toBe(99);
  });

  it("where the terminal reports no width (0, as under `script`): $COLUMNS, else 80", () => {
    expect(usableWidth(0, { COLUMNS: "120" })).toBe(119);
    expect(usableWidth(0, {})).toBe(79);
    expect(usableWidth(undefined, { COLUMNS: "junk" })).toBe(79);
  });

  it("never absurdly narrow", () => {
    expect(usableWidth(8, {})).toBe(20);
  });
});
