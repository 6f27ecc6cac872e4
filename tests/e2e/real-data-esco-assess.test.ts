/**
 * assess <ESCO occupation> over ESCO v1.1.1, the real zips in ../shared/data imported alone into a data
 * folder of this file's own: an occupation's essential items against occupationSkillRelations.csv (read
 * here with csv-parse's own parser, not the import's adapter), and its template round trip. Skipped with a
 * message where the files are absent; with CAREERS_REQUIRE_REAL_DATA=1 their absence fails.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { unzip } from "../helpers/release-read.js";
import { BIN, spawnCli, spawnJson } from "../helpers/run.js";
import { missingRealFiles, REAL_DATA_DIR } from "./real-data.setup.js";

const CLASSIFICATION = "ESCO dataset - v1.1.1 - classification - en - csv.zip";
const RELATIONS = "ESCO dataset - v1.1.1 - classification -  - csv.zip";
const FILES = [CLASSIFICATION, RELATIONS];
const missing = missingRealFiles(FILES, "assess over the real ESCO files");

type Row = Record<string, string>;
const csv = (bytes: Buffer): Row[] => parse(bytes, { columns: true, bom: true, relax_column_count: true }) as Row[];

describe.skipIf(missing.length > 0)("assess <ESCO occupation> over ESCO v1.1.1", () => {
  let home: string;
  let occupations: Row[];
  let relations: Row[];
  const env = () => ({ CAREERS_HOME: home, NO_COLOR: "1" });

  beforeAll(() => {
    home = mkdtempSync(join(tmpdir(), "careers-real-esco-assess-"));
    const r = spawnSync(process.execPath, [BIN, "import", ...FILES.map((f) => join(REAL_DATA_DIR, f))], {
      env: { ...process.env, CAREERS_HOME: home, NO_COLOR: "1" },
      encoding: "utf8",
      timeout: 180_000,
    });
    if (r.status !== 0) throw new Error(`importing ESCO failed (exit ${r.status}): ${r.stderr}`);
    occupations = csv(unzip(join(REAL_DATA_DIR, CLASSIFICATION)).get("occupations_en.csv")!);
    relations = csv(unzip(join(REAL_DATA_DIR, RELATIONS)).get("occupationSkillRelations.csv")!);
  }, 240_000);
  afterAll(() => home && rmSync(home, { recursive: true, force: true }));

  it("technical director: its essential items as the relations CSV lists them; the template back is 0%, every essential item ticked 100%", () => {
    const row = occupations.find((o) => o.preferredLabel === "technical director")!;
    const mine = relations.filter((r) => r.occupationUri === row.conceptUri);
    const essential = new Set(mine.filter((r) => r.relationType === "essential").map((r) => r.skillUri));
    const optional = new Set(mine.filter((r) => r.relationType === "optional" && !essential.has(r.skillUri)).map((r) => r.skillUri));
    expect(essential.size).toBeGreaterThan(5);
    // named by its URI, as every command takes it
    const template = spawnCli(["assess", row.conceptUri!, "--template"], { env: env(), timeout: 60_000 });
    expect(template.status, template.stderr).toBe(0);
    const dir = mkdtempSync(join(tmpdir(), "careers-real-esco-assess-"));
    try {
      const blank = join(dir, "blank.txt");
      writeFileSync(blank, template.stdout);
      const none = spawnJson(["assess", row.conceptUri!, "--answers", blank, "--json"], { env: env(), timeout: 60_000 }).data;
      expect(none.occupation.code).toBe(row.code);
      expect(none.essential).toEqual({ have: 0, learning: 0, no: essential.size, of: essential.size, notListed: 0 });
      expect(none.optional.of).toBe(optional.size);
      expect(new Set(none.answers.map((a: { uri: string }) => a.uri))).toEqual(essential);
      expect(none).toMatchObject({ readiness: 0, band: "early", ignored: 0 });
      // the essential lines ticked (each line names its item by the URI after #)
      const ticked = join(dir, "ticked.txt");
      writeFileSync(
        ticked,
        template.stdout
          .split("\n")
          .map((l) => (essential.has(/# (\S+)/.exec(l)?.[1] ?? "") ? l.replace("- [ ]", "- [x]") : l))
          .join("\n"),
      );
      const all = spawnJson(["assess", row.conceptUri!, "--answers", ticked, "--json"], { env: env(), timeout: 60_000 }).data;
      expect(all).toMatchObject({ readiness: 100, band: "ready" });
      expect(all.essential.have).toBe(essential.size);
      expect(all.toLearn.every((i: { essential: boolean }) => !i.essential)).toBe(true);
      expect(all.toLearn).toHaveLength(optional.size);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
