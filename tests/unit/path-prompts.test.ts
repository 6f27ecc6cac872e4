/** The interactive walk driven through the real select prompt with @inquirer/testing, keyboard only. */
import select from "@inquirer/select";
import { render } from "@inquirer/testing";
import { describe, expect, it } from "vitest";
import { CareersError } from "../../src/errors.js";
import { type SelectPrompt, walkLadder, walkSummary } from "../../src/prompts/path.js";
import { displayWidth } from "../../src/render/text.js";
import { guideLadder } from "../helpers/ladders.js";
import { makeStyle } from "../helpers/style.js";

type Key = string | { name: string; ctrl?: boolean };

/** A select that renders the real prompt and answers it with the next script of keys. */
function scripted(scripts: Key[][]) {
  const screens: string[] = [];
  const prompt: SelectPrompt = async (config) => {
    const { answer, events, getScreen } = await render(select, config);
    screens.push(getScreen());
    const keys = scripts.shift();
    if (!keys) throw new Error(`no keys left for prompt:\n${getScreen()}`);
    for (const k of keys) events.keypress(k);
    return answer as never;
  };
  return { prompt, screens, left: () => scripts.length };
}

const down = (n: number): Key[] => Array.from({ length: n }, () => "down");

describe("careers path --interactive (prompt flow)", () => {
  const view = guideLadder();
  const style = makeStyle(false, 100);

  it("shows the level, offers up / switch / lateral / quit, and walks up and back", async () => {
    let out = "";
    // clerk: up -> junior; junior: back (up, switch, lateral, back) ; clerk: quit (up, switch, lateral, quit)
    const s = scripted([["enter"], [...down(3), "enter"], [...down(3), "enter"]]);
    const state = await walkLadder(view, "clerk", { write: (t) => (out += t), style, select: s.prompt });
    expect(s.left()).toBe(0);
    expect(s.screens[0]).toContain("Customer Service Clerk: where next?");
    expect(s.screens[0]).toContain("Go up to Junior Customer Service Clerk (step 2, 1–2 years, 30,000 USD; -5,000 USD (-14.3%)*)");
    expect(s.screens[0]).toContain("Switch to the Management track: Customer Service Supervisor (step 6, 6–9 years total, 58,000 USD)");
    expect(s.screens[0]).toContain("Look at a lateral move");
    expect(s.screens[0]).not.toContain("Go back");
    expect(s.screens[1]).toContain("Go back to Customer Service Clerk");
    expect(state).toMatchObject({ current: "clerk", history: [], done: true });
    // each level card once per arrival: clerk, junior, clerk again
    expect(out.match(/Focus areas/g)).toHaveLength(3);
    expect(out).toContain("Handles a wider range of standard inquiries");
    expect(out).toMatch(/Change\s+│ -5,000 USD \(-14.3%\)\* from Customer Service Clerk/);
    expect(out).toContain("A negative change");
    expect(walkSummary(view, state)).toBe("You stopped at Customer Service Clerk. Your walk: Customer Service Clerk.\n");
  });

  it("switches track where the ladder branches and goes up to the top", async () => {
    let out = "";
    // specialist: switch (only move up) -> supervisor: up -> manager: quit (lateral, back, quit)
    const s = scripted([["enter"], ["enter"], [...down(2), "enter"]]);
    const state = await walkLadder(view, "specialist", { write: (t) => (out += t), style, select: s.prompt });
    expect(s.screens[0]).toMatch(/❯ Switch to the Management track: Customer Service Supervisor/);
    expect(s.screens[0]).not.toContain("Go up to");
    expect(state.history).toEqual(["specialist", "supervisor"]);
    expect(walkSummary(view, state)).toContain("Customer Service Specialist → Customer Service Supervisor → Customer Service Manager");
    const narrow = walkSummary(view, state, 40);
    for (const line of narrow.split("\n")) expect(displayWidth(line)).toBeLessThanOrEqual(40);
    expect(narrow.replace(/\s+/g, " ").trim()).toBe(walkSummary(view, state).trim());
    expect(out).toContain("Customer Service Manager");
  });

  it("looks at a lateral move and stays on the level", async () => {
    let out = "";
    // supervisor: lateral menu (up, lateral) ; pick Sales (3rd) ; then quit (up, lateral, quit)
    const s = scripted([
      [...down(1), "enter"],
      [...down(2), "enter"],
      [...down(2), "enter"],
    ]);
    const state = await walkLadder(view, "supervisor", { write: (t) => (out += t), style, select: s.prompt });
    expect(s.screens[1]).toContain("Which lateral move?");
    expect(s.screens[1]).toContain("Back to the ladder");
    expect(out).toContain("Lateral move: Sales\nSome clerks pivot into sales");
    expect(state).toMatchObject({ current: "supervisor", lateral: null, done: true });
  });

  it("Ctrl-C is the typed cancelled error (exit 130)", async () => {
    const s = scripted([[{ name: "c", ctrl: true }]]);
    const walk = walkLadder(view, "clerk", { write: () => {}, style, select: s.prompt });
    await expect(walk).rejects.toBeInstanceOf(CareersError);
    await expect(walk).rejects.toMatchObject({ kind: "cancelled", exitCode: 130, message: "Cancelled" });
  });
});
