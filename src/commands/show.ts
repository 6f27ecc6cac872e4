import { Command } from "commander";
import { lazyAction, withFormats } from "../app/output.js";
import { SECTION_IDS } from "../core/sections.js";

export const showCommand = (): Command =>
  withFormats(new Command("show"), "print the role as JSON, in the shape of its role file")
    .description("show a role: key facts, skills, tools, education, salaries, outlook and more")
    .argument("<role>", "role id, title or alias (see `careers list`)")
    .option("-s, --section <name...>", `only these sections: ${SECTION_IDS.join(", ")}`)
    .option(
      "--area <name>",
      'an occupation\'s figures in a state or area beside the national ones: "Texas", TX, "Austin-Round Rock", an AREA code, or national (default: $CAREERS_AREA)',
    )
    .addHelpText(
      "after",
      `
Examples:
  $ careers show clerk
  $ careers show "customer care representative" --section facts skills
  $ careers show supervisor --section salary-levels
  $ careers show clerk --section official   # beside BLS's figures (after careers import)
  $ careers show 29-1141 --area TX           # pay in Texas beside the national figures
  $ careers show clerk --json | jq .keyFacts.medianSalary
  $ careers show clerk --format yaml > my-roles/clerk.yaml   # a role file to edit
  $ careers show clerk --section salary-levels --format csv > clerk.csv`,
    )
    .action(lazyAction(() => import("./show-run.js")));
