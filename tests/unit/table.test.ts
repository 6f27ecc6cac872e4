/** The box table: fits the width, wraps at spaces, spans, compact lists, colour-safe widths. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fitColumns, measureColumns, renderTable, type TableSpec } from "../../src/render/table.js";
import { displayWidth, wrap } from "../../src/render/text.js";
import { linesWiderThan, tableCount, tokens } from "../helpers/layout.js";
import { makeStyle } from "../helpers/style.js";

const lines = (s: string) => s.split("\n");

describe("renderTable", () => {
  it("draws cli-table3's box with a header rule", () => {
    const out = renderTable(makeStyle(false, 80), {
      head: ["Id", "Pay"],
      rows: [
        ["clerk", "35,000"],
        ["manager", "72,000"],
      ],
      align: ["left", "right"],
    });
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
      const out = renderTable(makeStyle(false, width), {
        rows: [
          ["Scope", long],
          ["Years", "0–1"],
        ],
      });
      for (const l of lines(out)) expect(displayWidth(l)).toBeLessThanOrEqual(width);
      expect(out.replace(/[│\s]+/g, " ")).toContain("Handles routine inquiries");
    }
  });

  it("a span row joins the columns it covers", () => {
    const out = renderTable(makeStyle(false, 60), {
      head: ["Step", "Level", "Pay"],
      rows: [["1", "Clerk", "35,000"], { span: "Scope: routine inquiries", from: 1 }, ["2", "Junior", "30,000"]],
    });
    const l = lines(out);
    expect(l[4]).toMatch(/^├──────┼─+┴─+┤$/);
    expect(l[5]).toMatch(/^│ {6}│ Scope: routine +│$/);
    expect(l[6]).toMatch(/^│ {6}│ inquiries +│$/);
    expect(l[7]).toMatch(/^├──────┼─+┬─+┤$/);
    expect(new Set(l.map((x) => displayWidth(x))).size).toBe(1);
  });

  it("coloured cells are measured without their colour codes", () => {
    const style = makeStyle(true, 80);
    const out = renderTable(style, { head: ["A", "B"], rows: [[style.c.bold("bold"), "x"]] });
    expect(new Set(lines(out).map((x) => displayWidth(x))).size).toBe(1);
  });
});

describe("fitColumns and wrap", () => {
  it("keeps natural widths that fit, else caps the widest", () => {
    expect(fitColumns([10, 20], 80)).toEqual([10, 20]);
    const w = fitColumns([10, 60, 60], 80);
    expect(w.reduce((a, b) => a + b, 0) + 4).toBeLessThanOrEqual(80);
    expect(w[0]).toBe(10);
  });
  it("breaks words longer than the cell", () => {
    expect(wrap("abcdefghij kl", 4)).toEqual(["abcd", "efgh", "ij", "kl"]);
    expect(wrap("one two three", 7)).toEqual(["one two", "three"]);
  });
});

describe("columns at least as wide as their longest word", () => {
  const sum = (ws: number[]) => ws.reduce((a, b) => a + b, 0);

  it("measures each column's widest line and widest word, padding included, colour codes not counted", () => {
    const style = makeStyle(true, 80);
    expect(
      measureColumns({
        head: ["Id", "Title"],
        rows: [["representative", style.c.bold("Customer Care Representative")], { span: "a long note under the row" }, ["a", "b\nccc dd"]],
      }),
    ).toEqual({
      natural: [16, 30],
      words: [16, 16],
    });
  });

  it("fitColumns keeps every column at its longest word, taking width from the columns that have room", () => {
    const natural = [6, 33, 12, 17, 12, 20];
    const words = [6, 16, 12, 7, 8, 11];
    const w = fitColumns(natural, 80, words);
    expect(sum(w) + w.length + 1).toBeLessThanOrEqual(80);
    w.forEach((x, i) => expect(x).toBeGreaterThanOrEqual(words[i]!));
    w.forEach((x, i) => expect(x).toBeLessThanOrEqual(natural[i]!));
    // By hand: 80 columns less 7 borders leave 73; the natural widths need 100. Floors (the longest word,
    // at least 8 where the column is that wide): 6 16 12 8 8 11. The highest common cap that fits is 13:
    // 6 16 12 13 12 13 = 72 (a cap of 14 needs 74). The 1 left over goes to the first column with room
    // (the second: 16 of 33), so every one of the 73 is used.
    expect(w).toEqual([6, 17, 12, 13, 12, 13]);
    expect(sum(w) + w.length + 1).toBe(80);
  });

  it("fitColumns stays within the width even when the words cannot fit, cutting the longest words first", () => {
    const w = fitColumns([30, 30, 12], 40, [22, 22, 12]);
    expect(sum(w) + 4).toBeLessThanOrEqual(40);
    expect(w[2]).toBe(12);
    expect(fitColumns([10, 10], 8)).toEqual([3, 3]); // never narrower than a character and its padding
  });

  it("a table that fits keeps every word whole: no 'Representativ' / 'e'", () => {
    const spec: TableSpec = {
      head: ["Step", "Level", "Track", "Years", "US median", "Change"],
      rows: [
        ["1", "Customer Service Clerk\n(you are here)", "ic", "0–1 year", "35,000 USD", "—"],
        ["4", "Customer Service Representative", "ic", "3–5 years total", "40,000 USD", "-10,000 USD (-20%)*"],
        { span: "Scope: A primary point of contact for support", from: 1 },
      ],
      lead: 2,
    };
    const out = renderTable(makeStyle(false, 80), spec);
    expect(linesWiderThan(out, 80)).toEqual([]);
    expect(tableCount(out)).toBe(1);
    for (const word of ["Representative", "(-20%)*", "-10,000", "total"]) expect(tokens(out)).toContain(word);
  });

  it("a table whose words cannot fit side by side is split, each part repeating the lead column", () => {
    const rows = [
      ["junior-clerk", "Junior Customer Service Clerk", "30,000 USD*", "—", "—"],
      ["representative", "Customer Care Representative", "40,000 USD*", "—", "High school diploma or equivalent…"],
    ];
    const spec: TableSpec = { head: ["Id", "Title", "Median salary", "Growth", "Typical education"], rows, compact: true };
    const out = renderTable(makeStyle(false, 60), spec);
    expect(linesWiderThan(out, 60)).toEqual([]);
    expect(tableCount(out)).toBeGreaterThan(1);
    expect(out.match(/│ representative │/g)).toHaveLength(tableCount(out));
    for (const word of ["junior-clerk", "representative", "Representative", "equivalent…", "education"])
      expect(tokens(out)).toContain(word);
  });

  it("a span row is drawn once, in the first part of a split table", () => {
    const spec: TableSpec = {
      head: ["Step", "Level", "Track", "Years", "US median", "Change"],
      rows: [
        ["4", "Customer Service Representative", "management", "3–5 years total", "40,000 USD", "-10,000 USD (-20%)*"],
        { span: "Scope: a primary point of contact", from: 1 },
      ],
      lead: 2,
    };
    const out = renderTable(makeStyle(false, 60), spec);
    expect(tableCount(out)).toBe(2);
    expect(out.match(/Scope:/g)).toHaveLength(1);
    expect(out.indexOf("Scope:")).toBeLessThan(out.lastIndexOf("┌"));
    expect(linesWiderThan(out, 60)).toEqual([]);
  });

  it("cuts a word only where even one column beside the lead cannot hold it, and still fits the width", () => {
    const out = renderTable(makeStyle(false, 40), { rows: [["label", "x".repeat(60)]] });
    expect(linesWiderThan(out, 40)).toEqual([]);
    expect(out.replace(/[│\s]/g, "")).toContain("x".repeat(30));
  });

  const word = fc.stringMatching(/^[a-z0-9,–()%+*-]{1,14}$/);
  const longWord = fc.stringMatching(/^[a-z]{15,70}$/);
  const cell = fc
    .array(fc.oneof({ weight: 12, arbitrary: word }, { weight: 1, arbitrary: longWord }), { minLength: 1, maxLength: 8 })
    .map((ws) => ws.join(" "));
  const table = fc.integer({ min: 1, max: 7 }).chain((columns) =>
    fc.record({
      head: fc.array(word, { minLength: columns, maxLength: columns }),
      rows: fc.array(fc.array(cell, { minLength: columns, maxLength: columns }), { minLength: 1, maxLength: 6 }),
      spans: fc.array(fc.record({ at: fc.nat(6), span: cell, from: fc.nat(columns) }), { maxLength: 2 }),
      width: fc.integer({ min: 40, max: 160 }),
      lead: fc.integer({ min: 0, max: 2 }),
    }),
  );

  it("property: every line fits; every cell's words stay whole wherever the lead and any one column can hold them", () => {
    fc.assert(
      fc.property(table, ({ head, rows, spans, width, lead }) => {
        const withSpans: TableSpec["rows"] = [...rows];
        for (const { at, span, from } of spans) withSpans.splice(at, 0, { span, from });
        const spec: TableSpec = { head, rows: withSpans, lead };
        const out = renderTable(makeStyle(false, width), spec);
        expect(linesWiderThan(out, width)).toEqual([]);
        const { words } = measureColumns(spec);
        const leadCols = Math.min(lead, words.length - 1);
        const leadWidth = sum(words.slice(0, leadCols)) + leadCols + 1;
        const canKeep = words.slice(leadCols).every((w) => leadWidth + w + 1 <= width);
        if (canKeep) {
          const seen = tokens(out);
          for (const text of [...head, ...rows.flat()]) for (const w of text.split(" ")) expect(seen).toContain(w);
        }
      }),
      { numRuns: 300 },
    );
  });
});
