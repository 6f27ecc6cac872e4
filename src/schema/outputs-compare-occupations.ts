/** The `--json` output shapes of compare over occupations (the registry: schema/outputs.ts). */
import { z } from "zod";
import { occupationFigures, strings } from "./outputs-common.js";
import { levelFigure, medianFigure, roleSource, sourcedText } from "./outputs-compare.js";
import { gap, levels } from "./outputs-match.js";
import { jobZoneData, outlook, releases, requiredItem, scaleRange, share, wages } from "./outputs-occupation.js";

const elementNeed = z.strictObject({ importance: z.number().nullable(), level: z.number(), matters: z.boolean() }).nullable();
const elementRows = z.array(z.strictObject({ element: z.string(), name: z.string(), needs: z.array(elementNeed) }));
const transfer = z.strictObject({
  element: z.string(),
  name: z.string(),
  kind: gap.shape.kind,
  importance: z.number(),
  level: z.number(),
  have: z.number(),
});
export const compareOccupationsOutput = z.strictObject({
  kind: z.literal("occupations"),
  base: z.string(),
  sides: z.array(
    z.strictObject({
      kind: z.enum(["occupation", "role", "you"]),
      id: z.string(),
      title: z.string(),
      code: z.string().nullable(),
      via: z.strictObject({ code: z.string(), title: z.string(), note: z.string().nullable() }).nullable(),
      onScale: z.boolean(),
      offScale: z.string().nullable(),
      wages: wages.nullable(),
      outlook: outlook.nullable(),
      jobZone: jobZoneData.nullable(),
      typicalEducation: share.nullable(),
      guide: z
        .strictObject({
          levelMedian: levelFigure.nullable(),
          levelAverage: levelFigure.nullable(),
          median: medianFigure.nullable(),
          typicalEducation: sourcedText.nullable(),
        })
        .nullable(),
      sources: z.array(roleSource),
      assessment: z.strictObject({ date: z.string(), role: z.string(), title: z.string(), code: z.string().nullable() }).nullable(),
      levels: levels.nullable(),
      figures: z.strictObject({ ...occupationFigures.shape }).nullable(),
    }),
  ),
  scales: z.strictObject({ importance: scaleRange, level: scaleRange, matters: z.number() }),
  skills: elementRows,
  knowledge: elementRows,
  moves: z.array(
    z.strictObject({
      from: z.string(),
      to: z.string(),
      transferable: z.array(transfer).nullable(),
      toBuild: z.array(gap).nullable(),
      leftOut: z.array(gap.shape.kind),
      reason: z.string().nullable(),
    }),
  ),
  essential: z
    .strictObject({
      sides: strings.describe("the sides that list essential items (ESCO's), by id"),
      shared: z.array(requiredItem).describe("the items essential to every one of them"),
      moves: z.array(
        z.strictObject({
          from: z.string(),
          to: z.string(),
          similarity: z.number().describe("the weighted Jaccard similarity of the two occupations' items, 0-1 (docs/matching.md)"),
          shared: z.array(requiredItem).describe("the items essential to both"),
          toGain: z.array(requiredItem).describe("what the first lacks: the items essential to `to` that are not essential to it"),
        }),
      ),
    })
    .nullable()
    .describe("ESCO's essential items, compared exactly by URI; null where fewer than two sides list them"),
  sources: releases,
  attribution: strings,
  notes: strings,
});
