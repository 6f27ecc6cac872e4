/** The terminal bar chart: lengths on one scale, widths, no colour unless asked. */
import { describe, expect, it } from "vitest";
import { type BarGroup, bar, barEighths, renderBarChart } from "../../src/render/chart.js";
import { displayWidth } from "../../src/render/text.js";
import { ANSI } from "../helpers/run.js";
import { makeStyle } from "../helpers/style.js";

const blocks = (line: string): number => {
  // each full block is 8 eighths; partial blocks ▏..▉ are 1..7
  const partial = "▏▎▍▌▋▊▉";
  return [...line].reduce((n, ch) => n + (ch === "█" ? 8 : partial.indexOf(ch) + 1), 0);
};

describe("bar", () => {
  it("is proportional to the value on the common scale, in eighths of a cell", () => {
    expect(bar(72000, 72000, 10)).toBe("██████████");
    expect(bar(36000, 72000, 10)).toBe("█████");
    expect(barEighths(3, 16, 2)).toBe(3);
    expect(bar(3, 16, 2)).toBe("▍");
    expect(bar(35000, 72000, 20)).toBe("█████████▊"); // 35/72 * 160 = 77.8 -> 78 eighths = 9 full + ▊ (6/8)
  });
  it("draws nothing for zero, at least an eighth for any positive value, never more than the cells", () => {
    expect(bar(0, 100, 10)).toBe("");
    expect(bar(1, 1_000_000, 10)).toBe("▏");
    expect(bar(200, 100, 10)).toBe("██████████");
    expect(bar(50, 0, 10)).toBe("");
  });
});

describe("renderBarChart", () => {
  const groups: BarGroup[] = [
    {
      title: "Customer Service Clerk (clerk)",
      bars: [
        { label: "Level median", value: 35000, text: "35,000 USD" },
        { label: "Level average", value: 37000, text: "37,000 USD" },
      ],
    },
    {
      title: "Customer Service Manager (manager)",
      bars: [
        { label: "Level median", value: 72000, text: "72,000 USD" },
        { label: "US median", value: null, text: "—" },
      ],
    },
  ];

  it.each([40, 60, 80, 120])("every line fits %d columns", (width) => {
    const out = renderBarChart(makeStyle(false, width), { groups, max: 72000, width });
    for (const line of out.split("\n")) expect(displayWidth(line)).toBeLessThanOrEqual(width);
  });

  it("puts every bar on one scale: the maximum fills the bar area, the others in proportion", () => {
    const out = renderBarChart(makeStyle(false, 80), { groups, max: 72000, width: 80 }).split("\n");
    const line = (label: string, text: string) => out.find((l) => l.includes(label) && l.includes(text))!;
    const full = blocks(line("Level median", "72,000 USD"));
    expect(full % 8).toBe(0);
    expect(blocks(line("Level median", "35,000 USD")) / full).toBeCloseTo(35000 / 72000, 2);
    expect(blocks(line("Level average", "37,000 USD")) / full).toBeCloseTo(37000 / 72000, 2);
    // bars start in the same column and the figures end in the same column
    const bars = out.filter((l) => /[\u2588-\u258f]/.test(l));
    expect(new Set(bars.map((l) => l.search(/[\u2588-\u258f]/))).size).toBe(1);
    expect(new Set(bars.map((l) => displayWidth(l))).size).toBe(1);
  });

  it("a missing value draws no bar and shows its text", () => {
    const out = renderBarChart(makeStyle(false, 60), { groups, max: 72000, width: 60 });
    const missing = out.split("\n").find((l) => l.includes("US median"))!;
    expect(missing).toMatch(/^ {2}US median\s+—$/);
    expect(out).toContain("Customer Service Manager (manager)\n");
  });

  it("a figure too long to print beside the bars goes below its bar, wrapped, and the bars keep their column", () => {
    const other: BarGroup[] = [
      ...groups,
      { title: "Euro role (euro)", bars: [{ label: "Level median", value: null, text: "41,000 EUR (not drawn: other currency)" }] },
    ];
    for (const width of [40, 60]) {
      const out = renderBarChart(makeStyle(false, width), { groups: other, max: 72000, width });
      for (const line of out.split("\n")) expect(displayWidth(line)).toBeLessThanOrEqual(width);
      expect(out.replace(/\s+/g, " ")).toContain("41,000 EUR (not drawn: other currency)");
      const bars = out.split("\n").filter((l) => /[\u2588-\u258f]/.test(l));
      expect(new Set(bars.map((l) => displayWidth(l))).size).toBe(1);
    }
  });

  it("colour only when the style has it", () => {
    expect(renderBarChart(makeStyle(false, 80), { groups, max: 72000, width: 80 })).not.toMatch(ANSI);
    expect(renderBarChart(makeStyle(true, 80), { groups, max: 72000, width: 80 })).toMatch(ANSI);
  });
});
