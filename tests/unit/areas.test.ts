/** core/areas.ts: the look-up of an area by what a person types, and an area's figures beside the nation's. */
import { describe, expect, it } from "vitest";
import {
  AMBIGUOUS_AREAS,
  areaLine,
  areaQueries,
  areaReference,
  areaView,
  besideNational,
  findArea,
  nationalWageSets,
  resolveArea,
  wageDifference,
} from "../../src/core/areas.js";
import { blsCodeFor } from "../../src/core/bls-code.js";
import type { AreaFigures, AreaInfo, AreaType, AreaWages } from "../../src/schema/areas.js";
import type { Wage } from "../../src/schema/occupation.js";
import { areaInfo } from "../helpers/areas.js";
import { caught } from "../helpers/caught.js";

let place = 0;
const area = (code: string, title: string, type: AreaType, state: string | null, release = "May 2023"): AreaInfo =>
  areaInfo(place++, code, title, type, state, release);

const TEXAS = area("48", "Texas", 2, "TX");
const CALIFORNIA = area("06", "California", 2, "CA");
const PUERTO_RICO = area("72", "Puerto Rico", 3, "PR");
const AUSTIN = area("12420", "Austin-Round Rock-San Marcos, TX", 4, "TX");
const PORTLAND_OR = area("38900", "Portland-Vancouver-Hillsboro, OR-WA", 4, "OR");
const PORTLAND_ME = area("38860", "Portland-South Portland, ME", 4, "ME");
const ST_LOUIS = area("41180", "St. Louis, MO-IL", 4, "MO");
const NORTH_TEXAS = area("4800003", "North Texas nonmetropolitan area", 6, "TX");
const AREAS = [TEXAS, CALIFORNIA, PUERTO_RICO, AUSTIN, PORTLAND_OR, PORTLAND_ME, ST_LOUIS, NORTH_TEXAS];

const found = (q: string) => {
  const f = findArea(AREAS, q);
  if (f && "area" in f) return f.area.code;
  if (f && "ambiguous" in f) return f.ambiguous.map((a) => a.code);
  return f;
};

describe("findArea", () => {
  it("finds a state by its name or postal code, any case", () => {
    expect(found("Texas")).toBe("48");
    expect(found("texas")).toBe("48");
    expect(found("TX")).toBe("48");
    expect(found("tx")).toBe("48");
    expect(found(" ca ")).toBe("06");
    expect(found("PR")).toBe("72");
  });

  it("finds any area by its AREA code", () => {
    expect(found("12420")).toBe("12420");
    expect(found("4800003")).toBe("4800003");
    expect(found("48")).toBe("48");
  });

  it("finds a metropolitan area by its leading principal cities, with or without its states, or by one of them", () => {
    expect(found("Austin-Round Rock")).toBe("12420");
    expect(found("Austin Round Rock")).toBe("12420");
    expect(found("austin")).toBe("12420");
    expect(found("Austin, TX")).toBe("12420");
    expect(found("Austin-Round Rock-San Marcos")).toBe("12420");
    expect(found("Austin-Round Rock-San Marcos, TX")).toBe("12420");
    expect(found("San Marcos")).toBe("12420");
    expect(found("Round Rock")).toBe("12420");
    expect(found("St. Louis")).toBe("41180");
    expect(found("st louis mo il")).toBe("41180");
  });

  it("a postal code is a state's only: the metropolitan areas in TX are not Texas", () => {
    expect(found("OR")).toBeNull();
  });

  it("the nation by name", () => {
    for (const q of ["national", "US", "U.S.", "United States", "usa"]) expect(findArea(AREAS, q)).toEqual({ national: true });
    expect(findArea([], "national")).toEqual({ national: true });
  });

  it("several areas a name answers to are all given; the strongest way a name matches wins", () => {
    expect(found("Portland")).toEqual(["38900", "38860"]);
    // "South Portland" is a city of one area alone
    expect(found("South Portland")).toBe("38860");
    // the state's title before the nonmetropolitan area that holds it
    expect(found("texas")).toBe("48");
  });

  it("a prefix, a word of a title or a typo finds nothing; nor does an empty name", () => {
    for (const q of ["Tex", "Texs", "Round", "Austin-Round", "", "  ", "Vancouver-Hillsboro"]) expect(found(q), q).toBeNull();
  });
});

