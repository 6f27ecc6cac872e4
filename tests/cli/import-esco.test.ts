/**
 * `careers import` of ESCO, in-process over the miniature in the published layout (tests/fixtures/esco-mini):
 * the two zips and the crosswalk recognised by their contents, beside or without O*NET, mapped into the
 * one model of an occupation; a zip without its other half, another version's columns, hostile archives.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strToU8 } from "fflate";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { escoZip, writeEscoInputs } from "../helpers/esco-fixtures.js";
import { writeInputs } from "../helpers/import-fixtures.js";
import { run, runJson } from "../helpers/run.js";

const inputs = writeInputs();
const esco = writeEscoInputs(inputs.dir);
const all = [inputs.zip, inputs.projections, inputs.oews, esco.classification, esco.relations, esco.crosswalk];
let home: string;
const env = () => ({ CAREERS_HOME: home });
const O = "http://data.europa.eu/esco/occupation/0a1b2c3d-0000-4000-8000-00000000000";
const S = "http://data.europa.eu/esco/skill/5a000000-0000-4000-8000-00000000000";

beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), "careers-import-esco-"));
});
afterEach(() => rmSync(home, { recursive: true, force: true }));
afterAll(() => rmSync(inputs.dir, { recursive: true, force: true }));

const show = async (name: string) => {
  const { data, result } = await runJson(["show", name, "--json"], { env: env() });
  expect(result.status, result.stderr).toBe(0);
  return data;
};
const labels = (items: { label: string }[]) => items.map((i) => i.label);

describe("import of ESCO beside O*NET and BLS", () => {
  it("reads every file of both zips, and the crosswalk", async () => {
    const { data, result } = await runJson(["import", ...all, "--json"], { env: env() });
    expect(result.status, result.stderr).toBe(0);
    const m = data.manifest;
    expect([m.occupations, m.escoOccupations]).toEqual([5 + 4, 4]);
    const source = m.sources.find((s: { id: string }) => s.id === "esco");
    expect(source.version).toBe("1.1.1");
    expect(source.input).toBe(`${esco.classification} and ${esco.relations}`);
    expect(source.files).toEqual([
      { name: "occupations_en.csv", rows: 4 },
      { name: "skills_en.csv", rows: 5 },
      { name: "ISCOGroups_en.csv", rows: 8 },
      { name: "skillGroups_en.csv", rows: 2 },
      { name: "broaderRelationsSkillPillar.csv", rows: 3 },
      { name: "occupationSkillRelations.csv", rows: 9 },
      { name: "broaderRelationsOccPillar.csv", rows: 5 },
    ]);
    // the eighth relation names an occupation the classification lacks
    expect(source.skipped).toEqual([
      expect.objectContaining({ rows: 1, reason: "relations of occupations the classification does not list" }),
    ]);
    // wages are joined for O*NET's five only
    expect(m.join.wages.none + m.join.wages.detailed + m.join.wages.part + m.join.wages.combined + m.join.wages.broad).toBe(5);
  });

  it("an ESCO occupation in the one model: URI, code, ISCO path, labels, requirements with their groups, hierarchy", async () => {
    await run(["import", ...all], { env: env() });
    const o = await show("esco:lamplighter");
    expect(o).toMatchObject({ id: "esco:lamplighter", code: "9629.9.1", title: "lamplighter", source: "esco", uri: `${O}1` });
    // a multi-line quoted cell: one label a line; the description made one line, its quotes and comma kept
    expect(o.alternateTitles).toEqual(["lantern lighter", "street lamp keeper", "lamp trimmer"]);
    expect(o.description).toBe(
      'Lamplighters light, trim and refill street lamps along a route, "by hand", and keep a log of the hours each lamp burns.',
    );
    expect(o.isco.map((g: { code: string; title: string }) => [g.code, g.title])).toEqual([
      ["9", "Elementary occupations"],
      ["96", "Refuse workers and other elementary workers"],
      ["962", "Other elementary workers"],
      ["9629", "Elementary workers not elsewhere classified"],
    ]);
    expect(o.requirements.kind).toBe("essential-optional");
    expect(o.requirements.essential).toEqual([
      { uri: `${S}2`, label: "lamp oils", kind: "knowledge", groups: [] },
      {
        uri: `${S}1`,
        label: "trim lamp wicks",
        kind: "skill",
        groups: [{ uri: "http://data.europa.eu/esco/skill/6a000000-0000-4000-8000-000000000001", label: "maintaining lamps and lights" }],
      },
    ]);
    expect(labels(o.requirements.optional)).toEqual(["keep route logs"]);
    expect(o.requirements.optional[0].groups.map((g: { label: string }) => g.label)).toEqual(["recording information"]);
    expect(o.narrower).toEqual([{ uri: `${O}2`, id: "esco:senior-lamplighter", code: "9629.9.1.1", title: "senior lamplighter" }]);
    expect(o.broader).toEqual([]);
    expect(o.regulated).toEqual({ regulated: false, note: null });
    expect(o.crosswalk).toEqual({ code: "91-1011.00", title: "Lantern Keepers", confidence: 1 });
    // O*NET's ratings are the linked occupation's, borrowed (tests/cli/esco-borrowed.test.ts)
    expect(o.skills.every((r: { borrowed?: { from: { code: string } } }) => r.borrowed?.from.code === "91-1011.00")).toBe(true);
    // an item under another item takes its group
    const beacon = await show("esco:harbour-beacon-keeper");
    expect(beacon.requirements.essential[0]).toMatchObject({ label: "polish brass", groups: [{ label: "maintaining lamps and lights" }] });
    expect(beacon.crosswalk).toMatchObject({ code: "91-1011.02", title: "Beacon Polishers", confidence: 2 });
    // a lower level inherits its parent's link
    const senior = await show("esco:senior-lamplighter");
    expect(senior.broader.map((b: { id: string }) => b.id)).toEqual(["esco:lamplighter"]);
    expect(senior.crosswalk).toMatchObject({ code: "91-1011.00", via: { id: "esco:lamplighter" } });
    expect((await show("esco:cloud-herder")).regulated).toEqual({ regulated: true, note: null });
  });

  it("show's tables name an ESCO occupation's code, group, link, requirements and sources as ESCO's, not O*NET's", async () => {
    await run(["import", ...all], { env: env() });
    const { status, stdout } = await run(["show", "esco:lamplighter"], { env: { ...env(), NO_COLOR: "1", COLUMNS: "120" } });
    expect(status).toBe(0);
    expect(stdout).toContain("9629.9.1 (ESCO)");
    expect(stdout).not.toContain("O*NET-SOC");
    expect(stdout).toContain("9 Elementary occupations > 96 Refuse workers and other elementary workers");
    expect(stdout).toContain("91-1011.00 Lantern Keepers (crosswalk confidence 1)");
    // the fixture's relations: two essential items, one optional
    expect(stdout).toMatch(/Essential \(2\)\n\s+• lamp oils \(knowledge\)\n\s+• trim lamp wicks \(skill\)/);
    expect(stdout).toMatch(/Optional \(1\)\n\s+• keep route logs \(skill\)/);
    const sources = stdout.slice(stdout.indexOf("Sources"));
    expect(sources).toContain("ESCO classification");
    expect(sources).toContain("Nesta");
    // O*NET's release is named for the figures borrowed from the linked occupation; an unlinked one names ESCO's alone
    expect(sources).toContain("O*NET Database");
    const unlinked = (await run(["show", "esco:cloud-herder"], { env: { ...env(), NO_COLOR: "1", COLUMNS: "120" } })).stdout;
    expect(unlinked.slice(unlinked.indexOf("Sources"))).not.toContain("O*NET Database");
    // O*NET's ratings are not ESCO's to give: not listed as missing
    expect(stdout).not.toContain("Not in the imported data");
    const onet = await run(["show", "91-1011.00"], { env: { ...env(), NO_COLOR: "1", COLUMNS: "120" } });
    expect(onet.stdout).toContain("91-1011.00 (O*NET-SOC)");
    expect(onet.stdout).not.toContain("Essential and optional");
  });

  it("crosswalk rows naming codes the O*NET release lacks: counted, named, never linked", async () => {
    const r = await run(["import", ...all], { env: env() });
    expect(r.stdout.replace(/\s+/g, " ")).toContain(
      `${esco.crosswalk}: 1 row skipped: rows naming O*NET-SOC codes the O*NET release lacks (1 code), not linked (45-9999.01 cloud wranglers)`,
    );
    expect((await show("esco:cloud-herder")).crosswalk).toBeNull();
    const { data } = await runJson(["import", "--status", "--json"], { env: env() });
    const cw = data.manifest.sources.find((s: { id: string }) => s.id === "esco-crosswalk");
    expect(cw.lacking).toEqual([{ code: "45-9999.01", title: "cloud wranglers", rows: 1 }]);
    expect(cw.files).toEqual([
      { name: "ESCO occupations linked to an O*NET occupation", rows: 2 },
      { name: "ESCO occupations linked through a broader one", rows: 1 },
    ]);
  });

  it("--status carries the attribution of ESCO and of the crosswalk", async () => {
    await run(["import", ...all], { env: env() });
    const status = (await run(["import", "--status"], { env: env() })).stdout.replace(/\s+/g, " ");
    expect(status).toContain("9 (5 O*NET, 4 ESCO) occupations");
    expect(status).toContain(
      "careers uses the ESCO classification of the European Commission (ESCO 1.1.1, English). © European Union. Reuse is authorised provided the source is acknowledged (Commission Decision 2011/833/EU).",
    );
    expect(status).toContain("Copyright (c) 2021 Nesta, used under the MIT License");
  });

  it("recognised by their contents, not their names; ESCO alone needs no O*NET", async () => {
    const a = join(inputs.dir, "a.zip");
    const b = join(inputs.dir, "b.zip");
    writeFileSync(a, escoZip("classification"));
    writeFileSync(b, escoZip("relations"));
    const { data, result } = await runJson(["import", b, a, "--json"], { env: env() });
    expect(result.status, result.stderr).toBe(0);
    expect(data.manifest.sources.map((s: { id: string }) => s.id)).toEqual(["esco"]);
    expect(data.manifest.sources[0].version).toBe("unknown");
    expect(labels((await show("esco:lamplighter")).requirements.essential)).toEqual(["lamp oils", "trim lamp wicks"]);
    expect(data.manifest.unavailable).toContain(
      "ESCO: the U.S. figures borrowed through Nesta's crosswalk (esco_onet_crosswalk_Nov2020.csv was not given)",
    );
  });

  it("a re-import of O*NET alone keeps ESCO, and links the crosswalk again", async () => {
    await run(["import", ...all], { env: env() });
    await new Promise((r) => setTimeout(r, 5));
    const { data } = await runJson(["import", inputs.zip, "--json"], { env: env() });
    expect(data.manifest.changes.kept.map((k: { id: string }) => k.id)).toEqual(["bls-projections", "bls-oews", "esco", "esco-crosswalk"]);
    const o = await show("esco:lamplighter");
    expect(labels(o.requirements.essential)).toEqual(["lamp oils", "trim lamp wicks"]);
    expect(o.crosswalk).toEqual({ code: "91-1011.00", title: "Lantern Keepers", confidence: 1 });
    expect(data.manifest.escoOccupations).toBe(4);
  });
});

describe("bad input", () => {
  it("the classification without its relations: imported, and what is missing said", async () => {
    const { data } = await runJson(["import", inputs.zip, esco.classification, "--json"], { env: env() });
    expect(data.manifest.unavailable).toEqual(
      expect.arrayContaining([
        "ESCO: the essential and optional skills and knowledge of each occupation (the relations zip was not given): no occupationSkillRelations.csv",
        "ESCO: the broader and narrower occupations (the relations zip was not given): no broaderRelationsOccPillar.csv",
      ]),
    );
    const o = await show("esco:lamplighter");
    expect(o.requirements).toBeNull();
    expect(o.alternateTitles).toHaveLength(3);
  });

  it("the relations without the classification: nothing of ESCO imported, said so", async () => {
    const { data, result } = await runJson(["import", inputs.zip, esco.relations, "--json"], { env: env() });
    expect(result.status).toBe(0);
    expect(data.manifest.escoOccupations).toBeUndefined();
    expect(data.manifest.unavailable[0]).toMatch(
      /^ESCO: .* holds the relations only; the classification zip \(such as "ESCO dataset - v1\.1\.1 - classification - en - csv\.zip"\) names the occupations and items, so no ESCO occupation was imported: give both zips$/,
    );
  });

  it("another version: accepted with the documented columns (and more), else the missing column named", async () => {
    const csv = (files: Record<string, Uint8Array>, name: string) => new TextDecoder().decode(files[name]);
    const newer = join(inputs.dir, "ESCO dataset - v1.2.0 - classification - en - csv.zip");
    writeFileSync(
      newer,
      escoZip("classification", (f) => {
        f["occupations_en.csv"] = strToU8(csv(f, "occupations_en.csv").replace(/,code\n/, ",code,naceCode\n"));
      }),
    );
    const ok = await runJson(["import", inputs.zip, newer, esco.relations, "--json"], { env: env() });
    expect(ok.result.status, ok.result.stderr).toBe(0);
    expect(ok.data.manifest.sources.find((s: { id: string }) => s.id === "esco").version).toBe("1.2.0");
    const older = join(inputs.dir, "ESCO dataset - v1.0.3 - classification - en - csv.zip");
    writeFileSync(
      older,
      escoZip("classification", (f) => {
        // without the code column: its header and each record's last cell (an ESCO code such as 9629.9.1)
        const without = csv(f, "occupations_en.csv")
          .replace(/,code\n/, "\n")
          .replace(/,\d{4}(?:\.\d+)+(\n|$)/g, "$1");
        f["occupations_en.csv"] = strToU8(without);
      }),
    );
    const r = await run(["import", inputs.zip, older], { env: env() });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${older}: occupations_en.csv: no column code (its header has conceptType, conceptUri,`);
  });

  it("a quote left open: an error naming the file, nothing written", async () => {
    const bad = join(inputs.dir, "open-quote.zip");
    writeFileSync(
      bad,
      escoZip("classification", (f) => {
        f["skills_en.csv"] = strToU8(`${new TextDecoder().decode(f["skills_en.csv"])}KnowledgeSkillCompetence,"http://x,skill,`);
      }),
    );
    const r = await run(["import", inputs.zip, bad], { env: env() });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/open-quote\.zip: skills_en\.csv:\d+: not a CSV file as published/);
  });

  it("a row with more cells than its header: an error at its file and line, nothing written", async () => {
    // line 3 of occupationSkillRelations.csv: skill, competence unquoted, five cells under four columns;
    // read by the header its columns would shift (skillType "skill", skillUri " competence")
    const bad = join(inputs.dir, "extra-cell.zip");
    writeFileSync(
      bad,
      escoZip("relations", (f) => {
        const lines = new TextDecoder().decode(f["occupationSkillRelations.csv"]).split("\n");
        lines[2] = lines[2]!.replace(",knowledge,", ",skill, competence,");
        f["occupationSkillRelations.csv"] = strToU8(lines.join("\n"));
      }),
    );
    const r = await run(["import", inputs.zip, esco.classification, bad], { env: env() });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${bad}: occupationSkillRelations.csv:3: a row of 5 cells under a header of 4 columns;`);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(existsSync(join(home, "occupations", "current.json"))).toBe(false);
  });

  it("the archive protections hold: a name out of the archive, two entries of one name", async () => {
    const out = join(inputs.dir, "out.zip");
    writeFileSync(
      out,
      escoZip("classification", (f) => {
        f["../occupations_en.csv"] = f["occupations_en.csv"]!;
      }),
    );
    const r = await run(["import", out], { env: env() });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('refused: the archive holds an entry named with a path out of the archive (..): "../occupations_en.csv"');
  });

  it("two classification zips: a usage error naming both", async () => {
    const r = await run(["import", esco.classification, esco.classification], { env: env() });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("are both ESCO's classification zip");
  });
});
