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

const ESC = "\u001b";
const BEL = "\u0007";
const HOSTILE_TITLE = `Lantern${ESC}]0;pwned${BEL}${ESC}[2J Keepers`;
/** any character a terminal acts on, or that hides or reorders text */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** csv ends its lines with CR LF, as RFC 4180 has it */
const lines = (out: string) => out.replace(/\r\n/g, "\n");

/** The human outputs that show an occupation's title, by format. */
const shown = async () => {
  const outs: Record<string, string> = {};
  for (const [name, args] of [
    ["show", ["show", "91-1011.00"]],
    ["search", ["search", "keepers"]],
    ["list", ["list", "--limit", "50"]],
    ["list csv", ["list", "--format", "csv"]],
    ["list markdown", ["list", "--format", "markdown"]],
    ["show yaml", ["show", "91-1011.00", "--format", "yaml"]],
  ] as const) {
    const r = await run([...args], { env: env() });
    expect(r.status, `${name}: ${r.stderr}`).toBe(0);
    outs[name] = r.stdout;
  }
  return outs;
};

describe("text is safe", () => {
  it("a title holding a terminal escape is stored without its control characters; show, search and list show it inert", async () => {
    const zip = releaseZip("escape.zip", (files) => {
      files.set("Occupation Data.txt", files.get("Occupation Data.txt")!.replace("Lantern Keepers", HOSTILE_TITLE));
      files.set(
        "Alternate Titles.txt",
        files.get("Alternate Titles.txt")!.replace("Lamplighter", "Lamp\u202Elighter").replace("Street Light", "Street\u200BLight\rTender"),
      );
    });
    const r = await run(["import", zip, inputs.projections, inputs.oews], { env: env() });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const show = (await runJson(["show", "91-1011.00", "--json"], { env: env() })).data;
    expect(show.title).toBe("Lantern]0;pwned[2J Keepers");
    expect(show.alternateTitles).toEqual(expect.arrayContaining(["Lamplighter", "StreetLight Tender Tender"]));
    for (const [name, out] of Object.entries(await shown())) {
      expect(out, name).toContain("pwned");
      expect(UNSAFE.test(lines(out)), name).toBe(false);
    }
  });

  it("a workbook cell: a line break in a one-line field is a space, control characters are removed", async () => {
    const { projectionsWorkbook, PROJECTION_ROWS } = await import("../helpers/import-fixtures.js");
    const rows = PROJECTION_ROWS.map((row) =>
      row[1] === "91-1011"
        ? row.map((v) => (v === "High school diploma or equivalent" ? "High school_x001B_[31m diploma\nor equivalent" : v))
        : row,
    );
    const path = join(inputs.dir, "projections-escape.xlsx");
    writeFileSync(path, projectionsWorkbook(rows));
    expect((await run(["import", inputs.zip, path, inputs.oews], { env: env() })).status).toBe(0);
    const show = (await runJson(["show", "91-1011.00", "--json"], { env: env() })).data;
    expect(JSON.stringify(show)).toContain("High school[31m diploma or equivalent");
  });

  it("a data set imported before text was made safe: what it holds is neutralised where it is shown", async () => {
    expect((await run(["import", inputs.zip, inputs.projections, inputs.oews], { env: env() })).status).toBe(0);
    const set = join(home, "occupations", JSON.parse(readFileSync(join(home, "occupations", "current.json"), "utf8")).set);
    // the same length, so that every offset the data set records stays right: "Lantern K" -> ESC[2J, "eepers" -> U+202E
    for (const file of ["index.json", "details.jsonl"]) {
      const text = readFileSync(join(set, file), "utf8");
      expect(text).toContain("Lantern Keepers");
      writeFileSync(join(set, file), text.replaceAll("Lantern Keepers", String.raw`\u001b[2J\u202e`));
    }
    expect((await runJson(["show", "91-1011.00", "--json"], { env: env() })).data.title).toBe(`${ESC}[2J\u202e`);
    const outs = await shown();
    for (const [name, out] of Object.entries(outs)) expect(UNSAFE.test(lines(out)), name).toBe(false);
    expect(outs.show).toContain("[2J");
    // JSON keeps the value, every such character written as an escape
    const json = (await run(["show", "91-1011.00", "--json"], { env: env() })).stdout;
    expect(json).toContain(String.raw`"title": "\u001b[2J\u202e"`);
  });

  it("a user role file's text that passes validation (tabs, line breaks) cannot break a table", async () => {
    const dir = mkdtempSync(join(tmpdir(), "careers-roles-"));
    writeFileSync(
      join(dir, "tabbed.yaml"),
      'id: tabbed\ntitle: "Tab\\tbed Role"\nsummary: "One\\tline.\\nAnother line."\nsources:\n  - id: guide\n    title: Test guide\n',
    );
    const r = await run(["show", "tabbed", "--data-dir", dir], { env: env() });
    rmSync(dir, { recursive: true, force: true });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Tab bed Role");
    expect(r.stdout).not.toContain("\t");
  });
});

