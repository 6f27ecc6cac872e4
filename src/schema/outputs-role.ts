/** The `--json` output shapes of show <role> (the registry: schema/outputs.ts). */
import { z } from "zod";
import { inferred, int, strings, wage } from "./outputs-common.js";
import { blsRef, releases, wageTable } from "./outputs-occupation.js";
import { roleSchema } from "./role.js";

const guideFigure = { source: z.string(), sourceTitle: z.string(), inferred: inferred.nullable() };
const officialSource = z.strictObject({ code: z.string(), title: z.string(), basis: blsRef.shape.basis, note: z.string().nullable() });
const official = z
  .strictObject({
    onet: z.strictObject({ code: z.string(), title: z.string() }),
    guide: z.strictObject({
      median: z
        .strictObject({
          amount: z.number(),
          currency: z.string(),
          basis: z.enum(["key-facts", "level-table"]),
          label: z.string(),
          ...guideFigure,
        })
        .nullable(),
      range: z
        .strictObject({ low: z.number(), high: z.number(), currency: z.string(), highOpenEnded: z.boolean(), ...guideFigure })
        .nullable(),
      growth: z.strictObject({ percent: z.number(), label: z.string().nullable(), ...guideFigure }).nullable(),
      annualOpenings: z.strictObject({ count: z.number(), approximate: z.boolean(), ...guideFigure }).nullable(),
      typicalEducation: z.strictObject({ text: z.string(), ...guideFigure }).nullable(),
    }),
    wages: z
      .strictObject({
        bls: officialSource,
        period: z.string(),
        employment: z.number().nullable(),
        annual: wageTable,
        hourlyMedian: wage,
      })
      .nullable(),
    outlook: z
      .strictObject({
        bls: officialSource,
        period: z.string(),
        changePercent: z.number().nullable(),
        openings: z.number().nullable(),
        entryEducation: z.string().nullable(),
      })
      .nullable(),
    jobZone: z.strictObject({ zone: int, name: z.string().nullable() }).nullable(),
    sources: releases,
    attribution: strings,
  })
  .describe("the imported O*NET and BLS figures of the occupation the role links to, beside the role's own");

/**
 * `show <role> --json`: the role in the shape of its role file (so the output is a valid role), and
 * `official` with an imported data set; with --section, only those sections' keys plus id, title and sources.
 */
export const showRoleOutput = z
  .strictObject({ ...roleSchema.shape, official: official.optional() })
  .partial()
  .required({ id: true, title: true, sources: true });
