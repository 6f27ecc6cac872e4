/** When long human output goes through a pager: the decision, as a pure function. */
import { describe, expect, it } from "vitest";
import { choosePager } from "../../src/app/pager.js";

const lines = (n: number) => "x\n".repeat(n);
const base = { text: lines(50), isTTY: true, rows: 40, env: {}, enabled: true };

describe("choosePager", () => {
  it("pages with less -R when the output is taller than a terminal", () => {
    expect(choosePager(base)).toBe("less -R");
  });

  it("prints directly when the output fits the screen", () => {
    expect(choosePager({ ...base, text: lines(40) })).toBeNull();
    expect(choosePager({ ...base, text: lines(40).slice(0, -1) })).toBeNull();
    expect(choosePager({ ...base, text: lines(41) })).toBe("less -R");
  });

  it("never pages when stdout is not a terminal, or rows are unknown", () => {
    expect(choosePager({ ...base, isTTY: false })).toBeNull();
    expect(choosePager({ ...base, rows: undefined })).toBeNull();
    expect(choosePager({ ...base, rows: 0 })).toBeNull();
  });

  it("--no-pager turns it off", () => {
    expect(choosePager({ ...base, enabled: false })).toBeNull();
  });

  it("$CAREERS_PAGER, else $PAGER; either set empty turns paging off", () => {
    expect(choosePager({ ...base, env: { PAGER: "more" } })).toBe("more");
    expect(choosePager({ ...base, env: { PAGER: "more", CAREERS_PAGER: "most -s" } })).toBe("most -s");
    expect(choosePager({ ...base, env: { PAGER: "more", CAREERS_PAGER: "" } })).toBeNull();
    expect(choosePager({ ...base, env: { PAGER: " " } })).toBeNull();
  });
});
