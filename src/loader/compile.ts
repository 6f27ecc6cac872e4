/**
 * Compiling the bundled data: every role file in data/roles and the readiness model, checked as the
 * loader checks user files. The build writes the result to dist/ (so the CLI needs neither YAML nor zod to
 * show bundled roles); running from source (`npm run dev`, in-process tests) compiles it on first use.
 */
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { Diagnostic } from "../diagnostic.js";
import { type AssessmentModel, assessmentModelSchema } from "../schema/assessment.js";
import type { BundledIndex } from "./bundled.js";
import { parseRoleBytes, parseWithSchema } from "./parse.js";
import { listRoleFiles, readRoleFile } from "./read.js";

/** The role files of `<root>/data/roles`, each `file` relative to root. */
export function compileRoles(root: string): { index: BundledIndex; problems: Diagnostic[] } {
  const listing = listRoleFiles(join(root, "data", "roles"));
  const problems = [...listing.problems];
  const roles: BundledIndex["roles"] = [];
  for (const [id, path] of listing.files) {
    const file = relative(root, path);
    const read = readRoleFile(path);
    if (!read.ok) {
      problems.push({ ...read.diagnostic, file });
      continue;
    }
    const parsed = parseRoleBytes(file, read.bytes, id);
    if (parsed.ok) roles.push({ id, file, role: parsed.role });
    else problems.push(...parsed.diagnostics);
  }
  return { index: { format: 1, roles }, problems };
}

/** `<root>/data/assessment.yaml`, the readiness model. */
export function compileModel(root: string): { ok: true; value: AssessmentModel } | { ok: false; diagnostics: Diagnostic[] } {
  const file = join(root, "data", "assessment.yaml");
  const parsed = parseWithSchema(relative(root, file), readFileSync(file, "utf8"), assessmentModelSchema, "the readiness model");
  return parsed.ok ? { ok: true, value: parsed.value } : parsed;
}
