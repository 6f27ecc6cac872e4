/** The ladder core: expected figures are the guide's (salary-by-level table and career path), not program output. */
import { describe, expect, it } from "vitest";
import { buildLadder, filterTrack, findLadder, findRoute, salaryInversions, stepsAhead } from "../../src/core/ladder.js";
import { branchLadder, branchRoles, GUIDE_LEVELS, guideLadder, guideRoles } from "../helpers/ladders.js";

const roles = (steps: { role: string }[]) => steps.map((s) => s.role);

describe("the guide's ladder", () => {
  const view = guideLadder();

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
  const view = branchLadder();

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
      [30000, "EUR"], [34000, "EUR"], [41000, "EUR"], [45000, "EUR"], [60000, "EUR"],
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
      { role: "agent", title: "Agent", median: 29999, previous: "trainee", previousTitle: "Trainee", previousMedian: 30000, change: -1, currency: "EUR" },
    ]);
  });

  it("a ladder level with no role file is kept, undescribed", () => {
    const r = branchRoles();
    r.delete("expert");
    const v = buildLadder(r.get("trainee")!, r.get("trainee")!.ladder!, r);
    expect(v.steps[2]).toMatchObject({ role: "expert", described: false, median: null, change: null, years: null });
  });
});
