import type { Command } from "commander";
import { compareSummaries, summarize } from "../core/summary.js";
import type { ListResult } from "../render/list.js";
import { createContext, emit, failOnProblems } from "../app/context.js";
import { resolveFormat, type FormatOptions } from "../app/output.js";

/** The handler of `careers list`, loaded only when the command runs. */
export const run = async (opts: FormatOptions, cmd: Command) => {
    const format = resolveFormat(opts);
    const ctx = createContext(cmd);
    const { roles, problems, notes } = await ctx.catalog.all();
    const all = roles.map((r) => r.role);
    const result: ListResult = {
      roles: roles.map((r) => ({ ...summarize(r.role, all), origin: r.origin, file: r.file })).sort(compareSummaries),
      problems,
    };
    ctx.catalog.notes.push(...notes);
    await emit(ctx, result, format, {
      table: () => import("../render/list.js").then((m) => m.renderList),
      sheet: () => import("../render/flatten-results.js").then((m) => m.listSheet),
    });
    failOnProblems(ctx, problems, "the other roles are listed");
  };
