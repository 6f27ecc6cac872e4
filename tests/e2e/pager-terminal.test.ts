/** Long human output pages in a real terminal (tmux); piped output never does (tests/cli/pager.test.ts). */
import { describe, expect, it } from "vitest";
import { runTerminalTests, TmuxSession } from "../helpers/tmux.js";

describe.skipIf(!runTerminalTests)("paging in a terminal", () => {
  it("a role taller than the screen opens in the pager; q leaves with exit 0", async () => {
    const s = new TmuxSession(["show", "clerk"], { height: 20, env: { PAGER: "less -R", LESS: "" } });
    try {
      // less waits at its prompt, the top of the role on screen and the rest not yet
      const screen = await s.waitFor(/^:\s*$/m);
      expect(screen).toContain("Customer Service Clerk");
      expect(screen).not.toContain("Walk it with: careers path clerk");
      s.send("q");
      expect(await s.exitCode()).toBe(0);
    } finally {
      s.close();
    }
  });

  it("--no-pager, short output, and a pager that cannot start all print directly", async () => {
    for (const [args, env, height, last] of [
      [["show", "clerk", "--no-pager"], { PAGER: "less -R" }, 20, "Walk it with: careers path clerk"],
      [["show", "clerk", "--section", "pros"], { PAGER: "less -R" }, 60, "Source:"],
      [["show", "clerk"], { PAGER: "/nonexistent/pager" }, 20, "Walk it with: careers path clerk"],
    ] as const) {
      const s = new TmuxSession([...args], { height, env: { ...env } });
      try {
        expect(await s.exitCode()).toBe(0);
        expect(s.screen()).toContain(last);
      } finally {
        s.close();
      }
    }
  });
});
