/**
 * Wrapping and table layout are one pass over the text: a word far wider than the line is cut into pieces
 * of the width without copying what is left of it each time (which made a 200,000-character title take
 * half a minute in `compare`). Checked by the output's properties over random text, and by inputs of a
 * million characters, which the quadratic cut could not finish within the suite's timeout.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { wrapMessage } from "../../src/prompts/wrap.js";
import { plainStyle } from "../../src/render/style.js";
import { renderTable } from "../../src/render/table.js";
import { displayWidth, wrap } from "../../src/render/text.js";

const MILLION = 1_000_000;
const word = fc.string({ unit: fc.constantFrom("a", "b", "é", "字"), minLength: 1, maxLength: 120 });

describe("wrap: properties", () => {
  it("no line is wider than the width; the words come out in order, cut only where wider than the line", () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 30 }), fc.integer({ min: 1, max: 50 }), (ws, width) => {
        const lines = wrap(ws.join(" "), width);
        for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(width);
        // nothing lost, nothing added: the characters of the words, in order
        expect(lines.join("").replace(/ /g, "")).toBe(ws.join(""));
        // a word that fits the line is never cut
        for (const w of ws) if ([...w].length <= width) expect(lines.some((l) => l.split(" ").includes(w))).toBe(true);
      }),
    );
  });

  it("a word wider than the line: pieces of exactly the width, the rest last", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 1, max: 60 }), (n, width) => {
        const lines = wrap("x".repeat(n), width);
        expect(lines).toHaveLength(Math.ceil(n / width));
        expect(lines.slice(0, -1).every((l) => l.length === width)).toBe(true);
        expect(lines.at(-1)!.length).toBe(n - width * (lines.length - 1));
      }),
    );
  });
});

describe("a million characters in one word", () => {
  const huge = `${"q".repeat(MILLION - 1)}z`;
  /** the huge word's letters in the output, compared without printing a million characters on failure */
  const kept = (out: string) => out.replace(/[^qz]/g, "") === huge;

  it("wrap cuts it in one pass", () => {
    const lines = wrap(`short ${huge} tail`, 40);
    expect(lines[0]).toBe("short");
    expect(lines).toHaveLength(1 + MILLION / 40 + 1);
    expect(lines.at(-2)!.endsWith("z")).toBe(true);
    expect(lines.at(-1)).toBe("tail");
  });

  it("a table cell holding it is laid out and drawn", () => {
    const out = renderTable(plainStyle(80), { head: ["Title", "Median"], rows: [[huge, "38,400 USD"]] });
    const lines = out.split("\n");
    expect(lines.every((l) => displayWidth(l) <= 80)).toBe(true);
    expect(kept(out)).toBe(true);
  });

  it("a prompt message holding it", () => {
    const message = wrapMessage(`Rate ${huge}`, 60);
    expect(message.split("\n").every((l) => displayWidth(l) <= 60)).toBe(true);
    expect(kept(message)).toBe(true);
  });
});
