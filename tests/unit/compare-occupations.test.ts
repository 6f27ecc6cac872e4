/**
 * core/compare-occupations.ts over the harbour-town occupations of tests/helpers/scale-fixture.ts. Every
 * expected figure is worked by hand from the fixture's [importance, level] pairs, in SCALE_ELEMENT_IDS
 * order (Reading Comprehension, Active Listening, Speaking, Social Perceptiveness, Judgment and Decision
 * Making, Management of Personnel Resources; knowledge: Customer and Personal Service, Administration and
 * Management), with the shipped threshold: an element matters at importance 3 or more.
 */
import { describe, expect, it } from "vitest";
import {
  checkSideCount,
  compareOccupations,
  type OccupationData,
  type SideInput,
  typicalEducation,
} from "../../src/core/compare-occupations.js";
import { latestProfile, type ProfileEntry } from "../../src/core/profile.js";
import type { CareersError } from "../../src/errors.js";
import type { ScaleModel } from "../../src/schema/assessment.js";
import type { HistoryEntry } from "../../src/schema/history.js";
import type { Manifest, Occupation, Outlook, Reference, Source, Wages } from "../../src/schema/occupation.js";
import { TEST_REQUIREMENTS_MODEL as REQUIREMENTS } from "../helpers/esco-fixtures.js";
import { loadShipped } from "../helpers/roles.js";
import { SCALE_ELEMENT_IDS, SCALE_ELEMENTS, SCALE_OCCUPATIONS, TEST_SCALE_MODEL, tideClerksEntry } from "../helpers/scale-fixture.js";

const MODEL: ScaleModel = TEST_SCALE_MODEL;

const REFERENCE: Reference = {
  scales: { IM: { name: "Importance", min: 1, max: 5 }, LV: { name: "Level", min: 0, max: 7 } },
  elements: Object.fromEntries(
    SCALE_ELEMENT_IDS.map((id) => [
      id,
      { name: SCALE_ELEMENTS[id]!.name, description: "", kind: SCALE_ELEMENTS[id]!.knowledge ? "knowledge" : "skill" },
    ]),
  ),
};

const RC = "Reading Comprehension";
const AL = "Active Listening";
const SP = "Speaking";
const SOC = "Social Perceptiveness";
const JDM = "Judgment and Decision Making";
const MPR = "Management of Personnel Resources";
const CPS = "Customer and Personal Service";
const AM = "Administration and Management";

/** A fixture occupation as the data set gives it: details (only what compare reads) and needs. */
function data(title: string): OccupationData {
  const o = SCALE_OCCUPATIONS.find((x) => x.title === title)!;
  const occupation = {
    id: o.title.toLowerCase().replace(/ /g, "-"),
    code: o.code,
    soc: o.code.slice(0, 7),
    title: o.title,
    wages: null,
    outlook: null,
    jobZone: { zone: o.zone },
    education: {
      required: Object.entries(o.education).map(([c, percent]) => ({ category: Number(c), label: `category ${c}`, percent })),
      experience: [],
      training: [],
    },
  } as unknown as Occupation;
  const needs = SCALE_ELEMENT_IDS.map((id, k) => ({
    element: id,
    name: SCALE_ELEMENTS[id]!.name,
    kind: SCALE_ELEMENTS[id]!.knowledge ? ("knowledge" as const) : ("skill" as const),
    importance: o.ratings[k]![0],
    level: o.ratings[k]![1],
  }));
  return { occupation, needs };
}

const occ = (title: string): SideInput => ({ kind: "occupation", data: data(title) });
const compare = (...sides: SideInput[]) =>
  compareOccupations({ sides, model: MODEL, requirements: REQUIREMENTS, reference: REFERENCE, manifest: null });
const names = (list: { name: string }[] | null) => list?.map((x) => x.name) ?? null;
/** "You", from a saved assessment of Tide Clerks holding these levels. */
const entry = (levels: Record<string, number>) => tideClerksEntry("2098-04-01T09:00:00.000Z", levels) as ProfileEntry;
const gapsOf = (list: { name: string; gap: number; weighted: number }[] | null) => list?.map((g) => [g.name, g.gap, g.weighted]) ?? null;

