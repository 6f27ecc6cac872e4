/** Ladders for tests: the shipped guide ladder, and a small user-defined one with a branch. */
import { buildLadder, findLadder, type LadderView } from "../../src/core/ladder.js";
import type { Role } from "../../src/schema/role.js";
import { loadShipped } from "./roles.js";

export const GUIDE_LEVELS = ["clerk", "junior-clerk", "senior-clerk", "representative", "specialist", "supervisor", "manager"];

export function guideRoles(): Map<string, Role> {
  return new Map(GUIDE_LEVELS.map((id) => [id, loadShipped(id)]));
}

export function guideLadder(): LadderView {
  const roles = guideRoles();
  const found = findLadder(roles.get("clerk")!, [...roles.values()])!;
  return buildLadder(found.owner, found.ladder, roles);
}

const SOURCES = [{ id: "notes", title: "Team notes" }];

/** A level role with its own salary row (the owner has no salary table, so the fallback is used). */
function levelRole(id: string, title: string, step: number, min: number, max: number | undefined, median: number): Role {
  return {
    id,
    title,
    summary: `${title}.`,
    sources: SOURCES,
    level: {
      source: "notes",
      title,
      step,
      years: { min, ...(max === undefined ? {} : { max }) },
      scope: `${title} scope, in short: more.`,
      focusAreas: [`${title} focus`],
    },
    salaryByLevel: { source: "notes", currency: "EUR", levels: [{ level: title, role: id, median }] },
  };
}

/**
 * trainee -> agent -> expert (top of the ic track: `next: []`)
 *         \-> team-lead -> head (management)
 */
export function branchRoles(): Map<string, Role> {
  const trainee = levelRole("trainee", "Trainee", 1, 0, 1, 30000);
  trainee.ladder = {
    source: "notes",
    name: "Support ladder",
    tracks: [
      { id: "ic", name: "Individual contributor" },
      { id: "management", name: "Management" },
    ],
    levels: [
      { role: "trainee", title: "Trainee", track: "ic", next: ["agent", "team-lead"] },
      { role: "agent", title: "Agent", track: "ic" },
      { role: "expert", title: "Expert", track: "ic", next: [] },
      { role: "team-lead", title: "Team lead", track: "management" },
      { role: "head", title: "Head of support", track: "management" },
    ],
    lateralMoves: [{ name: "Sales" }],
  };
  return new Map([
    ["trainee", trainee],
    ["agent", levelRole("agent", "Agent", 2, 1, 3, 34000)],
    ["expert", levelRole("expert", "Expert", 3, 3, 6, 41000)],
    ["team-lead", levelRole("team-lead", "Team lead", 2, 2, 4, 45000)],
    ["head", levelRole("head", "Head of support", 3, 5, undefined, 60000)],
  ]);
}

export function branchLadder(): LadderView {
  const roles = branchRoles();
  return buildLadder(roles.get("trainee")!, roles.get("trainee")!.ladder!, roles);
}
