import { Command } from "commander";
import { lazyAction, withFormats } from "../app/output.js";
import { MAX_ROLES, MIN_ROLES } from "../core/compare.js";

export const compareCommand = (): Command =>
  withFormats(new Command("compare"), "print the comparison as JSON")
    .description(`compare ${MIN_ROLES} to ${MAX_ROLES} roles side by side: salaries, outlook, skills and tools, with a salary chart`)
    .argument("<roles...>", "role ids, titles or aliases (see `careers list`); differences are taken against the first")
    .option("--region <name>", "show salaries for this region (or a country the source names for it)")
    .addHelpText(
      "after",
      `
Examples:
  $ careers compare clerk representative
  $ careers compare clerk supervisor manager --region canada
  $ careers compare clerk representative --json | jq '.roles[1].differences'
  $ careers compare clerk supervisor --format csv > compare.csv   # a row per figure, a column per role`,
    )
    .action(lazyAction(() => import("./compare-run.js")));
