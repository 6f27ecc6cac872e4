/**
 * assess <ESCO occupation> answered in the terminal, in-process over the miniatures: the program run with
 * a terminal's io and inquirer's test harness as the keyboard and screen. lamplighter's essential items
 * (tests/fixtures/esco-mini relations) are lamp oils and trim lamp wicks, asked in that order (by label):
 * lamp oils being learnt and trim lamp wicks had is (1 + 0.5) / 2 = 75%, nearly ready.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { screen } from "@inquirer/testing/vitest";
import { describe, expect, it } from "vitest";
import type { Io } from "../../src/app/context.js";
import { run as runProgram } from "../../src/cli.js";
import { useEscoHome } from "../helpers/esco-fixtures.js";
import { ROOT } from "../helpers/run.js";

const { env } = useEscoHome(false);
const history = () => join(env.CAREERS_HOME!, "history.json");

/** The program run as on a terminal; `done` its exit code and what it printed. */
function onTerminal(args: string[]) {
  const out = { stdout: "", stderr: "" };
  const io: Io = {
    stdout: (t) => void (out.stdout += t),
    stderr: (t) => void (out.stderr += t),
    stdin: () => Buffer.from(""),
    env: { ...env, CAREERS_PAGER: "" },
    cwd: ROOT,
    stdoutIsTTY: true,
    stdinIsTTY: true,
    columns: 100,
    rows: 40,
    page: async () => false,
  };
  return runProgram(args, io).then((status) => ({ status, ...out }));
}

/** Until the harness's screen shows `text` (the data set is read before the first question). */
async function shown(text: string): Promise<string> {
  for (let k = 0; k < 500; k++) {
    if (screen.getScreen().includes(text)) return screen.getScreen();
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`not shown: ${text}\n${screen.getScreen()}`);
}

describe("assess <ESCO occupation> in the terminal", () => {
  it("Ctrl-C: exit 130, nothing saved", async () => {
    const done = onTerminal(["assess", "esco:lamplighter", "--save"]);
    await shown("essential 1 of 2 · knowledge: lamp oils");
    screen.keypress({ name: "c", ctrl: true });
    const r = await done;
    expect(r.status).toBe(130);
    expect(r.stdout).toBe("");
    expect(existsSync(history())).toBe(false);
  });

  it("each essential item asked, the result printed and saved", async () => {
    const done = onTerminal(["assess", "esco:lamplighter", "--save"]);
    await shown("essential 1 of 2 · knowledge: lamp oils");
    screen.keypress("down"); // have -> learning
    screen.keypress("enter");
    await shown("essential 2 of 2 · skill: trim lamp wicks");
    screen.keypress("enter"); // have
    const r = await done;
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain("Readiness for lamplighter (9629.9.1): 75% (nearly ready)");
    expect(r.stdout).toMatch(/lamp oils\s+│ knowledge │ learning/);
    expect(r.stdout).toContain("Its 1 optional item is not asked (careers show esco:lamplighter lists them).");
    const saved = JSON.parse(readFileSync(history(), "utf8")).entries;
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ role: "esco:lamplighter", code: "9629.9.1", readiness: 75, band: "nearly-ready" });
  });
});
