/** `careers list`: one row per role, and per imported occupation. */
import type { z } from "zod";
import { WHERE_THE_JOBS_ARE } from "../core/areas.js";
import type { ListRow } from "../core/listing.js";
import { SOURCE_NAMES } from "../core/sources.js";
import type { listOutput } from "../schema/outputs-list.js";
import { areaMedianNote, areaNa, areaShort, renderAreaLine } from "./area.js";
import { INFERRED_MARK, WIDER_MARK, WIDER_NOTE } from "./blocks.js";
import { DASH, formatGrowth, formatMoneyFigure } from "./format.js";
import type { Style } from "./style.js";
import { renderTable } from "./table.js";
import { hang } from "./text.js";

/**
 * With --area (or CAREERS_AREA) the area whose medians the rows hold; the roles, and imported occupations
 * when a data set is installed; how many rows are listed of how many matched (--limit, or the table's
 * default for occupations, cut the list); the role files that could not be loaded (their roles are not in
 * `results`; also printed on stderr): the type of the schema of list's output (schema/outputs-list.ts).
 */
export type ListResult = z.output<typeof listOutput>;

const LEVEL = "*";

/**
 * What the salary column holds, where it is not every role's own median: a level's median, named with the
 * table it comes from; a borrowed or inferred figure, with its reason.
 */
export function salaryNotes(roles: readonly ListRow[]): string[] {
  const withSalary = roles.filter((r) => r.median && r.source !== "onet");
  const levels = withSalary.filter((r) => r.median!.basis === "level-table");
  if (levels.length === 0 && !withSalary.some((r) => r.median!.inferred)) return [];
  const tables = [...new Set(levels.map((r) => r.median!.source))];
  const ids = (title: string) => levels.filter((r) => r.median!.source === title).map((r) => r.id);
  const own = withSalary.filter((r) => r.median!.basis === "key-facts").map((r) => `${r.id}: ${r.median!.label}, from ${r.median!.source}`);
  const out: string[] = [];
  if (levels.length > 0) {
    const from =
      tables.length === 1 ? `the salary-by-level table of ${tables[0]}` : tables.map((t) => `${t} (${ids(t).join(", ")})`).join("; ");
    out.push(
      `${LEVEL} The median of the role's level in ${from}${tables.length > 1 ? ", each a salary-by-level table" : ""}.${own.length ? ` Unmarked: the role's own median (${own.join("; ")}).` : ""}`,
    );
  }
  for (const r of withSalary) if (r.median!.inferred) out.push(`${INFERRED_MARK} ${r.id}: ${r.median!.inferred.reason}`);
  return out;
}

/** A row's source as the table names it. */
const sourceName = (source: ListRow["source"]): string =>
  source === "bundled" ? "guide" : source === "user" ? "yours" : SOURCE_NAMES[source];

/** "High school diploma or equivalent; some college preferred" -> "High school diploma or equivalent…" */
const firstClause = (text: string): string => {
  const cut = text.search(/[;.]/);
  return cut > 0 && cut < text.length - 1 ? text.slice(0, cut) + "…" : text;
};

/**
 * The list as a table; with an area, the area's line first and its medians; sorted by the location quotient
 * (`lq`), that column in place of the typical education.
 */
export function renderList(result: ListResult, style: Style, opts: { lq?: boolean } = {}): string {
  if (result.results.length === 0) return "No roles found.\n";
  const all = result.results;
  const withZone = all.some((r) => r.source === "onet");
  const area = result.area;
  const withLq = area !== undefined && opts.lq === true;
  // the source is a column where ESCO's occupations are listed: guide, yours, O*NET or ESCO
  const sources = all.some((r) => r.source === "esco");
  const rows = all.map((r) => {
    const m = r.median;
    const marker = (m?.basis === "level-table" ? LEVEL : "") + (m?.inferred ? INFERRED_MARK : "") + (m?.blsBasis ? WIDER_MARK : "");
    const lq = r.area?.locationQuotient;
    const salary = m ? formatMoneyFigure(m) + marker : r.area ? areaNa(r.area, r.source !== "onet") : DASH;
    const row = [
      // an occupation's id is its title as a slug, up to 64 characters: its code is shorter, and show takes either
      r.code ?? r.id,
      r.title,
      salary,
      formatGrowth(r.growth) + (r.growth?.blsBasis ? WIDER_MARK : ""),
      withLq ? (lq === null || lq === undefined ? DASH : lq.toFixed(2)) : r.education ? firstClause(r.education.typical) : DASH,
    ];
    if (sources) row.splice(1, 0, sourceName(r.source));
    return withZone ? [...row, r.jobZone ? String(r.jobZone.zone) : DASH] : row;
  });
  const table = renderTable(style, {
    head: [
      withZone || sources ? "Id or code" : "Id",
      ...(sources ? ["Source"] : []),
      "Title",
      area ? `Median, ${areaShort(area)}` : "Median salary",
      "Growth",
      withLq ? "Location quotient" : "Typical education",
      ...(withZone ? ["Zone"] : []),
    ],
    rows,
    align: ["left", ...(sources ? ["left" as const] : []), "left", "right", "right", withLq ? "right" : "left", "right"],
    compact: true,
  });
  const occupations = all.filter((r) => r.source === "onet" || r.source === "esco").length;
  const roles = all.length - occupations;
  const counted = [roles > 0 || occupations === 0 ? `${roles} roles` : "", occupations > 0 ? `${occupations} occupations` : ""]
    .filter(Boolean)
    .join(" and ");
  const details = `Details: careers show <${withZone || sources ? "id or code" : "id"}>`;
  const notes = [
    area ? areaMedianNote(area, all) : "",
    withLq ? WHERE_THE_JOBS_ARE : "",
    ...salaryNotes(all),
    withZone ? "Zone: O*NET job zone, 1 (little preparation) to 5 (extensive). ≥: BLS gives only a floor (top-coded)." : "",
    all.some((r) => r.median?.blsBasis || r.growth?.blsBasis) ? `${WIDER_MARK} ${WIDER_NOTE}` : "",
    result.shown.rows < result.shown.of
      ? `${result.shown.rows} of ${result.shown.of} shown (all: --limit 0; narrow with --zone, --min-median, --education; order with --sort). ${details}`
      : `${counted}. ${details}`,
  ].filter(Boolean);
  const marked = (n: string) =>
    hang(
      n.startsWith(LEVEL) || n.startsWith(INFERRED_MARK) || n.startsWith(WIDER_MARK) ? `${n[0]} ` : "",
      n.replace(/^[*†‡] /, ""),
      style.width,
    );
  const line = area ? `${renderAreaLine(style, area, area.origin)}\n` : "";
  return `${line}${table}\n${style.c.dim(notes.map(marked).join("\n"))}\n`;
}
