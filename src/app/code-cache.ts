/**
 * V8's code cache for the program's own files (dist/cli.js and its chunks): compiled once, kept in the
 * user's cache folder, and read back by later runs instead of compiling the JavaScript again. It takes
 * about a twentieth of the work of a run (show <occupation> --json: 611M instructions without it, 577M
 * with it). Loaded first by bin/careers.cjs, as dist/boot.js, so it loads nothing but Node's own modules.
 *
 * Node 22 does this itself (module.enableCompileCache), and is left to. On Node 20 the CommonJS loader's
 * compile step is wrapped for files under dist/: each is compiled as a vm.Script with the cached data of
 * the same build, if any; V8 checks that data and rejects what does not fit (another V8, other flags), and
 * the file is then compiled as usual. Data made or rejected in a run is written when the process exits,
 * whole or not at all (a temporary file renamed), and only then: the cache never changes what a run does.
 * Writing is best effort: a cache folder that cannot be written only costs speed.
 *
 * Entries live in <cache>/code/<build id>/, the id a hash of the built files (a new build never reads an
 * older build's data); other builds' folders are removed when a new one is made.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import Module from "node:module";
import { basename, dirname, isAbsolute, join, relative, sep } from "node:path";
import { Script } from "node:vm";
import { cacheDir } from "../loader/cache-dir.js";

interface CompilingModule {
  exports: unknown;
  require: (id: string) => unknown;
}

interface ModuleInternals {
  prototype: { _compile: (this: CompilingModule, content: string, filename: string) => unknown };
  wrap: (script: string) => string;
  enableCompileCache?: (dir: string) => unknown;
}

/** The entry of a file below `dist`: its path there, flattened (cli.js, chunks_show-run-X.js); null for any other file. */
export function entryName(dist: string, filename: string): string | null {
  const rel = relative(dist, filename);
  // on another drive (Windows), relative() gives an absolute path
  return rel === "" || rel.startsWith("..") || isAbsolute(rel) ? null : rel.split(sep).join("_");
}

/**
 * Cache compiled code of the files under `dist` (the folder of the built program) for the build `buildId`,
 * in the cache folder `env` names; nothing when the cache is off (CAREERS_NO_CACHE).
 */
export function enableCodeCache(dist: string, buildId: string, env: Record<string, string | undefined> = process.env): void {
  const root = cacheDir(env);
  if (!root) return;
  const M = Module as unknown as ModuleInternals;
  if (typeof M.enableCompileCache === "function") {
    M.enableCompileCache(join(root, "code"));
    return;
  }
  const dir = join(root, "code", buildId);
  const made = new Map<string, Script>();
  const compile = M.prototype._compile;
  M.prototype._compile = function (this: CompilingModule, content: string, filename: string) {
    const name = entryName(dist, filename);
    if (name === null) return compile.call(this, content, filename);
    const entry = join(dir, name);
    let cachedData: Buffer | undefined;
    try {
      cachedData = readFileSync(entry);
    } catch {
      cachedData = undefined;
    }
    const script = new Script(M.wrap(content), { filename, cachedData });
    if (!cachedData || script.cachedDataRejected) made.set(entry, script);
    const wrapper = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => unknown;
    const require = (id: string) => this.require(id);
    return wrapper.call(this.exports, this.exports, require, this, filename, dirname(filename));
  };
  process.once("exit", () => {
    if (made.size > 0) writeEntries(dir, made);
  });
}

function writeEntries(dir: string, made: Map<string, Script>): void {
  try {
    mkdirSync(dir, { recursive: true });
    for (const [entry, script] of made) {
      const temp = `${entry}.${process.pid}.tmp`;
      writeFileSync(temp, script.createCachedData());
      renameSync(temp, entry);
    }
    // other builds' entries are of no more use
    for (const other of readdirSync(dirname(dir))) {
      if (other !== basename(dir)) rmSync(join(dirname(dir), other), { recursive: true, force: true });
    }
  } catch {
    // best effort: the next run compiles again
  }
}
