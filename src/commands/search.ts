import { Command } from "commander";
import { lazyAction, withFormats } from "../app/output.js";
import { sourceOption } from "../app/source-option.js";

export const searchCommand = (): Command =>
  withFormats(new Command("search"), "print the results as JSON", true)
    .description("search the imported occupations: titles, alternate titles and tasks")
    .argument("<words...>", "what to look for, e.g. nurse, call center, python developer")
    .option("--limit <n>", "at most this many results (default 20; 0: all)")
    .addOption(sourceOption())
    .addHelpText(
      "after",
      `
Examples:
  $ careers search customer service
  $ careers search "call center" --limit 5
  $ careers search python --json | jq -r '.results[].id'

Each word is found in its forms (nursing: Nurses), in the title (ranked first), an alternate title (RN,
CNA, HVAC) or a task; every word must appear. Needs occupations imported first: careers import --help.`,
    )
    .action(lazyAction(() => import("./search-run.js")));
