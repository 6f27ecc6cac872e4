/**
 * `careers compare`: two to four roles side by side. Pure: roles in, one result object out; the table,
 * the chart and the JSON are all rendered from that object.
 *
 * Rules: differences are taken against the first role; amounts in different currencies (or periods) are
 * never subtracted or converted; a figure a role's sources do not give is null and listed in `missing`.
 */

import type { z } from "zod";
import { usageError } from "../errors.js";
import type { compareOutput } from "../schema/outputs-compare.js";
import type { Role } from "../schema/role.js";
import { normalizeName } from "../text/names.js";
import { chooseRegions, type RangeFigure, type RegionChoice, type RegionFigure, regionFigure } from "./compare-regions.js";
import { type Amount, type Difference, difference } from "./difference.js";
import { roleSkills, roleTools } from "./skills.js";
import { type Inferred, inferredOf, levelRow, medianSalary } from "./summary.js";

/** How many roles `careers compare` takes. */
export const MIN_ROLES = 2;
export const MAX_ROLES = 4;

export type { RangeFigure, RegionFigure, RegionRange } from "./compare-regions.js";
export { type Amount, type Difference, difference, percentChange } from "./difference.js";

export interface MedianFigure extends Amount {
  basis: "key-facts" | "level-table";
  /** what the figure is, e.g. "U.S. national median, May 2023" */
  label: string;
  /** why the figure is inferred or borrowed, where the role file says so; else null */
  inferred: Inferred | null;
}
export interface LevelFigure extends Amount {
  /** the level's name in the salary-by-level table */
  level: string;
  /** where the table holds (US), as it names it; null where it names none */
  region: string | null;
  inferred: Inferred | null;
}
/** Like-for-like first: the level table's rows, then the medians (which may differ in basis). */
export const DIFFERENCE_KEYS = ["levelMedian", "levelAverage", "median"] as const;
export type DifferenceKey = (typeof DIFFERENCE_KEYS)[number];

export interface Sourced<T> {
  value: T;
  source: string;
}

/** A skill or a kind of tool: its id, and the role's name for it. */
export interface NamedItem {
  id: string;
  name: string;
}

/** An item both roles list: named as this role names it, and as the first role does. */
export interface SharedItem extends NamedItem {
  firstName: string;
}

export interface NameComparison {
  count: number;
  items: NamedItem[];
  /** items the first role lists too, by id (for the first role: all of them); null if the first role has no list */
  sharedWithFirst: SharedItem[] | null;
  /** items the first role does not list (for the first role: none); null if the first role has no list */
  notInFirst: NamedItem[] | null;
  source: string;
}

export interface ComparedRole {
  id: string;
  title: string;
  sources: Role["sources"];
  salary: {
    levelMedian: LevelFigure | null;
    levelAverage: LevelFigure | null;
    median: MedianFigure | null;
    range: RangeFigure | null;
    /** what entry-level jobs pay, from the role's pay context */
    entryLevel: (RangeFigure & { period: "year" | "hour" | null }) | null;
    regions: RegionFigure[];
  };
  /** against the first role; null where either figure is missing, they cannot be subtracted, or (medians) their bases differ */
  differences: Record<DifferenceKey, Difference | null>;
  outlook: {
    growth: { percent: number; label: string | null; source: string } | null;
    annualOpenings: { count: number; approximate: boolean; source: string } | null;
    typicalEducation: Sourced<string> | null;
    /** the experience the role's source says it asks for, in its words */
    typicalExperience: Sourced<string> | null;
    level: { title: string; step: number; source: string; inferred: Inferred | null } | null;
    /** the years of the role's ladder level */
    experience: { min: number; max: number | null; total: boolean; source: string; inferred: Inferred | null } | null;
    stress: Sourced<string> | null;
    balance: Sourced<string> | null;
  };
  skills: NameComparison | null;
  tools: NameComparison | null;
}

export interface Missing {
  role: string;
  /** figure keys, e.g. "salary.range", "outlook.growth", "salary.region:Canada" */
  figures: string[];
  /** the role's sources, none of which gives these figures */
  sources: string[];
}

export interface CompareNote {
  kind: "currency" | "period" | "basis" | "regions";
  roles: string[];
  message: string;
}

/**
 * The id of the first role (differences are taken against it), the roles compared, the regions, the items
 * every role lists (named as the first role names them; null when a role has no list), the figures a role
 * lacks, the notes: the type of the schema of compare's output (schema/outputs-compare.ts).
 */
export type CompareResult = z.output<typeof compareOutput>;

export interface CompareOptions {
  /** a region name or a country the source names for it (case and punctuation ignored) */
  region?: string | undefined;
}

