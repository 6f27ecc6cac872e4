import { Command } from "commander";
import { lazyAction } from "../app/output.js";

export const newCommand = (): Command =>
  new Command("new")
    .description("write a starter role file <id>.yaml, commented and valid as written")
    .argument("<id>", "the new role's id: lower-case letters, digits and hyphens, e.g. team-lead")
    .option("--json", "print the new file's path as JSON")
    .option("--force", "write it even when the id is a bundled role's, which the new file then overrides")
    .addHelpText(
      "after",
      `
The file goes to the first --data-dir folder, else the current folder; an existing file is never overwritten.
An id of a bundled role is refused unless --force: the new file would take that role's place.

Examples:
  $ careers new team-lead
  $ careers new team-lead --data-dir ./my-roles && careers show team-lead --data-dir ./my-roles`,
    )
    .action(lazyAction(() => import("./new-run.js")));
