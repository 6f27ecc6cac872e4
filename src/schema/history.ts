/** One saved result, as the history file keeps it (src/store/history.ts). */
export interface HistoryEntry {
  date: string;
  /** an assessment (files written before the interests quiz have no kind: they are all assessments) */
  kind?: "assessment";
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

/** A saved interests quiz (`careers interests --save`): its six scores as a profile of interests alone. */
export interface InterestsEntry {
  date: string;
  kind: "interests";
  title: string;
  /** the O*NET release whose activities were asked */
  release: string;
  answered: number;
  asked: number;
  /** no levels; interests: RIASEC letter -> 1-7 */
  profile: { levels: Record<string, number>; interests: Record<string, number> };
}

export type SavedEntry = HistoryEntry | InterestsEntry;

/** The assessments among saved results (an interests quiz is not one). */
export const assessmentsOf = (entries: readonly SavedEntry[]): HistoryEntry[] =>
  entries.filter((e): e is HistoryEntry => e.kind !== "interests");
