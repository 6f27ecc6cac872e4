/**
 * `careers path <occupation>`: the career lattice of an imported occupation, or with --to the shortest
 * route to another through related occupations; and the onward moves from the top of a role's ladder.
 * Loaded by path-run.ts only when an occupation is named or a data set is installed.
 */

import { emit, type RunContext } from "../app/context.js";
import type { Format } from "../app/output.js";
import { datasetDates } from "../core/figures.js";
import { findOccupationRoute, type LatticeData, lattice } from "../core/lattice.js";
import { notFoundError, usageError } from "../errors.js";
import { loadModel } from "../loader/bundled.js";
import type { CatalogEntry } from "../loader/catalog.js";
import type { Dataset } from "../loader/occupations.js";
import type { OccupationPathResult, Onward } from "../render/lattice.js";
import type { Role } from "../schema/role.js";

type OccupationEntry = Extract<CatalogEntry, { kind: "occupation" }>;

export interface OccupationPathOptions {
  from?: string;
  to?: string;
  track?: string;
  interactive?: boolean;
  maxMoves?: string;
  area?: string;
}

/** The data a lattice reads: with `around`, only the ratings of that occupation and its related ones. */
const latticeData = (dataset: Dataset, around?: number): LatticeData => ({
  ratings: around === undefined ? dataset.ratings() : dataset.ratingsFor([], [around]),
  reference: dataset.reference(),
  row: (i) => dataset.row(i),
  dates: datasetDates(dataset.manifest()),
});

function parseMaxMoves(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^\s*\d+\s*$/.test(value) || !Number.isInteger(n) || n < 1)
    throw usageError(
      `--max-moves must be a whole number of moves, 1 or more (got "${value}")`,
      "Example: careers path 43-4051 --to 43-1011 --max-moves 3",
    );
  return n;
}

/** The occupation --to names: an occupation, or a role linked to one of the data set. */
async function target(ctx: RunContext, dataset: Dataset, name: string): Promise<number> {
  const entry = await ctx.catalog.find(name);
  if (entry.kind === "occupation") return dataset.placeOf(entry.row.code);
  const code = entry.role.onet?.code;
  const at = code ? dataset.placeOf(code) : -1;
  if (at < 0)
    throw usageError(
      `${entry.role.title} is a role, not an occupation${code ? ` (its O*NET code ${code} is not in the data set)` : ""}`,
      `Name an occupation: careers search ${name}`,
    );
  return at;
}

export async function occupationPath(ctx: RunContext, entry: OccupationEntry, opts: OccupationPathOptions, format: Format): Promise<void> {
  const { dataset, row } = entry;
  const ladderOnly = (["from", "track", "interactive"] as const).filter((k) => opts[k] !== undefined && opts[k] !== false);
  if (ladderOnly.length > 0)
    throw usageError(
      `--${ladderOnly[0]} is for the ladders of roles, not occupations`,
      `For an occupation: careers path ${row.code} [--to <occupation>]`,
    );
  // a source that lists essential items and no related occupations (ESCO) is measured by its items
  const occupation = dataset.occupation(row);
  if (occupation.requirements) return (await import("./path-items.js")).itemsPath(ctx, dataset, row, occupation, opts, format);
  const model = (await loadModel()).occupations;
  const maxMoves = parseMaxMoves(opts.maxMoves, model.maxMoves);
  const from = dataset.placeOf(row.code);
  // a route searches every related list; a lattice reads one occupation's neighbours
  const data = latticeData(dataset, opts.to === undefined ? from : undefined);
  // --area (or CAREERS_AREA): the moves' medians in the area, and the moves classed and paid by them
  const inArea =
    opts.area !== undefined || ctx.io.env.CAREERS_AREA ? (await import("../app/areas.js")).areaRows(ctx, dataset, opts.area) : null;
  if (inArea) data.inArea = (p) => inArea.rows([p])[0]!;
  if (opts.to === undefined && opts.maxMoves !== undefined) throw usageError("--max-moves limits a route: give --to <occupation>");
  const to = opts.to === undefined ? undefined : await target(ctx, dataset, opts.to);
  let route: OccupationPathResult["route"] = null;
  if (to !== undefined) {
    const found = findOccupationRoute(data, from, to, model, maxMoves);
    if (!found.ok) {
      if (found.reason === "same")
        throw usageError(`${row.title} is both the start and the end of the route`, `See its moves: careers path ${row.code}`);
      const end = dataset.row(to);
      throw notFoundError(
        `no route from ${row.title} to ${end.title} within ${maxMoves} ${maxMoves === 1 ? "move" : "moves"} through related occupations; see the moves there are: careers path ${row.code}`,
      );
    }
    route = found.route;
  }
  const result: OccupationPathResult = {
    ...(inArea ? { area: inArea.area } : {}),
    ...lattice(data, from, model),
    gapsShown: model.gapsShown,
    route,
  };
  await emit(ctx, result, format, {
    table: () => import("../render/lattice.js").then((m) => m.renderOccupationPath),
    sheet: () => import("../render/lattice.js").then((m) => m.occupationPathSheet),
  });
}

/**
 * The steps up from the O*NET occupation a ladder's top role links to, where the installed data set holds
 * it; undefined otherwise.
 */
export async function onwardFrom(dataset: Dataset, top: Role): Promise<Onward | undefined> {
  const code = top.onet?.code;
  const at = code ? dataset.placeOf(code) : -1;
  if (!code || at < 0) return undefined;
  const model = (await loadModel()).occupations;
  const { occupation, up, lateralBand } = lattice(latticeData(dataset, at), at, model);
  return { role: top.id, title: top.title, code, occupation, lateralBand, gapsShown: model.gapsShown, moves: up };
}
