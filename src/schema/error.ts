/**
 * What a failure prints on stderr under `--json` (or `--format json|yaml`): the error as data, with the
 * exit code the program ends with. errors.ts builds it (ErrorData, held to this schema by
 * tests/unit/output-types.test.ts); zod loads only for `careers schema`.
 */
import { z } from "zod";
import { diagnostic } from "./output.js";
import { SCHEMA_VERSION } from "./version.js";

export const errorKind = z
  .enum(["usage", "not-found", "invalid-data", "io", "cancelled", "terminated", "internal"])
  .describe(
    "usage (bad arguments or options, exit 2), not-found (no such role or occupation, exit 2), invalid-data (a file that cannot be read as it should, exit 1), io (a file that cannot be read or written, exit 1), cancelled (exit 130), terminated (exit 143), internal (a fault of the program, exit 1)",
  );

export const errorOutput = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  error: z.strictObject({
    kind: errorKind,
    message: z.string().describe("the one-line message, as printed without --json"),
    hint: z.string().nullable().describe("what to do about it; null where there is nothing to add"),
    exitCode: z.number().int().describe("the exit code the program ends with"),
    file: z.string().optional().describe("the file the error is in, where it is in one"),
    line: z.number().int().optional(),
    col: z.number().int().optional(),
    problems: z.array(diagnostic).optional().describe("each problem of the files read, at file:line:col (as validate gives them)"),
  }),
});

export type ErrorOutput = z.infer<typeof errorOutput>;
