/** `careers import`, in-process: importing the invented releases, --status, --remove, and bad input refused whole. */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strToU8, zipSync } from "fflate";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Io } from "../../src/app/context.js";
import { run as runProgram } from "../../src/cli.js";
import { DOWNLOADS } from "../../src/commands/import.js";
import { readDoc, section } from "../helpers/docs.js";
import {
  OEWS_HEADER,
  ONET_MINI,
  onetZip,
  projectionsWorkbook,
  stateWorkbook,
  writeAreaInputs,
  writeInputs,
} from "../helpers/import-fixtures.js";
import { run, runJson } from "../helpers/run.js";
import { makeXlsx } from "../helpers/xlsx.js";

const inputs = writeInputs();
let home: string;
const env = () => ({ CAREERS_HOME: home });
const root = () => join(home, "occupations");
const files = [inputs.zip, inputs.projections, inputs.oews];

beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), "careers-import-home-"));
});
afterEach(() => rmSync(home, { recursive: true, force: true }));
afterAll(() => rmSync(inputs.dir, { recursive: true, force: true }));

/** Run with an io of our own: terminals, Ctrl-C. */
async function runWith(args: string[], over: Partial<Io>): Promise<{ stdout: string; stderr: string; status: number }> {
  let stdout = "";
  let stderr = "";
  const io: Io = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    stdin: () => Buffer.from(""),
    env: { CAREERS_HOME: home, NO_COLOR: "1" },
    cwd: process.cwd(),
    stdoutIsTTY: false,
    stdinIsTTY: false,
    page: async () => false,
    ...over,
  };
  const status = await runProgram(args, io);
  return { stdout, stderr, status };
}

const installed = () => JSON.parse(readFileSync(join(root(), "current.json"), "utf8")).set as string;
const leftovers = () => readdirSync(root()).filter((n) => n.startsWith(".build-") || n.startsWith(".current-"));

