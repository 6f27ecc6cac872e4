/** core/area-rows.ts: a listing's rows in one area; loader/area-file.ts: where one area's record of an occupation can be. */
import { describe, expect, it } from "vitest";
import { listingArea, noEstimate, rowInArea } from "../../src/core/area-rows.js";
import { type AreaView, areaReference } from "../../src/core/areas.js";
import { AreaRecords, areaWindow, decodeRecords, recordOfArea, type StoredAreaOccupation } from "../../src/loader/area-file.js";
import type { AreaInfo } from "../../src/schema/areas.js";
import { DATASET_FORMAT } from "../../src/schema/occupation.js";
import type { Money } from "../../src/schema/output.js";

const TEXAS: AreaInfo = {
  place: 3,
  code: "48",
  title: "Texas",
  type: 2,
  state: "TX",
  release: "May 2023",
  annualCeiling: 239200,
  hourlyCeiling: 115,
};
const reference = areaReference(TEXAS);
const money = (amount: number, asOf: string): Money => ({ amount, currency: "USD", period: "year", source: "BLS OEWS", asOf });
const view = (over: Partial<AreaView> = {}): AreaView => ({
  area: reference,
  estimate: true,
  median: money(85110, "May 2023"),
  annual: {} as AreaView["annual"],
  hourly: {} as AreaView["hourly"],
  employment: { count: 219330, source: "BLS OEWS", asOf: "May 2023" },
  jobsPer1000: 16.5,
  locationQuotient: 0.88,
  ...over,
});
const row = { id: "registered-nurses", code: "29-1141.00", source: "onet", median: money(86070, "May 2024") };

describe("rowInArea", () => {
  it("puts the area's median in place of the row's, with the area's figures and the national median beside", () => {
    expect(rowInArea(row, view(), reference)).toEqual({
      ...row,
      median: money(85110, "May 2023"),
      area: {
        estimate: true,
        note: null,
        employment: { count: 219330, source: "BLS OEWS", asOf: "May 2023" },
        jobsPer1000: 16.5,
        locationQuotient: 0.88,
        national: money(86070, "May 2024"),
      },
    });
  });

  it("no estimate: the median null, never 0, and the note; the national median kept", () => {
    const none = rowInArea(
      row,
      view({ estimate: false, median: null, employment: null, jobsPer1000: null, locationQuotient: null }),
      reference,
    );
    expect(none.median).toBeNull();
    expect(none.area).toEqual({
      estimate: false,
      note: "no estimate for Texas",
      employment: null,
      jobsPer1000: null,
      locationQuotient: null,
      national: money(86070, "May 2024"),
    });
    // a record of markers for the median but figures otherwise: an estimate without a median
    const noMedian = rowInArea(row, view({ median: null }), reference);
    expect(noMedian.median).toBeNull();
    expect(noMedian.area).toMatchObject({ estimate: true, note: "no estimate for Texas", locationQuotient: 0.88 });
    // a view that says it has no estimate gives no median even if one were there
    expect(rowInArea(row, view({ estimate: false }), reference).median).toBeNull();
  });

  it("a guide role (no view): no estimate, its own median beside", () => {
    const role = { id: "clerk", source: "bundled", median: money(38400, "May 2023") };
    expect(rowInArea(role, null, reference)).toEqual({
      ...role,
      median: null,
      area: {
        estimate: false,
        note: "no estimate for Texas (no SOC figures)",
        employment: null,
        jobsPer1000: null,
        locationQuotient: null,
        national: money(38400, "May 2023"),
      },
    });
    expect(noEstimate(reference, false)).toBe("no estimate for Texas");
  });

  it("listingArea: the area, where it came from, and the line", () => {
    expect(listingArea(reference, "--area")).toEqual({ ...reference, origin: "--area", line: "area: Texas" });
    expect(listingArea(reference, "CAREERS_AREA").line).toBe("area: Texas (from CAREERS_AREA; --area national for the national figures)");
  });
});