describe("compareOccupations: from one occupation to another", () => {
  it("Tide Clerks -> Tide Desk Leads: nothing carries over; every gap, biggest weighted first", () => {
    const r = compare(occ("Tide Clerks"), occ("Tide Desk Leads"));
    expect(r.base).toBe("tide-clerks");
    expect(r.moves).toHaveLength(1);
    const m = r.moves[0]!;
    expect([m.from, m.to, m.reason, m.leftOut]).toEqual(["tide-clerks", "tide-desk-leads", null, []]);
    // every one of the leads' elements matters (importance 3.5 to 4.5) and each needs more than the clerks' level
    expect(m.transferable).toEqual([]);
    expect(gapsOf(m.toBuild)).toEqual([
      [MPR, 3, 10.5], // 4 - 1 = 3, x 3.5
      [AM, 2, 7], // 4 - 2, x 3.5
      [JDM, 1.5, 5.25], // 4 - 2.5, x 3.5
      [RC, 1, 4], // 4 - 3, x 4; ties Speaking on both: by name
      [SP, 1, 4], // 4.5 - 3.5, x 4
      [SOC, 1, 3.5], // 4 - 3, x 3.5
      [CPS, 0.5, 2.25], // 5 - 4.5, x 4.5
      [AL, 0.5, 2], // 4.5 - 4, x 4
    ]);
    expect(m.toBuild![0]).toMatchObject({ element: "2.B.5.d", kind: "skill", importance: 3.5, level: 4, have: 1 });
  });

  it("Harbour Greeters -> Tide Clerks: what carries over, most important first, and two gaps", () => {
    // the clerks' elements that matter: Reading Comprehension (3.5, 3), Active Listening (4, 4), Speaking (4, 3.5),
    // Social Perceptiveness (3, 3), Customer and Personal Service (4.5, 4.5); the greeters have 2.5, 4, 4, 3.5, 4
    const m = compare(occ("Harbour Greeters"), occ("Tide Clerks")).moves[0]!;
    expect(names(m.transferable)).toEqual([AL, SP, SOC]);
    expect(m.transferable!.map((t) => [t.level, t.have])).toEqual([
      [4, 4],
      [3.5, 4],
      [3, 3.5],
    ]);
    expect(gapsOf(m.toBuild)).toEqual([
      [CPS, 0.5, 2.25],
      [RC, 0.5, 1.75],
    ]);
  });

  it("rows: the elements that matter to either side, most important to the target first, then by name", () => {
    const r = compare(occ("Tide Clerks"), occ("Tide Desk Leads"));
    // the leads' importance: Active Listening, Reading Comprehension, Speaking 4; the other three 3.5
    expect(names(r.skills)).toEqual([AL, RC, SP, JDM, MPR, SOC]);
    expect(names(r.knowledge)).toEqual([CPS, AM]);
    const mpr = r.skills.find((s) => s.name === MPR)!;
    expect(mpr.element).toBe("2.B.5.d");
    expect(mpr.needs).toEqual([
      { importance: 1.5, level: 1, matters: false },
      { importance: 3.5, level: 4, matters: true },
    ]);
    expect(r.scales).toEqual({ importance: [1, 5], level: [0, 7], matters: 3 });
  });

  it("three sides: rows by the highest importance among the targets; a move from the first to each", () => {
    const r = compare(occ("Tide Clerks"), occ("Harbour Greeters"), occ("Tide Desk Leads"));
    // Speaking: greeters 4.5; Active Listening, Reading Comprehension: 4; the rest 3.5 (the leads)
    expect(names(r.skills)).toEqual([SP, AL, RC, JDM, MPR, SOC]);
    expect(r.moves.map((m) => m.to)).toEqual(["harbour-greeters", "tide-desk-leads"]);
    // to the greeters (needs RC 2.5, AL 4, Sp 4, SocP 3.5, CPS 4; the clerks have 3, 4, 3.5, 3, 4.5)
    expect(names(r.moves[0]!.transferable)).toEqual([CPS, AL, RC]);
    expect(gapsOf(r.moves[0]!.toBuild)).toEqual([
      [SP, 0.5, 2.25],
      [SOC, 0.5, 1.75],
    ]);
    expect(gapsOf(r.moves[1]!.toBuild)![0]).toEqual([MPR, 3, 10.5]);
  });

  it("an element that matters to neither side is no row", () => {
    // Shell Sorters and Kelp Farmers: only Judgment and Decision Making matters (the farmers' 3, 3)
    const r = compare(occ("Shell Sorters"), occ("Kelp Farmers"));
    expect(names(r.skills)).toEqual([JDM]);
    expect(r.knowledge).toEqual([]);
    expect(names(r.moves[0]!.transferable)).toEqual([]);
    expect(gapsOf(r.moves[0]!.toBuild)).toEqual([[JDM, 1, 3]]);
  });

  it("the occupation's figures: job zone, typical education (the largest share)", () => {
    const s = compare(occ("Tide Clerks"), occ("Tide Desk Leads")).sides;
    expect(s.map((x) => [x.kind, x.id, x.code, x.onScale, x.offScale, x.via, x.guide])).toEqual([
      ["occupation", "tide-clerks", "91-3011.00", true, null, null, null],
      ["occupation", "tide-desk-leads", "91-1021.00", true, null, null, null],
    ]);
    expect(s[0]!.jobZone).toEqual({ zone: 2 });
    // clerks: 60% category 2; leads: 40% category 2, 30% 4, 30% 6
    expect(s.map((x) => x.typicalEducation?.category)).toEqual([2, 2]);
    expect(s[0]!.typicalEducation).toEqual({ category: 2, label: "category 2", percent: 60 });
  });
});

