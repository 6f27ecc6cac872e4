/**
 * The flat shape of each command's result for `--format csv` and `--format markdown`:
 *   list:    one row per role
 *   show:    one row per value: section (the role file's top-level key), key (the path below it), value
 *   compare: one row per figure, a column per role
 *   path:    one row per step of the ladder (or the route)
 * Lists of names in compare and path cells are joined with "; ". Pure.
 */
import { type CompareResult, type NameComparison, sharedName } from "../core/compare.js";
import type { ListRow } from "../core/listing.js";
import type { Role } from "../schema/role.js";
import { type Cell, flatten, type Sheet } from "./flat.js";
import type { ListResult } from "./list.js";
import { inversionText, lateralMoveText, type PathResult, pathNotes } from "./path.js";

/** One row per role; with imported occupations listed, their O*NET-SOC code, job zone and openings too. */
export function listSheet(result: ListResult): Sheet {
  const rows = result.roles as ListRow[];
  const occupations = rows.some((r) => r.origin === "occupation");
  return {
    title: occupations ? "Roles and occupations" : "Roles",
    head: [
      "id",
      "title",
      "medianSalary",
      "currency",
      "salaryBasis",
      "growthPercent",
      "typicalEducation",
      "origin",
      "file",
      ...(occupations ? ["code", "jobZone", "openings", "medianAtLeast"] : []),
    ],
    rows: rows.map((r) => [
      r.id,
      r.title,
      r.medianSalary?.amount ?? null,
      r.medianSalary?.currency ?? null,
      r.medianSalary?.basis ?? null,
      r.growthPercent,
      r.typicalEducation,
      r.origin,
      r.file,
      ...(occupations ? [r.code ?? null, r.jobZone ?? null, r.openings ?? null, r.medianSalary?.atLeast ?? null] : []),
    ]),
  };
}

export function showSheet(role: Partial<Role>): Sheet {
  const rows = flatten(role).map(([path, value]): Cell[] => {
    const cut = path.search(/[.[]/);
    return cut < 0 ? [path, "", value] : [path.slice(0, cut), path.slice(cut).replace(/^\./, ""), value];
  });
  return { title: role.title ?? role.id ?? "Role", head: ["section", "key", "value"], rows };
}

/** A list of skills or kinds of tool as names, for one cell each: "Empathy = Empathy and emotional intelligence". */
const namesOf = (n: NameComparison | null) =>
  n && {
    ...n,
    items: n.items.map((i) => i.name),
    sharedWithFirst: n.sharedWithFirst?.map(sharedName) ?? null,
    notInFirst: n.notInFirst?.map((i) => i.name) ?? null,
  };

export function compareSheet(result: CompareResult): Sheet {
  const perRole = result.roles.map((r) => new Map(flatten({ ...r, skills: namesOf(r.skills), tools: namesOf(r.tools) }, "", true)));
  const all = [...new Set(perRole.flatMap((m) => [...m.keys()]))];
  // a figure one role lacks (null) while another spells it out: its rows are empty for that role already
  const keys = all.filter((k) => !all.some((o) => o.startsWith(`${k}.`) || o.startsWith(`${k}[`)));
  return {
    title: `Compared: ${result.roles.map((r) => r.title).join(", ")}`,
    head: ["figure", ...result.roles.map((r) => r.id)],
    rows: keys.map((k) => [k, ...perRole.map((m) => m.get(k) ?? null)]),
  };
}

export function pathSheet(result: PathResult): Sheet {
  const salaryNote = inversionText(result.inversions);
  return {
    title: result.ladder.name,
    head: [
      "position",
      "role",
      "title",
      "track",
      "trackInferred",
      "yearsMin",
      "yearsMax",
      "median",
      "average",
      "currency",
      "previous",
      "change",
      "changePercent",
      "next",
      "current",
      "scope",
      "focusAreas",
    ],
    rows: result.steps.map((s) => [
      s.position,
      s.role,
      s.title,
      s.track,
      s.trackInferred,
      s.years?.min ?? null,
      s.years?.max ?? null,
      s.median,
      s.average,
      s.currency,
      s.previous,
      s.change,
      s.changePercent,
      s.next.join("; "),
      s.role === result.current,
      s.scope,
      s.focusAreas.join("; "),
    ]),
    notes: [
      ...(salaryNote ? [{ heading: salaryNote.intro, items: salaryNote.lines }] : []),
      { heading: "Notes", items: pathNotes(result) },
      // as the table shows them: only for the whole ladder, not a route or one track
      { heading: "Lateral moves", items: result.route || result.track ? [] : result.lateralMoves.map(lateralMoveText) },
      { heading: "Source", items: [result.ladder.sourceTitle] },
    ],
  };
}
