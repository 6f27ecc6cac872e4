/** The readiness model (data/assessment.yaml) and the answers to an assessment: zod schemas. */
import { z } from "zod";
import { EDUCATION_LEVELS } from "./requirements.js";

const id = z.string().regex(/^[a-z][a-z0-9-]*$/);
const weight = z.number().min(0).max(1);

export const scaleSchema = z.strictObject({
  id,
  name: z.string().min(1),
  levels: z
    .array(z.strictObject({ value: z.number().int().min(0).max(9), id, example: z.string().min(1) }))
    .min(2)
    .describe("each level with a neutral example of what it looks like; values 0, 1, 2... in order (a number key picks one)"),
});
export type Scale = z.infer<typeof scaleSchema>;

/**
 * How compare, path, assess and match measure over imported occupations, on O*NET's common scales
 * (importance 1-5, level 0-7, RIASEC interests 1-7). See docs/matching.md.
 */
/**
 * The fit of `careers match` (core/resemblance.ts): how closely an occupation's needs resemble a profile.
 * See docs/matching.md, "Fit".
 */
export const resemblanceModelSchema = z.strictObject({
  needImportance: z
    .number()
    .min(0)
    .describe("an occupation's need of an element, as correlated: its level + this x its importance (a profile's too where it knows them)"),
  weights: z
    .strictObject({ skill: z.number().min(0), knowledge: z.number().min(0) })
    .refine((w) => w.skill + w.knowledge > 0, "the weights must not all be 0")
    .describe("each kind's correlation's share of the resemblance, among the kinds measured"),
  distance: z.number().min(0).describe("taken off per unit of the importance-weighted mean |have - need| over the level scale's span (7)"),
  interests: z.number().min(0).describe("taken off per unit of the interests' mean difference over the scale's span (6)"),
  activities: z
    .strictObject({
      dwa: z.number().min(0),
      iwa: z.number().min(0),
      nearest: z
        .number()
        .int()
        .min(0)
        .describe(
          "a profile of levels alone (no jobs held): the work activities of this many occupations it resembles most are taken as its own; 0: none",
        ),
    })
    .describe(
      "taken off per unit of 1 - the cosine of the work activities (detailed; intermediate) held, or of the nearest occupations, and done",
    ),
});
export type ResemblanceModel = z.infer<typeof resemblanceModelSchema>;

export const scaleModelSchema = z.strictObject({
  importance: z.number().min(1).max(5).describe("an element matters to an occupation at this importance or above"),
  assessImportance: z.number().min(1).max(5).describe("assess <occupation> asks the skills of at least this importance"),
  weights: z
    .strictObject({ skill: weight, knowledge: weight, interests: weight })
    .describe("each part's share of a fit, among the parts a profile rates"),
  use: weight.describe("within a skill or knowledge part, the share of its score that is the profile's use by the work"),
  lateralBand: z.number().min(0).max(1).describe("a move within this share of the median wage, in the same job zone, is lateral"),
  gapsShown: z.number().int().min(1).describe("gaps shown per move in tables"),
  maxMoves: z.number().int().min(1).describe("path --to: the most moves through related occupations a route may take"),
  steppingStones: z
    .number()
    .int()
    .min(0)
    .describe("assess <occupation> suggests at most this many related occupations that fit the answers better"),
  resemblance: resemblanceModelSchema,
});
export type ScaleModel = z.infer<typeof scaleModelSchema>;

/**
 * How `careers interests` scores its quiz (O*NET's Interests Illustrative Activities) to the six RIASEC
 * scores. See docs/matching.md, "The interests quiz".
 */
export const interestsQuizModelSchema = z
  .strictObject({
    answers: z
      .strictObject({ like: z.number().min(0), unsure: z.number().min(0), dislike: z.number().min(0) })
      .describe("the value of each answer; a type's share is its activities' weighted mean value over the greatest"),
    weights: z
      .strictObject({ general: z.number().min(0), basic: z.number().min(0) })
      .describe("the weight of a type's own (general) activities and of its basic interests' activities"),
    scale: z
      .strictObject({ min: z.number(), max: z.number() })
      .describe("the scale the shares are placed on: O*NET's occupational interests, 1-7"),
  })
  .superRefine((m, ctx) => {
    if (m.scale.max <= m.scale.min) ctx.addIssue({ code: "custom", path: ["scale"], message: "max must be above min" });
    if (Math.max(m.answers.like, m.answers.unsure, m.answers.dislike) <= 0)
      ctx.addIssue({ code: "custom", path: ["answers"], message: "answers must not all be 0" });
    if (m.weights.general + m.weights.basic <= 0) ctx.addIssue({ code: "custom", path: ["weights"], message: "weights must not all be 0" });
  });
