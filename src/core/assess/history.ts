/** Past results with the change since the previous result for the same role. Pure. */
import { compareText } from "../../text/names.js";
import type { HistoryEntry } from "../../schema/history.js";

export interface HistoryRow extends HistoryEntry {
  /** change in overall readiness since the previous result for this role; null for the first */
  change: number | null;
  categoryChanges: Record<string, number | null>;
}

export function historyRows(entries: readonly HistoryEntry[], role?: string): HistoryRow[] {
  const last = new Map<string, HistoryEntry>();
  const rows: HistoryRow[] = [];
  for (const e of [...entries].sort((a, b) => compareText(a.date, b.date))) {
    const prev = last.get(e.role);
    const categoryChanges: Record<string, number | null> = {};
    for (const c of e.categories) {
      const before = prev?.categories.find((p) => p.id === c.id);
      categoryChanges[c.id] = before ? c.score - before.score : null;
    }
    last.set(e.role, e);
    if (!role || e.role === role) rows.push({ ...e, change: prev ? e.readiness - prev.readiness : null, categoryChanges });
  }
  return rows;
}
