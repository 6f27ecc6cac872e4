/**
 * A re-import of some sources keeps the others: each source the import does not give is carried over from
 * the data set it replaces, copied into the new one, and the summary says what was added, replaced and
 * kept. In-process over the invented releases.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { areaWorkbook, onetZip, STATE_ROWS, writeAreaInputs, writeInputs } from "../helpers/import-fixtures.js";
import { run, runJson } from "../helpers/run.js";

const inputs = writeInputs();
const areas = writeAreaInputs(inputs.dir);
let home: string;
const env = () => ({ CAREERS_HOME: home });
const root = () => join(home, "occupations");
const current = () => join(root(), JSON.parse(readFileSync(join(root(), "current.json"), "utf8")).set as string);
const sets = () => readdirSync(root()).filter((n) => n.startsWith("set-"));
const tick = () => new Promise((r) => setTimeout(r, 5));

beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), "careers-import-keep-"));
});
afterEach(() => rmSync(home, { recursive: true, force: true }));
afterAll(() => rmSync(inputs.dir, { recursive: true, force: true }));

/** The wages and outlook of 91-1011.00 Lantern Keepers as show --json gives them. */
async function lanternKeepers() {
  const { data, result } = await runJson(["show", "91-1011.00", "--json"], { env: env() });
  expect(result.status).toBe(0);
  return data;
}

const ids = (list: { id: string }[]) => list.map((c) => c.id);

