/**
 * O*NET's and ESCO's occupations side by side, over the miniatures (tests/fixtures/onet-mini, esco-mini):
 * `--source onet|esco` on search, list and match; `list --isco`; an ESCO occupation named by its URI, its
 * esco: id, its code or its labels in every command that names one; a name both sources answer to.
 * Expected codes, URIs and labels are those of the fixtures' occupations_en.csv and Occupation Data.txt.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, strToU8 } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { escoZip, writeEscoInputs } from "../helpers/esco-fixtures.js";
import { writeInputs } from "../helpers/import-fixtures.js";
import { run, runJson } from "../helpers/run.js";

const inputs = writeInputs();
const esco = writeEscoInputs(inputs.dir);
const all = [inputs.zip, inputs.projections, inputs.oews, esco.classification, esco.relations, esco.crosswalk];
const URI = "http://data.europa.eu/esco/occupation/0a1b2c3d-0000-4000-8000-00000000000";
/** the fixtures' codes: Occupation Data.txt's five, occupations_en.csv's four */
const ONET_CODES = ["21-1011.00", "55-9999.00", "91-1011.00", "91-1011.02", "91-2013.00"];
const ESCO_CODES = ["6121.5", "9629.9.1", "9629.9.1.1", "9629.9.2"];
let home: string;
let onetOnly: string;
const env = () => ({ CAREERS_HOME: home, NO_COLOR: "1", COLUMNS: "120" });

beforeAll(async () => {
  home = mkdtempSync(join(tmpdir(), "careers-esco-names-"));
  onetOnly = mkdtempSync(join(tmpdir(), "careers-esco-names-onet-"));
  expect((await run(["import", ...all], { env: env() })).status).toBe(0);
  expect((await run(["import", inputs.zip], { env: { CAREERS_HOME: onetOnly } })).status).toBe(0);
});
afterAll(() => {
  for (const dir of [home, onetOnly, inputs.dir]) rmSync(dir, { recursive: true, force: true });
});

const codes = (rows: { code?: string }[]) => rows.map((r) => r.code).sort();
const fails = async (args: string[], e: Record<string, string> = env()) => {
  const r = await run(args, { env: e });
  expect(r.status, r.stdout).toBe(2);
  return r.stderr;
};

