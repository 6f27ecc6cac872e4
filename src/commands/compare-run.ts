import type { Command } from "commander";
import { createContext, emit, importedOccupations, type RunContext } from "../app/context.js";
import { readHistory } from "../app/history.js";
import { type Format, type FormatOptions, resolveFormat } from "../app/output.js";
import { compareRoles } from "../core/compare.js";
import { checkSideCount, compareOccupations, type OccupationData, type SideInput } from "../core/compare-occupations.js";
import { datasetDates, occupationFigures, occupationReference } from "../core/figures.js";
import { latestProfile } from "../core/profile.js";
import { needsAt } from "../core/scale.js";
import { notFoundError, usageError } from "../errors.js";
import { loadModel } from "../loader/bundled.js";
import type { CatalogEntry } from "../loader/catalog.js";
import type { Dataset } from "../loader/occupations.js";
import type { IndexRow } from "../schema/occupation.js";
import type { Role } from "../schema/role.js";

interface CompareOptions extends FormatOptions {
  region?: string;
  fromHistory?: boolean;
  area?: string[];
}

/** The handler of `careers compare`, loaded only when the command runs. */
export const run = async (queries: string[], opts: CompareOptions, cmd: Command) => {
  const ctx = createContext(cmd);
  const format = resolveFormat(opts);
  if (opts.area !== undefined) return compareInAreas(ctx, queries, opts, format);
  const fromHistory = Boolean(opts.fromHistory);
  checkSideCount(queries.length, fromHistory);
  const entries: CatalogEntry[] = [];
  for (const q of queries) entries.push(await ctx.catalog.find(q));
  if (!fromHistory && entries.every((e) => e.kind === "role")) {
    const result = compareRoles(
      entries.map((e) => e.role),
      { region: opts.region },
    );
    return emit(ctx, result, format, {
      table: () => import("../render/compare.js").then((m) => m.renderCompare),
      sheet: () => import("../render/flatten-results.js").then((m) => m.compareSheet),
    });
  }
  return compareOnScales(ctx, entries, fromHistory, opts, format);
};

/** An occupation's details and its ratings on the common scales. */
function dataOf(dataset: Dataset, row: IndexRow): OccupationData {
  const place = dataset.placeOf(row.code);
  return { occupation: dataset.occupation(row), needs: needsAt(dataset.ratingsFor([place]), place, dataset.reference()) };
}

/** An occupation; one whose source rates no levels (ESCO) with the O*NET occupation its crosswalk links, where imported. */
function occupationSide(dataset: Dataset, row: IndexRow): SideInput {
  const data = dataOf(dataset, row);
  const link = data.occupation.requirements && data.occupation.crosswalk ? dataset.byCode(data.occupation.crosswalk.code) : null;
  return { kind: "occupation", data, linked: link ? dataOf(dataset, link) : null };
}

/** The occupation a role's `onet.code` names, where that code is imported. */
function linkedData(dataset: Dataset | null, role: Role): OccupationData | null {
  const row = role.onet && dataset ? dataset.byCode(role.onet.code) : null;
  return dataset && row ? dataOf(dataset, row) : null;
}

