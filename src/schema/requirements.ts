/**
 * Requirements: what a role needs of a person. `careers assess` asks about these and scores them, and
 * nothing else; the code knows no field, so every word it asks or prints about a need comes from here.
 *
 * ```yaml
 * requirements:
 *   source: my-guide
 *   scale: self-rating            # the rating scale `level` uses (data/assessment.yaml `scales`)
 *   levelsInferred: >-            # where the source gives no numbers: how the levels were read
 *     "Leads" and "mastering" read as strong (3); "develops" and "handles" as working (2).
 *   inherits: staff-nurse         # this role needs what staff-nurse needs too (marked inherited)
 *   skills:
 *     - id: delegation
 *       name: Delegating care to the team
 *       kind: leadership
 *       level: 3
 *       advice:
 *         - focusArea: 2          # the role's level.focusAreas[1]
 *   measures:                     # measured thresholds, such as a typing speed
 *     - {id: typing-speed, name: Typing speed, unit: WPM, min: 40, max: 50}
 *   experience:
 *     of: registered nursing practice   # years default to the role's level.years.min
 *   education:
 *     level: bachelor
 *     note: A degree in nursing.
 *   credentials:
 *     - {id: nmc-registration, name: Registration with the nursing regulator, kind: licence}
 * ```
 *
 * Designed so that occupations imported from O*NET fit without another model: a set names its rating
 * `scale` (O*NET rates skill levels 0-7, with `anchors` saying what given levels look like), a skill may
 * carry its `importance` (1-5), education may carry the `distribution` of levels people in the role hold,
 * and related work experience is `experience`.
 *
 * Scoring (see core/assess/score.ts): each need scores min(answer / needed, 1); a need weighs its
 * importance where the set gives importance, else 1. The role's `tools` are asked too, as kinds of tool
 * used; a role without tools of its own uses those of the role it inherits from.
 */
import { z } from "zod";
import { inferred, onetElement, roleId, sourceRef, text } from "./primitives.js";

/** Highest education, lowest first: the levels `education.level` and an answer name. */
export const EDUCATION_LEVELS = ["none", "high-school", "vocational", "associate", "bachelor", "postgraduate"] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

const ADVICE_KEYS = ["focusArea", "entryStep", "education", "certification", "text"] as const;

/** One piece of advice for closing a gap in a need: a pointer into the role's own data, or the source's words. */
export const adviceRef = z
  .strictObject({
    focusArea: z.number().int().positive().optional().describe("a focus area of this role's `level`, 1 first"),
    entryStep: z.number().int().positive().optional().describe("a step of this role's `entry`, 1 first"),
    education: text.optional().describe("the name of one of this role's `education.options`"),
    certification: text.optional().describe("the name of one of this role's `certifications.items`"),
    text: text.optional().describe("advice in the source's own words"),
  })
  .refine((a) => ADVICE_KEYS.filter((k) => a[k] !== undefined).length === 1, { message: `give exactly one of ${ADVICE_KEYS.join(", ")}` })
  .describe("what to do about a gap in this need");
export type AdviceRef = z.infer<typeof adviceRef>;

const importance = z
  .number()
  .min(1)
  .max(5)
  .describe("how much the need weighs, 1-5 (O*NET's importance scale); on every skill and measure of a set or on none");

export const skillNeed = z.strictObject({
  id: roleId.describe("the need's id; the same id in a role this one inherits from is the same need"),
  name: text,
  kind: roleId.describe("the sort of skill in the data's own words, e.g. technical, soft, leadership, clinical"),
  level: z.number().min(0).describe("the level needed, on the set's `scale`"),
  importance: importance.optional(),
  detail: text.optional().describe("what the skill covers or why it matters"),
  onet: onetElement.optional(),
  source: sourceRef.optional().describe("where the need comes from, if not the set's source"),
  anchors: z
    .array(z.strictObject({ level: z.number().min(0), text }))
    .min(1)
    .optional()
    .describe("what given levels of this skill look like; asked with these instead of the scale's neutral examples"),
  advice: z.array(adviceRef).optional(),
});

export const measureNeed = z.strictObject({
  id: roleId,
  name: text.describe("e.g. Typing speed"),
  unit: text.describe("printed after a value, e.g. WPM"),
  min: z.number().positive().describe("the lowest value the role accepts"),
  max: z.number().positive().optional().describe("the top of the range where the source gives one (40-50 WPM); not scored"),
  importance: importance.optional(),
  detail: text.optional(),
  advice: z.array(adviceRef).optional(),
});

export const experienceNeed = z.strictObject({
  of: text.describe('what the years are of, as a phrase: "customer-facing work", "registered nursing practice"'),
  years: z.number().nonnegative().optional().describe("years needed; default the minimum years of the role's `level`"),
  inferred: inferred.optional().describe("where the years are read from words (minimal experience) or borrowed: why"),
  importance: importance.optional(),
  advice: z.array(adviceRef).optional(),
});

