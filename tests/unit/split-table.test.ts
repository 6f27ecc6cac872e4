/** Side-by-side tables that split rather than cut words. */
import { describe, expect, it } from "vitest";
import { minColumnWidth, renderSplitTable, splitColumns } from "../../src/render/split-table.js";
import { makeStyle } from "../../src/render/style-chalk.js";
import { displayWidth } from "../../src/render/text.js";

describe("split tables", () => {
  it("a column needs its longest word plus padding", () => {
    expect(minColumnWidth(["a bb", "ccc\nd", ""])).toBe(5);
    expect(minColumnWidth([""])).toBe(3);
  });

  it("packs data columns after the lead columns while they fit (borders counted)", () => {
    // lead 10 + 2 borders = 12; each data column 10 + 1 border
    expect(splitColumns([10, 10, 10, 10], 1, 45)).toEqual([[1, 2, 3]]);
    expect(splitColumns([10, 10, 10, 10], 1, 44)).toEqual([[1, 2], [3]]);
    expect(splitColumns([10, 40, 40], 1, 30)).toEqual([[1], [2]]); // a column wider than the room still gets a table
  });

  it("repeats the label column in each part and never cuts a word", () => {
    const spec = {
      head: ["", "Customer Service Clerk (clerk)", "Customer Care Representative (representative)", "Customer Service Supervisor (supervisor)"],
      rows: [["Range", "29,000–55,000+ USD", "—", "—"], ["vs clerk", "base", "+1,600 USD (+4.2%)", "+19,600 USD (+51%)"]],
    };
    const out = renderSplitTable(makeStyle(false, 40), spec);
    for (const line of out.split("\n")) expect(displayWidth(line)).toBeLessThanOrEqual(40);
    expect(out).not.toContain("…");
    expect(out.match(/│ Range/g)).toHaveLength(3);
    expect(out).toContain("29,000–55,000+");
    expect(out).toContain("(representative)");
    const wide = renderSplitTable(makeStyle(false, 200), spec);
    expect(wide.match(/│ Range/g)).toHaveLength(1);
  });
});