/** A release file with some of its lines' cells changed: line (1-based, header 1) -> column -> value. */
const editCells = (text: string, edits: Record<number, Record<number, string>>): string =>
  text
    .split("\n")
    .map((line, i) => {
      const edit = edits[i + 1];
      if (!edit) return line;
      const cr = line.endsWith("\r");
      const cells = (cr ? line.slice(0, -1) : line).split("\t");
      for (const [col, value] of Object.entries(edit)) cells[Number(col)] = value;
      return cells.join("\t") + (cr ? "\r" : "");
    })
    .join("\n");

/** Skills.txt's Data Value column (0-based) */
const DATA_VALUE = 4;

describe("numbers are checked against their scale's range and written form", () => {
  it("a few bad values: their rows are skipped, counted and named (file:line) in the summary; the rest is imported", async () => {
    // lines 2-7: 91-1011.00's Active Listening IM and LV, Speaking IM and LV, Monitoring IM and LV
    const zip = releaseZip("numbers.zip", (files) =>
      files.set(
        "Skills.txt",
        editCells(files.get("Skills.txt")!, {
          2: { [DATA_VALUE]: "1e308" },
          3: { [DATA_VALUE]: "0x10" },
          4: { [DATA_VALUE]: "-99" },
          7: { [DATA_VALUE]: "99" },
        }),
      ),
    );
    const { data, result } = await runJson(["import", zip, "--json"], { env: env() });
    expect(result.status).toBe(0);
    const skills = `${zip}: db_99_1_text/Skills.txt`;
    const ofSkills = (skipped: { file: string }[]) => skipped.filter((k) => k.file === skills);
    expect(ofSkills(data.manifest.sources[0].skipped)).toEqual([
      {
        file: skills,
        reason: "numbers not written as plain decimals (such as 1e308 or 0x10)",
        rows: 2,
        examples: [`${skills}:2`, `${skills}:3`],
      },
      {
        file: skills,
        reason: "numbers outside their scale's range (such as an importance of -99 or a level of 99)",
        rows: 2,
        examples: [`${skills}:4`, `${skills}:7`],
      },
    ]);
    const table = await run(["import", "--status"], { env: env() });
    expect(table.stdout.replace(/\s+/g, " ")).toContain(
      `${skills}: 2 rows skipped: numbers outside their scale's range (such as an importance of -99 or a level of 99) (${skills}:4, ${skills}:7)`,
    );
    const show = (await runJson(["show", "91-1011.00", "--json"], { env: env() })).data;
    const rated = Object.fromEntries(
      show.skills.map((s: { name: string; importance: unknown; level: unknown }) => [s.name, [s.importance, s.level]]),
    );
    // the source rows: Speaking LV 1.12 (IM -99 skipped), Monitoring IM 4.12 (LV 99 skipped), Active Listening both skipped
    expect(rated).toEqual({ Speaking: [null, 1.12], Monitoring: [4.12, null] });
    const text = (await run(["show", "91-1011.00"], { env: env() })).stdout;
    expect(text).not.toMatch(/Infinity|99 of|16 of/);
  });

  it("the range is the release's own, from Scales Reference: importances of 4.12 and 4.75 on a scale of 1 to 4 are out of it", async () => {
    const zip = releaseZip("scales.zip", (files) =>
      files.set("Scales Reference.txt", files.get("Scales Reference.txt")!.replace("IM\tImportance\t1\t5", "IM\tImportance\t1\t4")),
    );
    const { data } = await runJson(["import", zip, "--json"], { env: env() });
    const skills = `${zip}: db_99_1_text/Skills.txt`;
    expect(data.manifest.sources[0].skipped).toContainEqual(
      expect.objectContaining({
        file: skills,
        rows: 2,
        examples: [`${skills}:6`, `${skills}:10`],
        reason: expect.stringMatching(/^numbers outside their scale's range/),
      }),
    );
  });

  it("a summary names the first ten skipped rows of a reason and says how many more, as --json counts them", async () => {
    // twelve alternate titles of 99-9999.00, a code Occupation Data does not list, after the file's 7 rows (lines 9 to 20)
    const zip = releaseZip("unlisted.zip", (files) => {
      const extra = Array.from({ length: 12 }, (_, i) => `99-9999.00\tUnlisted Title ${i}\tn/a\t08`);
      files.set("Alternate Titles.txt", `${files.get("Alternate Titles.txt")!.replace(/\n$/, "")}\n${extra.join("\n")}\n`);
    });
    const alt = files(zip, "Alternate Titles.txt");
    const named = Array.from({ length: 10 }, (_, i) => `${alt}:${i + 9}`);
    const { data, result } = await runJson(["import", zip, "--json"], { env: env() });
    expect(result.status, result.stderr).toBe(0);
    expect(data.manifest.sources[0].skipped.filter((k: { file: string }) => k.file === alt)).toEqual([
      { file: alt, reason: "occupation not in Occupation Data", rows: 12, examples: named },
    ]);
    const table = (await run(["import", "--status"], { env: env() })).stdout.replace(/\s+/g, " ");
    expect(table).toContain(`${alt}: 12 rows skipped: occupation not in Occupation Data (${named.join(", ")} and 2 more)`);
    const markdown = (await run(["import", "--status", "--format", "markdown"], { env: env() })).stdout.replace(/\s+/g, " ");
    expect(markdown).toContain(`${alt}: 12 rows skipped: occupation not in Occupation Data (${named.join(", ")} and 2 more)`);
  });

  it("more bad rows than can be skipped: the file is refused at its lines, nothing installed", async () => {
    // eleven tasks whose Task ID is written 1e3: one more than the ten a file may have skipped
    const zip = releaseZip("damaged.zip", (files) => {
      const bad = Array.from({ length: 11 }, (_, i) => `1e3\t91-1011.00\tCore\tTask ${i}.\t95\t04/2099\tIncumbent`);
      files.set("Task Statements.txt", `${files.get("Task Statements.txt")!.replace(/\n$/, "")}\n${bad.join("\n")}\n`);
    });
    const tasks = files(zip, "Task Statements.txt");
    const r = await run(["import", zip], { env: env() });
    expect(r.status).toBe(1);
    expect(r.stderr.split("\n")[0]).toMatch(
      new RegExp(
        `^careers: ${literal(tasks)}: 11 rows hold numbers malformed or out of their scale's range, more than can be skipped \\(10\\); is it damaged\\? Download the release again$`,
      ),
    );
    expect(r.stderr).toContain(`${tasks}:10:1: is not a plain decimal number: "1e3"`);
    expect((await runJson(["import", "--status", "--json"], { env: env() })).data.installed).toBe(false);
  });

  it("a scale's own range that is not a plain decimal is an error at its line", async () => {
    const zip = releaseZip("badscale.zip", (files) =>
      files.set("Scales Reference.txt", files.get("Scales Reference.txt")!.replace("LV\tLevel\t0\t7", "LV\tLevel\t0\t0x7")),
    );
    const r = await run(["import", zip], { env: env() });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${files(zip, "Scales Reference.txt")}:3: "0x7" in column "Maximum" is not a plain decimal number`);
  });
});

const files = (zip: string, name: string) => `${zip}: db_99_1_text/${name}`;
const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
