/**
 * `careers assess <occupation>`: an imported occupation assessed on O*NET's common scales, loaded by the
 * assess handler when the name it is given is an occupation.
 */
import { emit, type RunContext } from "../app/context.js";
import { saveAssessment } from "../app/history.js";
import { type FormatOptions, resolveFormat } from "../app/output.js";
import { assessOccupation, checkOccupationAnswers, occupationQuestionnaire, occupationTemplate } from "../core/assess/occupation.js";
import { datasetDates } from "../core/figures.js";
import { dataError, usageError } from "../errors.js";
import { readOccupationAnswers } from "../loader/answers.js";
import { loadModel } from "../loader/bundled.js";
import type { CatalogEntry } from "../loader/catalog.js";
import { requireTerminal } from "../prompts/terminal.js";
import { usableWidth } from "../prompts/wrap.js";
import { shellWord } from "../render/text.js";
import type { OccupationAnswers } from "../schema/assessment.js";
import { safeText } from "../schema/control-chars.js";

export interface OccupationAssessOptions extends FormatOptions {
  answers?: string;
  template?: boolean;
  current?: string;
  save?: boolean;
  history?: boolean;
}

type OccupationEntry = Extract<CatalogEntry, { kind: "occupation" }>;

/** The answers in a file, which must be for this occupation when they name one. */
async function fileAnswers(ctx: RunContext, entry: OccupationEntry, source: string, where: string, read?: OccupationAnswers) {
  const input = read ?? (await readOccupationAnswers(source === "-" ? source : ctx.path(source), ctx.io.stdin));
  if (input.occupation !== undefined) {
    const named = await ctx.catalog.find(input.occupation).catch(() => null);
    const id = named?.kind === "occupation" ? named.row.id : input.occupation;
    if (id !== entry.row.id)
      throw usageError(
        `${where} holds answers for ${id}, not ${entry.row.id}`,
        `Assess ${id} with them: careers assess ${shellWord(id)} --answers ${shellWord(source)}; or start answers for ${entry.row.id}: careers assess ${entry.row.id} --template > answers.yaml`,
      );
  }
  return input;
}

/** The handler's work for an occupation; `read` is an answers file already read (named by no argument). */
export async function runOccupation(ctx: RunContext, entry: OccupationEntry, opts: OccupationAssessOptions, read?: OccupationAnswers) {
  const { dataset, row } = entry;
  if (opts.current !== undefined)
    throw usageError("--current is for roles on a career ladder", `Assess the occupation without it: careers assess ${row.id}`);
  const occupation = dataset.occupation(row);
  // an occupation that lists essential and optional items (ESCO's) is asked those, not levels
  if (occupation.requirements) {
    if (read)
      throw usageError(
        `${row.title} (${row.code}) lists ESCO's skills and knowledge items: its answers are a skills checklist, not levels`,
        `Write one to mark: careers assess ${row.id} --template > skills.txt, then careers assess ${row.id} --answers skills.txt.`,
      );
    return (await import("./assess-items-run.js")).runItemsAssessment(ctx, entry, occupation.requirements, opts);
  }
  const interactive = !opts.template && !opts.answers && ctx.io.stdinIsTTY && ctx.io.stdoutIsTTY;
  // the prompts load while the data is read: the first question follows at once
  const prompts = interactive ? import("../prompts/assess.js").then((m) => m.inquirerPrompts()) : undefined;
  prompts?.catch(() => undefined);
  // checked by the assess handler (assessFormat) before it came here
  const format = resolveFormat(opts);
  const json = format === "json";
  const model = await loadModel();
  const reference = dataset.reference();
  const q = occupationQuestionnaire(row, occupation, reference, model.occupations);
  if (q.skills.length === 0)
    throw dataError(
      `${row.title} (${row.code}) has no skill rated at importance ${model.occupations.assessImportance} or more in the data set: there is nothing to ask`,
    );
  if (opts.template) {
    const template = occupationTemplate(q);
    // JSON is YAML too: `--answers` reads this back once the nulls are answered
    ctx.io.stdout(
      json
        ? JSON.stringify(template, null, 2) + "\n"
        : safeText((await import("../render/assess-occupation.js")).renderOccupationTemplate(q, template)),
    );
    return;
  }
  let input: OccupationAnswers;
  const where = opts.answers === "-" ? "<stdin>" : (opts.answers ?? "answers");
  if (opts.answers) input = await fileAnswers(ctx, entry, opts.answers, where, read);
  else {
    requireTerminal(
      ctx.io,
      "the interactive assessment",
      `Answer from a file instead: careers assess ${row.id} --answers answers.yaml (careers assess ${row.id} --template > answers.yaml writes one to fill in).`,
    );
    const { askOccupation } = await import("../prompts/occupation.js");
    input = await askOccupation(await (prompts ?? import("../prompts/assess.js").then((m) => m.inquirerPrompts())), q, {
      width: usableWidth(ctx.io.columns, ctx.io.env),
    });
  }
  const checked = checkOccupationAnswers(input, q, reference);
  if (!checked.ok) {
    const n = checked.problems.length;
    throw dataError(
      `${where}: ${n} answer${n > 1 ? "s" : ""} missing or invalid`,
      checked.problems.map((p) => ({
        file: where,
        line: 0,
        col: 0,
        path: p.path.join("."),
        message: p.suggestion ? `${p.message}. ${p.suggestion}` : p.message,
        severity: "error" as const,
      })),
    );
  }
  const place = dataset.placeOf(row.code);
  const result = assessOccupation({
    q,
    answers: checked.answers,
    model,
    ratings: dataset.ratingsFor([], [place]),
    place,
    row: (i) => dataset.row(i),
    reference,
    wagesAsOf: datasetDates(dataset.manifest()).wages,
  });
  if (opts.save) {
    const { profile } = checked.answers;
    saveAssessment(ctx, row, result, {
      levels: profile.levels,
      ...(profile.interests ? { interests: profile.interests } : {}),
    });
  }
  await emit(ctx, result, format, {
    table: () => import("../render/assess-occupation.js").then((m) => m.renderOccupationAssessment),
    sheet: () => import("../render/flatten-results.js").then((m) => m.occupationAssessSheet),
  });
}
