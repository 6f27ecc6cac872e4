/**
 * Readiness along a ladder (the branching one of tests/helpers/ladders.ts: trainee -> agent -> expert,
 * trainee -> team-lead -> head): levels without a role file or without anything to ask, where you are,
 * and the step up. Each level that states requirements asks one skill of its own, named after it, at 2.
 */
import { describe, expect, it } from "vitest";
import { assess } from "../../src/core/assess/assess.js";
import { buildQuestionnaire } from "../../src/core/assess/questions.js";
import type { Role } from "../../src/schema/role.js";
import { noAnswers } from "../helpers/assess.js";
import { branchRoles } from "../helpers/ladders.js";
import { loadShippedModel } from "../helpers/model.js";

const model = loadShippedModel();

/** The ladder's roles, those named in `asking` stating their one skill, less those in `without`. */
function ladder(asking: string[], without: string[] = []): Role[] {
  const roles = [...branchRoles().values()].filter((r) => !without.includes(r.id));
  for (const r of roles) {
    if (asking.includes(r.id)) r.requirements = { source: "notes", skills: [{ id: r.id, name: `${r.title} skill`, kind: "k", level: 2 }] };
  }
  return roles;
}

/** Assess the agent with these ratings (and the level held, if given). */
function agentResult(roles: Role[], skills: Record<string, number>, currentRole: string | null = null) {
  const agent = roles.find((r) => r.id === "agent")!;
  const q = buildQuestionnaire(agent, model, roles);
  return assess({ role: agent, questionnaire: q, answers: noAnswers({ skills, currentRole }), model, roles }).ladder!;
}