export function medianOf(role: Role): MedianFigure | null {
  const m = medianSalary(role);
  if (!m) return null;
  const period = m.basis === "key-facts" ? role.keyFacts!.medianSalary!.period : (role.salaryByLevel?.period ?? null);
  return { amount: m.amount, currency: m.currency, period, source: m.source, basis: m.basis, label: m.label, inferred: m.inferred };
}

export function levelFigure(role: Role, key: "median" | "average"): LevelFigure | null {
  const row = levelRow(role);
  const amount = row?.[key];
  if (!row || amount == null) return null;
  return {
    amount,
    currency: row.currency,
    period: row.period,
    source: row.source,
    level: row.level,
    region: row.region,
    inferred: row.inferred,
  };
}

function entryLevelOf(role: Role): ComparedRole["salary"]["entryLevel"] {
  const p = role.pay;
  const e = p?.entryLevel;
  if (!p || !e) return null;
  return {
    low: e.low,
    high: e.high,
    currency: e.currency,
    highOpenEnded: e.highOpenEnded ?? false,
    note: e.note ?? null,
    source: p.source,
    period: e.period ?? null,
  };
}

/** A skill or kind of tool with what it matches by: its id, and the O*NET element it is the same as. */
interface Matchable extends NamedItem {
  onet?: string | undefined;
}

const skillItems = (role: Role): Matchable[] | null =>
  role.skills || role.skillMap ? roleSkills(role).map((s) => ({ id: s.id, name: s.name, onet: s.onet?.id })) : null;
const toolItems = (role: Role): Matchable[] | null => (role.tools ? roleTools(role).map((g) => ({ id: g.id, name: g.name })) : null);
const skillSource = (role: Role) => role.skills?.source ?? role.skillMap?.source;

/** A shared item as both roles word it: "Empathy = Empathy and emotional intelligence" (one name where they differ in case only). */
export const sharedName = (item: NamedItem | SharedItem): string =>
  "firstName" in item && normalizeName(item.firstName) !== normalizeName(item.name) ? `${item.firstName} = ${item.name}` : item.name;

/** The same skill: the same id, or the same O*NET element. */
const sameItem = (a: Matchable, b: Matchable) => a.id === b.id || (a.onet !== undefined && a.onet === b.onet);
const plain = (m: Matchable): NamedItem => ({ id: m.id, name: m.name });

function nameComparison(items: Matchable[] | null, base: Matchable[] | null, source: string | undefined): NameComparison | null {
  if (items === null || source === undefined) return null;
  const shared: SharedItem[] = [];
  const added: NamedItem[] = [];
  for (const item of items) {
    const match = base?.find((b) => sameItem(b, item));
    if (match) shared.push({ ...plain(item), firstName: match.name });
    else added.push(plain(item));
  }
  return {
    count: items.length,
    items: items.map(plain),
    sharedWithFirst: base === null ? null : shared,
    notInFirst: base === null ? null : added,
    source,
  };
}

/** Items every list holds (named as in the first), or null when any role lacks the list. */
function sharedByAll(lists: readonly (Matchable[] | null)[]): NamedItem[] | null {
  if (lists.some((l) => l === null)) return null;
  const [first, ...rest] = lists as Matchable[][];
  return first!.filter((item) => rest.every((l) => l.some((o) => sameItem(item, o)))).map(plain);
}

function rolePart(role: Role, base: Role, regions: RegionChoice): Omit<ComparedRole, "differences"> {
  const f = role.keyFacts;
  const w = role.workLife;
  const lv = role.level;
  const baseSkills = skillItems(base);
  const baseTools = toolItems(base);
  return {
    id: role.id,
    title: role.title,
    sources: role.sources,
    salary: {
      levelMedian: levelFigure(role, "median"),
      levelAverage: levelFigure(role, "average"),
      median: medianOf(role),
      range: f?.salaryRange
        ? {
            low: f.salaryRange.low,
            high: f.salaryRange.high,
            currency: f.salaryRange.currency,
            highOpenEnded: f.salaryRange.highOpenEnded ?? false,
            note: f.salaryRange.note ?? null,
            source: f.salaryRange.source,
          }
        : null,
      entryLevel: entryLevelOf(role),
      regions: regions.shown.map((name) => regionFigure(role, name, regions)),
    },
    outlook: {
      growth: f?.growth ? { percent: f.growth.percent, label: f.growth.label ?? null, source: f.growth.source } : null,
      annualOpenings: f?.annualOpenings
        ? { count: f.annualOpenings.count, approximate: f.annualOpenings.approximate ?? false, source: f.annualOpenings.source }
        : null,
      typicalEducation: f?.typicalEducation ? { value: f.typicalEducation.text, source: f.typicalEducation.source } : null,
      typicalExperience: f?.typicalExperience ? { value: f.typicalExperience.text, source: f.typicalExperience.source } : null,
      level: lv ? { title: lv.title, step: lv.step, source: lv.source, inferred: inferredOf(lv.inferred) } : null,
      experience: lv
        ? {
            min: lv.years.min,
            max: lv.years.max ?? null,
            total: lv.years.total ?? false,
            source: lv.source,
            inferred: inferredOf(lv.years.inferred ?? lv.inferred),
          }
        : null,
      stress: w?.stress ? { value: w.stress, source: w.source } : null,
      balance: w?.balance ? { value: w.balance, source: w.source } : null,
    },
    skills: nameComparison(skillItems(role), baseSkills, skillSource(role)),
    tools: nameComparison(toolItems(role), baseTools, role.tools?.source),
  };
}

