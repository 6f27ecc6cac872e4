/** The assess conversation driven through inquirer's own test harness (a virtual screen and keyboard). */
import { screen } from "@inquirer/testing/vitest";
import { describe, expect, it } from "vitest";
import { buildQuestionnaire } from "../../src/core/assess/questions.js";
import { askQuestions, inquirerPrompts, pickRole } from "../../src/prompts/assess.js";
import type { Role } from "../../src/schema/role.js";
import { loadShippedModel } from "../helpers/model.js";

const model = loadShippedModel();
const role: Role = {
  id: "demo",
  title: "Demo Role",
  summary: "For prompts.",
  sources: [{ id: "g", title: "Guide" }],
  skills: { source: "g", technical: [{ name: "Tech One", detail: "Why tech one matters." }], soft: [{ name: "Soft One" }], typingSpeed: { minWpm: 40, maxWpm: 50 } },
  tools: { source: "g", groups: [{ name: "CRM", items: ["Salesforce", "Zendesk"] }, { name: "Email platforms", items: [] }] },
};
const q = buildQuestionnaire(role, model);

describe("assess prompts", () => {
  it("asks each skill with a progress line and a written example per level, then the rest", async () => {
    const prompts = await inquirerPrompts();
    const answers = askQuestions(prompts, q, model);

    expect(screen.getScreen()).toContain("Skills 1 of 2 · Tech One (technical skill)");
    expect(screen.getScreen()).toContain("Why tech one matters.");
    expect(screen.getScreen()).toContain("1 basic   I have tried it with guidance");
    screen.keypress("down"); // basic -> working
    screen.keypress("down"); // -> strong
    screen.keypress("enter");
    await screen.next();
    expect(screen.getScreen()).toContain("Skills 2 of 2 · Soft One (soft skill)");
    screen.keypress("enter"); // default is the previous answer (strong)
    await screen.next();

    expect(screen.getScreen()).toContain("Years of customer-facing work");
    screen.type("2");
    screen.keypress("enter");
    await screen.next();

    expect(screen.getScreen()).toContain("the role asks for 40-50");
    screen.type("45");
    screen.keypress("enter");
    await screen.next();

    expect(screen.getScreen()).toContain("Your highest education");
    screen.keypress("enter"); // default: what the role requires
    await screen.next();

    expect(screen.getScreen()).toContain("Which of these have you used?");
    screen.keypress("space"); // Salesforce
    screen.keypress("enter");

    await expect(answers).resolves.toEqual({
      skills: { "Tech One": 3, "Soft One": 3 },
      experienceYears: 2,
      typingWpm: 45,
      education: "high-school",
      tools: ["Salesforce"],
    });
  });

  it("typing speed left empty answers 'not measured' (null), never 0", async () => {
    const prompts = await inquirerPrompts();
    const answers = askQuestions(prompts, q, model);
    for (let i = 0; i < 3; i++) {
      screen.keypress("enter"); // both skills, then years (0)
      await screen.next();
    }
    expect(screen.getScreen()).toContain("leave empty if you have not measured it");
    expect(screen.getScreen()).not.toContain("(0)");
    screen.keypress("enter");
    await screen.next();
    screen.keypress("enter"); // education
    await screen.next();
    screen.keypress("enter"); // no tools
    await expect(answers).resolves.toMatchObject({ experienceYears: 0, typingWpm: null });
  });

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

  it("Ctrl-C becomes the typed cancelled error", async () => {
    const prompts = await inquirerPrompts();
    const answers = askQuestions(prompts, q, model);
    screen.keypress({ name: "c", ctrl: true });
    await expect(answers).rejects.toMatchObject({ kind: "cancelled" });
  });
});
