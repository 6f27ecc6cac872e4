import { Command } from "commander";
import { lazyAction } from "../app/output.js";

export const schemaCommand = (): Command =>
  new Command("schema")
    .description("print a JSON Schema: of the role format (for editors and other tools), or of a command's --json output")
    .argument("[command]", "the command whose --json output to describe (careers schema --list names them)")
    .option("--list", "name the commands whose output has a schema, and the shapes each prints")
    .option("--json", "JSON: the schemas are JSON either way; with --list, the list as JSON")
    .addHelpText(
      "after",
      `
Examples:
  $ careers schema > role.schema.json
  then put this first line in a role file, for completion and checks in your editor:
  # yaml-language-server: $schema=./role.schema.json
  $ careers schema --list
  $ careers schema match > match.schema.json
  $ careers schema error        what a failure prints on stderr under --json`,
    )
    .action(lazyAction(() => import("./schema-run.js")));
