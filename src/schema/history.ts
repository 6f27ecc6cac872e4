/** One saved assessment result, as the history file keeps it (src/store/history.ts). */
export interface HistoryEntry {
  date: string;
  role: string;
  title: string;
  readiness: number;
  band: string;
  categories: { id: string; score: number }[];
}
