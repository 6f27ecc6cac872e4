import type { Command } from "commander";
import { createContext, emit } from "../app/context.js";
import { usageError } from "../errors.js";
import { didYouMean } from "../text/suggest.js";

/**
 * The handler of `careers schema`: the role format's JSON Schema, a command's output schema, or the list
 * of commands that have one. Loaded only when the command runs.
 */
export const run = async (name: string | undefined, opts: { list?: boolean; json?: boolean }, cmd: Command) => {
  const ctx = createContext(cmd);
  if (name !== undefined && opts.list)
    throw usageError(`--list takes no command (${name})`, "Run careers schema --list, or careers schema <command>.");
  // zod loads only now, not for every command
  const schemas = await import("../schema/json-schema.js");
  if (opts.list) {
    const list = { commands: schemas.outputList() };
    return emit(
      ctx,
      list,
      opts.json ? "json" : "table",
      async () => (r) =>
        r.commands.map((c) => `${c.name.padEnd(10)} ${c.description}\n`).join("") +
        "\ncareers schema <command> prints the JSON Schema of its --json output; careers schema alone, the role format's.\n",
    );
  }
  if (name === undefined) return ctx.io.stdout(schemas.roleJsonSchemaText());
  if (!schemas.OUTPUT_NAMES.includes(name)) {
    const hint = didYouMean(name, schemas.OUTPUT_NAMES);
    throw usageError(`no JSON Schema for "${name}"`, `${hint ? `${hint} ` : ""}careers schema --list names the commands that have one.`);
  }
  ctx.io.stdout(JSON.stringify(schemas.outputJsonSchema(name), null, 2) + "\n");
};
