/**
 * The flat shape of each command's result for `--format csv` and `--format markdown`:
 *   list:    one row per role
 *   show:    one row per value: section (the role file's top-level key), key (the path below it), value
 *   compare: one row per figure, a column per role (over occupations: per side, and a row per element's
 *            level and importance; the moves as notes)
 *   path:    one row per step of the ladder (or the route)
 * Lists of names in compare and path cells are joined with "; ". Pure.
 */
import type { AssessmentResult } from "../core/assess/assess.js";
import type { OccupationAssessment } from "../core/assess/occupation.js";
import { type CompareResult, type NameComparison, sharedName } from "../core/compare.js";
import type { ComparedSide, OccupationComparison } from "../core/compare-occupations.js";
import type { Figures } from "../core/figures.js";
import type { Source, Wage } from "../schema/occupation.js";
import type { Role } from "../schema/role.js";
import { AREA_COLUMNS, areaCells } from "./area.js";
import { adviceText, type HistoryView } from "./assess.js";
import { type Cell, flatten, type Sheet } from "./flat.js";
import { type ImportSummary, skippedLine } from "./import.js";
import { onwardLines } from "./lattice.js";
import type { ListResult } from "./list.js";
import { inversionText, lateralMoveText, type PathResult, pathNotes } from "./path.js";
import type { SearchResult } from "./search.js";

/** The columns of a role's or an occupation's reference and key figures, the same in every listing's csv. */
export const FIGURE_COLUMNS = [
  "id",
  "code",
  "title",
  "source",
  "median",
  "currency",
  "period",
  "medianAtLeast",
  "medianAsOf",
  "growthPercent",
  "openingsPerYear",
  "jobZone",
  "education",
  "blsBasis",
];

export function figureCells(r: Figures): Cell[] {
  return [
    r.id,
    r.code ?? null,
    r.title,
    r.source,
    r.median?.amount ?? null,
    r.median?.currency ?? null,
    r.median?.period ?? null,
    r.median ? r.median.atLeast === true : null,
    r.median?.asOf ?? null,
    r.growth?.percent ?? null,
    r.openings?.perYear ?? null,
    r.jobZone?.zone ?? null,
    r.education?.typical ?? null,
    r.median?.blsBasis ?? r.growth?.blsBasis ?? null,
  ];
}