describe("--source on search, list and match", () => {
  it("list --source: one source's occupations, no roles; each row says its source", async () => {
    const e = await runJson(["list", "--source", "esco", "--json"], { env: env() });
    expect(codes(e.data.results)).toEqual(ESCO_CODES);
    expect(new Set(e.data.results.map((r: { source: string }) => r.source))).toEqual(new Set(["esco"]));
    const o = await runJson(["list", "--source", "onet", "--json"], { env: env() });
    expect(codes(o.data.results)).toEqual(ONET_CODES);
    expect(new Set(o.data.results.map((r: { source: string }) => r.source))).toEqual(new Set(["onet"]));
  });

  it("list's table has a source column where ESCO's are listed: guide, O*NET, ESCO", async () => {
    const { stdout } = await run(["list", "--limit", "0"], { env: env() });
    expect(stdout).toMatch(/│ clerk +│ guide +│/);
    expect(stdout).toMatch(/│ 91-1011\.00 +│ O\*NET +│ Lantern Keepers/);
    expect(stdout).toMatch(/│ 9629\.9\.1 +│ ESCO +│ lamplighter/);
    // 7 bundled roles, 5 + 4 occupations
    expect(stdout).toMatch(/7 roles and 9 occupations/);
    const onet = await run(["list", "--limit", "0"], { env: { CAREERS_HOME: onetOnly, NO_COLOR: "1", COLUMNS: "120" } });
    expect(onet.stdout).not.toMatch(/Source/);
  });

  it("search --source: only that source's hits, and the table says each one's", async () => {
    // "beacon": O*NET's Beacon Polishers and ESCO's harbour beacon keeper
    const both = await runJson(["search", "beacon", "--json"], { env: env() });
    const sources = both.data.results.map((r: { code: string; source: string }) => `${r.source} ${r.code}`);
    expect(sources).toContain("onet 91-1011.02");
    expect(sources).toContain("esco 9629.9.2");
    const e = await runJson(["search", "beacon", "--source", "esco", "--json"], { env: env() });
    expect(e.data.results.map((r: { source: string }) => r.source)).toEqual(expect.arrayContaining(["esco"]));
    expect(e.data.results.every((r: { source: string }) => r.source === "esco")).toBe(true);
    expect(e.data.shown.of).toBe(e.data.results.length);
    const o = await runJson(["search", "beacon", "--source", "ONET", "--json"], { env: env() });
    expect(o.data.results.length).toBeGreaterThan(0);
    expect(o.data.results.every((r: { source: string }) => r.source === "onet")).toBe(true);
    const table = await run(["search", "beacon"], { env: env() });
    expect(table.stdout).toMatch(/│ 9629\.9\.2 +│ ESCO +│ harbour beacon/);
  });

  it("an unknown source: the closest one, exit 2, in each of the three", async () => {
    for (const args of [["search", "lamp"], ["list"], ["match", "--like", "91-1011.00"]]) {
      const err = await fails([...args, "--source", "escp"]);
      expect(err).toMatch(/--source "escp" is not a source of occupations/);
      expect(err).toMatch(/Did you mean "esco"\?/);
    }
  });

  it("a source none of whose occupations are imported: said, not an empty list", async () => {
    const e = { CAREERS_HOME: onetOnly };
    expect(await fails(["search", "lamp", "--source", "esco"], e)).toMatch(/no ESCO occupations are imported/);
    expect(await fails(["list", "--source", "esco"], e)).toMatch(/no ESCO occupations are imported/);
  });

  it("match ranks the rated occupations (O*NET's); --source esco and --explain of an ESCO one say why not", async () => {
    const { data, result } = await runJson(["match", "--like", "91-1011.00", "--limit", "0", "--json"], { env: env() });
    expect(result.status, result.stderr).toBe(0);
    // the four other O*NET occupations, none of ESCO's
    expect(data.total).toBe(4);
    expect(codes(data.results)).toEqual(ONET_CODES.filter((c) => c !== "91-1011.00"));
    const onet = await runJson(["match", "--like", "91-1011.00", "--source", "onet", "--limit", "0", "--json"], { env: env() });
    expect(codes(onet.data.results)).toEqual(codes(data.results));
    expect(await fails(["match", "--like", "91-1011.00", "--source", "esco"])).toMatch(/ESCO's occupations rate none[\s\S]*--skills/);
    expect(await fails(["match", "--like", "91-1011.00", "--explain", "esco:lamplighter"])).toMatch(/is ESCO's, which rates none/);
  });
});

describe("list --isco", () => {
  it("the ESCO occupations under an ISCO-08 group at any level", async () => {
    const under = async (group: string) => codes((await runJson(["list", "--isco", group, "--json"], { env: env() })).data.results);
    expect(await under("9629")).toEqual(["9629.9.1", "9629.9.1.1", "9629.9.2"]);
    expect(await under("96")).toEqual(["9629.9.1", "9629.9.1.1", "9629.9.2"]);
    expect(await under("9")).toEqual(["9629.9.1", "9629.9.1.1", "9629.9.2"]);
    expect(await under("612")).toEqual(["6121.5"]);
    expect(await under("4222")).toEqual([]);
    const sorted = await runJson(["list", "--source", "esco", "--isco", "9", "--sort", "title", "--json"], { env: env() });
    expect(sorted.data.results.map((r: { title: string }) => r.title)).toEqual([
      "harbour beacon keeper",
      "lamplighter",
      "senior lamplighter",
    ]);
  });

  it("what cannot apply is said: a bad group, O*NET's, figures ESCO does not have", async () => {
    expect(await fails(["list", "--isco", "42221"])).toMatch(/is not an ISCO-08 group/);
    expect(await fails(["list", "--isco", "9", "--source", "onet"])).toMatch(/O\*NET's occupations and the roles have no ISCO-08 group/);
    for (const flags of [
      ["--zone", "2"],
      ["--min-median", "10k"],
      ["--education", "bachelor"],
      ["--sort", "median"],
    ])
      expect(await fails(["list", "--source", "esco", ...flags])).toMatch(
        new RegExp(`${flags[0]} needs figures ESCO's occupations do not have`),
      );
    expect(await fails(["list", "--isco", "9", "--zone", "2"])).toMatch(/--zone needs figures/);
  });
});

describe("an ESCO occupation by any of its names", () => {
  const named = async (args: string[]) => {
    const { data, result } = await runJson([...args, "--json"], { env: env() });
    expect(result.status, result.stderr).toBe(0);
    return data;
  };

  it("show: by URI, esco: id, ESCO code, preferred label and alternative label", async () => {
    for (const name of [`${URI}1`, "esco:lamplighter", "9629.9.1", "Lamplighter", "street lamp keeper"]) {
      const o = await named(["show", name]);
      expect([o.id, o.code, o.uri]).toEqual(["esco:lamplighter", "9629.9.1", `${URI}1`]);
    }
    // senior lamplighter names lamplighter as broader: its own line is the one found by the URI
    const senior = await named(["show", `${URI}2`]);
    expect(senior.id).toBe("esco:senior-lamplighter");
  });

  it("compare, path and match --like take the same names", async () => {
    const c = await named(["compare", `${URI}4`, "9629.9.2"]);
    expect(c.sides.map((o: { code: string }) => o.code)).toEqual(["6121.5", "9629.9.2"]);
    const p = await run(["path", "9629.9.1"], { env: env() });
    expect(p.status, p.stderr).toBe(0);
    expect(p.stdout).toMatch(/lamplighter \(9629\.9\.1\)/);
    // --like finds it (and ranks ESCO's occupations by its items): not an unknown name
    const m = await run(["match", "--like", `${URI}1`], { env: env() });
    expect(m.stderr).not.toMatch(/unknown|not a role id/);
  });

  it("a URI or code no occupation has: not found, exit 2, not a role-id complaint", async () => {
    expect(await fails(["show", `${URI}9`])).toMatch(/no imported occupation has the ESCO URI/);
    expect(await fails(["show", "9629.9.7"])).toMatch(/no imported occupation has the ESCO code 9629\.9\.7/);
    expect(await fails(["show", "9629.9.7"], { CAREERS_HOME: onetOnly })).toMatch(/Import ESCO first/);
  });
});

describe("a name both sources answer to", () => {
  let collide: string;
  beforeAll(async () => {
    collide = mkdtempSync(join(tmpdir(), "careers-esco-collide-"));
    // ESCO's harbour beacon keeper relabelled "beacon polisher": O*NET has Beacon Polishers (91-1011.02)
    const classification = join(collide, "ESCO dataset - v1.1.1 - classification - en - csv.zip");
    writeFileSync(
      classification,
      escoZip("classification", (files) => {
        files["occupations_en.csv"] = strToU8(
          strFromU8(files["occupations_en.csv"]!).replace(",harbour beacon keeper,", ",beacon polisher,"),
        );
      }),
    );
    const r = await run(["import", inputs.zip, classification, esco.relations], { env: { CAREERS_HOME: collide } });
    expect(r.status, r.stderr).toBe(0);
  });
  afterAll(() => rmSync(collide, { recursive: true, force: true }));

  it("gets the list to choose from, each with its code and source, exit 2; the codes then name one", async () => {
    for (const name of ["beacon polisher", "Beacon Polishers"]) {
      const r = await run(["show", name], { env: { CAREERS_HOME: collide } });
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/names 2 occupations/);
      expect(r.stderr).toMatch(/91-1011\.02 \(Beacon Polishers, O\*NET\)/);
      expect(r.stderr).toMatch(/9629\.9\.2 \(beacon polisher, ESCO\)/);
    }
    const r = await run(["compare", "beacon polisher", "91-1011.00"], { env: { CAREERS_HOME: collide } });
    expect(r.status).toBe(2);
    const one = await runJson(["show", "9629.9.2", "--json"], { env: { CAREERS_HOME: collide } });
    expect(one.data.title).toBe("beacon polisher");
    // assess too: the list, never a silent pick; by its code, its one essential item (polish brass) had: 100%
    const assess = await run(["assess", "beacon polisher", "--answers", "-"], { env: { CAREERS_HOME: collide }, input: "polish brass\n" });
    expect(assess.status).toBe(2);
    expect(assess.stderr).toMatch(/names 2 occupations/);
    const code = await runJson(["assess", "9629.9.2", "--answers", "-", "--json"], {
      env: { CAREERS_HOME: collide },
      input: "polish brass\n",
    });
    expect(code.result.status, code.result.stderr).toBe(0);
    expect(code.data).toMatchObject({ occupation: { id: "esco:beacon-polisher", code: "9629.9.2" }, readiness: 100, band: "ready" });
  });
});
