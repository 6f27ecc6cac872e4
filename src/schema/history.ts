/** One saved assessment result, as the history file keeps it (src/store/history.ts). */
export interface HistoryEntry {
  date: string;
  /** the role's id, or the occupation's id for an assessment of an imported occupation */
  role: string;
  title: string;
  readiness: number;
  band: string;
  categories: { id: string; score: number }[];
  /** an assessment of an imported occupation: its O*NET-SOC code */
  code?: string;
  /**
   * the answers on O*NET's common scales (element id -> level 0-7; RIASEC letter -> 1-7): what compare
   * and match use as the person's profile (core/scale.ts Profile)
   */
  profile?: { levels: Record<string, number>; interests?: Record<string, number> };
}
