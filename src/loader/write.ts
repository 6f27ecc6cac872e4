/** Writing a new role file: never over an existing one; the id is checked before the path is built. */
import { mkdirSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { ioError, usageError } from "../errors.js";
import { ID_RULE, isValidId } from "../schema/id.js";
import { describe, ROLE_EXT, statOrNull } from "./read.js";

/** `at` turns the typed path into the one the file system sees; messages and the result name the typed one. */
export function writeNewRoleFile(dir: string, id: string, text: string, at: (path: string) => string = (p) => p): string {
  if (!isValidId(id)) throw usageError(`"${id}" is not a valid role id`, `Ids are ${ID_RULE}, e.g. team-lead.`);
  const file = join(dir, id + ROLE_EXT);
  if (statOrNull(at(dir))?.isDirectory() === false) throw ioError(`cannot write ${file}: ${dir} is not a folder`);
  try {
    makeDirs(at(dir));
    writeFileSync(at(file), text, { flag: "wx" });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "EEXIST")
      throw ioError(`${file} already exists; not overwriting it (pick another id, or move the file away)`);
    throw ioError(`cannot write ${file}: it or its folder ${describe(err)}`);
  }
  return file;
}

/**
 * `mkdir -p`, one folder at a time from the deepest one that exists. Node's own recursive mkdir retries
 * for ever where a parent can neither be made nor found (under /proc); this fails at once with the
 * error of the first folder that cannot be made.
 */
export function makeDirs(dir: string): void {
  const missing: string[] = [];
  for (let d = resolve(dir); ; d = dirname(d)) {
    try {
      if (!statSync(d).isDirectory()) break; // the mkdir below then says ENOTDIR or EEXIST
    } catch {
      missing.push(d);
      if (dirname(d) !== d) continue;
    }
    break;
  }
  for (const d of missing.reverse()) {
    try {
      mkdirSync(d);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
    }
  }
}
