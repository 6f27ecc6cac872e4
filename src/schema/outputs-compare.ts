/** The `--json` output shapes of compare over roles (the registry: schema/outputs.ts). */
import { z } from "zod";
import { inferred, int, strings } from "./outputs-common.js";

// ---- compare ----

const amount = { amount: z.number(), currency: z.string(), period: z.enum(["year", "hour"]).nullable(), source: z.string() };
export const levelFigure = z.strictObject({ ...amount, level: z.string(), region: z.string().nullable(), inferred: inferred.nullable() });
export const medianFigure = z.strictObject({
  ...amount,
  basis: z.enum(["key-facts", "level-table"]),
  label: z.string(),
  inferred: inferred.nullable(),
});
const rangeFigure = {
  low: z.number(),
  high: z.number(),
  currency: z.string(),
  highOpenEnded: z.boolean(),
  note: z.string().nullable(),
  source: z.string(),
};
const difference = z.strictObject({ amount: z.number(), currency: z.string(), percent: z.number().nullable() });
export const sourcedText = z.strictObject({ value: z.string(), source: z.string() });
const namedItem = z.strictObject({ id: z.string(), name: z.string() });
const nameComparison = z
  .strictObject({
    count: int,
    items: z.array(namedItem),
    sharedWithFirst: z.array(z.strictObject({ ...namedItem.shape, firstName: z.string() })).nullable(),
    notInFirst: z.array(namedItem).nullable(),
    source: z.string(),
  })
  .nullable();
export const roleSource = z.strictObject({
  id: z.string(),
  title: z.string(),
  publisher: z.string().optional(),
  date: z.string().optional(),
  note: z.string().optional(),
});

export const compareOutput = z.strictObject({
  base: z.string(),
  roles: z.array(
    z.strictObject({
      id: z.string(),
      title: z.string(),
      sources: z.array(roleSource),
      salary: z.strictObject({
        levelMedian: levelFigure.nullable(),
        levelAverage: levelFigure.nullable(),
        median: medianFigure.nullable(),
        range: z.strictObject(rangeFigure).nullable(),
        entryLevel: z.strictObject({ ...rangeFigure, period: z.enum(["year", "hour"]).nullable() }).nullable(),
        regions: z.array(
          z.strictObject({
            region: z.string(),
            range: z
              .strictObject({ ...rangeFigure, usdEquivalent: z.strictObject({ low: z.number(), high: z.number() }).nullable() })
              .nullable(),
          }),
        ),
      }),
      differences: z.strictObject({
        levelMedian: difference.nullable(),
        levelAverage: difference.nullable(),
        median: difference.nullable(),
      }),
      outlook: z.strictObject({
        growth: z.strictObject({ percent: z.number(), label: z.string().nullable(), source: z.string() }).nullable(),
        annualOpenings: z.strictObject({ count: z.number(), approximate: z.boolean(), source: z.string() }).nullable(),
        typicalEducation: sourcedText.nullable(),
        typicalExperience: sourcedText.nullable(),
        level: z.strictObject({ title: z.string(), step: z.number(), source: z.string(), inferred: inferred.nullable() }).nullable(),
        experience: z
          .strictObject({
            min: z.number(),
            max: z.number().nullable(),
            total: z.boolean(),
            source: z.string(),
            inferred: inferred.nullable(),
          })
          .nullable(),
        stress: sourcedText.nullable(),
        balance: sourcedText.nullable(),
      }),
      skills: nameComparison,
      tools: nameComparison,
    }),
  ),
  regions: z.strictObject({ selected: z.string().nullable(), shown: strings }),
  sharedByAll: z.strictObject({ skills: z.array(namedItem).nullable(), tools: z.array(namedItem).nullable() }),
  missing: z.array(z.strictObject({ role: z.string(), figures: strings, sources: strings })),
  notes: z.array(z.strictObject({ kind: z.enum(["currency", "period", "basis", "regions"]), roles: strings, message: z.string() })),
});
