/** The assess <ESCO occupation> conversation driven through inquirer's own test harness (a virtual screen and keyboard). */
import { screen } from "@inquirer/testing/vitest";
import { describe, expect, it } from "vitest";
import { inquirerPrompts } from "../../src/prompts/assess.js";
import { askItems } from "../../src/prompts/items.js";
import type { RequiredItem } from "../../src/schema/occupation.js";

const WIDTH = 79;
const items: RequiredItem[] = [
  { uri: "u2", label: "lamp oils", kind: "knowledge", groups: [] },
  { uri: "u1", label: "trim lamp wicks", kind: "skill", groups: [{ uri: "g1", label: "lighting" }] },
];

describe("askItems", () => {
  it("asks each essential item in turn, have / learning / no, and returns the answers by URI", async () => {
    const prompts = await inquirerPrompts();
    const answers = askItems(prompts, "lamplighter", items, { width: WIDTH });
    const first = screen.getScreen();
    expect(first).toContain("lamplighter · essential 1 of 2 · knowledge: lamp oils");
    expect(first).toContain("have: I can do this (or know it)");
    expect(first).toContain("learning: I am learning it");
    expect(first).toContain("no: not yet");
    expect(first.split("\n").every((l) => [...l].length <= WIDTH)).toBe(true);
    screen.keypress("down"); // have -> learning
    screen.keypress("enter");
    await screen.next();
    // the item's skill group beside it
    expect(screen.getScreen()).toContain("essential 2 of 2 · skill: trim lamp wicks (lighting)");
    screen.keypress("enter"); // have
    await expect(answers).resolves.toEqual(
      new Map([
        ["u2", "learning"],
        ["u1", "have"],
      ]),
    );
  });

  it("Ctrl-C is the cancelled error", async () => {
    const prompts = await inquirerPrompts();
    const answers = askItems(prompts, "lamplighter", items, { width: WIDTH });
    screen.keypress({ name: "c", ctrl: true });
    await expect(answers).rejects.toMatchObject({ kind: "cancelled" });
  });
});
