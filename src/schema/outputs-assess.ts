/** The `--json` output shapes of assess: results, template, history, an occupation assessment (the registry: schema/outputs.ts). */
import { z } from "zod";
import { money, occupationReference } from "./output.js";
import { int, mapOf, nulls, strings } from "./outputs-common.js";
import { fitElement, interestScores, levels } from "./outputs-match.js";
import { requiredItem } from "./outputs-occupation.js";

// ---- assess ----

const category = z.enum(["skills", "experience", "education", "credentials", "tools"]);
const need = z.strictObject({
  category,
  id: z.string(),
  name: z.string(),
  needed: z.string().describe("what the role needs, in words"),
  inherited: z.boolean(),
  from: z.string().describe("the role stating the need"),
});
const assessGap = z.strictObject({
  category,
  id: z.string(),
  name: z.string(),
  now: z.string(),
  needed: z.string(),
  impact: z.number().describe("overall percentage points the gap costs"),
  inherited: z.boolean(),
  from: z.string().nullable(),
});
const range = z.strictObject({ low: z.number(), high: z.number(), currency: z.string(), highOpenEnded: z.boolean().optional() });
const advice = z.strictObject({
  kind: z.enum(["focus", "step", "education", "certification", "text"]),
  text: z.string(),
  detail: z.string().optional(),
  cost: range.optional(),
  costNote: z.string().optional(),
  duration: z.string().optional(),
  level: z.string().optional(),
  from: z.string(),
});

export const assessOutput = z.strictObject({
  role: z.strictObject({ id: z.string(), title: z.string() }),
  requirementsFrom: z.string(),
  basis: z.enum(["requirements", "borrowed", "listed-skills"]),
  currentRole: z.string().nullable(),
  readiness: z.number(),
  band: z.string(),
  categories: z.array(z.strictObject({ id: category, score: z.number(), weight: z.number() })),
  requirements: z.array(need),
  levelsInferred: z.array(z.strictObject({ role: z.string(), text: z.string() })),
  gaps: z.array(z.strictObject({ ...assessGap.shape, advice: z.array(advice) })),
  notMeasured: z.array(z.strictObject({ category, id: z.string(), name: z.string(), needed: z.string() })),
  ladder: z
    .strictObject({
      name: z.string(),
      from: z.string(),
      levels: z.array(
        z.strictObject({
          role: z.string(),
          title: z.string(),
          step: z.number(),
          yearsNeeded: z.number().nullable(),
          readiness: z.number().nullable(),
          band: z.string().nullable(),
          notAsked: strings,
        }),
      ),
      youAreHere: z.string().nullable(),
      youAreHereBasis: z.enum(["current-role", "readiness"]).nullable(),
      next: z
        .strictObject({
          role: z.string(),
          title: z.string(),
          readiness: z.number().nullable(),
          adds: z.array(need),
          needs: z.array(assessGap),
        })
        .nullable(),
    })
    .nullable(),
  about: strings,
  warnings: strings,
});

/** An answers file to fill in (it has no schemaVersion): a role's, or an imported occupation's. */
export const assessTemplateOutput = z.union([
  z.strictObject({
    role: z.string(),
    currentRole: z.null(),
    skills: mapOf(z.union([z.number(), z.string()])).optional(),
    measures: mapOf(z.number().nullable()).optional(),
    experienceYears: z.number().optional(),
    education: z.string().optional(),
    credentials: strings.optional(),
    tools: strings.optional(),
  }),
  z.strictObject({ occupation: z.string(), skills: nulls, education: z.null().optional(), experience: z.null().optional() }),
]);

const savedProfile = z.strictObject({ levels, interests: interestScores.optional() });
export const assessHistoryOutput = z.strictObject({
  file: z.string(),
  role: z.string().nullable(),
  results: z.array(
    z.strictObject({
      date: z.string(),
      kind: z.literal("assessment").optional(),
      role: z.string(),
      title: z.string(),
      readiness: z.number(),
      band: z.string(),
      categories: z.array(z.strictObject({ id: z.string(), score: z.number() })),
      code: z.string().optional(),
      profile: savedProfile.optional(),
      change: z.number().nullable(),
      categoryChanges: mapOf(z.number().nullable()),
    }),
  ),
  otherRoles: z.array(z.strictObject({ role: z.string(), results: int })),
});

const standing = z.strictObject({ category: int, label: z.string(), share: z.number() }).nullable();
export const assessOccupationOutput = z.strictObject({
  occupation: z.strictObject({ id: z.string(), code: z.string(), title: z.string() }),
  readiness: z.number(),
  band: z.string(),
  categories: z.array(z.strictObject({ id: z.enum(["skills", "education", "experience"]), score: z.number() })),
  skills: z.array(fitElement),
  gaps: z.array(
    z.strictObject({
      element: z.string(),
      name: z.string(),
      importance: z.number(),
      need: z.number(),
      have: z.number(),
      gap: z.number(),
      weighted: z.number(),
    }),
  ),
  transferable: z.array(
    z.strictObject({ element: z.string(), name: z.string(), importance: z.number(), need: z.number(), have: z.number() }),
  ),
  education: standing,
  experience: standing,
  advice: z.strictObject({
    steppingStones: z.array(
      z.strictObject({
        ...occupationReference.shape,
        tier: z.string().nullable(),
        fit: z.number(),
        median: money.nullable(),
        jobZone: int.nullable(),
      }),
    ),
    education: z
      .strictObject({ above: z.number(), common: z.strictObject({ category: int, label: z.string(), percent: z.number() }) })
      .nullable(),
  }),
});

/** `careers assess <ESCO occupation>`: readiness by its essential items (core/assess/items.ts). */
const itemAnswer = z.enum(["have", "learning", "no"]);
export const assessItemsOutput = z.strictObject({
  occupation: occupationReference,
  source: z.union([z.strictObject({ kind: z.literal("answers"), file: z.string() }), z.strictObject({ kind: z.literal("interactive") })]),
  readiness: z.number().describe("0-100: the share of the essential items had, one being learnt counting `learning` of one"),
  band: z.string(),
  categories: z.array(z.strictObject({ id: z.literal("skills"), score: z.number() })),
  learning: z.number().describe("what an essential item being learnt counts, of one had (data/assessment.yaml requirements.learning)"),
  essential: z.strictObject({ have: int, learning: int, no: int, of: int, notListed: int }),
  optional: z.strictObject({ have: int, learning: int, of: int }),
  ignored: int.describe("items the answers name that the occupation does not list: left out"),
  answers: z.array(z.strictObject({ ...requiredItem.shape, answer: itemAnswer })),
  toLearn: z.array(z.strictObject({ ...requiredItem.shape, essential: z.boolean(), answer: itemAnswer })),
});
