/** Past results with the change since the previous result for the same role. Pure. */

import type { HistoryEntry } from "../../schema/history.js";
import { compareText } from "../../text/names.js";

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

/** How many results each other role has, when the history is shown for `role` alone: most first, then by id. */
export function otherRoles(entries: readonly HistoryEntry[], role: string): { role: string; results: number }[] {
  const counts = new Map<string, number>();
  for (const e of entries) if (e.role !== role) counts.set(e.role, (counts.get(e.role) ?? 0) + 1);
  return [...counts].map(([r, results]) => ({ role: r, results })).sort((a, b) => b.results - a.results || compareText(a.role, b.role));
}