/** Keys of the figures a role lacks, in table order. */
function missingFigures(r: Omit<ComparedRole, "differences">): string[] {
  const out: string[] = [];
  for (const [k, v] of Object.entries(r.salary)) if (v === null) out.push(`salary.${k}`);
  for (const reg of r.salary.regions) if (reg.range === null) out.push(`salary.region:${reg.region}`);
  for (const [k, v] of Object.entries(r.outlook)) if (v === null) out.push(`outlook.${k}`);
  if (r.skills === null) out.push("skills");
  if (r.tools === null) out.push("tools");
  return out;
}

const DIFFERENCE_LABELS: Record<DifferenceKey, string> = { levelMedian: "level median", levelAverage: "level average", median: "median" };

/** A usage error unless `count` is 2 to 4. */
export function checkRoleCount(count: number): void {
  if (count < MIN_ROLES || count > MAX_ROLES) {
    throw usageError(`compare takes ${MIN_ROLES} to ${MAX_ROLES} roles, not ${count}`, "Example: careers compare clerk representative");
  }
}

/** Compare 2 to 4 roles; the first is the base of every difference. Throws a usage error otherwise. */
export function compareRoles(roles: readonly Role[], options: CompareOptions = {}): CompareResult {
  checkRoleCount(roles.length);
  const base = roles[0]!;
  const regions = chooseRegions(roles, options.region);
  const parts = roles.map((r) => rolePart(r, base, regions));
  const first = parts[0]!;
  const notes: CompareNote[] = [];
  const mixedBases = new Set(parts.map((p) => p.salary.median?.basis).filter(Boolean)).size > 1;
  const compared: ComparedRole[] = parts.map((p) => {
    const differences = {} as Record<DifferenceKey, Difference | null>;
    for (const key of DIFFERENCE_KEYS) {
      // medians of different bases (a national median, a level's median) are different measures
      if (key === "median" && mixedBases && p.salary.median?.basis !== first.salary.median?.basis) {
        differences[key] = null;
        continue;
      }
      const d = difference(first.salary[key], p.salary[key]);
      differences[key] = d.ok ? d.difference : null;
      if (!d.ok && d.reason !== "missing") {
        const what = d.reason === "currency" ? "currencies" : "periods";
        notes.push({
          kind: d.reason,
          roles: [first.id, p.id],
          message: `${DIFFERENCE_LABELS[key]}: ${p.id} (${d.other}) and ${first.id} (${d.base}) are in different ${what}; not subtracted and not converted.`,
        });
      }
    }
    return {
      id: p.id,
      title: p.title,
      sources: p.sources,
      salary: p.salary,
      differences,
      outlook: p.outlook,
      skills: p.skills,
      tools: p.tools,
    };
  });

  const medians = compared.filter((c) => c.salary.median);
  if (new Set(medians.map((c) => c.salary.median!.basis)).size > 1) {
    const ids = (basis: MedianFigure["basis"]) =>
      medians
        .filter((c) => c.salary.median!.basis === basis)
        .map((c) => c.id)
        .join(", ");
    notes.push({
      kind: "basis",
      roles: medians.map((c) => c.id),
      message: `The medians are different measures (own key-facts median: ${ids("key-facts")}; a level's median in a salary-by-level table: ${ids("level-table")}), so they are not subtracted from each other; the level rows compare like with like.`,
    });
  }
  const withRegions = compared.filter((_, i) => (roles[i]!.regionalSalaries?.regions.length ?? 0) > 0);
  if (regions.shown.length === 0 && withRegions.length > 0) {
    notes.push({
      kind: "regions",
      roles: withRegions.map((c) => c.id),
      message: `Salaries by region are shown only where every role has them; only ${withRegions.map((c) => c.id).join(", ")} ha${withRegions.length > 1 ? "ve" : "s"} them. Pick one with --region <name>.`,
    });
  }

  const missing = compared
    .map((c) => ({ role: c.id, figures: missingFigures(c), sources: c.sources.map((s) => s.id) }))
    .filter((m) => m.figures.length > 0);
  return {
    base: base.id,
    roles: compared,
    regions: { selected: regions.selected, shown: regions.shown },
    sharedByAll: { skills: sharedByAll(roles.map(skillItems)), tools: sharedByAll(roles.map(toolItems)) },
    missing,
    notes,
  };
}
