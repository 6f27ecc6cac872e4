/** `careers path --interactive` in a real terminal (tmux). */
import { describe, expect, it } from "vitest";
import { runTerminalTests, TmuxSession } from "../helpers/tmux.js";

describe.skipIf(!runTerminalTests)("careers path --interactive in a real terminal", () => {
  it("walks with the keyboard; Ctrl-C leaves with Cancelled and exit 130", async () => {
    const s = new TmuxSession(["path", "clerk", "--interactive"], { width: 100, height: 50 });
    try {
      await s.waitFor("Customer Service Clerk: where next?");
      s.send("Enter");
      await s.waitFor("Junior Customer Service Clerk: where next?");
      s.send("Down", "Down", "Enter");
      await s.waitFor("Which lateral move?");
      s.send("Enter");
      await s.waitFor("Lateral move: Phone to email or chat support");
      await s.waitFor(
        /Junior Customer Service Clerk: where next\?[\s\S]*Lateral move|Lateral move[\s\S]*Junior Customer Service Clerk: where next\?/,
      );
      s.send("C-c");
      const screen = await s.waitFor("Cancelled");
      expect(await s.exitCode()).toBe(130);
      expect(screen).not.toMatch(/\n\s+at /);
      expect(screen).not.toContain("ExitPromptError");
    } finally {
      s.close();
    }
  });

  it("quits from the menu with exit 0 and a summary of the walk", async () => {
    const s = new TmuxSession(["path", "supervisor", "--interactive"], { width: 100, height: 50 });
    try {
      await s.waitFor("Customer Service Supervisor: where next?");
      s.send("Enter");
      await s.waitFor("Customer Service Manager: where next?");
      s.send("Down", "Down", "Enter");
      await s.waitFor("You stopped at Customer Service Manager.");
      expect(await s.exitCode()).toBe(0);
      // wrapped at a space to the terminal's 100 columns, not cut mid-word by the terminal
      expect(s.screen().replace(/\s+/g, " ")).toContain("Your walk: Customer Service Supervisor → Customer Service Manager.");
      expect(s.screen()).toMatch(/(^|\s)Manager\.$/m);
    } finally {
      s.close();
    }
  });
});
