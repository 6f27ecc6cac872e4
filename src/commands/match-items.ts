/**
 * `careers match` over occupations that list essential and optional items (ESCO's): `--skills FILE` (a
 * skills checklist), `--like <ESCO occupation>` (its items as had), and `match --template --source esco
 * --isco <group>` (a checklist of a group's items to fill in). Loaded by match-run.ts only for them; the
 * measure is core/item-match.ts's.
 */

import { checklistNotFound, readItemChecklist } from "../app/checklist.js";
import { emit, importedOccupations, type RunContext } from "../app/context.js";
import { itemsOccupations } from "../app/items.js";
import type { Format } from "../app/output.js";
import { datasetDates, occupationReference } from "../core/figures.js";
import { type ItemMatchResult, itemCatalog, matchByItems, resolveChecklist, templateItems } from "../core/item-match.js";
import { parseLimit } from "../core/listing.js";
import type { ItemsOccupation } from "../core/requirements.js";
import { checkSourceImported, parseIsco, parseSource, underIsco } from "../core/sources.js";
import { CareersError, usageError } from "../errors.js";
import { loadModel } from "../loader/bundled.js";
import type { Dataset } from "../loader/occupations.js";
import { type IndexRow, sourceOfId } from "../schema/occupation.js";

export interface ItemsOptions {
  skills?: string;
  isco?: string;
  limit?: string;
  source?: string;
  template?: boolean;
  answers?: string;
  fromHistory?: boolean;
  interests?: string;
  explain?: string;
  zone?: string;
  minMedian?: string;
  education?: string;
  area?: string;
}

/** Occupations shown when --limit is not given (as match over levels). */
const DEFAULT_LIMIT = 10;

/** The options of match over levels, which mean nothing over items. */
const LEVEL_OPTIONS = [
  ["answers", "--answers"],
  ["fromHistory", "--from-history"],
  ["interests", "--interests"],
  ["explain", "--explain"],
  ["zone", "--zone"],
  ["minMedian", "--min-median"],
  ["education", "--education"],
  ["area", "--area"],
] as const;

function checkOptions(opts: ItemsOptions, what: string): void {
  const given = LEVEL_OPTIONS.filter(([k]) => opts[k] !== undefined).map(([, f]) => f);
  if (given.length > 0)
    throw usageError(
      `${what} ranks ESCO's occupations by their skills and knowledge items: ${given.join(", ")} ${given.length > 1 ? "rank" : "ranks"} by O*NET's levels and figures`,
      "Over ESCO: --skills FILE, --like <ESCO occupation>, --isco <group>, --limit; for O*NET's occupations leave --skills and ESCO's occupations out.",
    );
  if (opts.source !== undefined && parseSource(opts.source) !== "esco")
    throw usageError(
      `${what} ranks ESCO's occupations: --source ${opts.source} has none`,
      "Leave --source out (or give --source esco); O*NET's are ranked by levels: careers match --answers levels.yaml.",
    );
}

/** The occupations that list items, with ESCO imported (else: not found, with how to import it). */
async function itemsData(ctx: RunContext, what: string): Promise<{ dataset: Dataset; all: ItemsOccupation[] }> {
  const dataset = await importedOccupations(ctx, `no occupations to match: none are imported`);
  checkSourceImported(dataset.manifest().sources, "esco");
  const all = itemsOccupations(dataset);
  if (all.length === 0) throw new CareersError("invalid-data", `${what}: the imported ESCO occupations list no skills or knowledge`);
  return { dataset, all };
}

