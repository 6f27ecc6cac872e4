/** `careers list` filters and sorting over roles and occupations. Rows are written here by hand. */
import { describe, expect, it } from "vitest";
import { filterRows, type ListRow, occupationRow, parseAmount, parseLimit, parseZones } from "../../src/core/listing.js";
import type { IndexRow } from "../../src/schema/occupation.js";

const occ = (
  id: string,
  title: string,
  median: number | null,
  growth: number | null,
  openings: number | null,
  zone: number | null,
  education: string | null,
  topCoded = false,
): ListRow =>
  occupationRow(
    {
      id,
      code: "99-0000.00",
      title,
      median: median === null ? null : topCoded ? { amount: null, topCoded: true, atLeast: median } : { amount: median },
      jobZone: zone,
      growthPercent: growth,
      openings,
      education,
      at: [0, 0],
    } satisfies IndexRow,
    { wages: "May 2098", projections: { period: "2098–08", asOf: "2098" }, onet: "99.1" },
  );

const role: ListRow = {
  id: "clerk",
  title: "Clerk",
  source: "bundled",
  aliases: [],
  median: {
    amount: 38400,
    currency: "USD",
    period: "year",
    source: "Guide",
    asOf: "May 2023",
    basis: "key-facts",
    label: "median",
    sourceId: "g",
  },
  growth: { percent: 4, period: null, source: "Guide", asOf: null },
  openings: { perYear: 1000, period: null, source: "Guide", asOf: null },
  jobZone: null,
  education: { typical: "High school diploma or equivalent; some college preferred", source: "Guide", asOf: null },
  ladder: "clerk",
  ladderStep: 1,
};

const ROWS = [
  role,
  occ("a", "Alpha", 50000, 2, 300, 2, "High school diploma or equivalent"),
  occ("b", "Beta", 239200, 1, null, 5, "Doctoral or professional degree", true),
  occ("c", "Gamma", 50000, null, 800, 3, "Bachelor's degree"),
  occ("d", "Delta", null, 9, 100, null, null),
];
const ids = (rows: ListRow[]) => rows.map((r) => r.id);

describe("occupationRow", () => {
  it("a top-coded median is listed at its floor, marked", () => {
    expect(ROWS[2]!.median).toEqual({
      amount: 239200,
      currency: "USD",
      period: "year",
      atLeast: true,
      source: "BLS OEWS",
      asOf: "May 2098",
    });
    expect(ROWS[4]!.median).toBeNull();
    expect(ROWS[1]).toMatchObject({
      source: "onet",
      code: "99-0000.00",
      jobZone: { zone: 2, name: null, source: "O*NET", asOf: "99.1" },
      openings: { perYear: 300, period: "2098–08", source: "BLS Employment Projections", asOf: "2098" },
    });
  });
});

describe("filterRows", () => {
  it("--zone keeps occupations in those zones; roles have none", () => {
    expect(ids(filterRows(ROWS, { zones: [2, 3] }).rows)).toEqual(["a", "c"]);
  });

  it("--min-median: at least the amount; a top-coded floor counts; no median does not pass", () => {
    expect(ids(filterRows(ROWS, { minMedian: 50000 }).rows)).toEqual(["a", "b", "c"]);
    expect(ids(filterRows(ROWS, { minMedian: 239200 }).rows)).toEqual(["b"]);
    expect(ids(filterRows(ROWS, { minMedian: 239201 }).rows)).toEqual([]);
    expect(ids(filterRows(ROWS, { minMedian: 30000 }).rows)).toEqual(["clerk", "a", "b", "c"]);
  });

  it("--education matches words of the typical education, case and punctuation ignored", () => {
    expect(ids(filterRows(ROWS, { education: "high school" }).rows)).toEqual(["clerk", "a"]);
    expect(ids(filterRows(ROWS, { education: "BACHELOR'S" }).rows)).toEqual(["c"]);
  });

  it("--education that nothing has: a usage error with a suggestion and the occupations' values", () => {
    expect(() => filterRows(ROWS, { education: "bachlor" })).toThrow(/no role or occupation has the education "bachlor"/);
    try {
      filterRows(ROWS, { education: "bachlor" });
    } catch (err) {
      expect((err as { hint: string }).hint).toBe(
        'Did you mean "bachelor"? Typical education: Bachelor\'s degree; Doctoral or professional degree; High school diploma or equivalent.',
      );
    }
  });

  it("--sort: highest first, rows without the figure last, ties by title", () => {
    expect(ids(filterRows(ROWS, { sort: "median" }).rows)).toEqual(["b", "a", "c", "clerk", "d"]);
    expect(ids(filterRows(ROWS, { sort: "growth" }).rows)).toEqual(["d", "clerk", "a", "b", "c"]);
    expect(ids(filterRows(ROWS, { sort: "openings" }).rows)).toEqual(["clerk", "c", "a", "d", "b"]);
    expect(ids(filterRows(ROWS, { sort: "title" }).rows)).toEqual(["a", "b", "clerk", "d", "c"]);
  });

  it("without --sort the order is kept; --limit cuts it and says how many matched", () => {
    expect(ids(filterRows(ROWS, {}).rows)).toEqual(["clerk", "a", "b", "c", "d"]);
    expect(filterRows(ROWS, { sort: "median", limit: 2 })).toMatchObject({ rows: [{ id: "b" }, { id: "a" }], matched: 5 });
  });
});

describe("option values", () => {
  it("zones 1 to 5, comma separated", () => {
    expect(parseZones("2")).toEqual([2]);
    expect(parseZones("3, 4")).toEqual([3, 4]);
    for (const bad of ["0", "6", "two", "", "2.5"]) expect(() => parseZones(bad)).toThrow(/is not a job zone/);
  });

  it("amounts: digits, separators, k", () => {
    expect(parseAmount("50000", "--min-median")).toBe(50000);
    expect(parseAmount("50,000", "--min-median")).toBe(50000);
    expect(parseAmount("80k", "--min-median")).toBe(80000);
    expect(() => parseAmount("lots", "--min-median")).toThrow(/--min-median "lots" is not an amount/);
  });

  it("limits: whole numbers, 0 for none", () => {
    expect(parseLimit("20")).toBe(20);
    expect(parseLimit("0")).toBeUndefined();
    expect(() => parseLimit("-1")).toThrow(/is not a number of rows/);
    expect(() => parseLimit("ten")).toThrow(/is not a number of rows/);
  });
});
