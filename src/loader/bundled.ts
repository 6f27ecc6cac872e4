/**
 * The bundled data: roles and the readiness model, compiled and validated at build time into dist/
 * next to the CLI bundle. Running from source (`npm run dev`, in-process tests) there is no such dist/
 * beside the code, and the data is compiled from data/ on first use instead.
 */
import { readFileSync } from "node:fs";
import { isAbsolute, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { Diagnostic } from "../diagnostic.js";
import { dataError } from "../errors.js";
import type { AssessmentModel } from "../schema/assessment.js";
import type { BundledRole } from "./catalog.js";

export const BUNDLED_FILE = "roles.json";

export interface BundledIndex {
  format: 1;
  roles: BundledRole[];
}

const here = (): URL => new URL(".", import.meta.url);

/** This module is src/loader/bundled.ts itself: the program runs from source. */
const fromSource = (): boolean => here().pathname.endsWith("/src/loader/");

/** dist/, where the CLI bundle lives (this module may end up in dist/chunks/ when code is split). */
export function distUrl(): URL {
  if (fromSource()) return new URL("../../dist/", here());
  return here().pathname.endsWith("/chunks/") ? new URL("..", here()) : here();
}

/** The package's folder: bundled role files name themselves relative to it (data/roles/clerk.yaml). */
export const packageRoot = (): string => fileURLToPath(new URL("..", distUrl()));

/** A path as short as it can be said: relative to `cwd` when inside it, else absolute. */
export function shownPath(path: string, cwd: string = process.cwd()): string {
  const rel = relative(cwd, path);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel) ? rel : path;
}

/** What the build wrote to dist/ as `name`, or, running from source, the same compiled from data/ now. */
async function compiled<T>(name: string, fromData: (compile: typeof import("./compile.js")) => T): Promise<T> {
  if (!fromSource()) return JSON.parse(readFileSync(new URL(name, distUrl()), "utf8")) as T;
  return fromData(await import("./compile.js"));
}

/** Data in data/ that fails its checks: running from source, say so as the build would. */
function checked<T>(result: { ok: true; value: T } | { ok: false; diagnostics: readonly Diagnostic[] }): T {
  if (!result.ok) throw dataError("the bundled data in data/ is invalid (npm run build names each problem)", result.diagnostics);
  return result.value;
}

/** The bundled roles, each `file` a path that resolves from `cwd` (data/roles/clerk.yaml in the project). */
export async function loadBundled(cwd?: string): Promise<BundledRole[]> {
  const index = await compiled<BundledIndex>(BUNDLED_FILE, (c) => {
    const { index, problems } = c.compileRoles(packageRoot());
    return checked(problems.length > 0 ? { ok: false, diagnostics: problems } : { ok: true, value: index });
  });
  const root = packageRoot();
  return index.roles.map((r) => ({ ...r, file: shownPath(join(root, r.file), cwd) }));
}

/** The readiness model. */
export const loadModel = (): Promise<AssessmentModel> => compiled("assessment.json", (c) => checked(c.compileModel(packageRoot())));

/** The JSON Schema of the role format, written by the build next to the CLI bundle. */
export const schemaFile = (): string => fileURLToPath(new URL("role.schema.json", distUrl()));
