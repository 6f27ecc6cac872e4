import type { Command } from "commander";
import { createContext } from "../app/context.js";

/** The handler of `careers schema`, loaded only when the command runs. */
export const run = async (_opts: unknown, cmd: Command) => {
  const ctx = createContext(cmd);
  // zod loads only now, not for every command
  const { roleJsonSchemaText } = await import("../schema/json-schema.js");
  ctx.io.stdout(roleJsonSchemaText());
};
