/**
 * JSON Schemas (draft 2020-12) generated from the zod schemas: the role format's (`careers schema`, and the
 * build writes it to dist/role.schema.json) and each command's `--json` output (`careers schema <command>`).
 */
import { z } from "zod";
import { OUTPUTS } from "./outputs.js";
import { roleSchema } from "./role.js";

export const roleJsonSchema = (): Record<string, unknown> => z.toJSONSchema(roleSchema, { io: "input" }) as Record<string, unknown>;

export const roleJsonSchemaText = (): string => JSON.stringify(roleJsonSchema(), null, 2) + "\n";

/** The commands with a schema of their output, by name. */
export const OUTPUT_NAMES = Object.keys(OUTPUTS);

/** One shape's JSON Schema (by its label in docs/json-output.md, `match --explain`). */
export function shapeJsonSchema(label: string): Record<string, unknown> {
  const found = Object.values(OUTPUTS)
    .flatMap((c) => c.shapes)
    .find((s) => s.label === label);
  if (!found) throw new Error(`no output shape "${label}"`);
  return z.toJSONSchema(found.schema.meta({ title: `careers ${found.label}`, description: found.title })) as Record<string, unknown>;
}

/** The JSON Schema of a command's `--json` output: its one shape, or any of its shapes (anyOf), each titled. */
export function outputJsonSchema(name: string): Record<string, unknown> {
  const command = OUTPUTS[name];
  if (!command) throw new Error(`no output schema for "${name}"`);
  const shapes = command.shapes.map((s) => s.schema.meta({ title: `careers ${s.label}`, description: s.title }));
  const schema =
    shapes.length === 1
      ? shapes[0]!
      : z.union(shapes as [z.ZodType, z.ZodType]).meta({ title: `careers ${name}`, description: command.description });
  return z.toJSONSchema(schema) as Record<string, unknown>;
}

/** `careers schema --list`: each command with a schema, what it prints, and the labels of its shapes. */
export const outputList = (): { name: string; description: string; shapes: string[] }[] =>
  Object.entries(OUTPUTS).map(([name, c]) => ({ name, description: c.description, shapes: c.shapes.map((s) => s.label) }));
