/**
 * `careers show <role>` of a role linked to an O*NET-SOC occupation, with the invented releases imported
 * (tests/helpers/import-fixtures.ts): the guide's figures beside the official ones, never merged. The
 * role is tests/fixtures/linked/lamplighter.yaml, linked to 91-1011.00 Lantern Keepers; the expected
 * official figures are read off the fixture rows (OEWS, projections Table 1.2, Job Zones.txt).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DATASET_FORMAT } from "../../src/schema/occupation.js";
import { useImportedHome } from "../helpers/import-fixtures.js";
import { ROOT, run, runJson } from "../helpers/run.js";

const LINKED = ["--data-dir", join(ROOT, "tests", "fixtures", "linked")];
const dataHome = useImportedHome();
const env = () => ({ CAREERS_HOME: dataHome() });
const noDataset = () => ({ CAREERS_HOME: join(dataHome(), "nothing-here") });

describe("careers show <role linked to an imported occupation>", () => {
  it("--json: the role as it is, then `official`: the guide's figures and BLS's, each with its source", async () => {
    const { data, result } = await runJson(["show", "lamplighter", "--json", ...LINKED], { env: env() });
    expect(result.status, result.stderr).toBe(0);
    expect(Object.keys(data)).toEqual(["id", "title", "summary", "sources", "onet", "keyFacts", "official"]);
    const o = data.official;
    expect(o.onet).toEqual({ code: "91-1011.00", title: "Lantern Keepers" });
    // the role file's own figures, with their sources in words
    expect(o.guide.median).toMatchObject({
      amount: 39500,
      currency: "USD",
      basis: "key-facts",
      label: "guild median, May 2097",
      source: "guild-survey",
      sourceTitle: "Guild wage survey, May 2097",
    });
    expect(o.guide.range).toEqual({
      low: 28000,
      high: 52000,
      currency: "USD",
      highOpenEnded: false,
      source: "lamp-guide",
      sourceTitle: "The Lamplighter's Handbook, Guild of Lamplighters",
      inferred: null,
    });
    expect(o.guide.growth).toMatchObject({ percent: 3, label: "steady" });
    expect(o.guide.annualOpenings).toMatchObject({ count: 1500, approximate: true });
    expect(o.guide.typicalEducation).toMatchObject({ text: "No formal education; an apprenticeship." });
    // OEWS row 91-1011: TOT_EMP 12340, A_PCT10..A_PCT90 29330 33700 41230 48670 60110, A_MEAN 42640, H_MEDIAN 19.82
    expect(o.wages).toEqual({
      bls: { code: "91-1011", title: "Lantern Keepers", basis: "detailed", note: null },
      period: "May 2098",
      employment: 12340,
      annual: {
        mean: { amount: 42640 },
        pct10: { amount: 29330 },
        pct25: { amount: 33700 },
        median: { amount: 41230 },
        pct75: { amount: 48670 },
        pct90: { amount: 60110 },
      },
      hourlyMedian: { amount: 19.82 },
    });
    // Table 1.2 row 91-1011: change 9.8%, openings 1.9 thousand a year, high school
    expect(o.outlook).toEqual({
      bls: { code: "91-1011", title: "Lantern keepers", basis: "detailed", note: null },
      period: "2098–08",
      changePercent: 9.8,
      openings: 1900,
      entryEducation: "High school diploma or equivalent",
    });
    // Job Zones.txt: 91-1011.00 is in zone 2
    expect(o.jobZone).toEqual({ zone: 2, name: "Job Zone Two: Some Preparation Needed" });
    expect(o.sources.map((s: { name: string; version: string }) => `${s.name} ${s.version}`)).toEqual([
      "O*NET Database 99.1",
      "BLS Employment Projections 2098–08",
      "BLS Occupational Employment and Wage Statistics (OEWS), national May 2098",
    ]);
    expect(o.attribution).toHaveLength(2);
    expect(o.attribution[0]).toContain("O*NET 99.1 Database");
    expect(o.attribution[1]).toBe("Source: U.S. Bureau of Labor Statistics");
  });

  it("the table: two labelled columns, the guide's median with its date beside OEWS's, never one figure", async () => {
    const r = await run(["show", "lamplighter", "--section", "official", ...LINKED], { env: { ...env(), COLUMNS: "160" } });
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout.split("\n");
    expect(lines.find((l) => l.includes("The guide"))).toContain("Official (BLS, O*NET)");
    const median = lines.findIndex((l) => l.includes("Median pay"));
    expect(lines[median]).toMatch(/39,500 USD a year.*41,230 USD a year/);
    expect(lines[median + 1]).toMatch(/\(guild median, May 2097\).*\(U\.S\. national median, OEWS May 2098\)/);
    expect(r.stdout).toMatch(/Growth\s+│ \+3% \(steady\)\s+│ \+9\.8% \(2098–08\)/);
    expect(r.stdout).toMatch(/Openings a year\s+│ about 1,500\s+│ 1,900 \(2098–08\)/);
    expect(r.stdout).toMatch(/OEWS May 2098 │ +29,330 │ +33,700 │ +41,230 │ +48,670 │ +60,110 │ +42,640 │/);
    expect(r.stdout).toContain("19.82 USD (May 2098)");
    expect(r.stdout).toContain("Job Zone Two: Some Preparation Needed");
    expect(r.stdout).toContain("The guide: Guild wage survey, May 2097; The Lamplighter's Handbook, Guild of Lamplighters.");
    expect(r.stdout).toContain("Wages: BLS 91-1011 Lantern Keepers (the same SOC code), OEWS May 2098, 12,340 employed.");
    expect(r.stdout).toContain("Source: U.S. Bureau of Labor Statistics");
  });

  it("the whole role shows the section after the key facts", async () => {
    const r = await run(["show", "lamplighter", ...LINKED], { env: env() });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.indexOf("Key facts")).toBeGreaterThan(0);
    expect(r.stdout.indexOf("Official figures (BLS, O*NET)")).toBeGreaterThan(r.stdout.indexOf("Key facts"));
  });

  it("--section official --json: only that, with what names the role", async () => {
    const { data } = await runJson(["show", "lamplighter", "--section", "official", "--json", ...LINKED], { env: env() });
    expect(Object.keys(data)).toEqual(["id", "title", "sources", "official"]);
    expect(data.official.wages.annual.median).toEqual({ amount: 41230 });
  });

  it("--format yaml stays a role file: no official figures in it", async () => {
    const r = await run(["show", "lamplighter", "--format", "yaml", ...LINKED], { env: env() });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("onet:");
    expect(r.stdout).not.toContain("official");
  });

  it("csv: the official figures as rows of their own section", async () => {
    const r = await run(["show", "lamplighter", "--section", "official", "--format", "csv", ...LINKED], { env: env() });
    expect(r.stdout).toContain("official,wages.annual.median.amount,41230\r\n");
    expect(r.stdout).toContain("official,guide.median.amount,39500\r\n");
  });
});

describe("show unchanged where there are no official figures", () => {
  it("no data set: no `official` key, and the same output as before", async () => {
    const linked = await runJson(["show", "lamplighter", "--json", ...LINKED], { env: noDataset() });
    expect(Object.keys(linked.data)).not.toContain("official");
    const table = await run(["show", "clerk"], { env: noDataset() });
    expect(table.stdout).not.toContain("Official figures");
  });

  it("a code the data set does not hold (the bundled clerk's 43-4051.00): no `official` either", async () => {
    const { data, result } = await runJson(["show", "clerk", "--json"], { env: env() });
    expect(result.status).toBe(0);
    expect(data).not.toHaveProperty("official");
    expect((await run(["show", "clerk"], { env: env() })).stdout).not.toContain("Official figures");
  });

  it("--section official asked for by name says why there are none", async () => {
    const notIn = await run(["show", "clerk", "--section", "official"], { env: env() });
    expect(notIn.status).toBe(0);
    expect(notIn.stdout).toContain("No official figures: 43-4051.00 is not in the imported data set.");
    const none = await run(["show", "clerk", "--section", "official"], { env: noDataset() });
    expect(none.stdout).toContain("No official figures: no O*NET and BLS data set is imported");
    const nursing = ["--data-dir", join(ROOT, "tests", "fixtures", "nursing")];
    const unlinked = await run(["show", "staff-nurse", "--section", "official", ...nursing], { env: env() });
    expect(unlinked.stdout).toContain("names no O*NET-SOC occupation");
  });
});

describe("a damaged data set", () => {
  it("show of a linked role still shows the role, with a note; the section asked for by name fails", async () => {
    const home = mkdtempSync(join(tmpdir(), "careers-damaged-"));
    mkdirSync(join(home, "occupations", "set-x"), { recursive: true });
    writeFileSync(join(home, "occupations", "current.json"), JSON.stringify({ format: DATASET_FORMAT, set: "set-x" }));
    const whole = await runJson(["show", "lamplighter", "--json", ...LINKED], { env: { CAREERS_HOME: home } });
    expect(whole.result.status).toBe(0);
    expect(whole.data).not.toHaveProperty("official");
    // an empty set folder: its manifest, read first as it records the other files' sizes, is missing
    expect(whole.result.stderr).toMatch(/^note: no official figures: the occupations data set is damaged \(.*manifest\.json: missing\)/);
    const asked = await run(["show", "lamplighter", "--section", "official", ...LINKED], { env: { CAREERS_HOME: home } });
    expect(asked.status).toBe(1);
    expect(asked.stdout).toBe("");
    expect(asked.stderr).toMatch(/^careers: the occupations data set is damaged/);
    rmSync(home, { recursive: true, force: true });
  });
});
