/** `careers interests` in a real terminal (tmux), over the harbour-town release: a full quiz saved, and Ctrl-C. */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scaleHome } from "../helpers/scale-fixture.js";
import { runTerminalTests, TmuxSession } from "../helpers/tmux.js";

describe.skipIf(!runTerminalTests)("interests in a terminal", () => {
  let data: Awaited<ReturnType<typeof scaleHome>>;
  beforeAll(async () => {
    data = await scaleHome();
  });
  afterAll(() => data.cleanup());

  it("asks the sixteen activities, first of each interest first, scores and saves", async () => {
    const s = new TmuxSession(["interests", "--save"], { env: { CAREERS_HOME: data.home, CAREERS_PAGER: "" }, width: 90, height: 40 });
    try {
      const first = await s.waitFor("Activity 1 of 16 · Mend a fishing net.");
      for (const l of ["1 like", "2 not sure", "3 dislike"]) expect(first).toContain(l);
      // Teach children to swim (4th) and both Harbour Tours activities (8th, 16th) liked; the rest disliked
      for (let i = 1; i <= 16; i++) {
        await s.waitFor(`Activity ${i} of 16 ·`);
        s.type([4, 8, 16].includes(i) ? "1" : "3");
        s.send("Enter");
      }
      const screen = await s.waitFor("The method: docs/matching.md");
      expect(await s.exitCode()).toBe(0);
      expect(screen).toContain("✔ Activity 4 of 16 · Teach children to swim. 1 like");
      expect(screen.replace(/\s+/g, " ")).toContain("not the validated O*NET Interest Profiler");
      // S: 3 of 4 liked: 1 + 6 x 0.75 = 5.5; E: 2 of 4: 4
      expect(screen).toMatch(/│ Social +│ +5\.5 │/);
      expect(screen).toContain("$ careers match --from-history --zone N");
      expect(screen).toContain("$ careers match --interests R=1,I=1,A=1,S=5.5,E=4,C=1 --zone N");
      expect(screen.split("\n").every((l) => [...l].length <= 90)).toBe(true);
      const saved = JSON.parse(readFileSync(join(data.home, "history.json"), "utf8")).entries.at(-1);
      expect(saved).toMatchObject({ kind: "interests", profile: { interests: { R: 1, I: 1, A: 1, S: 5.5, E: 4, C: 1 } } });
    } finally {
      s.close();
    }
  });

  it("Ctrl-C mid-way: Cancelled, exit 130, nothing saved", async () => {
    const history = join(data.home, "history.json");
    const before = existsSync(history) ? readFileSync(history, "utf8") : null;
    const s = new TmuxSession(["interests", "--save"], { env: { CAREERS_HOME: data.home } });
    try {
      await s.waitFor("Activity 1 of 16");
      s.type("1");
      s.send("Enter");
      await s.waitFor("Activity 2 of 16");
      s.send("C-c");
      expect(await s.exitCode()).toBe(130);
      expect(s.screen()).toContain("Cancelled");
      expect(s.screen()).not.toMatch(/\n\s+at /);
      expect(existsSync(history) ? readFileSync(history, "utf8") : null).toBe(before);
    } finally {
      s.close();
    }
  });
});
