import { Command } from "commander";
import { checkRoleCount, compareRoles, MAX_ROLES, MIN_ROLES } from "../core/compare.js";
import type { Role } from "../schema/role.js";
import { createContext, emit } from "./context.js";

interface CompareOptions {
  json?: boolean;
  region?: string;
}

export const compareCommand = new Command("compare")
  .description(`compare ${MIN_ROLES} to ${MAX_ROLES} roles side by side: salaries, outlook, skills and tools, with a salary chart`)
  .argument("<roles...>", "role ids, titles or aliases (see `careers list`); differences are taken against the first")
  .option("--region <name>", "show salaries for this region (or a country the source names for it)")
  .option("--json", "print the comparison as JSON")
  .addHelpText(
    "after",
    `
Examples:
  $ careers compare clerk representative
  $ careers compare clerk supervisor manager --region canada
  $ careers compare clerk representative --json | jq '.roles[1].differences'`,
  )
  .action(async (queries: string[], opts: CompareOptions, cmd: Command) => {
    const ctx = createContext(cmd);
    checkRoleCount(queries.length);
    const roles: Role[] = [];
    for (const q of queries) roles.push((await ctx.catalog.get(q)).role);
    const result = compareRoles(roles, { region: opts.region });
    await emit(ctx, result, Boolean(opts.json), () => import("../render/compare.js").then((m) => m.renderCompare));
  });
