import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Dataset, installedSet } from "../../src/loader/occupations.js";
import type { Reference, StoredRatings } from "../../src/schema/occupation.js";
import { SCALE_ELEMENT_IDS, SCALE_ELEMENTS, SCALE_OCCUPATIONS, scaleHome } from "../helpers/scale-fixture.js";

describe("import: the ratings and reference for the common scales", () => {
  let home: { home: string; cleanup: () => void };
  let ratings: StoredRatings;
  let reference: Reference;
  let codes: string[];
  beforeAll(async () => {
    home = await scaleHome();
    const set = installedSet(join(home.home, "occupations"))!;
    ratings = new Dataset(set).ratings();
    reference = JSON.parse(readFileSync(join(set, "reference.json"), "utf8"));
    const details = readFileSync(join(set, "details.jsonl"), "utf8").trim().split("\n");
    codes = details.map((l) => JSON.parse(l).code);
  });
  afterAll(() => home.cleanup());

  it("lists the skills, then the knowledge areas, each by id", () => {
    const skills = SCALE_ELEMENT_IDS.filter((id) => !SCALE_ELEMENTS[id]!.knowledge).sort();
    const knowledge = SCALE_ELEMENT_IDS.filter((id) => SCALE_ELEMENTS[id]!.knowledge).sort();
    expect(ratings.elements).toEqual([...skills, ...knowledge]);
  });

  it("gives each occupation's importance and level in that order, 0 for a level marked not relevant", () => {
    for (const o of SCALE_OCCUPATIONS) {
      const i = codes.indexOf(o.code);
      ratings.elements.forEach((id, c) => {
        const [importance, level] = o.ratings[SCALE_ELEMENT_IDS.indexOf(id)]!;
        expect([ratings.importance[i]![c], ratings.level[i]![c]]).toEqual([importance, level]);
      });
    }
  });

  it("gives the interests in RIASEC order and the related occupations by place, with their tier", () => {
    const clerks = codes.indexOf("91-3011.00");
    expect(ratings.interests[clerks]).toEqual([1.5, 1.5, 1.2, 4.5, 4, 6]);
    expect(ratings.related[clerks]!.map(([i, tier]) => [codes[i], tier])).toEqual([
      ["91-3012.00", "Primary-Short"],
      ["91-1021.00", "Primary-Short"],
      ["91-3013.00", "Primary-Long"],
      ["91-4011.00", "Supplemental"],
    ]);
  });

  it("keeps every level anchor of each element, lowest first, and each element's kind", () => {
    expect(reference.elements["2.A.1.b"]).toMatchObject({
      name: "Active Listening",
      kind: "skill",
      anchors: [
        { value: 2, text: "Take a ferry ticket order" },
        { value: 4, text: "Answer a captain's berth questions" },
        { value: 6, text: "Hear a maritime court case" },
      ],
    });
    expect(reference.elements["2.C.1.a"]!.kind).toBe("knowledge");
  });

  it("describes the six interests with their keywords", () => {
    expect(reference.interests!.map((i) => i.code).join("")).toBe("RIASEC");
    expect(reference.interests![3]).toEqual({
      code: "S",
      name: "Social",
      description: "Social work, as the harbour town knows it.",
      keywords: ["social-action", "social-object"],
    });
  });
});
