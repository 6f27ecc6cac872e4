/** `careers assess` in a real terminal (tmux): a full conversation, and Ctrl-C part-way. */
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runTerminalTests, TmuxSession } from "../helpers/tmux.js";

describe.skipIf(!runTerminalTests)("assess in a terminal", () => {
  it("a full run: search a role, rate every skill, re-asked on bad input, saved", async () => {
    const home = mkdtempSync(join(tmpdir(), "careers-home-"));
    const s = new TmuxSession(["assess", "--save"], { env: { CAREERS_HOME: home, CAREERS_PAGER: "" }, width: 110, height: 50 }); // the result is taller than the pane: no pager here (see pager.test.ts)
    try {
      await s.waitFor("Which role do you want to check your readiness for?");
      s.type("clerk");
      await s.waitFor("❯ Customer Service Clerk (clerk)");
      s.send("Enter");
      await s.waitFor("Do you hold one of these roles now?");
      s.send("Enter");
      for (let i = 1; i <= 16; i++) {
        await s.waitFor(`Skills ${i} of 16`);
        if (i === 1) s.send("Down"); // basic -> working; later skills default to the previous answer
        if (i === 9) s.send("Down"); // -> strong from Active Listening on
        s.send("Enter");
      }
      await s.waitFor("Years of customer-facing work");
      s.type("-3");
      s.send("Enter");
      await s.waitFor("Value must be between 0 and 80");
      s.send("BSpace", "BSpace");
      s.type("2");
      s.send("Enter");
      await s.waitFor("Typing speed in words per minute");
      s.type("45");
      s.send("Enter");
      await s.waitFor("Your highest education");
      s.send("Enter");
      await s.waitFor("Which of these have you used?");
      s.send("Space", "Down", "Down", "Down", "Space", "Enter"); // Salesforce, multi-line phone systems
      const screen = await s.waitFor("Scores follow the model");
      expect(await s.exitCode()).toBe(0);
      // skills: 8 technical at working (= target 2) incl. typing 45 >= 40, 8 soft at strong: all met;
      // experience: none needed; education met; tools 2 of 6 kinds, target 3 -> 2/3.
      // overall = 0.5 + 0.2 + 0.15 + 0.15 * 2/3 = 95%
      expect(screen).toContain("Readiness for Customer Service Clerk: 95% (ready)");
      const saved = JSON.parse(readFileSync(join(home, "history.json"), "utf8"));
      expect(saved.entries).toHaveLength(1);
      expect(saved.entries[0]).toMatchObject({ role: "clerk", readiness: 95, band: "ready" });
    } finally {
      s.close();
    }
  });

  it("Ctrl-C mid-way: Cancelled, exit 130, nothing saved", async () => {
    const home = mkdtempSync(join(tmpdir(), "careers-home-"));
    const s = new TmuxSession(["assess", "clerk", "--save"], { env: { CAREERS_HOME: home } });
    try {
      await s.waitFor("Do you hold one of these roles now?");
      s.send("Enter");
      await s.waitFor("Skills 1 of 16");
      s.send("Enter");
      await s.waitFor("Skills 2 of 16");
      s.send("C-c");
      expect(await s.exitCode()).toBe(130);
      const screen = s.screen();
      expect(screen).toContain("Cancelled");
      expect(screen).not.toMatch(/\n\s+at /);
      expect(existsSync(join(home, "history.json"))).toBe(false);
    } finally {
      s.close();
    }
  });
});
