/** The JSON Schema of the role format, generated from the zod schema: `careers schema` and the build print the same. */
import { z } from "zod";
import { roleSchema } from "./role.js";

export const roleJsonSchema = (): Record<string, unknown> => z.toJSONSchema(roleSchema, { io: "input" }) as Record<string, unknown>;

export const roleJsonSchemaText = (): string => JSON.stringify(roleJsonSchema(), null, 2) + "\n";
