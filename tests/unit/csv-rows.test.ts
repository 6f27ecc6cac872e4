/** csvRows (src/import/csv.ts): rows read by their header; a row wider than its header is an error at its line; UTF-8 checked across pieces. */
import { describe, expect, it } from "vitest";
import { CareersError } from "../../src/errors.js";
import { csvRows } from "../../src/import/csv.js";

const rows = async (text: string, columns: string[] = ["a"]) => {
  const out: Record<string, string>[] = [];
  for await (const r of csvRows([new TextEncoder().encode(text)], "x.zip: f.csv", columns, ["b"]))
    out.push({ row: String(r.row), a: r.get("a"), b: r.get("b"), c: r.get("c") });
  return out;
};

describe("csvRows", () => {
  it("a row with fewer cells than its header: its missing cells are empty", async () => {
    expect(await rows("a,b,c\n1,2\n3\n")).toEqual([
      { row: "1", a: "1", b: "2", c: "" },
      { row: "2", a: "3", b: "", c: "" },
    ]);
  });

  it("a row with more cells than its header: a data error naming the file and the line, not its row", async () => {
    // the first data row's quoted cell spans lines 2-3, so the wide row is row 2 on line 4
    const err = await rows('a,b,c\n1,"two\nlines",3\n4,5,6,7\n').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CareersError);
    expect((err as CareersError).kind).toBe("invalid-data");
    expect((err as Error).message).toBe(
      "x.zip: f.csv:4: a row of 4 cells under a header of 3 columns; not a CSV file as published, download it again",
    );
  });
});

describe("csvRows checks UTF-8 over the pieces a zip entry comes in", () => {
  const encode = (text: string) => new TextEncoder().encode(text);
  const read = async (pieces: Uint8Array[]) => {
    const out: string[] = [];
    for await (const r of csvRows(pieces, "x.zip: f.csv", ["a", "b"])) out.push(`${r.get("a")}|${r.get("b")}`);
    return out;
  };

  it("a character cut between two pieces (2, 3 and 4 bytes) reads as in one piece, wherever the cuts fall", async () => {
    const bytes = encode('a,b\n"hé €😀",x\nzz,ü\n');
    expect(await read([bytes])).toEqual(["hé €😀|x", "zz|ü"]);
    for (let i = 0; i <= bytes.length; i++)
      for (let j = i; j <= bytes.length; j++)
        expect(await read([bytes.subarray(0, i), bytes.subarray(i, j), bytes.subarray(j)])).toEqual(["hé €😀|x", "zz|ü"]);
  });

  it("a byte that is not UTF-8 is an error at the offset of its piece; so is a character that ends the file unfinished", async () => {
    const bad = Uint8Array.from([...encode("a,b\nx"), 0xff, ...encode(",y\n")]);
    await expect(read([bad.subarray(0, 3), bad.subarray(3)])).rejects.toThrow("x.zip: f.csv: not UTF-8 text (in the bytes from 3)");
    // the continuation of a character begun in the piece before is checked too: 0xe2 then "A"
    await expect(read([Uint8Array.from([...encode("a,b\nx,"), 0xe2]), encode("AA\n")])).rejects.toThrow(
      "not UTF-8 text (in the bytes from 7)",
    );
    await expect(read([Uint8Array.from([...encode("a,b\nx,"), 0xe2, 0x82])])).rejects.toThrow(
      "x.zip: f.csv: not UTF-8 text (it ends inside a character)",
    );
  });

  it("a byte order mark is not part of the first column's name", async () => {
    expect(await read([Uint8Array.from([0xef, 0xbb, 0xbf, ...encode("a,b\n1,2\n")])])).toEqual(["1|2"]);
  });
});
