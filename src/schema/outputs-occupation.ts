/** The `--json` output shapes of an imported occupation: show, show --area, wages (the registry: schema/outputs.ts). */
import { z } from "zod";
import { blsBasis, borrowed, employment, money, occupationReference, shown } from "./output.js";
import { differenceSet, wageSet } from "./outputs-area.js";
import { areaReference, int, occupationFigures, strings, wage } from "./outputs-common.js";

// ---- an imported occupation: show, and the sides of compare ----

export const blsRef = z.strictObject({
  code: z.string(),
  title: z.string(),
  basis: z.enum(["detailed", "part", "broad", "combined"]),
  note: z.string().optional(),
});
export const wageTable = z.strictObject({ mean: wage, pct10: wage, pct25: wage, median: wage, pct75: wage, pct90: wage });
export const wages = z
  .strictObject({
    bls: blsRef,
    period: z.string(),
    employment: z.number().nullable(),
    annual: wageTable,
    hourly: wageTable,
    annualOnly: z.literal(true).optional(),
    hourlyOnly: z.literal(true).optional(),
    borrowed: borrowed.optional(),
  })
  .describe("the OEWS national wages");
export const outlook = z
  .strictObject({
    bls: blsRef,
    period: z.string(),
    baseYear: int,
    projectedYear: int,
    employmentBase: z.number().nullable(),
    employmentProjected: z.number().nullable(),
    change: z.number().nullable(),
    changePercent: z.number().nullable(),
    openings: z.number().nullable(),
    medianWage: wage,
    entryEducation: z.string().nullable(),
    workExperience: z.string().nullable(),
    training: z.string().nullable(),
    borrowed: borrowed.optional(),
  })
  .describe("the BLS employment projections");
export const jobZoneData = z.strictObject({
  zone: int,
  name: z.string().optional(),
  experience: z.string().optional(),
  education: z.string().optional(),
  training: z.string().optional(),
  examples: z.string().optional(),
  svpRange: z.string().optional(),
});
const rated = z.strictObject({
  element: z.string(),
  name: z.string(),
  importance: z.number().nullable(),
  level: z.number().nullable(),
  anchor: z.strictObject({ value: z.number(), text: z.string() }).optional(),
  levelNotRelevant: z.literal(true).optional(),
  suppressed: z.literal(true).optional(),
  description: z.string().optional(),
  borrowed: borrowed.optional(),
});
export const share = z.strictObject({ category: int, label: z.string(), percent: z.number() });
export const scaleRange = z.tuple([z.number(), z.number()]).nullable();
export const releases = z.array(z.strictObject({ name: z.string(), version: z.string(), date: z.string().nullable() }));

const conceptLink = z.strictObject({ uri: z.string(), id: z.string().nullable(), code: z.string().nullable(), title: z.string() });
export const requiredItem = z.strictObject({
  uri: z.string(),
  label: z.string(),
  kind: z.enum(["skill", "knowledge"]),
  groups: z.array(z.strictObject({ uri: z.string(), label: z.string() })),
});

