/** `--format table|json|yaml|markdown|csv` on show, list, compare and path: each parsed back. */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ROLE_KEYS } from "../../src/schema/role.js";
import { minimalRole } from "../helpers/hostile.js";
import { loadShipped } from "../helpers/roles.js";
import { ROOT, run, runJson } from "../helpers/run.js";
import { parseCsv, parseMarkdownTable } from "../helpers/tables.js";

/** [dotted key, text] for each scalar under `value`: `medianSalary.amount`, `[0].id`; a top-level scalar has key "". */
function leaves(value: unknown, key = ""): [string, string][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, `${key}[${i}]`));
  if (value !== null && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => leaves(v, key ? `${key}.${k}` : k));
  return [[key, value === null ? "" : String(value)]];
}

const tmp = () => mkdtempSync(join(tmpdir(), "careers-formats-"));

/** A user role whose title needs quoting in both csv and markdown. */
const AWKWARD = 'Lead, "Tier 2" | Escalations\\Night';
function awkwardDir(): string {
  const dir = tmp();
  writeFileSync(join(dir, "awkward.yaml"), minimalRole("awkward").replace("title: Demo Role", `title: ${JSON.stringify(AWKWARD)}`));
  return dir;
}

const ok = async (args: string[]) => {
  const r = await run(args);
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  return r.stdout;
};

describe("--format csv", () => {
  it("list: one row per role, RFC 4180 quoting", async () => {
    const dir = awkwardDir();
    const r = await run(["list", "--format", "csv", "--data-dir", dir]);
    expect(r.status).toBe(0);
    const [head, ...rows] = parseCsv(r.stdout);
    expect(head!.slice(0, 8)).toEqual(["id", "code", "title", "source", "median", "currency", "period", "medianAtLeast"]);
    // no machine-local path: the role files' folder is nowhere in it
    expect(r.stdout).not.toContain(dir);
    const json = (await runJson(["list", "--json", "--data-dir", dir])).data;
    expect(rows.map((row) => row[0])).toEqual(json.results.map((x: { id: string }) => x.id));
    const cell = (id: string, column: string) => rows.find((row) => row[0] === id)![head!.indexOf(column)];
    expect(cell("awkward", "title")).toBe(AWKWARD);
    // the clerk guide: 38,400 USD a year (BLS, May 2023), growth 4%
    expect(["median", "currency", "period", "medianBasis", "growthPercent"].map((c) => cell("clerk", c))).toEqual([
      "38400",
      "USD",
      "year",
      "key-facts",
      "4",
    ]);
    expect(r.stdout).toContain(`"Lead, ""Tier 2"" | Escalations\\Night"`);
  });

  it("show: section,key,value rows holding every value of the role", async () => {
    const [head, ...rows] = parseCsv(await ok(["show", "clerk", "--format", "csv"]));
    expect(head).toEqual(["section", "key", "value"]);
    expect(rows).toContainEqual(["keyFacts", "medianSalary.amount", "38400"]);
    expect(rows).toContainEqual(["title", "", "Customer Service Clerk"]);
    // every scalar of the role file itself (read here with the yaml library, not the program), in file
    // order within a section, the sections in the format's order of keys: the top-level key is the
    // section, the rest of its path the key
    const file = parse(readFileSync(join(ROOT, "data", "roles", "clerk.yaml"), "utf8")) as Record<string, unknown>;
    const sections = ROLE_KEYS.filter((k) => k in file);
    expect([...sections].sort()).toEqual(Object.keys(file).sort());
    const expected = sections.flatMap((section) => leaves(file[section]).map(([key, v]) => [section, key, v]));
    expect(expected.length).toBeGreaterThan(100); // the clerk file is long: a guard against an empty walk
    // the same rows; within an object the keys come in the format's order, not the file's
    const key = (r: unknown[]) => JSON.stringify(r);
    expect(rows.map(key).sort()).toEqual(expected.map(key).sort());
    expect(rows.map((r) => r[0])).toEqual(expected.map((r) => r[0]));
  });

  it("compare: one row per figure, a column per role", async () => {
    const [head, ...rows] = parseCsv(await ok(["compare", "clerk", "supervisor", "--format", "csv"]));
    expect(head).toEqual(["figure", "clerk", "supervisor"]);
    const row = (k: string) => rows.find((r) => r[0] === k)?.slice(1);
    expect(row("salary.levelMedian.amount")).toEqual(["35000", "58000"]);
    expect(row("differences.levelMedian.amount")).toEqual(["0", "23000"]);
    const json = (await runJson(["compare", "clerk", "supervisor", "--json"])).data;
    expect(row("skills.count")?.[0]).toBe(String(json.roles[0].skills.count));
    expect(row("skills.items")?.[0]).toBe(json.roles[0].skills.items.map((i: { name: string }) => i.name).join("; "));
    expect(rows.every((r) => r.length === 3)).toBe(true);
    // clerk.yaml lists 8 technical and 8 soft skills, and tools in 6 groups (kinds of tool, compared by
    // id). supervisor.yaml has neither section, so every skills.* and tools.* cell of its column is empty.
    for (const list of ["skills", "tools"]) {
      const cells = rows.filter((r) => r[0]!.startsWith(`${list}.`));
      expect(cells.map((r) => r[0])).toEqual(["count", "items", "sharedWithFirst", "notInFirst", "source"].map((k) => `${list}.${k}`));
      expect(cells.map((r) => r[2])).toEqual(["", "", "", "", ""]);
    }
    expect(row("skills.count")).toEqual(["16", ""]);
    expect(row("tools.count")).toEqual(["6", ""]);
    expect(row("skills.notInFirst")).toEqual(["", ""]); // the first role against itself adds nothing
    expect(row("skills.source")).toEqual(["clerk-guide", ""]);
  });

  it("path: one row per step", async () => {
    const [head, ...rows] = parseCsv(await ok(["path", "clerk", "--format", "csv"]));
    const json = (await runJson(["path", "clerk", "--json"])).data;
    expect(rows.map((r) => r[head!.indexOf("role")])).toEqual(json.steps.map((s: { role: string }) => s.role));
    expect(rows[0]![head!.indexOf("current")]).toBe("true");
    expect(rows[1]![head!.indexOf("change")]).toBe(String(json.steps[1].change));
    expect(rows[0]![head!.indexOf("scope")]).toBe(json.steps[0].scope);
  });
});

