/**
 * State wages over the real May 2023 state estimates (../shared/data/oews_state_M2023_rebuilt.xlsx, a
 * workbook written by openpyxl: inline strings, one 35 MB sheet), imported once by real-data.setup.ts
 * beside the May 2024 national estimates. Expected figures are read from the workbook itself here
 * (tests/helpers/release-read.ts), not from the program.
 */
import { join } from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { sheet } from "../helpers/release-read.js";
import { spawnJson } from "../helpers/run.js";

const real = inject("realData");
type Row = Record<string, string>;

describe.skipIf(!real)("the real state estimates, imported", () => {
  /** the workbook's rows as objects by header */
  let rows: Row[];
  beforeAll(() => {
    const all = sheet(join(real!.dir, "oews_state_M2023_rebuilt.xlsx"), "state_M2023_dl");
    const head = all[0]!.cells;
    rows = all.slice(1).map((r) => Object.fromEntries(Object.entries(r.cells).map(([letter, v]) => [head[letter]!, v])));
  }, 60_000);

  it("every row read; the groups above the broad one skipped and counted; May 2023 kept beside May 2024", () => {
    const source = real!.summary.manifest.sources.find((s) => s.id === "bls-oews-areas")!;
    expect(rows).toHaveLength(31_991);
    expect(source.rows).toBe(rows.length);
    expect(source.version).toBe("May 2023");
    expect(real!.summary.manifest.sources.find((s) => s.id === "bls-oews")!.version).toBe("May 2024");
    const kept = rows.filter((r) => r.O_GROUP === "detailed" || r.O_GROUP === "broad").length;
    expect(source.files).toEqual([{ name: "state_M2023_dl: state estimates", rows: kept }]);
    expect(source.skipped.reduce((n, s) => n + s.rows, 0)).toBe(rows.length - kept);
    expect(new Set(rows.map((r) => r.AREA)).size).toBe(51);
  });

  it("list --area TX --min-median 100k: Texas's medians from the workbook, every detailed occupation at or above it", () => {
    const texas = new Map(
      rows
        .filter((r) => r.PRIM_STATE === "TX" && r.AREA_TYPE === "2" && r.O_GROUP === "detailed" && /^\d+(\.\d+)?$/.test(r.A_MEDIAN ?? ""))
        .map((r) => [r.OCC_CODE!, Number(r.A_MEDIAN)]),
    );
    // the figure: Registered Nurses in Texas, May 2023
    expect(texas.get("29-1141")).toBe(85110);
    const env = { CAREERS_HOME: real!.home };
    const { data, result } = spawnJson(["list", "--area", "TX", "--min-median", "100k", "--json"], { env, timeout: 60_000 });
    expect(result.status, result.stderr).toBe(0);
    expect(data.area).toMatchObject({ code: "48", title: "Texas", asOf: "May 2023" });
    type Listed = { code?: string; source: string; median: { amount: number; asOf: string; blsBasis?: string } | null };
    const listed = (data.results as Listed[]).filter((r) => r.source === "onet");
    // each detailed O*NET code (.00) at its SOC code's Texas median, of May 2023
    const own = listed.filter((r) => r.code!.endsWith(".00") && !r.median!.blsBasis);
    expect(own.length).toBeGreaterThan(50);
    for (const r of own)
      expect([r.code, r.median]).toEqual([r.code, expect.objectContaining({ amount: texas.get(r.code!.slice(0, 7)), asOf: "May 2023" })]);
    for (const r of listed) expect(r.median!.amount).toBeGreaterThanOrEqual(100_000);
    // and every SOC occupation of the data set whose Texas median is 100,000 or more is listed
    const all = spawnJson(["list", "--area", "TX", "--json"], { env, timeout: 60_000 }).data.results as Listed[];
    const held = new Set(all.filter((r) => r.source === "onet" && !r.median?.blsBasis).map((r) => r.code!.slice(0, 7)));
    const expected = [...texas].filter(([code, median]) => median >= 100_000 && held.has(code)).map(([code]) => code);
    expect(new Set(own.map((r) => r.code!.slice(0, 7)))).toEqual(new Set(expected));
    // nationally, Registered Nurses (86,070 in May 2024) are not listed at 100k, nor in Texas
    expect(listed.some((r) => r.code === "29-1141.00")).toBe(false);
  }, 120_000);

  describe("Registered Nurses (29-1141) by state: show --area and wages give the workbook's cells", () => {
    const env = () => ({ env: { CAREERS_HOME: real!.home }, timeout: 60_000 });
    const nurses = () => rows.filter((r) => r.OCC_CODE === "29-1141");
    const median = (state: string) => Number(nurses().find((r) => r.PRIM_STATE === state)!.A_MEDIAN);

    it("the workbook's medians are the issue's: California 133,990, Alabama 65,900, Texas 85,110", () => {
      expect([median("CA"), median("AL"), median("TX")]).toEqual([133990, 65900, 85110]);
    });

    it.each(["CA", "AL", "TX"])("show 29-1141 --area %s --json: the area's median, May 2023 beside May 2024", (state) => {
      const { data, result } = spawnJson(["show", "29-1141", "--area", state, "--json"], env());
      expect(result.status, result.stderr).toBe(0);
      expect(data.area.area).toMatchObject({
        state,
        type: "state",
        asOf: "May 2023",
      });
      expect(data.area.median.amount).toBe(median(state));
      expect(data.area.employment.count).toBe(Number(nurses().find((r) => r.PRIM_STATE === state)!.TOT_EMP));
      expect(data.area.national.asOf).toBe("May 2024");
      expect(data.area.sameRelease).toBe(false);
    });

    it("wages 29-1141 --type state: every state's row of the workbook, highest median first", () => {
      const { data, result } = spawnJson(["wages", "29-1141", "--type", "state", "--json"], env());
      expect(result.status, result.stderr).toBe(0);
      const got = data.results as {
        area: { state: string; asOf: string };
        median: { amount: number } | null;
      }[];
      expect(got).toHaveLength(nurses().length);
      const byState = Object.fromEntries(got.map((r) => [r.area.state, r.median?.amount ?? null]));
      for (const state of ["CA", "AL", "TX"]) expect(byState[state]).toBe(median(state));
      const expected = nurses()
        .map((r) => Number(r.A_MEDIAN))
        .sort((a, b) => b - a);
      expect(got.map((r) => r.median!.amount)).toEqual(expected);
      expect(got[0]!.area.state).toBe("CA");
      expect(got.every((r) => r.area.asOf === "May 2023")).toBe(true);
    });
  });
});
