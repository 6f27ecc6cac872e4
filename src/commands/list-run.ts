import { Command } from "commander";
import { compareSummaries, summarize } from "../core/summary.js";
import type { ListResult } from "../render/list.js";
import { dataError } from "../errors.js";
import { createContext, emit, reportProblems } from "./context.js";
import { resolveFormat, withFormats, type FormatOptions } from "./output.js";

/** The handler of `careers list`, loaded only when the command runs. */
export const run = async (opts: FormatOptions, cmd: Command) => {
    const format = resolveFormat(opts);
    const ctx = createContext(cmd);
    const { roles, problems, notes } = await ctx.catalog.all();
    const result: ListResult = {
      roles: roles.map((r) => ({ ...summarize(r.role), origin: r.origin, file: r.file })).sort(compareSummaries),
    };
    ctx.catalog.notes.push(...notes);
    await emit(ctx, result, format, {
      table: () => import("../render/list.js").then((m) => m.renderList),
      sheet: () => import("../render/sheets.js").then((m) => m.listSheet),
    });
    const errors = problems.filter((p) => p.severity === "error");
    reportProblems(ctx, problems);
    if (errors.length > 0) throw dataError(`${errors.length} role file problem${errors.length > 1 ? "s" : ""}; the other roles are listed`);
  };