describe("--format markdown", () => {
  it("list: a heading and a GitHub table with | escaped", async () => {
    const dir = awkwardDir();
    const out = (await run(["list", "--format", "markdown", "--data-dir", dir])).stdout;
    expect(out.startsWith("## Roles\n\n| id | code | title |")).toBe(true);
    const [head, ...rows] = parseMarkdownTable(out);
    expect(head![0]).toBe("id");
    expect(rows.find((r) => r[0] === "awkward")![2]).toBe(AWKWARD);
    expect(rows).toHaveLength(8);
  });

  it("compare and path parse back to the same cells as csv", async () => {
    for (const args of [
      ["compare", "clerk", "manager"],
      ["path", "supervisor"],
      ["show", "clerk", "--section", "facts"],
    ]) {
      expect(parseMarkdownTable(await ok([...args, "--format", "markdown"]))).toEqual(parseCsv(await ok([...args, "--format", "csv"])));
    }
  });
});

describe("--format markdown: what a table cannot hold", () => {
  it("path: focus areas in their column, then the salary footnote, the lateral moves and the source", async () => {
    const clerk = loadShipped("clerk");
    const out = await ok(["path", "clerk", "--format", "markdown"]);
    const [head, ...rows] = parseMarkdownTable(out);
    const supervisor = rows.find((r) => r[head!.indexOf("role")] === "supervisor")!;
    expect(supervisor[head!.indexOf("focusAreas")]).toBe(loadShipped("supervisor").level!.focusAreas.join("; "));
    // clerk's salary-by-level table: Junior Clerk's 30,000 is below Clerk's 35,000, a fall of 5,000
    const table = clerk.salaryByLevel!.levels;
    const [c, j] = ["clerk", "junior-clerk"].map((id) => table.find((l) => l.role === id)!.median!);
    expect([c, j]).toEqual([35_000, 30_000]);
    expect(out).toContain("\n\\* A negative change: the guide's salary-by-level table puts this level below the one before it");
    expect(out).toContain("\n- Junior Customer Service Clerk 30,000 USD < Customer Service Clerk 35,000 USD (-5,000 USD)\n");
    expect(out).toContain("\nLateral moves\n\n");
    for (const m of clerk.ladder!.lateralMoves!) expect(out).toContain(`\n- ${m.name}: ${m.detail}\n`);
    expect(out).toMatch(
      new RegExp(
        `\\nSource\\n\\n- ${clerk.sources.find((x) => x.id === clerk.ladder!.source)!.title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}[^\\n]*\\n$`,
      ),
    );
  });

  it("csv leaves the notes out: one table, a row per step", async () => {
    const csv = await ok(["path", "clerk", "--format", "csv"]);
    expect(csv).not.toContain("Lateral moves");
    expect(parseCsv(csv)).toHaveLength(1 + loadShipped("clerk").ladder!.levels.length);
  });
});

