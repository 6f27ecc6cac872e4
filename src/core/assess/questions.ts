/**
 * The questions an assessment asks: a role's requirements (with those it inherits), on the rating scale
 * they name, with the words the data gives. Pure.
 *
 * Where the needs come from, in order:
 * 1. the role's own `requirements`, with those of the role it `inherits` (each marked inherited);
 * 2. for a ladder level stating none: its ladder owner's, years of experience from the level's own;
 * 3. for a role stating none but listing skills: those skills, each assumed needed at the model's
 *    `assumedSkillLevel` (said before the questions and with the result).
 */

import { dataError, usageError } from "../../errors.js";
import type { AssessmentModel, Scale } from "../../schema/assessment.js";
import type { Inferred } from "../../schema/primitives.js";
import { type AdviceRef, EDUCATION_LEVELS, type EducationLevel, type Requirements } from "../../schema/requirements.js";
import type { Role } from "../../schema/role.js";
import { findLadder } from "../ladder.js";
import { roleSkills } from "../skills.js";

/** The id of the measure a role's `skills.typingSpeed` is asked as. */
const TYPING_SPEED = "typing-speed";

/** Where a need is stated: the role whose data holds it (advice points into that role's data). */
export interface NeedOrigin {
  /** id of the role that states the need */
  from: string;
  /** true when that is not the role assessed, but one it inherits from (or borrows from) */
  inherited: boolean;
  advice: AdviceRef[];
  /** the need's weight inside its category: its importance, else 1 */
  weight: number;
}

export interface SkillQuestion extends NeedOrigin {
  id: string;
  name: string;
  kind: string;
  /** the level needed, on the questionnaire's scale */
  level: number;
  detail?: string;
  anchors?: { level: number; text: string }[];
}

export interface MeasureQuestion extends NeedOrigin {
  id: string;
  name: string;
  unit: string;
  min: number;
  max?: number;
  detail?: string;
}

export interface CredentialQuestion extends NeedOrigin {
  id: string;
  name: string;
  kind: string;
  detail?: string;
}

export interface ExperienceQuestion extends NeedOrigin {
  of: string;
  years: number;
  /** true where the level counts total experience */
  total: boolean;
  /** where the years are read from words or borrowed (the data's `inferred`): why */
  inferred?: Inferred;
}

export interface EducationQuestion extends NeedOrigin {
  level: EducationLevel;
  note?: string;
  distribution?: { level: EducationLevel; percent: number }[];
}

export interface ToolGroupQuestion {
  name: string;
  /** the choices: the group's named tools, or the group's own name where it names none */
  options: string[];
}

export interface Questionnaire {
  roleId: string;
  roleTitle: string;
  /** how the needs were found (see the file comment) */
  basis: "requirements" | "borrowed" | "listed-skills";
  /** the role whose requirements are asked: the role itself, or the one borrowed from */
  requirementsFrom: string;
  scale: Scale;
  /** how levels were read where the sources give none as numbers, per role stating them */
  levelsInferred: { role: string; text: string }[];
  skills: SkillQuestion[];
  measures: MeasureQuestion[];
  experience?: ExperienceQuestion;
  education?: EducationQuestion;
  credentials: CredentialQuestion[];
  tools: ToolGroupQuestion[];
  /** the role whose tools are asked */
  toolsFrom?: string;
  /** the model's education levels, lowest first */
  educationLevels: AssessmentModel["education"]["levels"];
  /** said before the questions: whose needs are asked, what is assumed, what could not be found */
  notes: string[];
}

const toolsOf = (role: Role): ToolGroupQuestion[] =>
  (role.tools?.groups ?? []).map((g) => ({ name: g.name, options: g.items?.length ? [...g.items] : [g.name] }));

const weightOf = (n: { importance?: number | undefined }) => n.importance ?? 1;

const origin = (from: string, n: { importance?: number | undefined; advice?: AdviceRef[] | undefined }): NeedOrigin => ({
  from,
  inherited: false,
  advice: n.advice ?? [],
  weight: weightOf(n),
});

type Needs = Pick<Questionnaire, "skills" | "measures" | "experience" | "education" | "credentials" | "levelsInferred"> & {
  scaleId: string | undefined;
  tools: ToolGroupQuestion[];
  toolsFrom: string | undefined;
};

