/**
 * Loading for `careers validate`: files and folders in, every role file parsed, every problem kept.
 * Unlike the catalog, nothing is skipped quietly: a file the tool would not load is an error here.
 */
import { statSync } from "node:fs";
import { basename, resolve } from "node:path";
import type { Diagnostic } from "../diagnostic.js";
import { ID_RULE, isValidId } from "../schema/id.js";
import type { RoleEntry } from "../schema/role.js";
import { parseRoleBytes } from "./parse.js";
import { describe, listRoleFiles, problem, ROLE_EXT, readRoleFile } from "./read.js";

export interface CheckSource {
  /** a role file or a folder of them */
  path: string;
  origin: RoleEntry["origin"];
}

export interface Target {
  file: string;
  /** the id its file name gives, when that is a valid id */
  id?: string | undefined;
  origin: RoleEntry["origin"];
}

const NAME_RULE = `role files are named <id>${ROLE_EXT}, the id being ${ID_RULE}`;

/** The role files named by files and folders, in the order given; problems for what cannot be read. */
export function collectTargets(sources: readonly CheckSource[]): { targets: Target[]; problems: Diagnostic[] } {
  const targets: Target[] = [];
  const problems: Diagnostic[] = [];
  const seen = new Set<string>();
  const add = (t: Target) => {
    const key = resolve(t.file);
    if (!seen.has(key)) seen.add(key), targets.push(t);
  };
  for (const { path, origin } of sources) {
    let isDir: boolean;
    try {
      isDir = statSync(path).isDirectory();
    } catch (err) {
      problems.push(problem(path, describe(err)));
      continue;
    }
    if (isDir) {
      const listing = listRoleFiles(path);
      // a file the tool would pass over is an error for validate
      problems.push(...listing.problems.map((p) => ({ ...p, severity: "error" as const })));
      for (const [id, file] of listing.files) add({ file, id, origin });
      continue;
    }
    const name = basename(path);
    const id = name.endsWith(ROLE_EXT) ? name.slice(0, -ROLE_EXT.length) : undefined;
    if (id !== undefined && isValidId(id)) add({ file: path, id, origin });
    else {
      problems.push(problem(path, `file name "${name}" is not a valid role file name: ${NAME_RULE}`));
      add({ file: path, origin });
    }
  }
  return { targets, problems };
}

/** Read and parse every target; the entries keep what loaded, for the consistency checks. */
export function loadTargets(targets: readonly Target[]): { entries: RoleEntry[]; problems: Diagnostic[] } {
  const entries: RoleEntry[] = [];
  const problems: Diagnostic[] = [];
  for (const t of targets) {
    const fallbackId = t.id ?? basename(t.file).replace(/\.[^.]*$/, "");
    const read = readRoleFile(t.file);
    if (!read.ok) {
      problems.push(read.diagnostic);
      entries.push({ id: fallbackId, file: t.file, origin: t.origin });
      continue;
    }
    const parsed = parseRoleBytes(t.file, read.bytes, t.id);
    if (parsed.ok) {
      entries.push({ id: parsed.role.id, file: t.file, origin: t.origin, role: parsed.role, locate: parsed.locate });
      problems.push(...parsed.warnings);
    } else {
      problems.push(...parsed.diagnostics);
      entries.push({ id: fallbackId, file: t.file, origin: t.origin });
    }
  }
  return { entries, problems };
}

/**
 * Roles that exist beside the checked files, so that references to them count as known:
 * the data folders' role files (by name only) and the bundled roles. Checked files are left out.
 */
export function knownBeside(
  checked: readonly Target[],
  dataDirs: readonly string[],
  bundled: readonly { id: string; file: string; role: RoleEntry["role"] }[],
): RoleEntry[] {
  const checkedFiles = new Set(checked.map((t) => resolve(t.file)));
  const known: RoleEntry[] = [];
  for (const dir of dataDirs) {
    for (const [id, file] of listRoleFiles(dir).files) if (!checkedFiles.has(resolve(file))) known.push({ id, file, origin: "user" });
  }
  for (const b of bundled) {
    if (!checkedFiles.has(resolve(b.file))) known.push({ id: b.id, file: b.file, origin: "bundled", role: b.role });
  }
  return known;
}
