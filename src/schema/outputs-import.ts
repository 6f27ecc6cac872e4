/** The `--json` output shapes of validate, new, import, interests (the registry: schema/outputs.ts). */
import { z } from "zod";
import { diagnostic } from "./output.js";
import { int, mapOf, nulls, strings } from "./outputs-common.js";
import { interestScores } from "./outputs-match.js";

// ---- validate, new, import, interests ----

export const validateOutput = z.strictObject({
  valid: z.boolean(),
  errors: int,
  warnings: int,
  files: z.array(z.strictObject({ file: z.string(), id: z.string(), origin: z.enum(["bundled", "user"]), valid: z.boolean() })),
  problems: z.array(diagnostic),
});

export const newOutput = z.strictObject({ id: z.string(), file: z.string() });

const joinCounts = z.strictObject({ detailed: int, part: int, broad: int, combined: int, none: int });
const sourceId = z.enum(["onet", "bls-projections", "bls-oews", "bls-oews-areas", "esco", "esco-crosswalk"]);
const sourceChange = z.strictObject({
  id: sourceId,
  name: z.string(),
  version: z.string(),
  input: z.string(),
  by: z.strictObject({ version: z.string(), input: z.string() }).optional(),
  note: z.string().optional(),
});
const manifest = z
  .strictObject({
    format: int,
    occupations: int,
    sources: z.array(
      z.strictObject({
        id: sourceId,
        name: z.string(),
        version: z.string(),
        date: z.string().nullable(),
        stated: z
          .strictObject({ text: z.string(), where: z.string() })
          .optional()
          .describe("where the release gives no date: the time it states of itself (2024–2034 projections) and where it says so"),
        input: z.string(),
        rows: int,
        files: z.array(z.strictObject({ name: z.string(), rows: int })).optional(),
        missing: z.array(z.strictObject({ file: z.string(), unavailable: z.string() })).optional(),
        skipped: z.array(z.strictObject({ file: z.string(), reason: z.string(), rows: int, examples: strings.optional() })),
        attribution: z.string(),
        lacking: z
          .array(z.strictObject({ code: z.string(), title: z.string(), rows: int }))
          .optional()
          .describe("the crosswalk's rows naming O*NET-SOC codes the O*NET release lacks, by code: never linked"),
        keptFrom: z.string().optional().describe("carried over from the data set an import replaced (that set's creation time)"),
      }),
    ),
    escoOccupations: int.optional().describe("of the occupations, those from ESCO"),
    join: z.strictObject({ wages: joinCounts.nullable(), outlook: joinCounts.nullable() }),
    unavailable: strings,
    attribution: strings,
    created: z.string(),
    changes: z
      .strictObject({
        added: z.array(sourceChange),
        replaced: z.array(sourceChange),
        kept: z.array(sourceChange),
        unreadable: z.string().optional(),
      })
      .optional()
      .describe("what the import added, replaced and kept of the data set before it"),
    files: mapOf(z.strictObject({ bytes: int, sha256: z.string() })).optional(),
  })
  .describe("the data set's manifest (docs/import.md)");

export const importOutput = z.discriminatedUnion("action", [
  z.strictObject({
    action: z.literal("import"),
    dir: z.string(),
    bytes: int,
    seconds: z.number(),
    ignored: strings,
    manifest,
  }),
  z.strictObject({ action: z.literal("status"), installed: z.literal(true), dir: z.string(), bytes: int, manifest }),
  z.strictObject({ action: z.literal("status"), installed: z.literal(false), dir: z.null() }),
  z.strictObject({ action: z.literal("remove"), removed: z.boolean(), dir: z.string().nullable() }),
  z.strictObject({
    action: z.literal("verify"),
    dir: z.string(),
    ok: z.boolean(),
    files: z.array(z.strictObject({ file: z.string(), bytes: int, ok: z.boolean(), problem: z.string().optional() })),
  }),
]);

export const interestsOutput = z.strictObject({
  basis: z.string(),
  release: z.string(),
  scores: z.array(z.strictObject({ code: z.string(), name: z.string(), score: z.number(), activities: int, answered: int })),
  profile: interestScores,
  highPoints: z.string(),
  answered: int,
  asked: int,
  saved: z.boolean(),
  next: strings,
});

export const interestsTemplateOutput = z.strictObject({ activities: nulls });
