/** The `--json` output shapes of the pieces several commands' shapes share: numbers, maps, a row's figures, an area, a BLS wage (the registry: schema/outputs.ts). */
import { z } from "zod";
import { employment, keyFigures, money, occupationReference, reference } from "./output.js";

export const int = z.number().int();
export const strings = z.array(z.string());
/** A map from ids or names the data holds (element ids, skill names) to values of one type. */
export const mapOf = <T extends z.ZodType>(t: T) => z.record(z.string(), t);
export const inferred = z.strictObject({ reason: z.string(), from: z.string().nullable() });

/** A role's or an occupation's reference and key figures, as list, search, match and path give them. */
export const figures = z.strictObject({ ...reference.shape, ...keyFigures });
/** An occupation's reference and key figures: its code is always there. */
export const occupationFigures = z.strictObject({ ...figures.shape, ...occupationReference.shape });

// ---- --area in a listing: list, match ----

/** A state or area of the OEWS estimates, as every output names one. */
export const areaReference = z
  .strictObject({
    code: z.string().describe("BLS's AREA code"),
    title: z.string(),
    type: z.enum(["state", "territory", "metropolitan", "nonmetropolitan"]),
    state: z.string().nullable().describe("PRIM_STATE: the state's postal code (a metropolitan area's main state)"),
    source: z.string(),
    asOf: z.string().describe("the OEWS release the area's figures are of, e.g. May 2023"),
  })
  .describe("a state or area of the OEWS estimates");
/** The state or area whose medians a listing shows (--area, or CAREERS_AREA). */
export const listingArea = z
  .strictObject({
    ...areaReference.shape,
    origin: z.enum(["--area", "CAREERS_AREA"]),
    line: z.string().describe("the line the table starts with"),
  })
  .describe("the area whose medians the rows hold");
/** A row's figures in the area; its `median` is the area's. */
export const rowInArea = z
  .strictObject({
    estimate: z.boolean().describe("false: BLS gives no estimate for the area, or the row has no SOC figures (a guide role)"),
    note: z.string().nullable().describe('"no estimate for Texas" where the row has no median of the area'),
    employment: employment.nullable(),
    jobsPer1000: z.number().nullable(),
    locationQuotient: z.number().nullable().describe("1.0 = the national share of jobs"),
    national: money.nullable().describe("the median without --area: the national one, or a guide role's own"),
  })
  .describe("with --area: the row's figures in the area");

export const nulls = mapOf(z.null());
/** A wage as BLS publishes it: a figure, or a mark of why there is none (top-coded, not available). */
export const wage = z
  .strictObject({
    amount: z.number().nullable(),
    topCoded: z.literal(true).optional(),
    atLeast: z.number().nullable().optional(),
    notAvailable: z.string().optional(),
  })
  .describe("a wage as BLS publishes it");
