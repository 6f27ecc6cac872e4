/** `careers list`: one row per role. */
import type { RoleSummary } from "../core/summary.js";
import type { Diagnostic } from "../diagnostic.js";
import { INFERRED_MARK } from "./blocks.js";
import { hang } from "./text.js";
import { DASH, formatMoney } from "./format.js";
import type { Style } from "./style.js";
import { renderTable } from "./table.js";

export interface ListResult {
  roles: (RoleSummary & { origin: string; file: string })[];
  /** role files that could not be loaded (their roles are not in `roles`); also printed on stderr */
  problems: Diagnostic[];
}

const LEVEL = "*";

/**
 * What the salary column holds, where it is not every role's own median: a level's median, named with the
 * table it comes from; a borrowed or inferred figure, with its reason.
 */
export function salaryNotes(roles: ListResult["roles"]): string[] {
  const withSalary = roles.filter((r) => r.medianSalary);
  const levels = withSalary.filter((r) => r.medianSalary!.basis === "level-table");
  if (levels.length === 0 && !withSalary.some((r) => r.medianSalary!.inferred)) return [];
  const tables = [...new Set(levels.map((r) => r.medianSalary!.sourceTitle))];
  const ids = (title: string) => levels.filter((r) => r.medianSalary!.sourceTitle === title).map((r) => r.id);
  const own = withSalary.filter((r) => r.medianSalary!.basis === "key-facts").map((r) => `${r.id}: ${r.medianSalary!.label}, from ${r.medianSalary!.sourceTitle}`);
  const out: string[] = [];
  if (levels.length > 0) {
    const from = tables.length === 1 ? `the salary-by-level table of ${tables[0]}` : tables.map((t) => `${t} (${ids(t).join(", ")})`).join("; ");
    out.push(`${LEVEL} The median of the role's level in ${from}${tables.length > 1 ? ", each a salary-by-level table" : ""}.${own.length ? ` Unmarked: the role's own median (${own.join("; ")}).` : ""}`);
  }
  for (const r of withSalary) if (r.medianSalary!.inferred) out.push(`${INFERRED_MARK} ${r.id}: ${r.medianSalary!.inferred.reason}`);
  return out;
}

/** "High school diploma or equivalent; some college preferred" -> "High school diploma or equivalent…" */
const firstClause = (text: string): string => {
  const cut = text.search(/[;.]/);
  return cut > 0 && cut < text.length - 1 ? text.slice(0, cut) + "…" : text;
};

export function renderList(result: ListResult, style: Style): string {
  if (result.roles.length === 0) return "No roles found.\n";
  const rows = result.roles.map((r) => {
    const m = r.medianSalary;
    const marker = (m?.basis === "level-table" ? LEVEL : "") + (m?.inferred ? INFERRED_MARK : "");
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
  const notes = [...salaryNotes(result.roles), `${result.roles.length} roles. Details: careers show <id>`];
  return `${table}\n${style.c.dim(notes.map((n) => hang(n.startsWith(LEVEL) || n.startsWith(INFERRED_MARK) ? `${n[0]} ` : "", n.replace(/^[*†] /, ""), style.width)).join("\n"))}\n`;
}