describe("careers import", () => {
  it("imports the three releases: a summary on stdout, nothing on stderr when piped", async () => {
    const r = await run(["import", ...files], { env: env() });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const flat = r.stdout.replace(/\s+/g, " ");
    expect(flat).toMatch(/^Imported 5 occupations in [\d.]+ s into /);
    expect(flat).toContain(
      "Wages for 4 of 5 occupations: 1 by their own SOC code, 1 from the SOC occupation they belong to, 1 through a code BLS combines, 1 through a broad group, 1 without (BLS publishes none).",
    );
    expect(r.stdout.replace(/\s+/g, " ")).toContain(
      "careers includes information from the O*NET 99.1 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET is a trademark of USDOL/ETA. careers has modified some of this information; USDOL/ETA has not approved, endorsed, or tested these modifications.",
    );
    expect(r.stdout).toContain("Source: U.S. Bureau of Labor Statistics");
    const set = join(root(), installed());
    expect(readdirSync(set).sort()).toEqual([
      "activities.json",
      "bls-oews.json",
      "bls-projections.json",
      "details.jsonl",
      "index.json",
      "manifest.json",
      "ratings.bin",
      "ratings.json",
      "reference.json",
      "search.lower",
      "search.tsv",
      "search.words",
    ]);
    expect(leftovers()).toEqual([]);
  });

  it("--json prints the summary: the manifest with sources, versions, counts", async () => {
    const { data, result } = await runJson(["import", ...files, "--json"], { env: env() });
    expect(result.status).toBe(0);
    expect(data.action).toBe("import");
    expect(data.manifest.occupations).toBe(5);
    expect(data.manifest.sources.map((s: { id: string; version: string; rows: number }) => [s.id, s.version, s.rows])).toEqual([
      // O*NET: the data rows of the 20 files read (the Read Me is not a table); then the interests quiz's 6
      // activities and their 4 links to RIASEC types; the last two: DWA Reference's 4 and Tasks to DWAs' 8
      ["onet", "99.1", 5 + 8 + 10 + 4 + 4 + 4 + 5 + 8 + 7 + 3 + 7 + 9 + 12 + 6 + 3 + 4 + 6 + 4 + 4 + 8],
      ["bls-projections", "2098–08", 4],
      ["bls-oews", "May 2098", 5],
    ]);
    expect(data.dir).toBe(join(root(), installed()));
  });

  it("--status shows what is installed; --remove removes it", async () => {
    expect((await run(["import", "--status"], { env: env() })).stdout).toMatch(/^No occupations data set is installed/);
    expect((await runJson(["import", "--status", "--json"], { env: env() })).data).toEqual({
      action: "status",
      installed: false,
      dir: null,
    });
    await run(["import", ...files], { env: env() });
    const status = await runJson(["import", "--status", "--json"], { env: env() });
    expect(status.data).toMatchObject({ action: "status", installed: true, dir: join(root(), installed()) });
    expect(status.data.manifest.sources[0].date).toBe("April 2099");
    // the projections workbook has no release date: the period its sheet's title states ("Table 1.2
    // Occupational projections, 2098–2108, ...", tests/helpers/import-fixtures.ts), and where it says so
    const projections = status.data.manifest.sources.find((s: { id: string }) => s.id === "bls-projections");
    expect(projections).toMatchObject({ date: null, stated: { text: "2098–2108 projections", where: "the title of sheet Table 1.2" } });
    const table = (await run(["import", "--status"], { env: { ...env(), COLUMNS: "200" } })).stdout;
    expect(table).toMatch(
      /│ BLS Employment Projections\s+│ 2098–08\s+│ 2098–2108 projections\s+│[^\n]*\n[^\n]*│ \(the title of sheet Table 1\.2\) │/,
    );
    expect((await run(["import", "--status"], { env: env() })).stdout).toMatch(/^5 occupations, imported \d{4}-\d\d-\d\d, in\s/);
    const removed = await run(["import", "--remove"], { env: env() });
    expect(removed.status).toBe(0);
    expect(removed.stdout).toMatch(/^Removed the occupations data set/);
    expect(readdirSync(root())).toEqual([]);
    expect((await run(["import", "--remove"], { env: env() })).stdout).toBe("No occupations data set was installed; nothing removed.\n");
  });

  it("the unpacked folder alone: wages and outlook named as unavailable", async () => {
    const { data } = await runJson(["import", ONET_MINI, "--json"], { env: env() });
    expect(data.manifest.unavailable).toEqual([
      "wages (percentiles, mean, hourly): no OEWS national workbook was given",
      "outlook (employment change, openings, entry education): no Employment Projections workbook was given",
    ]);
  });

  it("a second import replaces the first once complete; the set it replaced stays until the next import", async () => {
    await run(["import", ...files], { env: env() });
    const first = installed();
    await new Promise((r) => setTimeout(r, 5));
    await run(["import", ONET_MINI], { env: env() });
    const second = installed();
    expect(second).not.toBe(first);
    expect(readdirSync(root()).sort()).toEqual(["current.json", first, second].sort());
    await new Promise((r) => setTimeout(r, 5));
    await run(["import", ONET_MINI], { env: env() });
    expect(readdirSync(root()).sort()).toEqual(["current.json", second, installed()].sort());
  });

  it("progress goes to stderr in a terminal, not with --json", async () => {
    const tty = await runWith(["import", ...files], { stdoutIsTTY: true, stderrIsTTY: true, columns: 100 });
    expect(tty.status).toBe(0);
    expect(tty.stderr).toContain("read Occupation Data.txt: 5 rows");
    expect(tty.stderr).toContain(`read ${inputs.oews}: 5 rows`);
    const json = await runWith(["import", ...files, "--json"], { stdoutIsTTY: true, stderrIsTTY: true });
    expect(json.stderr).toBe("");
  });

  it("usage: files are needed, and --status and --remove take none", async () => {
    for (const args of [["import"], ["import", "--status", inputs.zip], ["import", "--remove", "--status"]]) {
      const r = await run(args, { env: env() });
      expect(r.status).toBe(2);
      expect(r.stdout).toBe("");
    }
  });
});

