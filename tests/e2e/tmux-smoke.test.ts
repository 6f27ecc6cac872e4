import { describe, expect, it } from "vitest";
import { runTerminalTests, TmuxSession } from "../helpers/tmux.js";

describe.skipIf(!runTerminalTests)("tmux harness", () => {
  it("runs the binary in a real terminal: colour-free, table sized to the pane", async () => {
    // tall enough for the whole section, so that no pager starts
    const s = new TmuxSession(["show", "clerk", "--section", "facts"], { width: 70, height: 60 });
    try {
      const screen = await s.waitFor("Key facts");
      expect(await s.exitCode()).toBe(0);
      expect(Math.max(...screen.split("\n").map((l) => [...l].length))).toBeLessThanOrEqual(70);
    } finally {
      s.close();
    }
  });
});
