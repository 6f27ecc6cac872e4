import { Command, Option } from "commander";
import { lazyAction, withFormats } from "../app/output.js";

export const pathCommand = (): Command =>
  withFormats(new Command("path"), "print the ladder (or the route) as JSON")
    .description(
      "walk a career ladder: levels, years, salaries and changes, tracks and lateral moves; or an imported occupation's steps up, lateral moves and stepping stones",
    )
    .argument(
      "[role]",
      'a role on the ladder (marked "you are here") or the role that holds it, or an imported occupation (code or title); default: the --from or --to level',
    )
    .option("--from <level>", "start of a route up the ladder (default: the role, else the first level)")
    .option(
      "--to <level>",
      "end of a route up the ladder (default: the highest level reachable); for an occupation, the occupation to reach through related ones (--max-moves <n> caps its moves)",
    )
    .option("--track <id>", "only the levels of one track, e.g. ic or management")
    .option(
      "--area <name>",
      'with an occupation: the moves\' medians in a state or area: "Texas", TX, "Austin-Round Rock" (default: $CAREERS_AREA)',
    )
    .option("--max-moves <n>", "with an occupation and --to: the most moves a route may take (default: maxMoves in data/assessment.yaml)")
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
  $ careers path supervisor --interactive
  $ careers path 43-4051
  $ careers path 43-4051 --to 11-1021 --max-moves 3 --json
  $ careers path 43-4051 --area TX                      # the moves' medians in Texas`,
    )
    .action(lazyAction(() => import("./path-run.js")));
