import { Command } from "commander";
import { lazyAction, withFormats } from "../app/output.js";
import { OCCUPATION_SECTION_IDS, SECTION_IDS } from "../core/sections.js";

/** "Sections of x: a, b, c" wrapped at 78 columns, the lines after the first indented. */
const sectionList = (what: string, ids: readonly string[]): string =>
  ids
    .reduce<string[]>(
      (lines, id, i) => {
        const word = `${id}${i < ids.length - 1 ? "," : "."}`;
        const last = lines.length - 1;
        if (`${lines[last]} ${word}`.length > 78) lines.push(`  ${word}`);
        else lines[last] = `${lines[last]} ${word}`;
        return lines;
      },
      [`Sections of ${what}:`],
    )
    .join("\n");

export const showCommand = (): Command =>
  withFormats(new Command("show"), "print the role as JSON, in the shape of its role file")
    .description("show a role: key facts, skills, tools, education, salaries, outlook and more")
    .argument("<role>", "role id, title or alias (see `careers list`)")
    .option("-s, --section <name...>", "only these sections (listed below for each kind)")
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
  $ careers show clerk --section salary-levels --format csv > clerk.csv
  $ careers show 29-1141 --section wages outlook   # an imported occupation's sections

${sectionList("a guide role", SECTION_IDS)}
${sectionList("an imported occupation", OCCUPATION_SECTION_IDS)}`,
    )
    .action(lazyAction(() => import("./show-run.js")));
