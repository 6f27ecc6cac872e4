/**
 * ESCO v1.1.1 and Nesta's crosswalk, the real files in ../shared/data, imported beside O*NET 29.3 into a
 * data folder of this file's own (the shared one of real-data.setup.ts stays O*NET and BLS): counts and
 * requirements checked against the CSVs, read here with csv-parse's own sync parser, not the import's
 * adapter. Skipped with a message where the files are absent; with CAREERS_REQUIRE_REAL_DATA=1 their
 * absence fails.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { tsv, unzip } from "../helpers/release-read.js";
import { BIN, ROOT, spawnJson } from "../helpers/run.js";
import { missingRealFiles, REAL_DATA_DIR } from "./real-data.setup.js";

const CLASSIFICATION = "ESCO dataset - v1.1.1 - classification - en - csv.zip";
const RELATIONS = "ESCO dataset - v1.1.1 - classification -  - csv.zip";
const CROSSWALK = "esco_onet_crosswalk_Nov2020.csv";
const FILES = ["db_29_3_text.zip", CLASSIFICATION, RELATIONS, CROSSWALK];
const missing = missingRealFiles(FILES, "the ESCO tests over the real files");

type Row = Record<string, string>;
const csv = (bytes: Buffer): Row[] => parse(bytes, { columns: true, bom: true, relax_column_count: true }) as Row[];

/** data/assessment.yaml's requirements: the weights and powers the expected values are worked with. */
const shippedRequirements = () => parseYaml(readFileSync(join(ROOT, "data", "assessment.yaml"), "utf8")).requirements;

/** Each occupation's items (by URI) weighted from occupationSkillRelations.csv: essential over optional. */
function itemWeights(relations: Row[], w: { essential: number; optional: number }): Map<string, Map<string, number>> {
  const items = new Map<string, Map<string, number>>();
  for (const r of relations) {
    const m = items.get(r.occupationUri!) ?? new Map<string, number>();
    items.set(r.occupationUri!, m);
    if (r.relationType === "essential") m.set(r.skillUri!, w.essential);
    else if (!m.has(r.skillUri!)) m.set(r.skillUri!, w.optional);
  }
  return items;
}

