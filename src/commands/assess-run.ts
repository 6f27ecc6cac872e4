import type { Command } from "commander";
import { createContext, emit, type RunContext } from "../app/context.js";
import { readHistory } from "../app/history.js";
import { type Format, type FormatOptions, resolveFormat } from "../app/output.js";
import { checkAnswers, templateAnswers } from "../core/assess/answers.js";
import { assess } from "../core/assess/assess.js";
import { historyRows, otherRoles } from "../core/assess/history.js";
import { buildQuestionnaire, type Questionnaire } from "../core/assess/questions.js";
import { compareSummaries, summarize } from "../core/summary.js";
import { CareersError, dataError, usageError } from "../errors.js";
import { readAnswers, readAnyAnswers } from "../loader/answers.js";
import { loadModel } from "../loader/bundled.js";
import { requireTerminal } from "../prompts/terminal.js";
import { usableWidth } from "../prompts/wrap.js";
import { hang, shellWord } from "../render/text.js";
import type { AnswersInput } from "../schema/assessment.js";
import { safeText } from "../schema/control-chars.js";
import { assessmentsOf } from "../schema/history.js";
import { appendHistory, historyPath } from "../store/history.js";

interface AssessOptions extends FormatOptions {
  answers?: string;
  template?: boolean;
  current?: string;
  save?: boolean;
  history?: boolean;
}

const ANSWERS_HINT =
  "Answer from a file instead: careers assess clerk --answers answers.yaml (careers assess clerk --template > answers.yaml writes one to fill in).";

/** The id results are saved under: a role's, or an imported occupation's. */
async function historyId(ctx: RunContext, query: string): Promise<string> {
  const entry = await ctx.catalog.find(query);
  return entry.kind === "role" ? entry.id : entry.row.id;
}

async function showHistory(ctx: RunContext, query: string | undefined, format: Format): Promise<void> {
  const roleId = query ? await historyId(ctx, query) : undefined;
  const entries = assessmentsOf(readHistory(ctx));
  const view = {
    file: historyPath(ctx.io.env),
    role: roleId ?? null,
    results: historyRows(entries, roleId),
    otherRoles: roleId ? otherRoles(entries, roleId) : [],
  };
  await emit(ctx, view, format, {
    table: () => import("../render/assess.js").then((m) => m.renderHistory),
    sheet: () => import("../render/flatten-results.js").then((m) => m.historySheet),
  });
}

async function interactiveAnswers(ctx: RunContext, query: string | undefined, current: string | undefined) {
  const { inquirerPrompts, pickRole, pickCurrentRole, askQuestions } = await import("../prompts/assess.js");
  const prompts = await inquirerPrompts();
  const width = usableWidth(ctx.io.columns, ctx.io.env);
  const { roles } = await ctx.catalog.all();
  const choices = roles
    .map((r, _, list) =>
      summarize(
        r.role,
        list.map((x) => x.role),
      ),
    )
    .sort(compareSummaries)
    .map((r) => ({ id: r.id, title: r.title, aliases: r.aliases }));
  const roleId = query ?? (await pickRole(prompts, choices, undefined, width));
  const currentRole = current ?? (await pickCurrentRole(prompts, choices, width));
  return { roleId, currentRole, ask: (q: Questionnaire) => askQuestions(prompts, q, { width }) };
}

/** A role named in the answers file: not found is said with the file's name. */
async function inFile<T>(where: string, lookup: Promise<T>, key = "role"): Promise<T> {
  try {
    return await lookup;
  } catch (err) {
    if (err instanceof CareersError && (err.kind === "not-found" || err.kind === "usage"))
      throw new CareersError(err.kind, `${where}: ${key}: ${err.message}`, err.diagnostics, err.hint);
    throw err;
  }
}

/**
 * An answers file and the role to assess: the one asked for, else the one the file names. A file naming
 * another role than the one asked for is refused: its answers are to another role's questions.
 */
async function fileAnswers(
  ctx: RunContext,
  source: string,
  where: string,
  query: string | undefined,
  read?: AnswersInput,
): Promise<{ input: AnswersInput; roleQuery: string | undefined }> {
  const input = read ?? (await readAnswers(source === "-" ? source : ctx.path(source), ctx.io.stdin));
  if (input.role === undefined) return { input, roleQuery: query };
  const named = await inFile(where, ctx.catalog.get(input.role));
  if (query === undefined) return { input, roleQuery: named.id };
  const asked = await ctx.catalog.get(query);
  if (asked.id !== named.id) {
    throw usageError(
      `${where} holds answers for ${named.id}, not ${asked.id}`,
      `Assess ${named.id} with them: careers assess ${named.id} --answers ${shellWord(source)}; or start answers for ${asked.id}: careers assess ${asked.id} --template > answers.yaml`,
    );
  }
  return { input, roleQuery: query };
}

/**
 * The format asked for, checked before anything is asked or saved: jsonl is for the history (a listing),
 * and a template is an answers file (YAML, or JSON).
 */
