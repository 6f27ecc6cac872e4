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

export const assessmentModelSchema = z
  .strictObject({
    weights: z.strictObject({ skills: weight, experience: weight, education: weight, credentials: weight, tools: weight }),
    scales: z.array(scaleSchema).min(1),
    assumedSkillLevel: z.number().int().min(0),
    education: z.strictObject({ levels: z.array(z.strictObject({ id, label: z.string().min(1) })) }),
    tools: z.strictObject({ coverageTarget: z.number().gt(0).max(1) }),
    bands: z.array(z.strictObject({ id, min: z.number().min(0).max(100) })).min(1),
    sameRatingWarningMin: z.number().int().min(2),
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
