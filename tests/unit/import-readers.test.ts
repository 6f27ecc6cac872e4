/** The readers under `careers import`: text and tab-separated tables, zip archives (with their guards), xlsx. */
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { decodeText, firstInvalidUtf8, numberCell, onetCode, ownText, readTable, sharedText, streamTable } from "../../src/import/text.js";
import { cellRef, columnName, openWorkbook, parseSharedStrings, parseSheet, xmlText } from "../../src/import/xlsx.js";
import { openZip, unsafeEntryName, ZIP_LIMITS } from "../../src/import/zip.js";
import { caught } from "../helpers/caught.js";
import { makeXlsx } from "../helpers/xlsx.js";

describe("decodeText", () => {
  it("reads UTF-8, with or without a byte-order mark", () => {
    expect(decodeText(strToU8("Café\n"), "f.txt")).toBe("Café\n");
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]), "f.txt")).toBe("A");
  });

  it("names another encoding, with the line and column of the first byte that is not UTF-8", () => {
    // "Caf\xe9" is Latin-1 for Café, on line 2
    const bytes = new Uint8Array([...strToU8("Title\nCaf"), 0xe9, ...strToU8("\n")]);
    const err = caught(() => decodeText(bytes, "Occupation Data.txt"));
    expect(err.kind).toBe("invalid-data");
    expect(err.message).toMatch(/Occupation Data\.txt is not UTF-8 text/);
    expect(err.diagnostics[0]).toMatchObject({ file: "Occupation Data.txt", line: 2, col: 4, message: "not UTF-8 (byte 0xE9)" });
  });

  it("says UTF-16 for a UTF-16 file", () => {
    const utf16 = new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x42, 0x00]);
    expect(caught(() => decodeText(utf16, "x.txt")).message).toMatch(/UTF-16/);
  });

  it("finds the first invalid byte: truncated sequences, overlong forms, surrogates", () => {
    expect(firstInvalidUtf8(strToU8("ok ✓"))).toBe(-1);
    expect(firstInvalidUtf8(new Uint8Array([0x41, 0xe2, 0x9c]))).toBe(1);
    expect(firstInvalidUtf8(new Uint8Array([0xc0, 0x80]))).toBe(0);
    expect(firstInvalidUtf8(new Uint8Array([0x41, 0xe0, 0x80, 0x80]))).toBe(1);
    expect(firstInvalidUtf8(new Uint8Array([0xed, 0xa0, 0x80]))).toBe(0);
  });
});

describe("readTable", () => {
  const spec = { required: ["O*NET-SOC Code", "Task"] as const, optional: ["Task Type"] as const };

  it("finds columns by header name in any order, with CRLF or LF, n/a and empty as null", () => {
    const crlf = "Task\tExtra\tO*NET-SOC Code\tTask Type\r\nDo a thing\tx\t11-1111.00\tn/a\r\nAnother\t\t11-1111.00\tCore\r\n";
    for (const text of [crlf, crlf.replace(/\r\n/g, "\n")]) {
      const t = readTable(text, "T.txt", spec);
      expect(t.rows.map((r) => [r.line, r.get("O*NET-SOC Code"), r.get("Task"), r.opt("Task Type")])).toEqual([
        [2, "11-1111.00", "Do a thing", null],
        [3, "11-1111.00", "Another", "Core"],
      ]);
      expect(t.col("Task Type")).toBe(4);
    }
  });

  it("a missing column is an error at line 1 naming it", () => {
    const err = caught(() => readTable("O*NET-SOC Code\tTitle\n11-1111.00\tX\n", "Task Statements.txt", spec));
    expect(err.message).toContain('Task Statements.txt: the header has no column "Task"');
    expect(err.diagnostics[0]).toMatchObject({ file: "Task Statements.txt", line: 1 });
  });

  it("a row with the wrong number of cells is an error at its line", () => {
    const err = caught(() => readTable("O*NET-SOC Code\tTask\n11-1111.00\tA\n11-1111.00\tB\textra\n", "T.txt", spec));
    expect(err.diagnostics[0]).toMatchObject({ line: 3, message: "expected 2 values, found 3" });
  });

  it("a malformed code is an error at its file, line and column", () => {
    const t = readTable("Task\tO*NET-SOC Code\nA\t11-1111.00\nB\t11-111.00\n", "T.txt", spec);
    expect(onetCode(t, t.rows[0]!, "O*NET-SOC Code")).toBe("11-1111.00");
    const err = caught(() => onetCode(t, t.rows[1]!, "O*NET-SOC Code"));
    expect(err.message).toContain("T.txt:3:");
    expect(err.diagnostics[0]).toMatchObject({ file: "T.txt", line: 3, col: 2 });
  });

  it("numbers: a figure, null for n/a, an error for text", () => {
    const t = readTable("O*NET-SOC Code\tTask\tTask Type\nA\t1.50\tn/a\nB\tx1\t2\n", "T.txt", spec);
    expect(numberCell(t, t.rows[0]!, "Task")).toBe(1.5);
    expect(numberCell(t, t.rows[0]!, "Task Type")).toBeNull();
    expect(caught(() => numberCell(t, t.rows[1]!, "Task")).diagnostics[0]).toMatchObject({ line: 3, col: 2 });
  });
});

