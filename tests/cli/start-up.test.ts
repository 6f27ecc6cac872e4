/**
 * The binary's start-up (bin/careers.cjs): `--version` alone answered without loading the program, and
 * dist/cli.js compiled from the build's V8 code cache (dist/cli.cache). Neither may change what is printed.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import Module from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Script } from "node:vm";
import { afterAll, describe, expect, it } from "vitest";
import { BIN, ROOT, spawnCli } from "../helpers/run.js";

const DIST = join(ROOT, "dist");
const version = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version;

describe("careers --version", () => {
  it("prints package.json's version, as the built program's commander does", () => {
    const program = spawnSync(
      process.execPath,
      ["-e", `require(${JSON.stringify(BIN)}).load().cli.main(["node", "careers", "--version"])`],
      {
        encoding: "utf8",
      },
    );
    expect([program.status, program.stdout, program.stderr]).toEqual([0, `${version}\n`, ""]);
    for (const flag of ["--version", "-V"]) {
      const r = spawnCli([flag]);
      expect([r.status, r.stdout, r.stderr]).toEqual([0, program.stdout, ""]);
    }
  });

  it("with other arguments goes to commander, as before", () => {
    const r = spawnCli(["--version", "--no-color"]);
    expect([r.status, r.stdout, r.stderr]).toEqual([0, `${version}\n`, ""]);
  });
});

describe("the code cache", () => {
  const copies: string[] = [];
  afterAll(() => {
    for (const c of copies) rmSync(c, { recursive: true, force: true });
  });
  /** bin/ and dist/ copied, the cache as `cache` makes it (null: none) */
  const copy = (cache: Buffer | null): string => {
    const dir = mkdtempSync(join(tmpdir(), "careers-start-"));
    copies.push(dir);
    cpSync(join(ROOT, "bin"), join(dir, "bin"), { recursive: true });
    cpSync(DIST, join(dir, "dist"), { recursive: true });
    if (cache === null) rmSync(join(dir, "dist", "cli.cache"));
    else writeFileSync(join(dir, "dist", "cli.cache"), cache);
    return join(dir, "bin", "careers.cjs");
  };

  it("is of this build's dist/cli.js and this Node: V8 takes it", () => {
    const file = join(DIST, "cli.js");
    const script = new Script(Module.wrap(readFileSync(file, "utf8")), {
      filename: file,
      cachedData: readFileSync(join(DIST, "cli.cache")),
    });
    expect(script.cachedDataRejected).toBe(false);
    // and of no other source
    const other = new Script(Module.wrap(`${readFileSync(file, "utf8")}\n;`), {
      filename: file,
      cachedData: readFileSync(join(DIST, "cli.cache")),
    });
    expect(other.cachedDataRejected).toBe(true);
  });

  it("changes nothing printed: the same output with it, without it, and with one of other code", () => {
    const otherCode = new Script(Module.wrap("module.exports = 1;"), { filename: join(DIST, "cli.js") }).createCachedData();
    const bins = [BIN, copy(null), copy(otherCode)];
    for (const args of [["--help"], ["show", "clerk"], ["show", "clerk", "--json"], ["show", "nobody"]]) {
      const [withCache, ...others] = bins.map((bin) => spawnCli(args, { bin }));
      expect(withCache!.stdout.length + withCache!.stderr.length, args.join(" ")).toBeGreaterThan(0);
      for (const r of others) expect(r, args.join(" ")).toEqual(withCache);
    }
  });
});
