/** One-line facts about a role, as `list` shows them and other commands reuse. Pure. */

import type { Inferred as InferredInData } from "../schema/primitives.js";
import type { Role } from "../schema/role.js";
import { compareText } from "../text/names.js";

/** A figure's `inferred` marker as results carry it: the reason, and the source it is from (null where none is named). */
export interface Inferred {
  reason: string;
  from: string | null;
}

export const inferredOf = (m: InferredInData | undefined | null): Inferred | null =>
  m ? { reason: m.reason, from: m.from ?? null } : null;

import { findLadder } from "./ladder.js";

export interface SalaryFigure {
  amount: number;
  currency: string;
  /** where the figure comes from: the role's own key facts, or its row in a salary-by-level table */
  basis: "key-facts" | "level-table";
  /** what the figure is, in words, e.g. "U.S. national median, May 2023" */
  label: string;
  source: string;
  /** the source in words: title, publisher, date */
  sourceTitle: string;
  /** where the figure is inferred or borrowed (the role file's `inferred`): why, and from where */
  inferred: Inferred | null;
}

/** A source cited by id, in words: its title, publisher and date (the id itself where none is listed). */
export const sourceTitle = (role: Pick<Role, "sources">, id: string): string => {
  const s = role.sources.find((x) => x.id === id);
  if (!s) return id;
  return [s.title, s.publisher, s.date].filter(Boolean).join(", ");
};

/** "median (US)", or "median" where the figure names no region: labels follow the data. */
export const figureLabel = (what: string, region: string | undefined | null): string => (region ? `${what} (${region})` : what);

/** A role's own row in its salary-by-level table: the figures, the table's currency, region and source. */
export interface LevelRow {
  level: string;
  median: number | null;
  average: number | null;
  currency: string;
  period: "year" | "hour" | null;
  region: string | null;
  source: string;
  /** the row's `inferred`, else the table's */
  inferred: Inferred | null;
}

export function levelRow(role: Pick<Role, "id" | "salaryByLevel">): LevelRow | undefined {
  const t = role.salaryByLevel;
  const row = t?.levels.find((l) => l.role === role.id);
  if (!t || !row) return undefined;
  return {
    level: row.level,
    median: row.median ?? null,
    average: row.average ?? null,
    currency: t.currency,
    period: t.period ?? null,
    region: t.region ?? null,
    source: t.source,
    inferred: inferredOf(row.inferred ?? t.inferred),
  };
}

/** The role's median salary: its key-facts median where it has one, else its row in the level table. */
export function medianSalary(role: Role): SalaryFigure | undefined {
  const m = role.keyFacts?.medianSalary;
  if (m) {
    return {
      amount: m.amount,
      currency: m.currency,
      basis: "key-facts",
      label: [m.scope, m.date].filter(Boolean).join(", ") || "median",
      source: m.source,
      sourceTitle: sourceTitle(role, m.source),
      inferred: inferredOf(m.inferred),
    };
  }
  const row = levelRow(role);
  if (row?.median != null) {
    return {
      amount: row.median,
      currency: row.currency,
      basis: "level-table",
      label: `${figureLabel("median", row.region)} for ${row.level}`,
      source: row.source,
      sourceTitle: sourceTitle(role, row.source),
      inferred: row.inferred,
    };
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
