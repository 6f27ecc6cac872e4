import type { Command } from "commander";
import { createContext, emit, type RunContext } from "../app/context.js";
import { type Format, type FormatOptions, resolveFormat } from "../app/output.js";
import { pickSections, resolveSections } from "../core/sections.js";
import type { CatalogEntry } from "../loader/catalog.js";

interface ShowOptions extends FormatOptions {
  section?: string[];
}

/** The handler of `careers show`, loaded only when the command runs. */
export const run = async (query: string, opts: ShowOptions, cmd: Command) => {
  const ctx = createContext(cmd);
  const format = resolveFormat(opts);
  const entry = await ctx.catalog.find(query);
  if (entry.kind === "occupation") return showOccupation(ctx, entry, opts.section, format);
  const sections = resolveSections(opts.section);
  const { role } = entry;
  await emit(ctx, pickSections(role, sections), format, {
    table: async () => {
      const { renderRole } = await import("../render/show.js");
      return (_, style) => renderRole(role, sections, style);
    },
    sheet: () => import("../render/flatten-results.js").then((m) => m.showSheet),
  });
};

/** An imported occupation: its sections, from the data set's files. */
async function showOccupation(
  ctx: RunContext,
  entry: Extract<CatalogEntry, { kind: "occupation" }>,
  names: string[] | undefined,
  format: Format,
): Promise<void> {
  const { occupationView, pickOccupation, resolveOccupationSections } = await import("../core/occupation.js");
  const sections = resolveOccupationSections(names);
  const { dataset, row } = entry;
  const view = occupationView(dataset.occupation(row), dataset.manifest(), dataset.reference());
  await emit(ctx, pickOccupation(view, sections), format, {
    table: async () => {
      const { renderOccupation } = await import("../render/occupation.js");
      return (_, style) => renderOccupation(view, sections, style);
    },
    sheet: () => import("../render/flatten-results.js").then((m) => (result) => m.showSheet(result as never)),
  });
}
