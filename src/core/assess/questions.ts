/** The questions an assessment asks, built from a role's data and the readiness model. Pure. */
import type { Role } from "../../schema/role.js";
import type { AssessmentModel } from "../../schema/assessment.js";
import { normalizeName } from "../../text/names.js";

export type SkillGroup = "technical" | "soft" | "skillMap";

export interface SkillQuestion {
  name: string;
  group: SkillGroup;
  /** the skill-map tier, for skills from a skill map */
  tier?: string;
  detail?: string;
}

export interface ToolGroupQuestion {
  name: string;
  /** the choices: the group's named tools, or the group's own name where it names none */
  options: string[];
}

export interface Questionnaire {
  roleId: string;
  roleTitle: string;
  /** the role whose skills and tools are asked about (a ladder level without its own takes its ladder's) */
  skillsFrom: string;
  skills: SkillQuestion[];
  typing?: { minWpm: number; maxWpm?: number };
  /** years of experience the role asks for (its level's minimum; 0 for an entry role) */
  experienceYears: number;
  /** the role's ladder step, if it has one */
  step?: number;
  education: AssessmentModel["education"];
  tools: ToolGroupQuestion[];
}

function skillsOf(role: Role): SkillQuestion[] {
  const out: SkillQuestion[] = [];
  const seen = new Set<string>();
  const add = (q: SkillQuestion) => {
    const key = normalizeName(q.name);
    if (seen.has(key)) return;
    seen.add(key);
    out.push(q);
  };
  for (const s of role.skills?.technical ?? []) add({ name: s.name, group: "technical", ...(s.detail ? { detail: s.detail } : {}) });
  for (const s of role.skills?.soft ?? []) add({ name: s.name, group: "soft", ...(s.detail ? { detail: s.detail } : {}) });
  for (const tier of role.skillMap?.tiers ?? []) for (const name of tier.skills) add({ name, group: "skillMap", tier: tier.name });
  return out;
}

const toolsOf = (role: Role): ToolGroupQuestion[] =>
  (role.tools?.groups ?? []).map((g) => ({ name: g.name, options: g.items?.length ? [...g.items] : [g.name] }));

/**
 * Questions for `role`. Skills, typing speed and tools come from the role, or — for a ladder level that
 * lists none of its own — from `fallback` (the role that holds its ladder).
 */
export function buildQuestionnaire(role: Role, model: AssessmentModel, fallback?: Role): Questionnaire {
  const own = skillsOf(role);
  const from = own.length > 0 || !fallback ? role : fallback;
  const typing = from.skills?.typingSpeed;
  return {
    roleId: role.id,
    roleTitle: role.title,
    skillsFrom: from.id,
    skills: own.length > 0 ? own : skillsOf(from),
    ...(typing ? { typing: { minWpm: typing.minWpm, ...(typing.maxWpm ? { maxWpm: typing.maxWpm } : {}) } } : {}),
    experienceYears: role.level?.years.min ?? 0,
    ...(role.level ? { step: role.level.step } : {}),
    education: model.education,
    tools: toolsOf(role).length > 0 ? toolsOf(role) : toolsOf(from),
  };
}

/** The rating (0-4) a skill needs at a ladder step. */
export function skillTargetFor(model: AssessmentModel, step: number | undefined): number {
  if (step === undefined) return model.skillTarget.default;
  let target = model.skillTarget.default;
  for (const s of [...model.skillTarget.byStep].sort((a, b) => a.fromStep - b.fromStep)) if (s.fromStep <= step) target = s.target;
  return target;
}
