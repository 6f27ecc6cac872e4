/** render/item-match.ts: the checklist match --template --source esco writes, and the table when nothing is ranked. */
import { describe, expect, it } from "vitest";
import type { ItemMatchResult } from "../../src/core/item-match.js";
import { NAMES_SHOWN, renderItemMatch, renderItemTemplate } from "../../src/render/item-match.js";
import { makeStyle } from "../helpers/style.js";

const item = (n: string) => ({ uri: `u:${n}`, label: n, kind: "knowledge" as const, groups: [] });
const occupations = [0, 1, 2, 3, 4].map((i) => ({ i, id: `esco:o${i}`, title: `o${i}` }));

describe("renderItemTemplate", () => {
  it("names at most NAMES_SHOWN occupations a line, then how many more; an empty box an item", () => {
    expect(NAMES_SHOWN).toBe(3);
    const text = renderItemTemplate(
      "T",
      [
        { item: item("a"), essentialTo: [0, 1, 2, 3], optionalTo: [4] },
        { item: item("b"), essentialTo: [], optionalTo: [1] },
      ],
      occupations,
      "use it",
    );
    expect(text).toContain("# T: 2 ESCO skills and knowledge items of 5 occupations:\n#   o0 (esco:o0)\n");
    expect(text).toContain("#   use it\n");
    expect(text).toContain("- [ ] a  # u:a  knowledge; essential to 4 of 5: o0, o1, o2 and 1 more; optional to 1 of 5: o4\n");
    expect(text).toContain("\n# Optional to them\n- [ ] b  # u:b  knowledge; optional to 1 of 5: o1\n");
    const one = renderItemTemplate("T", [{ item: item("a"), essentialTo: [0], optionalTo: [] }], occupations.slice(0, 1), "x");
    expect(one).toContain("items of 1 occupation:");
    expect(one).not.toContain("Optional to them");
  });
});

describe("renderItemMatch", () => {
  it("nothing ranked under the group: said; one occupation in the count", () => {
    const result: ItemMatchResult = {
      source: { kind: "like", occupations: [{ id: "esco:o0", code: "1", title: "o0", source: "esco" }], file: "s.txt" },
      measure: { weights: { essential: 1, optional: 0.5 }, relevance: 1 },
      items: { had: 1, learning: 0, not: 0 },
      filters: { isco: "42" },
      total: 1,
      results: [],
      shown: { rows: 0, of: 0 },
    };
    const text = renderItemMatch(result, makeStyle(false, 100));
    expect(text).toContain("Like o0 (its items as had, with s.txt): 1 item had.");
    expect(text).toContain("No ESCO occupation under ISCO-08 group 42 lists any of the items had.");
    expect(text).toContain("0 shown of 0 under ISCO-08 group 42; 1 ESCO occupation lists an item had.");
  });
});
