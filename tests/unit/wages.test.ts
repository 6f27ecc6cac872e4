/** core/wages.ts: one occupation in every area, sorted by one figure, beside the national figures. */
import { describe, expect, it } from "vitest";
import {
  AREA_GROUPS,
  areaReleases,
  areaWages,
  compareRows,
  GROUP_TYPES,
  nationalFigure,
  sortFigure,
  WAGE_SORTS,
  type WagesInput,
} from "../../src/core/wages.js";
import type { AreaFigures, AreaInfo, AreaType, AreaWages } from "../../src/schema/areas.js";
import type { Wage, Wages } from "../../src/schema/occupation.js";
import { areaInfo } from "../helpers/areas.js";

/** [code, title, type, state, release] of each area, its place its index */
const AREA_ROWS: [string, string, AreaType, string, string][] = [
  ["48", "Texas", 2, "TX", "May 2023"],
  ["01", "Alabama", 2, "AL", "May 2023"],
  ["72", "Puerto Rico", 3, "PR", "May 2023"],
  ["12420", "Austin-Round Rock-San Marcos, TX", 4, "TX", "May 2024"],
  ["4800003", "North Texas nonmetropolitan area", 6, "TX", "May 2024"],
  ["10180", "Abilene, TX", 4, "TX", "May 2024"],
];
const AREAS: AreaInfo[] = AREA_ROWS.map(([code, title, type, state, release], place) => areaInfo(place, code, title, type, state, release));

const w = (amount: number | null): Wage => (amount === null ? { amount: null, notAvailable: "*" } : { amount });
/** mean, pct10, pct25, median, pct75, pct90, each a wage or a marker */
const set = (median: number | null, pct90: number | null = null): AreaWages => ({
  mean: w(median),
  pct10: w(null),
  pct25: w(null),
  median: w(median),
  pct75: w(null),
  pct90: w(pct90),
});
/** A record of area `place`: annual median and 90th, employment, location quotient; hourly ones where given */
const rec = (
  place: number,
  median: number | null,
  pct90: number | null,
  employment: number | null,
  lq: number | null,
  hourly: number | null = null,
): AreaFigures => ({
  area: place,
  employment,
  jobsPer1000: employment === null ? null : employment / 1000,
  locationQuotient: lq,
  annual: set(median, pct90),
  hourly: set(hourly),
});

const RECORDS = [
  rec(0, 85110, 120000, 217000, 0.87),
  rec(1, 65900, 90000, 48000, 1.12),
  rec(2, 40000, 52000, 9000, 0.5),
  rec(3, 95000, 130000, 15000, 1.3),
  rec(4, 70000, null, 2000, 1.3),
  rec(5, null, null, null, null),
];

const NATIONAL: Wages = {
  bls: { code: "29-1141", title: "Registered Nurses", basis: "detailed" },
  period: "May 2024",
  employment: 3282010,
  annual: set(93600, 135320),
  hourly: set(45),
};

const input = (over: Partial<WagesInput> = {}): WagesInput => ({
  occupation: { id: "registered-nurses", code: "29-1141.00", title: "Registered Nurses", source: "onet" },
  code: { code: "29-1141", basis: "detailed" },
  blsTitle: "Registered Nurses",
  areas: AREAS,
  records: RECORDS,
  wages: NATIONAL,
  employment: { count: 3282010, source: "BLS OEWS", asOf: "May 2024" },
  sort: "median",
  type: "all",
  limit: 0,
  ...over,
});
const codes = (over: Partial<WagesInput> = {}) => areaWages(input(over)).results.map((r) => r.area.code);

describe("the choices", () => {
  it("--sort and --type, and the kinds of area each --type holds", () => {
    expect(WAGE_SORTS).toEqual(["median", "employment", "lq", "p90"]);
    expect(AREA_GROUPS).toEqual(["state", "metro"]);
    expect(GROUP_TYPES).toEqual({ state: [2, 3], metro: [4, 6] });
  });
});

