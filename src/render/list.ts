/** `careers list`: one row per role. */
import type { RoleSummary } from "../core/summary.js";
import type { Diagnostic } from "../diagnostic.js";
import { paragraph } from "./blocks.js";
import { DASH, formatMoney } from "./format.js";
import type { Style } from "./style.js";
import { renderTable } from "./table.js";

export interface ListResult {
  roles: (RoleSummary & { origin: string; file: string })[];
  /** role files that could not be loaded (their roles are not in `roles`); also printed on stderr */
  problems: Diagnostic[];
}

/** "High school diploma or equivalent; some college preferred" -> "High school diploma or equivalent…" */
const firstClause = (text: string): string => {
  const cut = text.search(/[;.]/);
  return cut > 0 && cut < text.length - 1 ? text.slice(0, cut) + "…" : text;
};

export function renderList(result: ListResult, style: Style): string {
  if (result.roles.length === 0) return "No roles found.\n";
  let levelTable = false;
  const rows = result.roles.map((r) => {
    const m = r.medianSalary;
    const marker = m?.basis === "level-table" ? "*" : "";
    if (marker) levelTable = true;
    return [
      r.id,
      r.title,
      m ? formatMoney(m.amount, m.currency) + marker : DASH,
      r.growthPercent === null ? DASH : `${r.growthPercent}%`,
      r.typicalEducation ? firstClause(r.typicalEducation) : DASH,
    ];
  });
  const table = renderTable(style, {
    head: ["Id", "Title", "Median salary", "Growth", "Typical education"],
    rows,
    align: ["left", "left", "right", "right", "left"],
    compact: true,
  });
  const notes = [
    levelTable ? "* The median for the role's level, from its guide's salary-by-level table." : "",
    `${result.roles.length} roles. Details: careers show <id>`,
  ].filter(Boolean);
  return `${table}\n${style.c.dim(notes.map((n) => paragraph(style, n)).join("\n"))}\n`;
}
