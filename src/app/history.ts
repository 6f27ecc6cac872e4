/** The assessment history as handlers read it. */
import type { SavedEntry } from "../schema/history.js";
import { historyPath, loadHistory } from "../store/history.js";
import type { RunContext } from "./context.js";

/** The saved results (assessments and interests quizzes); what is wrong with the file (entries skipped, say) is said on stderr. */
export function readHistory(ctx: RunContext): SavedEntry[] {
  const loaded = loadHistory(historyPath(ctx.io.env));
  if (loaded.warning) ctx.io.stderr(loaded.warning + "\n");
  return loaded.entries;
}