describe("resolveArea", () => {
  it("gives the area, or null for the nation", () => {
    expect(resolveArea(AREAS, "TX")).toBe(TEXAS);
    expect(resolveArea(AREAS, "national")).toBeNull();
  });

  it("an unknown name: a usage error with the suggestion, and what an area is", () => {
    const err = caught(() => resolveArea(AREAS, "Texs"));
    expect(err.kind).toBe("usage");
    expect(err.message).toBe('unknown area "Texs"');
    expect(err.hint).toMatch(/^Did you mean "Texas"\? An area is a state \("Texas", "TX"\)/);
    expect(caught(() => resolveArea(AREAS, "Austin-Round")).hint).toMatch(/^Did you mean "Austin-Round Rock-San Marcos"\?/);
    expect(caught(() => resolveArea(AREAS, "zzzzqqq")).hint).toMatch(/^An area is/);
  });

  it("says where a name came from when it is the default", () => {
    expect(caught(() => resolveArea(AREAS, "Texs", "CAREERS_AREA")).message).toBe('unknown area "Texs" (CAREERS_AREA)');
  });

  it("a name several areas answer to: each by its code, to give one", () => {
    const err = caught(() => resolveArea(AREAS, "Portland"));
    expect(err.kind).toBe("usage");
    expect(err.message).toBe('"Portland" names 2 areas');
    expect(err.hint).toBe("Give one by its code: 38900 (Portland-Vancouver-Hillsboro, OR-WA), 38860 (Portland-South Portland, ME).");
  });

  it("names at most ten of many, and says how many more", () => {
    const many = Array.from({ length: AMBIGUOUS_AREAS + 2 }, (_, i) => area(`9${i}`, `Springfield-Town${i}, XX`, 4, "XX"));
    const err = caught(() => resolveArea(many, "Springfield"));
    expect(err.message).toBe(`"Springfield" names ${AMBIGUOUS_AREAS + 2} areas`);
    expect(err.hint).toMatch(/, and 2 more\.$/);
    expect(err.hint!.match(/\(Springfield/g)).toHaveLength(AMBIGUOUS_AREAS);
  });
});

describe("areaQueries", () => {
  it("each --area given, trimmed; else CAREERS_AREA; else none", () => {
    expect(areaQueries(["CA", " TX "], "NY")).toEqual([
      { query: "CA", origin: "--area" },
      { query: "TX", origin: "--area" },
    ]);
    expect(areaQueries("CA", "NY")).toEqual([{ query: "CA", origin: "--area" }]);
    expect(areaQueries(undefined, " NY ")).toEqual([{ query: "NY", origin: "CAREERS_AREA" }]);
    expect(areaQueries([], "NY")).toEqual([{ query: "NY", origin: "CAREERS_AREA" }]);
    expect(areaQueries(["  "], "")).toEqual([]);
    expect(areaQueries(undefined, undefined)).toEqual([]);
  });
});

const wage = (amount: number | null, more: Partial<Wage> = {}): Wage => ({ amount, ...more });
const wages = (m: number, top = false): AreaWages => ({
  mean: wage(m),
  pct10: wage(m * 0.6),
  pct25: wage(m * 0.8),
  median: top ? wage(null, { topCoded: true, atLeast: 239200 }) : wage(m),
  pct75: wage(m * 1.2),
  pct90: wage(null, { notAvailable: "*" }),
});
const record = (over: Partial<AreaFigures> = {}): AreaFigures => ({
  area: TEXAS.place,
  employment: 217000,
  jobsPer1000: 16.5,
  locationQuotient: 0.87,
  annual: wages(85110),
  hourly: wages(40.92),
  ...over,
});

describe("areaView", () => {
  it("an area's figures in the output's shapes, dated by the area's release", () => {
    const v = areaView(TEXAS, record());
    expect(v.area).toEqual({ code: "48", title: "Texas", type: "state", state: "TX", source: "BLS OEWS", asOf: "May 2023" });
    expect(v.estimate).toBe(true);
    expect(v.median).toEqual({ amount: 85110, currency: "USD", period: "year", source: "BLS OEWS", asOf: "May 2023" });
    expect(v.annual.median).toEqual(v.median);
    expect(v.hourly.median).toEqual({ amount: 40.92, currency: "USD", period: "hour", source: "BLS OEWS", asOf: "May 2023" });
    expect(v.annual.pct90).toBeNull();
    expect(v.employment).toEqual({ count: 217000, source: "BLS OEWS", asOf: "May 2023" });
    expect(v.jobsPer1000).toBe(16.5);
    expect(v.locationQuotient).toBe(0.87);
    expect(v).not.toHaveProperty("blsBasis");
  });

  it("a top-coded median is its floor, marked atLeast", () => {
    expect(areaView(TEXAS, record({ annual: wages(85110, true) })).median).toMatchObject({ amount: 239200, atLeast: true });
  });

  it("no record, or one of markers only: no estimate, every figure null, never 0", () => {
    for (const r of [undefined, record({ employment: null, jobsPer1000: null, locationQuotient: null, annual: none(), hourly: none() })]) {
      const v = areaView(TEXAS, r);
      expect(v.estimate).toBe(false);
      expect(v.median).toBeNull();
      expect(Object.values(v.annual).every((m) => m === null)).toBe(true);
      expect(Object.values(v.hourly).every((m) => m === null)).toBe(true);
      expect([v.employment, v.jobsPer1000, v.locationQuotient]).toEqual([null, null, null]);
    }
  });

  it("a record with employment alone is an estimate", () => {
    expect(areaView(TEXAS, record({ annual: none(), hourly: none(), jobsPer1000: null, locationQuotient: null })).estimate).toBe(true);
    expect(areaView(TEXAS, record({ annual: none(), hourly: none(), employment: null, locationQuotient: null })).estimate).toBe(true);
    expect(areaView(TEXAS, record({ annual: none(), hourly: none(), employment: null, jobsPer1000: null })).estimate).toBe(true);
    const topOnly = { ...none(), median: wage(null, { topCoded: true, atLeast: 239200 }) };
    expect(
      areaView(TEXAS, record({ annual: topOnly, hourly: none(), employment: null, jobsPer1000: null, locationQuotient: null })).estimate,
    ).toBe(true);
    expect(
      areaView(
        TEXAS,
        record({ annual: none(), hourly: { ...none(), mean: wage(20) }, employment: null, jobsPer1000: null, locationQuotient: null }),
      ).estimate,
    ).toBe(true);
  });

  it("figures of a wider BLS occupation are marked, as nationally", () => {
    const v = areaView(TEXAS, record(), "broad");
    expect(v.blsBasis).toBe("broad");
    expect(v.median?.blsBasis).toBe("broad");
    expect(v.employment?.blsBasis).toBe("broad");
    expect(areaView(TEXAS, record(), "detailed")).not.toHaveProperty("blsBasis");
  });
});

function none(): AreaWages {
  const n = wage(null, { notAvailable: "*" });
  return { mean: n, pct10: n, pct25: n, median: n, pct75: n, pct90: n };
}

describe("the area beside the nation", () => {
  const national = { annual: wages(93600), hourly: wages(45), period: "May 2024" };

  it("the difference, area minus national, and its percentage of the national figure", () => {
    const d = wageDifference(areaView(TEXAS, record()), nationalWageSets(national, "May 2024"));
    // 85,110 - 93,600 = -8,490; -8,490 / 93,600 = -9.07%
    expect(d.annual.median).toEqual({ amount: -8490, percent: -9.1 });
    expect(d.hourly.median).toEqual({ amount: -4.08, percent: -9.1 });
    // a figure either side lacks, or gives only as a floor: no difference
    expect(d.annual.pct90).toBeNull();
    const top = wageDifference(areaView(TEXAS, record({ annual: wages(85110, true) })), nationalWageSets(national, "May 2024"));
    expect(top.annual.median).toBeNull();
    const nationTop = wageDifference(areaView(TEXAS, record()), nationalWageSets({ ...national, annual: wages(93600, true) }, "May 2024"));
    expect(nationTop.annual.median).toBeNull();
    expect(nationTop.annual.mean).toEqual({ amount: -8490, percent: -9.1 });
  });

  it("says whether the two are of one release", () => {
    const b = besideNational(areaView(TEXAS, record()), "CAREERS_AREA", { wages: national, employment: null });
    expect(b.sameRelease).toBe(false);
    expect(b.origin).toBe("CAREERS_AREA");
    expect(b.national.asOf).toBe("May 2024");
    expect(b.national.annual.median).toMatchObject({ amount: 93600, asOf: "May 2024" });
    expect(b.difference.annual.median).toEqual({ amount: -8490, percent: -9.1 });
    const same = besideNational(areaView(TEXAS, record()), "--area", { wages: { ...national, period: "May 2023" }, employment: null });
    expect(same.sameRelease).toBe(true);
  });

  it("without national wages, the national figures are null and so is every difference", () => {
    const b = besideNational(areaView(TEXAS, record()), "--area", { wages: null, employment: null });
    expect(b.national.asOf).toBeNull();
    expect(Object.values(b.national.annual).every((m) => m === null)).toBe(true);
    expect(Object.values(b.difference.annual).every((d) => d === null)).toBe(true);
  });

  it("names the area, and where it came from when it is the default", () => {
    expect(areaLine(areaReference(TEXAS), "--area")).toBe("area: Texas");
    expect(areaLine(areaReference(TEXAS), "CAREERS_AREA")).toBe(
      "area: Texas (from CAREERS_AREA; --area national for the national figures)",
    );
    expect(areaReference(AUSTIN).type).toBe("metropolitan");
    expect(areaReference(NORTH_TEXAS).type).toBe("nonmetropolitan");
    expect(areaReference(PUERTO_RICO).type).toBe("territory");
  });
});

describe("blsCodeFor", () => {
  const has = (codes: string[]) => (c: string) => codes.includes(c);
  it("the SOC code, else the combined code, else the broad group", () => {
    expect(blsCodeFor("29-1141.00", has(["29-1141"]))).toEqual({ code: "29-1141", basis: "detailed" });
    expect(blsCodeFor("29-1141.01", has(["29-1141"]))).toEqual({ code: "29-1141", basis: "part" });
    expect(blsCodeFor("21-1011.00", has(["21-1018", "21-1010"]))).toEqual({ code: "21-1018", basis: "combined" });
    expect(blsCodeFor("21-1011.00", has(["21-1010"]))).toEqual({ code: "21-1010", basis: "broad" });
    expect(blsCodeFor("91-2013.00", has(["91-2010"]))).toEqual({ code: "91-2010", basis: "broad" });
    expect(blsCodeFor("91-2010.00", has([]))).toBeNull();
    expect(blsCodeFor("91-2013.00", has(["91-2011"]))).toBeNull();
  });
});
