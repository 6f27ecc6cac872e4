/**
 * Numbers as the releases write them: plain decimals only (BLS's thousands separators allowed in its
 * workbooks), never an exponent, hex or Infinity, and within what the figure can be (no negative wage).
 */
import { describe, expect, it } from "vitest";
import { parseWage, readOews, readProjections } from "../../src/import/bls.js";
import { plainDecimal } from "../../src/import/text.js";
import { openWorkbook } from "../../src/import/xlsx.js";
import { openZip } from "../../src/import/zip.js";
import { caught } from "../helpers/caught.js";
import { OEWS_ROWS, oewsWorkbook, PROJECTION_ROWS, projectionsWorkbook } from "../helpers/import-fixtures.js";

describe("plainDecimal", () => {
  it.each([
    ["4.12", 4.12],
    ["0.00", 0],
    ["-12.5", -12.5],
    [" 7 ", 7],
    [".5", 0.5],
    ["9.8000000000000007", 9.8000000000000007],
  ])("%j is %d", (raw, n) => expect(plainDecimal(raw)).toBe(n));

  it.each([
    "1e308",
    "1E3",
    "0x10",
    "0b1",
    "0o7",
    "Infinity",
    "-Infinity",
    "NaN",
    "+5",
    "5.",
    "1,000",
    "",
    " ",
    "4.1.2",
    "1 000",
    `1${"0".repeat(400)}`,
  ])("%j is not a plain decimal", (raw) => expect(plainDecimal(raw)).toBeNull());

  it("thousands separators where BLS writes them, in threes only", () => {
    expect(plainDecimal("1,234,567.5", true)).toBe(1234567.5);
    expect(plainDecimal("-1,000", true)).toBe(-1000);
    expect(plainDecimal("1,00", true)).toBeNull();
    expect(plainDecimal("1e3", true)).toBeNull();
  });
});

describe("BLS figures", () => {
  it("a wage is a plain decimal of at least 0, or one of BLS's markers", () => {
    expect(parseWage("45,760", null)).toEqual({ amount: 45760 });
    expect(parseWage("#", 239200)).toEqual({ amount: null, topCoded: true, atLeast: 239200 });
    for (const raw of ["0x10", "1e3", "-5", "Infinity", "1".repeat(20)]) expect(parseWage(raw, null), raw).toBeNull();
  });

  /** OEWS national rows: column 28 (AB) is A_MEDIAN, column 12 (L) TOT_EMP; the first data row is row 2 */
  const oewsWith = (col: number, value: string) =>
    readOews(
      openWorkbook(openZip(oewsWorkbook(OEWS_ROWS.map((r, i) => (i === 0 ? r.map((v, c) => (c === col - 1 ? value : v)) : r))), "o.xlsx"))!,
      "national_M2098_dl",
    );

  it.each([
    [28, "0x10", "AB2", "is not a wage (a plain decimal number of at least 0, or one of BLS's markers)"],
    [28, "-5", "AB2", "is not a wage"],
    [12, "1e3", "L2", "is not a plain decimal number of at least 0"],
    [12, "-150", "L2", "is not a plain decimal number of at least 0"],
  ])("OEWS: column %i holding %j is an error at its cell", (col, value, cell, what) => {
    const err = caught(() => oewsWith(col, value));
    expect(err.message).toContain(`cell ${cell}: ${JSON.stringify(value)} ${what}`);
  });

  it("projections: employment in exponent form is refused; a fall in employment is a negative change, not an error", () => {
    const rows = PROJECTION_ROWS.map((r, i) => (i === 1 ? r.map((v, c) => (c === 3 ? "1.2e1" : v)) : r));
    expect(caught(() => readProjections(openWorkbook(openZip(projectionsWorkbook(rows), "p.xlsx"))!)).message).toContain(
      'p.xlsx: sheet "Table 1.2" cell D4: "1.2e1" is not a plain decimal number of at least 0',
    );
    const falling = readProjections(openWorkbook(openZip(projectionsWorkbook(), "p.xlsx"))!).rows.get("91-2010")!;
    expect([falling.change, falling.changePercent]).toEqual([-100, -12.5]);
    const below = PROJECTION_ROWS.map((r, i) => (i === 2 ? r.map((v, c) => (c === 8 ? -120 : v)) : r));
    expect(caught(() => readProjections(openWorkbook(openZip(projectionsWorkbook(below), "p.xlsx"))!)).message).toContain(
      '"-120" is not a plain decimal number of at least -100',
    );
  });
});
