import type { Command } from "commander";
import { createContext, emit } from "../app/context.js";
import { type FormatOptions, resolveFormat } from "../app/output.js";
import type { AreaGroup, WageSort } from "../core/wage-keys.js";
import { notFoundError, usageError } from "../errors.js";
import type { CatalogEntry } from "../loader/catalog.js";
import type { Dataset } from "../loader/occupations.js";
import type { IndexRow } from "../schema/occupation.js";

interface WagesOptions extends FormatOptions {
  sort?: WageSort;
  type?: AreaGroup;
  limit?: string;
}

/** The handler of `careers wages`, loaded only when the command runs. */
export const run = async (query: string, opts: WagesOptions, cmd: Command) => {
  const ctx = createContext(cmd);
  const format = resolveFormat(opts);
  const [{ parseLimit }, { areaWages }, { importedAreas, occupationAreas }] = await Promise.all([
    import("../core/listing.js"),
    import("../core/wages.js"),
    import("../app/areas.js"),
  ]);
  const limit = opts.limit === undefined ? 0 : (parseLimit(opts.limit) ?? 0);
  const { dataset, row } = occupationOf(await ctx.catalog.find(query), await ctx.catalog.occupations());
  const areas = importedAreas(dataset, `careers wages ${query.trim()}`);
  const { code, records } = occupationAreas(dataset, row.code);
  const head = dataset.areaHead()!;
  const { headOccupation } = await import("../loader/area-file.js");
  const { occupationReference, wagesEmployment } = await import("../core/figures.js");
  const wages = dataset.occupation(row).wages;
  const result = areaWages({
    occupation: occupationReference(row),
    code,
    blsTitle: code ? (headOccupation(head, code.code)?.[1] ?? null) : null,
    areas,
    records,
    wages,
    employment: wagesEmployment(wages),
    sort: opts.sort ?? "median",
    type: opts.type ?? "all",
    limit,
  });
  await emit(ctx, result, format, {
    table: () => import("../render/wages.js").then((m) => m.renderWages),
    sheet: () => import("../render/wages.js").then((m) => m.wagesSheet),
  });
};

/** The imported occupation a name gives: itself, or the occupation a role links to (onet.code). */
function occupationOf(entry: CatalogEntry, dataset: Dataset | null): { dataset: Dataset; row: IndexRow } {
  if (entry.kind === "occupation") return { dataset: entry.dataset, row: entry.row };
  const { role } = entry;
  const row = role.onet && dataset?.byCode(role.onet.code);
  if (row && dataset) return { dataset, row };
  if (!dataset)
    throw notFoundError(
      `${role.title} is a role of its own; careers wages shows an imported occupation, and none are imported`,
      "Import the O*NET database and BLS releases with the state or metropolitan OEWS workbooks: careers import --help.",
    );
  throw usageError(
    `${role.title} is a role of its own${role.onet ? `, linked to ${role.onet.code}, which is not in the imported data set` : ""}`,
    "careers search <words> finds an occupation to show by area.",
  );
}
