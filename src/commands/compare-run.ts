import type { Command } from "commander";
import { createContext, emit } from "../app/context.js";
import { type FormatOptions, resolveFormat } from "../app/output.js";
import { checkRoleCount, compareRoles } from "../core/compare.js";
import type { Role } from "../schema/role.js";

interface CompareOptions extends FormatOptions {
  region?: string;
}

/** The handler of `careers compare`, loaded only when the command runs. */
export const run = async (queries: string[], opts: CompareOptions, cmd: Command) => {
  const ctx = createContext(cmd);
  const format = resolveFormat(opts);
  checkRoleCount(queries.length);
  const roles: Role[] = [];
  for (const q of queries) roles.push((await ctx.catalog.get(q)).role);
  const result = compareRoles(roles, { region: opts.region });
  await emit(ctx, result, format, {
    table: () => import("../render/compare.js").then((m) => m.renderCompare),
    sheet: () => import("../render/flatten-results.js").then((m) => m.compareSheet),
  });
};