const byId = <T extends { id: string }>(own: readonly T[], inherited: readonly T[]): T[] => {
  const ownIds = new Set(own.map((n) => n.id));
  return [...inherited.filter((n) => !ownIds.has(n.id)), ...own];
};

const markInherited = <T extends NeedOrigin>(n: T): T => ({ ...n, inherited: true });

/** A role's own needs merged over those of the role it inherits from (a need with the same id replaces). */
function needsOf(role: Role, roles: ReadonlyMap<string, Role>, notes: string[], seen: Set<string>): Needs {
  const r = role.requirements as Requirements;
  let parent: Needs | undefined;
  if (r.inherits) {
    const p = roles.get(r.inherits);
    if (!p) notes.push(`${role.title} inherits the requirements of "${r.inherits}", which no role file describes: only its own are asked.`);
    else if (seen.has(p.id)) notes.push(`${role.title} inherits from ${p.title}, which inherits back: the loop is cut there.`);
    else if (!p.requirements) notes.push(`${role.title} inherits the requirements of ${p.title}, which states none.`);
    else parent = needsOf(p, roles, notes, new Set([...seen, p.id]));
  }
  if (parent && parent.scaleId !== r.scale) {
    throw dataError(
      `${role.title}'s requirements are on the scale "${r.scale ?? "(default)"}", but those it inherits from ${r.inherits} are on "${parent.scaleId ?? "(default)"}"`,
    );
  }
  const skills: SkillQuestion[] = (r.skills ?? []).map((s) => ({
    ...origin(role.id, s),
    id: s.id,
    name: s.name,
    kind: s.kind,
    level: s.level,
    ...(s.detail ? { detail: s.detail } : {}),
    ...(s.anchors ? { anchors: s.anchors } : {}),
  }));
  const measures: MeasureQuestion[] = (r.measures ?? []).map((m) => ({
    ...origin(role.id, m),
    id: m.id,
    name: m.name,
    unit: m.unit,
    min: m.min,
    ...(m.max !== undefined ? { max: m.max } : {}),
    ...(m.detail ? { detail: m.detail } : {}),
  }));
  const credentials: CredentialQuestion[] = (r.credentials ?? []).map((c) => ({
    ...origin(role.id, c),
    id: c.id,
    name: c.name,
    kind: c.kind,
    ...(c.detail ? { detail: c.detail } : {}),
  }));
  const e = r.experience;
  const years = e?.years ?? role.level?.years.min;
  const experience: ExperienceQuestion | undefined = e
    ? {
        ...origin(role.id, e),
        of: e.of,
        years: years ?? 0,
        total: e.years === undefined && Boolean(role.level?.years.total),
        ...(e.inferred ? { inferred: e.inferred } : {}),
      }
    : parent?.experience && role.level
      ? // inherited: what the years are of, from the role stating it; how many, from this level
        { ...markInherited(parent.experience), years: role.level.years.min, total: Boolean(role.level.years.total) }
      : parent?.experience && markInherited(parent.experience);
  const ed = r.education;
  const education: EducationQuestion | undefined = ed
    ? {
        ...origin(role.id, ed),
        level: ed.level,
        ...(ed.note ? { note: ed.note } : {}),
        ...(ed.distribution ? { distribution: ed.distribution } : {}),
      }
    : parent?.education && markInherited(parent.education);
  const ownTools = toolsOf(role);
  return {
    scaleId: r.scale,
    skills: byId(skills, (parent?.skills ?? []).map(markInherited)),
    measures: byId(measures, (parent?.measures ?? []).map(markInherited)),
    credentials: byId(credentials, (parent?.credentials ?? []).map(markInherited)),
    ...(experience ? { experience } : {}),
    ...(education ? { education } : {}),
    levelsInferred: [...(parent?.levelsInferred ?? []), ...(r.levelsInferred ? [{ role: role.id, text: r.levelsInferred }] : [])],
    tools: ownTools.length > 0 ? ownTools : (parent?.tools ?? []),
    toolsFrom: ownTools.length > 0 ? role.id : parent?.toolsFrom,
  };
}

/**
 * The skills a role lists (technical, soft, skill map), each once by id and assumed needed at the model's
 * level; a skill that is the typing-speed measure is asked as the measure only.
 */
