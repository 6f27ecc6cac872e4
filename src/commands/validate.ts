import { Command } from "commander";
import { lazyAction } from "../app/output.js";

export const validateCommand = (): Command =>
  new Command("validate")
    .description("check role files: syntax, schema and consistency, every problem as file:line:col")
    .argument("[paths...]", "role files or folders (default: your data folders, else the bundled roles)")
    .option("--json", "print the problems as JSON")
    .addHelpText(
      "after",
      `
Examples:
  $ careers validate
  $ careers validate ./my-roles/team-lead.yaml
  $ careers validate --data-dir ./my-roles --json | jq '.problems[]'

Exit 0 when every file is valid (warnings allowed), 1 when any file has an error.`,
    )
    .action(lazyAction(() => import("./validate-run.js")));
