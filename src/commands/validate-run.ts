import { join } from "node:path";
import type { Command } from "commander";
import { createContext, emit } from "../app/context.js";
import { checkConsistency } from "../core/consistency.js";
import { compareDiagnostics } from "../diagnostic.js";
import { dataError } from "../errors.js";
import { loadBundled, packageRoot, shownPath } from "../loader/bundled.js";
import type { ValidateResult } from "../render/validate.js";

/** The handler of `careers validate`, loaded only when the command runs. */
export const run = async (paths: string[], opts: { json?: boolean }, cmd: Command) => {
  const ctx = createContext(cmd);
  // YAML and zod load only now, not for every command
  const { collectTargets, knownBeside, loadTargets } = await import("../loader/check.js");
  // what was asked about: the paths given, else the data folders, else the bundled roles; the rest is
  // known (so that a ladder may name a bundled role) but not checked
  const user = paths.length > 0 ? paths.map(ctx.path) : ctx.dataDirs;
  const sources =
    user.length > 0
      ? user.map((path) => ({ path, origin: "user" as const }))
      : [{ path: shownPath(join(packageRoot(), "data", "roles"), ctx.io.cwd), origin: "bundled" as const }];
  const collected = collectTargets(sources);
  const loaded = loadTargets(collected.targets);
  const known = user.length > 0 ? knownBeside(collected.targets, ctx.dataDirs, await loadBundled(ctx.io.cwd)) : [];
  const problems = [...collected.problems, ...loaded.problems, ...checkConsistency({ checked: loaded.entries, known })].sort(
    compareDiagnostics,
  );
  const errorProblems = problems.filter((p) => p.severity === "error");
  const errorFiles = new Set(errorProblems.map((p) => p.file));
  const errors = errorProblems.length;
  const result: ValidateResult = {
    valid: errors === 0,
    errors,
    warnings: problems.length - errors,
    files: loaded.entries.map((e) => ({ file: e.file, id: e.id, origin: e.origin, valid: !errorFiles.has(e.file) })),
    problems,
  };
  await emit(ctx, result, opts.json ? "json" : "table", () => import("../render/validate.js").then((m) => m.renderValidate));
  if (errors > 0) throw dataError(`${errors} error${errors === 1 ? "" : "s"} in role files`);
};
