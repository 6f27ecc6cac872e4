/** One-line facts about a role, as `list` shows them and other commands reuse. Pure. */
import { compareText } from "../text/names.js";
import type { Role } from "../schema/role.js";
import { findLadder } from "./ladder.js";

export interface SalaryFigure {
  amount: number;
  currency: string;
  /** where the figure comes from: the role's own key facts, or its row in a salary-by-level table */
  basis: "key-facts" | "level-table";
  /** what the figure is, in words, e.g. "U.S. national median, May 2023" */
  label: string;
  source: string;
}

/** "median (US)", or "median" where the figure names no region: labels follow the data. */
export const figureLabel = (what: string, region: string | undefined | null): string => (region ? `${what} (${region})` : what);

/** The role's median salary: its key-facts median where it has one, else its row in the level table. */
export function medianSalary(role: Role): SalaryFigure | undefined {
  const m = role.keyFacts?.medianSalary;
  if (m) {
    return { amount: m.amount, currency: m.currency, basis: "key-facts", label: [m.scope, m.date].filter(Boolean).join(", ") || "median", source: m.source };
  }
  const table = role.salaryByLevel;
  const row = table?.levels.find((l) => l.role === role.id);
  if (table && row?.median !== undefined) {
    return { amount: row.median, currency: table.currency, basis: "level-table", label: `${figureLabel("median", table.region)} for ${row.level}`, source: table.source };
  }
  return undefined;
}

export interface RoleSummary {
  id: string;
  title: string;
  aliases: string[];
  medianSalary: SalaryFigure | null;
  growthPercent: number | null;
  typicalEducation: string | null;
  /** the id of the role whose ladder this role is on (the ladder's owner), or null */
  ladder: string | null;
  ladderStep: number | null;
}

/** `all`: every role, to find the ladder a role is on (its own, or another role's that lists it). */
export function summarize(role: Role, all: readonly Role[] = [role]): RoleSummary {
  return {
    id: role.id,
    title: role.title,
    aliases: role.aliases ?? [],
    medianSalary: medianSalary(role) ?? null,
    growthPercent: role.keyFacts?.growth?.percent ?? null,
    typicalEducation: role.keyFacts?.typicalEducation?.text ?? null,
    ladder: findLadder(role, all)?.owner.id ?? null,
    ladderStep: role.level?.step ?? null,
  };
}

/**
 * Roles on a ladder first, one ladder after another (by its owner's id), each in ladder order (step 1 up);
 * then the roles on no ladder. Ties, and the roles on no ladder, by title.
 */
export function compareSummaries(a: RoleSummary, b: RoleSummary): number {
  if (a.ladder !== b.ladder) return a.ladder === null ? 1 : b.ladder === null ? -1 : compareText(a.ladder, b.ladder);
  const sa = a.ladderStep ?? Number.POSITIVE_INFINITY;
  const sb = b.ladderStep ?? Number.POSITIVE_INFINITY;
  return sa !== sb ? sa - sb : compareText(a.title, b.title) || compareText(a.id, b.id);
}
