/** The walk's state machine: moves open at each level, applying them, and "back". */
import { beforeEach, describe, expect, it } from "vitest";
import type { LadderView } from "../../src/core/ladder.js";
import { applyWalk, startWalk, type WalkAction, walkActions } from "../../src/core/walk.js";
import { branchLadder, guideLadder } from "../helpers/ladders.js";

const moves = (actions: WalkAction[]) => actions.filter((a) => a.type !== "lateral").map((a) => ("to" in a ? `${a.type}:${a.to}` : a.type));

describe("walking the guide's (linear) ladder", () => {
  // made before each test, not once while the file loads: a test sees the code as it is while it runs
  // (mutation testing switches a change on for the tests only)
  let view: LadderView;
  beforeEach(() => {
    view = guideLadder();
  });

  it("starts at the named level, else the first", () => {
    expect(startWalk(view, "supervisor").current).toBe("supervisor");
    expect(startWalk(view).current).toBe("clerk");
    expect(startWalk(view, "nobody").current).toBe("clerk");
  });

  it("from an ic level: up the track, or switch to the first management level after it", () => {
    const s = startWalk(view, "clerk");
    expect(moves(walkActions(view, s))).toEqual(["up:junior-clerk", "switch:supervisor", "quit"]);
    expect(walkActions(view, s).filter((a) => a.type === "lateral")).toHaveLength(5);
  });

  it("at the top of the ic track the only way up is the switch to management", () => {
    expect(moves(walkActions(view, startWalk(view, "specialist")))).toEqual(["switch:supervisor", "quit"]);
  });

  it("on the management track there is no ic level after it to switch to", () => {
    expect(moves(walkActions(view, startWalk(view, "supervisor")))).toEqual(["up:manager", "quit"]);
    expect(moves(walkActions(view, startWalk(view, "manager")))).toEqual(["quit"]);
  });

  it("moves record history; back returns the way you came; quit ends", () => {
    let s = startWalk(view, "clerk");
    s = applyWalk(s, { type: "up", to: "junior-clerk" });
    s = applyWalk(s, { type: "switch", to: "supervisor", track: "management" });
    expect(s).toMatchObject({ current: "supervisor", history: ["clerk", "junior-clerk"] });
    expect(moves(walkActions(view, s))).toEqual(["up:manager", "back", "quit"]);
    s = applyWalk(s, { type: "lateral", index: 2 });
    expect(s).toMatchObject({ current: "supervisor", lateral: 2 });
    s = applyWalk(s, { type: "back" });
    expect(s).toMatchObject({ current: "junior-clerk", history: ["clerk"], lateral: null });
    s = applyWalk(s, { type: "quit" });
    expect(s.done).toBe(true);
    expect(walkActions(view, s)).toEqual([]);
    expect(() => applyWalk(s, { type: "quit" })).toThrow();
  });

  it("back with no history is an error", () => {
    expect(() => applyWalk(startWalk(view), { type: "back" })).toThrow(/nowhere/);
  });
});

describe("walking a ladder with a branch", () => {
  let view: LadderView;
  beforeEach(() => {
    view = branchLadder();
  });

  it("at the branch: up on the same track, switch to the other branch", () => {
    expect(moves(walkActions(view, startWalk(view, "trainee")))).toEqual(["up:agent", "switch:team-lead", "quit"]);
  });

  it("a level whose `next` is given offers only what it names", () => {
    expect(moves(walkActions(view, startWalk(view, "expert")))).toEqual(["quit"]);
  });

  it("on a ladder that gives branches there is no switch off the branch", () => {
    // agent has no `next` of its own, but the ladder gives branches: no jump to team-lead
    expect(moves(walkActions(view, startWalk(view, "agent")))).toEqual(["up:expert", "quit"]);
  });
});

describe("walk details", () => {
  let view: LadderView;
  beforeEach(() => {
    view = guideLadder();
  });

  it("the lateral moves are offered by index, after the moves up and across", () => {
    // clerk.yaml lists five lateral moves
    expect(walkActions(view, startWalk(view, "clerk"))).toEqual([
      { type: "up", to: "junior-clerk" },
      { type: "switch", to: "supervisor", track: "management" },
      ...[0, 1, 2, 3, 4].map((index) => ({ type: "lateral", index })),
      { type: "quit" },
    ]);
  });

  it("a level that is not on the ladder offers only quit", () => {
    expect(walkActions(view, { current: "nobody", history: [], lateral: null, done: false })).toEqual([{ type: "quit" }]);
  });

  it("moving on or quitting closes the lateral move being looked at", () => {
    const looking = applyWalk(startWalk(view, "clerk"), { type: "lateral", index: 3 });
    expect(looking).toEqual({ current: "clerk", history: [], lateral: 3, done: false });
    expect(applyWalk(looking, { type: "up", to: "junior-clerk" })).toEqual({
      current: "junior-clerk",
      history: ["clerk"],
      lateral: null,
      done: false,
    });
    expect(applyWalk(looking, { type: "quit" })).toEqual({ current: "clerk", history: [], lateral: null, done: true });
  });

  it("back pops one level at a time", () => {
    let s = startWalk(view, "clerk");
    for (const to of ["junior-clerk", "senior-clerk", "representative"]) s = applyWalk(s, { type: "up", to });
    expect(s.history).toEqual(["clerk", "junior-clerk", "senior-clerk"]);
    s = applyWalk(s, { type: "back" });
    expect(s).toEqual({ current: "senior-clerk", history: ["clerk", "junior-clerk"], lateral: null, done: false });
  });

  it("no move after the walk has ended", () => {
    const ended = applyWalk(startWalk(view), { type: "quit" });
    expect(() => applyWalk(ended, { type: "up", to: "junior-clerk" })).toThrow("applyWalk: the walk has ended");
  });

  it("a `next` naming a level the ladder does not have is not offered", () => {
    const branch = branchLadder();
    const trainee = branch.steps[0]!;
    const patched = { ...branch, steps: [{ ...trainee, next: ["ghost", ...trainee.next] }, ...branch.steps.slice(1)] };
    expect(moves(walkActions(patched, startWalk(patched, "trainee")))).toEqual(["up:agent", "switch:team-lead", "quit"]);
  });
});
