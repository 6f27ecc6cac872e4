/**
 * The shape of every command's `--json` output, built from the vocabulary of schema/output.ts: what
 * `careers schema <command>` prints as JSON Schema (draft 2020-12), what tests/cli/json-schema.test.ts
 * validates the commands' real output against, and what docs/json-output.md is checked against. Loaded by
 * `careers schema` alone (zod stays off every other command's start-up, docs/architecture.md).
 *
 * Each command has one schema per shape it prints (its variants: `match` and `match --explain`), keyed by
 * the label of its block in docs/json-output.md. A closed shape is a strict object (no other key), so a
 * renamed key fails the check; a map keyed by data (element ids, skill names) is a record.
 */
import { z } from "zod";
import { errorOutput } from "./error.js";
import { compareAreasOutput } from "./outputs-area.js";
import { assessHistoryOutput, assessItemsOutput, assessOccupationOutput, assessOutput, assessTemplateOutput } from "./outputs-assess.js";
import { mapOf, strings } from "./outputs-common.js";
import { compareOutput } from "./outputs-compare.js";
import { compareOccupationsOutput } from "./outputs-compare-occupations.js";
import { importOutput, interestsOutput, interestsTemplateOutput, newOutput, validateOutput } from "./outputs-import.js";
import { listOutput, searchOutput } from "./outputs-list.js";
import { matchExplainOutput, matchItemsOutput, matchOutput, matchTemplateOutput } from "./outputs-match.js";
import { showOccupationOutput, wagesOutput } from "./outputs-occupation.js";
import { pathItemsOutput, pathOccupationOutput, pathOutput } from "./outputs-path.js";
import { showRoleOutput } from "./outputs-role.js";
import { SCHEMA_VERSION } from "./version.js";

export * from "./outputs-area.js";
export * from "./outputs-assess.js";
export * from "./outputs-compare.js";
export * from "./outputs-compare-occupations.js";
export * from "./outputs-import.js";
export * from "./outputs-list.js";
export * from "./outputs-match.js";
export * from "./outputs-occupation.js";
export * from "./outputs-path.js";
export * from "./outputs-role.js";

// ---- the registry: every command's shapes ----

/** A JSON document: the command's result with the output's schemaVersion first. */
function documentOf(schema: z.ZodType): z.ZodType {
  if (schema instanceof z.ZodObject) return z.strictObject({ schemaVersion: z.literal(SCHEMA_VERSION), ...schema.shape });
  if (schema instanceof z.ZodUnion) return z.union((schema.options as z.ZodType[]).map(documentOf));
  throw new Error("a document is an object");
}

/** `careers schema --json`: a JSON Schema (the role format's), not a document of the program's. */
const jsonSchemaOutput = z.looseObject({
  $schema: z.literal("https://json-schema.org/draft/2020-12/schema"),
  type: z.literal("object"),
  properties: mapOf(z.unknown()),
  required: strings,
  additionalProperties: z.boolean(),
});

/** `careers schema --list --json`. */
const schemaListOutput = z.strictObject({
  commands: z.array(z.strictObject({ name: z.string(), description: z.string(), shapes: strings })),
});

export interface OutputShape {
  /** the label of its block in docs/json-output.md: the command and the option that prints it */
  label: string;
  /** what it is, in a few words */
  title: string;
  schema: z.ZodType;
}
export interface CommandOutput {
  description: string;
  shapes: OutputShape[];
}

const shape = (label: string, title: string, schema: z.ZodType, file = false): OutputShape => ({
  label,
  title,
  // an answers template or a JSON Schema is a file to use as it is: it has no schemaVersion
  schema: file ? schema : documentOf(schema),
});

/** Every command whose `--json` output has a schema, with its shapes, by command name. */
export const OUTPUTS: Record<string, CommandOutput> = {
  list: { description: "the roles and occupations listed", shapes: [shape("list", "the roles and occupations listed", listOutput)] },
  show: {
    description: "a role (its role file), or an imported occupation",
    shapes: [shape("show", "a role", showRoleOutput), shape("show <occupation>", "an imported occupation", showOccupationOutput)],
  },
  compare: {
    description: "roles side by side, or occupations on O*NET's common scales",
    shapes: [
      shape("compare", "roles side by side", compareOutput),
      shape("compare --from-history", "occupations (or roles linked to them, or you) on the common scales", compareOccupationsOutput),
      shape("compare --area", "occupations' wages in states or areas beside the national ones", compareAreasOutput),
    ],
  },
  path: {
    description: "a career ladder, or an occupation's moves",
    shapes: [
      shape("path", "a role's career ladder", pathOutput),
      shape("path --to", "an occupation's moves, and a route", pathOccupationOutput),
      shape("path <ESCO occupation>", "an ESCO occupation's moves by shared essential skills", pathItemsOutput),
    ],
  },
  assess: {
    description: "a readiness check, its answers template and its history",
    shapes: [
      shape("assess", "a role's readiness check", assessOutput),
      shape("assess --answers", "an imported occupation's readiness check", assessOccupationOutput),
      shape("assess <ESCO occupation>", "an ESCO occupation's readiness by its essential items", assessItemsOutput),
      shape("assess --template", "an answers file to fill in", assessTemplateOutput, true),
      shape("assess --history", "the saved results", assessHistoryOutput),
    ],
  },
  validate: { description: "the role files checked", shapes: [shape("validate", "the role files checked", validateOutput)] },
  new: { description: "the role file written", shapes: [shape("new", "the role file written", newOutput)] },
  schema: {
    description: "a JSON Schema, or the commands that have one",
    shapes: [
      shape("schema", "a JSON Schema", jsonSchemaOutput, true),
      shape("schema --list", "the commands with a schema", schemaListOutput),
    ],
  },
  import: {
    description: "an import, the data set installed (--status), checked (--verify) or removed (--remove)",
    shapes: [shape("import", "what was imported, installed, checked or removed", importOutput)],
  },
  search: { description: "the occupations found", shapes: [shape("search", "the occupations found", searchOutput)] },
  wages: {
    description: "an occupation's figures in every state and area",
    shapes: [shape("wages", "every area's figures, sorted", wagesOutput)],
  },
  match: {
    description: "the occupations that fit a profile best, one occupation's fit, the answers template, ESCO's by items",
    shapes: [
      shape("match", "the best fits", matchOutput),
      shape("match --explain", "how one occupation's fit was computed", matchExplainOutput),
      shape("match --template", "an answers file to fill in", matchTemplateOutput, true),
      shape("match --skills", "ESCO's occupations that fit the skills and knowledge you have", matchItemsOutput),
    ],
  },
  error: {
    description: "what a failure prints on stderr, under --json or --format json|yaml",
    shapes: [shape("error", "the error as data", errorOutput, true)],
  },
  interests: {
    description: "the interests quiz's result, its answers template",
    shapes: [
      shape("interests", "the quiz's scores", interestsOutput),
      shape("interests --template", "an answers file to fill in", interestsTemplateOutput, true),
    ],
  },
};