function listedNeeds(role: Role, model: AssessmentModel): Needs {
  const typing = role.skills?.typingSpeed;
  const skills: SkillQuestion[] = roleSkills(role)
    .filter((s) => s.id !== "" && !(typing && s.id === TYPING_SPEED))
    .map((s) => ({
      from: role.id,
      inherited: false,
      advice: [],
      weight: 1,
      id: s.id,
      name: s.name,
      kind: s.kind,
      level: model.assumedSkillLevel,
      ...(s.detail ? { detail: s.detail } : {}),
    }));
  const tools = toolsOf(role);
  return {
    scaleId: undefined,
    skills,
    measures: typing
      ? [
          {
            from: role.id,
            inherited: false,
            advice: [],
            weight: 1,
            id: TYPING_SPEED,
            name: "Typing speed",
            unit: "WPM",
            min: typing.minWpm,
            ...(typing.maxWpm ? { max: typing.maxWpm } : {}),
          },
        ]
      : [],
    credentials: [],
    ...(role.level
      ? {
          experience: {
            from: role.id,
            inherited: false,
            advice: [],
            weight: 1,
            of: "relevant work",
            years: role.level.years.min,
            total: Boolean(role.level.years.total),
          },
        }
      : {}),
    levelsInferred: [],
    tools,
    toolsFrom: tools.length > 0 ? role.id : undefined,
  };
}

/** The scale a set of requirements names (the model's first by default); levels must lie on it. */
function scaleFor(model: AssessmentModel, id: string | undefined, role: Role, needs: readonly SkillQuestion[]): Scale {
  const scale = id === undefined ? model.scales[0]! : model.scales.find((s) => s.id === id);
  if (!scale)
    throw dataError(
      `${role.title}'s requirements name the rating scale "${id}", which the readiness model does not define (${model.scales.map((s) => s.id).join(", ")})`,
    );
  const top = scale.levels.at(-1)!.value;
  const off = needs.find((n) => n.level > top);
  if (off) throw dataError(`${role.title}: "${off.name}" needs level ${off.level}, above the top of the scale "${scale.id}" (${top})`);
  return scale;
}

/**
 * The questions for `role`. `roles` are every known role: to find the roles it inherits from and the
 * ladder it is on.
 */
export function buildQuestionnaire(role: Role, model: AssessmentModel, roles: readonly Role[]): Questionnaire {
  const map = new Map(roles.map((r) => [r.id, r]));
  map.set(role.id, role);
  const notes: string[] = [];
  let basis: Questionnaire["basis"] = "requirements";
  let from = role;
  let needs: Needs;
  if (role.requirements) {
    needs = needsOf(role, map, notes, new Set([role.id]));
  } else {
    const owner = findLadder(role, roles)?.owner;
    if (owner && owner.id !== role.id && owner.requirements) {
      basis = "borrowed";
      from = owner;
      const borrowed = needsOf(owner, map, notes, new Set([owner.id]));
      const mark = <T extends NeedOrigin>(n: T): T => ({ ...n, inherited: true });
      const experience =
        borrowed.experience &&
        (role.level
          ? { ...borrowed.experience, years: role.level.years.min, total: Boolean(role.level.years.total) }
          : borrowed.experience);
      needs = {
        ...borrowed,
        skills: borrowed.skills.map(mark),
        measures: borrowed.measures.map(mark),
        credentials: borrowed.credentials.map(mark),
        ...(experience ? { experience: mark(experience) } : {}),
        ...(borrowed.education ? { education: mark(borrowed.education) } : {}),
      };
      notes.unshift(
        `${role.title} states no requirements of its own: those asked are ${owner.title}'s, the role holding its ladder${role.level ? ", with the years of its own level" : ""}.`,
      );
    } else if (role.skills || role.skillMap) {
      basis = "listed-skills";
      needs = listedNeeds(role, model);
      const level = model.scales[0]!.levels.find((l) => l.value === model.assumedSkillLevel)!;
      notes.unshift(
        `${role.title} states no requirements: the skills it lists are asked, each assumed needed at ${level.value} ${level.id} (the readiness model's assumption, not the role's data); education is not scored.`,
      );
    } else {
      throw usageError(
        `${role.title} states no requirements and lists no skills: there is nothing to assess`,
        `Add a requirements: section to its role file (see careers new for an example).`,
      );
    }
  }
  if (needs.experience?.inferred && !needs.experience.inherited)
    notes.push(`Experience asked, ${experienceNeeded(needs.experience)}: ${needs.experience.inferred.reason}`);
  return {
    roleId: role.id,
    roleTitle: role.title,
    basis,
    requirementsFrom: from.id,
    scale: scaleFor(model, needs.scaleId, role, needs.skills),
    levelsInferred: needs.levelsInferred,
    skills: needs.skills,
    measures: needs.measures,
    ...(needs.experience ? { experience: needs.experience } : {}),
    ...(needs.education ? { education: needs.education } : {}),
    credentials: needs.credentials,
    tools: needs.tools,
    ...(needs.toolsFrom ? { toolsFrom: needs.toolsFrom } : {}),
    educationLevels: model.education.levels,
    notes,
  };
}

