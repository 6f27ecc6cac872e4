/** The ESCO miniature (tests/fixtures/esco-mini) as the portal publishes it: two zips named as downloaded, and the crosswalk. */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { zipSync } from "fflate";
import { afterAll, beforeAll } from "vitest";
import type { RequirementsModel } from "../../src/schema/assessment.js";
import { writeInputs } from "./import-fixtures.js";
import { ROOT, run } from "./run.js";

export const ESCO_MINI = join(ROOT, "tests", "fixtures", "esco-mini");
export const CLASSIFICATION_NAME = "ESCO dataset - v1.1.1 - classification - en - csv.zip";
/** the classification of another language (German), as the portal names it */
export const CLASSIFICATION_DE_NAME = "ESCO dataset - v1.1.1 - classification - de - csv.zip";
export const RELATIONS_NAME = "ESCO dataset - v1.1.1 - classification -  - csv.zip";
export const CROSSWALK_NAME = "esco_onet_crosswalk_Nov2020.csv";

/** A folder of the miniature zipped, its files at the root as in the published zips; `change` edits them first. */
export function escoZip(
  folder: "classification" | "classification-de" | "relations",
  change: (files: Record<string, Uint8Array>) => void = () => {},
): Uint8Array {
  const dir = join(ESCO_MINI, folder);
  const files: Record<string, Uint8Array> = {};
  for (const name of readdirSync(dir)) files[name] = readFileSync(join(dir, name));
  change(files);
  return zipSync(files);
}

/** The two zips and the crosswalk written into `dir` under their published names. */
export function writeEscoInputs(dir: string): { classification: string; relations: string; crosswalk: string } {
  const classification = join(dir, CLASSIFICATION_NAME);
  const relations = join(dir, RELATIONS_NAME);
  const crosswalk = join(dir, CROSSWALK_NAME);
  writeFileSync(classification, escoZip("classification"));
  writeFileSync(relations, escoZip("relations"));
  copyFileSync(join(ESCO_MINI, CROSSWALK_NAME), crosswalk);
  return { classification, relations, crosswalk };
}

/** The requirements model the hand-worked ESCO expectations assume (data/assessment.yaml's at the time of writing, fixed here). */
export const TEST_REQUIREMENTS_MODEL: RequirementsModel = {
  weights: { essential: 1, optional: 0.5 },
  related: 10,
  match: { relevance: 0.5 },
  learning: 0.5,
};

/**
 * For a test file: a data home with the O*NET miniature (with `bls`, its BLS workbooks too) and the ESCO
 * one (both zips and the crosswalk) imported before its tests, removed after; `env` names it.
 */
export function useEscoHome(bls = true): { env: Record<string, string> } {
  const inputs = writeInputs();
  const esco = writeEscoInputs(inputs.dir);
  const home = mkdtempSync(join(tmpdir(), "careers-esco-"));
  const env = { CAREERS_HOME: home, NO_COLOR: "1", COLUMNS: "140" };
  beforeAll(async () => {
    const given = [inputs.zip, ...(bls ? [inputs.projections, inputs.oews] : []), esco.classification, esco.relations, esco.crosswalk];
    const r = await run(["import", ...given], { env });
    if (r.status !== 0) throw new Error(`import of the miniatures failed: ${r.stderr}`);
  });
  afterAll(() => {
    rmSync(home, { recursive: true, force: true });
    rmSync(inputs.dir, { recursive: true, force: true });
  });
  return { env };
}
