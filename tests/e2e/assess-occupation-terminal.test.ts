/** `careers assess <occupation>` in a real terminal (tmux), over the harbour-town release: a full run, and Ctrl-C. */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scaleHome } from "../helpers/scale-fixture.js";
import { runTerminalTests, TmuxSession } from "../helpers/tmux.js";

describe.skipIf(!runTerminalTests)("assess <occupation> in a terminal", () => {
  let data: Awaited<ReturnType<typeof scaleHome>>;
  beforeAll(async () => {
    data = await scaleHome();
  });
  afterAll(() => data.cleanup());

  it("rates each skill against its anchors, picks education and experience, and saves", async () => {
    const s = new TmuxSession(["assess", "tide-clerks", "--save"], {
      env: { CAREERS_HOME: data.home, CAREERS_PAGER: "" },
      width: 80,
      height: 40,
    });
    try {
      const first = await s.waitFor("Skills 1 of 4 · Active Listening");
      // the eight levels on screen at once, the anchors at their levels
      expect(first).toMatch(/2 +Take a ferry ticket order/);
      expect(first).toMatch(/6 +Hear a maritime court case/);
      // Active Listening 3, Speaking 4, Reading Comprehension 3, Social Perceptiveness 1
      const ratings: [string, string][] = [
        ["Active Listening", "3"],
        ["Speaking", "4"],
        ["Reading Comprehension", "3"],
        ["Social Perceptiveness", "1"],
      ];
      for (const [k, [name, level]] of ratings.entries()) {
        await s.waitFor(`Skills ${k + 1} of 4 · ${name}`);
        s.type(level);
        s.send("Enter");
      }
      await s.waitFor("The highest of these you have");
      s.send("Down", "Enter"); // none of these -> high school
      await s.waitFor("Your related work experience");
      s.send("Down", "Enter"); // none -> up to 1 month
      const screen = await s.waitFor("Levels are O*NET's 0-7 scale");
      expect(await s.exitCode()).toBe(0);
      // (4 x 3/4 + 4 + 3.5 + 3 x 1/3) / 14.5 = 79%
      expect(screen).toContain("Readiness for Tide Clerks (91-3011.00): 79% (nearly ready)");
      expect(screen.split("\n").every((l) => [...l].length <= 80)).toBe(true);
      const saved = JSON.parse(readFileSync(join(data.home, "history.json"), "utf8")).entries.at(-1);
      expect(saved).toMatchObject({
        role: "tide-clerks",
        code: "91-3011.00",
        readiness: 79,
        categories: [
          { id: "skills", score: 79 },
          { id: "education", score: 60 },
          { id: "experience", score: 50 },
        ],
      });
    } finally {
      s.close();
    }
  });

  it("Ctrl-C mid-way: Cancelled, exit 130, nothing more saved", async () => {
    const history = join(data.home, "history.json");
    const before = existsSync(history) ? readFileSync(history, "utf8") : null;
    const s = new TmuxSession(["assess", "tide-clerks", "--save"], { env: { CAREERS_HOME: data.home } });
    try {
      await s.waitFor("Skills 1 of 4");
      s.type("1");
      s.send("Enter");
      await s.waitFor("Skills 2 of 4");
      s.send("C-c");
      expect(await s.exitCode()).toBe(130);
      expect(s.screen()).toContain("Cancelled");
      expect(existsSync(history) ? readFileSync(history, "utf8") : null).toBe(before);
    } finally {
      s.close();
    }
  });
});
