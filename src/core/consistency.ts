/**
 * Consistency warnings over loaded roles: things that are valid by the schema but that a person would
 * want to know. Pure: roles in, diagnostics out (every one a warning).
 *
 * - a salary that falls along a ladder step (each level's median against the step before it)
 * - a ladder level, `next`, track, related career, salary level or the role requirements inherit from
 *   that names no known role or track
 * - a range whose low end is above its high end
 * - an id defined twice: two role files with one id, or two sources or tracks with one id in a role
 * - one skill id linked to two different O*NET elements (in one role or in two)
 * - a level's own salary-by-level row that differs from its ladder owner's table
 */

import { type Diagnostic, dotted } from "../diagnostic.js";
import type { Role, RoleEntry } from "../schema/role.js";
import { suggest } from "../text/suggest.js";
import { buildLadder, findLadder, salaryInversions } from "./ladder.js";
import { formatWhole } from "./numbers.js";

type Path = (string | number)[];

export type { RoleEntry };

export interface ConsistencyInput {
  /** the roles being checked, highest priority first: the first of an id is the one the tool uses */
  checked: readonly RoleEntry[];
  /** other roles that exist (bundled, other data folders): references to them are fine; not checked */
  known?: readonly RoleEntry[];
}

const amount = formatWhole;

function warning(entry: RoleEntry, path: Path, message: string, suggestion?: string): Diagnostic {
  const at = entry.locate?.(path) ?? { line: 0, col: 0 };
  const d: Diagnostic = { file: entry.file, line: at.line, col: at.col, path: dotted(path), message, severity: "warning" };
  if (suggestion) d.suggestion = suggestion;
  return d;
}

