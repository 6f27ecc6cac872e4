/** The box table: fits the width, wraps at spaces, spans, compact lists, colour-safe widths. */
import { describe, expect, it } from "vitest";
import { fitColumns, renderTable, wrapCell } from "../../src/render/table.js";
import { makeStyle } from "../../src/render/style-chalk.js";
import { displayWidth } from "../../src/render/text.js";

const lines = (s: string) => s.split("\n");

describe("renderTable", () => {
  it("draws cli-table3's box with a header rule", () => {
    const out = renderTable(makeStyle(false, 80), { head: ["Id", "Pay"], rows: [["clerk", "35,000"], ["manager", "72,000"]], align: ["left", "right"] });
    expect(lines(out)).toEqual([
      "┌─────────┬────────┐",
      "│ Id      │    Pay │",
      "├─────────┼────────┤",
      "│ clerk   │ 35,000 │",
      "├─────────┼────────┤",
      "│ manager │ 72,000 │",
      "└─────────┴────────┘",
    ]);
  });

  it("compact tables have no rule between body rows", () => {
    const out = renderTable(makeStyle(false, 80), { head: ["A"], rows: [["x"], ["y"]], compact: true });
    expect(lines(out)).toEqual(["┌───┐", "│ A │", "├───┤", "│ x │", "│ y │", "└───┘"]);
  });

  it("wraps long cells so every line fits the width", () => {
    const long = "Handles routine inquiries and basic customer requests, mostly information lookup and simple transactions.";
    for (const width of [40, 60, 100]) {
      const out = renderTable(makeStyle(false, width), { rows: [["Scope", long], ["Years", "0–1"]] });
      for (const l of lines(out)) expect(displayWidth(l)).toBeLessThanOrEqual(width);
      expect(out.replace(/[│\s]+/g, " ")).toContain("Handles routine inquiries");
    }
  });

  it("a span row joins the columns it covers", () => {
    const out = renderTable(makeStyle(false, 60), { head: ["Step", "Level", "Pay"], rows: [["1", "Clerk", "35,000"], { span: "Scope: routine inquiries", from: 1 }, ["2", "Junior", "30,000"]] });
    const l = lines(out);
    expect(l[4]).toMatch(/^├──────┼─+┴─+┤$/);
    expect(l[5]).toMatch(/^│      │ Scope: routine +│$/);
    expect(l[6]).toMatch(/^│      │ inquiries +│$/);
    expect(l[7]).toMatch(/^├──────┼─+┬─+┤$/);
    expect(new Set(l.map((x) => displayWidth(x))).size).toBe(1);
  });

  it("coloured cells are measured without their colour codes", () => {
    const style = makeStyle(true, 80);
    const out = renderTable(style, { head: ["A", "B"], rows: [[style.c.bold("bold"), "x"]] });
    expect(new Set(lines(out).map((x) => displayWidth(x))).size).toBe(1);
  });
});

describe("fitColumns and wrapCell", () => {
  it("keeps natural widths that fit, else caps the widest", () => {
    expect(fitColumns([10, 20], 80)).toEqual([10, 20]);
    const w = fitColumns([10, 60, 60], 80);
    expect(w.reduce((a, b) => a + b, 0) + 4).toBeLessThanOrEqual(80);
    expect(w[0]).toBe(10);
  });
  it("breaks words longer than the cell", () => {
    expect(wrapCell("abcdefghij kl", 4)).toEqual(["abcd", "efgh", "ij", "kl"]);
    expect(wrapCell("one two three", 7)).toEqual(["one two", "three"]);
  });
});