describe("areaWindow and recordOfArea", () => {
  const o = (start: number, count: number): StoredAreaOccupation => ["29-1141", "Registered Nurses", start, count];
  it("an occupation every area has: the one record at its place", () => {
    expect(areaWindow(o(100, 51), 0, 51)).toEqual([100, 1]);
    expect(areaWindow(o(100, 51), 43, 51)).toEqual([143, 1]);
    expect(areaWindow(o(100, 51), 50, 51)).toEqual([150, 1]);
  });
  it("one some areas lack: the records from place - (areas - count) to place", () => {
    // 48 of 51 areas: the record of place 43 is 40th to 43rd
    expect(areaWindow(o(0, 48), 43, 51)).toEqual([40, 4]);
    expect(areaWindow(o(0, 48), 1, 51)).toEqual([0, 2]);
    // at most its own records
    expect(areaWindow(o(10, 3), 43, 51)).toEqual([10, 3]);
    expect(areaWindow(o(10, 3), 1, 51)).toEqual([10, 2]);
    expect(areaWindow(o(10, 0), 5, 51)).toEqual([10, 0]);
  });

  it("finds the area's record among those read, or none", () => {
    const ints = (n: number) => [n, -1, -1, 0, n * 10, -1, n * 100, -1, -1, -1, -1, -1, -1, -1, -1];
    const records = new AreaRecords();
    for (const place of [0, 2, 3]) records.add("29-1141", "Registered Nurses", place, {}, ints(place + 1));
    const { occupations, bin } = records.encode();
    const head = {
      format: DATASET_FORMAT,
      sources: [{ version: "May 2023", input: "state.xlsx", annualCeiling: 239200, hourlyCeiling: 115 }],
      areas: [0, 1, 2, 3].map((k) => [`0${k}`, `Area ${k}`, 2, null, 0] as [string, string, 2, null, number]),
      occupations,
    };
    for (const place of [0, 2, 3]) {
      const [first, count] = areaWindow(occupations[0]!, place, 4);
      const r = recordOfArea(head, bin.subarray(first * 64, (first + count) * 64), place);
      expect(r).toEqual(decodeRecords(head, bin).find((x) => x.area === place));
      expect(r?.employment).toBe(place + 1);
      expect(r?.annual.median.amount).toBe((place + 1) * 100);
    }
    const [first, count] = areaWindow(occupations[0]!, 1, 4);
    expect(recordOfArea(head, bin.subarray(first * 64, (first + count) * 64), 1)).toBeUndefined();
  });
});

describe("AreaRecords.encode", () => {
  it("keeps one record an area: a broad code's detailed row over its broad one, alike", () => {
    const records = new AreaRecords();
    const ints = (median: number) => [10, -1, -1, -1, -1, -1, median, -1, -1, -1, -1, -1, -1, -1, -1];
    records.add("91-2010", "Cloud Shepherds", 1, { broad: true }, ints(1));
    records.add("91-2010", "Cloud Shepherds", 0, {}, ints(2));
    records.add("91-2010", "Cloud Shepherds", 1, {}, ints(3));
    records.add("91-2010", "Cloud Shepherds", 2, { broad: true }, ints(4));
    const { occupations, bin } = records.encode();
    expect(occupations).toEqual([["91-2010", "Cloud Shepherds", 0, 3]]);
    expect(bin.byteLength).toBe(3 * 64);
    const head = {
      format: DATASET_FORMAT,
      sources: [{ version: "May 2023", input: "state.xlsx", annualCeiling: 239200, hourlyCeiling: 115 }],
      areas: [0, 1, 2].map((k) => [`0${k}`, `Area ${k}`, 2, null, 0] as [string, string, 2, null, number]),
      occupations,
    };
    const decoded = decodeRecords(head, bin);
    expect(decoded.map((r) => [r.area, r.annual.median.amount, r.broad ?? false])).toEqual([
      [0, 2, false],
      [1, 3, false],
      [2, 4, true],
    ]);
    // and each is where areaWindow says
    for (const place of [0, 1, 2]) {
      const [first, count] = areaWindow(occupations[0]!, place, 3);
      expect(recordOfArea(head, bin.subarray(first * 64, (first + count) * 64), place)?.area).toBe(place);
    }
  });
});
