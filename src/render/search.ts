/** `careers search`: the ranked occupations, with why each matched. Pure. */
import type { Field } from "../core/search.js";
import type { Wage } from "../schema/occupation.js";
import { paragraph } from "./blocks.js";
import { DASH } from "./format.js";
import { formatWage } from "./occupation.js";
import type { Style } from "./style.js";
import { renderTable } from "./table.js";

export interface SearchResult {
  query: string;
  /** how many occupations matched; `results` may hold fewer (--limit) */
  total: number;
  results: {
    id: string;
    code: string;
    title: string;
    median: Wage | null;
    jobZone: number | null;
    score: number;
    matched: { field: Field; text: string }[];
  }[];
}

const cut = (text: string, max = 60) => (text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, "")}…`);

/** "title", or `alternate title "Call Center Agent"`, or `task "Answer calls…"` */
export const why = (m: { field: Field; text: string }): string => (m.field === "title" ? "title" : `${m.field} "${cut(m.text)}"`);

export function renderSearch(result: SearchResult, style: Style): string {
  if (result.results.length === 0) return `No occupation matches "${result.query}". Fewer or shorter words find more.\n`;
  const table = renderTable(style, {
    // the code, not the id: an id is the title as a slug, up to 64 characters; show takes either
    head: ["Code", "Title", "Median", "Zone", "Why it matched"],
    rows: result.results.map((r) => [
      r.code,
      r.title,
      r.median ? formatWage(r.median) : DASH,
      r.jobZone ? String(r.jobZone) : DASH,
      r.matched[0] ? why(r.matched[0]) : "",
    ]),
    align: ["left", "left", "right", "right", "left"],
  });
  const shown =
    result.results.length < result.total
      ? `${result.results.length} of ${result.total} matches (more with --limit 0)`
      : `${result.total} match${result.total === 1 ? "" : "es"}`;
  return `${table}\n${style.c.dim(paragraph(style, `${shown}. Median: annual wage, USD. Zone: O*NET job zone 1-5. Details: careers show <code>`))}\n`;
}
