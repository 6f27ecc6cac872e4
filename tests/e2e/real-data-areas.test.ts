/**
 * State wages over the real May 2023 state estimates (../shared/data/oews_state_M2023_rebuilt.xlsx, a
 * workbook written by openpyxl: inline strings, one 35 MB sheet), imported once by real-data.setup.ts
 * beside the May 2024 national estimates. Expected figures are read from the workbook itself here
 * (tests/helpers/release-read.ts), not from the program.
 */
import { join } from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { sheet } from "../helpers/release-read.js";

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
});
