/** The user's data folder, on its own: what needs only the folder (the occupations data set) loads nothing else. */
import { statSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { CURRENT } from "../schema/occupation.js";

/** CAREERS_HOME, else $XDG_DATA_HOME/careers, else the platform's user data folder. */
export function dataHome(env: Record<string, string | undefined>, platform: string = process.platform, home: string = homedir()): string {
  if (env.CAREERS_HOME) return env.CAREERS_HOME;
  if (env.XDG_DATA_HOME) return join(env.XDG_DATA_HOME, "careers");
  if (platform === "darwin") return join(home, "Library", "Application Support", "careers");
  if (platform === "win32") return join(env.APPDATA ?? join(home, "AppData", "Roaming"), "careers");
  return join(home, ".local", "share", "careers");
}

/** Where the imported occupations live: <data home>/occupations. */
export const datasetRoot = (env: Record<string, string | undefined>): string => join(dataHome(env), "occupations");

/**
 * Whether a data set may be installed, without loading its reader: false only when its `current.json` is
 * not there (any other answer is left to the reader, which says what is wrong).
 */
export function datasetMarked(env: Record<string, string | undefined>): boolean {
  try {
    return statSync(join(datasetRoot(env), CURRENT), { throwIfNoEntry: false }) !== undefined;
  } catch {
    return true;
  }
}
