/**
 * The code cache of the built program (src/app/code-cache.ts, loaded by bin/careers.cjs): a first run
 * writes what V8 compiled, later runs read it instead of compiling, and the output is the same with it,
 * without it, and with a damaged one. On Node 22 and later Node's own compile cache is used instead; these
 * tests are of the Node 20 path, which is what runs where module.enableCompileCache is missing.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import Module from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { entryName } from "../../src/app/code-cache.js";
import { spawnCli } from "../helpers/run.js";

const nodeOwn = typeof (Module as unknown as { enableCompileCache?: unknown }).enableCompileCache === "function";
const work = mkdtempSync(join(tmpdir(), "careers-code-cache-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const ARGS = ["show", "clerk", "--json"];

describe.skipIf(nodeOwn)("the code cache", () => {
  let cache: string;
  let n = 0;
  beforeEach(() => {
    cache = join(work, `cache-${n++}`);
  });
  const run = (env: Record<string, string> = {}) => spawnCli(ARGS, { env: { XDG_CACHE_HOME: cache, ...env } });
  const codeDir = () => join(cache, "careers", "code");
  const builds = () => readdirSync(codeDir());
  const entries = () => readdirSync(join(codeDir(), builds()[0]!)).sort();
  const mtimes = () => entries().map((e) => statSync(join(codeDir(), builds()[0]!, e)).mtimeMs);
  const plain = () => spawnCli(ARGS, { env: { CAREERS_NO_CACHE: "1" } });

  it("a first run writes an entry for each of the program's files it compiled; a second reads them, writing none", () => {
    const first = run();
    expect(first.status).toBe(0);
    expect(first.stderr).toBe("");
    expect(builds()).toHaveLength(1);
    expect(entries()).toContain("cli.js");
    expect(entries().some((e) => e.startsWith("chunks_show-run-"))).toBe(true);
    expect(entries().every((e) => !e.endsWith(".tmp"))).toBe(true);
    const before = mtimes();
    const second = run();
    expect(second).toEqual(first);
    expect(mtimes()).toEqual(before);
    expect(first.stdout).toBe(plain().stdout);
  });

  it("a damaged entry is not used: the output is the same, and the entry is written again", () => {
    const first = run();
    const entry = join(codeDir(), builds()[0]!, "cli.js");
    writeFileSync(entry, "not V8's code cache");
    expect(run()).toEqual(first);
    expect(readFileSync(entry, "utf8")).not.toBe("not V8's code cache");
  });

  it("another build's entries are removed when this build's are written", () => {
    run();
    const ours = builds()[0]!;
    rmSync(join(codeDir(), ours), { recursive: true });
    mkdirSync(join(codeDir(), "0123456789abcdef"));
    run();
    expect(builds()).toEqual([ours]);
  });

  it("off with CAREERS_NO_CACHE; a cache folder that cannot be written costs nothing but speed", () => {
    run({ CAREERS_NO_CACHE: "1" });
    expect(() => readdirSync(codeDir())).toThrow();
    writeFileSync(join(work, "a-file"), "");
    const r = spawnCli(ARGS, { env: { XDG_CACHE_HOME: join(work, "a-file") } });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe(plain().stdout);
  });

  it("names an entry by the file's path below dist/; a file elsewhere has none", () => {
    expect(entryName("/p/dist", "/p/dist/cli.js")).toBe("cli.js");
    expect(entryName("/p/dist", "/p/dist/chunks/show-run-X.js")).toBe("chunks_show-run-X.js");
    expect(entryName("/p/dist", "/p/node_modules/yaml/dist/index.js")).toBeNull();
    expect(entryName("/p/dist", "/p/dist")).toBeNull();
  });
});