describe("openZip", () => {
  const zip = (files: Record<string, string>) => zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])));

  it("lists entries and inflates the ones asked for", () => {
    const z = openZip(zip({ "a/one.txt": "one".repeat(100), "a/two.txt": "two" }), "x.zip");
    expect(z.entries.map((e) => [e.name, e.size])).toEqual([
      ["a/one.txt", 300],
      ["a/two.txt", 3],
    ]);
    const out = z.extract(["a/two.txt", "missing"]);
    expect([...out.keys()]).toEqual(["a/two.txt"]);
    expect(new TextDecoder().decode(out.get("a/two.txt"))).toBe("two");
  });

  it("once closed, lets go of its bytes: nothing more is read from it", () => {
    const z = openZip(zip({ "a/one.txt": "one" }), "x.zip");
    z.close();
    expect(() => z.extract(["a/one.txt"])).toThrow("x.zip: read after the import let it go");
    expect(() => z.stream("a/one.txt")).toThrow("x.zip: read after the import let it go");
    expect(z.entries.map((e) => e.name)).toEqual(["a/one.txt"]);
  });

  it.each([
    ["../evil.txt", "a path out of the archive (..)"],
    ["db/../../evil.txt", "a path out of the archive (..)"],
    ["/etc/passwd", "an absolute path"],
    ["C:/evil.txt", "an absolute path"],
    ["db\\..\\evil.txt", "a backslash"],
    ["db/evil\u001b[31m.txt", "a control character"],
  ])("refuses an archive with an entry named %j", (name, why) => {
    expect(unsafeEntryName(name)).toBe(why);
    const err = caught(() => openZip(zip({ "db/ok.txt": "ok", [name]: "x" }), "evil.zip"));
    expect(err.message).toContain(`evil.zip: refused: the archive holds an entry named with ${why}`);
  });

  it("accepts names with dots that go nowhere", () => {
    expect(unsafeEntryName("db_29_3_text/Read Me.txt")).toBeNull();
    expect(unsafeEntryName("a/..b/c..txt")).toBeNull();
  });

  it("refuses an archive that would unpack to too much, and an entry squeezed too hard (zip bombs)", () => {
    const big = zip({ "a.txt": "a".repeat(4000), "b.txt": "b".repeat(4000) });
    expect(() => openZip(big, "ok.zip", { ...ZIP_LIMITS, maxTotal: 8000 })).not.toThrow();
    expect(caught(() => openZip(big, "bomb.zip", { ...ZIP_LIMITS, maxTotal: 7999 })).message).toMatch(
      /would unpack to more than .* \(a zip bomb\?\)/,
    );
    // 2 MB of one letter deflates about 1000 to 1
    const bomb = zipSync({ "z.txt": new Uint8Array(2 * 2 ** 20).fill(65) });
    expect(caught(() => openZip(bomb, "bomb.zip")).message).toMatch(
      /bomb\.zip: refused: z\.txt is squeezed \d+ to 1 \(more than 200 to 1: a zip bomb\?\)/,
    );
  });

  it("a truncated zip is damaged", () => {
    const whole = zip({ "db/Occupation Data.txt": "x".repeat(500) });
    for (const cut of [whole.length - 10, Math.floor(whole.length / 2), 30]) {
      expect(caught(() => openZip(whole.subarray(0, cut), "cut.zip").extract(["db/Occupation Data.txt"])).message).toMatch(
        /^cut\.zip: the zip file is damaged or incomplete/,
      );
    }
  });

  it("an entry whose data does not match its checksum is damaged", () => {
    const bytes = zipSync({ "a.txt": strToU8("hello hello hello") }, { level: 0 });
    const at = Buffer.from(bytes).indexOf("hello");
    bytes[at] = "j".charCodeAt(0);
    expect(caught(() => openZip(bytes, "x.zip").extract(["a.txt"])).message).toContain("a.txt does not match its checksum");
  });

  it("an entry that declares fewer bytes than it holds is damaged, not grown past its size", () => {
    const bytes = zipSync({ "a.txt": strToU8("0123456789".repeat(20)) });
    // the central directory's uncompressed size (offset 24 of its record) claims 50 bytes
    const cd = Buffer.from(bytes).lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    new DataView(bytes.buffer, bytes.byteOffset).setUint32(cd + 24, 50, true);
    expect(caught(() => openZip(bytes, "x.zip").extract(["a.txt"])).message).toMatch(/damaged or incomplete/);
  });
});

