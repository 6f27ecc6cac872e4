/**
 * docs/json-output.md against the JSON the commands print: each ```shape block is checked both ways
 * on runs chosen to fill in every part of it (a route, a region, a typing speed not measured, a history
 * with two results, a problem with a suggestion), so a key printed but not documented fails, and so does
 * a key documented but never printed.
 */
import { tmpdir } from "node:os";
import { describe, expect, it } from "vitest";
import { shapeJsonSchema } from "../../src/schema/json-schema.js";
import { OUTPUTS } from "../../src/schema/outputs.js";
import { fencedBlocks, parseShape, readDoc, schemaShapeProblems, shapeOfSchema, shapePaths, shapeProblems } from "../helpers/docs.js";
import { RUNS } from "../helpers/json-runs.js";
import { runJson } from "../helpers/run.js";

const blocks = fencedBlocks(readDoc("docs/json-output.md"), "shape");
/** The blocks of what commands print on stdout. */
const stdoutBlocks = blocks.filter((b) => b.info !== "error");

describe("docs/json-output.md", () => {
  it("has a block for every run below, and runs for every block", async () => {
    // an error is printed on stderr: tests/cli/json-errors.test.ts checks it against its schema
    expect(stdoutBlocks.map((b) => b.info).sort()).toEqual(Object.keys(RUNS).sort());
  });

  describe.each(stdoutBlocks)("```shape $info", async ({ info, body }) => {
    const shape = parseShape(body);
    const runs = (await RUNS[info]?.()) ?? [];
    const outputs: ({ args: string[] } & Awaited<ReturnType<typeof runJson>>)[] = [];
    for (const [args, opts] of runs) outputs.push({ args, ...(await runJson(args, opts)) });

    const named = (args: string[]) => args.map((a) => (a.startsWith(tmpdir()) ? "<tmp>" : a)).join(" ");
    it.each(outputs.map((o) => [named(o.args), o] as const))(
      "careers %s prints what it documents, and only that",
      (_, { data, result }) => {
        // a run whose JSON reports errors in role files exits 1, after the JSON
        const errors = (data as { problems?: { severity: string }[] }).problems?.some((p) => p.severity === "error");
        expect(result.status).toBe(errors ? 1 : 0);
        expect(shapeProblems(data, shape)).toEqual([]);
      },
    );

    it("every key it documents is printed by one of the runs", async () => {
      expect(outputs.length).toBeGreaterThan(0);
      const seen = new Set<string>();
      for (const o of outputs) shapeProblems(o.data, shape, "", seen);
      expect(shapePaths(shape).filter((p) => !seen.has(p))).toEqual([]);
    });
  });
});

describe("docs/json-output.md against the JSON Schemas of careers schema <command>", () => {
  const labels = Object.values(OUTPUTS).flatMap((c) => c.shapes.map((s) => s.label));

  it("has a block for every shape of a command, and a shape for every block", () => {
    expect(blocks.map((b) => b.info).sort()).toEqual([...labels].sort());
  });

  it.each(labels)("```shape %s agrees with its JSON Schema: the same keys, optional and nullable alike", (label) => {
    const block = blocks.find((b) => b.info === label);
    const schema = shapeJsonSchema(label);
    // the shape as the schema has it, to write the block from when it differs
    const hint = `the schema, as a shape: ${shapeOfSchema(schema)}`;
    // the role format's JSON Schema is the role's shape, documented in role-format.md: its top level here
    if (label === "schema") return expect(Object.keys(parseShape(block!.body)[0]!)).toEqual(["object"]);
    expect(block, hint).toBeDefined();
    expect(schemaShapeProblems(parseShape(block!.body), schema), hint).toEqual([]);
  });
});

describe("the shape check against a JSON Schema", () => {
  const schema = {
    type: "object",
    properties: {
      a: { type: "string" },
      b: {
        anyOf: [{ type: "object", properties: { c: { type: "number" } }, required: ["c"], additionalProperties: false }, { type: "null" }],
      },
      list: {
        type: "array",
        items: { type: "object", properties: { d: { type: "string" } }, required: ["d"], additionalProperties: false },
      },
      map: { type: "object", additionalProperties: { type: "number" } },
    },
    required: ["a", "list", "map"],
    additionalProperties: false,
  };

  it("accepts a shape that has the schema's keys, optional and nullable alike", () => {
    expect(schemaShapeProblems(parseShape("{ a, b?: { c } | null, list: [{ d }], map: object }"), schema)).toEqual([]);
    expect(shapeOfSchema(schema)).toBe("{ a, b?: { c } | null, list: [{ d }], map: object }");
  });

  it("names keys missing either way, optional or null where the schema differs, and a map written as a value", () => {
    expect(schemaShapeProblems(parseShape("{ a?, b: { c, e }, list: [{ d }] | null, map, f }"), schema)).toEqual([
      ".a: documented optional, the schema requires it",
      ".b: the schema leaves it optional, documented as always there",
      ".b: the schema allows null, not documented",
      ".b.e: documented, not in the schema",
      ".list: documented | null, the schema allows no null",
      ".map: documented as a plain value, the schema has an object or a list of them",
      ".f: documented, not in the schema",
    ]);
    expect(schemaShapeProblems(parseShape("{ a, list: [{ d }], map: object }"), schema)).toEqual([".b: in the schema, not documented"]);
  });
});

describe("the shape check", () => {
  const shape = parseShape("{ a, b?: { c } | null, list: [{ d }] }");

  it("accepts output as documented, optional keys left out and null where allowed", async () => {
    expect(shapeProblems({ a: 1, b: null, list: [{ d: "x" }] }, shape)).toEqual([]);
    expect(shapeProblems({ a: [1, 2], list: [] }, shape)).toEqual([]);
  });

  it("names a key printed but not documented, and one documented but not printed", async () => {
    expect(shapeProblems({ a: 1, list: [{ d: 1, e: 2 }], f: 3 }, shape)).toEqual([
      ".f: printed, not documented",
      ".list[].e: printed, not documented",
    ]);
    expect(shapeProblems({ list: [{}] }, shape)).toEqual([".a: documented, not printed", ".list[].d: documented, not printed"]);
  });

  it("names values of the wrong kind", async () => {
    expect(shapeProblems({ a: { x: 1 }, b: [1], list: null }, shape)).toEqual([
      '.a: documented as a plain value, printed as {"x":1}',
      ".b: a list, but the shape has none",
      ".list: null, but the shape allows no null",
    ]);
    expect(shapeProblems({ a: 1, b: "c", list: [1] }, shape)).toEqual([
      ".b: a plain value, but the shape has none",
      ".list[]: a plain value, but the shape has none",
    ]);
  });

  it("lists every documented path", async () => {
    expect(shapePaths(shape)).toEqual([".a", ".b", ".b.c", ".list", ".list[].d"]);
  });
});
