import { Command, Option } from "commander";
import { lazyAction, withFormats } from "../app/output.js";
import { sourceOption } from "../app/source-option.js";
import { SORT_KEYS } from "../core/sort-keys.js";

export const listCommand = (): Command =>
  withFormats(new Command("list"), "print the list as JSON", true)
    .alias("ls")
    .description("list the roles: id, title, median salary, growth and typical education")
    .option("--zone <zones>", "only occupations in these O*NET job zones (1-5, e.g. 2 or 3,4)")
    .option("--min-median <amount>", "only those with a median salary of at least this (e.g. 50000 or 50k)")
    .option("--education <words>", 'only those whose typical entry education says this (e.g. "bachelor")')
    .addOption(sourceOption())
    .option("--isco <group>", "only ESCO's occupations under this ISCO-08 group, at any level (4, 42, 422 or 4222)")
    .addOption(
      new Option("--sort <key>", "sort by: median, growth, openings, lq (the area's location quotient; highest first) or title").choices(
        SORT_KEYS,
      ),
    )
    .option(
      "--area <name>",
      'the medians of a state or area in place of the national ones: "Texas", TX, "Austin-Round Rock", an AREA code, or national (default: $CAREERS_AREA)',
    )
    .option("--limit <n>", "at most this many rows (0: all)")
    .addHelpText(
      "after",
      `
Examples:
  $ careers list
  $ careers list --json | jq -r '.roles[].id'
  $ careers list --format csv > roles.csv
  $ careers list --format markdown >> notes.md
  $ careers list --data-dir ./my-roles
  $ careers list --zone 2 --sort median --limit 20
  $ careers list --education bachelor --min-median 80k --sort growth
  $ careers list --area TX --min-median 60k --sort median   # Texas medians
  $ careers list --area "Austin-Round Rock" --sort lq       # where the jobs are
  $ careers list --source esco --isco 4222       # ESCO's contact centre information clerks

With occupations imported (careers import), they are listed after the roles: the table shows the first
50 unless a filter, --sort or --limit is given; --json, csv and markdown list them all. --source lists
one source's occupations alone (no roles); ESCO's have no figures, so --zone, --min-median, --education
and --sort by a figure do not apply to them.`,
    )
    .action(lazyAction(() => import("./list-run.js")));
