/** The bundled roles, compiled and validated at build time into dist/roles.json next to the CLI bundle. */
import { readFileSync } from "node:fs";
import { isAbsolute, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { BundledRole } from "./catalog.js";

export const BUNDLED_FILE = "roles.json";

export interface BundledIndex {
  format: 1;
  roles: BundledRole[];
}

/** dist/, where the CLI bundle lives (this module may end up in dist/chunks/ when code is split). */
export function distUrl(): URL {
  const here = new URL(".", import.meta.url);
  return here.pathname.endsWith("/chunks/") ? new URL("..", here) : here;
}

/** A path as short as it can be said: relative to the current folder when inside it, else absolute. */
export function shownPath(path: string): string {
  const rel = relative("", path);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel) ? rel : path;
}

/** The bundled roles, each `file` a path that resolves from the current folder (data/roles/clerk.yaml in the project). */
export function loadBundled(url = new URL(BUNDLED_FILE, distUrl())): BundledRole[] {
  const index = JSON.parse(readFileSync(url, "utf8")) as BundledIndex;
  const root = fileURLToPath(new URL("..", url));
  return index.roles.map((r) => ({ ...r, file: shownPath(join(root, r.file)) }));
}

/** The package's folder: bundled role files name themselves relative to it (data/roles/clerk.yaml). */
export const packageRoot = (): string => fileURLToPath(new URL("..", distUrl()));

/** The JSON Schema of the role format, written by the build next to the CLI bundle. */
export const schemaFile = (): string => fileURLToPath(new URL("role.schema.json", distUrl()));
