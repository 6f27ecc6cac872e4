/**
 * A cache of parsed and validated user role files, so that looking at them again needs neither YAML nor
 * zod. It is what keeps a repeated `list` of 200 role files the size of clerk.yaml under a second: about
 * 0.35 s of CPU time from the cache against about 2.5 s parsing them all again.
 * One small JSON entry per role file, named by a hash of its absolute path, in the user's cache folder
 * ($CAREERS_CACHE_DIR, else $XDG_CACHE_HOME/careers, else the platform's). An entry is used only when the
 * file's size, modification time, change time and inode are unchanged and it was written by a build with
 * the same role schema; anything else (edited file, corrupt or foreign entry) is parsed again and the entry
 * rewritten. The cache never changes what is shown: it holds exactly what parsing the file returned.
 * Writing is best effort: a cache folder that cannot be written only costs speed.
 */

import { readFileSync, renameSync, type Stats, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import { join, resolve } from "node:path";
import type { Diagnostic } from "../diagnostic.js";
import type { Role } from "../schema/role.js";
import { statOrNull } from "./read.js";
import { makeDirs } from "./write.js";

declare const __CAREERS_SCHEMA_HASH__: string;
const SCHEMA = typeof __CAREERS_SCHEMA_HASH__ === "string" ? __CAREERS_SCHEMA_HASH__ : "dev";
const FORMAT = 1;

export type CachedResult = { ok: true; role: Role } | { ok: false; diagnostics: Diagnostic[] };

/** What reading and parsing one role file gave; an `unreadable` file's result is never kept. */
export type FileResult = CachedResult & { unreadable?: boolean };

/** Reads and parses role files: results in the order given. */
export type ParseFiles = (files: [id: string, file: string][]) => Promise<FileResult[]>;

interface Entry<T> {
  format: number;
  schema: string;
  path: string;
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
  result: T;
}

/** $CAREERS_CACHE_DIR, else $XDG_CACHE_HOME/careers, else the platform's cache folder; null when disabled. */
export function cacheDir(
  env: Record<string, string | undefined>,
  platform: string = process.platform,
  home: string = homedir(),
): string | null {
  if (env.CAREERS_NO_CACHE) return null;
  if (env.CAREERS_CACHE_DIR) return env.CAREERS_CACHE_DIR;
  if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, "careers");
  if (platform === "darwin") return join(home, "Library", "Caches", "careers");
  if (platform === "win32") return join(env.LOCALAPPDATA ?? join(home, "AppData", "Local"), "careers", "cache");
  return join(home, ".cache", "careers");
}

// node:crypto costs a few milliseconds to load: only runs that read user role files pay for it
let crypto: typeof import("node:crypto") | undefined;
const sha1 = (text: string): string => {
  crypto ??= createRequire(import.meta.url)("node:crypto") as typeof import("node:crypto");
  return crypto.createHash("sha1").update(text).digest("hex");
};

/**
 * Entries of one kind (parsed role files, answers files), one JSON file per file read, in a folder of
 * their own: an entry holds the value, and is used only while the file's size, times and inode and the
 * build's schemas are those it was made with.
 */
export class FileCache<T> {
  private readonly dir: string;
  private made = false;

  constructor(root: string, folder: string) {
    this.dir = join(root, folder);
  }

  private entryPath(abs: string): string {
    return join(this.dir, sha1(abs) + ".json");
  }

  /** The cached value for a file whose stat is `st`, if still valid. */
  get(file: string, st: Stats): T | undefined {
    const abs = resolve(file);
    let entry: Entry<T>;
    try {
      entry = JSON.parse(readFileSync(this.entryPath(abs), "utf8")) as Entry<T>;
    } catch {
      return undefined;
    }
    const fresh =
      entry?.format === FORMAT &&
      entry.schema === SCHEMA &&
      entry.path === abs &&
      entry.size === st.size &&
      entry.mtimeMs === st.mtimeMs &&
      entry.ctimeMs === st.ctimeMs &&
      entry.ino === st.ino &&
      typeof entry.result === "object" &&
      entry.result !== null;
    return fresh ? entry.result : undefined;
  }

  /** Remember what reading a file gave; silently does nothing when the cache cannot be written. */
  set(file: string, st: Stats, result: T): void {
    const abs = resolve(file);
    const entry: Entry<T> = {
      format: FORMAT,
      schema: SCHEMA,
      path: abs,
      size: st.size,
      mtimeMs: st.mtimeMs,
      ctimeMs: st.ctimeMs,
      ino: st.ino,
      result,
    };
    try {
      if (!this.made) makeDirs(this.dir), (this.made = true);
      const target = this.entryPath(abs);
      const temp = `${target}.${process.pid}.tmp`;
      writeFileSync(temp, JSON.stringify(entry));
      renameSync(temp, target);
    } catch {
      // best effort
    }
  }
}

export class RoleCache {
  private readonly files: FileCache<CachedResult>;

  constructor(root: string) {
    this.files = new FileCache(root, "roles");
  }

  /**
   * Results for `files`, in the order given: unchanged files from the cache, the others from `parse`
   * (called once with just those, and not at all when every file is cached), which are then stored.
   */
  async through(files: [id: string, file: string][], parse: ParseFiles): Promise<FileResult[]> {
    const stats = files.map(([, file]) => statOrNull(file));
    const results: (FileResult | undefined)[] = files.map(([, file], i) => (stats[i] ? this.get(file, stats[i]!) : undefined));
    const missing = files.map((_, i) => i).filter((i) => !results[i]);
    if (missing.length === 0) return results as FileResult[];
    const parsed = await parse(missing.map((i) => files[i]!));
    parsed.forEach((result, k) => {
      const i = missing[k]!;
      results[i] = result;
      if (stats[i] && !result.unreadable)
        this.set(files[i]![1], stats[i]!, result.ok ? { ok: true, role: result.role } : { ok: false, diagnostics: result.diagnostics });
    });
    return results as FileResult[];
  }

  /** The cached result for a file whose stat is `st`, if still valid; `label` is how messages name the file. */
  get(file: string, st: Stats, label: string = file): CachedResult | undefined {
    const result = this.files.get(file, st);
    if (!result || result.ok) return result;
    return { ok: false, diagnostics: result.diagnostics.map((d) => ({ ...d, file: label })) };
  }

  /** Remember what parsing a file gave; silently does nothing when the cache cannot be written. */
  set(file: string, st: Stats, result: CachedResult): void {
    this.files.set(file, st, result);
  }
}
