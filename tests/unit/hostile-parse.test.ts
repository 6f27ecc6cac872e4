/**
 * Every hostile or broken role file, read and parsed as the loader does (fs read, then the pure parser):
 * one diagnostic naming the file, and the line where there is one. The CLI runs of the same files are in
 * tests/cli/hostile.test.ts.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { formatDiagnostic } from "../../src/diagnostic.js";
import { parseRoleBytes } from "../../src/loader/parse.js";
import { readRoleFile } from "../../src/loader/read.js";
import { HOSTILE_CASES, type HostileDir, writeHostileCases } from "../helpers/hostile.js";

let fixtures: HostileDir;
beforeAll(() => {
  fixtures = writeHostileCases();
});

describe("hostile role files through read and parse", () => {
  it.each(HOSTILE_CASES)("$name: an error at the file's line, never a throw", (c) => {
    const file = fixtures.file(c.name);
    const read = readRoleFile(file);
    const diagnostics = read.ok
      ? (() => {
          const parsed = parseRoleBytes(file, read.bytes, c.name);
          return parsed.ok ? [] : parsed.diagnostics;
        })()
      : [read.diagnostic];
    const errors = diagnostics.filter((d) => d.severity === "error");
    expect(errors.length, "an error is reported").toBeGreaterThan(0);
    // the message as `careers validate` prints it: path, message and suggestion
    const first = errors.find((d) => c.message.test(formatDiagnostic(d)));
    expect(first, `no error matching ${c.message} in ${JSON.stringify(errors)}`).toBeDefined();
    expect(first!.file).toBe(file);
    expect(first!.line).toBe(c.line);
    if (c.col !== undefined) expect(first!.col).toBe(c.col);
  });
});
