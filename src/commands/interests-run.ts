import type { Command } from "commander";
import { createContext, emit, importedOccupations, type RunContext } from "../app/context.js";
import { type Format, resolveFormat } from "../app/output.js";
import { type QuizAnswer, quizQuestions, quizResult, quizTemplate, resolveQuizAnswers } from "../core/interests.js";
import { CareersError, dataError, usageError } from "../errors.js";
import { loadModel } from "../loader/bundled.js";
import type { Dataset } from "../loader/occupations.js";
import { requireTerminal } from "../prompts/terminal.js";
import { usableWidth } from "../prompts/wrap.js";
import { safeText } from "../schema/control-chars.js";
import { appendHistory, historyPath } from "../store/history.js";

interface InterestsOptions {
  answers?: string;
  template?: boolean;
  save?: boolean;
  json?: boolean;
  format?: Format;
}

const ANSWERS_HINT =
  "Answer from a file instead: careers interests --answers interests.yaml (careers interests --template > interests.yaml writes one to fill in).";

/** The answers in a file, each key an activity; what is not understood is an error at its line. */
async function fileAnswers(ctx: RunContext, dataset: Dataset, source: string): Promise<Record<string, QuizAnswer>> {
  const { readInterestAnswersCached } = await import("../loader/answers-cache.js");
  const path = source === "-" ? source : ctx.path(source);
  const where = source === "-" ? "<stdin>" : path;
  const { answers, locate } = await readInterestAnswersCached(path, ctx.io.env, ctx.io.stdin);
  const resolved = resolveQuizAnswers(answers.activities, dataset.reference().activities ?? []);
  if (resolved.problems.length > 0) {
    const n = resolved.problems.length;
    const at = await locate();
    throw dataError(
      `${where}: ${n} answer${n > 1 ? "s" : ""} not understood`,
      resolved.problems.map((p) => ({
        file: where,
        ...at(["activities", p.key]),
        path: `activities.${p.key}`,
        message: p.suggestion ? `${p.message}. ${p.suggestion}` : p.message,
        severity: "error" as const,
      })),
    );
  }
  return resolved.answers;
}

/** The imported O*NET release's version: the activities asked are its. */
const onetVersion = (dataset: Dataset): string => dataset.manifest().sources.find((s) => s.id === "onet")?.version ?? "unknown";

/** The handler of `careers interests`, loaded only when the command runs. */
export const run = async (opts: InterestsOptions, cmd: Command) => {
  const ctx = createContext(cmd);
  const format = resolveFormat(opts);
  if (opts.template && (opts.answers !== undefined || opts.save))
    throw usageError(
      "--template writes an answers file: --answers and --save do not apply",
      "Fill it in, then: careers interests --answers <file>.",
    );
  const interactive = !opts.template && opts.answers === undefined;
  // the prompt loads while the data is read: the first question follows at once
  const prompts = interactive && ctx.io.stdinIsTTY && ctx.io.stdoutIsTTY ? import("../prompts/interests.js") : undefined;
  prompts?.catch(() => undefined);
  const dataset = await importedOccupations(ctx, "no interests quiz: no occupations are imported");
  const reference = dataset.reference();
  const activities = reference.activities ?? [];
  if (activities.length === 0)
    throw new CareersError(
      "invalid-data",
      "the imported data set has no illustrative activities to ask",
      [],
      'Import an O*NET release that has "Interests Illustrative Activities.txt" again (29.x has it): careers import --help.',
    );
  const questions = quizQuestions(activities, reference.interests);
  if (opts.template) {
    // JSON is YAML too: `--answers` reads this back once the nulls are answered
    ctx.io.stdout(
      format === "json"
        ? JSON.stringify(quizTemplate(questions), null, 2) + "\n"
        : safeText((await import("../render/interests.js")).renderInterestsTemplate(questions)),
    );
    return;
  }
  let answers: Record<string, QuizAnswer>;
  if (opts.answers !== undefined) answers = await fileAnswers(ctx, dataset, opts.answers);
  else {
    requireTerminal(ctx.io, "the interests quiz", ANSWERS_HINT);
    const { askQuiz } = await (prompts ?? import("../prompts/interests.js"));
    answers = await askQuiz(questions, { width: usableWidth(ctx.io.columns, ctx.io.env) });
  }
  const model = (await loadModel()).interestsQuiz;
  const scored = quizResult({
    activities,
    answers,
    model,
    info: reference.interests,
    release: onetVersion(dataset),
    saved: Boolean(opts.save),
  });
  if (!scored.ok) {
    const where = opts.answers === "-" ? "<stdin>" : (opts.answers ?? "the quiz");
    throw new CareersError(
      "invalid-data",
      `${where}: no activity of ${scored.missing.join(", ")} is answered: each of the six interests needs at least one`,
      [],
      "Answer more of the activities (careers interests --template lists them all, with what each illustrates).",
    );
  }
  const { result } = scored;
  if (opts.save) {
    const path = historyPath(ctx.io.env);
    const saved = appendHistory(path, {
      date: new Date().toISOString(),
      kind: "interests",
      title: "Interests quiz",
      release: result.release,
      answered: result.answered,
      asked: result.asked,
      profile: { levels: {}, interests: result.profile },
    });
    if (saved.warning) ctx.io.stderr(saved.warning + "\n");
    ctx.io.stderr(`Saved to ${path}\n`);
  }
  await emit(ctx, result, format, {
    table: () => import("../render/interests.js").then((m) => m.renderInterests),
    sheet: () => import("../render/interests.js").then((m) => m.interestsSheet),
  });
};
