/**
 * list and match --area, in-process, over the invented releases with the May 2097 state and metropolitan
 * workbooks imported (tests/helpers/import-fixtures.ts: STATE_ROWS, METRO_ROWS; national OEWS_ROWS of May
 * 2098). Expected figures are read off those rows.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importedAreaHome, importedHome } from "../helpers/import-fixtures.js";
import { run, runJson } from "../helpers/run.js";

let areaHome: { home: string; cleanup: () => void };
beforeAll(async () => {
  areaHome = await importedAreaHome();
});
afterAll(() => areaHome?.cleanup());
const env = (more: Record<string, string> = {}) => ({ env: { CAREERS_HOME: areaHome.home, ...more } });

interface Row {
  id: string;
  code?: string;
  source: string;
  median: { amount: number; asOf: string; atLeast?: true; blsBasis?: string } | null;
  area: {
    estimate: boolean;
    note: string | null;
    employment: { count: number } | null;
    jobsPer1000: number | null;
    locationQuotient: number | null;
    national: { amount: number } | null;
  };
}
const byCode = (rows: Row[], code: string) => rows.find((r) => r.code === code)!;

describe("careers list --area", () => {
  it("--json: the area's medians in the rows, of its release, with its figures and the national median beside", async () => {
    const { data, result } = await runJson(["list", "--area", "TX", "--json"], env());
    expect(result.status, result.stderr).toBe(0);
    expect(data.area).toEqual({
      code: "48",
      title: "Texas",
      type: "state",
      state: "TX",
      source: "BLS OEWS",
      asOf: "May 2097",
      origin: "--area",
      line: "area: Texas",
    });
    const rows = data.results as Row[];
    // Texas, Lantern Keepers: A_MEDIAN 44,720, TOT_EMP 2,400, JOBS_1000 0.18, LOC_QUOTIENT 0.22; national A_MEDIAN 41,230
    const lantern = byCode(rows, "91-1011.00");
    expect(lantern.median).toEqual({ amount: 44720, currency: "USD", period: "year", source: "BLS OEWS", asOf: "May 2097" });
    expect(lantern.area).toMatchObject({ estimate: true, note: null, jobsPer1000: 0.18, locationQuotient: 0.22 });
    expect(lantern.area.employment).toEqual({ count: 2400, source: "BLS OEWS", asOf: "May 2097" });
    expect(lantern.area.national).toMatchObject({ amount: 41230, asOf: "May 2098" });
    // 21-1011 is published as 21-1018 (combined): Texas A_MEDIAN 55,400, LOC_QUOTIENT 1.4
    expect(byCode(rows, "21-1011.00").median).toMatchObject({ amount: 55400, blsBasis: "combined" });
    expect(byCode(rows, "21-1011.00").area.locationQuotient).toBe(1.4);
    // 91-2013 from its broad group 91-2010: Texas A_MEDIAN # (the May 2097 ceiling of 239,200), TOT_EMP **
    expect(byCode(rows, "91-2013.00").median).toMatchObject({ amount: 239200, atLeast: true, blsBasis: "broad" });
    expect(byCode(rows, "91-2013.00").area.employment).toBeNull();
  });

  it("no estimate: median null (never 0), the note, the national median; a guide role has no SOC figures", async () => {
    const { data } = await runJson(["list", "--area", "TX", "--json"], env());
    const rows = data.results as Row[];
    // Moon Wardens (55-9999) has no row in any area
    const moon = byCode(rows, "55-9999.00");
    expect(moon.median).toBeNull();
    expect(moon.area).toMatchObject({ estimate: false, note: "no estimate for Texas", locationQuotient: null });
    const clerk = rows.find((r) => r.id === "clerk")!;
    expect(clerk.median).toBeNull();
    expect(clerk.area).toMatchObject({ estimate: false, note: "no estimate for Texas (no SOC figures)" });
    // the guide's own median (data/roles: the clerk's key-facts median of 38,400)
    expect(clerk.area.national).toMatchObject({ amount: 38400, basis: "key-facts" });
    // Alabama has no row of the dream counselors; Abilene's row is markers only
    const al = await runJson(["list", "--area", "AL", "--json"], env());
    expect(byCode(al.data.results, "21-1011.00").median).toBeNull();
    expect(byCode(al.data.results, "91-1011.00").median).toMatchObject({ amount: 37020 });
    const abilene = await runJson(["list", "--area", "Abilene", "--json"], env());
    expect(byCode(abilene.data.results, "91-1011.00").area).toMatchObject({ estimate: false, note: "no estimate for Abilene, TX" });
  });

  it("--min-median applies to the area's median, and --sort median sorts by it", async () => {
    // 42,000: Lantern Keepers pass in Texas (44,720) but not nationally (41,230)
    const tx = await runJson(["list", "--area", "TX", "--min-median", "42k", "--sort", "median", "--json"], env());
    expect((tx.data.results as Row[]).map((r) => [r.code, r.median?.amount])).toEqual([
      ["91-2013.00", 239200],
      ["21-1011.00", 55400],
      ["91-1011.02", 44720],
      ["91-1011.00", 44720],
    ]);
    const national = await runJson(["list", "--min-median", "42k", "--json"], env());
    expect((national.data.results as Row[]).map((r) => r.code)).not.toContain("91-1011.00");
    // Austin's cross-industry median, 47,940 (not the industry row's 62,400)
    const austin = await runJson(["list", "--area", "Austin", "--min-median", "45k", "--json"], env());
    expect(byCode(austin.data.results, "91-1011.00").median).toMatchObject({ amount: 47940 });
  });

  it("--sort lq: the location quotient, highest first, its column and the line that explains it", async () => {
    const { data } = await runJson(["list", "--area", "TX", "--sort", "lq", "--json"], env());
    const lqs = (data.results as Row[]).map((r) => r.area.locationQuotient);
    expect(lqs.slice(0, 3)).toEqual([1.4, 0.22, 0.22]);
    expect(lqs.slice(3).every((q) => q === null)).toBe(true);
    const r = await run(["list", "--area", "TX", "--sort", "lq"], env());
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.split("\n")[0]).toBe("area: Texas");
    expect(r.stdout).toMatch(/Location\s+│/);
    expect(r.stdout).toMatch(/│ 21-1011\.00 .* 55,400 USD‡ .* 1\.40 │/);
    expect(r.stdout).toContain("(1.0 = the");
  });

  it("the table: the area's line first, its medians, n/a with the national median where it has none", async () => {
    const r = await run(["list", "--area", "TX", "--limit", "0"], env({ COLUMNS: "160" }));
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.split("\n")[0]).toBe("area: Texas");
    expect(r.stdout).toContain("Median, TX");
    expect(r.stdout).toMatch(/│ 91-1011\.00 +│ Lantern Keepers +│ +44,720 USD │/);
    expect(r.stdout).toMatch(/│ clerk +│ Customer Service Clerk +│ n\/a \(own 38,400 USD\) │/);
    expect(r.stdout).toMatch(/Median: Texas's \(BLS OEWS May 2097\), not the national one/);
  });

  it("CAREERS_AREA is the default, said in the table and the JSON; --area national for the national figures", async () => {
    const r = await run(["list"], env({ CAREERS_AREA: "TX" }));
    expect(r.stdout.split("\n")[0]).toBe("area: Texas (from CAREERS_AREA; --area national for the national figures)");
    const { data } = await runJson(["list", "--json"], env({ CAREERS_AREA: "TX" }));
    expect(data.area.origin).toBe("CAREERS_AREA");
    const national = await runJson(["list", "--area", "national", "--json"], env({ CAREERS_AREA: "TX" }));
    expect(national.data).not.toHaveProperty("area");
    expect(byCode(national.data.results, "91-1011.00").median).toMatchObject({ amount: 41230 });
  });

  it("csv: the area's columns", async () => {
    const r = await run(["list", "--area", "TX", "--format", "csv"], env());
    const [head, ...lines] = r.stdout.trim().split(/\r?\n/);
    expect(head).toMatch(/,area,areaEstimate,areaEmployment,jobsPer1000,locationQuotient,nationalMedian$/);
    expect(lines.find((l) => l.startsWith("lantern-keepers,"))).toMatch(/,44720,.*,Texas,true,2400,0\.18,0\.22,41230$/);
  });

  it("bad input: --sort lq without an area, an unknown area (the suggestion), exit 2", async () => {
    const lq = await run(["list", "--sort", "lq"], env());
    expect(lq.status).toBe(2);
    expect(lq.stderr).toContain("--sort lq sorts by an area's location quotient");
    const typo = await run(["list", "--area", "Texs"], env());
    expect(typo.status).toBe(2);
    expect(typo.stderr).toMatch(/unknown area "Texs"/);
    expect(typo.stderr).toContain("Texas");
  });
});

describe("careers match --area", () => {
  const interests = ["--interests", "R=1,I=2,A=3,S=4,E=5,C=6"];
  it("the area's medians in the rows, --min-median on them, the area said", async () => {
    const { data, result } = await runJson(["match", ...interests, "--area", "TX", "--min-median", "42k", "--limit", "0", "--json"], env());
    expect(result.status, result.stderr).toBe(0);
    expect(data.area).toMatchObject({ title: "Texas", asOf: "May 2097", origin: "--area" });
    const rows = data.results as Row[];
    expect(rows.map((r) => r.code).sort()).toEqual(["21-1011.00", "91-1011.00", "91-1011.02", "91-2013.00"]);
    expect(byCode(rows, "91-1011.00").median).toMatchObject({ amount: 44720, asOf: "May 2097" });
    expect(byCode(rows, "91-1011.00").area.national).toMatchObject({ amount: 41230 });
    // nationally, Lantern Keepers' 41,230 is below 42,000
    const national = await runJson(["match", ...interests, "--min-median", "42k", "--limit", "0", "--json"], env());
    expect((national.data.results as Row[]).map((r) => r.code)).not.toContain("91-1011.00");
    const table = await run(["match", ...interests, "--limit", "0"], env({ CAREERS_AREA: "Abilene", COLUMNS: "200" }));
    expect(table.stdout.split("\n")[0]).toBe("area: Abilene, TX (from CAREERS_AREA; --area national for the national figures)");
    expect(table.stdout).toContain("Median, area");
    expect(table.stdout).toMatch(/no estimate for Abilene, TX \(5 of 5\); in brackets\s+the national median\./);
    expect(table.stdout).toMatch(/n\/a \(US 41,230\s+USD\)/);
  });

  it("--explain takes no --area", async () => {
    const r = await run(["match", ...interests, "--explain", "91-1011.00", "--area", "TX"], env());
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("--area do not apply");
  });
});

describe("the markdown brief with an area", () => {
  it("show <occupation> --format markdown --area: the area's line, its wages beside the nation's, where the jobs are", async () => {
    const r = await run(["show", "91-1011", "--area", "TX", "--format", "markdown"], env());
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout.split("\n");
    expect(lines[2]).toBe("_area: Texas_");
    const block = r.stdout.slice(r.stdout.indexOf("## Wages in Texas"), r.stdout.indexOf("## Wages\n"));
    expect(block).toContain("BLS OEWS May 2097 for Texas; national: May 2098. The difference spans the two releases.");
    // Texas A_PCT10 ... A_MEAN; national 29,330 ... 42,640; the difference
    expect(block).toContain("| Texas, a year | 31,620 | 37,440 | 44,720 | 54,290 | 65,310 | 47,320 |");
    expect(block).toContain("| National, a year | 29,330 | 33,700 | 41,230 | 48,670 | 60,110 | 42,640 |");
    expect(block).toContain("| Difference, a year | +2,290 | +3,740 | +3,490 | +5,620 | +5,200 | +4,680 |");
    expect(block).toContain("| Texas, an hour | 15.20 | 18.00 | 21.50 | 26.10 | 31.40 | 22.75 |");
    expect(block).toContain("- Employment: 2,400 (national 12,340)");
    expect(block).toContain("- Location quotient: 0.22");
    expect(block).toContain("(1.0 = the national share");
  });

  it("CAREERS_AREA: said under the title; no estimate: said, with the national figures", async () => {
    const r = await run(["show", "91-1011", "--format", "markdown"], env({ CAREERS_AREA: "Abilene" }));
    expect(r.stdout).toContain("_area: Abilene, TX (from CAREERS_AREA; --area national for the national figures)_");
    expect(r.stdout).toContain("No estimate for Abilene, TX (May 2097)");
    expect(r.stdout).toContain("## Wages\n");
    const national = await run(["show", "91-1011", "--format", "markdown"], env());
    expect(national.stdout).not.toContain("## Wages in");
    expect(national.stdout).not.toContain("_area:");
  });
});

describe("careers path <occupation> --area", () => {
  it("the moves' medians in the area, marked as the area's; none where it has no estimate", async () => {
    const { data, result } = await runJson(["path", "91-1011", "--area", "TX", "--json"], env());
    expect(result.status, result.stderr).toBe(0);
    expect(data.area).toMatchObject({ title: "Texas", asOf: "May 2097", origin: "--area" });
    // Texas: Lantern Keepers 44,720 (national 41,230); 91-2013 from 91-2010, # at 239,200; 91-1011.02 from 91-1011
    expect(data.occupation.median).toMatchObject({ amount: 44720, asOf: "May 2097" });
    expect(data.occupation.area.national).toMatchObject({ amount: 41230, asOf: "May 2098" });
    expect(data.up.map((m: Row) => [m.code, m.median])).toEqual([
      ["91-2013.00", expect.objectContaining({ amount: 239200, atLeast: true, blsBasis: "broad", asOf: "May 2097" })],
    ]);
    expect(data.steppingStones[0].median).toMatchObject({ amount: 44720, blsBasis: "part" });
    expect(data.steppingStones[0].pay).toEqual({ amount: 0, percent: 0 });
    // Alabama has no row of 91-2010: no estimate, the national floor beside
    const al = await runJson(["path", "91-1011", "--area", "AL", "--json"], env());
    expect(al.data.occupation.median.amount).toBe(37020);
    expect(al.data.up[0].median).toBeNull();
    expect(al.data.up[0].area).toMatchObject({ estimate: false, note: "no estimate for Alabama" });
    expect(al.data.up[0].area.national).toMatchObject({ amount: 312000, atLeast: true });
    expect(al.data.up[0].pay).toBeNull();
    const r = await run(["path", "91-1011", "--area", "TX"], env());
    expect(r.stdout.split("\n")[0]).toBe("area: Texas");
    expect(r.stdout).toContain("Median 44,720 USD · job zone 2");
    expect(r.stdout).toContain("Median: Texas's (BLS OEWS May 2097), not the national one.");
  });

  it("a route's medians in the area from CAREERS_AREA; a role's ladder takes no --area", async () => {
    const { data } = await runJson(["path", "91-1011", "--to", "91-1011.02", "--json"], env({ CAREERS_AREA: "Austin" }));
    expect(data.area).toMatchObject({ code: "12420", origin: "CAREERS_AREA" });
    // Austin's cross-industry 47,940 for both (91-1011.02 is part of 91-1011)
    expect(data.route.from.median).toMatchObject({ amount: 47940 });
    expect(data.route.moves[0].median).toMatchObject({ amount: 47940 });
    const role = await run(["path", "clerk", "--area", "TX"], env());
    expect(role.status).toBe(2);
    expect(role.stderr).toContain("--area is for the moves of an imported occupation");
  });
});

describe("completion of --area", () => {
  const complete = async (...words: string[]) => {
    const r = await run(["completion", "--complete", "--", "careers", ...words], env());
    expect(r.status, r.stderr).toBe(0);
    return r.stdout.split("\n").filter(Boolean);
  };
  it("the nation, the imported states' postal codes and the other areas' codes", async () => {
    // STATE_ROWS: AL and TX; METRO_ROWS: 12420, 19100, 10180, 4800003
    expect((await complete("list", "--area", "")).sort()).toEqual(["10180", "12420", "19100", "4800003", "AL", "TX", "national"]);
    expect(await complete("show", "91-1011", "--area", "T")).toEqual(["TX"]);
    expect(await complete("compare", "91-1011", "--area", "1")).toEqual(["12420", "19100", "10180"]);
  });
});

describe("--area where no areas are imported", () => {
  it("list --area: a usage error naming the workbook to import; CAREERS_AREA: a note, and the national figures", async () => {
    const plain = await importedHome();
    try {
      const opts = (more: Record<string, string> = {}) => ({ env: { CAREERS_HOME: plain.home, ...more } });
      const r = await run(["list", "--area", "TX"], opts());
      expect(r.status).toBe(2);
      expect(r.stderr).toContain("--area TX: no state or area estimates are imported");
      expect(r.stderr).toContain("state_M2024_dl.xlsx");
      const { data, result } = await runJson(["list", "--json"], opts({ CAREERS_AREA: "TX" }));
      expect(result.status).toBe(0);
      expect(data).not.toHaveProperty("area");
      expect(result.stderr).toContain("note: CAREERS_AREA=TX: no state or area estimates are imported; the figures are national");
      expect(data.results.find((x: Row) => x.code === "91-1011.00").median.amount).toBe(41230);
    } finally {
      plain.cleanup();
    }
  });
});
