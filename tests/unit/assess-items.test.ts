/**
 * assess over an occupation's essential and optional items (src/core/assess/items.ts). Every expected
 * readiness is worked by hand: 100 x (had + learning weight x being learnt) / essential items, rounded;
 * the bands are data/assessment.yaml's (ready 85, nearly ready 70, building 45, early 0), fixed here.
 */
import { describe, expect, it } from "vitest";
import { assessItems, checklistAnswers, type ItemAnswer } from "../../src/core/assess/items.js";
import { itemCatalog } from "../../src/core/item-match.js";
import type { RequiredItem, Requirements } from "../../src/schema/occupation.js";
import type { ChecklistEntry } from "../../src/schema/skills-checklist.js";

const item = (n: number, label: string, kind: RequiredItem["kind"] = "skill"): RequiredItem => ({
  uri: `u${n}`,
  label,
  kind,
  groups: [],
});
const A = item(1, "alpha");
const B = item(2, "beta", "knowledge");
const C = item(3, "gamma");
const D = item(4, "delta");
const E = item(5, "epsilon");
const X = item(9, "xi");
const req = (essential: RequiredItem[], optional: RequiredItem[] = []): Requirements => ({
  kind: "essential-optional",
  essential,
  optional,
});
const BANDS = [
  { id: "early", min: 0 },
  { id: "ready", min: 85 },
  { id: "building", min: 45 },
  { id: "nearly-ready", min: 70 },
];
const model = (learning = 0.5) => ({ bands: BANDS, requirements: { learning } });
const OCC = { id: "esco:o", code: "1.1", title: "O", source: "esco" as const };
const given = (pairs: [RequiredItem, ItemAnswer][], ignored = 0) => ({ answers: new Map(pairs.map(([i, a]) => [i.uri, a])), ignored });
const FILE = { kind: "answers" as const, file: "f.txt" };
const entry = (line: number, mark: ChecklistEntry["mark"], label: string | null, uri: string | null = null): ChecklistEntry => ({
  line,
  mark,
  label,
  uri,
});

