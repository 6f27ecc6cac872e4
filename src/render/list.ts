/** `careers list`: one row per role, and per imported occupation. */
import type { ListRow } from "../core/listing.js";
import type { RoleSummary } from "../core/summary.js";
import type { Diagnostic } from "../diagnostic.js";
import { INFERRED_MARK } from "./blocks.js";
import { DASH, formatMoney } from "./format.js";
import type { Style } from "./style.js";
import { renderTable } from "./table.js";
import { hang } from "./text.js";

export interface ListResult {
  /** roles, and imported occupations (origin "occupation") when a data set is installed */
  roles: (RoleSummary & { origin: string; file: string })[] | ListRow[];
  /** role files that could not be loaded (their roles are not in `roles`); also printed on stderr */
  problems: Diagnostic[];
  /** set when --limit (or the table's default for occupations) cut the list */
  shown?: { rows: number; of: number };
}

const LEVEL = "*";

/**
 * What the salary column holds, where it is not every role's own median: a level's median, named with the
 * table it comes from; a borrowed or inferred figure, with its reason.
 */
export function salaryNotes(roles: readonly ListRow[]): string[] {
  const withSalary = roles.filter((r) => r.medianSalary && r.origin !== "occupation");
  const levels = withSalary.filter((r) => r.medianSalary!.basis === "level-table");
  if (levels.length === 0 && !withSalary.some((r) => r.medianSalary!.inferred)) return [];
  const tables = [...new Set(levels.map((r) => r.medianSalary!.sourceTitle))];
  const ids = (title: string) => levels.filter((r) => r.medianSalary!.sourceTitle === title).map((r) => r.id);
  const own = withSalary
    .filter((r) => r.medianSalary!.basis === "key-facts")
    .map((r) => `${r.id}: ${r.medianSalary!.label}, from ${r.medianSalary!.sourceTitle}`);
  const out: string[] = [];
  if (levels.length > 0) {
    const from =
      tables.length === 1 ? `the salary-by-level table of ${tables[0]}` : tables.map((t) => `${t} (${ids(t).join(", ")})`).join("; ");
    out.push(
      `${LEVEL} The median of the role's level in ${from}${tables.length > 1 ? ", each a salary-by-level table" : ""}.${own.length ? ` Unmarked: the role's own median (${own.join("; ")}).` : ""}`,
    );
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
  const all = result.roles as ListRow[];
  const withZone = all.some((r) => r.origin === "occupation");
  const rows = all.map((r) => {
    const m = r.medianSalary;
    const marker = (m?.basis === "level-table" ? LEVEL : "") + (m?.inferred ? INFERRED_MARK : "");
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
  const occupations = all.filter((r) => r.origin === "occupation").length;
  const roles = all.length - occupations;
  const counted = [roles > 0 || occupations === 0 ? `${roles} roles` : "", occupations > 0 ? `${occupations} occupations` : ""]
    .filter(Boolean)
    .join(" and ");
  const details = `Details: careers show <${withZone ? "id or code" : "id"}>`;
  const notes = [
    ...salaryNotes(all),
    withZone ? "Zone: O*NET job zone, 1 (little preparation) to 5 (extensive). ≥: BLS gives only a floor (top-coded)." : "",
    result.shown
      ? `${result.shown.rows} of ${result.shown.of} shown (all: --limit 0; narrow with --zone, --min-median, --education; order with --sort). ${details}`
      : `${counted}. ${details}`,
  ].filter(Boolean);
  const marked = (n: string) =>
    hang(n.startsWith(LEVEL) || n.startsWith(INFERRED_MARK) ? `${n[0]} ` : "", n.replace(/^[*†] /, ""), style.width);
  return `${table}\n${style.c.dim(notes.map(marked).join("\n"))}\n`;
}
