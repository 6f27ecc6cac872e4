/** The `--json` output shapes of match, match --explain, match --template, match --skills (the registry: schema/outputs.ts). */
import { z } from "zod";
import { occupationReference, shown } from "./output.js";
import { int, listingArea, mapOf, nulls, occupationFigures, rowInArea } from "./outputs-common.js";
import { requiredItem } from "./outputs-occupation.js";

// ---- match ----

const part = z.enum(["skill", "knowledge", "interests"]);
export const levels = mapOf(z.number()).describe("element id (2.A.1.b) -> level 0-7");
export const interestScores = mapOf(z.number()).describe("RIASEC letter -> score 1-7");
export const gap = z.strictObject({
  element: z.string(),
  name: z.string(),
  kind: z.enum(["skill", "knowledge"]),
  importance: z.number(),
  level: z.number().describe("the level needed"),
  have: z.number(),
  gap: z.number(),
  weighted: z.number().describe("gap times importance"),
});
/** Each kind of source adds `interestsGiven` (true) where the interests are those --interests gives, in place of the source's. */
const sourceOf = <S extends z.core.$ZodLooseShape>(shape: S) => z.strictObject({ ...shape, interestsGiven: z.literal(true).optional() });
const profileSource = z
  .discriminatedUnion("kind", [
    sourceOf({ kind: z.literal("answers"), file: z.string() }),
    sourceOf({
      kind: z.literal("history"),
      date: z.string(),
      title: z.string(),
      code: z.string().nullable(),
      interests: z.strictObject({ date: z.string(), title: z.string() }).optional(),
    }),
    sourceOf({ kind: z.literal("interactive") }),
    sourceOf({ kind: z.literal("like"), occupations: z.array(occupationReference), file: z.string().optional() }),
    sourceOf({ kind: z.literal("interests") }),
  ])
  .describe("where the profile came from");

const work = z
  .strictObject({ kind: z.enum(["held", "nearest"]), occupations: z.array(occupationReference) })
  .nullable()
  .describe(
    "whose work activities the fit measured: the jobs held (--like), or the occupation a profile of levels resembles most (nearest); null: none",
  );

export const matchOutput = z.strictObject({
  area: listingArea.optional(),
  source: profileSource,
  profile: z.strictObject({ levels, importance: mapOf(z.number()).optional(), interests: interestScores.optional() }),
  rated: z.strictObject({
    skills: int,
    knowledge: int,
    interests: z.boolean(),
    of: z.strictObject({ skills: int, knowledge: int }),
    rough: z.boolean(),
  }),
  parts: z.strictObject({ measured: z.array(part), unrated: z.array(part) }),
  work,
  filters: z.strictObject({ zones: z.array(int).nullable(), minMedian: z.number().nullable(), education: z.string().nullable() }),
  total: int,
  results: z.array(
    z.strictObject({
      rank: int,
      ...occupationFigures.shape,
      fit: z.number(),
      distance: z.number(),
      biggestGap: gap.nullable(),
      area: rowInArea.optional(),
    }),
  ),
  shown,
});

export const fitElement = z.strictObject({
  element: z.string(),
  name: z.string(),
  importance: z.number(),
  need: z.number(),
  have: z.number(),
  met: z.number(),
});
const explainedElement = z.strictObject({
  element: z.string(),
  name: z.string(),
  kind: z.enum(["skill", "knowledge"]),
  importance: z.number(),
  need: z.number(),
  have: z.number(),
});
export const matchExplainOutput = z.strictObject({
  source: profileSource,
  work,
  occupation: occupationReference,
  rank: int,
  of: int,
  fit: z.strictObject({
    kinds: z.array(z.strictObject({ part: z.enum(["skill", "knowledge"]), correlation: z.number(), elements: int, weight: z.number() })),
    resemblance: z.number(),
    under: z.number(),
    over: z.number(),
    distance: z.number(),
    interests: z.number().nullable(),
    hasInterests: z.boolean(),
    activities: z.strictObject({ dwa: z.number(), iwa: z.number(), shared: int }).nullable(),
    score: z.number(),
    weights: z.strictObject({
      needImportance: z.number(),
      weights: z.strictObject({ skill: z.number(), knowledge: z.number() }),
      distance: z.number(),
      interests: z.number(),
      activities: z.strictObject({ dwa: z.number(), iwa: z.number(), nearest: int }),
    }),
  }),
  elements: z.array(explainedElement),
  unrated: z.array(part),
  interests: z.array(z.strictObject({ code: z.string(), name: z.string(), have: z.number(), occupation: z.number() })).nullable(),
});

export const matchTemplateOutput = z.strictObject({ skills: nulls, knowledge: nulls, interests: nulls });

// ---- match --skills (and --like <ESCO occupation>): ESCO's occupations by items ----

const hadOf = z.strictObject({ had: int, of: int });
export const matchItemsOutput = z.strictObject({
  source: z
    .union([
      z.strictObject({ kind: z.literal("skills"), file: z.string() }),
      z.strictObject({ kind: z.literal("like"), occupations: z.array(occupationReference), file: z.string().optional() }),
    ])
    .describe("the checklist read (<stdin> for -), or the occupations held (--like) with the checklist beside them"),
  measure: z
    .strictObject({ weights: z.strictObject({ essential: z.number(), optional: z.number() }), relevance: z.number() })
    .describe("an item's weight, and the power the share of your items an occupation lists is raised to"),
  items: z.strictObject({ had: int, learning: int, not: int }).describe("the items had, being learnt and not had"),
  filters: z.strictObject({ isco: z.string().nullable() }),
  total: int.describe("the occupations ranked: those that list an item had"),
  results: z.array(
    z.strictObject({
      rank: int,
      ...occupationFigures.shape,
      fit: z.number(),
      coverage: z.number().describe("the weighted share of its items had"),
      relevance: z.number().describe("the share of the items had that it lists"),
      essential: hadOf,
      optional: hadOf,
      lacks: z
        .strictObject({ essential: z.array(requiredItem), optional: z.array(requiredItem) })
        .describe("its items not had: the essential ones, then the optional ones"),
    }),
  ),
  shown,
});