export type InterestsQuizModel = z.infer<typeof interestsQuizModelSchema>;

/** How `careers match` speaks of a profile that rates only part of the data set. See docs/matching.md. */
export const partialProfileModelSchema = z.strictObject({
  fewRated: z.number().int().min(1).describe("a profile rating fewer skills and knowledge areas than this is said to give a rough ranking"),
});
export type PartialProfileModel = z.infer<typeof partialProfileModelSchema>;

/** How path, compare and match measure over ESCO's essential and optional items (core/requirements.ts). See docs/matching.md, "Over ESCO". */
export const requirementsModelSchema = z.strictObject({
  weights: z
    .strictObject({ essential: z.number().min(0), optional: z.number().min(0) })
    .refine((w) => w.essential > 0, "an essential item must weigh more than 0")
    .describe("an item's weight in an occupation where it is essential, or optional, in the weighted Jaccard similarity"),
  related: z.number().int().min(1).describe("path <ESCO occupation> lists this many related occupations"),
  match: z
    .strictObject({
      relevance: z
        .number()
        .min(0)
        .describe("match --skills: the share of your items an occupation lists is raised to this power and multiplies its coverage"),
    })
    .describe("match over ESCO's items (--skills, --like <ESCO occupation>)"),
  learning: z
    .number()
    .min(0)
    .max(1)
    .describe("assess <ESCO occupation>: an essential item being learnt counts this much of one had in the readiness"),
});
export type RequirementsModel = z.infer<typeof requirementsModelSchema>;

export const assessmentModelSchema = z
  .strictObject({
    weights: z.strictObject({ skills: weight, experience: weight, education: weight, credentials: weight, tools: weight }),
    scales: z.array(scaleSchema).min(1),
    assumedSkillLevel: z.number().int().min(0),
    education: z.strictObject({ levels: z.array(z.strictObject({ id, label: z.string().min(1) })) }),
    tools: z.strictObject({ coverageTarget: z.number().gt(0).max(1) }),
    bands: z.array(z.strictObject({ id, min: z.number().min(0).max(100) })).min(1),
    sameRatingWarningMin: z.number().int().min(2),
    occupations: scaleModelSchema,
    interestsQuiz: interestsQuizModelSchema,
    partialProfile: partialProfileModelSchema,
    requirements: requirementsModelSchema,
  })
  .superRefine((m, ctx) => {
    m.scales.forEach((s, i) => {
      if (s.levels.some((l, k) => l.value !== k))
        ctx.addIssue({ code: "custom", path: ["scales", i, "levels"], message: "values must be 0, 1, 2... in order" });
    });
    const first = m.scales[0]!;
    if (m.assumedSkillLevel >= first.levels.length)
      ctx.addIssue({
        code: "custom",
        path: ["assumedSkillLevel"],
        message: `must be a level of the first scale (0-${first.levels.length - 1})`,
      });
    const ids = m.education.levels.map((l) => l.id).join(", ");
    if (ids !== EDUCATION_LEVELS.join(", "))
      ctx.addIssue({
        code: "custom",
        path: ["education", "levels"],
        message: `must be ${EDUCATION_LEVELS.join(", ")} in this order (the role format's education levels)`,
      });
    if (!m.bands.some((b) => b.min === 0)) ctx.addIssue({ code: "custom", path: ["bands"], message: "one band must start at 0" });
    const w = m.weights;
    if (w.skills + w.experience + w.education + w.credentials + w.tools <= 0)
      ctx.addIssue({ code: "custom", path: ["weights"], message: "weights must not all be 0" });
  });

