/** The assessment history as handlers read it. */
import type { HistoryEntry, SavedEntry } from "../schema/history.js";
import { appendHistory, historyPath, loadHistory } from "../store/history.js";
import type { RunContext } from "./context.js";

/** The saved results (assessments and interests quizzes); what is wrong with the file (entries skipped, say) is said on stderr. */
export function readHistory(ctx: RunContext): SavedEntry[] {
  const loaded = loadHistory(historyPath(ctx.io.env));
  if (loaded.warning) ctx.io.stderr(loaded.warning + "\n");
  return loaded.entries;
}

/** A result added to the history, said on stderr (with what was wrong with the file before, if anything). */
export function saveResult(ctx: RunContext, entry: SavedEntry): void {
  const path = historyPath(ctx.io.env);
  const saved = appendHistory(path, entry);
  if (saved.warning) ctx.io.stderr(saved.warning + "\n");
  ctx.io.stderr(`Saved to ${path}\n`);
}

/** An occupation's assessment added to the history: its id, title and code, the readiness, band and category scores, and the profile it rated (when it rated one). */
export function saveAssessment(
  ctx: RunContext,
  row: { id: string; title: string; code?: string },
  result: { readiness: number; band: string; categories: readonly { id: string; score: number }[] },
  profile?: HistoryEntry["profile"],
): void {
  saveResult(ctx, {
    date: new Date().toISOString(),
    role: row.id,
    title: row.title,
    readiness: result.readiness,
    band: result.band,
    categories: result.categories.map((c) => ({ id: c.id, score: c.score })),
    code: row.code,
    ...(profile ? { profile } : {}),
  });
}
