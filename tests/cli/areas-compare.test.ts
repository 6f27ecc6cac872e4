/**
 * compare --area, in-process, over the invented releases with the May 2097 state and metropolitan
 * workbooks imported (tests/helpers/import-fixtures.ts STATE_ROWS, METRO_ROWS; national OEWS_ROWS, May
 * 2098). Expected figures are read off those rows.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importedAreaHome } from "../helpers/import-fixtures.js";
import { run, runJson } from "../helpers/run.js";

let areaHome: { home: string; cleanup: () => void };
beforeAll(async () => {
  areaHome = await importedAreaHome();
});
afterAll(() => areaHome?.cleanup());
const env = () => ({ env: { CAREERS_HOME: areaHome.home, COLUMNS: "120" } });

describe("careers compare <occupation> --area <areas...>", () => {
  it("--json: one occupation across areas, each beside the national figures with the difference", async () => {
    const { data, result } = await runJson(["compare", "91-1011", "--area", "TX", "AL", "Austin", "Abilene", "--json"], env());
    expect(result.status, result.stderr).toBe(0);
    expect(data.areas.map((a: { code: string; asOf: string }) => [a.code, a.asOf])).toEqual([
      ["48", "May 2097"],
      ["01", "May 2097"],
      ["12420", "May 2097"],
      ["10180", "May 2097"],
    ]);
    expect(data.occupations).toHaveLength(1);
    const o = data.occupations[0];
    expect(o).toMatchObject({ code: "91-1011.00", title: "Lantern Keepers", source: "onet" });
    // national May 2098: A_MEDIAN 41,230, 12,340 employed
    expect(o.national.median).toMatchObject({ amount: 41230, asOf: "May 2098" });
    expect(o.national.employment).toMatchObject({ count: 12340 });
    const [tx, al, austin, abilene] = o.areas;
    // Texas A_MEDIAN 44,720: +3,490, 8.5% of 41,230; Alabama 37,020: -4,210, -10.2%; Austin 47,940: +6,710, +16.3%
    expect(tx).toMatchObject({ area: "48", estimate: true, jobsPer1000: 0.18, locationQuotient: 0.22, sameRelease: false });
    expect(tx.median).toMatchObject({ amount: 44720, asOf: "May 2097" });
    expect(tx.difference.annual.median).toEqual({ amount: 3490, percent: 8.5 });
    expect(tx.hourly.median).toMatchObject({ amount: 21.5, period: "hour" });
    expect(al.difference.annual.median).toEqual({ amount: -4210, percent: -10.2 });
    expect(austin.median.amount).toBe(47940);
    expect(austin.difference.annual.median).toEqual({ amount: 6710, percent: 16.3 });
    // Abilene: markers only, no estimate, never 0
    expect(abilene).toMatchObject({ area: "10180", estimate: false, median: null, employment: null, locationQuotient: null });
    expect(abilene.difference.annual.median).toBeNull();
  });

  it("the table: a row per area and the nation, the difference, the releases said", async () => {
    const r = await run(["compare", "91-1011", "--area", "TX", "AL", "Abilene"], env());
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.split("\n")[0]).toBe("areas: Texas, Alabama, Abilene, TX");
    expect(r.stdout).toMatch(/│ Texas \(May 2097\) +│ +44,720 │ +\+3,490 \(\+8\.5%\) │ +31,620 │ +65,310 │ +2,400 │ +0\.22 │/);
    expect(r.stdout).toMatch(/│ Alabama \(May 2097\) +│ +37,020 │ +-4,210 \(-10\.2%\) │/);
    expect(r.stdout).toMatch(/│ Abilene, TX \(May 2097\) +│ +n\/a │ +no estimate │/);
    expect(r.stdout).toMatch(/│ National \(May 2098\) +│ +41,230 │ +│ +29,330 │ +60,110 │ +12,340 │/);
    expect(r.stdout).toMatch(/Two releases: the areas' figures are BLS OEWS May 2097, the national ones May\s+2098/);
  });

  it("several occupations in one area: a row per occupation, the national median beside", async () => {
    const { data } = await runJson(["compare", "91-1011", "21-1011", "91-2013", "--area", "TX", "--json"], env());
    expect(data.occupations.map((o: { code: string }) => o.code)).toEqual(["91-1011.00", "21-1011.00", "91-2013.00"]);
    // 21-1011 as 21-1018 (combined): Texas 55,400; 91-2013 as 91-2010 (broad): # at the 239,200 ceiling
    expect(data.occupations[1].areas[0].median).toMatchObject({ amount: 55400, blsBasis: "combined" });
    expect(data.occupations[2].areas[0].median).toMatchObject({ amount: 239200, atLeast: true, blsBasis: "broad" });
    expect(data.occupations[2].areas[0].difference.annual.median).toBeNull();
    const r = await run(["compare", "91-1011", "21-1011", "--area", "Texas"], env());
    expect(r.stdout.split("\n")[0]).toBe("area: Texas");
    expect(r.stdout).toMatch(/│ Lantern Keepers \(91-1011\.00\) +│ +44,720 │ +\+3,490 \(\+8\.5%\) │ +41,230 │ +2,400 │ +0\.22 │/);
    expect(r.stdout).toMatch(/│ Dream Counselors \(21-1011\.00\) +│ +55,400‡ │/);
  });

  it("csv: a row per occupation and area, the national figures beside", async () => {
    const r = await run(["compare", "91-1011", "--area", "TX", "AL", "--format", "csv"], env());
    const [head, ...rows] = r.stdout.trim().split(/\r?\n/);
    expect(head).toBe(
      "code,title,area,areaTitle,asOf,estimate,median,medianAtLeast,pct10,pct25,pct75,pct90,mean,hourlyMedian,employment,jobsPer1000,locationQuotient,nationalMedian,nationalAsOf,difference,differencePercent",
    );
    expect(rows).toEqual([
      "91-1011.00,Lantern Keepers,48,Texas,May 2097,true,44720,false,31620,37440,54290,65310,47320,21.5,2400,0.18,0.22,41230,May 2098,3490,8.5",
      "91-1011.00,Lantern Keepers,01,Alabama,May 2097,true,37020,false,25170,30160,44100,53250,38480,17.8,1200,0.61,0.75,41230,May 2098,-4210,-10.2",
    ]);
  });

  it("bad input: an unknown area (the suggestion), --area national, a role with no link, --from-history; exit 2", async () => {
    const typo = await run(["compare", "91-1011", "--area", "TX", "Alabma"], env());
    expect(typo.status).toBe(2);
    expect(typo.stderr).toMatch(/unknown area "Alabma"/);
    expect(typo.stderr).toContain("Alabama");
    const national = await run(["compare", "91-1011", "--area", "national"], env());
    expect(national.status).toBe(2);
    expect(national.stderr).toContain("--area national");
    const role = await run(["compare", "manager", "--area", "TX"], env());
    expect(role.status).toBe(2);
    expect(role.stderr).toContain("Customer Service Manager links to none that is imported");
    const history = await run(["compare", "91-1011", "--from-history", "--area", "TX"], env());
    expect(history.status).toBe(2);
    expect(history.stderr).toContain("--from-history does not apply");
    const many = await run(
      ["compare", "91-1011", "--area", "TX", "AL", "Austin", "Abilene", "Dallas", "4800003", "48", "01", "12420"],
      env(),
    );
    // nine names, six areas once each (48, 01 and 12420 again): within the eight
    expect(many.status, many.stderr).toBe(0);
  });
});
