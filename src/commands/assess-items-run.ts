/**
 * `careers assess <occupation>` for an occupation that lists essential and optional items and rates no
 * levels (ESCO's): each essential item asked, have / learning / no (or read from a skills checklist,
 * --answers), readiness and what to learn (core/assess/items.ts). Loaded by assess-occupation-run.ts only
 * for such an occupation.
 */
import { checklistNotFound, readItemChecklist } from "../app/checklist.js";
import { emit, type RunContext } from "../app/context.js";
import { saveAssessment } from "../app/history.js";
import { itemsOccupations } from "../app/items.js";
import { type FormatOptions, resolveFormat } from "../app/output.js";
import { assessItems, type ChecklistAnswers, checklistAnswers, type ItemAnswersSource } from "../core/assess/items.js";
import { occupationReference } from "../core/figures.js";
import { itemCatalog, templateItems } from "../core/item-match.js";
import { dataError, usageError } from "../errors.js";
import { loadModel } from "../loader/bundled.js";
import type { CatalogEntry } from "../loader/catalog.js";
import { requireTerminal } from "../prompts/terminal.js";
import { usableWidth } from "../prompts/wrap.js";
import type { Requirements } from "../schema/occupation.js";

type OccupationEntry = Extract<CatalogEntry, { kind: "occupation" }>;

export interface ItemsAssessOptions extends FormatOptions {
  answers?: string;
  template?: boolean;
  save?: boolean;
}

/** The answers of a checklist file (an item of the data set the occupation does not list: ignored; one of none: not found, at its line). */
async function fileAnswers(ctx: RunContext, entry: OccupationEntry, requirements: Requirements, source: string) {
  const { file, entries } = await readItemChecklist(ctx, source);
  const given = checklistAnswers(entries, requirements, () => itemCatalog(itemsOccupations(entry.dataset)));
  if (given.problems.length > 0)
    throw checklistNotFound(
      file,
      given.problems,
      `Write an item as ESCO labels it, or give its URI after #; a checklist of its items: careers assess ${entry.row.id} --template.`,
    );
  return { given, file };
}

export async function runItemsAssessment(ctx: RunContext, entry: OccupationEntry, requirements: Requirements, opts: ItemsAssessOptions) {
  const { dataset, row } = entry;
  // checked by the assess handler (assessFormat) before it came here
  const format = resolveFormat(opts);
  if (requirements.essential.length === 0)
    throw dataError(`${row.title} (${row.code}) lists no essential skill or knowledge item: there is nothing to ask`);
  if (opts.template) {
    if (format !== "table")
      throw usageError(
        `--template of ${row.title} writes a skills checklist, a text file: not ${format}`,
        "Leave --format and --json out.",
      );
    const place = dataset.placeOf(row.code);
    const { renderItemTemplate } = await import("../render/item-match.js");
    ctx.io.stdout(
      renderItemTemplate(
        `${row.title} (${row.code})`,
        templateItems([{ i: place, row, requirements }]),
        [{ i: place, id: row.id, title: row.title }],
        `careers assess ${row.id} --answers <this file>`,
      ),
    );
    return;
  }
  let given: Pick<ChecklistAnswers, "answers" | "ignored">;
  let source: ItemAnswersSource;
  if (opts.answers) {
    const read = await fileAnswers(ctx, entry, requirements, opts.answers);
    given = read.given;
    source = { kind: "answers", file: read.file };
  } else {
    requireTerminal(
      ctx.io,
      "the interactive assessment",
      `Answer from a file instead: careers assess ${row.id} --template > skills.txt, mark it, then careers assess ${row.id} --answers skills.txt.`,
    );
    const [{ inquirerPrompts }, { askItems }] = await Promise.all([import("../prompts/assess.js"), import("../prompts/items.js")]);
    const answers = await askItems(await inquirerPrompts(), row.title, requirements.essential, {
      width: usableWidth(ctx.io.columns, ctx.io.env),
    });
    given = { answers, ignored: 0 };
    source = { kind: "interactive" };
  }
  const result = assessItems(occupationReference(row), requirements, given, source, await loadModel());
  if (opts.save) {
    saveAssessment(ctx, row, result);
  }
  await emit(ctx, result, format, {
    table: () => import("../render/assess-items.js").then((m) => m.renderItemAssessment),
    sheet: () => import("../render/assess-items.js").then((m) => m.itemAssessmentSheet),
  });
}
