/**
 * Global setup of the end-to-end suite: imports the real O*NET and BLS releases in ../shared/data (next
 * to the repository) once, with the built CLI, into a temporary data folder that the fidelity tests
 * share. Where the releases are absent those tests are skipped, saying so; with CAREERS_REQUIRE_REAL_DATA=1
 * their absence fails the run instead.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
/** ../shared/data next to the repository; CAREERS_REAL_DATA_DIR points elsewhere */
export const REAL_DATA_DIR = process.env.CAREERS_REAL_DATA_DIR ?? join(ROOT, "..", "shared", "data");
export const REAL_FILES = ["db_29_3_text.zip", "occupation.xlsx", "national_M2024_dl.xlsx", "oews_state_M2023_rebuilt.xlsx"];

export interface RealData {
  dir: string;
  home: string;
  /** the import's --json summary */
  summary: {
    manifest: {
      occupations: number;
      sources: { id: string; version: string; rows: number; files?: { name: string; rows: number }[]; skipped: { rows: number }[] }[];
    };
    bytes: number;
    seconds: number;
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    realData: RealData | null;
  }
}

/**
 * The files of `files` not in REAL_DATA_DIR: said on stderr (the tests of `what` are then skipped), or,
 * with CAREERS_REQUIRE_REAL_DATA=1, an error.
 */
export function missingRealFiles(files: readonly string[], what: string): string[] {
  const missing = files.filter((f) => !existsSync(join(REAL_DATA_DIR, f)));
  if (missing.length > 0) {
    const message = `real data: ${missing.join(", ")} not found in ${REAL_DATA_DIR}`;
    if (process.env.CAREERS_REQUIRE_REAL_DATA === "1") throw new Error(`${message}; CAREERS_REQUIRE_REAL_DATA=1 requires ${what} to run`);
    console.warn(`${message}: ${what} are skipped`);
  }
  return missing;
}

export default function setup(project: TestProject): (() => void) | undefined {
  if (missingRealFiles(REAL_FILES, "the fidelity tests over the real releases").length > 0) {
    project.provide("realData", null);
    return;
  }
  const home = mkdtempSync(join(tmpdir(), "careers-real-data-"));
  const r = spawnSync(
    process.execPath,
    [join(ROOT, "bin", "careers.cjs"), "import", ...REAL_FILES.map((f) => join(REAL_DATA_DIR, f)), "--json"],
    {
      env: { ...process.env, CAREERS_HOME: home, NO_COLOR: "1" },
      encoding: "utf8",
      maxBuffer: 64 * 2 ** 20,
      timeout: 180_000,
    },
  );
  if (r.status !== 0) {
    rmSync(home, { recursive: true, force: true });
    throw new Error(`importing the real releases failed (exit ${r.status}): ${r.stderr}`);
  }
  project.provide("realData", { dir: REAL_DATA_DIR, home, summary: JSON.parse(r.stdout) });
  return () => rmSync(home, { recursive: true, force: true });
}