describe("compareOccupations: roles", () => {
  const supervisor = loadShipped("supervisor");
  const linked = { ...supervisor, onet: { code: "91-1021.00", title: "Desk leads (as the role file names them)", note: "Close enough." } };

  it("a role linked to an imported code measures through it, says so, and brings its guide's level rows", () => {
    const r = compare(occ("Tide Clerks"), { kind: "role", role: linked, linked: data("Tide Desk Leads") });
    const side = r.sides[1]!;
    expect(side).toMatchObject({ kind: "role", id: "supervisor", code: "91-1021.00", onScale: true, offScale: null });
    // the data set's title, and the role file's note on how close the link is
    expect(side.via).toEqual({ code: "91-1021.00", title: "Tide Desk Leads", note: "Close enough." });
    // the clerk guide's table: Customer Service Supervisor, median 58,000 and average 60,000 USD (US)
    expect(side.guide!.levelMedian).toMatchObject({
      amount: 58000,
      currency: "USD",
      level: "Customer Service Supervisor",
      region: "US",
      source: "clerk-guide",
    });
    expect(side.guide!.levelAverage!.amount).toBe(60000);
    expect(side.guide!.median).toBeNull();
    expect(side.sources.map((s) => s.id)).toEqual(["clerk-guide"]);
    // the same move as Tide Clerks -> Tide Desk Leads
    expect(gapsOf(r.moves[0]!.toBuild)![0]).toEqual([MPR, 3, 10.5]);
    expect(r.notes).toContain(
      "supervisor: its wages, outlook, job zone and ratings are those of 91-1021.00 Tide Desk Leads, the O*NET occupation its role file links it to (Close enough).",
    );
  });

  it("the clerk's own key-facts median is the guide's median; a level median is not repeated as one", () => {
    const clerk = loadShipped("clerk");
    const r = compare({ kind: "role", role: clerk, linked: null }, occ("Tide Clerks"));
    // the clerk guide cites the BLS national median of $38,400 (May 2023)
    expect(r.sides[0]!.guide!.median).toMatchObject({ amount: 38400, basis: "key-facts", label: "U.S. national median, May 2023" });
    expect(r.sides[0]!.guide!.levelMedian!.amount).toBe(35000);
    expect(r.sides[0]!.guide!.typicalEducation).toEqual({
      value: "High school diploma or equivalent; many employers prefer some college or vocational training.",
      source: "clerk-guide",
    });
  });

  it("a role without an O*NET link, or whose code is not imported: what it has, and not on the scales", () => {
    const { onet: _, ...unlinked } = supervisor;
    // the manager's link, 43-1011.00, is no harbour-town occupation
    const r = compare({ kind: "role", role: unlinked, linked: null }, occ("Tide Clerks"), {
      kind: "role",
      role: loadShipped("manager"),
      linked: null,
    });
    expect(r.sides[0]).toMatchObject({ onScale: false, code: null, via: null, wages: null, jobZone: null });
    expect(r.sides[0]!.offScale).toBe("its role file links it to no O*NET occupation, so its skills are not on the common scales");
    expect(r.sides[2]!.offScale).toBe(
      "its O*NET link 43-1011.00 is not among the imported occupations, so its skills are not on the common scales",
    );
    // the link as the role file gives it
    expect(r.sides[2]!.via).toMatchObject({
      code: "43-1011.00",
      title: "First-Line Supervisors of Office and Administrative Support Workers",
    });
    expect(r.sides[0]!.guide!.levelMedian!.amount).toBe(58000);
    expect(r.moves.map((m) => [m.to, m.transferable, m.toBuild, m.reason])).toEqual([
      ["tide-clerks", null, null, "supervisor is not on the common scales"],
      ["manager", null, null, "supervisor and manager are not on the common scales"],
    ]);
    expect(r.moves.map((m) => m.leftOut)).toEqual([[], []]);
    // why each is off the scales; the manager's link is not followed, so no note says it measures through it
    expect(r.notes).toEqual([
      "supervisor: its role file links it to no O*NET occupation, so its skills are not on the common scales.",
      "manager: its O*NET link 43-1011.00 is not among the imported occupations, so its skills are not on the common scales.",
    ]);
    // the rows are the clerks' (the one side on the scales), by its importance: CPS 4.5; AL, Sp 4; RC 3.5; SocP 3
    expect(names(r.skills)).toEqual([AL, SP, RC, SOC]);
    expect(r.skills[0]!.needs).toEqual([null, { importance: 4, level: 4, matters: true }, null]);
  });

  it("with no occupations imported at all, says that", () => {
    const r = compareOccupations({
      sides: [occ("Tide Clerks"), { kind: "role", role: linked, linked: null }],
      model: MODEL,
      requirements: REQUIREMENTS,
      reference: null,
      manifest: null,
    });
    expect(r.sides[1]!.offScale).toBe(
      "its O*NET link 91-1021.00 cannot be followed: no occupations are imported, so its skills are not on the common scales",
    );
    expect(r.scales.importance).toBeNull();
  });
});

