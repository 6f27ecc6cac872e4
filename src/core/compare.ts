/**
 * `careers compare`: two to four roles side by side. Pure: roles in, one result object out; the table,
 * the chart and the JSON are all rendered from that object.
 *
 * Rules: differences are taken against the first role; amounts in different currencies (or periods) are
 * never subtracted or converted; a figure a role's sources do not give is null and listed in `missing`.
 */
import type { Role } from "../schema/role.js";
import { usageError } from "../errors.js";
import { overlap, uniqueNames } from "../text/names.js";
import { medianSalary } from "./summary.js";
import { difference, type Amount, type Difference } from "./difference.js";
import { chooseRegions, regionFigure, type RangeFigure, type RegionFigure, type RegionChoice } from "./compare-regions.js";

/** How many roles `careers compare` takes. */
export const MIN_ROLES = 2;
export const MAX_ROLES = 4;

export { percentChange, difference, type Amount, type Difference } from "./difference.js";
export type { RangeFigure, RegionFigure, RegionRange } from "./compare-regions.js";


export interface MedianFigure extends Amount {
  basis: "key-facts" | "level-table";
  /** what the figure is, e.g. "U.S. national median, May 2023" */
  label: string;
}
export interface LevelFigure extends Amount {
  /** the level's name in the salary-by-level table */
  level: string;
}
export const DIFFERENCE_KEYS = ["median", "levelMedian", "levelAverage"] as const;
export type DifferenceKey = (typeof DIFFERENCE_KEYS)[number];

export interface Sourced<T> {
  value: T;
  source: string;
}

export interface NameComparison {
  count: number;
  names: string[];
  /** names the first role lists too (for the first role: all of its names); null if the first role has no list */
  sharedWithFirst: string[] | null;
  /** names the first role does not list (for the first role: none); null if the first role has no list */
  notInFirst: string[] | null;
  source: string;
}

