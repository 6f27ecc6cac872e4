/**
 * Human output through the built binary fits the width: no line wider than $COLUMNS, no word cut where the
 * layout could keep it whole (every word on screen is one the widest layout shows too), and the width is
 * capped for prose and charts on very wide terminals.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { linesWiderThan, tableLines, tokens } from "../helpers/layout.js";
import { loadShipped } from "../helpers/roles.js";
import { run } from "../helpers/run.js";

const at = async (columns: number, args: string[], env: Record<string, string> = {}) => {
  const r = await run(args, { env: { COLUMNS: String(columns), ...env } });
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  return r.stdout;
};

const COMMANDS = [["list"], ["show", "clerk"], ["show", "representative"], ["compare", "clerk", "representative"], ["path", "clerk"]];

describe.each(COMMANDS)("careers %s", async (...args) => {
  const widest = tokens(await at(160, args));
  it.each([60, 80, 120])("at COLUMNS=%i: no line wider, no word cut", async (columns) => {
    const out = await at(columns, args);
    expect(linesWiderThan(out, columns)).toEqual([]);
    expect([...tokens(out)].filter((t) => !widest.has(t))).toEqual([]);
  });
});

describe("named words stay whole", () => {
  it.each([
    [60, ["list"], ["representative", "junior-clerk", "senior-clerk", "Representative", "equivalent…"]],
    [60, ["show", "clerk"], ["40,000–100,000+", "2,000–10,000", "corporations", "communications"]],
    [80, ["path", "clerk"], ["Representative"]],
  ])("at COLUMNS=%i, careers %j shows %j in its tables", async (columns, args, words) => {
    const seen = tokens(tableLines(await at(columns, args)));
    for (const w of words) expect(seen).toContain(w);
  });
});

describe("prose wraps at the width", () => {
  it("the list footnote, the time to a first job and a role with no data", async () => {
    expect(linesWiderThan(await at(60, ["list"]), 60)).toEqual([]);
    const clerk = await at(60, ["show", "clerk"]);
    expect(linesWiderThan(clerk, 60)).toEqual([]);
    expect(clerk.replace(/\s+/g, " ")).toContain(`Typical time to a first job: ${loadShipped("clerk").entry!.timeline}.`);
    const dir = mkdtempSync(join(tmpdir(), "careers-layout-"));
    expect((await run(["new", "team-lead", "--data-dir", dir])).status).toBe(0);
    const out = await at(60, ["show", "team-lead", "--data-dir", dir]);
    expect(out).toContain("Team Lead has no facts,");
    expect(linesWiderThan(out, 60)).toEqual([]);
  });
});

describe("assess --history", () => {
  it("keeps headings, scores and dates whole, splitting the table where they cannot all fit", async () => {
    const home = mkdtempSync(join(tmpdir(), "careers-home-"));
    const clerk = loadShipped("clerk");
    const skills = clerk.requirements!.skills!.map((s) => `  ${s.id}: 2`);
    const answers = join(home, "answers.yaml");
    writeFileSync(
      answers,
      [
        "role: clerk",
        "skills:",
        ...skills,
        "measures: {typing-speed: 45}",
        "experienceYears: 1",
        "education: high-school",
        "tools: [Salesforce]",
      ].join("\n") + "\n",
    );
    for (let i = 0; i < 2; i++)
      expect((await run(["assess", "--answers", answers, "--save"], { env: { CAREERS_HOME: home } })).status).toBe(0);
    for (const columns of [60, 80, 120]) {
      const out = await at(columns, ["assess", "--history"], { CAREERS_HOME: home });
      expect(linesWiderThan(out, columns)).toEqual([]);
      const seen = [...tokens(out)];
      for (const w of ["Readiness", "Experience", "Education", "Skills", "Tools"]) expect(seen).toContain(w);
      expect(seen.some((t) => /^(ready|nearly|building|early)$/.test(t))).toBe(true);
      // a date and a time, each whole: no "2026-11-2" / "3"
      expect(seen.filter((t) => /^\d{4}-/.test(t)).every((t) => /^\d{4}-\d{2}-\d{2}$/.test(t))).toBe(true);
      expect(seen.some((t) => /^\d{4}-\d{2}-\d{2}$/.test(t)) && seen.some((t) => /^\d{2}:\d{2}$/.test(t))).toBe(true);
    }
  });
});

describe("a very wide terminal", () => {
  it.each([
    ["compare", "clerk", "representative"],
    ["show", "clerk"],
    ["path", "clerk"],
  ])("careers %s draws no line wider than 160 at COLUMNS=100000", async (...args) => {
    const out = await at(100_000, args);
    expect(linesWiderThan(out, 160)).toEqual([]);
    expect(tokens(out)).toEqual(tokens(await at(160, args)));
  });
});