/** Every id defined more than once across files: the later ones are shadowed. */
function duplicateIds(checked: readonly RoleEntry[], all: readonly RoleEntry[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const isChecked = new Set(checked);
  const byId = new Map<string, RoleEntry[]>();
  for (const e of all) byId.set(e.id, [...(byId.get(e.id) ?? []), e]);
  for (const [id, [first, ...rest]] of byId) {
    for (const e of rest) {
      if (e.file === first!.file) continue;
      if (e.origin === "bundled" && first!.origin === "user") {
        if (isChecked.has(first!)) out.push(warning(first!, ["id"], `role "${id}" overrides the bundled role of that id (${e.file})`));
      } else if (isChecked.has(e)) {
        out.push(warning(e, ["id"], `duplicate id "${id}": ${first!.file} defines it too and is used instead`));
      }
    }
  }
  return out;
}

/** Ids listed twice in one role's list (sources, ladder tracks). */
function repeatedKeys(entry: RoleEntry, items: readonly { id: string }[] | undefined, path: Path, what: string): Diagnostic[] {
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  items?.forEach((item, i) => {
    if (seen.has(item.id)) out.push(warning(entry, [...path, i, "id"], `duplicate ${what} id "${item.id}"`));
    seen.add(item.id);
  });
  return out;
}

interface Range {
  path: Path;
  low: number;
  high: number | undefined;
  lowKey: string;
}

function ranges(role: Role): Range[] {
  const money = (path: Path, r: { low: number; high: number } | undefined): Range[] =>
    r ? [{ path, low: r.low, high: r.high, lowKey: "low" }] : [];
  return [
    ...money(["keyFacts", "salaryRange"], role.keyFacts?.salaryRange),
    ...(role.regionalSalaries?.regions ?? []).flatMap((r, i) => [
      ...money(["regionalSalaries", "regions", i], r),
      ...money(["regionalSalaries", "regions", i, "usdEquivalent"], r.usdEquivalent),
    ]),
    ...(role.education?.options ?? []).flatMap((o, i) => money(["education", "options", i, "cost"], o.cost)),
    ...(role.level ? [{ path: ["level", "years"], low: role.level.years.min, high: role.level.years.max, lowKey: "min" }] : []),
    ...(role.requirements?.measures ?? []).map((m, i) => ({
      path: ["requirements", "measures", i],
      low: m.min,
      high: m.max,
      lowKey: "min",
    })),
    ...(role.skills?.typingSpeed
      ? [{ path: ["skills", "typingSpeed"], low: role.skills.typingSpeed.minWpm, high: role.skills.typingSpeed.maxWpm, lowKey: "minWpm" }]
      : []),
  ];
}

function invertedRanges(entry: RoleEntry, role: Role): Diagnostic[] {
  return ranges(role)
    .filter((r) => r.high !== undefined && r.low > r.high)
    .map((r) => warning(entry, [...r.path, r.lowKey], `the low end (${amount(r.low)}) is above the high end (${amount(r.high!)})`));
}

/** References to roles (and ladder tracks) that do not exist. */
function unknownReferences(entry: RoleEntry, role: Role, knownIds: ReadonlySet<string>): Diagnostic[] {
  const out: Diagnostic[] = [];
  const refer = (id: string | undefined, path: Path) => {
    if (id === undefined || knownIds.has(id)) return;
    const [hint] = suggest(id, knownIds, 1);
    out.push(warning(entry, path, `"${id}" names no known role`, hint));
  };
  const tracks = new Set(role.ladder?.tracks.map((t) => t.id));
  role.ladder?.levels.forEach((level, i) => {
    refer(level.role, ["ladder", "levels", i, "role"]);
    level.next?.forEach((next, j) => refer(next, ["ladder", "levels", i, "next", j]));
    if (!tracks.has(level.track)) {
      const [hint] = suggest(level.track, tracks, 1);
      out.push(warning(entry, ["ladder", "levels", i, "track"], `"${level.track}" names no track of this ladder`, hint));
    }
  });
  role.relatedCareers?.items.forEach((item, i) => refer(item.role, ["relatedCareers", "items", i, "role"]));
  role.salaryByLevel?.levels.forEach((level, i) => refer(level.role, ["salaryByLevel", "levels", i, "role"]));
  refer(role.requirements?.inherits, ["requirements", "inherits"]);
  return out;
}

/** Walk the ladder in order: warn where a level's median (as `careers path` shows it) is below the step before. */
function salaryFalls(entry: RoleEntry, role: Role, roles: ReadonlyMap<string, Role>): Diagnostic[] {
  if (!role.ladder) return [];
  const view = buildLadder(role, role.ladder, roles);
  return salaryInversions(view.steps).map((inv) => {
    const i = role.ladder!.levels.findIndex((l) => l.role === inv.role);
    const money = (id: string, median: number) => `${id} (median ${amount(median)} ${inv.currency})`;
    return warning(
      entry,
      ["ladder", "levels", i, "role"],
      `salary falls along the ladder: ${money(inv.role, inv.median)} earns less than the step before, ${money(inv.previous, inv.previousMedian)}`,
    );
  });
}

/**
 * A level's own row and the ladder owner's row for it must agree: `path` uses the owner's table, `show`
 * and `compare` the level's own row.
 */
function levelRowConflicts(entry: RoleEntry, role: Role, all: readonly Role[]): Diagnostic[] {
  const i = role.salaryByLevel?.levels.findIndex((l) => l.role === role.id) ?? -1;
  if (i < 0) return [];
  const owner = findLadder(role, all)?.owner;
  if (!owner || owner.id === role.id) return [];
  const theirs = owner.salaryByLevel?.levels.find((l) => l.role === role.id);
  if (!theirs) return [];
  const mine = role.salaryByLevel!.levels[i]!;
  const a = { median: mine.median, average: mine.average, currency: role.salaryByLevel!.currency };
  const b = { median: theirs.median, average: theirs.average, currency: owner.salaryByLevel!.currency };
  if (a.median === b.median && a.average === b.average && a.currency === b.currency) return [];
  const figures = (x: typeof a) =>
    `median ${x.median === undefined ? "none" : amount(x.median)}, average ${x.average === undefined ? "none" : amount(x.average)} ${x.currency}`;
  return [
    warning(
      entry,
      ["salaryByLevel", "levels", i],
      `this row (${figures(a)}) differs from the row for ${role.id} in ${owner.id}'s salary-by-level table, which holds its ladder (${figures(b)}): careers path shows ${owner.id}'s, show and compare this one`,
    ),
  ];
}

/** Where each role links a skill id to an O*NET element: its skill list and its requirements. */
function onetLinks(role: Role): { id: string; onet: string; name: string; path: Path }[] {
  const out: { id: string; onet: string; name: string; path: Path }[] = [];
  for (const kind of ["technical", "soft"] as const) {
    role.skills?.[kind]?.forEach(
      (s, i) => s.onet && s.id && out.push({ id: s.id, onet: s.onet.id, name: s.onet.name, path: ["skills", kind, i, "onet", "id"] }),
    );
  }
  role.requirements?.skills?.forEach(
    (s, i) => s.onet && out.push({ id: s.id, onet: s.onet.id, name: s.onet.name, path: ["requirements", "skills", i, "onet", "id"] }),
  );
  return out;
}

/** A skill id is one skill: warn where it is linked to two O*NET elements, naming the first link found. */
function onetConflicts(checked: readonly RoleEntry[], all: readonly RoleEntry[]): Diagnostic[] {
  const first = new Map<string, { onet: string; name: string; role: string }>();
  for (const e of all)
    for (const l of e.role ? onetLinks(e.role) : []) if (!first.has(l.id)) first.set(l.id, { onet: l.onet, name: l.name, role: e.id });
  return checked.flatMap((e) =>
    (e.role ? onetLinks(e.role) : [])
      .filter((l) => first.get(l.id)!.onet !== l.onet)
      .map((l) => {
        const f = first.get(l.id)!;
        return warning(
          e,
          l.path,
          `skill "${l.id}" is linked to O*NET ${l.onet} (${l.name}) here, but to ${f.onet} (${f.name}) in ${f.role}: one id is one skill`,
        );
      }),
  );
}

export function checkConsistency({ checked, known = [] }: ConsistencyInput): Diagnostic[] {
  const all = [...checked, ...known];
  const knownIds = new Set(all.map((e) => e.id));
  const roles = new Map<string, Role>();
  for (const e of all) if (e.role && !roles.has(e.id)) roles.set(e.id, e.role);
  const out = [...duplicateIds(checked, all), ...onetConflicts(checked, all)];
  for (const entry of checked) {
    const role = entry.role;
    if (!role) continue;
    out.push(
      ...repeatedKeys(entry, role.sources, ["sources"], "source"),
      ...repeatedKeys(entry, role.ladder?.tracks, ["ladder", "tracks"], "track"),
      ...invertedRanges(entry, role),
      ...unknownReferences(entry, role, knownIds),
      ...salaryFalls(entry, role, roles),
      ...levelRowConflicts(entry, role, [...roles.values()]),
    );
  }
  return out;
}
