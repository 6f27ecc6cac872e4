/**
 * State and metropolitan OEWS workbooks: read a row at a time, markers kept, stored as areas.bin records.
 * Every expected figure is read off the fixture rows (tests/helpers/import-fixtures.ts: STATE_ROWS,
 * METRO_ROWS), whose layout is the official one.
 */
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { newAreaCollector, oewsSheetName, readOews, readOewsBook } from "../../src/import/bls.js";
import { openWorkbook, sheetRows } from "../../src/import/xlsx.js";
import { openZip } from "../../src/import/zip.js";
import { type AreaHead, decodeRecords, RECORD_BYTES } from "../../src/loader/area-file.js";
import { DATASET_FORMAT } from "../../src/schema/occupation.js";
import { caught } from "../helpers/caught.js";
import { metroWorkbook, OEWS_HEADER, oewsWorkbook, stateWorkbook } from "../helpers/import-fixtures.js";

const book = (bytes: Uint8Array, name = "w.xlsx") => openWorkbook(openZip(bytes, name))!;

/** Read workbooks into one collector and decode what areas.bin would hold, by area code and occupation code. */
function readAreas(...books: Uint8Array[]) {
  const c = newAreaCollector();
  const reads = books.map((bytes, i) => {
    const b = book(bytes, `w${i}.xlsx`);
    return readOewsBook(b, oewsSheetName(b)!, `w${i}.xlsx`, c);
  });
  const { occupations, bin } = c.records.encode();
  const head: AreaHead = { format: DATASET_FORMAT, sources: c.sources, areas: c.areas, occupations };
  const get = (area: string, code: string) => {
    const o = occupations.find((x) => x[0] === code);
    if (!o) return undefined;
    const figures = decodeRecords(head, bin.subarray(o[2] * RECORD_BYTES, (o[2] + o[3]) * RECORD_BYTES));
    return figures.find((f) => head.areas[f.area]![0] === area);
  };
  return { reads, head, get, bin };
}

describe("state workbooks", () => {
  it("every state's cross-industry figures, exactly as the rows give them", () => {
    const { reads, head, get } = readAreas(stateWorkbook());
    expect(reads[0]!.version).toBe("May 2097");
    expect(reads[0]!.national).toBeNull();
    expect(head.areas).toEqual([
      ["01", "Alabama", 2, "AL", 0],
      ["48", "Texas", 2, "TX", 0],
    ]);
    const tx = get("48", "91-1011")!;
    expect(tx.employment).toBe(2400);
    expect(tx.jobsPer1000).toBe(0.18);
    expect(tx.locationQuotient).toBe(0.22);
    expect(tx.annual).toEqual({
      mean: { amount: 47320 },
      pct10: { amount: 31620 },
      pct25: { amount: 37440 },
      median: { amount: 44720 },
      pct75: { amount: 54290 },
      pct90: { amount: 65310 },
    });
    expect(tx.hourly.mean).toEqual({ amount: 22.75 });
    expect(tx.hourly.median).toEqual({ amount: 21.5 });
    expect(get("01", "91-1011")!.annual.median).toEqual({ amount: 37020 });
  });

  it("markers: # top-coded at the notes' ceiling, * and N/A not available, ** no employment; never 0", () => {
    const { get } = readAreas(stateWorkbook());
    const shepherds = get("48", "91-2010")!;
    expect(shepherds.employment).toBeNull();
    expect(shepherds.jobsPer1000).toBeNull();
    expect(shepherds.locationQuotient).toBeNull();
    expect(shepherds.annual.median).toEqual({ amount: null, topCoded: true, atLeast: 239200 });
    expect(shepherds.hourly.pct90).toEqual({ amount: null, topCoded: true, atLeast: 115 });
    expect(shepherds.annual.pct25).toEqual({ amount: 166610 });
    const counselors = get("48", "21-1018")!;
    expect(counselors.hourly.mean).toEqual({ amount: null, notAvailable: "*" });
    expect(counselors.annual.pct25).toEqual({ amount: null, notAvailable: "N/A" });
    expect(counselors.annualOnly).toBe(true);
  });

  it("the total and major groups are skipped, with the reason", () => {
    const { reads, get } = readAreas(stateWorkbook());
    expect(get("01", "00-0000")).toBeUndefined();
    expect(reads[0]!.skipped).toEqual([
      { reason: expect.stringMatching(/^occupation groups/), rows: 2, examples: ["state_M2097_dl!I2", "state_M2097_dl!I3"] },
    ]);
    expect(reads[0]!.areaRows).toEqual({ 2: 4 });
  });

  it("a workbook written by another program: inline strings and no shared-strings part, as openpyxl writes", () => {
    const { get } = readAreas(stateWorkbook({ inline: true, noSharedPart: true }));
    expect(get("48", "91-1011")!.annual.median).toEqual({ amount: 44720 });
  });

  it("without the notes sheet the period comes from the sheet's name; a top-code has no known floor then", () => {
    const { reads, get } = readAreas(stateWorkbook({ notes: false }));
    expect(reads[0]!.version).toBe("May 2097");
    expect(get("48", "91-2010")!.annual.median).toEqual({ amount: null, topCoded: true, atLeast: null });
  });

  it("a workbook whose columns are not OEWS's: the missing column named", () => {
    const header = OEWS_HEADER.map((h) => (h === "A_MEDIAN" ? "MEDIAN" : h));
    const err = caught(() => readAreas(stateWorkbook({ header })));
    expect(err.message).toMatch(/w0\.xlsx: sheet "state_M2097_dl" is not laid out as the OEWS estimates: no column for A_MEDIAN$/);
    const noArea = OEWS_HEADER.map((h) => (h === "AREA_TITLE" ? "TITLE" : h));
    expect(caught(() => readAreas(stateWorkbook({ header: noArea }))).message).toMatch(/no column for AREA_TITLE$/);
  });
});