/** `match --template --source esco --isco <group>`: the group's items as a checklist to fill in. */
async function printTemplate(ctx: RunContext, opts: ItemsOptions, format: Format): Promise<void> {
  if (format !== "table")
    throw usageError(`--template --source esco writes a skills checklist, a text file: not ${format}`, "Leave --format and --json out.");
  if (opts.isco === undefined)
    throw usageError(
      "--template --source esco writes the items of a group of occupations: name it with --isco",
      "For example: careers match --template --source esco --isco 4222 > skills.txt (ESCO's groups: careers list --source esco).",
    );
  if (opts.skills !== undefined || opts.limit !== undefined)
    throw usageError(
      "--template writes a checklist to fill in: --skills and --limit do not apply",
      "Write it, mark it, then: careers match --skills skills.txt.",
    );
  const group = parseIsco(opts.isco);
  const { dataset, all } = await itemsData(ctx, "--template");
  const members = all.filter((o) => underIsco(o.row.code, group));
  if (members.length === 0)
    throw usageError(
      `no ESCO occupation of the data set is under ISCO-08 group ${group}`,
      "List the groups' occupations: careers list --source esco.",
    );
  const version = dataset.manifest().sources.find((s) => s.id === "esco")?.version ?? "";
  const { renderItemTemplate } = await import("../render/item-match.js");
  ctx.io.stdout(
    renderItemTemplate(
      `ESCO ${version} ISCO-08 group ${group}`.replace("  ", " "),
      templateItems(members),
      members.map((o) => ({ i: o.i, id: o.row.id, title: o.row.title })),
      "careers match --skills <this file>",
    ),
  );
}

/**
 * The handler's work over items: a checklist (--skills), occupations held (`held`, from --like, each
 * ESCO's), or the template of a group.
 */
export async function runItems(ctx: RunContext, opts: ItemsOptions, format: Format, held: readonly IndexRow[] = []): Promise<void> {
  const what = opts.template ? "--template --source esco" : held.length > 0 ? "--like <ESCO occupation>" : "--skills";
  checkOptions(opts, what);
  if (opts.template) return printTemplate(ctx, opts, format);
  const other = held.find((r) => sourceOfId(r.id) !== "esco");
  if (other)
    throw usageError(
      `--like ${other.title} (${other.code}) is O*NET's, rated by levels; ESCO's occupations given beside it are measured by items`,
      "Give ESCO's occupations alone (ranked among ESCO's), or O*NET's alone (ranked among O*NET's); an ESCO occupation's O*NET one: careers show <ESCO occupation> (crosswalk).",
    );
  const isco = opts.isco === undefined ? null : parseIsco(opts.isco);
  const limit = opts.limit === undefined ? DEFAULT_LIMIT : parseLimit(opts.limit);
  const { dataset, all } = await itemsData(ctx, what);
  const catalog = itemCatalog(all);
  const had = new Set<string>();
  const leaveOut = new Set<number>();
  for (const row of held) {
    const o = all.find((x) => x.row.id === row.id);
    leaveOut.add(dataset.placeOf(row.code));
    for (const i of [...(o?.requirements.essential ?? []), ...(o?.requirements.optional ?? [])]) had.add(i.uri);
  }
  let counts = { had: 0, learning: 0, not: 0 };
  let file: string | undefined;
  if (opts.skills !== undefined) {
    const read = await readItemChecklist(ctx, opts.skills);
    file = read.file;
    const list = resolveChecklist(read.entries, catalog);
    if (list.problems.length > 0)
      throw checklistNotFound(
        file,
        list.problems,
        "Write an item as ESCO labels it (careers show <ESCO occupation> lists them), or give its URI after #.",
      );
    for (const i of list.had) had.add(i.uri);
    counts = { had: list.had.length, learning: list.learning.length, not: list.not.length };
    if (held.length === 0 && had.size === 0)
      throw new CareersError(
        "invalid-data",
        `${file} marks nothing as had: ${list.learning.length + list.not.length} item${list.learning.length + list.not.length === 1 ? "" : "s"}, none [x]`,
        [],
        "Mark the items you have [x] (or write them as bare lines); [~] is learning, [ ] not had. A checklist to mark: careers match --template --source esco --isco <group>.",
      );
  }
  const model = (await loadModel()).requirements;
  const ranking = matchByItems(had, all, model, { leaveOut, isco, limit, dates: datasetDates(dataset.manifest()) });
  const occupations = held.map(occupationReference);
  const result: ItemMatchResult = {
    source: held.length > 0 ? { kind: "like", occupations, ...(file ? { file } : {}) } : { kind: "skills", file: file! },
    measure: { weights: model.weights, relevance: model.match.relevance },
    items: held.length > 0 ? { ...counts, had: had.size } : counts,
    filters: { isco },
    ...ranking,
  };
  await emit(ctx, result, format, {
    table: () => import("../render/item-match.js").then((m) => m.renderItemMatch),
    sheet: () => import("../render/item-match.js").then((m) => m.itemMatchSheet),
  });
}
