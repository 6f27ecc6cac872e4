/**
 * Read errors the file system gives only to some users: injected here, so the error path is tested
 * as root too (root reads everything, so a locked folder cannot show it; see tests/cli/hostile.test.ts).
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { listRoleFiles, readRoleFile } from "../../src/loader/read.js";

/** Paths whose open or listing fails, with the error code to fail with. */
const refused = vi.hoisted(() => new Map<string, string>());

vi.mock("node:fs", async (importOriginal) => {
  const fs = await importOriginal<typeof import("node:fs")>();
  const guard =
    <A extends unknown[], R>(call: (path: string, ...rest: A) => R) =>
    (path: string, ...rest: A): R => {
      const code = refused.get(String(path));
      if (code) throw Object.assign(new Error(`${code}: refused, ${path}`), { code, path });
      return call(path, ...rest);
    };
  const openSync = guard(fs.openSync as (path: string, ...rest: unknown[]) => number);
  const readdirSync = guard(fs.readdirSync as (path: string, ...rest: unknown[]) => string[]);
  return { ...fs, default: { ...fs, openSync, readdirSync }, openSync, readdirSync };
});

afterEach(() => refused.clear());

const folder = () => {
  const dir = mkdtempSync(join(tmpdir(), "careers-read-"));
  writeFileSync(join(dir, "clerk.yaml"), "id: clerk\n");
  return dir;
};

describe("a data folder that cannot be listed", () => {
  it.each(["EACCES", "EPERM"])("%s: one problem naming the folder, no files", (code) => {
    const dir = folder();
    refused.set(dir, code);
    expect(listRoleFiles(dir)).toEqual({
      files: new Map(),
      problems: [{ file: dir, line: 0, col: 0, path: "", message: "data folder cannot be read (permission denied)", severity: "error" }],
    });
  });

  it("an error with no plain wording names its code", () => {
    const dir = folder();
    refused.set(dir, "EIO");
    expect(listRoleFiles(dir).problems.map((p) => p.message)).toEqual(["data folder cannot be read (EIO)"]);
  });

  it("the same folder, readable, lists its role file (the injection touches only the paths it names)", () => {
    const dir = folder();
    expect(listRoleFiles(dir)).toEqual({ files: new Map([["clerk", join(dir, "clerk.yaml")]]), problems: [] });
  });
});

describe("a role file that cannot be opened", () => {
  it.each(["EACCES", "EPERM"])("%s: a diagnostic naming the file", (code) => {
    const file = join(folder(), "clerk.yaml");
    refused.set(file, code);
    expect(readRoleFile(file)).toEqual({
      ok: false,
      diagnostic: { file, line: 0, col: 0, path: "", message: "cannot be read (permission denied)", severity: "error" },
    });
  });

  it("readable, it gives its bytes", () => {
    const file = join(folder(), "clerk.yaml");
    const r = readRoleFile(file);
    expect(r.ok && r.bytes.toString("utf8")).toBe("id: clerk\n");
  });
});
