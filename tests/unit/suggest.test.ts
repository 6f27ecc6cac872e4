/** Did-you-mean distances: a swap of two neighbouring letters is one edit. */
import { describe, expect, it } from "vitest";
import { didYouMean, editDistance } from "../../src/text/suggest.js";

describe("editDistance", () => {
  it("counts inserts, deletes, substitutions and swaps of neighbours as one edit each", () => {
    expect(editDistance("show", "show")).toBe(0);
    expect(editDistance("shw", "show")).toBe(1);
    expect(editDistance("shox", "show")).toBe(1);
    expect(editDistance("shwo", "show")).toBe(1);
    expect(editDistance("celrk", "clerk")).toBe(1);
    expect(editDistance("ab", "ba")).toBe(1);
    expect(editDistance("abc", "cba")).toBe(2);
  });

  it("suggests the command a swap away", () => {
    expect(didYouMean("shwo", ["list", "show", "compare"])).toBe('Did you mean "show"?');
  });
});
