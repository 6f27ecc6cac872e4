/** `careers path` through the built binary, and one walk in a real terminal (tmux). */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run, runJson } from "../helpers/run.js";

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
  it("prints the ladder in the guide's order with negative changes shown and footnoted", async () => {
    const r = await run(["path", "clerk"], WIDE);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    const at = TITLES.map((t) => r.stdout.search(new RegExp(`│\\s+(▶ )?\\d+ │ ${t}\\s+│`)));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    for (const change of ["-5,000 USD (-14.3%)*", "+20,000 USD", "-10,000 USD (-20%)*", "+6,000 USD", "+12,000 USD", "+14,000 USD"]) {
      expect(r.stdout).toContain(change);
    }
    expect(r.stdout).toMatch(/Customer Service Supervisor\s+│ management†\s+│ 6–9 years total\s+│\s+58,000 USD/);
    expect(r.stdout).toContain("Scope: Handles routine inquiries and basic requests");
    expect(r.stdout).toContain("Focus: Build foundational active listening");
    expect(r.stdout).toContain("* A negative change");
    expect(r.stdout).toContain("Junior Customer Service Clerk 30,000 USD < Customer Service Clerk 35,000 USD");
    expect(r.stdout).toContain("Customer Service Representative 40,000 USD < Senior Customer Service Clerk 50,000 USD");
    expect(r.stdout.indexOf("Lateral moves")).toBeGreaterThan(r.stdout.indexOf("Customer Service Manager"));
    expect(r.stdout).toContain("Sales: Some clerks pivot into sales");
  });

  it("says the tracks' levels are the data's reading, and which salary figure the medians are", async () => {
    const r = await run(["path", "clerk"], WIDE);
    expect(r.stdout).toContain("Tracks: Individual contributor (ic†):");
    const flat = r.stdout.replace(/\s+/g, " ");
    expect(flat).toContain("† Track ic: The guide names this track but puts no level on it.");
    expect(flat).toContain("† Track management: The guide names this track but puts no level on it.");
    // the table's 35,000 for the clerk is the level table's; the clerk's 38,400 is the BLS median
    expect(flat).toContain(
      "Medians: each level's median in the salary-by-level table of How to Become a Customer Service Clerk: Career Path & Guide, Himalayas. " +
        "Customer Service Clerk's own median, 38,400 USD (U.S. national median, May 2023, from U.S. Bureau of Labor Statistics wage data, May 2023), is another measure, not used here.",
    );
    const { data } = await runJson(["path", "clerk", "--json"]);
    expect(data.tracks.map((t: any) => t.inferred?.reason.slice(0, 32))).toEqual([
      "The guide names this track but p",
      "The guide names this track but p",
    ]);
    expect(data.steps.every((s: any) => s.trackInferred)).toBe(true);
    expect(data.salary.otherMedians).toEqual([
      {
        role: "clerk",
        title: "Customer Service Clerk",
        amount: 38400,
        currency: "USD",
        label: "U.S. national median, May 2023",
        source: "U.S. Bureau of Labor Statistics wage data, May 2023",
      },
    ]);
  });

  it("marks the role's level and the steps ahead", async () => {
    const r = await run(["path", "supervisor"], WIDE);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/▶ 6 │ Customer Service Supervisor\s+│/);
    expect(r.stdout).toContain("(you are here)");
    expect(r.stdout).toContain(
      "You are here: Customer Service Supervisor (step 6 of 7). Ahead: Customer Service Manager (1 step; median (US) at the top 72,000 USD, +14,000 USD from here).",
    );
  });

  it("--json gives the ladder as data", async () => {
    const { data, result } = await runJson(["path", "supervisor", "--json"]);
    expect(result.status).toBe(0);
    expect(Object.keys(data)).toEqual([
      "ladder",
      "tracks",
      "current",
      "track",
      "steps",
      "route",
      "ahead",
      "lateralMoves",
      "inversions",
      "salary",
    ]);
    expect(data.current).toBe("supervisor");
    expect(data.route).toBeNull();
    expect(data.ahead).toEqual(["manager"]);
    expect(data.steps.map((s: any) => s.median)).toEqual([35000, 30000, 50000, 40000, 46000, 58000, 72000]);
    expect(data.steps.map((s: any) => s.change)).toEqual([null, -5000, 20000, -10000, 6000, 12000, 14000]);
    expect(data.inversions.map((i: any) => i.role)).toEqual(["junior-clerk", "representative"]);
    expect(data.tracks.map((t: any) => t.id)).toEqual(["ic", "management"]);
    expect(data.lateralMoves).toHaveLength(5);
  });

  it("--from/--to: only the steps between, with the years and the total change", async () => {
    const { data } = await runJson(["path", "clerk", "--from", "junior-clerk", "--to", "Customer Service Supervisor", "--json"]);
    expect(data.steps.map((s: any) => s.role)).toEqual(["junior-clerk", "senior-clerk", "representative", "specialist", "supervisor"]);
    expect(data.route).toMatchObject({
      from: "junior-clerk",
      to: "supervisor",
      years: { min: 5, max: 8 },
      salaryChange: { amount: 28000, currency: "USD" },
    });
    const r = await run(["path", "clerk", "--from", "junior-clerk", "--to", "supervisor"], WIDE);
    const flat = r.stdout.replace(/\s+/g, " ");
    expect(flat).toContain("Route: Junior Customer Service Clerk to Customer Service Supervisor, 4 steps up, 5–8 years of experience");
    expect(flat).toContain("total change in median (US) +28,000 USD (+93.3%)");
    expect(r.stdout).not.toContain("│ Customer Service Manager");
    expect(r.stdout).not.toContain("Junior Customer Service Clerk 30,000 USD <");
  });

  it("--to alone starts at the role's level; --from alone goes to the top; no role at all is a usage error", async () => {
    expect((await runJson(["path", "supervisor", "--to", "manager", "--json"])).data.steps.map((s: any) => s.role)).toEqual([
      "supervisor",
      "manager",
    ]);
    expect((await runJson(["path", "--from", "specialist", "--json"])).data.steps.map((s: any) => s.role)).toEqual([
      "specialist",
      "supervisor",
      "manager",
    ]);
    const none = await run(["path"]);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain("name a role");
  });

  it("a backwards route is a usage error", async () => {
    const r = await run(["path", "clerk", "--from", "manager", "--to", "clerk"]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("careers: Customer Service Clerk comes before Customer Service Manager on the ladder; a route only goes up");
  });

  it("--track keeps one track; an unknown track is a usage error", async () => {
    const { data } = await runJson(["path", "clerk", "--track", "management", "--json"]);
    expect(data.steps.map((s: any) => s.role)).toEqual(["supervisor", "manager"]);
    expect(data.track).toBe("management");
    const text = (await run(["path", "clerk", "--track", "management"], WIDE)).stdout;
    expect(text).toMatch(/\+12,000 USD \(\+26\.1%\)\s+│\n.*from Customer Service Specialist/);
    const bad = await run(["path", "clerk", "--track", "sales"]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('unknown track "sales"');
    expect(bad.stderr).toContain("ic, management");
  });

  it("an unknown role is a usage error with a suggestion", async () => {
    const r = await run(["path", "supervisr"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Did you mean "supervisor"?');
  });

  it("--interactive refuses to start without a terminal and names the plain form", async () => {
    const r = await run(["path", "supervisor", "--interactive"]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("careers: careers path --interactive needs a terminal");
    expect(r.stderr).toContain("Use the plain form instead: careers path supervisor");
    expect((await run(["path", "clerk", "--interactive", "--json"])).status).toBe(2);
  });
});

describe("careers path with a user-defined ladder (--data-dir)", () => {
  const dir = mkdtempSync(join(tmpdir(), "careers-path-"));
  const role = (id: string, extra = "") =>
    writeFileSync(
      join(dir, `${id}.yaml`),
      `id: ${id}\ntitle: ${id} title\nsummary: A test role.\nsources:\n  - id: notes\n    title: Notes\n${extra}`,
    );
  role(
    "trainee",
    `ladder:
  source: notes
  name: Support ladder
  tracks: [{ id: ic, name: Expert }, { id: lead, name: Leadership }]
  levels:
    - { role: trainee, title: Trainee, track: ic, next: [agent, team-lead] }
    - { role: agent, title: Agent, track: ic }
    - { role: expert, title: Expert, track: ic, next: [] }
    - { role: team-lead, title: Team lead, track: lead }
    - { role: head, title: Head, track: lead }
`,
  );
  for (const id of ["agent", "expert", "team-lead", "head"]) role(id);
  role("loner");

  it("follows the branch", async () => {
    const { data } = await runJson(["--data-dir", dir, "path", "head", "--from", "trainee", "--json"]);
    expect(data.steps.map((s: any) => s.role)).toEqual(["trainee", "team-lead", "head"]);
    expect(data.current).toBe("head");
  });

  it("refuses a route across tracks that the ladder does not give", async () => {
    const r = await run(["--data-dir", dir, "path", "trainee", "--from", "agent", "--to", "head"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("no route from Agent to Head (Expert and Leadership tracks)");
  });

  it("a role on no ladder is an error", async () => {
    const r = await run(["--data-dir", dir, "path", "loner"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("is on no career ladder");
  });
});
