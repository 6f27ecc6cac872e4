/** The bundled roles, compiled and validated at build time into dist/roles.json next to the CLI bundle. */
import { readFileSync } from "node:fs";
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

export function loadBundled(url = new URL(BUNDLED_FILE, distUrl())): BundledRole[] {
  const index = JSON.parse(readFileSync(url, "utf8")) as BundledIndex;
  return index.roles;
}

/** The package's folder: bundled role files name themselves relative to it (data/roles/clerk.yaml). */
export const packageRoot = (): string => fileURLToPath(new URL("..", distUrl()));

/** The JSON Schema of the role format, written by the build next to the CLI bundle. */
export const schemaFile = (): string => fileURLToPath(new URL("role.schema.json", distUrl()));