describe("areaWages", () => {
  it("every area with a record, highest median first, the one without last", () => {
    expect(codes()).toEqual(["12420", "48", "4800003", "01", "72", "10180"]);
    const r = areaWages(input());
    expect(r.shown).toEqual({ rows: 6, of: 6 });
    expect(r.results[1]!.median).toEqual({ amount: 85110, currency: "USD", period: "year", source: "BLS OEWS", asOf: "May 2023" });
    expect(r.results[5]!.estimate).toBe(false);
  });

  it("names the occupation, its BLS code and how it meets it, the sort and the kind asked for", () => {
    const r = areaWages(input({ sort: "lq", type: "state" }));
    expect(r.occupation).toEqual({ id: "registered-nurses", code: "29-1141.00", title: "Registered Nurses", source: "onet" });
    expect(r.bls).toEqual({ code: "29-1141", title: "Registered Nurses", basis: "detailed" });
    expect([r.sort, r.type]).toEqual(["lq", "state"]);
  });

  it("the BLS title where the areas' head has none is the occupation's; no code: no BLS reference", () => {
    expect(areaWages(input({ blsTitle: null })).bls).toEqual({ code: "29-1141", title: "Registered Nurses", basis: "detailed" });
    const none = areaWages(input({ code: null, records: [] }));
    expect(none.bls).toBeNull();
    expect(none.results).toEqual([]);
    expect(none.shown).toEqual({ rows: 0, of: 0 });
  });

  it("--type state: states and territories; metro: metropolitan and nonmetropolitan areas", () => {
    expect(codes({ type: "state" })).toEqual(["48", "01", "72"]);
    expect(codes({ type: "metro" })).toEqual(["12420", "4800003", "10180"]);
  });

  it("a record of an area the head does not name is left out", () => {
    expect(codes({ records: [...RECORDS, rec(40, 99999, null, 1, 1)] })).toHaveLength(6);
  });

  it("--limit: the first rows, of how many", () => {
    const r = areaWages(input({ limit: 2 }));
    expect(r.results.map((x) => x.area.code)).toEqual(["12420", "48"]);
    expect(r.shown).toEqual({ rows: 2, of: 6 });
    expect(areaWages(input({ limit: 0 })).shown).toEqual({ rows: 6, of: 6 });
  });

  it("each sort: employment, the location quotient (ties by title), the 90th percentile", () => {
    expect(codes({ sort: "employment" })).toEqual(["48", "01", "12420", "72", "4800003", "10180"]);
    // Austin and North Texas both 1.3: Austin-Round Rock before North Texas by title
    expect(codes({ sort: "lq" })).toEqual(["12420", "4800003", "01", "48", "72", "10180"]);
    // North Texas and Abilene have no 90th percentile: after every area that has one, by title
    expect(codes({ sort: "p90" })).toEqual(["12420", "48", "01", "72", "10180", "4800003"]);
  });

  it("whether each area is of the national release; the national figures in the same shapes", () => {
    const r = areaWages(input());
    expect(r.results.map((x) => x.sameRelease)).toEqual([true, false, true, false, false, true]);
    expect(r.national.asOf).toBe("May 2024");
    expect(r.national.annual.median).toMatchObject({ amount: 93600, asOf: "May 2024" });
    expect(r.national.annual.pct90).toMatchObject({ amount: 135320 });
    expect(r.national.hourly.median).toMatchObject({ amount: 45, period: "hour" });
    expect(r.national.employment).toEqual({ count: 3282010, source: "BLS OEWS", asOf: "May 2024" });
  });

  it("without national wages: every national figure null, and no area is of their release", () => {
    const r = areaWages(input({ wages: null, employment: null }));
    expect(r.national.asOf).toBeNull();
    expect(Object.values(r.national.annual).every((m) => m === null)).toBe(true);
    expect(r.national.employment).toBeNull();
    expect(r.results.every((x) => !x.sameRelease)).toBe(true);
  });

  it("figures of a wider BLS occupation are marked so", () => {
    const r = areaWages(input({ code: { code: "29-1140", basis: "broad" } }));
    expect(r.bls).toMatchObject({ code: "29-1140", basis: "broad" });
    expect(r.results[0]!.blsBasis).toBe("broad");
    expect(r.results[0]!.median).toMatchObject({ blsBasis: "broad" });
    expect(r.national.annual.median).toMatchObject({ blsBasis: "broad" });
  });
});

describe("sortFigure and nationalFigure", () => {
  const view = (over: Partial<Parameters<typeof sortFigure>[0]> = {}) => ({
    annual: { median: null, pct90: null },
    hourly: { median: null, pct90: null },
    employment: null,
    locationQuotient: null,
    ...over,
  });
  const money = (amount: number, period: "year" | "hour" = "year") => ({ amount, currency: "USD", period, source: "BLS OEWS", asOf: null });

  it("a wage a year, else an hour where BLS gives only hourly ones; employment's count; the quotient", () => {
    const v = view({
      annual: { median: money(50000), pct90: money(80000) } as never,
      employment: { count: 120, source: "BLS OEWS", asOf: null },
      locationQuotient: 0.4,
    });
    expect(WAGE_SORTS.map((s) => sortFigure(v as never, s))).toEqual([50000, 120, 0.4, 80000]);
    const hourly = view({ hourly: { median: money(21.5, "hour"), pct90: money(40, "hour") } as never });
    expect(sortFigure(hourly as never, "median")).toBe(21.5);
    expect(sortFigure(hourly as never, "p90")).toBe(40);
    expect(WAGE_SORTS.map((s) => sortFigure(view() as never, s))).toEqual([null, null, null, null]);
  });

  it("the nation: its median or 90th percentile; 1 for the location quotient; none for employment (a total)", () => {
    const national = areaWages(input()).national;
    expect(WAGE_SORTS.map((s) => nationalFigure(national, s))).toEqual([93600, null, 1, 135320]);
    expect(nationalFigure(areaWages(input({ wages: null })).national, "median")).toBeNull();
  });
});

describe("compareRows", () => {
  const rows = areaWages(input()).results;
  const by = (code: string) => rows.find((r) => r.area.code === code)!;

  it("higher first, either way round; a missing figure after any", () => {
    expect(compareRows(by("48"), by("01"), "median")).toBeLessThan(0);
    expect(compareRows(by("01"), by("48"), "median")).toBeGreaterThan(0);
    expect(compareRows(by("10180"), by("72"), "median")).toBe(1);
    expect(compareRows(by("72"), by("10180"), "median")).toBe(-1);
  });

  it("ties by title, then by code; the same row is no order", () => {
    expect(compareRows(by("12420"), by("4800003"), "lq")).toBeLessThan(0);
    expect(compareRows(by("4800003"), by("12420"), "lq")).toBeGreaterThan(0);
    const twin = { ...by("48"), area: { ...by("48").area, code: "99" } };
    expect(compareRows(by("48"), twin, "median")).toBeLessThan(0);
    expect(compareRows(twin, by("48"), "median")).toBeGreaterThan(0);
    expect(compareRows(by("48"), by("48"), "median")).toBe(0);
    // two without the figure: by title
    const other = { ...by("10180"), area: { ...by("10180").area, title: "Zapata, TX" } };
    expect(compareRows(by("10180"), other, "median")).toBeLessThan(0);
  });
});

describe("areaReleases", () => {
  it("each release once, in the order first met", () => {
    expect(areaReleases(areaWages(input()).results)).toEqual(["May 2024", "May 2023"]);
    expect(areaReleases([])).toEqual([]);
  });
});
