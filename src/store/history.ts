/**
 * Saved assessment results: one JSON file in the user's data folder. Every save is atomic (write a
 * temporary file, fsync, rename, fsync the folder): a crash or Ctrl-C mid-save leaves the previous
 * history whole. A history file that cannot be read as one is moved aside, never overwritten.
 */
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeSync } from "node:fs";
import { dirname, join } from "node:path";
import { CareersError, ioError } from "../errors.js";
import { makeDirs } from "../loader/write.js";
import type { HistoryEntry, InterestsEntry, SavedEntry } from "../schema/history.js";
import { dataHome } from "./home.js";

export type { HistoryEntry, SavedEntry };

interface HistoryFile {
  format: 1;
  entries: SavedEntry[];
}

/** CAREERS_HOME, else $XDG_DATA_HOME/careers, else the platform's user data folder (see home.ts). */
export { dataHome };

export const historyPath = (env: Record<string, string | undefined>): string => join(dataHome(env), "history.json");

const isQuiz = (x: InterestsEntry): boolean =>
  x.kind === "interests" && typeof x.date === "string" && typeof x.profile?.interests === "object" && x.profile.interests !== null;

const isEntry = (e: unknown): e is SavedEntry => {
  const x = e as HistoryEntry;
  if (!x) return false;
  if ((x as SavedEntry).kind === "interests") return isQuiz(x as unknown as InterestsEntry);
  return typeof x.date === "string" && typeof x.role === "string" && typeof x.readiness === "number" && Array.isArray(x.categories);
};

export interface LoadedHistory {
  entries: SavedEntry[];
  /** set when a corrupt file was moved aside */
  warning?: string;
}

/** Read the history; a missing file is an empty history, a corrupt one is moved aside with a warning. */
export function loadHistory(path: string, now: Date = new Date()): LoadedHistory {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return { entries: [] };
    throw ioError(`cannot read the history file ${path}: ${(err as Error).message}`);
  }
  try {
    const data = JSON.parse(text) as HistoryFile;
    if (data?.format === 1 && Array.isArray(data.entries) && data.entries.every(isEntry)) return { entries: data.entries };
  } catch {
    // fall through: corrupt
  }
  const aside = `${path}.corrupt-${now.toISOString().replace(/[:.]/g, "-")}`;
  try {
    renameSync(path, aside);
  } catch (err) {
    throw ioError(`the history file ${path} is corrupt and could not be moved aside: ${(err as Error).message}`);
  }
  return { entries: [], warning: `warning: the history file was corrupt; it was moved to ${aside} and a new history begins` };
}

export interface SaveHooks {
  /** called after the new file is written and synced, before it replaces the old one (tests simulate a crash here) */
  beforeRename?: (tempPath: string) => void;
}

/** Write the whole history atomically. */
export function writeHistory(path: string, entries: SavedEntry[], hooks: SaveHooks = {}): void {
  const dir = dirname(path);
  const temp = join(dir, `.history-${process.pid}-${Date.now()}.tmp`);
  try {
    makeDirs(dir);
    const fd = openSync(temp, "wx", 0o600);
    try {
      writeSync(fd, JSON.stringify({ format: 1, entries } satisfies HistoryFile, null, 2) + "\n");
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    hooks.beforeRename?.(temp);
    renameSync(temp, path);
  } catch (err) {
    rmSync(temp, { force: true });
    if (err instanceof CareersError) throw err;
    throw ioError(`cannot save the history to ${path}: ${(err as Error).message}`);
  }
  try {
    const dfd = openSync(dir, "r");
    fsyncSync(dfd);
    closeSync(dfd);
  } catch {
    // not every platform can sync a folder; the rename is done either way
  }
}

/** Append one entry: load (moving a corrupt file aside), add, write atomically. */
export function appendHistory(path: string, entry: SavedEntry, hooks: SaveHooks = {}): LoadedHistory {
  const loaded = loadHistory(path);
  writeHistory(path, [...loaded.entries, entry], hooks);
  return loaded.warning ? { entries: [...loaded.entries, entry], warning: loaded.warning } : { entries: [...loaded.entries, entry] };
}