describe("assessItems", () => {
  it("readiness: had + learning weight x being learnt over the essential items, banded", () => {
    // 4 essential: 2 had, 1 learning, 1 no -> (2 + 0.5) / 4 = 62.5 -> 63 (building, 45-69)
    const r = assessItems(
      OCC,
      req([A, B, C, D]),
      given([
        [A, "have"],
        [B, "have"],
        [C, "learning"],
        [D, "no"],
      ]),
      FILE,
      model(),
    );
    expect(r.readiness).toBe(63);
    expect(r.band).toBe("building");
    expect(r.categories).toEqual([{ id: "skills", score: 63 }]);
    expect(r.learning).toBe(0.5);
    expect(r.essential).toEqual({ have: 2, learning: 1, no: 1, of: 4, notListed: 0 });
    expect(r.occupation).toBe(OCC);
    expect(r.source).toBe(FILE);
    // the weight is the model's: learning 0.25 -> (2 + 0.25) / 4 = 56.25 -> 56; 1 -> 3 / 4 = 75
    expect(
      assessItems(
        OCC,
        req([A, B, C, D]),
        given([
          [A, "have"],
          [B, "have"],
          [C, "learning"],
        ]),
        FILE,
        model(0.25),
      ).readiness,
    ).toBe(56);
    expect(
      assessItems(
        OCC,
        req([A, B, C, D]),
        given([
          [A, "have"],
          [B, "have"],
          [C, "learning"],
        ]),
        FILE,
        model(1),
      ).readiness,
    ).toBe(75);
  });

  it("each band at its threshold: 6/7 = 85.7 ready, 5/7 = 71.4 nearly ready, 1/2 building, 2/5 early", () => {
    const seven = [A, B, C, D, E, X, item(6, "zeta")];
    const had = (n: number, of: RequiredItem[]) => given(of.slice(0, n).map((i): [RequiredItem, ItemAnswer] => [i, "have"]));
    expect(assessItems(OCC, req(seven), had(6, seven), FILE, model())).toMatchObject({ readiness: 86, band: "ready" });
    expect(assessItems(OCC, req(seven), had(5, seven), FILE, model())).toMatchObject({ readiness: 71, band: "nearly-ready" });
    expect(assessItems(OCC, req([A, B]), had(1, [A, B]), FILE, model())).toMatchObject({ readiness: 50, band: "building" });
    expect(assessItems(OCC, req([A, B, C, D, E]), had(2, [A, B, C, D, E]), FILE, model())).toMatchObject({ readiness: 40, band: "early" });
    // 17/20 = 85 exactly: ready; 14/20 = 70: nearly ready; 9/20 = 45: building
    const twenty = Array.from({ length: 20 }, (_, k) => item(100 + k, `i${k}`));
    expect(assessItems(OCC, req(twenty), had(17, twenty), FILE, model()).band).toBe("ready");
    expect(assessItems(OCC, req(twenty), had(14, twenty), FILE, model()).band).toBe("nearly-ready");
    expect(assessItems(OCC, req(twenty), had(9, twenty), FILE, model()).band).toBe("building");
    expect(assessItems(OCC, req(twenty), had(8, twenty), FILE, model()).band).toBe("early");
  });

  it("nothing answered: 0, every essential item not listed and to learn; no essential items: 100", () => {
    const r = assessItems(OCC, req([A, B], [C]), given([]), FILE, model());
    expect(r).toMatchObject({ readiness: 0, band: "early" });
    expect(r.essential).toEqual({ have: 0, learning: 0, no: 2, of: 2, notListed: 2 });
    expect(r.optional).toEqual({ have: 0, learning: 0, of: 1 });
    expect(r.answers.map((a) => [a.uri, a.answer])).toEqual([
      ["u1", "no"],
      ["u2", "no"],
    ]);
    // an optional item the answers do not name is not known: not in what to learn
    expect(r.toLearn.map((i) => i.uri)).toEqual(["u1", "u2"]);
    expect(assessItems(OCC, req([], [C]), given([]), FILE, model()).readiness).toBe(100);
  });

  it("what to learn: essential not had, essential being learnt, optional not had, optional being learnt", () => {
    const r = assessItems(
      OCC,
      req([A, B, C], [D, E, X]),
      given(
        [
          [E, "learning"],
          [D, "no"],
          [C, "no"],
          [B, "learning"],
          [A, "have"],
          [X, "have"],
        ],
        2,
      ),
      FILE,
      model(),
    );
    expect(r.toLearn.map((i) => [i.uri, i.essential, i.answer])).toEqual([
      ["u3", true, "no"],
      ["u2", true, "learning"],
      ["u4", false, "no"],
      ["u5", false, "learning"],
    ]);
    expect(r.toLearn[0]).toMatchObject({ label: "gamma", kind: "skill" });
    expect(r.optional).toEqual({ have: 1, learning: 1, of: 3 });
    expect(r.ignored).toBe(2);
    expect(r.essential.notListed).toBe(0);
  });

  it("an item both essential and optional is essential alone", () => {
    const r = assessItems(
      OCC,
      req([A], [A, B]),
      given([
        [A, "no"],
        [B, "no"],
      ]),
      FILE,
      model(),
    );
    expect(r.optional.of).toBe(1);
    expect(r.toLearn.map((i) => [i.uri, i.essential])).toEqual([
      ["u1", true],
      ["u2", false],
    ]);
  });
});

describe("checklistAnswers", () => {
  const all = itemCatalog([{ requirements: req([A, B], [C]) }, { requirements: req([X, item(7, "beta")], [item(8, "omega")]) }]);

  it("marks as answers by URI: [x] have, [~] learning, [ ] no; the strongest of two marks", () => {
    const r = checklistAnswers(
      [entry(1, "had", "Alpha"), entry(2, "learning", null, "u2"), entry(3, "not", "gamma"), entry(4, "not", "alpha")],
      req([A, B], [C]),
      () => {
        throw new Error("not needed: every line is the occupation's");
      },
    );
    expect([...r.answers]).toEqual([
      ["u3", "no"],
      ["u2", "learning"],
      ["u1", "have"],
    ]);
    expect(r.ignored).toBe(0);
    expect(r.problems).toEqual([]);
  });

  it("a label another occupation shares is the occupation's own; items of another occupation are ignored, whatever their mark", () => {
    // "beta" is u2 here and u7 elsewhere: no ambiguity within the occupation; xi (another's) is ignored
    const r = checklistAnswers(
      [entry(1, "had", "beta"), entry(2, "had", "xi"), entry(3, "learning", null, "u7"), entry(4, "not", "omega")],
      req([A, B], [C]),
      () => all,
    );
    expect([...r.answers]).toEqual([["u2", "have"]]);
    // one had, one being learnt, one not had: each counted
    expect(r.ignored).toBe(3);
    expect(r.problems).toEqual([]);
  });

  it("a label or URI of no item: a problem at its line, with the closest label", () => {
    const r = checklistAnswers([entry(1, "had", "alpha"), entry(3, "had", "alpah"), entry(5, "had", null, "u99")], req([A, B]), () => all);
    expect([...r.answers]).toEqual([["u1", "have"]]);
    expect(r.ignored).toBe(0);
    expect(r.problems.map((p) => [p.line, p.suggestion])).toEqual([
      [3, "alpha"],
      [5, undefined],
    ]);
  });
});
