/**
 * A role's skills and kinds of tool by id: the same id is the same skill, whatever each source calls it.
 * A skill without an id takes one made from its name, so roles written without ids still match by name.
 * Pure.
 */

import type { OnetElement } from "../schema/primitives.js";
import type { Role } from "../schema/role.js";
import { normalizeName } from "../text/names.js";

/** "Active Listening" -> "active-listening": the id of a skill or tool group that gives none. */
export const idFromName = (name: string): string => normalizeName(name).replace(/ /g, "-");

export interface RoleSkill {
  id: string;
  /** the first wording the role gives (its skill list before its skill map) */
  name: string;
  /** the role's other wordings of the same skill, e.g. in its skill map */
  aliases: string[];
  /** technical or soft (the skill list), or skill-map where only the skill map names it */
  kind: "technical" | "soft" | "skill-map";
  detail?: string;
  onet?: OnetElement;
}

/** The role's skills, each once: its skill list in order, then skills only its skill map names. */
export function roleSkills(role: Pick<Role, "skills" | "skillMap">): RoleSkill[] {
  const byId = new Map<string, RoleSkill>();
  const add = (
    id: string,
    name: string,
    kind: RoleSkill["kind"],
    more: { detail?: string | undefined; onet?: OnetElement | undefined } = {},
  ) => {
    const known = byId.get(id);
    if (known) {
      if (known.name !== name && !known.aliases.includes(name)) known.aliases.push(name);
      known.onet ??= more.onet;
      return;
    }
    byId.set(id, {
      id,
      name,
      aliases: [],
      kind,
      ...(more.detail ? { detail: more.detail } : {}),
      ...(more.onet ? { onet: more.onet } : {}),
    });
  };
  for (const kind of ["technical", "soft"] as const) {
    for (const s of role.skills?.[kind] ?? []) add(s.id ?? idFromName(s.name), s.name, kind, s);
  }
  for (const tier of role.skillMap?.tiers ?? []) {
    for (const e of tier.skills) typeof e === "string" ? add(idFromName(e), e, "skill-map") : add(e.id, e.name, "skill-map");
  }
  return [...byId.values()];
}

/** A skill map entry's name, whether written as a name or as {id, name}. */
export const entryName = (e: string | { name: string }): string => (typeof e === "string" ? e : e.name);

export interface RoleToolGroup {
  id: string;
  name: string;
  /** named products; empty where the source names the kind only */
  items: string[];
}

/** The role's kinds of tool, each once by id (a group repeated merges its products). */
export function roleTools(role: Pick<Role, "tools">): RoleToolGroup[] {
  const byId = new Map<string, RoleToolGroup>();
  for (const g of role.tools?.groups ?? []) {
    const id = g.id ?? idFromName(g.name);
    const known = byId.get(id);
    if (known) known.items.push(...(g.items ?? []).filter((i) => !known.items.includes(i)));
    else byId.set(id, { id, name: g.name, items: [...(g.items ?? [])] });
  }
  return [...byId.values()];
}
