import type { Command } from "commander";
import { createContext, emit, importedOccupations } from "../app/context.js";
import { type FormatOptions, resolveFormat } from "../app/output.js";
import { datasetDates, occupationFigures } from "../core/figures.js";
import { usageError } from "../errors.js";
import type { SearchResult } from "../render/search.js";
import { sourceOfId } from "../schema/occupation.js";

/** The handler of `careers search`, loaded only when the command runs. */
export const run = async (words: string[], opts: { limit?: string; source?: string } & FormatOptions, cmd: Command) => {
  const ctx = createContext(cmd);
  const format = resolveFormat(opts);
  const query = words.join(" ").trim();
  const limit = opts.limit === undefined ? 20 : /^\s*\d+\s*$/.test(opts.limit) ? Number(opts.limit) : NaN;
  if (Number.isNaN(limit))
    throw usageError(`--limit ${JSON.stringify(opts.limit)} is not a number of results`, "Give a whole number, e.g. --limit 5 (0: all).");
  const [{ matchedText, searchOccupations, searchWords }, sources, dataset] = await Promise.all([
    import("../core/search.js"),
    import("../core/sources.js"),
    importedOccupations(ctx, "no occupations to search: none are imported"),
  ]);
  const only = opts.source === undefined ? undefined : sources.parseSource(opts.source);
  if (searchWords(query).length === 0)
    throw usageError(`nothing to search for in "${query}"`, "Give words such as: careers search customer service.");
  if (only) sources.checkSourceImported(dataset.manifest().sources, only);
  const source = dataset.searchText();
  const found = searchOccupations(dataset.searchRows(), source, query, dataset.wordIndex());
  const names = only ? dataset.names() : [];
  const hits = only ? found.filter((h) => sources.fromSource(only, sourceOfId(names[h.row.i]!.id))) : found;
  const shown = limit === 0 ? hits : hits.slice(0, limit);
  const dates = shown.length > 0 ? datasetDates(dataset.manifest()) : null;
  const result: SearchResult = {
    query,
    results: shown.map((h) => ({ ...occupationFigures(dataset.row(h.row.i), dates!), score: h.score, matched: matchedText(h, source) })),
    shown: { rows: shown.length, of: hits.length },
  };
  await emit(ctx, result, format, {
    table: () => import("../render/search.js").then((m) => m.renderSearch),
    sheet: () => import("../render/flatten-results.js").then((m) => m.searchSheet),
  });
};