describe("compareOccupations: from you", () => {
  // skills only: Reading Comprehension 4, Active Listening 4, Speaking 3, Social Perceptiveness 3, Judgment 2
  const you: SideInput = { kind: "you", entry: entry({ "2.A.1.a": 4, "2.A.1.b": 4, "2.A.1.d": 3, "2.B.1.a": 3, "2.B.4.e": 2 }) };

  it("your levels against the target's needs; an element you did not rate counts as 0", () => {
    const r = compare(you, occ("Tide Desk Leads"));
    expect(r.base).toBe("you");
    const m = r.moves[0]!;
    expect(names(m.transferable)).toEqual([RC]); // needs 4, you have 4
    expect(gapsOf(m.toBuild)).toEqual([
      [MPR, 4, 14], // not rated: 4 - 0, x 3.5
      [JDM, 2, 7],
      [SP, 1.5, 6],
      [SOC, 1, 3.5],
      [AL, 0.5, 2],
    ]);
  });

  it("leaves out a kind your assessment rates none of, and says so", () => {
    const r = compare(you, occ("Tide Desk Leads"));
    expect(r.moves[0]!.leftOut).toEqual(["knowledge"]);
    expect(r.moves[0]!.toBuild!.some((g) => g.kind === "knowledge")).toBe(false);
    expect(r.notes).toContain("tide-desk-leads: knowledge left out of what carries over: your assessment rates none.");
    // the knowledge rows are still there, your column empty
    expect(r.knowledge.map((k) => k.needs[0])).toEqual([null, null]);
  });

  it("your column: the level you gave, no importance; the side names the assessment", () => {
    const r = compare(you, occ("Tide Desk Leads"));
    expect(r.skills.find((s) => s.name === RC)!.needs[0]).toEqual({ importance: null, level: 4, matters: false });
    expect(r.skills.find((s) => s.name === MPR)!.needs[0]).toBeNull();
    expect(r.sides[0]).toMatchObject({
      kind: "you",
      id: "you",
      title: "You",
      code: null,
      onScale: true,
      assessment: { date: "2098-04-01T09:00:00.000Z", role: "tide-clerks", title: "Tide Clerks", code: "91-3011.00" },
      levels: { "2.A.1.a": 4, "2.A.1.b": 4, "2.A.1.d": 3, "2.B.1.a": 3, "2.B.4.e": 2 },
    });
    expect(r.notes[0]).toBe(
      "You: your levels from the assessment of Tide Clerks saved 2098-04-01; an element you did not rate counts as 0 where an occupation needs it.",
    );
  });

  it("a level in a hand-edited history that is not a number is no level", () => {
    // JSON reads 1e999 as Infinity: a number, but no level
    const levels = { "2.A.1.a": "4", "2.A.1.b": 4, "2.A.1.d": JSON.parse("1e999") } as unknown as Record<string, number>;
    const r = compare({ kind: "you", entry: entry(levels) }, occ("Tide Desk Leads"));
    expect(r.sides[0]!.levels).toEqual({ "2.A.1.b": 4 });
    // Reading Comprehension counts as not rated: 4 - 0, x 4 = 16
    expect(r.moves[0]!.toBuild!.find((g) => g.name === RC)).toMatchObject({ have: 0, gap: 4, weighted: 16 });
  });

  it("rates knowledge too where the assessment does", () => {
    // Customer and Personal Service 5 (the leads need 5): carries over; Administration and Management 4 too
    const r = compare({ kind: "you", entry: entry({ "2.C.1.e": 5, "2.C.1.a": 4 }) }, occ("Tide Desk Leads"));
    expect(r.moves[0]!.leftOut).toEqual(["skill"]);
    expect(names(r.moves[0]!.transferable)).toEqual([CPS, AM]);
    expect(r.moves[0]!.toBuild).toEqual([]);
    expect(r.notes).toContain("tide-desk-leads: skills left out of what carries over: your assessment rates none.");
  });
});