/** An education level's rank: 0 for none, up to the highest. */
export const educationRank = (level: string): number => EDUCATION_LEVELS.indexOf(level as EducationLevel);

/** A level on a scale in words: "2 working", or the number alone where the scale has no such level. */
export function levelLabel(scale: Scale, value: number): string {
  const l = scale.levels.find((x) => x.value === value);
  return l ? `${l.value} ${l.id}` : String(value);
}

export interface NeedSummary {
  category: "skills" | "experience" | "education" | "credentials" | "tools";
  id: string;
  name: string;
  needed: string;
  inherited: boolean;
  /** the role stating it */
  from: string;
}

const yearsText = (n: number) => `${n} year${n === 1 ? "" : "s"}`;

/** What a measure needs, in words: "40-50 WPM". */
export const measureNeeded = (m: Pick<MeasureQuestion, "min" | "max" | "unit">): string =>
  `${m.min}${m.max !== undefined ? `-${m.max}` : ""} ${m.unit}`;

/** What the years of experience need, in words: "6 years in total". */
export const experienceNeeded = (e: Pick<ExperienceQuestion, "years" | "total">): string =>
  `${yearsText(e.years)}${e.total ? " in total" : ""}`;

/** Every need of a questionnaire in one list, for JSON and the next-step comparison. */
export function needsList(q: Questionnaire): NeedSummary[] {
  const label = (id: string) => q.educationLevels.find((l) => l.id === id)?.label ?? id;
  const out: NeedSummary[] = [
    ...q.skills.map((s) => ({
      category: "skills" as const,
      id: s.id,
      name: s.name,
      needed: levelLabel(q.scale, s.level),
      inherited: s.inherited,
      from: s.from,
    })),
    ...q.measures.map((m) => ({
      category: "skills" as const,
      id: m.id,
      name: m.name,
      needed: measureNeeded(m),
      inherited: m.inherited,
      from: m.from,
    })),
  ];
  if (q.experience)
    out.push({
      category: "experience",
      id: "experience",
      name: `Experience of ${q.experience.of}`,
      needed: experienceNeeded(q.experience),
      inherited: q.experience.inherited,
      from: q.experience.from,
    });
  if (q.education)
    out.push({
      category: "education",
      id: "education",
      name: "Education",
      needed: label(q.education.level),
      inherited: q.education.inherited,
      from: q.education.from,
    });
  for (const c of q.credentials)
    out.push({ category: "credentials", id: c.id, name: c.name, needed: c.kind, inherited: c.inherited, from: c.from });
  return out;
}

/**
 * What `next` needs beyond `here` (everything it needs, where `here` is null): needs it has that `here`
 * lacks, or needs at a higher level (skills and measures), more years, or higher education.
 */
export function addedNeeds(here: Questionnaire | null, next: Questionnaire): NeedSummary[] {
  // no years at all is nothing to add
  const all = needsList(next).filter((n) => n.category !== "experience" || next.experience!.years > 0);
  if (!here) return all;
  const skill = new Map(here.skills.map((s) => [s.id, s]));
  const measure = new Map(here.measures.map((m) => [m.id, m]));
  const credential = new Set(here.credentials.map((c) => c.id));
  return all.filter((n) => {
    if (n.category === "skills") {
      const s = next.skills.find((x) => x.id === n.id);
      if (s) return !skill.has(s.id) || skill.get(s.id)!.level < s.level;
      const m = next.measures.find((x) => x.id === n.id)!;
      return !measure.has(m.id) || measure.get(m.id)!.min < m.min;
    }
    if (n.category === "experience") return !here.experience || here.experience.years < next.experience!.years;
    if (n.category === "education") return !here.education || educationRank(here.education.level) < educationRank(next.education!.level);
    return !credential.has(n.id);
  });
}