describe("state and metropolitan workbooks beside the national one", () => {
  const areas = writeAreaInputs(inputs.dir);

  it("are imported into areas.json and areas.bin, each workbook a source with its own period", async () => {
    const { data } = await runJson(["import", ...files, areas.state, areas.metro, "--json"], { env: env() });
    const sources = data.manifest.sources.filter((s: { id: string }) => s.id === "bls-oews-areas");
    // STATE_ROWS: 6 rows, 2 of them groups; METRO_ROWS: 5 rows, one of an industry
    expect(sources.map((s: { input: string; version: string; rows: number }) => [s.input, s.version, s.rows])).toEqual([
      [areas.state, "May 2097", 6],
      [areas.metro, "May 2097", 5],
    ]);
    expect(sources[1].files).toEqual([
      { name: "MSA_M2097_dl: metropolitan area estimates", rows: 3 },
      { name: "MSA_M2097_dl: nonmetropolitan area estimates", rows: 1 },
    ]);
    const set = join(root(), installed());
    const head = JSON.parse(readFileSync(join(set, "areas.json"), "utf8"));
    expect(head.areas).toHaveLength(6);
    // 4 state rows and 4 metropolitan ones kept, 64 bytes each
    expect(readFileSync(join(set, "areas.bin")).length).toBe(8 * 64);
    expect(data.manifest.sources.find((s: { id: string }) => s.id === "bls-oews").version).toBe("May 2098");
  });

  it("without them there is no areas file", async () => {
    await run(["import", ...files], { env: env() });
    expect(existsSync(join(root(), installed(), "areas.json"))).toBe(false);
  });

  it("two workbooks with national rows: a usage error naming both, nothing written", async () => {
    const r = await run(["import", inputs.zip, inputs.oews, inputs.oews], { env: env() });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${inputs.oews} and ${inputs.oews} both hold national estimates`);
    expect(existsSync(join(root(), "current.json"))).toBe(false);
  });

  it("a state workbook without one of OEWS's columns: the column named, exit 1", async () => {
    const bad = join(inputs.dir, "bad-state.xlsx");
    writeFileSync(bad, stateWorkbook({ header: OEWS_HEADER.map((h) => (h === "LOC_QUOTIENT" ? "LQ" : h === "A_PCT90" ? "A90" : h)) }));
    const r = await run(["import", ...files, bad], { env: env() });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${bad}: sheet "state_M2097_dl" is not laid out as the OEWS estimates: no column for A_PCT90`);
  });
});

describe("bad input: a clear error, and the data set installed stays whole", () => {
  const bad = (name: string, bytes: Uint8Array) => {
    const path = join(inputs.dir, name);
    writeFileSync(path, bytes);
    return path;
  };
  const withFile = (name: string, text: string | Uint8Array) =>
    onetZip("db_99_1_text", (f) => void (f[`db_99_1_text/${name}`] = typeof text === "string" ? strToU8(text) : text));
  const occupationData = readFileSync(join(ONET_MINI, "Occupation Data.txt"), "utf8");

  it.each([
    [
      "a zip that is not O*NET",
      () => bad("other.zip", zipSync({ "photos/cat.jpg": strToU8("meow") })),
      /other\.zip: a zip file, but not the O\*NET text release/,
    ],
    ["a truncated zip", () => bad("cut.zip", onetZip().subarray(0, 2000)), /cut\.zip: the zip file is damaged or incomplete/],
    [
      "a workbook of another layout",
      () =>
        bad(
          "budget.xlsx",
          makeXlsx([
            {
              name: "Budget",
              rows: [
                ["Item", "Cost"],
                ["Lamp oil", 12],
              ],
            },
          ]),
        ),
      /budget\.xlsx: a workbook of another layout \(sheets: Budget\)/,
    ],
    [
      "a missing header column",
      () => bad("nocol.zip", withFile("Task Statements.txt", "O*NET-SOC Code\tTask ID\n91-1011.00\t1\n")),
      /Task Statements\.txt: the header has no column "Task"/,
    ],
    [
      "a malformed code",
      () => bad("badcode.zip", withFile("Occupation Data.txt", occupationData.replace("91-2013.00", "91-2013.0"))),
      /db_99_1_text\/Occupation Data\.txt:4: "91-2013\.0" is not an O\*NET-SOC code/,
    ],
    [
      "another encoding",
      () =>
        bad(
          "latin1.zip",
          withFile(
            "Occupation Data.txt",
            new Uint8Array([...strToU8(occupationData.replace("Moon Wardens", "Moon Warden")), ...[0x43, 0x61, 0x66, 0xe9, 0x0a]]),
          ),
        ),
      /Occupation Data\.txt is not UTF-8 text/,
    ],
    [
      "a zip bomb",
      () => bad("bomb.zip", withFile("Padding.txt", new Uint8Array(3 * 2 ** 20))),
      /bomb\.zip: refused: db_99_1_text\/Padding\.txt is squeezed \d+ to 1/,
    ],
    [
      "path traversal",
      () =>
        bad(
          "evil.zip",
          onetZip("db_99_1_text", (f) => void (f["../../evil.txt"] = strToU8("x"))),
        ),
      /evil\.zip: refused: the archive holds an entry named with a path out of the archive/,
    ],
    [
      "a text file",
      () => bad("notes.txt", strToU8("just notes")),
      /notes\.txt: not an O\*NET text release \(zip or folder\), a BLS workbook \(xlsx\), an ESCO zip nor the ESCO to O\*NET crosswalk/,
    ],
  ])("%s", async (_, make, message) => {
    await run(["import", ...files], { env: env() });
    const before = installed();
    const r = await run(["import", make(), inputs.oews], { env: env() });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(message);
    expect(installed()).toBe(before);
    expect(readdirSync(root()).sort()).toEqual(["current.json", before]);
    expect((await runJson(["import", "--status", "--json"], { env: env() })).data.manifest.occupations).toBe(5);
  });

  it("a malformed code says where, as file:line:col", async () => {
    const r = await run(
      ["import", bad("badcode2.zip", withFile("Occupation Data.txt", occupationData.replace("91-2013.00", "91-2013.0")))],
      { env: env() },
    );
    expect(r.stderr).toContain(
      'badcode2.zip: db_99_1_text/Occupation Data.txt:4:1: malformed O*NET-SOC code "91-2013.0" in column "O*NET-SOC Code"',
    );
  });

  it("Ctrl-C: exit 130, the previous data set whole, nothing left behind", async () => {
    await run(["import", ...files], { env: env() });
    const before = installed();
    const r = await runWith(["import", ...files], { onInterrupt: (handler) => (handler(), () => {}) });
    expect(r.status).toBe(130);
    expect(r.stderr).toBe("Cancelled\n");
    expect(installed()).toBe(before);
    expect(readdirSync(root()).sort()).toEqual(["current.json", before]);
  });

  it("a folder left by an import that did not finish is removed by the next", async () => {
    mkdirSync(join(home, "occupations", ".build-999999999-2020-01-01"), { recursive: true });
    await run(["import", ONET_MINI], { env: env() });
    expect(existsSync(join(home, "occupations", ".build-999999999-2020-01-01"))).toBe(false);
  });

  it("a damaged data set: commands say so and how to fix it", async () => {
    mkdirSync(root(), { recursive: true });
    writeFileSync(join(root(), "current.json"), "{not json");
    const r = await run(["import", "--status"], { env: env() });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("the occupations data set is damaged");
    expect((await run(["import", "--remove"], { env: env() })).status).toBe(0);
    expect(readdirSync(root())).toEqual([]);
  });

  it("a damaged data set is replaced by a new import", async () => {
    mkdirSync(join(root(), "set-2020-01-01T00-00-00-000Z-1"), { recursive: true });
    writeFileSync(join(root(), "current.json"), "{not json");
    const r = await run(["import", ONET_MINI], { env: env() });
    expect(r.status).toBe(0);
    expect(readdirSync(root()).sort()).toEqual(["current.json", installed()]);
  });
});