describe.skipIf(missing.length > 0)("ESCO v1.1.1 and the crosswalk, imported beside O*NET 29.3", () => {
  let home: string;
  let summary: { dir: string; manifest: any; bytes: number; seconds: number };
  let occupations: Row[];
  let skills: Row[];
  let relations: Row[];
  let details: any[];
  const env = () => ({ CAREERS_HOME: home });

  beforeAll(() => {
    home = mkdtempSync(join(tmpdir(), "careers-real-esco-"));
    const r = spawnSync(process.execPath, [BIN, "import", ...FILES.map((f) => join(REAL_DATA_DIR, f)), "--json"], {
      env: { ...process.env, CAREERS_HOME: home, NO_COLOR: "1" },
      encoding: "utf8",
      maxBuffer: 64 * 2 ** 20,
      timeout: 180_000,
    });
    if (r.status !== 0) throw new Error(`importing ESCO failed (exit ${r.status}): ${r.stderr}`);
    summary = JSON.parse(r.stdout);
    const en = unzip(join(REAL_DATA_DIR, CLASSIFICATION));
    occupations = csv(en.get("occupations_en.csv")!);
    skills = csv(en.get("skills_en.csv")!);
    relations = csv(unzip(join(REAL_DATA_DIR, RELATIONS)).get("occupationSkillRelations.csv")!);
    details = readFileSync(join(summary.dir, "details.jsonl"), "utf8")
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l))
      .filter((o) => o.source === "esco");
  }, 240_000);
  afterAll(() => home && rmSync(home, { recursive: true, force: true }));

  it("every occupation, skill and alternative label of the CSVs", () => {
    expect(occupations.length).toBe(3007);
    expect(skills.length).toBe(13896);
    const alt = occupations.flatMap((o) => o.altLabels!.split("\n").filter((a) => a.trim() !== ""));
    expect(alt.length).toBe(32804);
    expect(summary.manifest.escoOccupations).toBe(occupations.length);
    expect(details.length).toBe(occupations.length);
    expect(details.reduce((n, o) => n + o.alternateTitles.length, 0)).toBe(alt.length);
    const esco = summary.manifest.sources.find((s: { id: string }) => s.id === "esco");
    expect(esco.files.find((f: { name: string }) => f.name === "skills_en.csv").rows).toBe(skills.length);
  });

  it("every relation of an occupation the classification lists; the others counted", () => {
    const listed = new Set(occupations.map((o) => o.conceptUri));
    const kept = relations.filter((r) => listed.has(r.occupationUri!));
    const stored = details.reduce((n, o) => n + o.requirements.essential.length + o.requirements.optional.length, 0);
    expect(stored).toBe(kept.length);
    const esco = summary.manifest.sources.find((s: { id: string }) => s.id === "esco");
    expect(esco.skipped[0].rows).toBe(relations.length - kept.length);
  });

  it("technical director: its essential and optional items, each with its URI, as occupationSkillRelations.csv lists them", () => {
    const row = occupations.find((o) => o.preferredLabel === "technical director")!;
    const { data } = spawnJson(["show", "esco:technical-director", "--json"], { env: env() });
    expect(data.uri).toBe(row.conceptUri);
    expect(data.code).toBe(row.code);
    const mine = relations.filter((r) => r.occupationUri === row.conceptUri);
    const uris = (type: string) =>
      mine
        .filter((r) => r.relationType === type)
        .map((r) => r.skillUri)
        .sort();
    expect(data.requirements.essential.map((i: { uri: string }) => i.uri).sort()).toEqual(uris("essential"));
    expect(data.requirements.optional.map((i: { uri: string }) => i.uri).sort()).toEqual(uris("optional"));
    const label = new Map(skills.map((s) => [s.conceptUri, s.preferredLabel]));
    for (const i of data.requirements.essential) expect(i.label).toBe(label.get(i.uri));
  });

  it("the crosswalk: linked where O*NET 29.3 has the code, the others counted and named", () => {
    const onet = new Set(
      tsv(unzip(join(REAL_DATA_DIR, "db_29_3_text.zip")).get("db_29_3_text/Occupation Data.txt")!.toString("utf8")).map(
        (r) => r["O*NET-SOC Code"],
      ),
    );
    const rows = csv(readFileSync(join(REAL_DATA_DIR, CROSSWALK)));
    const listed = new Set(occupations.map((o) => o.conceptUri));
    const linked = rows.filter((r) => onet.has(r.onet_code!) && listed.has(r.concept_uri!));
    const lacking = rows.filter((r) => !onet.has(r.onet_code!) && listed.has(r.concept_uri!));
    // the shared data's README: 1,355 of the 1,680 rows name a code 29.3 still has; one of them an occupation ESCO v1.1.1 does not list
    expect(rows.filter((r) => onet.has(r.onet_code!)).length).toBe(1355);
    expect(linked.length).toBe(1354);
    const cw = summary.manifest.sources.find((s: { id: string }) => s.id === "esco-crosswalk");
    expect(cw.files[0].rows).toBe(linked.length);
    expect(cw.lacking.reduce((n: number, l: { rows: number }) => n + l.rows, 0)).toBe(lacking.length);
    expect(cw.lacking.map((l: { code: string }) => l.code)).toEqual([...new Set(lacking.map((r) => r.onet_code))].sort());
    expect(details.filter((o) => o.crosswalk && !o.crosswalk.via).length).toBe(linked.length);
  });

  it("show <ESCO occupation>: the linked O*NET occupation's skill ratings, borrowed with the crosswalk's confidence", () => {
    const rows = csv(readFileSync(join(REAL_DATA_DIR, CROSSWALK)));
    const row = rows.find((r) => r.esco_occupation === "secretary of state")!;
    const { data } = spawnJson(["show", "esco:secretary-of-state", "--json"], { env: env() });
    expect(data.crosswalk).toMatchObject({ code: row.onet_code, confidence: Number(row.confidence) });
    const skillsTxt = tsv(unzip(join(REAL_DATA_DIR, "db_29_3_text.zip")).get("db_29_3_text/Skills.txt")!.toString("utf8"));
    const importance = new Map(
      skillsTxt
        .filter((r) => r["O*NET-SOC Code"] === row.onet_code && r["Scale ID"] === "IM")
        .map((r) => [r["Element ID"], Number(r["Data Value"])]),
    );
    expect(data.skills.length).toBe(importance.size);
    for (const s of data.skills) {
      expect(s.importance).toBeCloseTo(importance.get(s.element)!, 2);
      expect(s.borrowed).toMatchObject({ from: { code: row.onet_code }, confidence: Number(row.confidence) });
    }
  });

  it("path <ESCO occupation>: the most similar by the relations' items (weighted Jaccard, the shipped weights), the hierarchy apart", () => {
    const w = shippedRequirements();
    const items = itemWeights(relations, w.weights);
    const jaccard = (a: Map<string, number>, b: Map<string, number>) => {
      let min = 0;
      let max = 0;
      for (const u of new Set([...a.keys(), ...b.keys()])) {
        min += Math.min(a.get(u) ?? 0, b.get(u) ?? 0);
        max += Math.max(a.get(u) ?? 0, b.get(u) ?? 0);
      }
      return max > 0 ? min / max : 0;
    };
    const uriOf = new Map(details.map((o) => [o.id, o.uri]));
    const from = occupations.find((o) => o.preferredLabel === "secretary of state")!;
    const { data } = spawnJson(["path", "esco:secretary-of-state", "--json"], { env: env() });
    expect(data.related.length).toBe(w.related);
    const own = items.get(from.conceptUri!)!;
    for (const m of data.related) expect(m.similarity).toBeCloseTo(jaccard(own, items.get(uriOf.get(m.id))!), 10);
    const apart = new Set([from.conceptUri, ...[...data.broader, ...data.narrower].map((m: { id: string }) => uriOf.get(m.id))]);
    const best = occupations
      .filter((o) => !apart.has(o.conceptUri) && items.has(o.conceptUri!))
      .map((o) => jaccard(own, items.get(o.conceptUri!)!))
      .sort((a, b) => b - a)
      .slice(0, w.related);
    expect(data.related.map((m: { similarity: number }) => m.similarity)).toEqual(best.map((b) => expect.closeTo(b, 10)));
  });

  it("match --template --source esco --isco 4222, marked, then --skills: the fits worked from the relations", () => {
    const w = shippedRequirements();
    const group = new Set(occupations.filter((o) => o.iscoGroup === "4222").map((o) => o.conceptUri));
    const t = spawnSync(process.execPath, [BIN, "match", "--template", "--source", "esco", "--isco", "4222"], {
      env: { ...process.env, CAREERS_HOME: home },
      encoding: "utf8",
    });
    expect(t.status, t.stderr).toBe(0);
    const lines = t.stdout.split("\n").filter((l) => l.startsWith("- [ ] "));
    const uris = (l: string) => l.split(" # ")[1]!.trim().split(/\s+/)[0]!;
    // every item any of the group's occupations lists (occupationSkillRelations.csv), once
    const listed = new Set(relations.filter((r) => group.has(r.occupationUri)).map((r) => r.skillUri));
    expect(new Set(lines.map(uris))).toEqual(listed);
    expect(lines.length).toBe(listed.size);
    // the first five items marked had
    const had = new Set(lines.slice(0, 5).map(uris));
    const marked = t.stdout
      .split("\n")
      .map((l) => (l.startsWith("- [ ] ") && had.has(uris(l)) ? l.replace("- [ ] ", "- [x] ") : l))
      .join("\n");
    const file = join(home, "skills.txt");
    writeFileSync(file, marked);
    const { data, result } = spawnJson(["match", "--skills", file, "--limit", "10", "--json"], { env: env() });
    expect(result.status, result.stderr).toBe(0);
    expect(data.items.had).toBe(5);
    // coverage x relevance ^ power over every ESCO occupation, from the relations alone
    const weights = itemWeights(relations, w.weights);
    const listedOccupations = new Set(occupations.map((o) => o.conceptUri));
    const fits = [...weights]
      .filter(([uri]) => listedOccupations.has(uri))
      .flatMap(([, m]) => {
        let covered = 0;
        let total = 0;
        let shared = 0;
        for (const [u, x] of m) {
          total += x;
          if (had.has(u)) {
            covered += x;
            shared += 1;
          }
        }
        return shared > 0 ? [(covered / total) * (shared / had.size) ** w.match.relevance] : [];
      })
      .sort((a, b) => b - a);
    expect(data.total).toBe(fits.length);
    expect(data.results.map((r: { fit: number }) => r.fit)).toEqual(fits.slice(0, 10).map((f) => expect.closeTo(f, 10)));
  });

  it("the data set stays within 60 MB", () => {
    expect(summary.bytes).toBeLessThan(60 * 2 ** 20);
  });
});