describe("metropolitan and all-data workbooks", () => {
  it("metropolitan (4) and nonmetropolitan (6) areas; industry rows skipped; cross-industry only", () => {
    const { reads, head, get } = readAreas(metroWorkbook());
    expect(head.areas.map((a) => [a[0], a[2]])).toEqual([
      ["12420", 4],
      ["19100", 4],
      ["10180", 4],
      ["4800003", 6],
    ]);
    // the industry row of Austin (NAICS 311000, median 62,400) is not its cross-industry figure (47,940)
    expect(get("12420", "91-1011")!.annual.median).toEqual({ amount: 47940 });
    expect(reads[0]!.skipped.map((s) => [s.reason.slice(0, 18), s.rows])).toEqual([["industry estimates", 1]]);
    expect(get("10180", "91-1011")!.annual.median).toEqual({ amount: null, notAvailable: "*" });
    expect(get("4800003", "91-1011")!.hourly.median).toEqual({ amount: 16.4 });
  });

  it("state and metropolitan workbooks together: one list of areas, each with its own release", () => {
    const { head, get } = readAreas(stateWorkbook(), metroWorkbook());
    expect(head.areas).toHaveLength(6);
    expect(head.sources.map((s) => [s.version, s.input])).toEqual([
      ["May 2097", "w0.xlsx"],
      ["May 2097", "w1.xlsx"],
    ]);
    expect(get("19100", "91-1011")!.employment).toBe(900);
    expect(get("01", "91-1011")!.employment).toBe(1200);
  });

  it("an area given twice (a state workbook and the all-data one) is taken from the first", () => {
    const { reads, get } = readAreas(stateWorkbook(), stateWorkbook());
    expect(get("48", "91-1011")!.employment).toBe(2400);
    expect(reads[1]!.areas).toBe(0);
    expect(reads[1]!.skipped.find((s) => s.reason.startsWith("areas already read"))?.rows).toBe(4);
  });

  it("the national workbook read the same way keeps its national rows and no areas", () => {
    const { reads, head } = readAreas(oewsWorkbook());
    expect(reads[0]!.national?.rows.get("91-1011")?.annual.median).toEqual({ amount: 41230 });
    expect(head.areas).toEqual([]);
    expect(() => readOews(book(stateWorkbook()), "state_M2097_dl")).toThrow(/holds no national cross-industry rows/);
  });
});

describe("streaming the sheet", () => {
  it("rows come one at a time, in order, across pieces split anywhere (inside a tag, an entity, a character)", () => {
    const xml = `<x:worksheet xmlns:x="s"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Caf&#233; &amp; Bar</x:t></x:is></x:c><x:c r="C1"><x:v>4.5</x:v></x:c></x:row><x:row r="2"><x:c r="B2" t="s"><x:v>0</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    for (const size of [1, 3, 7, 1000]) {
      const pieces: string[] = [];
      for (let i = 0; i < xml.length; i += size) pieces.push(xml.slice(i, i + size));
      const rows = [...sheetRows(pieces, "S", () => ["shared"], "f.xlsx")];
      expect(rows.map((r) => [r.row, [...r.cells]])).toEqual([
        [
          1,
          [
            [1, "Café & Bar"],
            [3, "4.5"],
          ],
        ],
        [2, [[2, "shared"]]],
      ]);
    }
  });

  it("a sheet that is not well-formed XML is a data error naming the workbook and sheet", () => {
    const err = caught(() => [...sheetRows(["<worksheet><row><c></row>"], "S", () => [], "f.xlsx")]);
    expect(err.message).toMatch(/^f\.xlsx: sheet "S" is not well-formed XML/);
  });

  it("a zip entry streamed is checked as a whole one is: a changed byte fails its checksum", () => {
    const text = "<a>" + "x".repeat(300_000) + "</a>";
    const zip = zipSync({ "big.xml": strToU8(text) }, { level: 6 });
    const chunks = [...openZip(zip, "z.zip").stream("big.xml")!];
    expect(Buffer.concat(chunks).toString()).toBe(text);
    const stored = zipSync({ "big.xml": strToU8(text) }, { level: 0 });
    const bad = stored.slice();
    // a byte of the stored text itself: the header's time fields may hold an "x" (0x78) too
    bad[Buffer.from(bad).indexOf("<a>x") + 10] = 0x79;
    expect(() => [...openZip(bad, "z.zip").stream("big.xml")!]).toThrow(/big\.xml does not match its checksum/);
    expect(openZip(zip, "z.zip").stream("none.xml")).toBeNull();
  });
});
