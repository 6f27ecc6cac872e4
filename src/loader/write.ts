/** Writing a new role file: never over an existing one; the id is checked before the path is built. */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ID_RULE, isValidId } from "../schema/id.js";
import { ioError, usageError } from "../errors.js";
import { describe, ROLE_EXT, statOrNull } from "./read.js";

export function writeNewRoleFile(dir: string, id: string, text: string): string {
  if (!isValidId(id)) throw usageError(`"${id}" is not a valid role id`, `Ids are ${ID_RULE}, e.g. team-lead.`);
  const file = join(dir, id + ROLE_EXT);
  if (statOrNull(dir)?.isDirectory() === false) throw ioError(`cannot write ${file}: ${dir} is not a folder`);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, text, { flag: "wx" });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "EEXIST") throw ioError(`${file} already exists; not overwriting it (pick another id, or move the file away)`);
    throw ioError(`cannot write ${file}: it or its folder ${describe(err)}`);
  }
  return file;
}