export function assessFormat(opts: AssessOptions): Format {
  const format = resolveFormat(opts);
  if (format === "jsonl" && !opts.history)
    throw usageError("--format jsonl prints a listing, one result a line: the history (--history)", "Give --format json.");
  if (opts.template && format !== "table" && format !== "yaml" && format !== "json")
    throw usageError(`--template writes an answers file to fill in: YAML, or JSON with --json, not ${format}`, "Leave --format out.");
  return format;
}

/** The handler of `careers assess`, loaded only when the command runs. */
export const run = async (query: string | undefined, opts: AssessOptions, cmd: Command) => {
  const ctx = createContext(cmd);
  const format = assessFormat(opts);
  const json = format === "json";
  if (opts.history) return showHistory(ctx, query, format);
  // an imported occupation is assessed on O*NET's common scales: named, or named by the answers file
  const entry = query === undefined ? undefined : await ctx.catalog.find(query);
  if (entry?.kind === "occupation") return (await import("./assess-occupation-run.js")).runOccupation(ctx, entry, opts);
  let read: AnswersInput | undefined;
  if (query === undefined && opts.answers && !opts.template) {
    const file = await readAnyAnswers(opts.answers === "-" ? opts.answers : ctx.path(opts.answers), ctx.io.stdin);
    if (file.kind === "occupation") {
      const where = opts.answers === "-" ? "<stdin>" : opts.answers;
      const named = await inFile(where, ctx.catalog.find(file.input.occupation!), "occupation");
      if (named.kind === "role")
        throw usageError(
          `${where} names ${named.id}, a role: answers with \`occupation:\` are for imported occupations`,
          `Start answers for the role: careers assess ${named.id} --template > answers.yaml`,
        );
      return (await import("./assess-occupation-run.js")).runOccupation(ctx, named, opts, file.input);
    }
    read = file.input;
  }
  const model = await loadModel();
  if (opts.template) {
    if (!query) throw usageError("--template needs a role", "Example: careers assess clerk --template > answers.yaml");
    const found = await ctx.catalog.get(query);
    const all = (await ctx.catalog.all()).roles.map((r) => r.role);
    const q = buildQuestionnaire(found.role, model, all);
    const template = templateAnswers(q);
    // JSON is YAML too: `--answers` reads this back as it is
    ctx.io.stdout(
      json ? JSON.stringify(template, null, 2) + "\n" : safeText((await import("../render/assess.js")).renderTemplate(q, template)),
    );
    return;
  }
  let input: AnswersInput | undefined;
  let roleQuery = query;
  let current = opts.current;
  let ask: ((q: Questionnaire) => Promise<AnswersInput>) | undefined;
  const where = opts.answers === "-" ? "<stdin>" : (opts.answers ?? "answers");
  if (opts.answers) {
    ({ input, roleQuery } = await fileAnswers(ctx, opts.answers, where, query, read));
    current ??= input.currentRole ?? undefined;
    if (!roleQuery) throw usageError("name the role to assess", "Give it as an argument, or as `role:` in the answers file.");
  } else {
    requireTerminal(ctx.io, "the interactive assessment", ANSWERS_HINT);
    const chosen = await interactiveAnswers(ctx, roleQuery, current);
    roleQuery = chosen.roleId;
    current = chosen.currentRole ?? undefined;
    ask = chosen.ask;
  }
  const found = await ctx.catalog.get(roleQuery);
  const currentId = current ? (await ctx.catalog.get(current)).id : null;
  const roles = (await ctx.catalog.all()).roles.map((r) => r.role);
  const q = buildQuestionnaire(found.role, model, roles);
  if (ask) {
    // what the questions are about is said before them, not after
    for (const note of q.notes) ctx.io.stderr(hang("! ", note, usableWidth(ctx.io.columns, ctx.io.env)) + "\n");
    input = await ask(q);
  }
  const checked = checkAnswers({ ...input, currentRole: currentId }, q);
  if (!checked.ok) {
    const lines = [...checked.missing.map((m) => `missing answer: ${m}`), ...checked.invalid];
    throw dataError(
      `${where}: ${lines.length} answer${lines.length > 1 ? "s" : ""} missing or invalid`,
      lines.map((message) => ({ file: where, line: 0, col: 0, path: "", message, severity: "error" })),
    );
  }
  const result = assess({ role: found.role, questionnaire: q, answers: checked.answers, model, roles });
  if (opts.save) {
    const path = historyPath(ctx.io.env);
    const saved = appendHistory(path, {
      date: new Date().toISOString(),
      role: result.role.id,
      title: result.role.title,
      readiness: result.readiness,
      band: result.band,
      categories: result.categories.map((c) => ({ id: c.id, score: c.score })),
    });
    if (saved.warning) ctx.io.stderr(saved.warning + "\n");
    ctx.io.stderr(`Saved to ${path}\n`);
  }
  const omitAbout = ask !== undefined;
  await emit(ctx, result, format, {
    table: () => import("../render/assess.js").then((m) => (r: typeof result, style) => m.renderAssessment(r, style, { omitAbout })),
    sheet: () => import("../render/flatten-results.js").then((m) => m.assessSheet),
  });
};
