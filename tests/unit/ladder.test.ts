/** The ladder core: expected figures are the guide's (salary-by-level table and career path), not program output. */
import { beforeEach, describe, expect, it } from "vitest";
import {
  buildLadder,
  filterTrack,
  findLadder,
  findRoute,
  type LadderView,
  salaryInversions,
  stepsAhead,
  yearsSince,
} from "../../src/core/ladder.js";
import type { Role } from "../../src/schema/role.js";
import { branchLadder, branchRoles, GUIDE_LEVELS, guideLadder, guideRoles } from "../helpers/ladders.js";
import { loadShipped } from "../helpers/roles.js";

const roles = (steps: { role: string }[]) => steps.map((s) => s.role);

describe("the guide's ladder", () => {
  // made before each test, not once while the file loads: a test sees the code as it is while it runs
  // (mutation testing switches a change on for the tests only)
  let view: LadderView;
  beforeEach(() => {
    view = guideLadder();
  });

  it("is found from any of its levels, in the clerk's file", () => {
    const all = [...guideRoles().values()];
    for (const id of GUIDE_LEVELS) expect(findLadder(guideRoles().get(id)!, all)?.owner.id).toBe("clerk");
    const { ladder, ...lone } = guideRoles().get("clerk")!;
    expect(ladder).toBeDefined();
    expect(findLadder({ ...lone, id: "nobody" }, [])).toBeUndefined();
  });

  it("keeps the guide's order, tracks and years", () => {
    expect(roles(view.steps)).toEqual(GUIDE_LEVELS);
    expect(view.steps.map((s) => s.track)).toEqual(["ic", "ic", "ic", "ic", "ic", "management", "management"]);
    expect(view.steps.map((s) => s.step)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(view.steps[0]!.years).toEqual({ min: 0, max: 1 });
    expect(view.steps[3]!.years).toEqual({ min: 3, max: 5, total: true });
    expect(view.steps[6]!.years).toEqual({ min: 9, total: true });
    expect(view.steps.every((s) => s.focusAreas.length > 0 && s.scope)).toBe(true);
  });

  it("takes medians from the salary-by-level table (not the clerk's BLS median) and the change from the step below", () => {
    expect(view.steps.map((s) => s.median)).toEqual([35000, 30000, 50000, 40000, 46000, 58000, 72000]);
    expect(view.steps.map((s) => s.change)).toEqual([null, -5000, 20000, -10000, 6000, 12000, 14000]);
    expect(view.steps[1]!.changePercent).toBeCloseTo(-14.3, 1);
    expect(view.steps.every((s) => s.currency === "USD")).toBe(true);
  });

  it("lists the lateral moves", () => {
    expect(view.lateralMoves.map((m) => m.name)).toEqual([
      "Phone to email or chat support",
      "Product-line specialization",
      "Sales",
      "Operations",
      "Administrative roles",
    ]);
  });

  it("salaryInversions names the two levels the table puts below the step before them", () => {
    const inv = salaryInversions(view.steps);
    expect(inv.map((i) => [i.role, i.previous, i.change])).toEqual([
      ["junior-clerk", "clerk", -5000],
      ["representative", "senior-clerk", -10000],
    ]);
    expect(inv[0]).toMatchObject({ median: 30000, previousMedian: 35000, currency: "USD" });
  });

  it("a route from/to: the steps between, the years counted from the start and the total change", () => {
    const r = findRoute(view, "junior-clerk", "supervisor");
    if (!r.ok) throw new Error(r.message);
    expect(roles(r.route.steps)).toEqual(["junior-clerk", "senior-clerk", "representative", "specialist", "supervisor"]);
    expect(r.route.salaryChange).toEqual({ amount: 28000, percent: 93.3, currency: "USD" });
    // supervisor is 6-9 years total; junior starts at 1 year
    expect(r.route.years).toEqual({ min: 5, max: 8 });
    const top = findRoute(view, "clerk", "manager");
    expect(top.ok && top.route.years).toEqual({ min: 9, max: null });
    expect(top.ok && top.route.salaryChange?.amount).toBe(37000);
  });

  it("a route to the same level is that one level", () => {
    const r = findRoute(view, "specialist", "specialist");
    expect(r.ok && roles(r.route.steps)).toEqual(["specialist"]);
  });

  it("a backwards route is refused", () => {
    const r = findRoute(view, "manager", "clerk");
    expect(r).toMatchObject({ ok: false, reason: "backwards" });
    expect(!r.ok && r.message).toContain("a route only goes up");
  });

  it("the track filter keeps one track, in order", () => {
    expect(roles(filterTrack(view, "management"))).toEqual(["supervisor", "manager"]);
    expect(roles(filterTrack(view, "ic"))).toEqual(GUIDE_LEVELS.slice(0, 5));
  });

  it("a route on one track may not leave it", () => {
    expect(findRoute(view, "clerk", "supervisor", "ic")).toMatchObject({ ok: false, reason: "off-track" });
    const r = findRoute(view, "clerk", "specialist", "ic");
    expect(r.ok && r.route.steps).toHaveLength(5);
  });

  it("steps ahead of a level", () => {
    expect(roles(stepsAhead(view, "supervisor"))).toEqual(["manager"]);
    expect(roles(stepsAhead(view, "manager"))).toEqual([]);
    expect(stepsAhead(view, "clerk")).toHaveLength(6);
  });
});

describe("a user-defined ladder with a branch", () => {
  let view: LadderView;
  beforeEach(() => {
    view = branchLadder();
  });

  it("follows `next` where given, else the level listed after", () => {
    expect(view.steps.map((s) => [s.role, s.next])).toEqual([
      ["trainee", ["agent", "team-lead"]],
      ["agent", ["expert"]],
      ["expert", []],
      ["team-lead", ["head"]],
      ["head", []],
    ]);
  });

  it("measures a change from the level below on the graph, not the row above in the list", () => {
    const lead = view.steps.find((s) => s.role === "team-lead")!;
    expect(lead.previous).toBe("trainee");
    expect(lead.change).toBe(15000);
    // salaries come from each level's own table (the owner has none)
    expect(view.steps.map((s) => [s.median, s.currency])).toEqual([
      [30000, "EUR"],
      [34000, "EUR"],
      [41000, "EUR"],
      [45000, "EUR"],
      [60000, "EUR"],
    ]);
    expect(salaryInversions(view.steps)).toEqual([]);
  });

  it("routes along the branch", () => {
    const r = findRoute(view, "trainee", "head");
    expect(r.ok && roles(r.route.steps)).toEqual(["trainee", "team-lead", "head"]);
    expect(r.ok && r.route.salaryChange).toEqual({ amount: 30000, percent: 100, currency: "EUR" });
    expect(r.ok && r.route.years).toEqual({ min: 5, max: null });
  });

  it("refuses a route across tracks where the ladder has none", () => {
    const r = findRoute(view, "agent", "head");
    expect(r).toMatchObject({ ok: false, reason: "no-route" });
    expect(!r.ok && r.message).toContain("Individual contributor and Management tracks");
    expect(findRoute(view, "head", "trainee")).toMatchObject({ ok: false, reason: "backwards" });
    expect(findRoute(view, "trainee", "head", "management")).toMatchObject({ ok: false, reason: "off-track" });
  });

  it("levels ahead follow both branches", () => {
    expect(roles(stepsAhead(view, "trainee"))).toEqual(["agent", "expert", "team-lead", "head"]);
    expect(roles(stepsAhead(view, "agent"))).toEqual(["expert"]);
  });

  it("an equal median on the step up is a change of zero, not a fall", () => {
    const r = branchRoles();
    // agent earns what the trainee earns: 30,000 EUR, so 30,000 - 30,000 = 0
    r.get("agent")!.salaryByLevel!.levels[0]!.median = 30000;
    const v = buildLadder(r.get("trainee")!, r.get("trainee")!.ladder!, r);
    expect(v.steps[1]).toMatchObject({ role: "agent", previous: "trainee", median: 30000, change: 0, changePercent: 0 });
    expect(salaryInversions(v.steps)).toEqual([]);
    // one euro less is a fall
    r.get("agent")!.salaryByLevel!.levels[0]!.median = 29999;
    const fell = buildLadder(r.get("trainee")!, r.get("trainee")!.ladder!, r);
    expect(salaryInversions(fell.steps)).toEqual([
      {
        role: "agent",
        title: "Agent",
        median: 29999,
        previous: "trainee",
        previousTitle: "Trainee",
        previousMedian: 30000,
        change: -1,
        currency: "EUR",
      },
    ]);
  });

  it("a ladder level with no role file is kept, undescribed", () => {
    const r = branchRoles();
    r.delete("expert");
    const v = buildLadder(r.get("trainee")!, r.get("trainee")!.ladder!, r);
    expect(v.steps[2]).toMatchObject({ role: "expert", described: false, median: null, change: null, years: null });
  });
});

/** A small ladder from level rows (no salaries unless given), owned by its first level. */
function madeLadder(
  levels: { role: string; title: string; track: string; next?: string[] }[],
  tracks = [
    { id: "ic", name: "IC" },
    { id: "mgmt", name: "Mgmt" },
  ],
) {
  const sources = [{ id: "g", title: "G" }];
  const owner: Role = {
    id: levels[0]!.role,
    title: levels[0]!.title,
    summary: "s",
    sources,
    ladder: { source: "g", name: "Made", tracks, levels },
  };
  const roles = new Map<string, Role>(
    levels.map((l) => [l.role, l.role === owner.id ? owner : { id: l.role, title: l.title, summary: "s", sources }]),
  );
  return buildLadder(owner, owner.ladder!, roles);
}

describe("ladder details", () => {
  it("a role in two ladders belongs to the first owner by id; a role's own ladder comes first", () => {
    const sources = [{ id: "g", title: "G" }];
    const owning = (id: string): Role => ({
      id,
      title: id,
      summary: "s",
      sources,
      ladder: {
        source: "g",
        name: `${id}'s`,
        tracks: [{ id: "ic", name: "IC" }],
        levels: [
          { role: id, title: id, track: "ic" },
          { role: "x", title: "X", track: "ic" },
        ],
      },
    });
    const x: Role = { id: "x", title: "X", summary: "s", sources };
    expect(findLadder(x, [owning("zeta"), owning("alpha"), x])?.owner.id).toBe("alpha");
    expect(findLadder(x, [owning("alpha"), owning("zeta")])?.ladder.name).toBe("alpha's");
    // zeta holds a ladder of its own; alpha's (first by id) names zeta too: zeta's own is the one
    const zeta = owning("zeta");
    const alpha: Role = {
      ...owning("alpha"),
      ladder: {
        ...owning("alpha").ladder!,
        levels: [
          { role: "alpha", title: "A", track: "ic" },
          { role: "zeta", title: "Z", track: "ic" },
        ],
      },
    };
    expect(findLadder(zeta, [alpha, zeta])?.owner.id).toBe("zeta");
    expect(findLadder(zeta, [alpha])?.owner.id).toBe("zeta");
  });

  it("the owner is described from its own file even when the roles given leave it out", () => {
    const roles = guideRoles();
    const clerk = roles.get("clerk")!;
    roles.delete("clerk");
    const v = buildLadder(clerk, clerk.ladder!, roles);
    expect(v.steps[0]).toMatchObject({ role: "clerk", described: true, step: 1, years: { min: 0, max: 1 }, median: 35000 });
  });

  it("the guide's ladder: its owner, name, source, tracks and lateral moves as clerk.yaml gives them", () => {
    const view = guideLadder();
    expect([view.owner, view.name, view.source]).toEqual(["clerk", "Customer service career ladder", "clerk-guide"]);
    expect(view.summary).toBe(loadShipped("clerk").ladder!.summary);
    expect(view.summary).toMatch(/^Progression runs from foundational support .* quicker moves into leadership\./);
    // the guide assigns no level to either track: clerk.yaml marks each assignment inferred, with its reason
    const tracks = loadShipped("clerk").ladder!.tracks;
    expect(view.tracks).toEqual([
      {
        id: "ic",
        name: "Individual contributor",
        description: "Builds deep expertise and handles intricate customer issues.",
        inferred: { reason: tracks[0]!.inferred!.reason, from: null },
      },
      {
        id: "management",
        name: "Management",
        description: "Focuses on team leadership, operational efficiency and departmental strategy.",
        inferred: { reason: tracks[1]!.inferred!.reason, from: null },
      },
    ]);
    expect(view.tracks.every((t) => t.inferred?.reason.startsWith("The guide names this track but puts no level on it."))).toBe(true);
    expect(view.lateralMoves[2]).toEqual({
      name: "Sales",
      detail: "Some clerks pivot into sales, building on their customer interaction skills.",
    });
    expect(view.steps[5]).toMatchObject({
      position: 6,
      role: "supervisor",
      title: "Customer Service Supervisor",
      trackName: "Management",
      nextGiven: false,
      described: true,
    });
    // the guide gives no `next`: each level leads to the one listed after it
    expect(view.steps.map((s) => s.next)).toEqual([
      ["junior-clerk"],
      ["senior-clerk"],
      ["representative"],
      ["specialist"],
      ["supervisor"],
      ["manager"],
      [],
    ]);
    expect(view.steps.map((s) => s.previousTitle)).toEqual([
      null,
      "Customer Service Clerk",
      "Junior Customer Service Clerk",
      "Senior Customer Service Clerk",
      "Customer Service Representative",
      "Customer Service Specialist",
      "Customer Service Supervisor",
    ]);
    // averages from the same table: 37,000 32,000 52,000 42,000 48,000 60,000 75,000
    expect(view.steps.map((s) => s.average)).toEqual([37000, 32000, 52000, 42000, 48000, 60000, 75000]);
  });

  it("what a ladder leaves out is null or empty, never made up", () => {
    const view = branchLadder();
    expect(view.summary).toBeNull();
    expect(view.tracks).toEqual([
      { id: "ic", name: "Individual contributor", description: null, inferred: null },
      { id: "management", name: "Management", description: null, inferred: null },
    ]);
    expect(view.lateralMoves).toEqual([{ name: "Sales", detail: null }]);
    expect(view.steps[0]).toMatchObject({
      previous: null,
      previousTitle: null,
      change: null,
      changePercent: null,
      average: null,
      nextGiven: true,
    });
    expect(view.steps[2]).toMatchObject({ role: "expert", next: [], nextGiven: true });
    expect(view.steps[1]).toMatchObject({ next: ["expert"], nextGiven: false });
  });

  it("an undescribed level, and a track the ladder does not list, keep what the ladder says", () => {
    const v = madeLadder([
      { role: "a", title: "A", track: "ic" },
      { role: "b", title: "B", track: "night" },
    ]);
    // the owner describes itself; b has only its ladder row
    expect(v.steps[1]).toEqual({
      position: 2,
      role: "b",
      title: "B",
      track: "night",
      trackName: "night",
      trackInferred: false,
      step: null,
      years: null,
      scope: null,
      focusAreas: [],
      median: null,
      average: null,
      currency: null,
      region: null,
      previous: "a",
      previousTitle: "A",
      change: null,
      changePercent: null,
      next: [],
      nextGiven: false,
      described: true,
    });
  });

  it("the owner's salary table comes before a level's own; a missing row falls back to the level's", () => {
    const r = branchRoles();
    // trainee owns the ladder; its table gets an agent row of 36,000 / 37,000 EUR (agent's own says 34,000)
    r.get("trainee")!.salaryByLevel!.levels.push({ level: "Agent", role: "agent", median: 36000, average: 37000 });
    const v = buildLadder(r.get("trainee")!, r.get("trainee")!.ladder!, r);
    expect(v.steps[1]).toMatchObject({ role: "agent", median: 36000, average: 37000, currency: "EUR", change: 6000, changePercent: 20 });
    expect(v.steps[2]).toMatchObject({ role: "expert", median: 41000, average: null, change: 5000 }); // 41,000 - 36,000, from expert's own
  });

  it("no change across currencies; an amount but no percentage from a zero median", () => {
    const r = branchRoles();
    r.get("agent")!.salaryByLevel!.currency = "USD";
    r.get("trainee")!.salaryByLevel!.levels[0]!.median = 0;
    const v = buildLadder(r.get("trainee")!, r.get("trainee")!.ladder!, r);
    expect(v.steps[1]).toMatchObject({ role: "agent", median: 34000, currency: "USD", change: null, changePercent: null });
    expect(v.steps[3]).toMatchObject({ role: "team-lead", median: 45000, change: 45000, changePercent: null }); // 45,000 - 0
    expect(v.steps[2]).toMatchObject({ role: "expert", change: null }); // 41,000 EUR after agent's USD
    expect(salaryInversions(v.steps)).toEqual([]);
    const route = findRoute(v, "trainee", "expert");
    expect(route.ok && route.route.salaryChange).toEqual({ amount: 41000, percent: null, currency: "EUR" }); // 41,000 - 0
    const across = findRoute(v, "trainee", "agent");
    expect(across.ok && across.route.salaryChange).toBeNull();
  });

  it("a route's salary change needs both medians", () => {
    const r = branchRoles();
    delete r.get("head")!.salaryByLevel;
    const v = buildLadder(r.get("trainee")!, r.get("trainee")!.ladder!, r);
    const route = findRoute(v, "team-lead", "head");
    expect(route.ok && route.route.salaryChange).toBeNull();
    const back = findRoute(v, "trainee", "team-lead");
    expect(back.ok && route.ok && back.route.salaryChange).toEqual({ amount: 15000, percent: 50, currency: "EUR" }); // 45,000 - 30,000
  });

  it("a route says exactly why it cannot be taken", () => {
    const view = guideLadder();
    expect(findRoute(view, "manager", "clerk")).toEqual({
      ok: false,
      reason: "backwards",
      message: "Customer Service Clerk comes before Customer Service Manager on the ladder; a route only goes up",
    });
    expect(findRoute(view, "clerk", "supervisor", "ic")).toEqual({
      ok: false,
      reason: "off-track",
      message: "Customer Service Supervisor is not on the Individual contributor track",
    });
    expect(findRoute(view, "clerk", "specialist", "night")).toMatchObject({ message: "Customer Service Clerk is not on the night track" });
    expect(findRoute(branchLadder(), "agent", "head")).toEqual({
      ok: false,
      reason: "no-route",
      message:
        "no route from Agent to Head of support (Individual contributor and Management tracks): the ladder has no steps between them",
    });
    expect(() => findRoute(view, "nobody", "clerk")).toThrow("findRoute: nobody is not on the ladder");
    expect(() => findRoute(view, "clerk", "nobody")).toThrow("findRoute: nobody is not on the ladder");
  });

  it("a route kept to one track does not pass through another", () => {
    // a (ic) -> m (mgmt) -> c (ic): the only way from a to c leaves the ic track
    const v = madeLadder([
      { role: "a", title: "A", track: "ic", next: ["m"] },
      { role: "m", title: "M", track: "mgmt", next: ["c"] },
      { role: "c", title: "C", track: "ic", next: [] },
    ]);
    const any = findRoute(v, "a", "c");
    expect(any.ok && roles(any.route.steps)).toEqual(["a", "m", "c"]);
    expect(any.ok && any.route.track).toBeNull();
    expect(findRoute(v, "a", "c", "ic")).toEqual({
      ok: false,
      reason: "no-route",
      message: "no route from A to C on the IC track: the ladder has no steps between them",
    });
    const onTrack = findRoute(branchLadder(), "trainee", "expert", "ic");
    expect(onTrack.ok && [roles(onTrack.route.steps), onTrack.route.track]).toEqual([["trainee", "agent", "expert"], "ic"]);
  });

  it("the shortest way when there are two, and `next` naming no level is passed over", () => {
    // a -> b -> d and a -> d directly; b also names "ghost", which is not on the ladder
    const v = madeLadder([
      { role: "a", title: "A", track: "ic", next: ["b", "d"] },
      { role: "b", title: "B", track: "ic", next: ["ghost", "d"] },
      { role: "d", title: "D", track: "ic", next: [] },
    ]);
    const r = findRoute(v, "a", "d");
    expect(r.ok && roles(r.route.steps)).toEqual(["a", "d"]);
    expect(roles(stepsAhead(v, "a"))).toEqual(["b", "d"]);
    expect(roles(stepsAhead(v, "b"))).toEqual(["d"]);
  });

  it("levels ahead on a ladder whose `next` loops back: each once, never the start", () => {
    const v = madeLadder([
      { role: "a", title: "A", track: "ic", next: ["b"] },
      { role: "b", title: "B", track: "ic", next: ["c"] },
      { role: "c", title: "C", track: "ic", next: ["a"] },
    ]);
    expect(roles(stepsAhead(v, "b"))).toEqual(["a", "c"]); // in the ladder's order
    expect(stepsAhead(v, "nobody")).toEqual([]);
  });

  it("years at the target counted from the start of the first level, never below zero", () => {
    const at = (min: number, max?: number) => ({ ...guideLadder().steps[0]!, years: { min, max } });
    expect(yearsSince(at(1, 2), at(6, 9))).toEqual({ min: 5, max: 8 }); // junior clerk to supervisor
    expect(yearsSince(at(5, 7), at(3, 5))).toEqual({ min: 0, max: 0 }); // 3 - 5 is below zero; 5 - 5
    expect(yearsSince(at(0, 1), at(9))).toEqual({ min: 9, max: null });
    expect(yearsSince({ ...at(0), years: null }, at(9))).toBeNull();
    expect(yearsSince(at(0), { ...at(9), years: null })).toBeNull();
  });
});
