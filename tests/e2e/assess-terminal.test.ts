/** `careers assess` in a real terminal (tmux): a full conversation, and Ctrl-C part-way. */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
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
      for (let i = 1; i <= 15; i++) {
        await s.waitFor(`Skills ${i} of 15`);
        s.type(i < 8 ? "2" : "3"); // 2 working, then 3 strong from Active Listening on
        s.send("Enter");
      }
      await s.waitFor("Typing speed in WPM");
      s.type("45");
      s.send("Enter");
      await s.waitFor("Years of customer-facing work");
      s.type("-3");
      s.send("Enter");
      await s.waitFor("Value must be between 0 and 80");
      s.send("BSpace", "BSpace");
      s.type("2");
      s.send("Enter");
      await s.waitFor("Your highest education");
      s.send("Down", "Enter"); // none -> secondary school
      await s.waitFor("Which of these have you used?");
      s.send("Space", "Down", "Down", "Down", "Space", "Enter"); // Salesforce, multi-line phone systems
      const screen = await s.waitFor("Scores follow the model");
      expect(await s.exitCode()).toBe(0);
      // skills: 7 technical at working (needed: working), 8 soft at strong, typing 45 of 40 WPM: all met;
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

  it("at 80x24: every rating on screen, number keys pick by number, words kept whole, decimal years", async () => {
    const s = new TmuxSession(["assess", "supervisor", "--current", "senior-clerk"], { env: { CAREERS_PAGER: "" }, width: 80, height: 24 });
    try {
      await s.waitFor("Skills 1 of 8 · Supervising a team day to day (leadership)");
      const first = s.visible();
      for (const level of ["0 none", "1 basic", "2 working", "3 strong", "4 expert"]) expect(first).toContain(level);
      expect(first).not.toContain("❯"); // it starts on no answer: Enter alone answers nothing
      s.send("Enter");
      await s.waitFor("Pick a level first: 0-4 or ↑↓");
      s.type("2");
      const picked = await s.waitFor("❯ 2 working");
      expect(picked).not.toContain("❯ 1 basic");
      s.send("Enter");
      for (let i = 2; i <= 8; i++) {
        await s.waitFor(`Skills ${i} of 8`);
        s.type(i === 5 ? "0" : "2"); // Workforce management and scheduling: none
        if (i === 7) {
          // a question wider than the pane wraps between words, all levels still on screen at once
          const seen = s.visible();
          for (const level of ["0 none", "1 basic", "2 working", "3 strong", "4 expert"]) expect(seen).toContain(level);
          const words = new Set(seen.split(/\s+/));
          for (const w of "Tactical decisions on workflow, scheduling and immediate issue resolution (management)".split(" "))
            expect(words).toContain(w);
        }
        s.send("Enter");
      }
      await s.waitFor("Years of customer service work");
      s.type("0.5");
      s.send("Enter");
      await s.waitFor("Your highest education");
      s.send("Down", "Enter");
      const screen = await s.waitFor("Scores follow the model");
      expect(await s.exitCode()).toBe(0);
      // echoed answers: whole words, within the pane
      const lines = screen.split("\n");
      expect(lines.every((l) => [...l].length <= 80)).toBe(true);
      expect(screen).toContain("✔ Skills 1 of 8 · Supervising a team day to day (leadership) 2 working");
      // skills 7 of 8 met (workforce management 0 of 1), experience 0.5 of 6 years, education met, no tools:
      // (0.5*7/8 + 0.2*0.5/6 + 0.15) / 0.85 = 0.604167 / 0.85 = 71.1%
      expect(screen).toContain("Readiness for Customer Service Supervisor: 71% (nearly ready)");
      // held: senior-clerk; the step up from it on the ladder, never a level below
      expect(screen).toContain("Next step: Customer Service Representative");
    } finally {
      s.close();
    }
  });

  it("a terminal that reports no width (0, as under `script`): the levels wrap at $COLUMNS, else 80", async () => {
    for (const [env, width] of [[{}, 80] as const, [{ COLUMNS: "60" }, 60] as const]) {
      const s = new TmuxSession(["assess", "supervisor"], {
        env: { CAREERS_PAGER: "", ...env },
        width: 100,
        height: 30,
        setup: "stty cols 0 rows 0",
      });
      try {
        await s.waitFor("Do you hold one of these roles now?");
        s.send("Enter");
        const screen = await s.waitFor("0-4 pick");
        // the examples wrap at the width, never a word cut into a column of 7
        expect(screen).toContain("  0 none     I have not done this yet.");
        expect(screen).toContain(
          width === 80
            ? "1 basic    I have tried it with guidance, e.g. in a course or a project."
            : "1 basic    I have tried it with guidance, e.g. in a\n",
        );
        const lines = screen.split("\n").filter((l) => l.trim() !== "");
        expect(lines.every((l) => [...l].length < width)).toBe(true);
        expect(lines.some((l) => [...l].length > width - 25)).toBe(true);
        s.send("C-c");
        expect(await s.exitCode()).toBe(130);
      } finally {
        s.close();
      }
    }
  });

  it("a note that the role states no requirements comes before the questions", async () => {
    const dir = mkdtempSync(join(tmpdir(), "careers-data-"));
    writeFileSync(
      join(dir, "listed.yaml"),
      "id: listed\ntitle: Listed Role\nsummary: Lists skills but states no requirements.\nsources:\n  - id: notes\n    title: Notes\nskills:\n  source: notes\n  soft:\n    - name: Tact\n",
    );
    const s = new TmuxSession(["assess", "listed", "--data-dir", dir], { width: 80, height: 24 });
    try {
      await s.waitFor("Do you hold one of these roles now?");
      s.send("Enter");
      const screen = await s.waitFor("Skills 1 of 1 · Tact (soft)");
      const note = screen.indexOf("Listed Role states no requirements");
      expect(note).toBeGreaterThan(-1);
      expect(note).toBeLessThan(screen.indexOf("Skills 1 of 1"));
      s.send("C-c");
      expect(await s.exitCode()).toBe(130);
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
      await s.waitFor("Skills 1 of 15");
      s.type("1");
      s.send("Enter");
      await s.waitFor("Skills 2 of 15");
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