describe("xlsx", () => {
  it("decodes entities, numeric references and OOXML escapes", () => {
    expect(xmlText("a &amp; b &lt;c&gt; &#233; &#x2013; _x000D_")).toBe("a & b <c> é – \r");
  });

  it("cell references", () => {
    expect(cellRef("B12")).toEqual([12, 2]);
    expect(cellRef("AA3")).toEqual([3, 27]);
    expect(columnName(27)).toBe("AA");
    expect(columnName(2)).toBe("B");
  });

  it("shared strings: rich text runs joined, phonetic guides left out", () => {
    const xml = `<sst><si><t>plain</t></si><si><r><t>rich </t></r><r><rPr/><t xml:space="preserve">text</t></r><rPh><t>ignored</t></rPh></si><si><t/></si></sst>`;
    expect(parseSharedStrings(xml)).toEqual(["plain", "rich text", ""]);
  });

  it("sheet cells: shared, inline, numbers, formula results, gaps kept by reference", () => {
    const xml = `<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>1</v></c><c r="C1"><v>4.4000000000000004</v></c></row><row r="3"><c r="B3" t="inlineStr"><is><t>in&amp;line</t></is></c><c r="D3" t="str"><f>A1</f><v>calc</v></c><c r="E3" s="2"/></row></sheetData></worksheet>`;
    const sheet = parseSheet(xml, "S", ["zero", "one"], "f.xlsx");
    expect(sheet.rows.map((r) => [r.row, Object.fromEntries(r.cells)])).toEqual([
      [1, { 1: "one", 3: "4.4000000000000004" }],
      [3, { 2: "in&line", 4: "calc" }],
    ]);
  });

  it("reads a workbook's sheets by name", () => {
    const bytes = makeXlsx([
      { name: "First", rows: [["a", 1]] },
      { name: "Table 1.2", rows: [["x"], [null, "y & z", 2.5]] },
    ]);
    const book = openWorkbook(openZip(bytes, "b.xlsx"))!;
    expect(book.sheetNames).toEqual(["First", "Table 1.2"]);
    expect(book.sheet("Table 1.2")!.rows.map((r) => Object.fromEntries(r.cells))).toEqual([{ 1: "x" }, { 2: "y & z", 3: "2.5" }]);
    expect(book.sheet("Nope")).toBeNull();
  });

  it("a zip without a workbook part is not a workbook", () => {
    expect(openWorkbook(openZip(zipSync({ "a.txt": strToU8("a") }), "a.zip"))).toBeNull();
  });
});

describe("readTable keeps what is asked for", () => {
  it("the cells of the columns in its spec alone, n/a and empty as null", () => {
    const t = readTable("A\tB\tC\n1\t2\tn/a\n4\t5\t6\n", "f.txt", { required: ["A"], optional: ["C"] });
    expect(t.rows.map((r) => [r.line, r.get("A"), r.opt("C")])).toEqual([
      [2, "1", null],
      [3, "4", "6"],
    ]);
    // a column of the header not asked for is not kept
    expect((t.rows[0]!.get as (c: string) => string | null)("B")).toBeNull();
    expect(t.col("C")).toBe(3);
  });
});

describe("streamTable: readTable's rows one at a time", () => {
  it("the same rows as readTable; a missing column is an error at once, a malformed row only when it is reached", () => {
    const text = "A\tB\r\n1\t2\r\n\n3\t4\n5\n";
    const t = streamTable(text, "f.txt", { required: ["A"], optional: ["B"] });
    const seen: (string | null)[] = [];
    const err = caught(() => {
      for (const r of t.rows) seen.push(r.get("A"), r.opt("B"));
    });
    // the rows before line 5 came out, CR stripped and the empty line passed over, before line 5's error
    expect(seen).toEqual(["1", "2", "3", "4"]);
    expect(err.message).toBe("f.txt: line 5 has 1 tab-separated values where the header has 2");
    expect(() => streamTable(text, "f.txt", { required: ["C"] })).toThrow(/the header has no column "C"/);
    expect(readTable("A\tB\n1\t2", "f.txt", { required: ["A"] }).rows.map((r) => [r.line, r.get("A")])).toEqual([[2, "1"]]);
    expect(readTable("A\tB", "f.txt", { required: ["A"] }).rows).toEqual([]);
  });

  it("ownText and sharedText give the cell's text as it is (a copy of it, equal to it)", () => {
    const line = "11-1011.00\tActive Listening and more\tx";
    const name = line.split("\t")[1]!;
    expect(ownText(name)).toBe("Active Listening and more");
    expect(ownText("short")).toBe("short");
    expect(ownText("naïve café — 😀 text")).toBe("naïve café — 😀 text");
    const shared = sharedText();
    const a = shared(name);
    expect(shared(`${"Active Listening"} and more`)).toBe(a);
    expect(shared("Speaking, and more words")).toBe("Speaking, and more words");
  });
});