describe("writing the data set", () => {
  it("a failure after the new set is in place but before it is current: the previous one stays in use, the new one goes", async () => {
    const { buildDataset } = await import("../../src/import/build.js");
    const { recognise } = await import("../../src/import/inputs.js");
    const { writeDataset } = await import("../../src/import/write.js");
    await run(["import", ...files], { env: env() });
    const before = installed();
    const built = await buildDataset(recognise([ONET_MINI]).inputs);
    let placed = "";
    await expect(
      writeDataset(root(), built, new Date(), {
        beforeSwitch: (dir) => {
          placed = dir;
          throw new Error("power cut");
        },
      }),
    ).rejects.toThrow(/cannot write the data set .*power cut/);
    expect(existsSync(placed)).toBe(false);
    expect(installed()).toBe(before);
    expect(readdirSync(root()).sort()).toEqual(["current.json", before]);
  });
});

describe("the workbooks alone", () => {
  it("are refused: the O*NET release names the occupations", async () => {
    const r = await run(["import", inputs.projections], { env: env() });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("the O*NET text release is needed");
    expect(existsSync(root())).toBe(false);
    void projectionsWorkbook;
  });
});

describe("import --help", () => {
  it("names where each kind of file is published, as docs/import.md does, and an import of each", async () => {
    const help = (await run(["import", "--help"])).stdout;
    const published = section(readDoc("docs/import.md"), "## What to download");
    const urls = (text: string) => new Set(text.match(/https:\/\/[^\s,)]+/g));
    // both ways: every link of the docs' tables is in the help, and no other
    expect(urls(help)).toEqual(urls(published));
    expect(urls(help).size).toBe(5);
    for (const d of DOWNLOADS) {
      expect(help).toContain(`    ${d.url}\n    $ careers import ${d.example}\n`);
      // each file of the example is one the docs' tables name
      for (const file of d.example.match(/"[^"]+"|\S+/g)!) expect(published).toContain(`\`${file.replace(/"/g, "")}\``);
    }
  });
});
