/** Tables that split rather than cut words: the column groups and the parts renderTable draws. */
import { describe, expect, it } from "vitest";
import { splitColumns, tablePart } from "../../src/render/split-table.js";
import { renderTable } from "../../src/render/table.js";
import { linesWiderThan, tableCount, tokens } from "../helpers/layout.js";
import { makeStyle } from "../helpers/style.js";

describe("split tables", () => {
  it("packs data columns after the lead columns while they fit (borders counted)", () => {
    // lead 10 + 2 borders = 12; each data column 10 + 1 border
    expect(splitColumns([10, 10, 10, 10], 1, 45)).toEqual([[1, 2, 3]]);
    expect(splitColumns([10, 10, 10, 10], 1, 44)).toEqual([[1, 2], [3]]);
    expect(splitColumns([10, 40, 40], 1, 30)).toEqual([[1], [2]]); // a column wider than the room still gets a table
    // two lead columns: 5 + 10 + 3 borders = 18
    expect(splitColumns([5, 10, 10, 10], 2, 40)).toEqual([[2, 3]]);
    expect(splitColumns([5, 10, 10, 10], 2, 39)).toEqual([[2], [3]]);
  });

  it("a part keeps the lead columns and its group; a span row goes to the first part that covers it", () => {
    const spec = {
      head: ["A", "B", "C", "D"],
      align: ["right" as const, "left" as const, "left" as const, "right" as const],
      rows: [["a", "b", "c", "d"], { span: "note", from: 1 }, { span: "late", from: 3 }],
    };
    expect(tablePart(spec, 4, [0, 1, 2], -1)).toEqual({
      head: ["A", "B", "C"],
      align: ["right", "left", "left"],
      rows: [["a", "b", "c"], { span: "note", from: 1 }],
    });
    expect(tablePart(spec, 4, [0, 3], 2)).toEqual({
      head: ["A", "D"],
      align: ["right", "right"],
      rows: [["a", "d"], { span: "late", from: 1 }],
    });
  });

  it("repeats the label column in each part and never cuts a word", () => {
    const spec = {
      head: [
        "",
        "Customer Service Clerk (clerk)",
        "Customer Care Representative (representative)",
        "Customer Service Supervisor (supervisor)",
      ],
      rows: [
        ["Range", "29,000–55,000+ USD", "—", "—"],
        ["vs clerk", "base", "+1,600 USD (+4.2%)", "+19,600 USD (+51%)"],
      ],
    };
    const out = renderTable(makeStyle(false, 40), spec);
    expect(linesWiderThan(out, 40)).toEqual([]);
    expect(out).not.toContain("…");
    expect(out.match(/│ Range/g)).toHaveLength(3);
    for (const word of ["29,000–55,000+", "(representative)", "(supervisor)", "+19,600"]) expect(tokens(out)).toContain(word);
    expect(tableCount(renderTable(makeStyle(false, 200), spec))).toBe(1);
  });
});