export interface ComparedRole {
  id: string;
  title: string;
  sources: Role["sources"];
  salary: {
    median: MedianFigure | null;
    levelMedian: LevelFigure | null;
    levelAverage: LevelFigure | null;
    range: RangeFigure | null;
    regions: RegionFigure[];
  };
  /** against the first role; null where either figure is missing or they cannot be subtracted */
  differences: Record<DifferenceKey, Difference | null>;
  outlook: {
    growth: { percent: number; label: string | null; source: string } | null;
    annualOpenings: { count: number; approximate: boolean; source: string } | null;
    typicalEducation: Sourced<string> | null;
    level: { title: string; step: number; source: string } | null;
    experience: { min: number; max: number | null; total: boolean; source: string } | null;
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

export interface CompareResult {
  /** id of the first role: differences are taken against it */
  base: string;
  roles: ComparedRole[];
  regions: { selected: string | null; shown: string[] };
  sharedByAll: { skills: string[] | null; tools: string[] | null };
  missing: Missing[];
  notes: CompareNote[];
}

export interface CompareOptions {
  /** a region name or a country the source names for it (case and punctuation ignored) */
  region?: string | undefined;
}

const levelRow = (role: Role) => {
  const t = role.salaryByLevel;
  const row = t?.levels.find((l) => l.role === role.id);
  return t && row ? { t, row } : undefined;
};

function medianOf(role: Role): MedianFigure | null {
  const m = medianSalary(role);
  if (!m) return null;
  const period = m.basis === "key-facts" ? role.keyFacts!.medianSalary!.period : role.salaryByLevel?.period ?? null;
  return { amount: m.amount, currency: m.currency, period, source: m.source, basis: m.basis, label: m.label };
}

function levelFigure(role: Role, key: "median" | "average"): LevelFigure | null {
  const found = levelRow(role);
  const amount = found?.row[key];
  if (!found || amount === undefined) return null;
  return { amount, currency: found.t.currency, period: found.t.period ?? null, source: found.t.source, level: found.row.level };
}

const skillNames = (role: Role): string[] => [...(role.skills?.technical ?? []), ...(role.skills?.soft ?? [])].map((s) => s.name);
const toolNames = (role: Role): string[] => (role.tools?.groups ?? []).flatMap((g) => (g.items?.length ? g.items : [g.name]));

function nameComparison(names: string[] | null, base: string[] | null, source: string | undefined): NameComparison | null {
  if (names === null || source === undefined) return null;
  const unique = uniqueNames(names);
  const o = base === null ? null : overlap(base, unique);
  return { count: unique.length, names: unique, sharedWithFirst: o?.shared ?? null, notInFirst: o?.added ?? null, source };
}

/** Names every list holds (spelled as in the first), or null when any role lacks the list. */
function sharedByAll(lists: readonly (NameComparison | null)[]): string[] | null {
  if (lists.some((l) => l === null)) return null;
  const [first, ...rest] = lists as NameComparison[];
  return rest.reduce((acc, l) => overlap(acc, l.names).shared, first!.names);
}

function rolePart(role: Role, base: Role, regions: RegionChoice): Omit<ComparedRole, "differences"> {
  const f = role.keyFacts;
  const w = role.workLife;
  const lv = role.level;
  const baseSkills = role.skills && base.skills ? skillNames(base) : null;
  const baseTools = role.tools && base.tools ? toolNames(base) : null;
  return {
    id: role.id,
    title: role.title,
    sources: role.sources,
    salary: {
      median: medianOf(role),
      levelMedian: levelFigure(role, "median"),
      levelAverage: levelFigure(role, "average"),
      range: f?.salaryRange
        ? { low: f.salaryRange.low, high: f.salaryRange.high, currency: f.salaryRange.currency, highOpenEnded: f.salaryRange.highOpenEnded ?? false, note: f.salaryRange.note ?? null, source: f.salaryRange.source }
        : null,
      regions: regions.shown.map((name) => regionFigure(role, name, regions)),
    },
    outlook: {
      growth: f?.growth ? { percent: f.growth.percent, label: f.growth.label ?? null, source: f.growth.source } : null,
      annualOpenings: f?.annualOpenings ? { count: f.annualOpenings.count, approximate: f.annualOpenings.approximate ?? false, source: f.annualOpenings.source } : null,
      typicalEducation: f?.typicalEducation ? { value: f.typicalEducation.text, source: f.typicalEducation.source } : null,
      level: lv ? { title: lv.title, step: lv.step, source: lv.source } : null,
      experience: lv ? { min: lv.years.min, max: lv.years.max ?? null, total: lv.years.total ?? false, source: lv.source } : null,
      stress: w?.stress ? { value: w.stress, source: w.source } : null,
      balance: w?.balance ? { value: w.balance, source: w.source } : null,
    },
    skills: nameComparison(role.skills ? skillNames(role) : null, baseSkills, role.skills?.source),
    tools: nameComparison(role.tools ? toolNames(role) : null, baseTools, role.tools?.source),
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

const DIFFERENCE_LABELS: Record<DifferenceKey, string> = { median: "median", levelMedian: "level median", levelAverage: "level average" };

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
  const compared: ComparedRole[] = parts.map((p) => {
    const differences = {} as Record<DifferenceKey, Difference | null>;
    for (const key of DIFFERENCE_KEYS) {
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
    return { id: p.id, title: p.title, sources: p.sources, salary: p.salary, differences, outlook: p.outlook, skills: p.skills, tools: p.tools };
  });

  const medians = compared.filter((c) => c.salary.median);
  if (new Set(medians.map((c) => c.salary.median!.basis)).size > 1) {
    const ids = (basis: MedianFigure["basis"]) => medians.filter((c) => c.salary.median!.basis === basis).map((c) => c.id).join(", ");
    notes.push({
      kind: "basis",
      roles: medians.map((c) => c.id),
      message: `The medians come from different bases (own key facts: ${ids("key-facts")}; salary-by-level table: ${ids("level-table")}); the level rows compare like with like.`,
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
    sharedByAll: { skills: sharedByAll(compared.map((c) => c.skills)), tools: sharedByAll(compared.map((c) => c.tools)) },
    missing,
    notes,
  };
}
