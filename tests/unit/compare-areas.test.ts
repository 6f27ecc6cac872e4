/** core/compare-areas.ts: occupations' figures in areas beside the national ones, and how many compare takes. */
import { describe, expect, it } from "vitest";
import { areaReference, areaView } from "../../src/core/areas.js";
import { MAX_ROLES } from "../../src/core/compare.js";
import { checkAreaCounts, compareAreas, MAX_AREAS } from "../../src/core/compare-areas.js";
import type { AreaFigures, AreaInfo, AreaWages } from "../../src/schema/areas.js";
import { caught } from "../helpers/caught.js";

const info = (place: number, code: string, title: string, release: string): AreaInfo => ({
  place,
  code,
  title,
  type: 2,
  state: code === "48" ? "TX" : "CA",
  release,
  annualCeiling: 239200,
  hourlyCeiling: 115,
});
const TEXAS = info(0, "48", "Texas", "May 2023");
const CALIFORNIA = info(1, "06", "California", "May 2024");
const wages = (median: number, scale = 1): AreaWages => ({
  mean: { amount: median * 1.1 * scale },
  pct10: { amount: median * 0.6 * scale },
  pct25: { amount: median * 0.8 * scale },
  median: { amount: median * scale },
  pct75: { amount: median * 1.2 * scale },
  pct90: { amount: null, topCoded: true, atLeast: 239200 },
});
const record = (area: number, median: number): AreaFigures => ({
  area,
  employment: 1000,
  jobsPer1000: 2.5,
  locationQuotient: 1.2,
  annual: wages(median),
  hourly: wages(median / 2080),
});
const reference = { id: "registered-nurses", code: "29-1141.00", title: "Registered Nurses", source: "onet" as const };
const national = {
  wages: { annual: wages(86070), hourly: wages(86070 / 2080), period: "May 2024" },
  employment: { count: 3_282_010, source: "BLS OEWS", asOf: "May 2024" },
};

describe("compareAreas", () => {
  const result = compareAreas(
    [
      { area: areaReference(TEXAS), origin: "--area" },
      { area: areaReference(CALIFORNIA), origin: "--area" },
    ],
    [{ reference, national, views: [areaView(TEXAS, record(0, 85110)), areaView(CALIFORNIA, record(1, 133990))] }],
  );

  it("names the areas in the order given, with where they came from", () => {
    expect(result.areas).toEqual([
      { ...areaReference(TEXAS), origin: "--area" },
      { ...areaReference(CALIFORNIA), origin: "--area" },
    ]);
  });

  it("gives each occupation's national figures once, and its figures in each area with the difference", () => {
    const [o] = result.occupations;
    expect(o).toMatchObject(reference);
    expect(o!.national.median).toEqual({ amount: 86070, currency: "USD", period: "year", source: "BLS OEWS", asOf: "May 2024" });
    expect(o!.national.annual.median).toEqual(o!.national.median);
    expect(o!.national.employment).toEqual(national.employment);
    expect(o!.national.asOf).toBe("May 2024");
    const [tx, ca] = o!.areas;
    expect(tx).toMatchObject({ area: "48", estimate: true, jobsPer1000: 2.5, locationQuotient: 1.2, sameRelease: false });
    expect(tx!.median).toMatchObject({ amount: 85110, asOf: "May 2023" });
    expect(tx!.employment).toEqual({ count: 1000, source: "BLS OEWS", asOf: "May 2023" });
    // 85,110 - 86,070 = -960, -1.1%; 133,990 - 86,070 = 47,920, +55.7%
    expect(tx!.difference.annual.median).toEqual({ amount: -960, percent: -1.1 });
    expect(ca!.difference.annual.median).toEqual({ amount: 47920, percent: 55.7 });
    expect(ca!.sameRelease).toBe(true);
    // a top-coded wage is a floor: no difference
    expect(ca!.difference.annual.pct90).toBeNull();
    expect(ca!.hourly.median?.period).toBe("hour");
    expect(Object.keys(tx!).sort()).toEqual(
      [
        "annual",
        "area",
        "difference",
        "employment",
        "estimate",
        "hourly",
        "jobsPer1000",
        "locationQuotient",
        "median",
        "sameRelease",
      ].sort(),
    );
  });

  it("an area with no estimate: every figure null, never 0; no national wages: null medians", () => {
    const none = compareAreas(
      [{ area: areaReference(TEXAS), origin: "--area" }],
      [{ reference, national: { wages: null, employment: null }, views: [areaView(TEXAS, undefined)] }],
    );
    const [o] = none.occupations;
    expect(o!.national).toMatchObject({ median: null, employment: null, asOf: null });
    expect(o!.areas[0]).toMatchObject({ estimate: false, median: null, employment: null, locationQuotient: null });
    expect(o!.areas[0]!.difference.annual.median).toBeNull();
  });
});

describe("checkAreaCounts", () => {
  it(`takes up to ${MAX_ROLES} occupations and ${MAX_AREAS} areas`, () => {
    expect(() => checkAreaCounts(1, 1)).not.toThrow();
    expect(() => checkAreaCounts(MAX_ROLES, MAX_AREAS)).not.toThrow();
    const roles = caught(() => checkAreaCounts(MAX_ROLES + 1, 1));
    expect(roles.kind).toBe("usage");
    expect(roles.message).toBe(`compare --area takes at most ${MAX_ROLES} occupations, not ${MAX_ROLES + 1}`);
    const areas = caught(() => checkAreaCounts(1, MAX_AREAS + 1));
    expect(areas.message).toBe(`compare --area takes at most ${MAX_AREAS} areas, not ${MAX_AREAS + 1}`);
    expect(areas.hint).toContain("careers wages <occupation>");
    expect(roles.hint).toContain("careers list --area");
  });
});
