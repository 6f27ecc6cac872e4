/**
 * Every format on every command that lists or shows, over the bundled roles and the invented releases
 * (tests/helpers/import-fixtures.ts): csv read back with csv-parse (a CSV library, strict RFC 4180), its
 * figures checked against the releases' rows; jsonl, markdown and yaml against the JSON; an unknown format
 * refused with the list of formats and a suggestion.
 */
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse as parseCsvStrict } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { OCCUPATION_SECTION_IDS, SECTION_IDS } from "../../src/core/sections.js";
import { OEWS_HEADER, OEWS_ROWS, PROJECTION_ROWS, PROJECTIONS_HEADER, useImportedHome } from "../helpers/import-fixtures.js";
import { run, runJson } from "../helpers/run.js";
import { parseMarkdownTable } from "../helpers/tables.js";

const home = useImportedHome();
const env = () => ({ CAREERS_HOME: home() });

const ok = async (args: string[]) => {
  const r = await run(args, { env: env() });
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  return r.stdout;
};

/**
 * csv as a spreadsheet reads it: strict quoting, every record as long as the header, CRLF line ends; the
 * header's names unique; no machine-local path (the data home, the temporary folder) anywhere.
 */
async function csvOf(args: string[]): Promise<{ head: string[]; rows: Record<string, string>[]; text: string }> {
  const text = await ok([...args, "--format", "csv"]);
  expect(text.endsWith("\r\n")).toBe(true);
  const records: string[][] = parseCsvStrict(text, { record_delimiter: "\r\n", relax_column_count: false, relax_quotes: false });
  const [head, ...body] = records;
  expect(new Set(head).size).toBe(head!.length);
  expect(text).not.toContain(home());
  expect(text).not.toContain(tmpdir());
  return { head: head!, rows: body.map((r) => Object.fromEntries(head!.map((h, i) => [h, r[i]!]))), text };
}

/** The figures of an occupation in the invented releases, read off their rows: OEWS median, projections' change and openings. */
function releaseFigures(soc: string) {
  const oews = OEWS_ROWS.find((r) => r[OEWS_HEADER.indexOf("OCC_CODE")] === soc)!;
  const projection = PROJECTION_ROWS.find((r) => r[1] === soc)!;
  const at = (label: RegExp) => projection[PROJECTIONS_HEADER.findIndex((h) => label.test(h))];
  return {
    median: String(oews[OEWS_HEADER.indexOf("A_MEDIAN")]),
    growthPercent: String(at(/^Employment change, percent/)),
    // in thousands in Table 1.2
    openingsPerYear: String(Math.round(Number(at(/^Occupational openings/)) * 1000)),
    education: String(at(/^Typical education/)),
  };
}

const FIGURE_HEAD = ["id", "code", "title", "source", "median", "currency", "period", "medianAtLeast", "medianAsOf", "growthPercent"];

describe("csv on every listing: the same figure columns, the releases' figures", () => {
  it("list, search and match: one header row, the figure columns first (after match's rank), each occupation's cells alike", async () => {
    const lantern = releaseFigures("91-1011");
    expect(lantern.median).toBe("41230"); // a guard: the row read is the one meant
    const list = await csvOf(["list"]);
    const search = await csvOf(["search", "lantern"]);
    const match = await csvOf(["match", "--like", "91-1011"]);
    expect(list.head.slice(0, FIGURE_HEAD.length)).toEqual(FIGURE_HEAD);
    expect(search.head.slice(0, FIGURE_HEAD.length)).toEqual(FIGURE_HEAD);
    expect(match.head.slice(0, FIGURE_HEAD.length + 1)).toEqual(["rank", ...FIGURE_HEAD]);
    for (const sheet of [list, search]) {
      const row = sheet.rows.find((r) => r.code === "91-1011.00")!;
      expect(row).toMatchObject({ title: "Lantern Keepers", source: "onet", currency: "USD", period: "year", ...lantern });
      expect(row.blsBasis).toBe("");
    }
    expect(search.rows.find((r) => r.code === "91-1011.00")).toMatchObject({ matchedField: "title", matchedText: "Lantern Keepers" });
    // Beacon Polishers (91-1011.02), a detailed code with its SOC occupation's figures: marked, in list and match alike
    for (const sheet of [list, match])
      expect(sheet.rows.find((r) => r.code === "91-1011.02")).toMatchObject({ title: "Beacon Polishers", ...lantern, blsBasis: "part" });
  });

  it("search: a row per result, as many as --json lists, in its order, with its scores", async () => {
    const { data } = await runJson(["search", "keeper", "--json"], { env: env() });
    const { rows } = await csvOf(["search", "keeper"]);
    expect(rows.map((r) => r.id)).toEqual(data.results.map((x: { id: string }) => x.id));
    expect(rows.map((r) => Number(r.score))).toEqual(data.results.map((x: { score: number }) => x.score));
  });

  it("import --status: a row per release with its version, date and rows; the data home is not in it", async () => {
    const { rows, head } = await csvOf(["import", "--status"]);
    expect(head).toEqual(["source", "name", "version", "date", "rows", "skippedRows", "occupations", "created"]);
    expect(rows.map((r) => [r.source, r.version])).toEqual([
      ["onet", "99.1"],
      ["bls-projections", "2098–08"],
      ["bls-oews", "May 2098"],
    ]);
    // Table 1.2 holds four occupations' rows (the total row is no occupation) and three lines of notes under it
    const projections = rows.find((r) => r.source === "bls-projections")!;
    expect(projections.skippedRows).toBe(String(PROJECTION_ROWS.filter((r) => r[1] === null).length));
    expect(rows.every((r) => r.occupations === "5")).toBe(true);
  });

  it("show, compare and path over occupations: every record as long as its header", async () => {
    const show = await csvOf(["show", "91-1011"]);
    expect(show.head).toEqual(["section", "key", "value"]);
    expect(show.rows).toContainEqual({ section: "wages", key: "annual.median.amount", value: releaseFigures("91-1011").median });
    const compare = await csvOf(["compare", "91-1011", "21-1011"]);
    expect(compare.head).toEqual(["figure", "lantern-keepers", "dream-counselors"]);
    expect(compare.rows.find((r) => r.figure === "outlook.changePercent")).toEqual({
      figure: "outlook.changePercent",
      "lantern-keepers": releaseFigures("91-1011").growthPercent,
      "dream-counselors": releaseFigures("21-1018").growthPercent,
    });
    const path = await csvOf(["path", "91-1011"]);
    expect(path.rows.length).toBeGreaterThan(0);
  });
});