/** One row per role, then per imported occupation: the same columns whatever is listed. */
export function listSheet(result: ListResult): Sheet {
  const rows = result.results;
  const area = result.area;
  return {
    title: `${rows.some((r) => r.source === "onet") ? "Roles and occupations" : "Roles"}${area ? `, medians of ${area.title}` : ""}`,
    head: [...FIGURE_COLUMNS, "medianBasis", "ladder", "ladderStep", ...(area ? AREA_COLUMNS : [])],
    rows: rows.map((r) => [...figureCells(r), r.median?.basis ?? null, r.ladder, r.ladderStep, ...(area ? areaCells(area, r.area) : [])]),
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

/** A wage as a cell: the amount, "≥ 239200" where BLS gives only a floor, "n/a" where none. */
const wageCell = (w: Wage): Cell => (w.amount !== null ? w.amount : w.topCoded ? (w.atLeast ? `≥ ${w.atLeast}` : "top-coded") : "n/a");

function sideFigures(s: ComparedSide): Record<string, unknown> {
  const w = s.wages;
  // the same keys for every side, so that a row is one figure
  const wages = (k: "annual" | "hourly") =>
    Object.fromEntries((["pct10", "pct25", "median", "pct75", "pct90", "mean"] as const).map((p) => [p, w ? wageCell(w[k][p]) : null]));
  return {
    kind: s.kind,
    title: s.title,
    code: s.code,
    via: s.via?.code ?? null,
    onScale: s.onScale,
    offScale: s.offScale,
    wages: { period: w?.period ?? null, bls: w?.bls.code ?? null, annual: wages("annual"), hourly: wages("hourly") },
    outlook: {
      period: s.outlook?.period ?? null,
      changePercent: s.outlook?.changePercent ?? null,
      openings: s.outlook?.openings ?? null,
      entryEducation: s.outlook?.entryEducation ?? null,
    },
    jobZone: s.jobZone?.zone ?? null,
    typicalEducation: s.typicalEducation ? `${s.typicalEducation.label} (${s.typicalEducation.percent}%)` : null,
    guide: {
      levelMedian: s.guide?.levelMedian?.amount ?? null,
      levelAverage: s.guide?.levelAverage?.amount ?? null,
      median: s.guide?.median?.amount ?? null,
      typicalEducation: s.guide?.typicalEducation?.value ?? null,
    },
    assessment: s.assessment ? `${s.assessment.title} (${s.assessment.date})` : null,
  };
}

export function occupationCompareSheet(result: OccupationComparison): Sheet {
  const perSide = result.sides.map((s) => flatten(sideFigures(s), "", true));
  const elementRows = [...result.skills, ...result.knowledge].flatMap((r) => [
    [`level:${r.name}`, ...r.needs.map((n) => n?.level ?? null)],
    [`importance:${r.name}`, ...r.needs.map((n) => n?.importance ?? null)],
  ]);
  const moves = result.moves.map((m) => ({
    heading: `From ${m.from} to ${m.to}`,
    items:
      m.transferable === null || m.toBuild === null
        ? [`Not measured: ${m.reason}.`]
        : [
            `Transferable: ${m.transferable.map((t) => t.name).join("; ") || "none"}`,
            ...m.toBuild.map(
              (g) => `To build: ${g.name}: ${g.have} -> ${g.level} (gap ${g.gap} x importance ${g.importance} = ${g.weighted})`,
            ),
          ],
  }));
  return {
    title: `Compared: ${result.sides.map((s) => s.title).join(", ")}`,
    head: ["figure", ...result.sides.map((s) => s.id)],
    rows: [...perSide[0]!.map(([k], i) => [k, ...perSide.map((f) => f[i]![1])]), ...elementRows],
    notes: [...moves, { heading: "Notes", items: result.notes }, { heading: "Sources", items: result.attribution }],
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
      ...(result.onward
        ? [
            {
              heading: `Onward from ${result.onward.title} via O*NET ${result.onward.code} ${result.onward.occupation.title}`,
              items: onwardLines(result.onward),
            },
          ]
        : []),
    ],
  };
}

/**
 * Any result without a sheet of its own: one row per value, as `show` prints a role: section (the
 * top-level key), key (the path below it), value.
 */
export function objectSheet(result: unknown): Sheet {
  const named = result as { title?: unknown; id?: unknown } | null;
  const title = typeof named?.title === "string" ? named.title : typeof named?.id === "string" ? named.id : "Result";
  return showSheet({ ...(result as object), title } as Partial<Role>);
}

/** One row per occupation found: its reference and key figures, the score and the first (best) reason it matched. */
export function searchSheet(result: SearchResult): Sheet {
  return {
    title: `Occupations matching "${result.query}"`,
    head: [...FIGURE_COLUMNS, "score", "matchedField", "matchedText"],
    rows: result.results.map((r) => [...figureCells(r), r.score, r.matched[0]?.field ?? null, r.matched[0]?.text ?? null]),
  };
}

/** The categories of a saved result, in the order assess scores them: a score and a change column each. */
const HISTORY_CATEGORIES = ["skills", "experience", "education", "credentials", "tools"];

/** One row per saved result; the history file's path is left out (a machine-local path). */
export function historySheet(view: HistoryView): Sheet {
  return {
    title: view.role ? `Saved results for ${view.role}` : "Saved results",
    head: ["date", "role", "code", "title", "readiness", "band", "change", ...HISTORY_CATEGORIES.flatMap((c) => [c, `${c}Change`])],
    rows: view.results.map((r) => [
      r.date,
      r.role,
      r.code ?? null,
      r.title,
      r.readiness,
      r.band,
      r.change,
      ...HISTORY_CATEGORIES.flatMap((c) => [r.categories.find((x) => x.id === c)?.score ?? null, r.categoryChanges[c] ?? null]),
    ]),
    notes: [{ heading: "Other roles with results", items: view.otherRoles.map((o) => `${o.role} (${o.results})`) }],
  };
}

const skippedRows = (s: Source) => s.skipped.reduce((n, k) => n + k.rows, 0);

/**
 * import --status and an import's summary: one row per source release (the data set's folder and the
 * files as given are machine-local paths, left out); --verify: one row per file; --remove: one row.
 */
export function importSheet(s: ImportSummary): Sheet {
  if (s.action === "remove") return { title: "Removed", head: ["removed"], rows: [[s.removed]] };
  if (s.action === "verify")
    return {
      title: "Data set files",
      head: ["file", "bytes", "ok", "problem"],
      rows: s.files.map((f) => [f.file, f.bytes, f.ok, f.problem ?? null]),
    };
  const m = "manifest" in s ? s.manifest : null;
  return {
    title: m ? `Occupations data set: ${m.occupations} occupations, imported ${m.created.slice(0, 10)}` : "No occupations data set",
    head: ["source", "name", "version", "date", "rows", "skippedRows", "occupations", "created"],
    rows: (m?.sources ?? []).map((x) => [x.id, x.name, x.version, x.date, x.rows, skippedRows(x), m!.occupations, m!.created]),
    notes: m
      ? [
          {
            heading: "Skipped",
            items: m.sources.flatMap((x) => x.skipped.map((k) => skippedLine(k, String))),
          },
          { heading: "Unavailable", items: m.unavailable },
          { heading: "Sources", items: m.attribution },
        ]
      : [],
  };
}

/** A role's readiness: a row for the whole, one per category, one per gap (what it costs, what to do). */
export function assessSheet(r: AssessmentResult): Sheet {
  return {
    title: `Readiness for ${r.role.title}: ${r.readiness}%`,
    head: ["kind", "category", "id", "name", "score", "weight", "now", "needed", "impact", "inherited", "from", "advice"],
    rows: [
      ["readiness", null, r.role.id, r.role.title, r.readiness, null, null, null, null, null, null, r.band],
      ...r.categories.map((c): Cell[] => ["category", c.id, c.id, null, c.score, c.weight, null, null, null, null, null, null]),
      ...r.gaps.map((g): Cell[] => [
        "gap",
        g.category,
        g.id,
        g.name,
        null,
        null,
        g.now,
        g.needed,
        g.impact,
        g.inherited,
        g.from,
        g.advice.map(adviceText).join("; "),
      ]),
    ],
    notes: [{ heading: "Warnings", items: r.warnings }],
  };
}

/** An occupation's readiness: a row for the whole, one per category, one per skill asked (its gap, if any). */
export function occupationAssessSheet(r: OccupationAssessment): Sheet {
  const gaps = new Map(r.gaps.map((g) => [g.element, g]));
  return {
    title: `Readiness for ${r.occupation.title} (${r.occupation.code}): ${r.readiness}%`,
    head: ["kind", "id", "name", "score", "importance", "need", "have", "met", "gap", "weighted"],
    rows: [
      ["readiness", r.occupation.code, r.occupation.title, r.readiness, null, null, null, null, null, null],
      ...r.categories.map((c): Cell[] => ["category", c.id, c.id, c.score, null, null, null, null, null, null]),
      ...r.skills.map((s): Cell[] => [
        "skill",
        s.element,
        s.name,
        null,
        s.importance,
        s.need,
        s.have,
        s.met,
        gaps.get(s.element)?.gap ?? 0,
        gaps.get(s.element)?.weighted ?? 0,
      ]),
    ],
  };
}
