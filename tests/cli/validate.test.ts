/** `careers validate` through the built binary: syntax, schema and consistency, as lines and as JSON. */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { minimalRole } from "../helpers/hostile.js";
import { ROOT, run, runJson } from "../helpers/run.js";

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "careers-validate-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const withLadder = (id: string, levels: string) =>
  minimalRole(id) + `ladder:\n  source: guide\n  name: Mine\n  tracks:\n    - id: ic\n      name: IC\n  levels:\n${levels}`;

/** The line of a ladder level's `role:` in the bundled clerk.yaml (1-based), where the warnings point. */
const ladderLine = (role: string): number => {
  const lines = readFileSync(join(ROOT, "data", "roles", "clerk.yaml"), "utf8").split("\n");
  const ladder = lines.indexOf("ladder:");
  return lines.findIndex((l, i) => i > ladder && l === `    - role: ${role}`) + 1;
};

describe("careers validate", () => {
  it("passes the bundled roles with the two ladder salary falls as warnings (exit 0)", async () => {
    const r = await run(["validate"]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe(
      [
        `data/roles/clerk.yaml:${ladderLine("junior-clerk")}:13: warning: ladder.levels[1].role: salary falls along the ladder: junior-clerk (median 30,000 USD) earns less than the step before, clerk (median 35,000 USD)`,
        `data/roles/clerk.yaml:${ladderLine("representative")}:13: warning: ladder.levels[3].role: salary falls along the ladder: representative (median 40,000 USD) earns less than the step before, senior-clerk (median 50,000 USD)`,
        "Checked 7 role files: valid, with 2 warnings.",
        "",
      ].join("\n"),
    );
  });

  it("--json gives the files and problems as data; from another folder the paths are absolute", async () => {
    // a new folder: never one that holds the project (a clone under the temp folder would be inside tmpdir())
    const elsewhere = mkdtempSync(join(tmpdir(), "careers-cwd-"));
    const { data, result } = await runJson(["validate", "--json"], { cwd: elsewhere });
    expect(result.status).toBe(0);
    expect(data).toMatchObject({ valid: true, errors: 0, warnings: 2 });
    expect(data.files).toHaveLength(7);
    expect(data.files[0]).toEqual({ file: join(ROOT, "data", "roles", "clerk.yaml"), id: "clerk", origin: "bundled", valid: true });
    expect(data.problems[0]).toMatchObject({
      file: join(ROOT, "data", "roles", "clerk.yaml"),
      line: ladderLine("junior-clerk"),
      col: 13,
      severity: "warning",
    });
  });

  it("checks the data folders alone, from the flag or CAREERS_DATA_DIR: the bundled roles are only known", async () => {
    // lead's ladder names the bundled supervisor: known, so no warning; the bundled files' own warnings are not repeated
    const dir = folder({
      "mine.yaml": minimalRole("mine") + "sumary: x\n",
      "lead.yaml": withLadder(
        "lead",
        "    - role: lead\n      title: Lead\n      track: ic\n    - role: supervisor\n      title: Next\n      track: ic\n",
      ),
    });
    for (const opts of [{ args: ["--data-dir", dir] }, { args: [], env: { CAREERS_DATA_DIR: dir } }]) {
      const r = await run(["validate", ...opts.args], { env: opts.env ?? {} });
      expect(r.status).toBe(1);
      expect(r.stdout).toBe(
        `${join(dir, "mine.yaml")}:7:1: sumary: unknown key "sumary" (did you mean "summary"?)\nChecked 2 role files: 1 error, no warnings.\n`,
      );
      expect(r.stderr).toBe("careers: 1 error in role files\n");
    }
  });

  it("warns about consistency in a user's files and still exits 0", async () => {
    const dir = folder({
      "lead.yaml":
        withLadder(
          "lead",
          "    - role: lead\n      title: Lead\n      track: ic\n    - role: supervsor\n      title: Next\n      track: ic\n",
        ) + "keyFacts:\n  salaryRange:\n    low: 70000\n    high: 50000\n    currency: USD\n    source: guide\n",
    });
    const r = await run(["validate", join(dir, "lead.yaml")]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(
      `${join(dir, "lead.yaml")}:17:13: warning: ladder.levels[1].role: "supervsor" names no known role (did you mean "supervisor"?)`,
    );
    expect(r.stdout).toContain(
      `${join(dir, "lead.yaml")}:22:10: warning: keyFacts.salaryRange.low: the low end (70,000) is above the high end (50,000)`,
    );
    expect(r.stdout).toMatch(/Checked 1 role file: valid, with 2 warnings\.\n$/);
  });

  it("warns where a level's own salary row differs from its ladder's table, and where one skill id has two O*NET links", async () => {
    // the ladder (held by lead) gives the level "coach" 40,000/42,000; coach's own row says 41,000/42,000
    const table = (rows: string) => `salaryByLevel:\n  source: guide\n  currency: USD\n  levels:\n${rows}`;
    const dir = folder({
      "lead.yaml":
        withLadder(
          "lead",
          "    - role: lead\n      title: Lead\n      track: ic\n    - role: coach\n      title: Coach\n      track: ic\n",
        ) +
        table("    - {level: Lead, role: lead, median: 30000}\n    - {level: Coach, role: coach, median: 40000, average: 42000}\n") +
        "skills:\n  source: guide\n  soft:\n    - {id: listening, name: Listening, onet: {id: 2.A.1.b, name: Active Listening}}\n",
      "coach.yaml":
        minimalRole("coach") +
        table("    - {level: Coach, role: coach, median: 41000, average: 42000}\n") +
        "skills:\n  source: guide\n  soft:\n    - {id: listening, name: Listening well, onet: {id: 2.A.1.d, name: Speaking}}\n",
    });
    const r = await run(["validate", dir]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(
      `${join(dir, "coach.yaml")}:11:7: warning: salaryByLevel.levels[0]: this row (median 41,000, average 42,000 USD) differs from the row for coach in lead's salary-by-level table, which holds its ladder (median 40,000, average 42,000 USD): careers path shows lead's, show and compare this one`,
    );
    // files are checked in name order: coach's link comes first, lead's differs from it
    expect(r.stdout).toContain(
      `${join(dir, "lead.yaml")}:29:51: warning: skills.soft[0].onet.id: skill "listening" is linked to O*NET 2.A.1.b (Active Listening) here, but to 2.A.1.d (Speaking) in coach: one id is one skill`,
    );
    expect(r.stdout).toMatch(/Checked 2 role files: valid, with 2 warnings\.\n$/);
  });

  it("references to bundled roles and to roles in the data folders are known", async () => {
    const data = folder({ "coach.yaml": minimalRole("coach") });
    const dir = folder({
      "lead.yaml": withLadder(
        "lead",
        "    - role: lead\n      title: L\n      track: ic\n    - role: coach\n      title: C\n      track: ic\n    - role: manager\n      title: M\n      track: ic\n",
      ),
    });
    expect((await run(["validate", join(dir, "lead.yaml")])).stdout).toContain('"coach" names no known role');
    const r = await run(["validate", join(dir, "lead.yaml"), "--data-dir", data]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe("Checked 1 role file: all valid.\n");
  });

  it("warns about the same id in two folders, and about a user role replacing a bundled one", async () => {
    const one = folder({ "dup.yaml": minimalRole("dup"), "clerk.yaml": minimalRole("clerk") });
    const two = folder({ "dup.yaml": minimalRole("dup") });
    const r = await run(["validate", one, two]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(
      `${join(two, "dup.yaml")}:1:5: warning: id: duplicate id "dup": ${join(one, "dup.yaml")} defines it too and is used instead`,
    );
    expect(r.stdout).toContain(
      `${join(one, "clerk.yaml")}:1:5: warning: id: role "clerk" overrides the bundled role of that id (data/roles/clerk.yaml)`,
    );
  });

  it("reports every file's problems, valid and broken files side by side (exit 1)", async () => {
    const dir = folder({ "good.yaml": minimalRole("good"), "bad.yaml": minimalRole("bad") + "title: again\n", "worse.yaml": "id: [\n" });
    const { data, result } = await runJson(["validate", dir, "--json"]);
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stderr).error).toMatchObject({ kind: "invalid-data", message: "2 errors in role files", exitCode: 1 });
    expect(data.valid).toBe(false);
    expect(data.files.map((f: { id: string; valid: boolean }) => [f.id, f.valid])).toEqual([
      ["bad", false],
      ["good", true],
      ["worse", false],
    ]);
    expect(data.problems.map((p: { file: string; line: number }) => [p.file, p.line])).toEqual([
      [join(dir, "bad.yaml"), 7],
      [join(dir, "worse.yaml"), 2],
    ]);
  });

  it("checks a bundled file given by path without calling it a duplicate of itself", async () => {
    const r = await run(["validate", "data/roles/manager.yaml"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe("Checked 1 role file: all valid.\n");
  });
});