describe("a re-import keeps the sources it does not give", () => {
  it("the O*NET zip alone keeps the BLS wages and outlook (and the areas), joined again", async () => {
    await run(["import", inputs.zip, inputs.projections, inputs.oews, areas.state], { env: env() });
    const before = await lanternKeepers();
    const areasBefore = readFileSync(join(current(), "areas.bin"));
    expect(before.wages).not.toBeNull();
    expect(before.outlook).not.toBeNull();
    await tick();
    const { data, result } = await runJson(["import", inputs.zip, "--json"], { env: env() });
    expect(result.status).toBe(0);
    const after = await lanternKeepers();
    expect(after.wages).toEqual(before.wages);
    expect(after.outlook).toEqual(before.outlook);
    // copied into the new set, which does not lean on the one it replaced
    expect(readFileSync(join(current(), "areas.bin"))).toEqual(areasBefore);
    expect(data.manifest.sources.map((s: { id: string }) => s.id)).toEqual(["onet", "bls-projections", "bls-oews", "bls-oews-areas"]);
    expect(data.manifest.sources.filter((s: { keptFrom?: string }) => s.keptFrom).map((s: { id: string }) => s.id)).toEqual([
      "bls-projections",
      "bls-oews",
      "bls-oews-areas",
    ]);
    expect(data.manifest.unavailable).toEqual([]);
    expect(data.manifest.join.wages).toEqual({ detailed: 1, part: 1, combined: 1, broad: 1, none: 1 });
    expect(data.manifest.attribution).toContain("Source: U.S. Bureau of Labor Statistics");
    const c = data.manifest.changes;
    expect(ids(c.added)).toEqual([]);
    expect(c.replaced).toEqual([
      { id: "onet", name: "O*NET Database", version: "99.1", input: inputs.zip, by: { version: "99.1", input: inputs.zip } },
    ]);
    expect(ids(c.kept)).toEqual(["bls-projections", "bls-oews", "bls-oews-areas"]);
    // and once more: what was kept is kept again, still naming the import that read it
    const first = data.manifest.sources[1].keptFrom;
    await tick();
    const again = await runJson(["import", inputs.zip, "--json"], { env: env() });
    expect(again.data.manifest.sources[1].keptFrom).toBe(first);
    expect((await lanternKeepers()).wages).toEqual(before.wages);
    // at most two sets on disk, as ever
    expect(sets()).toHaveLength(2);
  });

  it("the summary says what was added, replaced and kept", async () => {
    const first = await run(["import", inputs.zip, inputs.oews], { env: env() });
    expect(first.stdout.replace(/\s+/g, " ")).toContain(`Added: O*NET Database 99.1 (${inputs.zip})`);
    await tick();
    const r = await run(["import", inputs.projections], { env: env() });
    expect(r.status).toBe(0);
    const flat = r.stdout.replace(/\s+/g, " ");
    expect(flat).toContain(`Added: BLS Employment Projections 2098–08 (${inputs.projections})`);
    expect(flat).toContain(`Kept from the data set before: O*NET Database 99.1 (${inputs.zip})`);
    expect(flat).toContain(
      `Kept from the data set before: BLS Occupational Employment and Wage Statistics (OEWS), national May 2098 (${inputs.oews})`,
    );
    expect(flat).toMatch(/Imported 5 occupations/);
    const status = await run(["import", "--status"], { env: env() });
    expect(status.stdout.replace(/\s+/g, " ")).toMatch(/\(imported \d{4}-\d\d-\d\d, kept since\)/);
  });

  it("a BLS workbook alone replaces that source and keeps O*NET's occupations whole", async () => {
    await run(["import", inputs.zip, inputs.projections, inputs.oews], { env: env() });
    const before = await lanternKeepers();
    const search = await runJson(["search", "lantern", "--json"], { env: env() });
    await tick();
    const { data } = await runJson(["import", inputs.oews, "--json"], { env: env() });
    expect(data.manifest.occupations).toBe(5);
    expect(ids(data.manifest.changes.replaced)).toEqual(["bls-oews"]);
    expect(ids(data.manifest.changes.kept)).toEqual(["onet", "bls-projections"]);
    expect(await lanternKeepers()).toEqual(before);
    expect((await runJson(["search", "lantern", "--json"], { env: env() })).data).toEqual(search.data);
    expect(readFileSync(join(current(), "search.tsv"), "utf8").length).toBeGreaterThan(0);
  });

  it("a new O*NET release keeps the BLS rows and joins them to its own codes", async () => {
    await run(["import", inputs.zip, inputs.projections, inputs.oews], { env: env() });
    await tick();
    // the next release (its Read Me says 99.2) renames Lantern Keepers
    const next = join(inputs.dir, "db_99_2_text.zip");
    writeFileSync(
      next,
      onetZip("db_99_2_text", (files) => {
        const key = Object.keys(files).find((k) => k.endsWith("Occupation Data.txt"))!;
        const text = Buffer.from(files[key]!).toString("utf8");
        files[key] = Buffer.from(text.replace("Lantern Keepers", "Lamp Keepers"));
        const readMe = Object.keys(files).find((k) => k.endsWith("Read Me.txt"))!;
        files[readMe] = Buffer.from(Buffer.from(files[readMe]!).toString("utf8").replaceAll("99.1", "99.2"));
      }),
    );
    const { data } = await runJson(["import", next, "--json"], { env: env() });
    expect(data.manifest.sources[0].version).toBe("99.2");
    expect(data.manifest.changes.replaced[0]).toMatchObject({ id: "onet", version: "99.1", by: { version: "99.2", input: next } });
    const show = await runJson(["show", "91-1011.00", "--json"], { env: env() });
    expect(show.data.title).toBe("Lamp Keepers");
    expect(show.data.wages).not.toBeNull();
  });

  it("a state workbook again replaces its areas and keeps the others'", async () => {
    await run(["import", inputs.zip, inputs.oews, areas.state, areas.metro], { env: env() });
    const head = () => JSON.parse(readFileSync(join(current(), "areas.json"), "utf8"));
    const before = head();
    const bin = readFileSync(join(current(), "areas.bin")).length;
    await tick();
    const state2 = join(inputs.dir, "state-again.xlsx");
    writeFileSync(state2, areaWorkbook("state_M2097_dl", STATE_ROWS));
    const { data } = await runJson(["import", state2, "--json"], { env: env() });
    const after = head();
    expect(after.areas.map((a: string[]) => a[0]).sort()).toEqual(before.areas.map((a: string[]) => a[0]).sort());
    expect(readFileSync(join(current(), "areas.bin")).length).toBe(bin);
    expect(data.manifest.changes.replaced).toEqual([
      expect.objectContaining({ id: "bls-oews-areas", input: areas.state, by: { version: "May 2097", input: state2 } }),
    ]);
    expect(data.manifest.changes.kept.map((k: { id: string; input: string }) => [k.id, k.input])).toEqual([
      ["onet", inputs.zip],
      ["bls-oews", inputs.oews],
      ["bls-oews-areas", areas.metro],
    ]);
    expect(data.manifest.changes.added).toEqual([]);
    expect(data.manifest.sources.filter((s: { id: string }) => s.id === "bls-oews-areas").map((s: { input: string }) => s.input)).toEqual([
      state2,
      areas.metro,
    ]);
  });

  it("without a data set before, O*NET is still needed", async () => {
    const r = await run(["import", inputs.oews], { env: env() });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("the O*NET text release is needed");
  });

  it("a damaged set before: nothing kept from it, said so, and the import done", async () => {
    await run(["import", inputs.zip, inputs.oews], { env: env() });
    writeFileSync(join(current(), "bls-oews.json"), "cut");
    await tick();
    const { data, result } = await runJson(["import", inputs.zip, "--json"], { env: env() });
    expect(result.status).toBe(0);
    expect(data.manifest.changes.unreadable).toMatch(/damaged .*bls-oews\.json/);
    expect(data.manifest.changes.added.map((a: { id: string }) => a.id)).toEqual(["onet"]);
    expect(data.manifest.sources.map((s: { id: string }) => s.id)).toEqual(["onet"]);
  });
});
