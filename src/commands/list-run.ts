import type { Command } from "commander";
import type { AreaRows } from "../app/areas.js";
import { createContext, emit, failOnProblems, type RunContext } from "../app/context.js";
import { type FormatOptions, resolveFormat } from "../app/output.js";
import { datasetDates, roleFigures } from "../core/figures.js";
import type { ListRow, SortKey } from "../core/listing.js";
import type { FigureFlag } from "../core/sources.js";
import { compareSummaries, summarize } from "../core/summary.js";
import { CareersError, notFoundError, usageError } from "../errors.js";
import type { Dataset } from "../loader/occupations.js";
import type { ListResult } from "../render/list.js";

interface ListOptions extends FormatOptions {
  zone?: string;
  minMedian?: string;
  education?: string;
  sort?: SortKey;
  limit?: string;
  area?: string;
  source?: string;
  isco?: string;
}

/** Rows of the table when occupations are listed and no filter, --sort or --limit is given. */
const DEFAULT_TABLE_ROWS = 50;

/** The handler of `careers list`, loaded only when the command runs. */
export const run = async (opts: ListOptions, cmd: Command) => {
  const format = resolveFormat(opts);
  const ctx = createContext(cmd);
  const { roles, problems, notes } = await ctx.catalog.all();
  const all = roles.map((r) => r.role);
  const byId = new Map(roles.map((r) => [r.id, r]));
  let rows: ListRow[] = roles
    .map((r) => summarize(r.role, all))
    .sort(compareSummaries)
    .map((s) => {
      const { id, title, source, ...figures } = roleFigures(byId.get(s.id)!.role, byId.get(s.id)!.origin);
      return { id, title, source, aliases: s.aliases, ...figures, ladder: s.ladder, ladderStep: s.ladderStep };
    });
  let matched = rows.length;
  const narrowed = [opts.zone, opts.minMedian, opts.education, opts.sort, opts.limit, opts.area, opts.source, opts.isco].some(
    (o) => o !== undefined,
  );
  const dataset = await ctx.catalog.occupations();
  const inArea = await listArea(ctx, dataset, opts);
  let area: ListResult["area"];
  if (dataset || narrowed) {
    const [listing, sources] = await Promise.all([import("../core/listing.js"), import("../core/sources.js")]);
    const isco = opts.isco === undefined ? undefined : sources.parseIsco(opts.isco);
    const source = opts.source === undefined ? (isco === undefined ? undefined : "esco") : sources.parseSource(opts.source);
    if (isco !== undefined && source !== "esco")
      throw usageError(
        `--isco ${isco}: O*NET's occupations and the roles have no ISCO-08 group`,
        "ESCO's have: --source esco --isco " + isco + ".",
      );
    const figures: FigureFlag[] = [
      ...(opts.zone === undefined ? [] : ["--zone" as const]),
      ...(opts.minMedian === undefined ? [] : ["--min-median" as const]),
      ...(opts.education === undefined ? [] : ["--education" as const]),
      ...(opts.sort === undefined || opts.sort === "title" ? [] : ["--sort" as const]),
      ...(opts.area === undefined ? [] : ["--area" as const]),
    ];
    sources.checkFigureFilters(source, figures);
    if (source !== undefined) {
      if (!dataset) throw notFoundError(`no occupations to list: none are imported`, "Import them first: careers import --help.");
      sources.checkSourceImported(dataset.manifest().sources, source);
    }
    let occupations: ListRow[] = [];
    try {
      const dates = dataset ? datasetDates(dataset.manifest()) : null;
      occupations = dataset && dates ? dataset.index().occupations.map((o) => listing.occupationRow(o, dates)) : [];
    } catch (err) {
      // a damaged data set: the roles are listed all the same, and the damage said on stderr
      if (!(err instanceof CareersError)) throw err;
      ctx.catalog.notes.push(`warning: the occupations are not listed: ${err.message}`);
    }
    let every = [...rows, ...occupations];
    if (inArea) {
      every = inArea.rows(every);
      area = inArea.area;
    }
    const filters = {
      zones: opts.zone === undefined ? undefined : listing.parseZones(opts.zone),
      minMedian: opts.minMedian === undefined ? undefined : listing.parseAmount(opts.minMedian, "--min-median"),
      education: opts.education,
      source,
      isco,
      sort: opts.sort,
      limit: opts.limit === undefined ? (!narrowed && format === "table" ? DEFAULT_TABLE_ROWS : undefined) : listing.parseLimit(opts.limit),
    };
    ({ rows, matched } = listing.filterRows(every, filters));
  }
  const result: ListResult = { ...(area ? { area } : {}), results: rows, shown: { rows: rows.length, of: matched }, problems };
  ctx.catalog.notes.push(...notes);
  await emit(ctx, result, format, {
    table: () => import("../render/list.js").then((m) => (r: ListResult, style) => m.renderList(r, style, { lq: opts.sort === "lq" })),
    sheet: () => import("../render/flatten-results.js").then((m) => m.listSheet),
  });
  failOnProblems(ctx, problems, "the other roles are listed");
};

/** The area whose medians the list shows (--area, else CAREERS_AREA); null for the national figures. --sort lq needs one. */
async function listArea(ctx: RunContext, dataset: Dataset | null, opts: ListOptions): Promise<AreaRows | null> {
  if (!dataset && opts.area?.trim())
    throw usageError(`--area ${opts.area}: no occupations are imported`, "Import them first: careers import --help.");
  const inArea =
    dataset && (opts.area !== undefined || ctx.io.env.CAREERS_AREA)
      ? (await import("../app/areas.js")).areaRows(ctx, dataset, opts.area)
      : null;
  if (!inArea && opts.sort === "lq")
    throw usageError("--sort lq sorts by an area's location quotient: no area is given", "Give one: careers list --area TX --sort lq.");
  return inArea;
}
