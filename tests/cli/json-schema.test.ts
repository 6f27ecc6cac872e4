/**
 * The JSON Schemas of `careers schema <command>` against the JSON the commands print: every run of
 * tests/helpers/json-runs.ts (every command, and every option that changes the shape, with and without a
 * data set, over bundled roles, user roles and occupations) is validated by ajv (draft 2020-12) against the
 * schema of its shape and against its command's whole schema, as a script would. The schemas are strict:
 * a key renamed or left out fails.
 */
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { OUTPUT_NAMES, outputJsonSchema, shapeJsonSchema } from "../../src/schema/json-schema.js";
import { ROLE_KEYS } from "../../src/schema/role.js";
import { RUNS } from "../helpers/json-runs.js";
import { run, runJson } from "../helpers/run.js";

const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
const validator = (schema: Record<string, unknown>) => ajv.compile(schema);
const problems = (validate: ValidateFunction, doc: unknown) =>
  validate(doc) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || "(top)"} ${e.message} ${JSON.stringify(e.params)}`);

const commandOf = (label: string) => label.split(" ")[0]!;

describe.each(Object.keys(RUNS))("careers %s --json", async (label) => {
  const runs = await RUNS[label]!();
  const byShape = validator(shapeJsonSchema(label));
  const byCommand = validator(outputJsonSchema(commandOf(label)));
  it.each(runs.map(([args, opts]) => [args.join(" "), args, opts] as const))("%s: valid against its schema", async (_, args, opts) => {
    const result = await run([...args], opts);
    const doc = JSON.parse(result.stdout);
    expect(problems(byShape, doc)).toEqual([]);
    expect(problems(byCommand, doc)).toEqual([]);
    // strict enough that a script's key cannot be renamed unnoticed: each top-level key, and each key of
    // the first item of every top-level list (a JSON Schema is an open shape: the role format's own keys)
    if (label === "schema") return;
    for (const [at, renamed] of renamings(doc)) expect(problems(byShape, renamed), `${at} renamed`).not.toEqual([]);
  });
});

type Json = Record<string, unknown>;
const renameKey = (o: Json, key: string): Json => Object.fromEntries(Object.entries(o).map(([k, v]) => [k === key ? `${k}Renamed` : k, v]));
const isObject = (v: unknown): v is Json => v !== null && typeof v === "object" && !Array.isArray(v);
/** The document with one key renamed, for each key of the top level and of the first item of each top-level list. */
function renamings(doc: Json): [string, Json][] {
  const out: [string, Json][] = Object.keys(doc).map((k) => [`.${k}`, renameKey(doc, k)]);
  for (const [k, v] of Object.entries(doc)) {
    if (!Array.isArray(v) || !isObject(v[0])) continue;
    for (const inner of Object.keys(v[0])) out.push([`.${k}[0].${inner}`, { ...doc, [k]: [renameKey(v[0], inner), ...v.slice(1)] }]);
  }
  return out;
}

describe("careers schema <command>", () => {
  it.each(OUTPUT_NAMES)("careers schema %s prints a valid JSON Schema (draft 2020-12), the one the tests use", async (name) => {
    const result = await run(["schema", name]);
    expect(result.status).toBe(0);
    const schema = JSON.parse(result.stdout);
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(ajv.validateSchema(schema), JSON.stringify(ajv.errors)).toBe(true);
    expect(schema).toEqual(outputJsonSchema(name));
  });

  it("names every command with a schema in --list, and each shape of docs/json-output.md", async () => {
    const text = await run(["schema", "--list"]);
    expect(text.status).toBe(0);
    expect(
      text.stdout
        .split("\n")
        .filter((l) => /^\S/.test(l) && !l.startsWith("careers "))
        .map((l) => l.split(" ")[0]),
    ).toEqual(OUTPUT_NAMES);
    const { data } = await runJson(["schema", "--list", "--json"]);
    expect(data.commands.map((c: { name: string }) => c.name)).toEqual(OUTPUT_NAMES);
    // every shape a run checks above, and only those, is a shape of a command
    expect(data.commands.flatMap((c: { shapes: string[] }) => c.shapes).sort()).toEqual([...Object.keys(RUNS), "error"].sort());
  });

  it("keeps printing the role format without a command", async () => {
    const { data } = await runJson(["schema"]);
    expect(Object.keys(data.properties)).toEqual(ROLE_KEYS);
  });

  it("suggests the command meant on a typo, and exits 2", async () => {
    const r = await run(["schema", "mtach"]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain('no JSON Schema for "mtach"');
    expect(r.stderr).toContain('Did you mean "match"?');
    expect((await run(["schema", "match", "--list"])).status).toBe(2);
  });
});
