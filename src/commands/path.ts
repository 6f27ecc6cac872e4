import { Command, Option } from "commander";
import { lazyAction, withFormats } from "../app/output.js";

export const pathCommand = (): Command =>
  withFormats(new Command("path"), "print the ladder (or the route) as JSON")
    .description("walk a career ladder: levels, years, salaries and changes, tracks and lateral moves")
    .argument("[role]", 'a role on the ladder (marked "you are here") or the role that holds it; default: the --from or --to level')
    .option("--from <level>", "start of a route up the ladder (default: the role, else the first level)")
    .option("--to <level>", "end of a route up the ladder (default: the highest level reachable)")
    .option("--track <id>", "only the levels of one track, e.g. ic or management")
    .addOption(
      new Option("-i, --interactive", "a guided walk, level by level (needs a terminal)").conflicts([
        "json",
        "format",
        "from",
        "to",
        "track",
      ]),
    )
    .addHelpText(
      "after",
      `
Examples:
  $ careers path clerk
  $ careers path supervisor
  $ careers path clerk --from junior-clerk --to supervisor
  $ careers path clerk --track management --json
  $ careers path clerk --format markdown >> career-plan.md
  $ careers path supervisor --interactive`,
    )
    .action(lazyAction(() => import("./path-run.js")));