export type AssessmentModel = z.infer<typeof assessmentModelSchema>;

const rating = z.union([z.number().int().min(0), z.string().min(1)]);

/** An answers file: what `--answers` reads and `--template` writes. Needs are named by id (or by name). */
export const answersSchema = z.strictObject({
  role: z.string().min(1).optional(),
  currentRole: z.string().min(1).nullable().optional(),
  /** need id (or name) -> rating on the requirements' scale: its number or its word */
  skills: z.record(z.string(), rating).optional(),
  /** measure id (or name) -> the value measured; null (or 0): not measured, left out of the score */
  measures: z.record(z.string(), z.number().min(0).nullable()).optional(),
  experienceYears: z.number().min(0).max(80).optional(),
  education: z.string().min(1).optional(),
  /** ids (or names) of the required licences and certifications held */
  credentials: z.array(z.string().min(1)).optional(),
  tools: z.array(z.string().min(1)).optional(),
});

export type AnswersInput = z.infer<typeof answersSchema>;

/** A template leaves each answer null: refused, naming what is left to answer. */
const unanswered = (what: string) => (issue: { input: unknown }) =>
  issue.input === null ? `not answered yet: ${what} (the comments in the template list the choices)` : undefined;

const onetLevel = z
  .number({ error: unanswered("give a level 0-7") })
  .min(0)
  .max(7);
const category = z.union([z.number().int().min(1), z.string().min(1)], {
  error: unanswered("give a category's number or words of its label"),
});

/**
 * Answers on O*NET's common scales: what `assess <occupation> --answers` reads and `--template` writes,
 * and what `match --answers` takes as a profile. Skills and knowledge are named by element id (2.A.1.b) or
 * name (Active Listening), interests by letter (S) or name (Social).
 */
export const occupationAnswersSchema = z.strictObject({
  occupation: z.string().min(1).optional(),
  /** element id or name -> level 0-7 */
  skills: z.record(z.string(), onetLevel).optional(),
  knowledge: z.record(z.string(), onetLevel).optional(),
  /** RIASEC letter or name -> 1-7 */
  interests: z.record(z.string(), z.number().min(1).max(7)).optional(),
  /** required level of education held: its category number or words of its label */
  education: category.optional(),
  /** related work experience: its category number or words of its label */
  experience: category.optional(),
});

export type OccupationAnswers = z.infer<typeof occupationAnswersSchema>;

/** A level, a score or a category left null (or a group left empty): not rated, left out. */
const orNull = <T extends z.ZodType>(t: T) => t.nullable().optional();

/**
 * A profile for `match --answers`: the answers format above, where any answer may be left null (not
 * rated, never 0), so that the templates of `match --template` and `assess <occupation> --template` are
 * read as they are, filled in or not. Education and experience are read and not used.
 */
export const matchAnswersSchema = z.strictObject({
  occupation: z.string().min(1).optional(),
  skills: orNull(z.record(z.string(), z.number().min(0).max(7).nullable())),
  knowledge: orNull(z.record(z.string(), z.number().min(0).max(7).nullable())),
  interests: orNull(z.record(z.string(), z.number().min(1).max(7).nullable())),
  education: orNull(z.union([z.number().int().min(1), z.string().min(1)])),
  experience: orNull(z.union([z.number().int().min(1), z.string().min(1)])),
});

export type MatchAnswers = z.infer<typeof matchAnswersSchema>;

/** like, not sure or dislike (2, 1, 0); null: not answered, left out */
const quizAnswer = z.union([z.enum(["like", "not sure", "unsure", "dislike"]), z.literal(2), z.literal(1), z.literal(0), z.null()], {
  error: (issue) =>
    issue.input === undefined ? undefined : `${JSON.stringify(issue.input)} is not an answer: like, not sure or dislike (or 2, 1, 0)`,
});

/**
 * The answers to the interests quiz: what `careers interests --answers` reads and `--template` writes.
 * Activities by id (1.B.1.a.1) or words ("Build kitchen cabinets.").
 */
export const interestAnswersSchema = z.strictObject({
  activities: z.record(z.string(), quizAnswer),
});

export type InterestAnswers = z.infer<typeof interestAnswersSchema>;
