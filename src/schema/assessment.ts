/** The readiness model (data/assessment.yaml) and the answers to an assessment: zod schemas. */
import { z } from "zod";

const id = z.string().regex(/^[a-z][a-z0-9-]*$/);
const weight = z.number().min(0).max(1);

export const assessmentModelSchema = z.strictObject({
  weights: z.strictObject({ skills: weight, experience: weight, education: weight, tools: weight }),
  ratingScale: z
    .array(z.strictObject({ value: z.number().int().min(0), id, example: z.string().min(1) }))
    .length(5),
  skillTarget: z.strictObject({
    default: z.number().int().min(1).max(4),
    byStep: z.array(z.strictObject({ fromStep: z.number().int().positive(), target: z.number().int().min(1).max(4) })).min(1),
  }),
  skillGroupWeights: z.strictObject({ technical: weight, soft: weight, skillMap: weight }),
  education: z.strictObject({
    required: id,
    levels: z.array(z.strictObject({ id, label: z.string().min(1) })).min(2),
  }),
  tools: z.strictObject({ coverageTarget: z.number().gt(0).max(1) }),
  bands: z.array(z.strictObject({ id, min: z.number().min(0).max(100) })).min(1),
  sameRatingWarningMin: z.number().int().min(2),
}).superRefine((m, ctx) => {
  const values = m.ratingScale.map((r) => r.value).join(",");
  if (values !== "0,1,2,3,4") ctx.addIssue({ code: "custom", path: ["ratingScale"], message: "values must be 0, 1, 2, 3, 4 in order" });
  if (!m.education.levels.some((l) => l.id === m.education.required)) {
    ctx.addIssue({ code: "custom", path: ["education", "required"], message: `"${m.education.required}" is not one of the levels` });
  }
  if (!m.bands.some((b) => b.min === 0)) ctx.addIssue({ code: "custom", path: ["bands"], message: "one band must start at 0" });
  const w = m.weights;
  if (w.skills + w.experience + w.education + w.tools <= 0) ctx.addIssue({ code: "custom", path: ["weights"], message: "weights must not all be 0" });
});

export type AssessmentModel = z.infer<typeof assessmentModelSchema>;

const rating = z.union([z.number().int().min(0).max(4), z.string().min(1)]);

/** An answers file: what `--answers` reads and `--template` writes. */
export const answersSchema = z.strictObject({
  role: z.string().min(1).optional(),
  currentRole: z.string().min(1).nullable().optional(),
  skills: z.record(z.string(), rating).optional(),
  experienceYears: z.number().min(0).max(80).optional(),
  /** null (or 0): not measured, left out of the score */
  typingWpm: z.number().min(0).max(300).nullable().optional(),
  education: z.string().min(1).optional(),
  tools: z.array(z.string().min(1)).optional(),
});

export type AnswersInput = z.infer<typeof answersSchema>;
