/**
 * What an import takes from the releases: strict archives (an entry name given twice is refused), text made
 * safe for a terminal, and numbers checked against their scales and written form (a bad one skips its
 * row, counted and named in the summary). In-process, on the invented releases of tests/fixtures.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { ONET_MINI, writeInputs } from "../helpers/import-fixtures.js";
import { storedZip } from "../helpers/raw-zip.js";
import { run, runJson } from "../helpers/run.js";

const inputs = writeInputs();
let home: string;
const env = () => ({ CAREERS_HOME: home });

beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), "careers-import-content-"));
});
afterEach(() => rmSync(home, { recursive: true, force: true }));
afterAll(() => rmSync(inputs.dir, { recursive: true, force: true }));

/** The mini release as a zip written entry by entry, `extra` appended after its files. */
function releaseZip(name: string, change: (files: Map<string, string>) => void = () => {}, extra: [string, string][] = []): string {
  const files = new Map(readdirSync(ONET_MINI).map((f) => [f, readFileSync(join(ONET_MINI, f), "utf8")]));
  change(files);
  const path = join(inputs.dir, name);
  writeFileSync(path, storedZip([...[...files].map(([f, text]) => [`db_99_1_text/${f}`, text] as const), ...extra]));
  return path;
}

describe("strict archives", () => {
  it("an entry name given twice is refused, the entry named, nothing installed", async () => {
    const skills = readFileSync(join(ONET_MINI, "Skills.txt"), "utf8");
    const oneSkill = skills.split("\n").slice(0, 3).join("\n");
    const zip = releaseZip("twice.zip", undefined, [["db_99_1_text/Skills.txt", oneSkill]]);
    const r = await run(["import", zip], { env: env() });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(
      `careers: ${zip}: refused: the archive holds two entries named "db_99_1_text/Skills.txt" (which one is the release's cannot be told); download it again\n`,
    );
    expect((await runJson(["import", "--status", "--json"], { env: env() })).data.installed).toBe(false);
  });

  it("the same zip without the second copy imports", async () => {
    const r = await run(["import", releaseZip("once.zip")], { env: env() });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  });
});
