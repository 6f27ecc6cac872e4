/**
 * Text a prompt did not write is shown inert: a data set imported before its text was made safe, or a role
 * whose values never went through validate, may hold terminal escapes (ESC ] 0;… BEL retitles the window,
 * ESC [ 2J clears the screen) and hidden characters (U+202E reorders what follows, U+200B splits a word).
 * Each prompt is driven on inquirer's virtual screen and its raw output, every byte written, is searched.
 */
import { screen, wrapPrompt } from "@inquirer/testing/vitest";
import { describe, expect, it, vi } from "vitest";
import { BELOW, type OccupationQuestionnaire } from "../../src/core/assess/occupation.js";
import { buildQuestionnaire } from "../../src/core/assess/questions.js";
import { askQuestions, inquirerPrompts, pickCurrentRole, pickRole } from "../../src/prompts/assess.js";
import { askProfile, inquirerMatchPrompts } from "../../src/prompts/match.js";
import { askOccupation } from "../../src/prompts/occupation.js";
import { walkLadder, walkSummary } from "../../src/prompts/path.js";
import type { Role } from "../../src/schema/role.js";
import { guideLadder } from "../helpers/ladders.js";
import { loadShippedModel } from "../helpers/model.js";
import { makeStyle } from "../helpers/style.js";

vi.mock("../../src/prompts/rating.js", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../src/prompts/rating.js")>();
  return { ...actual, default: wrapPrompt(actual.default) };
});

const ESC = "\u001b";
const BEL = "\u0007";
/** A title as a release could hold it: an OSC retitling the window, a screen clear, a bidi override, a zero-width space. */
const hostile = (word: string) => `${word}${ESC}]0;x${BEL}${ESC}[2J\u202e Keepers\u200b`;
/** The same as a terminal should show it. */
const inert = (word: string) => `${word}]0;x[2J Keepers`;
/** any character a terminal acts on, or that hides or reorders text */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const WIDTH = 79;

/** Every byte the prompts wrote: no OSC, no screen clear; with inquirer's own cursor and colour codes (CSI) taken out, nothing unsafe. */
async function expectInert() {
  const raw = await screen.getFullOutput({ raw: true });
  expect(raw).not.toContain(`${ESC}]`);
  expect(raw).not.toContain(`${ESC}[2J`);
  expect(raw).not.toContain(BEL);
  const rest = raw.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, "");
  expect(rest.match(UNSAFE)?.[0]).toBeUndefined();
  // wrapped lines joined, so that a title the wrapping split reads whole
  return rest.replace(/\s+/g, " ");
}

const pressEnter = async () => {
  screen.keypress("enter");
  await screen.next();
};

describe("assess: roles, their skills, credentials and tools", () => {
  it("the role search and the current-role select show titles inert; the answer is the id", async () => {
    const prompts = await inquirerPrompts();
    const roles = [{ id: "lantern", title: hostile("Lantern"), aliases: [] }];
    const picked = pickRole(prompts, roles, undefined, WIDTH);
    await screen.next(); // the search's choices come after its first render
    expect(screen.getScreen()).toContain(`${inert("Lantern")} (lantern)`);
    screen.keypress("enter");
    await expect(picked).resolves.toBe("lantern");
    const current = pickCurrentRole(prompts, roles, WIDTH);
    screen.keypress("down");
    expect(screen.getScreen()).toContain(`❯ ${inert("Lantern")} (lantern)`);
    screen.keypress("enter");
    await expect(current).resolves.toBe("lantern");
    const shown = await expectInert();
    expect(shown).toContain(inert("Lantern"));
  });

  it("a skill's anchor, a credential's name, a kind of tool and a tool: inert; the tool's answer keeps its name", async () => {
    const role: Role = {
      id: "lantern",
      title: hostile("Lantern"),
      summary: "s",
      sources: [{ id: "g", title: "Guide" }],
      tools: { source: "g", groups: [{ name: hostile("Kind"), items: [hostile("Wick"), "Oil"] }] },
      requirements: {
        source: "g",
        skills: [{ id: "light", name: hostile("Lighting"), kind: "technical", level: 2, anchors: [{ level: 4, text: hostile("Anchor") }] }],
        credentials: [{ id: "permit", name: hostile("Permit"), kind: "licence" }],
      },
    };
    const q = buildQuestionnaire(role, loadShippedModel(), []);
    const answers = askQuestions(await inquirerPrompts(), q, { width: WIDTH });
    expect(screen.getScreen()).toContain(inert("Lighting"));
    expect(screen.getScreen()).toContain(inert("Anchor"));
    screen.type("4");
    await pressEnter();
    expect(screen.getScreen()).toContain(inert("Permit"));
    screen.keypress("space");
    await pressEnter();
    expect(screen.getScreen()).toContain(`── ${inert("Kind")}`);
    expect(screen.getScreen()).toContain(inert("Wick"));
    screen.keypress("space");
    screen.keypress("enter");
    await expect(answers).resolves.toMatchObject({ skills: { light: 4 }, credentials: ["permit"], tools: [hostile("Wick")] });
    await expectInert();
  });
});

