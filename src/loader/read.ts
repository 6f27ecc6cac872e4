/**
 * The file-system side of loading: which role files a data folder holds, and their bytes.
 * Only files named `<id>.yaml` with a valid id are role files; ids are checked before any path is built.
 */
import { closeSync, constants, fstatSync, openSync, readdirSync, readSync, type Stats, statSync } from "node:fs";
import { join } from "node:path";
import type { Diagnostic } from "../diagnostic.js";
import { ID_RULE, isValidId } from "../schema/id.js";

/** Role files larger than this are refused unread (a real one is a few KiB). */
export const MAX_FILE_BYTES = 512 * 1024;

export const ROLE_EXT = ".yaml";

export const problem = (file: string, message: string): Diagnostic => ({ file, line: 0, col: 0, path: "", message, severity: "error" });

export function describe(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  switch (code) {
    case "ENOENT":
      return "does not exist";
    case "EACCES":
    case "EPERM":
      return "cannot be read (permission denied)";
    case "ELOOP":
      return "is a symbolic link loop";
    case "ENOTDIR":
      return "is not a folder";
    case "EISDIR":
      return "is a folder, not a file";
    default:
      return `cannot be read (${code ?? String(err)})`;
  }
}

export type ReadResult = { ok: true; bytes: Buffer } | { ok: false; diagnostic: Diagnostic };

/** Read a file's bytes, refusing anything that is not a regular file or is over the size cap. */
export function readRoleFile(file: string): ReadResult {
  let fd: number | undefined;
  try {
    // non-blocking, so that a FIFO named like a role file cannot hang the open; fstat then refuses it
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const st = fstatSync(fd);
    if (!st.isFile()) return { ok: false, diagnostic: problem(file, "is not a regular file") };
    if (st.size > MAX_FILE_BYTES) {
      return { ok: false, diagnostic: problem(file, `file is too large (${st.size} bytes; the limit is ${MAX_FILE_BYTES})`) };
    }
    // read at most one byte past the cap, in case the file grew after fstat
    const buf = Buffer.alloc(Math.min(st.size, MAX_FILE_BYTES) + 1);
    let n = 0;
    for (let r: number; n < buf.length && (r = readSync(fd, buf, n, buf.length - n, null)) > 0; ) n += r;
    if (n > MAX_FILE_BYTES) return { ok: false, diagnostic: problem(file, `file is too large (the limit is ${MAX_FILE_BYTES} bytes)`) };
    return { ok: true, bytes: buf.subarray(0, n) };
  } catch (err) {
    return { ok: false, diagnostic: problem(file, describe(err)) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export interface FolderListing {
  /** role files: id -> path */
  files: Map<string, string>;
  /** the folder could not be read, or holds .yaml files whose names are not valid ids */
  problems: Diagnostic[];
}

/** stat that never throws (whoever reads the file reports problems with it). */
export function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

/** Why a data folder cannot be used (missing, not a folder, unreadable), or undefined when it can. */
export function checkDataFolder(dir: string): Diagnostic | undefined {
  try {
    return statSync(dir).isDirectory() ? undefined : problem(dir, "is not a folder");
  } catch (err) {
    return problem(dir, `data folder ${describe(err)}`);
  }
}

/** The role files in a data folder (not recursive). */
export function listRoleFiles(dir: string): FolderListing {
  const files = new Map<string, string>();
  const problems: Diagnostic[] = [];
  const unusable = checkDataFolder(dir);
  if (unusable) return { files, problems: [unusable] };
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (err) {
    return { files, problems: [problem(dir, `data folder ${describe(err)}`)] };
  }
  for (const name of names.sort()) {
    if (!name.endsWith(ROLE_EXT)) continue;
    const id = name.slice(0, -ROLE_EXT.length);
    const path = join(dir, name);
    if (isValidId(id)) files.set(id, path);
    else problems.push({ ...problem(path, `file name is not a valid role id ("${id}"): ids are ${ID_RULE}`), severity: "warning" });
  }
  return { files, problems };
}

/** Path of `<id>.yaml` in a folder, if it exists; `id` must already be valid. */
export function findRoleFile(dir: string, id: string): string | undefined {
  const path = join(dir, id + ROLE_EXT);
  try {
    statSync(path);
    return path;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    // a dangling or looping link, or an unreadable entry, still names a role: report it when read
    return code === "ENOENT" || code === "ENOTDIR" ? undefined : path;
  }
}