/** An occupation among the names, or --from-history: the comparison on the common scales. */
async function compareOnScales(ctx: RunContext, entries: CatalogEntry[], fromHistory: boolean, opts: CompareOptions, format: Format) {
  if (opts.region !== undefined)
    throw usageError(
      "--region picks among the guides' regional salaries: it compares roles only",
      "The wages of imported occupations are BLS's national figures; leave --region out.",
    );
  const dataset = await ctx.catalog.occupations();
  const sides: SideInput[] = [];
  if (fromHistory) {
    if (!dataset)
      throw notFoundError(
        "--from-history compares on the common scales of the imported occupations, and none are imported",
        "Import the O*NET database and BLS releases first: careers import --help.",
      );
    const entry = latestProfile(readHistory(ctx));
    if (!entry)
      throw notFoundError(
        "no saved assessment holds levels on the common scales",
        "Assess an occupation and save the result: careers assess <occupation> --save.",
      );
    sides.push({ kind: "you", entry });
  }
  for (const e of entries)
    sides.push(
      e.kind === "occupation" ? occupationSide(e.dataset, e.row) : { kind: "role", role: e.role, linked: linkedData(dataset, e.role) },
    );
  const full = await loadModel();
  const model = full.occupations;
  const compared = compareOccupations({
    sides,
    model,
    requirements: full.requirements,
    reference: dataset?.reference() ?? null,
    manifest: dataset?.manifest() ?? null,
  });
  // each side's reference and key figures as every command gives them: those of the occupation whose figures it shows
  const dates = dataset ? datasetDates(dataset.manifest()) : null;
  const result = {
    ...compared,
    sides: compared.sides.map((s) => {
      const row = dataset && dates && s.code ? dataset.byCode(s.code) : null;
      return { ...s, figures: row && dates ? occupationFigures(row, dates) : null };
    }),
  };
  await emit(ctx, result, format, {
    table: () =>
      import("../render/compare-occupations.js").then(
        (m) => (r: typeof result, style) => m.renderCompareOccupations(r, style, { gapsShown: model.gapsShown }),
      ),
    sheet: () => import("../render/flatten-results.js").then((m) => m.occupationCompareSheet),
  });
}

/**
 * `compare <occupation...> --area <area...>`: the occupations' wages in each area beside the national
 * ones. A guide role is compared through its O*NET link. CAREERS_AREA does not turn compare into this:
 * only --area does.
 */
async function compareInAreas(ctx: RunContext, queries: string[], opts: CompareOptions, format: Format) {
  if (opts.fromHistory || opts.region !== undefined)
    throw usageError(
      `--area compares occupations' wages in areas: ${opts.fromHistory ? "--from-history" : "--region"} does not apply`,
      "careers compare <occupation> --area CA TX, or careers compare <occupation> <occupation> --area TX.",
    );
  const dataset = await importedOccupations(
    ctx,
    "--area compares imported occupations' wages, and none are imported",
    "Import the O*NET database and BLS releases with a state or metropolitan workbook: careers import --help.",
  );
  const { chosenAreas, occupationAreas } = await import("../app/areas.js");
  const { checkAreaCounts, compareAreas } = await import("../core/compare-areas.js");
  const { areaReference, areaView } = await import("../core/areas.js");
  const { occupationView } = await import("../core/occupation.js");
  const areas = chosenAreas(ctx, dataset, opts.area);
  if (areas.length === 0)
    throw usageError("--area national: the national figures are compare's without --area", "Name a state or area: --area TX.");
  const rows: IndexRow[] = [];
  for (const q of queries) {
    const e = await ctx.catalog.find(q);
    const row = e.kind === "occupation" ? e.row : e.role.onet ? dataset.byCode(e.role.onet.code) : null;
    if (!row)
      throw usageError(
        `--area compares imported occupations: ${e.kind === "role" ? `${e.role.title} links to none that is imported` : q}`,
        "Name the occupation by code or title: careers search <words>.",
      );
    if (!rows.some((r) => r.code === row.code)) rows.push(row);
  }
  checkAreaCounts(rows.length, areas.length);
  const inputs = rows.map((row) => {
    const view = occupationView(dataset.occupation(row), row, dataset.manifest(), dataset.reference());
    const { code, records } = occupationAreas(dataset, row.code);
    return {
      reference: occupationReference(row),
      national: { wages: view.wages, employment: view.figures.employment, basis: view.wages?.bls.basis },
      views: areas.map((a) =>
        areaView(
          a.area,
          records.find((r) => r.area === a.area.place),
          code?.basis,
        ),
      ),
    };
  });
  const result = compareAreas(
    areas.map((a) => ({ area: areaReference(a.area), origin: a.origin })),
    inputs,
  );
  await emit(ctx, result, format, {
    table: () => import("../render/compare-areas.js").then((m) => m.renderCompareAreas),
    sheet: () => import("../render/compare-areas.js").then((m) => m.compareAreasSheet),
  });
}