describe("assess <occupation>: a data set's title, skills, anchors and categories", () => {
  it("every message, level example and category is inert", async () => {
    const q: OccupationQuestionnaire = {
      occupation: { id: "lantern-keepers", code: "91-1011.00", title: hostile("Lantern") },
      skills: [
        {
          element: "2.A.1.b",
          name: hostile("Listening"),
          kind: "skill",
          importance: 4,
          level: 4,
          description: hostile("Giving"),
          anchors: [{ value: 2, text: hostile("Anchor") }],
        },
      ],
      education: [
        { category: BELOW, label: "None of these / less", percent: 0 },
        { category: 2, label: hostile("Diploma"), percent: 60 },
      ],
      experience: null,
    } as OccupationQuestionnaire;
    const answers = askOccupation(await inquirerPrompts(), q, { width: WIDTH });
    expect(screen.getScreen()).toContain(inert("Anchor"));
    screen.type("3");
    await pressEnter();
    expect(screen.getScreen()).toContain(`${inert("Diploma")} (60% of workers)`);
    screen.keypress("down");
    screen.keypress("enter");
    await expect(answers).resolves.toMatchObject({ skills: { "2.A.1.b": 3 }, education: 2 });
    const shown = await expectInert();
    expect(shown).toContain(inert("Lantern"));
  });
});

describe("match's quick profile: the data set's skills, anchors and interests", () => {
  it("the levels' examples and the interests are inert", async () => {
    const skills = [
      { id: "2.A.1.a", name: hostile("Reading"), description: hostile("Understanding"), anchors: [{ value: 2, text: hostile("Tide") }] },
    ];
    const interests = [{ code: "R", name: hostile("Realistic"), description: hostile("Work"), keywords: [hostile("build")] }];
    const answers = askProfile(skills, interests, { prompts: await inquirerMatchPrompts(), width: WIDTH });
    expect(screen.getScreen()).toContain(inert("Tide"));
    screen.type("2");
    await pressEnter();
    screen.type("y");
    await pressEnter();
    expect(screen.getScreen()).toContain(inert("Realistic"));
    screen.type("5");
    screen.keypress("enter");
    await expect(answers).resolves.toEqual({ levels: { "2.A.1.a": 2 }, interests: { R: 5 } });
    await expectInert();
  });
});

describe("path --interactive: the ladder's titles and lateral moves", () => {
  it("the level card, the menu, the lateral moves and the closing line are inert", async () => {
    const view = guideLadder();
    for (const s of view.steps) s.title = hostile(s.title);
    view.lateralMoves[0]!.name = hostile("Lateral");
    let out = "";
    // clerk's menu: up, switch, lateral, quit; the lateral menu: its first move; then quit
    const walk = walkLadder(view, "clerk", { write: (t) => (out += t), style: makeStyle(false, 100) });
    await screen.next(); // the select is imported first
    expect(screen.getScreen()).toContain(`${inert("Customer Service Clerk")}: where next?`);
    screen.keypress("down");
    screen.keypress("down");
    await pressEnter();
    expect(screen.getScreen()).toContain(inert("Lateral"));
    await pressEnter();
    for (let i = 0; i < 3; i++) screen.keypress("down");
    screen.keypress("enter");
    const state = await walk;
    expect(out).toContain(inert("Lateral"));
    expect(out).toContain(inert("Customer Service Clerk"));
    expect(out.match(UNSAFE)?.[0]).toBeUndefined();
    expect(walkSummary(view, state).match(UNSAFE)?.[0]).toBeUndefined();
    await expectInert();
  });
});
