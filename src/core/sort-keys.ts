/** The orders `careers list --sort` offers; apart from listing.ts so that the command definition loads nothing more. */
export const SORT_KEYS = ["median", "growth", "openings", "title", "lq"] as const;
export type SortKey = (typeof SORT_KEYS)[number];
