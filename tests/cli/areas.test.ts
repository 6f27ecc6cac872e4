/**
 * Pay where you live, in-process: `--area` and CAREERS_AREA over the invented releases with the May 2097
 * state and metropolitan workbooks imported (tests/helpers/import-fixtures.ts, STATE_ROWS and METRO_ROWS).
 * Expected figures are read off those rows and the national OEWS_ROWS (May 2098).
 */
import { describe, expect, it } from "vitest";
import { useImportedAreaHomes } from "../helpers/import-fixtures.js";
import { run, runJson } from "../helpers/run.js";

const homes = useImportedAreaHomes();
const env = (more: Record<string, string> = {}) => ({ env: { CAREERS_HOME: homes.areas(), ...more } });

describe("careers show <occupation> --area", () => {
  it("--json: the area's wages, employment, jobs per 1,000 and location quotient beside the national, with the difference", async () => {
    const { data, result } = await runJson(["show", "91-1011", "--area", "TX", "--json"], env());
    expect(result.status, result.stderr).toBe(0);
    const a = data.area;
    expect(a.area).toEqual({ code: "48", title: "Texas", type: "state", state: "TX", source: "BLS OEWS", asOf: "May 2097" });
    expect(a.origin).toBe("--area");
    expect(a.estimate).toBe(true);
    // Texas, Lantern Keepers: A_MEDIAN 44,720, H_MEDIAN 21.5, TOT_EMP 2,400, JOBS_1000 0.18, LOC_QUOTIENT 0.22
    expect(a.median).toEqual({ amount: 44720, currency: "USD", period: "year", source: "BLS OEWS", asOf: "May 2097" });
    expect(Object.fromEntries(Object.entries(a.annual).map(([k, m]) => [k, (m as { amount: number }).amount]))).toEqual({
      mean: 47320,
      pct10: 31620,
      pct25: 37440,
      median: 44720,
      pct75: 54290,
      pct90: 65310,
    });
    expect(a.hourly.median).toMatchObject({ amount: 21.5, period: "hour", asOf: "May 2097" });
    expect(a.employment).toEqual({ count: 2400, source: "BLS OEWS", asOf: "May 2097" });
    expect(a.jobsPer1000).toBe(0.18);
    expect(a.locationQuotient).toBe(0.22);
    // the national May 2098 figures: A_MEDIAN 41,230, 12,340 employed
    expect(a.national.asOf).toBe("May 2098");
    expect(a.national.annual.median).toMatchObject({ amount: 41230, asOf: "May 2098" });
    expect(a.national.employment).toMatchObject({ count: 12340 });
    // 44,720 - 41,230 = 3,490, 8.46% of 41,230
    expect(a.difference.annual.median).toEqual({ amount: 3490, percent: 8.5 });
    expect(a.sameRelease).toBe(false);
    // the national figures as without --area
    expect(data.wages.annual.median.amount).toBe(41230);
  });

  it("the table: the area named first, its release beside the national one, the difference, and what the location quotient is", async () => {
    const r = await run(["show", "91-1011", "--area", "Texas", "--section", "wages"], env());
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout.split("\n");
    expect(lines[0]).toBe("area: Texas");
    expect(r.stdout).toContain("Wages in Texas");
    expect(r.stdout).toMatch(
      /Texas: BLS OEWS May 2097; national: May 2098\. Two releases: the difference is\s+May 2097 against May 2098\./,
    );
    const row = (label: string) => lines.find((l) => l.startsWith(`│ ${label} `))!;
    expect(row("Area")).toMatch(/31,620 │ 37,440 │ 44,720 │ 54,290 │ 65,310 │ 47,320 │$/);
    expect(row("National")).toMatch(/29,330 │ 33,700 │ 41,230 │ 48,670 │ 60,110 │ 42,640 │$/);
    expect(row("Difference")).toMatch(/\+2,290 │ \+3,740 │ \+3,490 │ \+5,620 │ \+5,200 │ \+4,680 │$/);
    expect(r.stdout).toMatch(/Employment\s+│ 2,400 \(national 12,340\)/);
    expect(r.stdout).toMatch(/Location quotient │ 0\.22/);
    expect(r.stdout).toMatch(/\(1\.0 = the\s+national share/);
    // the national section follows
    expect(r.stdout.indexOf("Wages in Texas")).toBeLessThan(r.stdout.indexOf("\nWages\n"));
  });

  it("every way of naming an area: a metropolitan area by its cities, an AREA code, the nation", async () => {
    const austin = await runJson(["show", "91-1011", "--area", "Austin-Round Rock", "--json"], env());
    expect(austin.result.status, austin.result.stderr).toBe(0);
    // the cross-industry row (NAICS 000000), not the industry row of 62,400
    expect(austin.data.area.area).toMatchObject({ code: "12420", type: "metropolitan" });
    expect(austin.data.area.median.amount).toBe(47940);
    const code = await runJson(["show", "91-1011", "--area", "4800003", "--json"], env());
    expect(code.data.area.area).toMatchObject({ title: "North Texas nonmetropolitan area", type: "nonmetropolitan" });
    expect(code.data.area.median.amount).toBe(34110);
    const national = await runJson(["show", "91-1011", "--area", "national", "--json"], env({ CAREERS_AREA: "TX" }));
    expect(national.result.status).toBe(0);
    expect(national.data).not.toHaveProperty("area");
  });

  it("an area with no estimate: said so, every figure null (never 0), and the national figures", async () => {
    // Abilene's row is all markers: ** and *
    const { data } = await runJson(["show", "91-1011", "--area", "Abilene", "--json"], env());
    expect(data.area.estimate).toBe(false);
    expect(data.area.median).toBeNull();
    expect(data.area.employment).toBeNull();
    expect(data.area.locationQuotient).toBeNull();
    expect(data.area.national.annual.median.amount).toBe(41230);
    const r = await run(["show", "91-1011", "--area", "Abilene", "--section", "wages"], env());
    expect(r.stdout).toMatch(/No estimate for Abilene, TX \(May 2097\)/);
    expect(r.stdout).toContain("41,230");
    expect(r.stdout).not.toMatch(/│ Area /);
    // Alabama has no row of the dream counselors at all
    const none = await runJson(["show", "dream-counselors", "--area", "AL", "--json"], env());
    expect(none.data.area.estimate).toBe(false);
  });

  it("top-coded percentiles are floors, as nationally; employment not published is null", async () => {
    const { data } = await runJson(["show", "cloud-shepherds", "--area", "TX", "--json"], env());
    // Texas, 91-2010: A_MEDIAN # (at least the May 2097 ceiling of 239,200), TOT_EMP **
    expect(data.area.median).toMatchObject({ amount: 239200, atLeast: true, blsBasis: "broad" });
    expect(data.area.annual.pct25).toMatchObject({ amount: 166610 });
    expect(data.area.employment).toBeNull();
    expect(data.area.difference.annual.median).toBeNull();
    const r = await run(["show", "cloud-shepherds", "--area", "TX", "--section", "wages"], env());
    expect(r.stdout).toContain("≥ 239,200");
    expect(r.stdout).toContain("≥: BLS gives only a floor");
  });

  it("an occupation of annual wages only: no hourly table of nothing", async () => {
    const r = await run(["show", "dream-counselors", "--area", "TX", "--section", "wages"], env());
    expect(r.status, r.stderr).toBe(0);
    const inArea = r.stdout.slice(r.stdout.indexOf("Wages in Texas"), r.stdout.indexOf("\nWages\n"));
    expect(inArea).toContain("USD a year");
    expect(inArea).not.toContain("USD an hour");
  });

  it("CAREERS_AREA is the default, and every output says so", async () => {
    const r = await run(["show", "91-1011", "--section", "wages"], env({ CAREERS_AREA: "TX" }));
    expect(r.stdout.split("\n")[0]).toBe("area: Texas (from CAREERS_AREA; --area national for the national figures)");
    const { data } = await runJson(["show", "91-1011", "--json"], env({ CAREERS_AREA: "TX" }));
    expect(data.area.origin).toBe("CAREERS_AREA");
    // --area wins
    const flag = await runJson(["show", "91-1011", "--area", "AL", "--json"], env({ CAREERS_AREA: "TX" }));
    expect(flag.data.area.area.title).toBe("Alabama");
  });
});

describe("bad areas", () => {
  it("an unknown area: the suggestion, exit 2", async () => {
    const r = await run(["show", "91-1011", "--area", "Texs"], env());
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/unknown area "Texs"/);
    expect(r.stderr).toMatch(/Did you mean "Texas"\?/);
    const prefix = await run(["show", "91-1011", "--area", "Alab"], env());
    expect(prefix.status).toBe(2);
    expect(prefix.stderr).toMatch(/Did you mean "Alabama"\?/);
  });

  it("an unknown default: named as CAREERS_AREA's", async () => {
    const r = await run(["show", "91-1011"], env({ CAREERS_AREA: "Texs" }));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown area "Texs" \(CAREERS_AREA\)/);
  });

  it("--area with no state or area estimates imported: a usage error with the way out; CAREERS_AREA a note, the figures national", async () => {
    const r = await run(["show", "91-1011", "--area", "TX"], { env: { CAREERS_HOME: homes.plain() } });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--area TX: no state or area estimates are imported/);
    expect(r.stderr).toMatch(/careers import/);
    const d = await runJson(["show", "91-1011", "--json"], { env: { CAREERS_HOME: homes.plain(), CAREERS_AREA: "TX" } });
    expect(d.result.status).toBe(0);
    expect(d.data).not.toHaveProperty("area");
    expect(d.result.stderr).toMatch(/CAREERS_AREA=TX: no state or area estimates are imported; the figures are national/);
    const national = await run(["show", "91-1011", "--area", "national", "--json"], { env: { CAREERS_HOME: homes.plain() } });
    expect(national.status).toBe(0);
  });

  it("--area on a role: a usage error pointing at its occupation", async () => {
    const r = await run(["show", "clerk", "--area", "TX"], env());
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--area is for imported occupations/);
    expect(r.stderr).toMatch(/careers show 43-4051\.00 --area "TX"/);
    // the default area leaves roles alone
    expect((await run(["show", "clerk"], env({ CAREERS_AREA: "TX" }))).status).toBe(0);
  });
});
