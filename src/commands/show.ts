import { Command } from "commander";
import { pickSections, resolveSections, SECTION_IDS } from "../core/sections.js";
import { createContext, emit } from "./context.js";

interface ShowOptions {
  json?: boolean;
  section?: string[];
}

export const showCommand = new Command("show")
  .description("show a role: key facts, skills, tools, education, salaries, outlook and more")
  .argument("<role>", "role id, title or alias (see `careers list`)")
  .option("-s, --section <name...>", `only these sections: ${SECTION_IDS.join(", ")}`)
  .option("--json", "print the role as JSON, in the shape of its role file")
  .addHelpText(
    "after",
    `
Examples:
  $ careers show clerk
  $ careers show "customer care representative" --section facts skills
  $ careers show supervisor --section salary-levels
  $ careers show clerk --json | jq .keyFacts.medianSalary`,
  )
  .action(async (query: string, opts: ShowOptions, cmd: Command) => {
    const ctx = createContext(cmd);
    const sections = resolveSections(opts.section);
    const { role } = await ctx.catalog.get(query);
    await emit(ctx, opts.json ? pickSections(role, sections) : role, Boolean(opts.json), async () => {
      const { renderRole } = await import("../render/show.js");
      return (_, style) => renderRole(role, sections, style);
    });
  });
