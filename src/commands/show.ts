import { Command } from "commander";
import { pickSections, resolveSections, SECTION_IDS } from "../core/sections.js";
import { createContext, emit } from "./context.js";
import { resolveFormat, withFormats, type FormatOptions } from "./output.js";

interface ShowOptions extends FormatOptions {
  section?: string[];
}

export const showCommand = withFormats(new Command("show"), "print the role as JSON, in the shape of its role file")
  .description("show a role: key facts, skills, tools, education, salaries, outlook and more")
  .argument("<role>", "role id, title or alias (see `careers list`)")
  .option("-s, --section <name...>", `only these sections: ${SECTION_IDS.join(", ")}`)
  .addHelpText(
    "after",
    `
Examples:
  $ careers show clerk
  $ careers show "customer care representative" --section facts skills
  $ careers show supervisor --section salary-levels
  $ careers show clerk --json | jq .keyFacts.medianSalary
  $ careers show clerk --format yaml > my-roles/clerk.yaml   # a role file to edit
  $ careers show clerk --section salary-levels --format csv > clerk.csv`,
  )
  .action(async (query: string, opts: ShowOptions, cmd: Command) => {
    const ctx = createContext(cmd);
    const format = resolveFormat(opts);
    const sections = resolveSections(opts.section);
    const { role } = await ctx.catalog.get(query);
    await emit(ctx, pickSections(role, sections), format, {
      table: async () => {
        const { renderRole } = await import("../render/show.js");
        return (_, style) => renderRole(role, sections, style);
      },
      sheet: () => import("../render/sheets.js").then((m) => m.showSheet),
    });
  });
