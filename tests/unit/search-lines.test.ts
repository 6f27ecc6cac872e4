/** The lines of search.lower read over bytes (src/text/search-lines.ts): place, field letter, text. */
import { describe, expect, it } from "vitest";
import { ALTERNATE, lineEnd, lineStart, readLine, TASK } from "../../src/text/search-lines.js";

// "0\ta\tLamp\n" is bytes 0-8 (its line feed at 8); "12\tk\tOil\n" bytes 9-17
const bytes = Buffer.from("0\ta\tLamp\n12\tk\tOil\n");

describe("lineStart and lineEnd", () => {
  it("the start of the line holding a byte, its own line feed included", () => {
    expect([0, 5, 8].map((at) => lineStart(bytes, at))).toEqual([0, 0, 0]);
    expect([9, 12, 17].map((at) => lineStart(bytes, at))).toEqual([9, 9, 9]);
  });

  it("the end of a line: its line feed, or the end of the bytes", () => {
    expect(lineEnd(bytes, 0)).toBe(8);
    expect(lineEnd(bytes, 9)).toBe(17);
    expect(lineEnd(Buffer.from("ab"), 0)).toBe(2);
    expect(lineEnd(Buffer.from("\nab"), 0)).toBe(0);
  });
});

describe("readLine", () => {
  it("the place, the field's letter and where the text starts", () => {
    expect(readLine(bytes, 0, 8)).toEqual({ n: 0, field: ALTERNATE, from: 4 });
    expect(readLine(bytes, 9, 17)).toEqual({ n: 12, field: TASK, from: 14 });
    expect(readLine(Buffer.from("9\ta\tx"), 0, 5)).toEqual({ n: 9, field: ALTERNATE, from: 4 });
    expect(readLine(Buffer.from("1090\tk\tx"), 0, 8)).toEqual({ n: 1090, field: TASK, from: 7 });
  });

  it("null for a line without a place, a field between tabs, or room for them", () => {
    for (const line of ["\ta\tx", "1x\ta\tx", "1 a\tx", "1\tax", "1\ta", "x"])
      expect(readLine(Buffer.from(line), 0, line.length), JSON.stringify(line)).toBeNull();
    // the tab after the field lies beyond the line's end
    expect(readLine(Buffer.from("1\ta\tx"), 0, 3)).toBeNull();
  });
});
