/**
 * The area a command's figures are of: its --area, else CAREERS_AREA, looked up among the data set's
 * states and areas (core/areas.ts), and an occupation's figures there. What show, list, match, compare,
 * path and wages share; each handler gathers with these, then prints.
 */

import { type ListingArea, listingArea, type RowInArea, rowInArea } from "../core/area-rows.js";
import { type AreaOrigin, type AreaView, areaQueries, areaReference, areaView, findArea, resolveArea } from "../core/areas.js";
import { blsCodeFor } from "../core/bls-code.js";
import { usageError } from "../errors.js";
import { areaInfos, headOccupation } from "../loader/area-file.js";
import type { Dataset } from "../loader/occupations.js";
import type { AreaFigures, AreaInfo } from "../schema/areas.js";
import type { Money } from "../schema/output.js";
import type { RunContext } from "./context.js";

export interface AreaChoice {
  area: AreaInfo;
  origin: AreaOrigin;
}

const NONE_IMPORTED = "no state or area estimates are imported";
const IMPORT_HINT =
  "Import BLS's state or metropolitan OEWS workbook with the others: careers import <O*NET> <BLS files> state_M2024_dl.xlsx (careers import --help).";

/**
 * The areas named (by --area, each, or else CAREERS_AREA's one), in the order given, without the nation;
 * [] where none is asked for, or only the nation. CAREERS_AREA with no areas imported is a note, and the
 * figures national.
 */
export function chosenAreas(ctx: RunContext, dataset: Dataset, flag: readonly string[] | string | undefined): AreaChoice[] {
  const chosen = areaQueries(flag, ctx.io.env.CAREERS_AREA);
  if (chosen.length === 0) return [];
  // the nation needs no areas imported
  if (chosen.every((c) => findArea([], c.query) !== null)) return [];
  const head = dataset.areaHead();
  if (!head) {
    if (chosen[0]!.origin === "CAREERS_AREA") {
      ctx.catalog.notes.push(`note: CAREERS_AREA=${chosen[0]!.query}: ${NONE_IMPORTED}; the figures are national`);
      return [];
    }
    throw usageError(`--area ${chosen.map((c) => c.query).join(" ")}: ${NONE_IMPORTED}`, IMPORT_HINT);
  }
  const areas = areaInfos(head);
  const out: AreaChoice[] = [];
  for (const c of chosen) {
    const area = resolveArea(areas, c.query, c.origin);
    if (area && !out.some((o) => o.area.place === area.place)) out.push({ area, origin: c.origin });
  }
  return out;
}

/** The data set's areas, for a command that needs them (wages): none imported is a usage error saying how to import them. */
export function importedAreas(dataset: Dataset, what: string): AreaInfo[] {
  const head = dataset.areaHead();
  if (!head) throw usageError(`${what}: ${NONE_IMPORTED}`, IMPORT_HINT);
  return areaInfos(head);
}

/** The one area a command takes (its first --area, else CAREERS_AREA), or null for the national figures. */
export function chosenOneArea(ctx: RunContext, dataset: Dataset, flag: readonly string[] | string | undefined): AreaChoice | null {
  const first = typeof flag === "string" ? flag : flag?.find((q) => q.trim() !== "");
  return chosenAreas(ctx, dataset, first)[0] ?? null;
}

/** The BLS code an O*NET occupation's area figures are under, and how it meets the occupation; null where no area has it. */
export function areaCode(dataset: Dataset, onetCode: string): ReturnType<typeof blsCodeFor> {
  const head = dataset.areaHead();
  return head ? blsCodeFor(onetCode, (code) => headOccupation(head, code) !== undefined) : null;
}

/** Every area's record of the occupation (one read), with the BLS code they are under. */
export function occupationAreas(dataset: Dataset, onetCode: string): { code: ReturnType<typeof blsCodeFor>; records: AreaFigures[] } {
  const code = areaCode(dataset, onetCode);
  return { code, records: code ? dataset.areaFigures(code.code) : [] };
}

/** One area's figures for an occupation (no estimate where it has none). */
export function occupationInArea(dataset: Dataset, onetCode: string, area: AreaInfo): AreaView {
  const { code, records } = occupationAreas(dataset, onetCode);
  return areaView(
    area,
    records.find((r) => r.area === area.place),
    code?.basis,
  );
}

/**
 * One area's figures for each of these O*NET occupations (no estimate where it has none), from one read
 * of the area's records per BLS occupation (Dataset.areaFiguresIn): what list, match and path --area show.
 */
export function occupationsInArea(
  dataset: Dataset,
  area: AreaInfo,
  onetCodes: readonly string[],
  records: Map<string, AreaFigures> = dataset.areaFiguresIn(area.place),
): Map<string, AreaView> {
  const out = new Map<string, AreaView>();
  for (const onet of onetCodes) {
    const code = areaCode(dataset, onet);
    out.set(onet, areaView(area, code ? records.get(code.code) : undefined, code?.basis));
  }
  return out;
}

/** The rows of a listing in one area: each row with the area's median and figures (core/area-rows.ts), and the area. */
export interface AreaRows {
  area: ListingArea;
  rows<R extends { source: string; code?: string; median: Money | null }>(rows: readonly R[]): (R & { area: RowInArea })[];
}

/**
 * The area whose medians a listing shows (its --area, else CAREERS_AREA), with the step that puts them in
 * its rows: one read of the area's records per BLS occupation for the rows given. null for the national figures.
 */
export function areaRows(ctx: RunContext, dataset: Dataset, flag: string | undefined): AreaRows | null {
  const choice = chosenOneArea(ctx, dataset, flag);
  if (!choice) return null;
  const reference = areaReference(choice.area);
  // the area's records are read once, however many times rows are put in it (path reads places one by one)
  let records: Map<string, AreaFigures> | undefined;
  return {
    area: listingArea(reference, choice.origin),
    rows: (rows) => {
      const soc = (r: { source: string; code?: string }) => (r.source === "onet" && r.code ? r.code : null);
      records ??= dataset.areaFiguresIn(choice.area.place);
      const views = occupationsInArea(
        dataset,
        choice.area,
        rows.map(soc).filter((c): c is string => c !== null),
        records,
      );
      return rows.map((r) => rowInArea(r, views.get(soc(r) ?? "") ?? null, reference) as typeof r & { area: RowInArea });
    },
  };
}