describe("assess: results and history in csv", () => {
  it("an occupation's readiness: a row for the whole, each category, each skill asked with Skills.txt's importance and level", async () => {
    const answers = join(home(), "lantern-answers.yaml");
    writeFileSync(answers, "occupation: lantern-keepers\nskills:\n  Monitoring: 3\n  Active Listening: 5\neducation: 2\nexperience: 3\n");
    const { head, rows } = await csvOf(["assess", "91-1011", "--answers", answers]);
    expect(head).toEqual(["kind", "id", "name", "score", "importance", "need", "have", "met", "gap", "weighted"]);
    expect(rows[0]).toMatchObject({ kind: "readiness", id: "91-1011.00", name: "Lantern Keepers" });
    // tests/fixtures/onet-mini/Skills.txt: Active Listening IM 3.50, LV 4.00; Monitoring IM 4.12, LV 5.12
    expect(rows.find((r) => r.name === "Active Listening")).toMatchObject({
      kind: "skill",
      importance: "3.5",
      need: "4",
      have: "5",
      gap: "0",
    });
    expect(rows.find((r) => r.name === "Monitoring")).toMatchObject({
      kind: "skill",
      importance: "4.12",
      need: "5.12",
      have: "3",
      gap: "2.12",
    });
    const json = (await runJson(["assess", "91-1011", "--answers", answers, "--json"], { env: env() })).data;
    expect(rows[0]!.score).toBe(String(json.readiness));
  });

  it("--history: a row per saved result, a score and a change column per category; jsonl a result a line", async () => {
    const answers = join(home(), "clerk-answers.yaml");
    // the clerk's template as written, every answer left to its default
    writeFileSync(answers, await ok(["assess", "clerk", "--template"]));
    expect((await run(["assess", "clerk", "--answers", answers, "--save"], { env: env() })).status).toBe(0);
    const { head, rows } = await csvOf(["assess", "--history"]);
    expect(head.slice(0, 7)).toEqual(["date", "role", "code", "title", "readiness", "band", "change"]);
    const json = (await runJson(["assess", "--history", "--json"], { env: env() })).data;
    expect(rows.map((r) => [r.role, r.readiness])).toEqual(
      json.results.map((x: { role: string; readiness: number }) => [x.role, String(x.readiness)]),
    );
    const lines = (await ok(["assess", "--history", "--format", "jsonl"])).trimEnd().split("\n");
    expect(lines.map((l) => JSON.parse(l))).toEqual(json.results);
  });
});

describe("jsonl, markdown and yaml: the same results", () => {
  for (const args of [["list"], ["search", "keeper"], ["match", "--like", "91-1011"]]) {
    it(`${args[0]}: jsonl is --json's results, one a line; markdown's table holds csv's cells; yaml is the JSON`, async () => {
      const { data, doc } = await runJson([...args, "--json"], { env: env() });
      const lines = (await ok([...args, "--format", "jsonl"])).split("\n");
      expect(lines.pop()).toBe("");
      expect(lines.map((l) => JSON.parse(l))).toEqual(data.results);
      const { text } = await csvOf(args);
      const csv: string[][] = parseCsvStrict(text, { record_delimiter: "\r\n" });
      expect(parseMarkdownTable(await ok([...args, "--format", "markdown"]))).toEqual(csv);
      expect(parseYaml(await ok([...args, "--format", "yaml"]))).toEqual(doc);
    });
  }
});

