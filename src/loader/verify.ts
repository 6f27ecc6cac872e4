/**
 * `careers import --verify`: each file of the installed data set against the size and SHA-256 its
 * manifest records. Read whole, so only this command does it; every other command checks the sizes
 * alone (loader/occupations.ts).
 */
import { createHash } from "node:crypto";
import { closeSync, openSync, readSync } from "node:fs";
import { join } from "node:path";
import type { FileCheck, Manifest } from "../schema/occupation.js";
import { sizeProblem } from "./occupations.js";

/** The SHA-256 and size of a file, read in parts; where it cannot be read, why (`error`). */
function digest(path: string): { bytes: number; sha256: string } | { error: string } {
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch (err) {
    return { error: (err as NodeJS.ErrnoException).code === "ENOENT" ? "missing" : (err as Error).message };
  }
  try {
    const hash = createHash("sha256");
    const buf = Buffer.allocUnsafe(1 << 20);
    let bytes = 0;
    for (let n: number; (n = readSync(fd, buf, 0, buf.length, bytes)) > 0; bytes += n) hash.update(buf.subarray(0, n));
    return { bytes, sha256: hash.digest("hex") };
  } catch (err) {
    return { error: (err as Error).message };
  } finally {
    closeSync(fd);
  }
}

/** Every file the manifest records, in its order, each ok or what is wrong with it. */
export function verifyFiles(dir: string, manifest: Manifest): FileCheck[] {
  return Object.entries(manifest.files ?? {}).map(([file, record]) => {
    const found = digest(join(dir, file));
    if ("error" in found) return { file, bytes: record.bytes, ok: false, problem: found.error };
    if (found.bytes !== record.bytes) return { file, bytes: found.bytes, ok: false, problem: sizeProblem(found.bytes, record.bytes) };
    if (found.sha256 !== record.sha256) return { file, bytes: found.bytes, ok: false, problem: "its content changed (SHA-256)" };
    return { file, bytes: found.bytes, ok: true };
  });
}
