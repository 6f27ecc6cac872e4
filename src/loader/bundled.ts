/** The bundled roles, compiled and validated at build time into dist/roles.json next to the CLI bundle. */
import { readFileSync } from "node:fs";
import type { BundledRole } from "./catalog.js";

export const BUNDLED_FILE = "roles.json";

export interface BundledIndex {
  format: 1;
  roles: BundledRole[];
}

export function loadBundled(url = new URL(`./${BUNDLED_FILE}`, import.meta.url)): BundledRole[] {
  const index = JSON.parse(readFileSync(url, "utf8")) as BundledIndex;
  return index.roles;
}