describe("--format yaml", () => {
  it("show: a role file that validates and equals show --json", async () => {
    const dir = tmp();
    for (const id of ["clerk", "supervisor"]) {
      const text = await ok(["show", id, "--format", "yaml"]);
      writeFileSync(join(dir, `${id}.yaml`), text);
      // the JSON is the role file with the output's schemaVersion first (the YAML is a file to edit, without it)
      expect(parse(text)).toEqual((await runJson(["show", id, "--json"])).data);
      expect(parse(text)).not.toHaveProperty("schemaVersion");
    }
    const v = await runJson(["validate", join(dir, "clerk.yaml"), join(dir, "supervisor.yaml"), "--json"]);
    expect(v.result.status).toBe(0);
    expect(v.data).toMatchObject({ valid: true, errors: 0 });
    expect((await runJson(["show", "clerk", "--json", "--data-dir", dir])).data).toEqual((await runJson(["show", "clerk", "--json"])).data);
  });

  it("list, compare and path: the JSON result as YAML", async () => {
    for (const args of [["list"], ["compare", "clerk", "specialist"], ["path", "clerk", "--from", "clerk", "--to", "supervisor"]]) {
      expect(parse(await ok([...args, "--format", "yaml"]))).toEqual((await runJson([...args, "--json"])).doc);
    }
  });
});

describe("--format json and table", () => {
  it("--json is the short form of --format json", async () => {
    for (const args of [["list"], ["show", "clerk"], ["compare", "clerk", "manager"], ["path", "clerk"]]) {
      expect(await ok([...args, "--format", "json"])).toBe(await ok([...args, "--json"]));
    }
  });

  it("--format table is the human output", async () => {
    expect(await ok(["show", "clerk", "--format", "table"])).toBe(await ok(["show", "clerk"]));
    expect(await ok(["list", "-f", "table"])).toContain("Details: careers show <id>");
  });

  it("an unknown format, or two formats at once, is a usage error", async () => {
    const bad = await run(["list", "--format", "xml"]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe(
      'careers: unknown format "xml": --format takes table, json, yaml, markdown, csv, jsonl\nSuch as: --format csv.\n',
    );
    const both = await run(["show", "clerk", "--json", "--format", "csv"]);
    expect(both.status).toBe(2);
    expect(both.stdout).toBe("");
    expect(both.stderr).toMatch(/--json and --format csv/);
  });
});
