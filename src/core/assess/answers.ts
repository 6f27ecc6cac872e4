/** Answers to an assessment: checked against its questions, every gap in them listed at once. Pure. */
import type { AnswersInput } from "../../schema/assessment.js";
import { EDUCATION_LEVELS, type EducationLevel } from "../../schema/requirements.js";
import { normalizeName } from "../../text/names.js";
import { suggest } from "../../text/suggest.js";
import type { Questionnaire } from "./questions.js";

export interface Answers {
  currentRole: string | null;
  /** skill need id -> rating on the questionnaire's scale */
  skills: Record<string, number>;
  /** measure id -> the value measured, or null where it was not measured */
  measures: Record<string, number | null>;
  /** null where no experience was asked */
  experienceYears: number | null;
  /** null where no education was asked */
  education: EducationLevel | null;
  /** required credential id -> held; only those asked */
  credentials: Record<string, boolean>;
  /** tools used, as the data names them */
  tools: string[];
  /** the role whose tools were asked; null where none were */
  toolsFrom: string | null;
}

export type AnswersCheck = { ok: true; answers: Answers } | { ok: false; missing: string[]; invalid: string[] };

const hint = (word: string, options: string[]) => {
  const [s] = suggest(word, options, 1);
  return s ? ` (did you mean "${s}"?)` : "";
};

/** A measure of null (or 0, never a real measurement) means "not measured". */
const measured = (v: number | null | undefined): number | null => (typeof v === "number" && v > 0 ? v : null);

/** Finds a need by id or by name, case and punctuation ignored. */
function lookup<T extends { id: string; name: string }>(needs: readonly T[]): (key: string) => T | undefined {
  const map = new Map<string, T>();
  for (const n of needs) map.set(normalizeName(n.name), n);
  for (const n of needs) map.set(normalizeName(n.id), n);
  return (key) => map.get(normalizeName(key));
}

/** Match answers to questions: needs by id or name, ratings by number or by the scale's words. */
export function checkAnswers(input: AnswersInput, q: Questionnaire): AnswersCheck {
  const missing: string[] = [];
  const invalid: string[] = [];
  const scale = q.scale;
  const top = scale.levels.at(-1)!.value;
  const ratingIds = scale.levels.map((r) => r.id);
  const skills: Record<string, number> = {};
  const findSkill = lookup(q.skills);
  const failed = new Set<string>();
  for (const [key, raw] of Object.entries(input.skills ?? {})) {
    const skill = findSkill(key);
    if (!skill) {
      invalid.push(
        `skills: "${key}" is not a skill ${q.roleTitle} needs${hint(
          key,
          q.skills.map((s) => s.id),
        )}`,
      );
      continue;
    }
    const value =
      typeof raw === "number" ? (raw <= top ? raw : undefined) : scale.levels.find((r) => r.id === raw.trim().toLowerCase())?.value;
    if (value === undefined) {
      failed.add(skill.id);
      invalid.push(
        `skills: "${key}": rating "${raw}" is not one of 0-${top} or ${ratingIds.join(", ")}${typeof raw === "string" ? hint(raw, ratingIds) : ""}`,
      );
    } else skills[skill.id] = value;
  }
  for (const s of q.skills) if (!(s.id in skills) && !failed.has(s.id)) missing.push(`skills: ${s.id} (${s.name})`);

  const measures: Record<string, number | null> = {};
  const findMeasure = lookup(q.measures);
  for (const [key, value] of Object.entries(input.measures ?? {})) {
    const m = findMeasure(key);
    if (!m)
      invalid.push(
        `measures: "${key}" is not a measure ${q.roleTitle} needs${hint(
          key,
          q.measures.map((x) => x.id),
        )}`,
      );
    else measures[m.id] = measured(value);
  }
  for (const m of q.measures) if (!(m.id in measures)) missing.push(`measures: ${m.id} (${m.name} in ${m.unit}; null if not measured)`);

  if (q.experience && input.experienceYears === undefined) missing.push("experienceYears");

  let education: EducationLevel | null = null;
  if (q.education) {
    const levels = EDUCATION_LEVELS as readonly string[];
    if (input.education === undefined) missing.push("education");
    else if (!levels.includes(input.education))
      invalid.push(`education: "${input.education}" is not one of ${levels.join(", ")}${hint(input.education, [...levels])}`);
    else education = input.education as EducationLevel;
  }

  const credentials: Record<string, boolean> = {};
  if (q.credentials.length > 0) {
    const findCredential = lookup(q.credentials);
    if (input.credentials === undefined) missing.push("credentials (a list of the ids held; [] for none)");
    for (const c of q.credentials) credentials[c.id] = false;
    for (const key of input.credentials ?? []) {
      const c = findCredential(key);
      if (c) credentials[c.id] = true;
      else
        invalid.push(
          `credentials: "${key}" is not one ${q.roleTitle} requires${hint(
            key,
            q.credentials.map((x) => x.id),
          )}`,
        );
    }
  }

  const toolByKey = new Map(q.tools.flatMap((g) => g.options).map((t) => [normalizeName(t), t]));
  const tools: string[] = [];
  for (const t of input.tools ?? []) {
    const tool = toolByKey.get(normalizeName(t));
    if (tool) tools.push(tool);
    else invalid.push(`tools: "${t}" is not a tool of ${q.roleTitle}${hint(t, [...toolByKey.values()])}`);
  }
  if (input.tools === undefined && q.tools.length > 0) missing.push("tools (a list; [] for none)");
  if (missing.length > 0 || invalid.length > 0) return { ok: false, missing, invalid };
  return {
    ok: true,
    answers: {
      currentRole: input.currentRole ?? null,
      skills,
      measures,
      experienceYears: q.experience ? input.experienceYears! : null,
      education,
      credentials,
      tools,
      toolsFrom: q.tools.length > 0 ? (q.toolsFrom ?? null) : null,
    },
  };
}

/** The answers a template starts from: every question present, nothing claimed, nothing measured. */
export function templateAnswers(q: Questionnaire): AnswersInput & { role: string; currentRole: null } {
  const none = q.scale.levels[0]!.value;
  return {
    role: q.roleId,
    currentRole: null,
    ...(q.skills.length > 0 ? { skills: Object.fromEntries(q.skills.map((s) => [s.id, none])) } : {}),
    ...(q.measures.length > 0 ? { measures: Object.fromEntries(q.measures.map((m) => [m.id, null])) } : {}),
    ...(q.experience ? { experienceYears: 0 } : {}),
    ...(q.education ? { education: EDUCATION_LEVELS[0] } : {}),
    ...(q.credentials.length > 0 ? { credentials: [] } : {}),
    ...(q.tools.length > 0 ? { tools: [] } : {}),
  };
}
