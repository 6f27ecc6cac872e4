/** What `careers wages` takes for --sort and --type; apart from wages.ts so that the command definition loads nothing more. */
export const WAGE_SORTS = ["median", "employment", "lq", "p90"] as const;
export type WageSort = (typeof WAGE_SORTS)[number];

/** --type: states (and territories), or metropolitan and nonmetropolitan areas. */
export const AREA_GROUPS = ["state", "metro"] as const;
export type AreaGroup = (typeof AREA_GROUPS)[number];