describe("readiness along a ladder", () => {
  it("a level with no role file, or with nothing to ask, has no readiness; the years from its level", () => {
    // the trainee (the ladder's owner) and the head state nothing and list no skills: nothing to assess
    const l = agentResult(ladder(["agent", "expert", "team-lead"]), { agent: 2 });
    expect(l.levels).toEqual([
      { role: "trainee", title: "Trainee", step: 1, yearsNeeded: 0, readiness: null, band: null, notAsked: [] },
      { role: "agent", title: "Agent", step: 2, yearsNeeded: 1, readiness: 100, band: "ready", notAsked: [] },
      // needs the answers leave out: not assessed, never scored as 0
      { role: "expert", title: "Expert", step: 3, yearsNeeded: 3, readiness: null, band: null, notAsked: ["Expert skill"] },
      { role: "team-lead", title: "Team lead", step: 2, yearsNeeded: 2, readiness: null, band: null, notAsked: ["Team lead skill"] },
      { role: "head", title: "Head of support", step: 3, yearsNeeded: 5, readiness: null, band: null, notAsked: [] },
    ]);
    expect(l).toMatchObject({ name: "Support ladder", from: "trainee", youAreHere: "agent", youAreHereBasis: "readiness" });
    // one step up from the agent: the expert, not assessed, adding its one skill; no gap among needs not asked
    expect(l.next).toEqual({
      role: "expert",
      title: "Expert",
      readiness: null,
      adds: [{ category: "skills", id: "expert", name: "Expert skill", needed: "2 working", inherited: false, from: "expert" }],
      needs: [],
    });
  });

  it("a level the answers cover is scored, gaps and all, though it is not the level assessed", () => {
    const l = agentResult(ladder(["agent", "expert", "team-lead"]), { agent: 2, expert: 1 });
    expect(l.levels[2]).toEqual({
      role: "expert",
      title: "Expert",
      step: 3,
      yearsNeeded: 3,
      readiness: 50,
      band: "building",
      notAsked: [],
    });
    expect(l.next).toMatchObject({
      role: "expert",
      readiness: 50,
      needs: [{ id: "expert", now: "1 basic", needed: "2 working", impact: 50 }],
    });
  });

  it("a level no role file describes: its place on the ladder as its step, and nothing to say of it as the next step", () => {
    const l = agentResult(ladder(["trainee", "agent", "expert", "team-lead"], ["head"]), { trainee: 2, agent: 2, "team-lead": 2 });
    expect(l.levels.at(-1)).toEqual({
      role: "head",
      title: "Head of support",
      step: 5,
      yearsNeeded: null,
      readiness: null,
      band: null,
      notAsked: [],
    });
    // ready for trainee, agent and team lead: you are at the last of them in the ladder's order
    expect(l.youAreHere).toBe("team-lead");
    expect(l.next).toEqual({ role: "head", title: "Head of support", readiness: null, adds: [], needs: [] });
  });

  it("ready for nothing: the first level assessed is next, adding all it needs", () => {
    const l = agentResult(ladder(["trainee", "agent"]), { agent: 1, trainee: 1 });
    expect(l).toMatchObject({ youAreHere: null, youAreHereBasis: null });
    expect(l.next).toMatchObject({ role: "trainee", readiness: 50, adds: [{ id: "trainee", needed: "2 working" }] });
    // at 1 of 2 the agent is 50%: building, not where you are
    expect(l.levels[1]).toMatchObject({ role: "agent", readiness: 50, band: "building" });
  });

  it("ready for nothing, the levels below not covered: the level assessed is next, never one not assessed", () => {
    const l = agentResult(ladder(["trainee", "agent"]), { agent: 1 });
    expect(l.levels[0]).toMatchObject({ role: "trainee", readiness: null, band: null, notAsked: ["Trainee skill"] });
    expect(l).toMatchObject({ youAreHere: null, next: { role: "agent", readiness: 50 } });
  });

  it("a level held that is not on the ladder counts for nothing: where you are comes from readiness", () => {
    const l = agentResult(ladder(["trainee", "agent", "expert", "team-lead", "head"]), { trainee: 2, agent: 2 }, "nowhere");
    expect(l).toMatchObject({ youAreHere: "agent", youAreHereBasis: "readiness", next: { role: "expert" } });
  });

  it("at a branch: the readier step up first; at equal readiness, the one listed first", () => {
    const roles = ladder(["trainee", "agent", "expert", "team-lead"]);
    expect(agentResult(roles, { agent: 1, "team-lead": 2 }, "trainee").next?.role).toBe("team-lead");
    expect(agentResult(roles, { agent: 2, "team-lead": 1 }, "trainee").next?.role).toBe("agent");
    expect(agentResult(roles, { agent: 1, "team-lead": 1 }, "trainee").next?.role).toBe("agent");
  });

  it("the first level held: you are there, and the step up adds what it needs beyond it", () => {
    const roles = ladder(["trainee", "agent", "expert", "team-lead", "head"]);
    // the agent needs the trainee's skill too
    roles.find((r) => r.id === "agent")!.requirements!.inherits = "trainee";
    const l = agentResult(roles, {}, "trainee");
    expect(l).toMatchObject({ youAreHere: "trainee", youAreHereBasis: "current-role" });
    // beyond the trainee's skill, which the trainee level already needs: the agent's own alone
    expect(l.next?.adds.map((a) => a.id)).toEqual(["agent"]);
  });

  it("a `next` naming a level the ladder does not have is passed over", () => {
    const roles = ladder(["trainee", "agent", "expert", "team-lead", "head"]);
    roles.find((r) => r.id === "trainee")!.ladder!.levels[0]!.next = ["ghost", "team-lead"];
    expect(agentResult(roles, {}, "trainee").next?.role).toBe("team-lead");
  });

  it("a level whose role file has no level section: its place as its step, no years", () => {
    const roles = ladder(["trainee", "agent", "expert", "team-lead", "head"]);
    roles.find((r) => r.id === "expert")!.level = undefined;
    expect(agentResult(roles, { expert: 0 }).levels[2]).toMatchObject({ role: "expert", step: 3, yearsNeeded: null, readiness: 0 });
  });

  it("the level assessed is described from the role given, even where the roles known leave it out", () => {
    const roles = ladder(["trainee", "agent", "expert", "team-lead", "head"]);
    const lead = roles.find((r) => r.id === "team-lead")!;
    const others = roles.filter((r) => r !== lead);
    const q = buildQuestionnaire(lead, model, others);
    const l = assess({ role: lead, questionnaire: q, answers: noAnswers({ skills: { "team-lead": 2 } }), model, roles: others }).ladder!;
    // team lead: step 2 of its own level (4th in the ladder's list), 2 years
    expect(l.levels[3]).toMatchObject({ role: "team-lead", step: 2, yearsNeeded: 2, readiness: 100 });
  });

  it("where you are uses the top band, whatever order the model lists its bands in", () => {
    const roles = ladder(["trainee", "agent", "expert", "team-lead", "head"]);
    const agent = roles.find((r) => r.id === "agent")!;
    const reversed = { ...model, bands: [...model.bands].reverse() };
    const q = buildQuestionnaire(agent, reversed, roles);
    const l = assess({ role: agent, questionnaire: q, answers: noAnswers({ skills: { agent: 2 } }), model: reversed, roles }).ladder!;
    // ready (85) for the agent alone: every other level is at 0, which an "early" minimum of 0 would count
    expect(l.youAreHere).toBe("agent");
  });

  it("the step up lists at most its three biggest gaps", () => {
    const roles = ladder(["trainee", "agent"]);
    roles.find((r) => r.id === "expert")!.requirements = {
      source: "notes",
      skills: ["a", "b", "c", "d"].map((id, i) => ({ id, name: id.toUpperCase(), kind: "k", level: 4, importance: i + 1 })),
    };
    const l = agentResult(roles, { agent: 2, a: 0, b: 0, c: 0, d: 0 });
    // each at 0: each costs its importance over 1 + 2 + 3 + 4 = 10 of the score
    expect(l.next?.needs.map((n) => [n.name, n.impact])).toEqual([
      ["D", 40],
      ["C", 30],
      ["B", 20],
    ]);
  });
});
