import { Command, Option } from "commander";
import { lazyAction, withFormats } from "../app/output.js";
import { AREA_GROUPS, WAGE_SORTS } from "../core/wage-keys.js";

export const wagesCommand = (): Command =>
  withFormats(new Command("wages"), "print the areas' figures as JSON", true)
    .description("an occupation's wages and jobs in every state and area, sorted, with the national figure")
    .argument("<occupation>", "an imported occupation's code, id or title (or a role linked to one)")
    .addOption(
      new Option("--sort <key>", "sort by: median (default), employment, lq (location quotient) or p90, highest first").choices(WAGE_SORTS),
    )
    .addOption(
      new Option("--type <kind>", "only states (and territories), or metro: metropolitan and nonmetropolitan areas").choices(AREA_GROUPS),
    )
    .option("--limit <n>", "at most this many areas (default: all; 0: all)")
    .addHelpText(
      "after",
      `
Examples:
  $ careers wages 29-1141                      # every state and area, highest median first
  $ careers wages "registered nurses" --type state --limit 10
  $ careers wages 29-1141 --type metro --sort lq   # where the jobs are concentrated
  $ careers wages 29-1141 --sort employment --format csv > nurses-by-area.csv
  $ careers wages 29-1141 --json | jq -r '.results[] | "\\(.area.title) \\(.median.amount)"'

The figures are BLS's OEWS state and area estimates, imported with the others: careers import <files>
state_M2024_dl.xlsx MSA_M2024_dl.xlsx. Each area's figures are of its own release, said beside the
national one's. LQ (location quotient): the occupation's share of the area's jobs against its national
share (1.0 = the national share). ≥: a top-coded wage, at least that; n/a: no estimate.`,
    )
    .action(lazyAction(() => import("./wages-run.js")));
