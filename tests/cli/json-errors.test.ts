/**
 * Errors as data: with --json, or --format json|yaml, a failure prints `{ schemaVersion, error: { kind,
 * message, hint, exitCode, ... } }` on stderr (YAML for --format yaml), and the exit code is the same as
 * without. One run per exit code, stderr parsed as JSON and validated against `careers schema error`;
 * commander's own usage errors (unknown option, missing argument, unknown command) too.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { Io } from "../../src/app/context.js";
import { reportError } from "../../src/cli.js";
import { cancelledError, EXIT, terminatedError } from "../../src/errors.js";
import { outputJsonSchema } from "../../src/schema/json-schema.js";
import { SCHEMA_VERSION } from "../../src/schema/version.js";
import { run } from "../helpers/run.js";

const validate = new Ajv2020({ strict: true, allowUnionTypes: true }).compile(outputJsonSchema("error"));
const tmp = (prefix: string) => mkdtempSync(join(tmpdir(), `careers-${prefix}-`));

/** stderr as the error document: JSON, valid against its schema, nothing else on it. */
function errorOf(stderr: string) {
  const doc = JSON.parse(stderr);
  expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
  expect(doc.schemaVersion).toBe(SCHEMA_VERSION);
  return doc.error;
}

describe("an error under --json is data on stderr, with the exit code unchanged", () => {
  it("exit 2, usage: a bad value of an option (the same code as without --json)", async () => {
    const text = await run(["show", "clerk", "--section", "payy"]);
    const r = await run(["show", "clerk", "--section", "payy", "--json"]);
    expect(r.status).toBe(EXIT.usage);
    expect(text.status).toBe(EXIT.usage);
    expect(r.stdout).toBe("");
    const error = errorOf(r.stderr);
    expect(error).toMatchObject({ kind: "usage", exitCode: 2 });
    expect(error.message).toContain('"payy"');
    // the same message and hint as the text, as data
    expect(text.stderr).toContain(`careers: ${error.message}`);
    expect(text.stderr).toContain(error.hint);
  });

  it("exit 2, not-found: a role that is not there, with the suggestion as the hint", async () => {
    const r = await run(["show", "clerc", "--json"]);
    expect(r.status).toBe(EXIT.usage);
    const error = errorOf(r.stderr);
    expect(error).toMatchObject({ kind: "not-found", exitCode: 2 });
    expect(error.hint).toContain('"clerk"');
  });

  it("exit 2, commander's own: an unknown option, a missing argument, an unknown command", async () => {
    const unknown = await run(["list", "--json", "--sortt", "median"]);
    expect(unknown.status).toBe(EXIT.usage);
    expect(errorOf(unknown.stderr)).toEqual({
      kind: "usage",
      message: "unknown option '--sortt'",
      hint: "Did you mean --sort?",
      exitCode: 2,
    });
    const missing = await run(["new", "--json"]);
    expect(missing.status).toBe(EXIT.usage);
    expect(errorOf(missing.stderr)).toMatchObject({ kind: "usage", message: "missing required argument 'id'", exitCode: 2 });
    const command = await run(["lsit", "--json"]);
    expect(command.status).toBe(EXIT.usage);
    expect(errorOf(command.stderr)).toMatchObject({ kind: "usage", message: "unknown command 'lsit'", hint: "Did you mean list?" });
    // --format json asks for it as --json does; without either, commander's line as before
    expect(errorOf((await run(["list", "--format", "json", "--sortt"])).stderr).message).toBe("unknown option '--sortt'");
    expect((await run(["list", "--sortt"])).stderr).toMatch(/^careers: unknown option '--sortt'/);
  });

  it("exit 1, invalid-data: a broken answers file, at its file:line:col", async () => {
    const file = join(tmp("answers"), "answers.yaml");
    writeFileSync(file, "role: clerk\nskills:\n  crm-software: [\n");
    const r = await run(["assess", "--answers", file, "--json"]);
    expect(r.status).toBe(EXIT.data);
    expect(r.stdout).toBe("");
    const error = errorOf(r.stderr);
    expect(error).toMatchObject({ kind: "invalid-data", exitCode: 1, file });
    expect(error.line).toBeGreaterThan(0);
    expect(error.problems[0]).toMatchObject({ file, line: error.line, col: error.col, severity: "error" });
  });

  it("exit 1: a role file that does not load, in list's JSON and in the error's problems, nothing else on stderr", async () => {
    const dir = tmp("roles");
    writeFileSync(
      join(dir, "shift-lead.yaml"),
      "id: shift-lead\ntitle: Shift lead\nsumary: Leads.\nsources:\n  - id: own\n    title: Ours\n",
    );
    const r = await run(["list", "--json", "--data-dir", dir]);
    expect(r.status).toBe(EXIT.data);
    const listed = JSON.parse(r.stdout).problems;
    const error = errorOf(r.stderr);
    expect(error).toMatchObject({ kind: "invalid-data", exitCode: 1, file: join(dir, "shift-lead.yaml") });
    expect(error.problems).toEqual(listed.filter((p: { severity: string }) => p.severity === "error"));
  });

  it("exit 0: nothing on stderr", async () => {
    const r = await run(["show", "clerk", "--json"]);
    expect(r.status).toBe(EXIT.ok);
    expect(r.stderr).toBe("");
  });

  it("--format yaml: the same document in YAML", async () => {
    const r = await run(["show", "clerc", "--format", "yaml"]);
    expect(r.status).toBe(EXIT.usage);
    const doc = parse(r.stderr);
    expect(validate(doc)).toBe(true);
    expect(doc.error).toEqual(errorOf((await run(["show", "clerc", "--json"])).stderr));
  });

  it("exit 130 and 143, and a fault of the program (exit 1, kind internal), as data too", async () => {
    const written = async (err: unknown) => {
      let stderr = "";
      const io = { stderr: (t: string) => void (stderr += t), env: {} } as unknown as Io;
      return { code: await reportError(err, io, "json"), error: errorOf(stderr) };
    };
    expect(await written(cancelledError())).toEqual({
      code: 130,
      error: { kind: "cancelled", message: "Cancelled", hint: null, exitCode: 130 },
    });
    expect(await written(terminatedError())).toMatchObject({ code: 143, error: { kind: "terminated", exitCode: 143 } });
    expect(await written(new Error("boom"))).toEqual({
      code: 1,
      error: { kind: "internal", message: "internal error: boom", hint: "Set CAREERS_DEBUG=1 to see where it happened.", exitCode: 1 },
    });
  });
});
