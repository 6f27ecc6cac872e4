/** The walk's state machine: moves open at each level, applying them, and "back". */
import { describe, expect, it } from "vitest";
import { applyWalk, startWalk, walkActions, type WalkAction } from "../../src/core/walk.js";
import { branchLadder, guideLadder } from "../helpers/ladders.js";

const moves = (actions: WalkAction[]) =>
  actions.filter((a) => a.type !== "lateral").map((a) => ("to" in a ? `${a.type}:${a.to}` : a.type));

describe("walking the guide's (linear) ladder", () => {
  const view = guideLadder();

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
  const view = branchLadder();

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
