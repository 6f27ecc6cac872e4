/**
 * docs/json-output.md against the JSON the commands print: each ```shape block is checked both ways
 * on runs chosen to fill in every part of it (a route, a region, a typing speed not measured, a history
 * with two results, a problem with a suggestion), so a key printed but not documented fails, and so does
 * a key documented but never printed.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fencedBlocks, parseShape, readDoc, shapePaths, shapeProblems } from "../helpers/docs.js";
import { runJson, type RunOptions } from "../helpers/run.js";

const tmp = (prefix: string) => mkdtempSync(join(tmpdir(), `careers-${prefix}-`));

let template: { data: Record<string, unknown>; args: string[] } | undefined;
/** clerk's answers template, as `assess clerk --template --json` prints it (read once). */
async function clerkTemplate(): Promise<{ data: Record<string, unknown>; args: string[] }> {
  const args = ["assess", "clerk", "--template", "--json"];
  return (template ??= { data: (await runJson(args)).data, args });
}

/**
 * Answers to clerk's questions (a ladder level without skills of its own, such as supervisor, is asked
 * the same): every skill "working" but the first "basic", 1 year, three kinds of tool.
 */
async function answers(role: string, typingWpm: number | null): Promise<string> {
  const t = (await clerkTemplate()).data as { skills: Record<string, number> };
  const skills = Object.fromEntries(Object.keys(t.skills).map((name, i) => [name, i === 0 ? "basic" : "working"]));
  const file = join(tmp("answers"), "answers.json");
  writeFileSync(file, JSON.stringify({ ...t, role, skills, experienceYears: 1, typingWpm, tools: ["Salesforce", "headsets", "Google Workspace"] }));
  return file;
}

/** A folder with one valid role and one with a misspelt key ("sumary"), for a problem with a suggestion. */
function rolesWithProblems(): string {
  const dir = tmp("roles");
  const role = (id: string, summaryKey: string) =>
    `id: ${id}\ntitle: Team lead\n${summaryKey}: Leads a team.\nsources:\n  - id: own\n    title: Our ladder\n`;
  writeFileSync(join(dir, "team-lead.yaml"), role("team-lead", "summary"));
  writeFileSync(join(dir, "shift-lead.yaml"), role("shift-lead", "sumary"));
  return dir;
}


/** The runs whose output each shape is checked against, by the label of its block. */
const RUNS: Record<string, () => Promise<[string[], RunOptions?][]>> = {
  // the second holds a file with a misspelt key: its problem is in the JSON
  list: async () => [[["list", "--json"]], [["list", "--json", "--data-dir", rolesWithProblems()]]],
  // between them, every top-level key of the format
  show: async () => [[["show", "clerk", "--json"]], [["show", "representative", "--json"]]],
  compare: async () => [[["compare", "clerk", "representative", "--region", "australia", "--json"]]],
  // a current level (supervisor), a route, and a salary inversion on it (representative after senior-clerk)
  path: async () => [[["path", "supervisor", "--from", "junior-clerk", "--to", "supervisor", "--json"]]],
  assess: async () => [
    // a typing speed not measured; a level with its ladder's skills, and where you are said
    [["assess", "--answers", await answers("clerk", null), "--json"]],
    [["assess", "supervisor", "--answers", await answers("supervisor", 30), "--current", "clerk", "--json"]],
  ],
  "assess --template": async () => [[(await clerkTemplate()).args]],
  // two saved results for one role: the second has a change
  "assess --history": async () => {
    const home = { env: { CAREERS_HOME: tmp("home") } };
    for (const wpm of [30, 40]) expect((await runJson(["assess", "--answers", await answers("clerk", wpm), "--save", "--json"], home)).result.status).toBe(0);
    return [[["assess", "--history", "--json"], home], [["assess", "--history", "manager", "--json"], home]];
  },
  validate: async () => [[["validate", rolesWithProblems(), "--json"]]],
  schema: async () => [[["schema", "--json"]]],
  new: async () => {
    const dir = join(tmp("new"), "my-roles");
    mkdirSync(dir);
    return [[["new", "team-lead", "--data-dir", dir, "--json"]]];
  },
};

const blocks = fencedBlocks(readDoc("docs/json-output.md"), "shape");

describe("docs/json-output.md", () => {
  it("has a block for every run below, and runs for every block", () => {
    expect(blocks.map((b) => b.info).sort()).toEqual(Object.keys(RUNS).sort());
  });

  describe.each(blocks)("```shape $info", async ({ info, body }) => {
    const shape = parseShape(body);
    const runs = (await RUNS[info]?.()) ?? [];
    const outputs: ({ args: string[] } & Awaited<ReturnType<typeof runJson>>)[] = [];
    for (const [args, opts] of runs) outputs.push({ args, ...(await runJson(args, opts)) });

    const named = (args: string[]) => args.map((a) => (a.startsWith(tmpdir()) ? "<tmp>" : a)).join(" ");
    it.each(outputs.map((o) => [named(o.args), o] as const))("careers %s prints what it documents, and only that", (_, { data, result }) => {
      // a run whose JSON reports errors in role files exits 1, after the JSON
      const errors = (data as { problems?: { severity: string }[] }).problems?.some((p) => p.severity === "error");
      expect(result.status).toBe(errors ? 1 : 0);
      expect(shapeProblems(data, shape)).toEqual([]);
    });

    it("every key it documents is printed by one of the runs", () => {
      expect(outputs.length).toBeGreaterThan(0);
      const seen = new Set<string>();
      for (const o of outputs) shapeProblems(o.data, shape, "", seen);
      expect(shapePaths(shape).filter((p) => !seen.has(p))).toEqual([]);
    });
  });
});

describe("the shape check", () => {
  const shape = parseShape("{ a, b?: { c } | null, list: [{ d }] }");

  it("accepts output as documented, optional keys left out and null where allowed", () => {
    expect(shapeProblems({ a: 1, b: null, list: [{ d: "x" }] }, shape)).toEqual([]);
    expect(shapeProblems({ a: [1, 2], list: [] }, shape)).toEqual([]);
  });

  it("names a key printed but not documented, and one documented but not printed", () => {
    expect(shapeProblems({ a: 1, list: [{ d: 1, e: 2 }], f: 3 }, shape)).toEqual([".f: printed, not documented", ".list[].e: printed, not documented"]);
    expect(shapeProblems({ list: [{}] }, shape)).toEqual([".a: documented, not printed", ".list[].d: documented, not printed"]);
  });

  it("names values of the wrong kind", () => {
    expect(shapeProblems({ a: { x: 1 }, b: [1], list: null }, shape)).toEqual([
      '.a: documented as a plain value, printed as {"x":1}',
      ".b: a list, but the shape has none",
      ".list: null, but the shape allows no null",
    ]);
    expect(shapeProblems({ a: 1, b: "c", list: [1] }, shape)).toEqual([".b: a plain value, but the shape has none", ".list[]: a plain value, but the shape has none"]);
  });

  it("lists every documented path", () => {
    expect(shapePaths(shape)).toEqual([".a", ".b", ".b.c", ".list", ".list[].d"]);
  });
});
