import { Command } from "commander";
import { lazyAction, withFormats } from "../app/output.js";
import { MAX_ROLES, MIN_ROLES } from "../core/compare.js";

export const compareCommand = (): Command =>
  withFormats(new Command("compare"), "print the comparison as JSON")
    .description(
      `compare ${MIN_ROLES} to ${MAX_ROLES} roles or imported occupations side by side: salaries, outlook, skills; with an occupation, what carries over from the first and what to build`,
    )
    .argument(
      "<roles...>",
      "role ids, titles or aliases (see `careers list`), or imported occupations by id, code or title; differences are taken against the first",
    )
    .option("--region <name>", "show salaries for this region (or a country the source names for it); roles only")
    .option(
      "--area <areas...>",
      'occupations\' wages in states or areas beside the national ones: "CA TX NY" (one occupation across areas) or one area (several occupations in it); give it last',
    )
    .option("--from-history", "compare from you: the levels of your latest saved assessment of an occupation come first")
    .addHelpText(
      "after",
      `
Examples:
  $ careers compare clerk representative
  $ careers compare clerk supervisor manager --region canada
  $ careers compare clerk representative --json | jq '.roles[1].differences'
  $ careers compare clerk supervisor --format csv > compare.csv   # a row per figure, a column per role
  $ careers compare customer-service-representatives 43-1011     # imported occupations (careers import)
  $ careers compare --from-history 43-1011                       # from your saved assessment
  $ careers compare 29-1141 --area CA TX NY                      # one occupation's wages in three states
  $ careers compare 29-1141 29-2061 --area TX                    # two occupations in Texas`,
    )
    .action(lazyAction(() => import("./compare-run.js")));
