/** `careers path` through the built binary, and one walk in a real terminal (tmux). */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run, runJson } from "../helpers/run.js";
import { runTerminalTests, TmuxSession } from "../helpers/tmux.js";

const TITLES = [
  "Customer Service Clerk",
  "Junior Customer Service Clerk",
  "Senior Customer Service Clerk",
  "Customer Service Representative",
  "Customer Service Specialist",
  "Customer Service Supervisor",
  "Customer Service Manager",
];
const WIDE = { env: { COLUMNS: "160" } };

describe("careers path", () => {
  it("prints the ladder in the guide's order with negative changes shown and footnoted", () => {
    const r = run(["path", "clerk"], WIDE);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    const at = TITLES.map((t) => r.stdout.search(new RegExp(`│\\s+(▶ )?\\d+ │ ${t}\\s+│`)));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    for (const change of ["-5,000 USD (-14.3%)*", "+20,000 USD", "-10,000 USD (-20%)*", "+6,000 USD", "+12,000 USD", "+14,000 USD"]) {
      expect(r.stdout).toContain(change);
    }
    expect(r.stdout).toMatch(/Customer Service Supervisor\s+│ management\s+│ 6–9 years total\s+│\s+58,000 USD/);
    expect(r.stdout).toContain("Scope: Handles routine inquiries and basic requests");
    expect(r.stdout).toContain("Focus: Build foundational active listening");
    expect(r.stdout).toContain("* A negative change");
    expect(r.stdout).toContain("Junior Customer Service Clerk 30,000 USD < Customer Service Clerk 35,000 USD");
    expect(r.stdout).toContain("Customer Service Representative 40,000 USD < Senior Customer Service Clerk 50,000 USD");
    expect(r.stdout.indexOf("Lateral moves")).toBeGreaterThan(r.stdout.indexOf("Customer Service Manager"));
    expect(r.stdout).toContain("Sales: Some clerks pivot into sales");
  });

  it("marks the role's level and the steps ahead", () => {
    const r = run(["path", "supervisor"], WIDE);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/▶ 6 │ Customer Service Supervisor\s+│/);
    expect(r.stdout).toContain("(you are here)");
    expect(r.stdout).toContain("You are here: Customer Service Supervisor (step 6 of 7). Ahead: Customer Service Manager (1 step; median (US) at the top 72,000 USD, +14,000 USD from here).");
  });

  it("--json gives the ladder as data", () => {
    const { data, result } = runJson(["path", "supervisor", "--json"]);
    expect(result.status).toBe(0);
    expect(Object.keys(data)).toEqual(["ladder", "tracks", "current", "track", "steps", "route", "ahead", "lateralMoves", "inversions"]);
    expect(data.current).toBe("supervisor");
    expect(data.route).toBeNull();
    expect(data.ahead).toEqual(["manager"]);
    expect(data.steps.map((s: any) => s.median)).toEqual([35000, 30000, 50000, 40000, 46000, 58000, 72000]);
    expect(data.steps.map((s: any) => s.change)).toEqual([null, -5000, 20000, -10000, 6000, 12000, 14000]);
    expect(data.inversions.map((i: any) => i.role)).toEqual(["junior-clerk", "representative"]);
    expect(data.tracks.map((t: any) => t.id)).toEqual(["ic", "management"]);
    expect(data.lateralMoves).toHaveLength(5);
  });

  it("--from/--to: only the steps between, with the years and the total change", () => {
    const { data } = runJson(["path", "clerk", "--from", "junior-clerk", "--to", "Customer Service Supervisor", "--json"]);
    expect(data.steps.map((s: any) => s.role)).toEqual(["junior-clerk", "senior-clerk", "representative", "specialist", "supervisor"]);
    expect(data.route).toMatchObject({ from: "junior-clerk", to: "supervisor", years: { min: 5, max: 8 }, salaryChange: { amount: 28000, currency: "USD" } });
    const r = run(["path", "clerk", "--from", "junior-clerk", "--to", "supervisor"], WIDE);
    const flat = r.stdout.replace(/\s+/g, " ");
    expect(flat).toContain("Route: Junior Customer Service Clerk to Customer Service Supervisor, 4 steps up, 5–8 years of experience");
    expect(flat).toContain("total change in median (US) +28,000 USD (+93.3%)");
    expect(r.stdout).not.toContain("│ Customer Service Manager");
    expect(r.stdout).not.toContain("Junior Customer Service Clerk 30,000 USD <");
  });

  it("--to alone starts at the role's level; --from alone goes to the top; no role at all is a usage error", () => {
    expect(runJson(["path", "supervisor", "--to", "manager", "--json"]).data.steps.map((s: any) => s.role)).toEqual(["supervisor", "manager"]);
    expect(runJson(["path", "--from", "specialist", "--json"]).data.steps.map((s: any) => s.role)).toEqual(["specialist", "supervisor", "manager"]);
    const none = run(["path"]);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain("name a role");
  });

  it("a backwards route is a usage error", () => {
    const r = run(["path", "clerk", "--from", "manager", "--to", "clerk"]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("careers: Customer Service Clerk comes before Customer Service Manager on the ladder; a route only goes up");
  });

  it("--track keeps one track; an unknown track is a usage error", () => {
    const { data } = runJson(["path", "clerk", "--track", "management", "--json"]);
    expect(data.steps.map((s: any) => s.role)).toEqual(["supervisor", "manager"]);
    expect(data.track).toBe("management");
    const text = run(["path", "clerk", "--track", "management"], WIDE).stdout;
    expect(text).toMatch(/\+12,000 USD \(\+26\.1%\)\s+│\n.*from Customer Service Specialist/);
    const bad = run(["path", "clerk", "--track", "sales"]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('unknown track "sales"');
    expect(bad.stderr).toContain("ic, management");
  });

  it("an unknown role is a usage error with a suggestion", () => {
    const r = run(["path", "supervisr"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Did you mean "supervisor"?');
  });

  it("--interactive refuses to start without a terminal and names the plain form", () => {
    const r = run(["path", "supervisor", "--interactive"]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("careers: careers path --interactive needs a terminal");
    expect(r.stderr).toContain("Use the plain form instead: careers path supervisor");
    expect(run(["path", "clerk", "--interactive", "--json"]).status).toBe(2);
  });
});

describe("careers path with a user-defined ladder (--data-dir)", () => {
  const dir = mkdtempSync(join(tmpdir(), "careers-path-"));
  const role = (id: string, extra = "") =>
    writeFileSync(join(dir, `${id}.yaml`), `id: ${id}\ntitle: ${id} title\nsummary: A test role.\nsources:\n  - id: notes\n    title: Notes\n${extra}`);
  role("trainee", `ladder:
  source: notes
  name: Support ladder
  tracks: [{ id: ic, name: Expert }, { id: lead, name: Leadership }]
  levels:
    - { role: trainee, title: Trainee, track: ic, next: [agent, team-lead] }
    - { role: agent, title: Agent, track: ic }
    - { role: expert, title: Expert, track: ic, next: [] }
    - { role: team-lead, title: Team lead, track: lead }
    - { role: head, title: Head, track: lead }
`);
  for (const id of ["agent", "expert", "team-lead", "head"]) role(id);
  role("loner");

  it("follows the branch", () => {
    const { data } = runJson(["--data-dir", dir, "path", "head", "--from", "trainee", "--json"]);
    expect(data.steps.map((s: any) => s.role)).toEqual(["trainee", "team-lead", "head"]);
    expect(data.current).toBe("head");
  });

  it("refuses a route across tracks that the ladder does not give", () => {
    const r = run(["--data-dir", dir, "path", "trainee", "--from", "agent", "--to", "head"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("no route from Agent to Head (Expert and Leadership tracks)");
  });

  it("a role on no ladder is an error", () => {
    const r = run(["--data-dir", dir, "path", "loner"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("is on no career ladder");
  });
});

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
      await s.waitFor(/Junior Customer Service Clerk: where next\?[\s\S]*Lateral move|Lateral move[\s\S]*Junior Customer Service Clerk: where next\?/);
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
