/** Wrapping prose: display width without colour codes, words kept whole; the width output is laid out at. */
import { describe, expect, it } from "vitest";
import { paintWords, paragraph } from "../../src/render/blocks.js";
import { MAX_WIDTH, MIN_WIDTH, plainStyle } from "../../src/render/style.js";
import { closeStylesPerLine, displayWidth, stripAnsi, wrap } from "../../src/render/text.js";
import { linesWiderThan } from "../helpers/layout.js";
import { makeStyle } from "../helpers/style.js";

describe("wrap", () => {
  it("wraps at spaces and cuts only a word wider than the line", () => {
    expect(wrap("one two three", 7)).toEqual(["one two", "three"]);
    expect(wrap("abcdefghij kl", 4)).toEqual(["abcd", "efgh", "ij", "kl"]);
    expect(wrap("a\n\nb", 10)).toEqual(["a", "", "b"]);
  });

  it("measures coloured words by what shows, so coloured prose fills the same lines as plain", () => {
    const c = makeStyle(true, 80).c;
    const text = "Customer Service Clerk has no salary data for this region yet.";
    const coloured = text
      .split(" ")
      .map((w, i) => (i % 2 ? c.bold(w) : c.dim(w)))
      .join(" ");
    expect(wrap(coloured, 20).map(stripAnsi)).toEqual(wrap(text, 20));
  });
});

describe("paragraphs and mixed styles", () => {
  it("paintWords styles each word, so no colour code crosses a line break once wrapped", () => {
    const style = makeStyle(true, 40);
    const text = paragraph(
      style,
      `${paintWords(style.c.bold, "Readiness for Customer Service Representative: 61%")} ${style.c.yellow("(building)")}`,
    );
    expect(linesWiderThan(text, 40)).toEqual([]);
    for (const line of text.split("\n")) expect(line.endsWith("m")).toBe(true); // every line closes what it opened
    expect(stripAnsi(text)).toBe("Readiness for Customer Service\nRepresentative: 61% (building)");
    expect(paintWords(plainStyle().c.bold, "a b")).toBe("a b");
  });
});

describe("layout width", () => {
  it("is the terminal's, at least 40 and at most 160 columns", () => {
    expect(plainStyle(100_000).width).toBe(MAX_WIDTH);
    expect(makeStyle(true, 100_000).width).toBe(MAX_WIDTH);
    expect(plainStyle(10).width).toBe(MIN_WIDTH);
    expect(plainStyle(120).width).toBe(120);
    expect(MAX_WIDTH).toBe(160);
    expect(displayWidth(paragraph(plainStyle(100_000), "word ".repeat(100)).split("\n")[0]!)).toBeLessThanOrEqual(160);
  });
});

describe("styles across wrapped lines", () => {
  const B = "\u001b[1m";
  const b = "\u001b[22m";
  const R = "\u001b[0m";

  it("a style open at a line's end is closed there and opened again on the next line", () => {
    expect(wrap(`${B}Typical education${b}`, 9)).toEqual([`${B}Typical${R}`, `${B}education${b}`]);
    expect(closeStylesPerLine([`${B}a`, "b", `c${b} d`])).toEqual([`${B}a${R}`, `${B}b${R}`, `${B}c${b} d`]);
  });

  it("a style closed on its own line, or reset, is not carried", () => {
    expect(closeStylesPerLine([`${B}a${b}`, "b"])).toEqual([`${B}a${b}`, "b"]);
    const red = "\u001b[31m";
    expect(closeStylesPerLine([`${red}${B}x${R}`, "y"])).toEqual([`${red}${B}x${R}`, "y"]);
    // closing the colour keeps the bold open
    expect(closeStylesPerLine([`${red}${B}x\u001b[39m`, "y"])).toEqual([`${red}${B}x\u001b[39m${R}`, `${B}y${R}`]);
  });
});