const occupationShape = {
  kind: z.literal("occupation"),
  id: z.string(),
  code: z.string(),
  soc: z.string(),
  title: z.string(),
  source: z.enum(["onet", "esco"]),
  figures: z.strictObject({ ...occupationFigures.shape, employment: employment.nullable() }),
  description: z.string(),
  tasks: z.array(z.strictObject({ id: int.nullable(), text: z.string(), type: z.string().nullable() })).nullable(),
  skills: z.array(rated).nullable(),
  knowledge: z.array(rated).nullable(),
  technology: z
    .array(
      z.strictObject({
        category: z.string(),
        examples: z.array(z.strictObject({ name: z.string(), hot: z.literal(true).optional(), inDemand: z.literal(true).optional() })),
      }),
    )
    .nullable(),
  education: z.strictObject({ required: z.array(share), experience: z.array(share), training: z.array(share) }).nullable(),
  jobZone: jobZoneData.nullable(),
  interests: z
    .strictObject({ scores: z.array(z.strictObject({ code: z.string(), name: z.string(), score: z.number() })), highPoints: z.string() })
    .nullable(),
  wages: wages.nullable(),
  outlook: outlook.nullable(),
  related: z.array(z.strictObject({ code: z.string(), id: z.string(), title: z.string(), tier: z.string().nullable() })).nullable(),
  alternateTitles: strings.nullable(),
  uri: z.string().optional().describe("ESCO: the occupation's URI"),
  isco: z.array(conceptLink).optional().describe("ESCO: the ISCO-08 groups above it, from the top down"),
  requirements: z
    .strictObject({ kind: z.literal("essential-optional"), essential: z.array(requiredItem), optional: z.array(requiredItem) })
    .nullable()
    .optional()
    .describe("ESCO: the skills and knowledge essential and optional to it (no levels)"),
  broader: z.array(conceptLink).optional(),
  narrower: z.array(conceptLink).optional(),
  regulated: z.strictObject({ regulated: z.boolean().nullable(), note: z.string().nullable() }).optional(),
  crosswalk: z
    .strictObject({ code: z.string(), title: z.string(), confidence: z.number(), via: conceptLink.optional() })
    .nullable()
    .optional()
    .describe("ESCO: the O*NET occupation Nesta's crosswalk links it to, with its confidence"),
  scales: z.strictObject({ importance: scaleRange, level: scaleRange }),
  sources: releases,
  attribution: strings,
};
// ---- an occupation in a state or area: show --area, wages ----

/** An area's figures for an occupation: every figure null where `estimate` is false (never 0). */
const areaView = {
  area: areaReference,
  estimate: z.boolean().describe("false: BLS gives no estimate there (suppressed, or no row); every figure is then null"),
  median: money.nullable(),
  annual: wageSet,
  hourly: wageSet,
  employment: employment.nullable(),
  jobsPer1000: z.number().nullable(),
  locationQuotient: z.number().nullable().describe("the occupation's share of the area's jobs against its national share (1.0 = the same)"),
  blsBasis: blsBasis.optional(),
};
const areaNational = z.strictObject({
  annual: wageSet,
  hourly: wageSet,
  employment: employment.nullable(),
  asOf: z.string().nullable().describe("the national OEWS release"),
});
const areaBeside = z
  .strictObject({
    ...areaView,
    origin: z.enum(["--area", "CAREERS_AREA"]),
    national: areaNational,
    difference: z
      .strictObject({ annual: differenceSet, hourly: differenceSet })
      .describe("area minus national; null where either gives no exact figure"),
    sameRelease: z.boolean().describe("false: the area's release is not the national one's (the difference spans two)"),
  })
  .describe("show --area (or CAREERS_AREA): the occupation's figures in the area beside the national ones");

/** `careers wages <occupation> --json`: every area's figures, sorted, beside the national ones. */
export const wagesOutput = z.strictObject({
  occupation: occupationReference,
  bls: z
    .strictObject({ code: z.string(), title: z.string(), basis: z.enum(["detailed", "part", "broad", "combined"]) })
    .nullable()
    .describe("the BLS code the areas' figures are under; null where no area has the occupation"),
  sort: z.enum(["median", "employment", "lq", "p90"]),
  type: z.enum(["all", "state", "metro"]),
  national: areaNational,
  results: z.array(z.strictObject({ ...areaView, sameRelease: z.boolean() })),
  shown,
});

/** `show <occupation> --json`: every section; with --section, only those (kind, id, code, soc, title, source, figures, sources and attribution always); `area` with --area. */
export const showOccupationOutput = z
  .strictObject({ ...occupationShape, area: areaBeside })
  .partial()
  .required({ kind: true, id: true, code: true, soc: true, title: true, source: true, figures: true, sources: true, attribution: true });
