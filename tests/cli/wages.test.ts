/**
 * `careers wages <occupation>`, in-process over the invented releases with the May 2097 state and
 * metropolitan workbooks in the official layout (tests/helpers/import-fixtures.ts: STATE_ROWS, METRO_ROWS,
 * with markers and an industry row) beside the May 2098 national one (OEWS_ROWS). Expected figures are
 * those rows' cells.
 */
import { describe, expect, it } from "vitest";
import { useImportedAreaHomes } from "../helpers/import-fixtures.js";
import { run, runJson } from "../helpers/run.js";

const homes = useImportedAreaHomes();
const env = (more: Record<string, string> = {}) => ({ env: { CAREERS_HOME: homes.areas(), ...more } });

type Row = {
  area: { code: string; title: string; type: string; asOf: string };
  estimate: boolean;
  median: { amount: number; atLeast?: true } | null;
  annual: Record<string, { amount: number } | null>;
  employment: { count: number } | null;
  jobsPer1000: number | null;
  locationQuotient: number | null;
  sameRelease: boolean;
  blsBasis?: string;
};
const titles = (rows: Row[]) => rows.map((r) => r.area.title);
const wages = async (args: string[], more: Record<string, string> = {}) => {
  const { data, result } = await runJson(["wages", ...args, "--json"], env(more));
  expect(result.status, result.stderr).toBe(0);
  return data as { results: Row[]; [k: string]: unknown };
};

describe("careers wages <occupation> --json", () => {
  it("every area's figures for Lantern Keepers, highest median first, the one without an estimate last", async () => {
    const data = await wages(["91-1011"]);
    expect(data.occupation).toEqual({ id: "lantern-keepers", code: "91-1011.00", title: "Lantern Keepers", source: "onet" });
    expect(data.bls).toEqual({ code: "91-1011", title: "Lantern Keepers", basis: "detailed" });
    expect(data).toMatchObject({ sort: "median", type: "all", shown: { rows: 6, of: 6 } });
    // A_MEDIAN: Austin 47,940 (its cross-industry row, not the industry row of 62,400), Texas 44,720,
    // Dallas 43,470, Alabama 37,020, North Texas nonmetropolitan 34,110; Abilene's row is all markers
    expect(titles(data.results)).toEqual([
      "Austin-Round Rock-San Marcos, TX",
      "Texas",
      "Dallas-Fort Worth-Arlington, TX",
      "Alabama",
      "North Texas nonmetropolitan area",
      "Abilene, TX",
    ]);
    expect(data.results.map((r) => r.median?.amount ?? null)).toEqual([47940, 44720, 43470, 37020, 34110, null]);
    const texas = data.results[1]!;
    expect(texas.area).toEqual({ code: "48", title: "Texas", type: "state", state: "TX", source: "BLS OEWS", asOf: "May 2097" });
    // Texas's A_MEAN, A_PCT10, A_PCT25, A_MEDIAN, A_PCT75, A_PCT90
    const percentiles = ["mean", "pct10", "pct25", "median", "pct75", "pct90"];
    expect(percentiles.map((p) => texas.annual[p]?.amount)).toEqual([47320, 31620, 37440, 44720, 54290, 65310]);
    expect(texas.employment).toEqual({ count: 2400, source: "BLS OEWS", asOf: "May 2097" });
    expect([texas.jobsPer1000, texas.locationQuotient]).toEqual([0.18, 0.22]);
    // May 2097 areas beside May 2098 national: said for each
    expect(data.results.every((r) => r.area.asOf === "May 2097" && r.sameRelease === false)).toBe(true);
    const abilene = data.results[5]!;
    expect(abilene).toMatchObject({ estimate: false, median: null, employment: null, jobsPer1000: null, locationQuotient: null });
    expect(Object.values(abilene.annual).every((m) => m === null)).toBe(true);
    // the national May 2098 figures: A_MEDIAN 41,230, A_PCT90 60,110, TOT_EMP 12,340
    const national = data.national as { annual: Record<string, { amount: number }>; employment: { count: number }; asOf: string };
    expect(national.asOf).toBe("May 2098");
    expect([national.annual.median!.amount, national.annual.pct90!.amount, national.employment.count]).toEqual([41230, 60110, 12340]);
  });

  it("--type state: the states alone; --type metro: the metropolitan and nonmetropolitan areas", async () => {
    expect(titles((await wages(["91-1011", "--type", "state"])).results)).toEqual(["Texas", "Alabama"]);
    const metro = await wages(["lantern keepers", "--type", "metro"]);
    expect(metro.type).toBe("metro");
    expect(metro.results.map((r) => r.area.type)).toEqual(["metropolitan", "metropolitan", "nonmetropolitan", "metropolitan"]);
    expect(titles(metro.results)).toEqual([
      "Austin-Round Rock-San Marcos, TX",
      "Dallas-Fort Worth-Arlington, TX",
      "North Texas nonmetropolitan area",
      "Abilene, TX",
    ]);
  });

  it("--sort employment, lq and p90: highest first, the area without the figure last", async () => {
    // TOT_EMP: Texas 2,400, Alabama 1,200, Dallas 900, Austin 600, North Texas 80, Abilene **
    const employment = await wages(["91-1011", "--sort", "employment"]);
    expect(employment.results.map((r) => r.employment?.count ?? null)).toEqual([2400, 1200, 900, 600, 80, null]);
    // LOC_QUOTIENT: Alabama 0.75, Austin 0.61, North Texas 0.5, Dallas 0.27, Texas 0.22
    const lq = await wages(["91-1011", "--sort", "lq"]);
    expect(lq.results.map((r) => r.locationQuotient)).toEqual([0.75, 0.61, 0.5, 0.27, 0.22, null]);
    // A_PCT90: Austin 70,510, Texas 65,310, Dallas 62,820, Alabama 53,250, North Texas 48,460
    const p90 = await wages(["91-1011", "--sort", "p90"]);
    expect(p90.results.map((r) => r.annual.pct90?.amount ?? null)).toEqual([70510, 65310, 62820, 53250, 48460, null]);
    const bad = await run(["wages", "91-1011", "--sort", "pay"], env());
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/median, employment, lq, p90/);
  });

  it("--limit: the first rows, and how many of how many; a limit that is no number is a usage error", async () => {
    const data = await wages(["91-1011", "--limit", "2"]);
    expect(titles(data.results)).toEqual(["Austin-Round Rock-San Marcos, TX", "Texas"]);
    expect(data.shown).toEqual({ rows: 2, of: 6 });
    expect((await wages(["91-1011", "--limit", "0"])).shown).toEqual({ rows: 6, of: 6 });
    const bad = await run(["wages", "91-1011", "--limit", "ten"], env());
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--limit "ten" is not a number/);
  });

  it("a wider BLS occupation's figures, top-coded: at least the release's ceiling, never a number of its own", async () => {
    // Cloud Shepherds (91-2013.00) have the broad group 91-2010's figures; Texas: A_MEDIAN # (May 2097 ceiling 239,200)
    const data = await wages(["cloud-shepherds"]);
    expect(data.bls).toEqual({ code: "91-2010", title: "Cloud Shepherds and Rain Herders", basis: "broad" });
    expect(data.results).toHaveLength(1);
    expect(data.results[0]!.median).toMatchObject({ amount: 239200, atLeast: true, blsBasis: "broad" });
    expect(data.results[0]!.annual.pct25).toMatchObject({ amount: 166610 });
    expect(data.results[0]!.blsBasis).toBe("broad");
    const r = await run(["wages", "cloud-shepherds"], env());
    expect(r.stdout).toMatch(/Texas‡ +≥ 239,200/);
    expect(r.stdout).toMatch(/≥:\s+BLS gives only a floor/);
    expect(r.stdout).toMatch(/‡ BLS's figures of\s+91-2010 \(Cloud Shepherds and Rain\s+Herders\), a wider occupation/);
  });
});