describe("latestProfile", () => {
  const e = (date: string, withProfile: boolean, role = date): HistoryEntry => ({
    date,
    role,
    title: role,
    readiness: 50,
    band: "developing",
    categories: [],
    ...(withProfile ? { profile: { levels: { "2.A.1.a": 3 } } } : {}),
  });

  it("the most recent entry that holds a profile", () => {
    const entries = [e("2098-03-01T00:00:00Z", true), e("2098-04-01T00:00:00Z", false), e("2098-02-01T00:00:00Z", true)];
    expect(latestProfile(entries)?.date).toBe("2098-03-01T00:00:00Z");
  });

  it("the later one in the file where dates tie; none without a profile", () => {
    expect(latestProfile([e("2098-03-01T00:00:00Z", true, "a"), e("2098-03-01T00:00:00Z", true, "b")])?.role).toBe("b");
    expect(latestProfile([e("2098-03-01T00:00:00Z", false)])).toBeNull();
    expect(latestProfile([])).toBeNull();
  });
});

describe("typicalEducation", () => {
  it("the category with the largest share; the lower one where two tie", () => {
    const share = (category: number, percent: number) => ({ category, label: `c${category}`, percent });
    expect(typicalEducation([share(2, 60), share(4, 25), share(5, 15)])?.category).toBe(2);
    expect(typicalEducation([share(4, 50), share(2, 50)])?.category).toBe(2);
    expect(typicalEducation([share(2, 50), share(4, 50)])?.category).toBe(2);
    // a larger share after the first; a lower category with a smaller share after it
    expect(typicalEducation([share(2, 20), share(4, 50)])?.category).toBe(4);
    expect(typicalEducation([share(2, 60), share(1, 10)])?.category).toBe(2);
    expect(typicalEducation([])).toBeNull();
    expect(typicalEducation(undefined)).toBeNull();
  });
});

