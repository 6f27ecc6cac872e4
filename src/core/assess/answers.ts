/** Answers to an assessment: checked against its questions, every gap in them listed at once. Pure. */
import type { AnswersInput, AssessmentModel } from "../../schema/assessment.js";
import { normalizeName } from "../../text/names.js";
import { suggest } from "../../text/suggest.js";
import type { Questionnaire } from "./questions.js";

export interface Answers {
  currentRole: string | null;
  /** skill name (as the role writes it) -> rating 0-4 */
  skills: Record<string, number>;
  experienceYears: number;
  /** a measured typing speed; absent where the role asks for none or it was not measured */
  typingWpm?: number;
  /** an education level id from the model */
  education: string;
  /** tools used, as the role names them */
  tools: string[];
}

export type AnswersCheck = { ok: true; answers: Answers } | { ok: false; missing: string[]; invalid: string[] };

const hint = (word: string, options: string[]) => {
  const [s] = suggest(word, options, 1);
  return s ? ` (did you mean "${s}"?)` : "";
};

/** A typing speed of null (or 0, what the prompt once offered for it) means "not measured". */
const isMeasured = (wpm: number | null | undefined): wpm is number => typeof wpm === "number" && wpm > 0;

/** Match answers to questions: names case-insensitively, ratings by number or by the scale's words. */
export function checkAnswers(input: AnswersInput, q: Questionnaire, model: AssessmentModel): AnswersCheck {
  const missing: string[] = [];
  const invalid: string[] = [];
  const skillByKey = new Map(q.skills.map((s) => [normalizeName(s.name), s.name]));
  const ratingIds = model.ratingScale.map((r) => r.id);
  const skills: Record<string, number> = {};
  for (const [name, raw] of Object.entries(input.skills ?? {})) {
    const skill = skillByKey.get(normalizeName(name));
    if (!skill) {
      invalid.push(`skills: "${name}" is not a skill of ${q.roleTitle}${hint(name, [...skillByKey.values()])}`);
      continue;
    }
    const value = typeof raw === "number" ? raw : model.ratingScale.find((r) => r.id === raw.trim().toLowerCase())?.value;
    if (value === undefined) invalid.push(`skills: "${name}": rating "${raw}" is not one of 0-4 or ${ratingIds.join(", ")}${hint(String(raw), ratingIds)}`);
    else skills[skill] = value;
  }
  for (const s of q.skills) if (!(s.name in skills) && !invalid.some((i) => i.includes(`"${s.name}"`))) missing.push(`skills: ${s.name}`);
  if (input.experienceYears === undefined) missing.push("experienceYears");
  if (q.typing && input.typingWpm === undefined) missing.push("typingWpm (null if not measured)");
  const levels = model.education.levels.map((l) => l.id);
  if (input.education === undefined) missing.push("education");
  else if (!levels.includes(input.education)) invalid.push(`education: "${input.education}" is not one of ${levels.join(", ")}${hint(input.education, levels)}`);
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
      experienceYears: input.experienceYears!,
      ...(q.typing && isMeasured(input.typingWpm) ? { typingWpm: input.typingWpm } : {}),
      education: input.education!,
      tools,
    },
  };
}

/** The answers a template starts from: every question present, nothing claimed (typing speed not measured). */
export function templateAnswers(q: Questionnaire, model: AssessmentModel): AnswersInput {
  const none = model.ratingScale[0]!.value;
  return {
    role: q.roleId,
    currentRole: null,
    skills: Object.fromEntries(q.skills.map((s) => [s.name, none])),
    experienceYears: 0,
    ...(q.typing ? { typingWpm: null } : {}),
    education: q.education.required,
    ...(q.tools.length > 0 ? { tools: [] } : {}),
  };
}
