/** How many roles `careers compare` takes (kept apart so the command definition loads nothing else). */
export const MIN_ROLES = 2;
export const MAX_ROLES = 4;
