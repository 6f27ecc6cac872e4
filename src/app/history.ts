/** The assessment history as handlers read it. */
import type { HistoryEntry } from "../schema/history.js";
import { historyPath, loadHistory } from "../store/history.js";
import type { RunContext } from "./context.js";

/** The saved assessments; what is wrong with the file (entries skipped, say) is said on stderr. */
export function readHistory(ctx: RunContext): HistoryEntry[] {
  const loaded = loadHistory(historyPath(ctx.io.env));
  if (loaded.warning) ctx.io.stderr(loaded.warning + "\n");
  return loaded.entries;
}
