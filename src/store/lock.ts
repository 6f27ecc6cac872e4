/**
 * One import at a time: the lock file `import.lock` in the data home (beside occupations/) names the process that
 * holds it (pid, when it took it, and on Linux the process's start time, so that a pid used again by
 * another process is not taken for the holder). It is made whole aside and linked into place, so it
 * appears complete or not at all. A lock whose process is gone is taken over, and said so; a live one is
 * waited for, or with `--no-wait` refused at once. Readers take no lock (see docs/import.md).
 */
import { linkSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { CareersError } from "../errors.js";

export const LOCK = "import.lock";

export interface Holder {
  pid: number;
  /** when the lock was taken (ISO) */
  since: string;
  /** the process's start in clock ticks after boot (Linux), else null */
  start: number | null;
}

export interface Lock {
  readonly path: string;
  /** the lock file still names this process (no other import has taken it over) */
  held(): boolean;
  /** remove the lock file, if it is still this process's */
  release(): void;
}

export interface LockOptions {
  /** wait for a live holder (else refuse at once) */
  wait: boolean;
  /** a line for the user (stderr) */
  say: (line: string) => void;
  /** awaited between tries while waiting; throws to stop (Ctrl-C) */
  pause?: () => Promise<void>;
}

/** The start time of a process, from /proc/<pid>/stat (field 22, after the name in parentheses), or null. */
export function processStart(pid: number | "self"): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const start = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19]);
    return Number.isInteger(start) ? start : null;
  } catch {
    return null;
  }
}

/** A process of this pid is running (or one this user may not signal). */
export const pidExists = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
};

/** The holder's process is running: its pid exists and, where the start time is known, it is the same process. */
export function holderAlive(h: Holder): boolean {
  if (!Number.isInteger(h.pid) || h.pid <= 0 || !pidExists(h.pid)) return false;
  if (h.start === null) return true;
  const now = processStart(h.pid);
  return now === null || now === h.start;
}

const parse = (text: string): Holder | null => {
  try {
    const h = JSON.parse(text) as Holder;
    return Number.isInteger(h?.pid) && typeof h.since === "string" ? { pid: h.pid, since: h.since, start: h.start ?? null } : null;
  } catch {
    return null;
  }
};

const readOrNull = (path: string): string | null => {
  try {
    return readFileSync(path, "utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw err;
  }
};

const clock = (iso: string): string => iso.replace("T", " ").replace(/\.\d+Z$/, " UTC");

/** Put `text` at `path` only if nothing is there: linked from a whole file aside (else made with O_EXCL). */
function place(path: string, text: string): boolean {
  const temp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, text, { flag: "w", mode: 0o644 });
    try {
      linkSync(temp, path);
      return true;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === "EEXIST") return false;
      if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EOPNOTSUPP" && code !== "ENOSYS") throw err;
    }
    // a file system without hard links: exclusive create, written at once
    try {
      writeFileSync(path, text, { flag: "wx", mode: 0o644 });
      return true;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "EEXIST") return false;
      throw err;
    }
  } finally {
    rmSync(temp, { force: true });
  }
}

/**
 * Take over the lock file holding `stale`: moved aside under a name of this process's, then checked to
 * be the one read (an import that took it over meanwhile has its own put back). True when it was.
 */
function takeOver(path: string, stale: string): boolean {
  const aside = `${path}.stale-${process.pid}`;
  try {
    renameSync(path, aside);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return false;
    throw err;
  }
  const moved = readOrNull(aside);
  if (moved !== stale && moved !== null) {
    try {
      linkSync(aside, path);
    } catch {
      // another import has the lock now; the one moved checks it still holds it before each step
    }
  }
  rmSync(aside, { force: true });
  return moved === stale;
}

export const busyError = (h: Holder): CareersError =>
  new CareersError(
    "io",
    `another import is running (pid ${h.pid}, since ${clock(h.since)}); the data set was not changed`,
    [],
    "Run the import again once it has finished, or without --no-wait to wait for it.",
  );

/** Take the lock of the data set in the data home `home` (a folder that exists). */
export async function takeLock(home: string, opts: LockOptions): Promise<Lock> {
  const path = join(home, LOCK);
  const mine = `${JSON.stringify({ pid: process.pid, since: new Date().toISOString(), start: processStart("self") } satisfies Holder)}\n`;
  const lock: Lock = {
    path,
    held: () => readOrNull(path) === mine,
    release: () => {
      if (lock.held()) rmSync(path, { force: true });
    },
  };
  let waiting = 0;
  for (;;) {
    if (place(path, mine)) return lock;
    const text = readOrNull(path);
    if (text === null) continue; // released meanwhile
    const holder = parse(text);
    if (holder && holderAlive(holder)) {
      if (!opts.wait) throw busyError(holder);
      if (waiting !== holder.pid) opts.say(`waiting for the import run by pid ${holder.pid} (since ${clock(holder.since)}) to finish...`);
      waiting = holder.pid;
      await (opts.pause ?? (() => new Promise((resolve) => setTimeout(resolve, 100))))();
      continue;
    }
    if (takeOver(path, text))
      opts.say(
        holder
          ? `the import run by pid ${holder.pid} (since ${clock(holder.since)}) did not finish; its lock is taken over`
          : `the lock file ${path} could not be read; it is taken over`,
      );
  }
}