describe("careers wages <occupation>: the table", () => {
  const lines = (out: string) => out.split("\n");

  it("fits 80 columns: an area a line, plain # bars without colour, the national figure in its place, both releases said", async () => {
    const r = await run(["wages", "91-1011"], env({ COLUMNS: "80" }));
    expect(r.status, r.stderr).toBe(0);
    const all = lines(r.stdout);
    expect(all.every((l) => [...l].length <= 80)).toBe(true);
    expect(all[0]).toBe("Lantern Keepers (91-1011.00): by state and area, highest median first");
    expect(r.stdout).toMatch(/Areas: BLS OEWS May 2097; national: May 2098\. Two releases/);
    const row = (start: string) => all.find((l) => l.trimStart().startsWith(start))!;
    // the national median of 41,230 between Dallas's 43,470 and Alabama's 37,020
    const order = ["Austin", "Texas", "Dallas", "National", "Alabama", "North Texas", "Abilene"].map((t) => all.indexOf(row(t)));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(row("Texas")).toMatch(/^ {2}Texas +44,720 +#+ +31,620 +2,400 +0\.22$/);
    expect(row("National")).toMatch(/41,230 +#+ +29,330 +12,340 +1\.00$/);
    expect(row("Abilene")).toMatch(/Abilene, TX +n\/a/);
    // bars on one scale: 47,940 the longest; 34,110 of it in proportion
    const bar = (start: string) => /#+/.exec(row(start))![0].length;
    expect(bar("Austin")).toBeGreaterThan(bar("Texas"));
    expect(bar("North Texas") / bar("Austin")).toBeCloseTo(34110 / 47940, 1);
    expect(r.stdout).not.toMatch(/[█▏▎▍▌▋▊▉]/);
    expect(r.stdout).toMatch(/Not shown at this width: 25th, 75th, 90th, Per 1,000/);
    expect(r.stdout).toMatch(/1\.0 = the\s+national share/);
    expect(r.stdout).toMatch(/6 areas\.\n$/);
  });

  it("wider, every figure column; in a colour terminal, bars of blocks", async () => {
    const wide = await run(["wages", "91-1011"], env({ COLUMNS: "160" }));
    const texas = lines(wide.stdout).find((l) => l.startsWith("  Texas "))!;
    expect(texas).toMatch(/44,720 +#+ +31,620 +37,440 +54,290 +65,310 +2,400 +0\.18 +0\.22$/);
    expect(wide.stdout).not.toContain("Not shown");
    const colour = await run(["wages", "91-1011"], env({ FORCE_COLOR: "1", COLUMNS: "80" }));
    expect(colour.stdout).toMatch(/█/);
  });

  it("--sort employment: no national bar (a total, not an area's), the national total said", async () => {
    const r = await run(["wages", "91-1011", "--sort", "employment", "--limit", "2"], env({ COLUMNS: "80" }));
    expect(r.stdout).toMatch(/most jobs first/);
    expect(r.stdout).not.toMatch(/^ {2}National/m);
    expect(r.stdout).toContain("National employment: 12,340.");
    expect(r.stdout).toMatch(/2 of 6 areas \(all: --limit 0\)/);
  });
});

describe("careers wages: formats", () => {
  it("csv: a row an area, in the order of --json, every figure", async () => {
    const r = await run(["wages", "91-1011", "--format", "csv"], env());
    const [head, ...rows] = r.stdout.trimEnd().split("\r\n");
    const cols = head!.split(",");
    expect(cols.slice(0, 7)).toEqual(["areaCode", "area", "areaType", "state", "asOf", "sameRelease", "estimate"]);
    expect(rows).toHaveLength(6);
    const texas = rows[1]!.split(",");
    const at = (c: string) => texas[cols.indexOf(c)];
    expect([
      at("areaCode"),
      at("annual.median"),
      at("annual.pct90"),
      at("hourly.median"),
      at("employment"),
      at("locationQuotient"),
    ]).toEqual(["48", "44720", "65310", "21.5", "2400", "0.22"]);
  });

  it("jsonl: one area a line; yaml and markdown: the same figures", async () => {
    const jsonl = await run(["wages", "91-1011", "--format", "jsonl"], env());
    const rows = jsonl.stdout
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(rows.map((r) => r.median?.amount ?? null)).toEqual([47940, 44720, 43470, 37020, 34110, null]);
    const yaml = await run(["wages", "91-1011", "--format", "yaml"], env());
    expect(yaml.stdout).toMatch(/^schemaVersion: 2\n/);
    expect(yaml.stdout).toContain("title: Texas");
    const md = await run(["wages", "91-1011", "--format", "markdown"], env());
    expect(md.stdout).toMatch(/^## Wages of Lantern Keepers \(91-1011\.00\) by area/);
    expect(md.stdout).toMatch(/\| 48 \| Texas \| state \| TX \| May 2097 \|/);
    const both = await run(["wages", "91-1011", "--json", "--format", "csv"], env());
    expect(both.status).toBe(2);
  });
});

describe("careers wages: what it cannot show", () => {
  it("an unknown occupation: the suggestion, exit 2", async () => {
    const r = await run(["wages", "lantern keeprs"], env());
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^careers: unknown role or occupation "lantern keeprs"\nDid you mean/);
  });

  it("an occupation no area has: said so with the national figure, never 0", async () => {
    // Moon Wardens (55-9999) are in no workbook's rows
    const data = await wages(["moon-wardens"]);
    expect(data.results).toEqual([]);
    expect(data.bls).toBeNull();
    expect(data.shown).toEqual({ rows: 0, of: 0 });
    const r = await run(["wages", "moon-wardens"], env());
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^No state or area estimates of Moon Wardens \(55-9999\.00\) in the imported OEWS\s+workbooks/);
    expect(r.stdout).not.toMatch(/\b0\b/);
    // Texas has Cloud Shepherds (91-2010); no metropolitan workbook row does
    const metro = await run(["wages", "cloud-shepherds", "--type", "metro"], env());
    expect(metro.stdout).toMatch(/^No metropolitan or nonmetropolitan area estimates of Cloud Shepherds/);
    expect(metro.stdout).toMatch(/National median: ≥ 312,000 USD a year \(BLS OEWS May\s+2098\)/);
  });

  it("no state or area workbook imported: a usage error saying how to import one", async () => {
    const r = await run(["wages", "91-1011"], { env: { CAREERS_HOME: homes.plain() } });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^careers: careers wages 91-1011: no state or area estimates are imported\nImport BLS's state/);
  });

  it("a guide role: its linked occupation where the data set holds it, else why not", async () => {
    // the bundled clerk links 43-4051.00, not in the invented release
    const r = await run(["wages", "clerk"], env());
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(
      /^careers: Customer Service Clerk is a role of its own, linked to 43-4051\.00, which is not in the imported data set/,
    );
  });
});