export const educationNeed = z.strictObject({
  level: z.enum(EDUCATION_LEVELS).describe("the lowest education the role asks for"),
  note: text.optional().describe("what the source says, e.g. a degree in nursing"),
  distribution: z
    .array(z.strictObject({ level: z.enum(EDUCATION_LEVELS), percent: z.number().min(0).max(100) }))
    .min(1)
    .optional()
    .describe("the share of people in the role at each level, as O*NET reports it; shown, not scored"),
  importance: importance.optional(),
  advice: z.array(adviceRef).optional(),
});

export const credentialNeed = z.strictObject({
  id: roleId,
  name: text,
  kind: roleId.describe("e.g. licence, certification, registration"),
  detail: text.optional(),
  importance: importance.optional(),
  advice: z.array(adviceRef).optional(),
});

export const requirements = z
  .strictObject({
    source: sourceRef,
    scale: roleId.optional().describe("the rating scale skill levels are on: an id of the readiness model's `scales`; default its first"),
    levelsInferred: text
      .optional()
      .describe("where the source gives no levels as numbers: how they were read from its words (printed with the result)"),
    inherits: roleId.optional().describe("a role whose requirements this role needs too, e.g. the level below on a ladder"),
    note: text.optional().describe("e.g. why the role inherits what it does"),
    skills: z.array(skillNeed).optional(),
    measures: z.array(measureNeed).optional(),
    experience: experienceNeed.optional(),
    education: educationNeed.optional(),
    credentials: z.array(credentialNeed).optional().describe("licences, registrations or certifications the role requires"),
  })
  .describe("what the role needs of a person: what `careers assess` asks and scores");

export type Requirements = z.infer<typeof requirements>;
export type SkillNeed = z.infer<typeof skillNeed>;
export type MeasureNeed = z.infer<typeof measureNeed>;
export type CredentialNeed = z.infer<typeof credentialNeed>;

type Path = (string | number)[];
type Issue = { path: Path; message: string };

/**
 * Checks that need the whole role: ids used once, importance on all or none, experience years known,
 * and every advice pointer pointing at something.
 */
export function checkRequirements(
  role: {
    level?: { focusAreas: string[] } | undefined;
    entry?: { steps: unknown[] } | undefined;
    education?: { options: { name: string }[] } | undefined;
    certifications?: { items?: { name: string }[] | undefined } | undefined;
  },
  r: Requirements,
): Issue[] {
  const issues: Issue[] = [];
  const base: Path = ["requirements"];
  const seen = new Map<string, Path>();
  const lists = [
    ["skills", r.skills ?? []],
    ["measures", r.measures ?? []],
    ["credentials", r.credentials ?? []],
  ] as const;
  for (const [key, list] of lists) {
    list.forEach((n, i) => {
      const first = seen.get(n.id);
      if (first) issues.push({ path: [...base, key, i, "id"], message: `id "${n.id}" is already used at ${first.join(".")}` });
      else seen.set(n.id, [...base, key, i]);
    });
  }
  const weighed = [...(r.skills ?? []), ...(r.measures ?? [])];
  const withImportance = weighed.filter((n) => n.importance !== undefined).length;
  if (withImportance > 0 && withImportance < weighed.length) {
    issues.push({
      path: [...base],
      message: `importance is given on ${withImportance} of ${weighed.length} skills and measures: give it on all of them or on none`,
    });
  }
  if (r.experience && r.experience.years === undefined && !role.level) {
    issues.push({ path: [...base, "experience", "years"], message: "give years: the role has no level to take them from" });
  }
  const checkAdvice = (advice: readonly AdviceRef[] | undefined, path: Path) =>
    (advice ?? []).forEach((a, i) => {
      const at = [...path, "advice", i];
      if (a.focusArea !== undefined && a.focusArea > (role.level?.focusAreas.length ?? 0)) {
        issues.push({
          path: [...at, "focusArea"],
          message: `the role's level has ${role.level?.focusAreas.length ?? 0} focus areas, not ${a.focusArea}`,
        });
      }
      if (a.entryStep !== undefined && a.entryStep > (role.entry?.steps.length ?? 0)) {
        issues.push({
          path: [...at, "entryStep"],
          message: `the role's entry has ${role.entry?.steps.length ?? 0} steps, not ${a.entryStep}`,
        });
      }
      if (a.education !== undefined && !role.education?.options.some((o) => o.name === a.education)) {
        issues.push({ path: [...at, "education"], message: `"${a.education}" is not the name of one of the role's education options` });
      }
      if (a.certification !== undefined && !role.certifications?.items?.some((c) => c.name === a.certification)) {
        issues.push({
          path: [...at, "certification"],
          message: `"${a.certification}" is not the name of one of the role's certifications`,
        });
      }
    });
  for (const [key, list] of lists) list.forEach((n, i) => checkAdvice(n.advice, [...base, key, i]));
  if (r.experience) checkAdvice(r.experience.advice, [...base, "experience"]);
  if (r.education) checkAdvice(r.education.advice, [...base, "education"]);
  return issues;
}
