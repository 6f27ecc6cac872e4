import { Command } from "commander";
import { checkRoleCount, compareRoles, MAX_ROLES, MIN_ROLES } from "../core/compare.js";
import type { Role } from "../schema/role.js";
import { createContext, emit } from "./context.js";
import { resolveFormat, withFormats, type FormatOptions } from "./output.js";

interface CompareOptions extends FormatOptions {
  region?: string;
}

export const compareCommand = withFormats(new Command("compare"), "print the comparison as JSON")
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
  .action(async (queries: string[], opts: CompareOptions, cmd: Command) => {
    const ctx = createContext(cmd);
    const format = resolveFormat(opts);
    checkRoleCount(queries.length);
    const roles: Role[] = [];
    for (const q of queries) roles.push((await ctx.catalog.get(q)).role);
    const result = compareRoles(roles, { region: opts.region });
    await emit(ctx, result, format, {
      table: () => import("../render/compare.js").then((m) => m.renderCompare),
      sheet: () => import("../render/sheets.js").then((m) => m.compareSheet),
    });
  });