describe("show <occupation> --format markdown: a brief to read", () => {
  it("the key facts, wages, outlook, the most important skills and knowledge with their levels, education, related and sources", async () => {
    const out = await ok(["show", "91-1011", "--format", "markdown"]);
    const headings = out.split("\n").filter((l) => l.startsWith("#"));
    expect(headings).toEqual([
      "# Lantern Keepers (91-1011.00)",
      "## Key facts",
      "## Wages",
      "## Outlook",
      "## Top skills",
      "## Top knowledge",
      "## Education and experience",
      "## Main tasks",
      "## Technology",
      "## Interests",
      "## Related occupations",
      "## Also called",
      "## Sources",
    ]);
    const lantern = releaseFigures("91-1011");
    expect(out).toContain(`| Median wage | ${Number(lantern.median).toLocaleString("en-US")} USD a year (May 2098) |`);
    expect(out).toContain(`| Projected growth | +${lantern.growthPercent}% (2098–08) |`);
    expect(out).toContain(`| Openings a year | ${Number(lantern.openingsPerYear).toLocaleString("en-US")} |`);
    // tests/fixtures/onet-mini/Skills.txt: Monitoring IM 4.12 LV 5.12, Active Listening IM 3.50 LV 4.00, most important first
    const skills = out.slice(out.indexOf("## Top skills"), out.indexOf("## Top knowledge"));
    expect(skills).toMatch(/\| Monitoring \| 4\.12 \| 5\.12 \|[^\n]*\n\| Active Listening \| 3\.50 \| 4\.00 \|/);
    expect(out).toContain("- Beacon Polishers (91-1011.02)\n");
    expect(out.split("\n").length).toBeLessThanOrEqual(180);
    // no key dump: the sheet's section,key,value rows are not here
    expect(out).not.toContain("| section | key | value |");
  });

  it("a detailed code's figures of its SOC occupation are marked ‡ and named", async () => {
    const out = await ok(["show", "91-1011.02", "--format", "markdown"]);
    expect(out).toContain(`| Median wage | ${Number(releaseFigures("91-1011").median).toLocaleString("en-US")} USD a year (May 2098) ‡ |`);
    expect(out).toContain("‡ BLS publishes this figure for a wider occupation than this O*NET code: 91-1011 Lantern Keepers.");
  });

  it("--section: those parts of the brief, and the sources", async () => {
    const out = await ok(["show", "91-1011", "--section", "wages", "--format", "markdown"]);
    expect(out.split("\n").filter((l) => l.startsWith("#"))).toEqual(["# Lantern Keepers (91-1011.00)", "## Wages", "## Sources"]);
  });
});

describe("show: the parent BLS figures marked, growth signed, every section of each kind in the help", () => {
  it("a detailed code's summary marks its SOC occupation's median, growth and openings ‡", async () => {
    const out = await ok(["show", "91-1011.02", "--section", "summary"]);
    const lantern = releaseFigures("91-1011");
    expect(out).toMatch(new RegExp(`Median wage\\s+│ ${Number(lantern.median).toLocaleString("en-US")} USD a year \\(May 2098\\)‡`));
    expect(out).toMatch(new RegExp(`Outlook\\s+│ \\+${lantern.growthPercent}% employment 2098–08‡`));
    expect(out).toContain("‡ BLS publishes this figure for a wider occupation");
    // its own code's figures are not marked
    expect(await ok(["show", "91-1011", "--section", "summary"])).not.toContain("‡");
  });

  it("show --help lists the sections of a guide role and of an occupation", async () => {
    const help = (await ok(["show", "--help"])).replace(/\n\s+/g, " ");
    expect(help).toContain(`Sections of a guide role: ${SECTION_IDS.join(", ")}.`);
    expect(help).toContain(`Sections of an imported occupation: ${OCCUPATION_SECTION_IDS.join(", ")}.`);
  });
});

describe("an unknown format", () => {
  it("is a usage error naming the formats, with a suggestion for a typo", async () => {
    const r = await run(["search", "keeper", "--format", "cvs"], { env: env() });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe('careers: unknown format "cvs": --format takes table, json, yaml, markdown, csv, jsonl\nDid you mean "csv"?\n');
    const show = await run(["show", "clerk", "-f", "jsonl"]);
    expect(show.status).toBe(2);
    expect(show.stderr.split("\n")[0]).toBe('careers: unknown format "jsonl": --format takes table, json, yaml, markdown, csv');
  });

  it("jsonl on one object, and --json beside another format, are usage errors before anything is saved", async () => {
    const r = await run(["assess", "clerk", "--format", "jsonl", "--answers", "nowhere.yaml", "--save"], { env: env() });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("--format jsonl prints a listing");
    const both = await run(["import", "--status", "--json", "--format", "csv"], { env: env() });
    expect(both.status).toBe(2);
  });
});
