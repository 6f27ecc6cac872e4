/**
 * The vocabulary of the commands' JSON output: one shape for a sum of money, for a reference to a role or
 * an occupation, for growth, openings, employment, job zone and education, and the envelope every listing
 * and document has. Defined once here; the types below are inferred from it, `careers schema <command>`
 * prints JSON Schemas built from it and docs/json-output.md describes it. The program imports only the
 * types at run time (zod loads for `careers schema` alone).
 *
 * Rules a script may rely on: a figure the source does not give is `null` (the whole object), never a
 * number without its unit; every figure says its `source` and the date it is `asOf`; new keys may be added
 * at any time; `schemaVersion` changes when a key is removed or renamed, or its meaning changes.
 */
import { z } from "zod";

export { SCHEMA_VERSION } from "./version.js";

/** Where an occupation's BLS figure comes from a wider BLS occupation than its own O*NET code (see schema/occupation.ts JoinBasis). */
export const blsBasis = z
  .enum(["part", "broad", "combined"])
  .describe(
    "the figure is a wider BLS occupation's: part (the SOC code covers more than this O*NET occupation), broad (the broad group), combined (several SOC codes published as one)",
  );

/** A figure that is inferred or borrowed rather than stated by its source (a role file's `inferred`). */
export const inferredOutput = z.object({ reason: z.string(), from: z.string().nullable() });

const sourced = {
  source: z.string().describe("who gives the figure, e.g. BLS OEWS, or the role file's source in words"),
  asOf: z.string().nullable().describe("when the figure is of, as its source dates it, e.g. May 2024; null where it gives no date"),
};
/** What a role's own figure adds: the id of its source in the role file, and any `inferred` marker. */
const fromRoleFile = {
  sourceId: z.string().optional().describe("the id of the source in the role file"),
  inferred: inferredOutput.optional().describe("present where the role file marks the figure inferred or borrowed"),
};

export const money = z
  .object({
    amount: z.number().describe("in the currency's main unit"),
    currency: z.string().describe("ISO 4217 code"),
    period: z.enum(["year", "hour"]),
    atLeast: z.literal(true).optional().describe("top-coded: the source gives only this floor"),
    ...sourced,
    basis: z.enum(["key-facts", "level-table", "bls"]).optional().describe("a role's own median, its level-table row, or BLS's"),
    label: z.string().optional().describe("what the figure is, in words"),
    blsBasis: blsBasis.optional(),
    ...fromRoleFile,
  })
  .describe("a sum of money; null where the source gives no figure");

export const reference = z
  .object({
    id: z.string(),
    code: z.string().optional().describe("O*NET-SOC code (or ESCO code), for an occupation"),
    title: z.string(),
    source: z
      .enum(["bundled", "user", "onet", "esco"])
      .describe("a bundled guide role, a user's role file, or an imported O*NET or ESCO occupation"),
  })
  .describe("a role or an occupation, as every command names one");

/** An imported occupation's reference: its code (O*NET-SOC, or ESCO's) is always there. */
export const occupationReference = z
  .strictObject({ ...reference.shape, code: z.string().describe("O*NET-SOC code, or ESCO's code"), source: z.enum(["onet", "esco"]) })
  .describe("an imported O*NET or ESCO occupation, as every command names one");

/** A block of figures an occupation takes from the occupation another source's crosswalk links it to (ESCO's from O*NET's). */
export const borrowed = z
  .strictObject({
    from: occupationReference.describe("the occupation the figures are of"),
    confidence: z.number().describe("the crosswalk's confidence in the link: 0.5, 1 or 2 in Nesta's"),
  })
  .describe("the figures are borrowed from the occupation the crosswalk links this one to, not its own");

export const growth = z
  .object({
    percent: z.number().describe("projected change in employment, percent over the period"),
    period: z.string().nullable().describe("e.g. 2024–34"),
    ...sourced,
    blsBasis: blsBasis.optional(),
    ...fromRoleFile,
  })
  .describe("projected employment growth");

export const openings = z
  .object({
    perYear: z.number().describe("openings a year, on average over the period"),
    approximate: z.boolean().optional(),
    period: z.string().nullable(),
    ...sourced,
    blsBasis: blsBasis.optional(),
    ...fromRoleFile,
  })
  .describe("job openings a year");

export const employment = z
  .object({ count: z.number().describe("jobs"), ...sourced, blsBasis: blsBasis.optional() })
  .describe("employment");

export const jobZone = z
  .object({ zone: z.number().int().min(1).max(5), name: z.string().nullable(), ...sourced })
  .describe("O*NET job zone: 1 (little preparation) to 5 (extensive)");

export const education = z
  .object({ typical: z.string().describe("the typical education for entry, in the source's words"), ...sourced, ...fromRoleFile })
  .describe("typical entry education");

/** The figures every command gives for a role or an occupation, in the same shapes everywhere. */
export const keyFigures = {
  median: money.nullable().describe("the median pay a year"),
  growth: growth.nullable(),
  openings: openings.nullable(),
  jobZone: jobZone.nullable(),
  education: education.nullable(),
};

export const shown = z.object({ rows: z.number().int(), of: z.number().int() }).describe("how many rows are listed, of how many matched");

export const diagnostic = z.object({
  file: z.string(),
  line: z.number().int(),
  col: z.number().int(),
  path: z.string(),
  message: z.string(),
  suggestion: z.string().optional(),
  severity: z.enum(["error", "warning"]),
});

export type Money = z.infer<typeof money>;
export type Reference = z.infer<typeof reference>;
export type OccupationReference = z.infer<typeof occupationReference>;
export type Borrowed = z.infer<typeof borrowed>;
export type Growth = z.infer<typeof growth>;
export type Openings = z.infer<typeof openings>;
export type Employment = z.infer<typeof employment>;
export type JobZoneFigure = z.infer<typeof jobZone>;
export type EducationFigure = z.infer<typeof education>;
export type Shown = z.infer<typeof shown>;
export interface KeyFigures {
  median: Money | null;
  growth: Growth | null;
  openings: Openings | null;
  jobZone: JobZoneFigure | null;
  education: EducationFigure | null;
}
/** An occupation's reference and key figures. */
export type OccupationFigures = OccupationReference & KeyFigures;
