import type { Command } from "commander";
import { pickSections, resolveSections } from "../core/sections.js";
import { createContext, emit } from "../app/context.js";
import { resolveFormat, type FormatOptions } from "../app/output.js";

interface ShowOptions extends FormatOptions {
  section?: string[];
}

/** The handler of `careers show`, loaded only when the command runs. */
export const run = async (query: string, opts: ShowOptions, cmd: Command) => {
    const ctx = createContext(cmd);
    const format = resolveFormat(opts);
    const sections = resolveSections(opts.section);
    const { role } = await ctx.catalog.get(query);
    await emit(ctx, pickSections(role, sections), format, {
      table: async () => {
        const { renderRole } = await import("../render/show.js");
        return (_, style) => renderRole(role, sections, style);
      },
      sheet: () => import("../render/flatten-results.js").then((m) => m.showSheet),
    });
  };
