import type { Command } from "commander";
import { createContext, emit, type RunContext } from "../app/context.js";
import { type Format, type FormatOptions, resolveFormat } from "../app/output.js";
import type { AreaBeside } from "../core/areas.js";
import type { OccupationView } from "../core/occupation.js";
import { officialFigures } from "../core/official.js";
import { pickSections, resolveSections } from "../core/sections.js";
import { CareersError, usageError } from "../errors.js";
import type { CatalogEntry } from "../loader/catalog.js";
import type { OfficialPart } from "../render/show.js";
import { safeStrings } from "../schema/control-chars.js";
import type { Role } from "../schema/role.js";

interface ShowOptions extends FormatOptions {
  section?: string[];
  area?: string;
}

/** The handler of `careers show`, loaded only when the command runs. */
export const run = async (query: string, opts: ShowOptions, cmd: Command) => {
  const ctx = createContext(cmd);
  const format = resolveFormat(opts);
  const entry = await ctx.catalog.find(query);
  if (entry.kind === "occupation") return showOccupation(ctx, entry, opts, format);
  const { role } = entry;
  if (opts.area?.trim())
    throw usageError(
      `--area is for imported occupations; ${role.title} is a role of its own`,
      role.onet
        ? `Its occupation in an area: careers show ${role.onet.code} --area ${JSON.stringify(opts.area)}`
        : "careers search <words> finds an occupation to show in an area.",
    );
  const sections = resolveSections(opts.section);
  // the role file as it is: --format yaml prints a role file to edit, which has no official figures
  const official = format !== "yaml" && sections.some((s) => s.id === "official") ? await officialPart(ctx, role, opts.section) : null;
  const result =
    official && "figures" in official ? { ...pickSections(role, sections), official: official.figures } : pickSections(role, sections);
  await emit(ctx, result, format, {
    table: async () => {
      const { renderRole } = await import("../render/show.js");
      return (_, style) => renderRole(safeStrings(role), sections, style, safeStrings(official));
    },
    sheet: () => import("../render/flatten-results.js").then((m) => m.showSheet),
    yamlFile: true,
  });
};

/**
 * The official figures of the occupation a role links to, from the imported data set: read only when the
 * role names an O*NET-SOC code and a data set is installed. Without them, why not, where the section was
 * asked for by name (else nothing: `show` is as it is without a data set).
 */
async function officialPart(ctx: RunContext, role: Role, named: string[] | undefined): Promise<OfficialPart> {
  const asked = (why: string): OfficialPart => (named?.length ? { missing: why } : null);
  if (!role.onet) return asked(`${role.title} names no O*NET-SOC occupation (onet.code in its role file).`);
  try {
    const dataset = await ctx.catalog.occupations();
    if (!dataset) return asked("No official figures: no O*NET and BLS data set is imported (careers import --help).");
    const row = dataset.byCode(role.onet.code);
    if (!row) return asked(`No official figures: ${role.onet.code} is not in the imported data set.`);
    return {
      figures: officialFigures(role, dataset.occupation(row), dataset.manifest()),
    };
  } catch (err) {
    // a damaged data set fails the section asked for by name; the whole role is shown without it, said on stderr
    if (named?.length || !(err instanceof CareersError)) throw err;
    ctx.catalog.notes.push(`note: no official figures: ${err.message}`);
    return null;
  }
}

/** An imported occupation: its sections, from the data set's files. */
async function showOccupation(
  ctx: RunContext,
  entry: Extract<CatalogEntry, { kind: "occupation" }>,
  opts: ShowOptions,
  format: Format,
): Promise<void> {
  const { occupationView, pickOccupation, resolveOccupationSections } = await import("../core/occupation.js");
  const sections = resolveOccupationSections(opts.section);
  const { dataset, row } = entry;
  const viewOf = (r: typeof row) => occupationView(dataset.occupation(r), r, dataset.manifest(), dataset.reference());
  const own = viewOf(row);
  // an occupation of another source shows the U.S. figures of the O*NET occupation its crosswalk links, marked borrowed
  const linked = own.crosswalk ? dataset.byCode(own.crosswalk.code) : null;
  const view = linked ? (await import("../core/borrowed.js")).withBorrowed(own, viewOf(linked)) : own;
  const area = await areaBeside(ctx, entry, view, opts.area);
  const picked = pickOccupation(view, sections);
  await emit(ctx, area ? { ...picked, area } : picked, format, {
    table: async () => {
      const { renderOccupation } = await import("../render/occupation.js");
      return (_, style) => renderOccupation(safeStrings(view), sections, style, safeStrings(area));
    },
    sheet: () => import("../render/flatten-results.js").then((m) => (result) => m.showSheet(result as never)),
    // a brief to read, not the sheet's row per value
    markdown: () =>
      import("../render/occupation-markdown.js").then((m) => () => m.occupationMarkdown(safeStrings(view), sections, safeStrings(area))),
  });
}

/** The occupation's figures in the area asked for (--area, else CAREERS_AREA) beside the nation's; null for the national figures alone. */
async function areaBeside(
  ctx: RunContext,
  entry: Extract<CatalogEntry, { kind: "occupation" }>,
  view: OccupationView,
  flag: string | undefined,
): Promise<AreaBeside | null> {
  const { chosenOneArea, occupationInArea } = await import("../app/areas.js");
  const choice = chosenOneArea(ctx, entry.dataset, flag);
  if (!choice) return null;
  const { besideNational } = await import("../core/areas.js");
  return besideNational(occupationInArea(entry.dataset, entry.row.code, choice.area), choice.origin, {
    wages: view.wages,
    employment: view.figures.employment,
    basis: view.wages?.bls.basis,
  });
}
