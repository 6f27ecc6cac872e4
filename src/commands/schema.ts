import { Command } from "commander";
import { lazyAction } from "../app/output.js";

export const schemaCommand = (): Command =>
  new Command("schema")
    .description("print the JSON Schema of the role format (for editors and other tools)")
    .option("--json", "the same: the schema is JSON (accepted, as every command takes it)")
    .addHelpText(
      "after",
      `
Examples:
  $ careers schema > role.schema.json
  then put this first line in a role file, for completion and checks in your editor:
  # yaml-language-server: $schema=./role.schema.json`,
    )
    .action(lazyAction(() => import("./schema-run.js")));
