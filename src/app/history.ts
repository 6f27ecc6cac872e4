/** The assessment history as handlers read it. */
import type { SavedEntry } from "../schema/history.js";
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
