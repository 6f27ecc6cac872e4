/**
 * ESCO's classification zip of another language (tests/fixtures/esco-mini/classification-de: the English
 * miniature's occupations, items, ISCO groups and skill groups in German, in the published layout): titles,
 * alternative labels, descriptions and item labels in that language; URIs and codes the same in every
 * language; two classification zips are refused, naming their languages and how one is chosen.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLASSIFICATION_DE_NAME, escoZip, writeEscoInputs } from "../helpers/esco-fixtures.js";
import { writeInputs } from "../helpers/import-fixtures.js";
import { run, runJson } from "../helpers/run.js";

const inputs = writeInputs();
const esco = writeEscoInputs(inputs.dir);
const german = join(inputs.dir, CLASSIFICATION_DE_NAME);
writeFileSync(german, escoZip("classification-de"));
const URI = "http://data.europa.eu/esco/occupation/0a1b2c3d-0000-4000-8000-00000000000";
let home: string;
const env = () => ({ CAREERS_HOME: home });

beforeAll(async () => {
  home = mkdtempSync(join(tmpdir(), "careers-esco-de-"));
  const r = await run(["import", inputs.zip, german, esco.relations], { env: env() });
  expect(r.status, r.stderr).toBe(0);
});
afterAll(() => {
  rmSync(home, { recursive: true, force: true });
  rmSync(inputs.dir, { recursive: true, force: true });
});

describe("ESCO's classification in German", () => {
  it("titles, alternative labels, descriptions, ISCO groups and items in German; URI and code as in English", async () => {
    const { data: o, result } = await runJson(["show", `${URI}1`, "--json"], { env: env() });
    expect(result.status, result.stderr).toBe(0);
    // occupations_de.csv's row of 0a1b2c3d-...-000000000001
    expect([o.code, o.uri, o.title]).toEqual(["9629.9.1", `${URI}1`, "Laternenanzünder"]);
    expect(o.alternateTitles).toEqual(["Lampenanzünder", "Straßenlampenwärter", "Dochtschneider"]);
    expect(o.description).toBe(
      'Laternenanzünder zünden, schneiden und füllen Straßenlaternen entlang einer Route, "von Hand", und führen Buch über die Brennstunden jeder Lampe.',
    );
    expect(o.isco.map((g: { title: string }) => g.title)).toEqual([
      "Hilfsarbeitskräfte",
      "Abfallentsorgungsarbeiter und sonstige Hilfsarbeitskräfte",
      "Sonstige Hilfsarbeitskräfte",
      "Hilfsarbeitskräfte a. n. g.",
    ]);
    const labels = [...o.requirements.essential, ...o.requirements.optional].map((i: { label: string }) => i.label);
    expect(labels).toEqual(expect.arrayContaining(["Lampenöle", "Lampendochte schneiden"]));
    expect(labels.some((l: string) => /lamp oils|trim lamp wicks/.test(l))).toBe(false);
    const groups = o.requirements.essential.flatMap((i: { groups: { label: string }[] }) => i.groups.map((g) => g.label));
    expect(groups).toContain("Lampen und Leuchten warten");
  });

  it("named by its German labels and found by search in German; the source says German", async () => {
    for (const name of ["Laternenanzünder", "Straßenlampenwärter", "9629.9.1"]) {
      const { data, result } = await runJson(["show", name, "--json"], { env: env() });
      expect(result.status, result.stderr).toBe(0);
      expect(data.uri).toBe(`${URI}1`);
    }
    const s = await runJson(["search", "Wolkenhirte", "--json"], { env: env() });
    expect(s.data.results.map((r: { code: string }) => r.code)).toEqual(["6121.5"]);
    const status = (await run(["import", "--status"], { env: env() })).stdout.replace(/\s+/g, " ");
    expect(status).toMatch(/ESCO 1\.1\.1, German/);
  });

  it("two classification zips: refused, naming both, with how the language is chosen", async () => {
    const other = mkdtempSync(join(tmpdir(), "careers-esco-two-"));
    try {
      const r = await run(["import", inputs.zip, esco.classification, german, esco.relations], { env: { CAREERS_HOME: other } });
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(`${esco.classification} and ${german} are both ESCO's classification zip`);
      expect(r.stderr).toMatch(/the language of the titles is the classification zip's/);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});