describe("checkSideCount", () => {
  it("2 to 4 names; with --from-history 1 to 3 (you are the first side)", () => {
    for (const n of [2, 3, 4]) expect(() => checkSideCount(n, false)).not.toThrow();
    for (const n of [1, 2, 3]) expect(() => checkSideCount(n, true)).not.toThrow();
    expect(() => checkSideCount(5, false)).toThrow("compare takes 2 to 4 roles, not 5");
    expect(() => checkSideCount(1, false)).toThrow("compare takes 2 to 4 roles, not 1");
    expect(() => checkSideCount(4, true)).toThrow("compare --from-history takes 1 to 3 roles or occupations (you are the first), not 4");
    expect(() => checkSideCount(0, true)).toThrow("not 0");
  });

  it("the error's hint gives an example", () => {
    const hint = (names: number, fromHistory: boolean) => {
      try {
        checkSideCount(names, fromHistory);
      } catch (e) {
        return (e as CareersError).hint;
      }
      return "no error";
    };
    expect(hint(5, false)).toBe("Example: careers compare clerk representative");
    expect(hint(4, true)).toBe("Example: careers compare --from-history customer-service-representatives");
  });
});

describe("compareOccupations: rows, notes and sources in the less common cases", () => {
  const supervisor = loadShipped("supervisor");
  const { onet: _, ...unlinked } = supervisor;
  const offScale: SideInput = { kind: "role", role: unlinked, linked: null };

  it("is a comparison of occupations; an occupation or you cites no role's sources", () => {
    const r = compare({ kind: "you", entry: entry({ "2.A.1.a": 4 }) }, occ("Tide Clerks"));
    expect(r.kind).toBe("occupations");
    expect(r.sides.map((s) => s.sources)).toEqual([[], []]);
  });

  it("refuses fewer than 2 or more than 4 sides", () => {
    expect(() => compare(occ("Tide Clerks"))).toThrow("compare takes 2 to 4 roles, not 1");
    const five = ["Tide Clerks", "Harbour Greeters", "Shell Sorters", "Kelp Farmers", "Tide Analysts"].map(occ);
    expect(() => compare(...five)).toThrow("compare takes 2 to 4 roles, not 5");
  });

  it("an occupation without education data has no typical education", () => {
    const d = data("Tide Clerks");
    const r = compare({ kind: "occupation", data: { ...d, occupation: { ...d.occupation, education: null } } }, occ("Kelp Farmers"));
    expect(r.sides.map((s) => s.typicalEducation?.category ?? null)).toEqual([null, 2]);
  });

  it("rows by the target's importance only, not the first side's; importance 3 is enough to matter", () => {
    const r = compare(occ("Tide Desk Leads"), occ("Tide Clerks"));
    // the clerks' importance: Active Listening, Speaking 4; Reading 3.5; Social 3; Judgment 2.5; Personnel 1.5
    // (by the leads' too, Reading, Judgment and Personnel would move up: 4 and 3.5)
    expect(names(r.skills)).toEqual([AL, SP, RC, SOC, JDM, MPR]);
    expect(r.skills.find((s) => s.name === SOC)!.needs[1]).toEqual({ importance: 3, level: 3, matters: true });
  });

  it("no target on the scales: rows by the first side's importance", () => {
    // the clerks: Active Listening 4, Speaking 4, Reading Comprehension 3.5, Social Perceptiveness 3
    const r = compare(occ("Tide Clerks"), offScale);
    expect(names(r.skills)).toEqual([AL, SP, RC, SOC]);
    expect(names(r.knowledge)).toEqual([CPS]);
  });

  it("a target that rates an element no level, or does not rate it: not mattering, or an empty cell", () => {
    // the leads with Management of Personnel Resources at level 0, and Judgment not rated
    const d = data("Tide Desk Leads");
    const needs = d.needs.filter((n) => n.name !== JDM).map((n) => (n.name === MPR ? { ...n, level: 0 } : n));
    const r = compare(occ("Tide Clerks"), occ("Tide Desk Leads"), { kind: "occupation", data: { ...d, needs } });
    expect(r.skills.find((s) => s.name === MPR)!.needs[2]).toEqual({ importance: 3.5, level: 0, matters: false });
    expect(r.skills.find((s) => s.name === JDM)!.needs[2]).toBeNull();
    // both still rows (they matter to the leads at 3.5), ordered as for the leads alone
    expect(names(r.skills)).toEqual([AL, RC, SP, JDM, MPR, SOC]);
  });

  it("the data set's name of an element where it has one, else the rating's", () => {
    // a reference that names Active Listening otherwise and knows no other element
    const reference: Reference = { scales: REFERENCE.scales, elements: { "2.A.1.b": { name: "Listening", description: "" } } };
    const r = compareOccupations({
      sides: [occ("Tide Clerks"), occ("Tide Desk Leads")],
      model: MODEL,
      requirements: REQUIREMENTS,
      reference,
      manifest: null,
    });
    expect(names(r.skills)).toEqual(["Listening", RC, SP, JDM, MPR, SOC]);
  });

  it("from you, with skills only, to an occupation where no knowledge matters: nothing left out", () => {
    // Kelp Farmers: only Judgment and Decision Making (3, 3) matters; their knowledge is of importance 2 and 2.5
    const r = compare({ kind: "you", entry: entry({ "2.B.4.e": 3 }) }, occ("Kelp Farmers"));
    expect(r.moves[0]!.leftOut).toEqual([]);
    expect(names(r.moves[0]!.transferable)).toEqual([JDM]);
    expect(r.notes).toHaveLength(1); // the one on your levels
  });

  it("a linked role's note: only a final full stop dropped; none without a note", () => {
    const noteOf = (onet: NonNullable<typeof supervisor.onet>) =>
      compare(occ("Tide Clerks"), { kind: "role", role: { ...supervisor, onet }, linked: data("Tide Desk Leads") }).notes;
    const linkText =
      "supervisor: its wages, outlook, job zone and ratings are those of 91-1021.00 Tide Desk Leads, the O*NET occupation its role file links it to";
    expect(noteOf({ code: "91-1021.00", title: "Desk leads", note: "Close enough. Same desk." })).toEqual([
      `${linkText} (Close enough. Same desk).`,
    ]);
    expect(noteOf({ code: "91-1021.00", title: "Desk leads" })).toEqual([`${linkText}.`]);
  });

  it("a role with no median of its own nor a level table: no guide figures", () => {
    const r = compare(occ("Tide Clerks"), { kind: "role", role: { ...unlinked, salaryByLevel: undefined }, linked: null });
    expect(r.sides[1]!.guide).toMatchObject({ median: null, levelMedian: null, levelAverage: null, typicalEducation: null });
  });

  describe("sources of the data set", () => {
    const source = (id: Source["id"], attribution: string): Source => ({
      id,
      name: `the ${id} release`,
      version: "98.2",
      date: null,
      input: "",
      rows: 0,
      skipped: [],
      attribution,
    });
    const manifest = {
      sources: [source("onet", "O*NET, used under CC BY 4.0"), source("bls-projections", "BLS"), source("bls-oews", "BLS")],
    } as Manifest;
    const withFigures = (title: string, figures: Partial<Occupation>): SideInput => {
      const d = data(title);
      return { kind: "occupation", data: { ...d, occupation: { ...d.occupation, ...figures } } };
    };
    const run = (...sides: SideInput[]) =>
      compareOccupations({ sides, model: MODEL, requirements: REQUIREMENTS, reference: REFERENCE, manifest });

    it("O*NET, and BLS's wages or outlook where a side shows them; each attribution once", () => {
      const r = run(withFigures("Tide Clerks", { wages: {} as Wages }), withFigures("Harbour Greeters", { outlook: {} as Outlook }));
      expect(r.sources).toEqual([
        { name: "the onet release", version: "98.2", date: null },
        { name: "the bls-projections release", version: "98.2", date: null },
        { name: "the bls-oews release", version: "98.2", date: null },
      ]);
      expect(r.attribution).toEqual(["O*NET, used under CC BY 4.0", "BLS"]);
    });

    it("O*NET alone where no side shows wages or outlook", () => {
      const r = run(occ("Tide Clerks"), offScale);
      expect(r.sources.map((s) => s.name)).toEqual(["the onet release"]);
      expect(r.attribution).toEqual(["O*NET, used under CC BY 4.0"]);
    });

    it("none where no side is an O*NET occupation", () => {
      const r = run(offScale, { kind: "role", role: loadShipped("manager"), linked: null });
      expect([r.sources, r.attribution]).toEqual([[], []]);
    });
  });
});
