/** `careers list`: one row per role. */
import type { ListRow } from "../core/listing.js";
import type { RoleSummary } from "../core/summary.js";
import type { Diagnostic } from "../diagnostic.js";
import { paragraph } from "./blocks.js";
import { DASH, formatMoney } from "./format.js";
import type { Style } from "./style.js";
import { renderTable } from "./table.js";

export interface ListResult {
  /** roles, and imported occupations (origin "occupation") when a data set is installed */
  roles: (RoleSummary & { origin: string; file: string })[] | ListRow[];
  /** role files that could not be loaded (their roles are not in `roles`); also printed on stderr */
  problems: Diagnostic[];
  /** set when --limit (or the table's default for occupations) cut the list */
  shown?: { rows: number; of: number };
}

/** "High school diploma or equivalent; some college preferred" -> "High school diploma or equivalent…" */
const firstClause = (text: string): string => {
  const cut = text.search(/[;.]/);
  return cut > 0 && cut < text.length - 1 ? text.slice(0, cut) + "…" : text;
};

export function renderList(result: ListResult, style: Style): string {
  if (result.roles.length === 0) return "No roles found.\n";
  let levelTable = false;
  const withZone = (result.roles as ListRow[]).some((r) => r.origin === "occupation");
  const rows = (result.roles as ListRow[]).map((r) => {
    const m = r.medianSalary;
    const marker = m?.basis === "level-table" ? "*" : "";
    if (marker) levelTable = true;
    const row = [
      // an occupation's id is its title as a slug, up to 64 characters: its code is shorter, and show takes either
      r.origin === "occupation" && r.code ? r.code : r.id,
      r.title,
      m ? (m.atLeast ? "≥ " : "") + formatMoney(m.amount, m.currency) + marker : DASH,
      r.growthPercent === null ? DASH : `${r.growthPercent}%`,
      r.typicalEducation ? firstClause(r.typicalEducation) : DASH,
    ];
    return withZone ? [...row, r.jobZone ? String(r.jobZone) : DASH] : row;
  });
  const table = renderTable(style, {
    head: [withZone ? "Id or code" : "Id", "Title", "Median salary", "Growth", "Typical education", ...(withZone ? ["Zone"] : [])],
    rows,
    align: ["left", "left", "right", "right", "left", "right"],
    compact: true,
  });
  const occupations = (result.roles as ListRow[]).filter((r) => r.origin === "occupation").length;
  const roles = result.roles.length - occupations;
  const counted = [roles > 0 || occupations === 0 ? `${roles} roles` : "", occupations > 0 ? `${occupations} occupations` : ""].filter(Boolean).join(" and ");
  const details = `Details: careers show <${withZone ? "id or code" : "id"}>`;
  const notes = [
    levelTable ? "* The median for the role's level, from its guide's salary-by-level table." : "",
    withZone ? "Zone: O*NET job zone, 1 (little preparation) to 5 (extensive). ≥: BLS gives only a floor (top-coded)." : "",
    result.shown
      ? `${result.shown.rows} of ${result.shown.of} shown (all: --limit 0; narrow with --zone, --min-median, --education; order with --sort). ${details}`
      : `${counted}. ${details}`,
  ].filter(Boolean);
  return `${table}\n${style.c.dim(notes.map((n) => paragraph(style, n)).join("\n"))}\n`;
}
