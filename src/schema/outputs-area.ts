/** The `--json` output shapes of compare --area (the registry: schema/outputs.ts). */
import { z } from "zod";
import { employment, money, occupationReference } from "./output.js";
import { listingArea } from "./outputs-common.js";

// ---- compare --area ----

export const wageSet = z.strictObject({
  mean: money.nullable(),
  pct10: money.nullable(),
  pct25: money.nullable(),
  median: money.nullable(),
  pct75: money.nullable(),
  pct90: money.nullable(),
});
const wageDifference = z.strictObject({ amount: z.number(), percent: z.number() }).nullable();
export const differenceSet = z.strictObject({
  mean: wageDifference,
  pct10: wageDifference,
  pct25: wageDifference,
  median: wageDifference,
  pct75: wageDifference,
  pct90: wageDifference,
});
export const compareAreasOutput = z.strictObject({
  areas: z.array(listingArea.omit({ line: true })).describe("the states and areas compared, in the order given"),
  occupations: z.array(
    z.strictObject({
      ...occupationReference.shape,
      national: z.strictObject({
        median: money.nullable(),
        annual: wageSet,
        hourly: wageSet,
        employment: employment.nullable(),
        asOf: z.string().nullable(),
      }),
      areas: z.array(
        z.strictObject({
          area: z.string().describe("the area's code, as in areas"),
          estimate: z.boolean().describe("false: BLS gives no estimate there; every figure is null, never 0"),
          median: money.nullable(),
          annual: wageSet,
          hourly: wageSet,
          employment: employment.nullable(),
          jobsPer1000: z.number().nullable(),
          locationQuotient: z.number().nullable(),
          difference: z.strictObject({ annual: differenceSet, hourly: differenceSet }).describe("area minus national"),
          sameRelease: z.boolean().describe("false: the area's release is not the national one; the difference spans two"),
        }),
      ),
    }),
  ),
});
