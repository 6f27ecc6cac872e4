/** `--format table|json|yaml|markdown|csv` on show, list, compare and path: each parsed back. */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { minimalRole } from "../helpers/hostile.js";
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

const ok = (args: string[]) => {
  const r = run(args);
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  return r.stdout;
};

describe("--format csv", () => {
  it("list: one row per role, RFC 4180 quoting", () => {
    const dir = awkwardDir();
    const r = run(["list", "--format", "csv", "--data-dir", dir]);
    expect(r.status).toBe(0);
    const [head, ...rows] = parseCsv(r.stdout);
    expect(head).toEqual(["id", "title", "medianSalary", "currency", "salaryBasis", "growthPercent", "typicalEducation", "origin", "file"]);
    const json = runJson(["list", "--json", "--data-dir", dir]).data;
    expect(rows.map((row) => row[0])).toEqual(json.roles.map((x: { id: string }) => x.id));
    expect(rows.find((row) => row[0] === "awkward")![1]).toBe(AWKWARD);
    expect(rows.find((row) => row[0] === "clerk")!.slice(2, 6)).toEqual(["38400", "USD", "key-facts", "4"]);
    expect(r.stdout).toContain(`"Lead, ""Tier 2"" | Escalations\\Night"`);
  });

  it("show: section,key,value rows holding every value of the role", () => {
    const [head, ...rows] = parseCsv(ok(["show", "clerk", "--format", "csv"]));
    expect(head).toEqual(["section", "key", "value"]);
    expect(rows).toContainEqual(["keyFacts", "medianSalary.amount", "38400"]);
    expect(rows).toContainEqual(["title", "", "Customer Service Clerk"]);
    // every scalar of the role file itself (read here with the yaml library, not the program), in file
    // order: the top-level key is the section, the rest of its path the key
    const file = parse(readFileSync(join(ROOT, "data", "roles", "clerk.yaml"), "utf8")) as Record<string, unknown>;
    const expected = Object.entries(file).flatMap(([section, value]) => leaves(value).map(([key, v]) => [section, key, v]));
    expect(expected.length).toBeGreaterThan(100); // the clerk file is long: a guard against an empty walk
    expect(rows).toEqual(expected);
  });

  it("compare: one row per figure, a column per role", () => {
    const [head, ...rows] = parseCsv(ok(["compare", "clerk", "supervisor", "--format", "csv"]));
    expect(head).toEqual(["figure", "clerk", "supervisor"]);
    const row = (k: string) => rows.find((r) => r[0] === k)?.slice(1);
    expect(row("salary.levelMedian.amount")).toEqual(["35000", "58000"]);
    expect(row("differences.levelMedian.amount")).toEqual(["0", "23000"]);
    const json = runJson(["compare", "clerk", "supervisor", "--json"]).data;
    expect(row("skills.count")?.[0]).toBe(String(json.roles[0].skills.count));
    expect(row("skills.names")?.[0]).toBe(json.roles[0].skills.names.join("; "));
    expect(rows.every((r) => r.length === 3)).toBe(true);
    // clerk.yaml lists 8 technical and 8 soft skills, and tools in 6 groups: 3 + 2 named products, two
    // groups with no products (counted by name), 2 + 2 more: 11. supervisor.yaml has neither section,
    // so every skills.* and tools.* cell of its column is empty.
    for (const list of ["skills", "tools"]) {
      const cells = rows.filter((r) => r[0]!.startsWith(`${list}.`));
      expect(cells.map((r) => r[0])).toEqual(["count", "names", "sharedWithFirst", "notInFirst", "source"].map((k) => `${list}.${k}`));
      expect(cells.map((r) => r[2])).toEqual(["", "", "", "", ""]);
    }
    expect(row("skills.count")).toEqual(["16", ""]);
    expect(row("tools.count")).toEqual(["11", ""]);
    expect(row("skills.notInFirst")).toEqual(["", ""]); // the first role against itself adds nothing
    expect(row("skills.source")).toEqual(["clerk-guide", ""]);
  });

  it("path: one row per step", () => {
    const [head, ...rows] = parseCsv(ok(["path", "clerk", "--format", "csv"]));
    const json = runJson(["path", "clerk", "--json"]).data;
    expect(rows.map((r) => r[head!.indexOf("role")])).toEqual(json.steps.map((s: { role: string }) => s.role));
    expect(rows[0]![head!.indexOf("current")]).toBe("true");
    expect(rows[1]![head!.indexOf("change")]).toBe(String(json.steps[1].change));
    expect(rows[0]![head!.indexOf("scope")]).toBe(json.steps[0].scope);
  });
});

describe("--format markdown", () => {
  it("list: a heading and a GitHub table with | escaped", () => {
    const dir = awkwardDir();
    const out = run(["list", "--format", "markdown", "--data-dir", dir]).stdout;
    expect(out.startsWith("## Roles\n\n| id | title |")).toBe(true);
    const [head, ...rows] = parseMarkdownTable(out);
    expect(head![0]).toBe("id");
    expect(rows.find((r) => r[0] === "awkward")![1]).toBe(AWKWARD);
    expect(rows).toHaveLength(8);
  });

  it("compare and path parse back to the same cells as csv", () => {
    for (const args of [["compare", "clerk", "manager"], ["path", "supervisor"], ["show", "clerk", "--section", "facts"]]) {
      expect(parseMarkdownTable(ok([...args, "--format", "markdown"]))).toEqual(parseCsv(ok([...args, "--format", "csv"])));
    }
  });
});

describe("--format yaml", () => {
  it("show: a role file that validates and equals show --json", () => {
    const dir = tmp();
    for (const id of ["clerk", "supervisor"]) {
      const text = ok(["show", id, "--format", "yaml"]);
      writeFileSync(join(dir, `${id}.yaml`), text);
      expect(parse(text)).toEqual(runJson(["show", id, "--json"]).data);
    }
    const v = runJson(["validate", join(dir, "clerk.yaml"), join(dir, "supervisor.yaml"), "--json"]);
    expect(v.result.status).toBe(0);
    expect(v.data).toMatchObject({ valid: true, errors: 0 });
    expect(runJson(["show", "clerk", "--json", "--data-dir", dir]).data).toEqual(runJson(["show", "clerk", "--json"]).data);
  });

  it("list, compare and path: the JSON result as YAML", () => {
    for (const args of [["list"], ["compare", "clerk", "specialist"], ["path", "clerk", "--from", "clerk", "--to", "supervisor"]]) {
      expect(parse(ok([...args, "--format", "yaml"]))).toEqual(runJson([...args, "--json"]).data);
    }
  });
});

describe("--format json and table", () => {
  it("--json is the short form of --format json", () => {
    for (const args of [["list"], ["show", "clerk"], ["compare", "clerk", "manager"], ["path", "clerk"]]) {
      expect(ok([...args, "--format", "json"])).toBe(ok([...args, "--json"]));
    }
  });

  it("--format table is the human output", () => {
    expect(ok(["show", "clerk", "--format", "table"])).toBe(ok(["show", "clerk"]));
    expect(ok(["list", "-f", "table"])).toContain("Details: careers show <id>");
  });

  it("an unknown format, or two formats at once, is a usage error", () => {
    const bad = run(["list", "--format", "xml"]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/Allowed choices are table, json, yaml, markdown, csv/);
    const both = run(["show", "clerk", "--json", "--format", "csv"]);
    expect(both.status).toBe(2);
    expect(both.stdout).toBe("");
    expect(both.stderr).toMatch(/--json and --format csv/);
  });
});
