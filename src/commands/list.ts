import { Command } from "commander";
import { lazyAction, withFormats } from "../app/output.js";

export const listCommand = (): Command =>
  withFormats(new Command("list"), "print the list as JSON")
  .alias("ls")
  .description("list the roles: id, title, median salary, growth and typical education")
  .addHelpText(
    "after",
    `
Examples:
  $ careers list
  $ careers list --json | jq -r '.roles[].id'
  $ careers list --format csv > roles.csv
  $ careers list --format markdown >> notes.md
  $ careers list --data-dir ./my-roles`,
  )
  .action(lazyAction(() => import("./list-run.js")));
