/** csvRows (src/import/csv.ts): rows read by their header; a row wider than its header is an error at its line. */
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
