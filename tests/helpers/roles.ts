/** The shipped role files, parsed from their YAML sources with the real loader. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseRole } from "../../src/loader/parse.js";
import type { Role } from "../../src/schema/role.js";
import { ROOT } from "./run.js";

export const ROLES_DIR = join(ROOT, "data", "roles");

export function shippedRoleFiles(): string[] {
  return readdirSync(ROLES_DIR)
    .filter((f) => f.endsWith(".yaml"))
    .sort();
}

export function loadShipped(id: string): Role {
  const file = join(ROLES_DIR, `${id}.yaml`);
  const r = parseRole(file, readFileSync(file, "utf8"), id);
  if (!r.ok) throw new Error(r.diagnostics.map((d) => `${d.file}:${d.line}: ${d.message}`).join("\n"));
  return r.role;
}
