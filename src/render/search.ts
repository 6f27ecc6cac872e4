/** `careers search`: the ranked occupations, with why each matched. Pure. */
import type { z } from "zod";
import type { Field } from "../core/search.js";
import { SOURCE_NAMES } from "../core/sources.js";
import type { searchOutput } from "../schema/outputs-list.js";
import { medianCell, paragraph, WIDER_MARK, WIDER_NOTE } from "./blocks.js";
import { DASH } from "./format.js";
import type { Style } from "./style.js";
import { renderTable } from "./table.js";

/**
 * The query; each occupation found (its reference and key figures, its score and why it matched); how many
 * are listed (--limit) of how many matched: the type of the schema of search's output (schema/outputs-list.ts).
 */
export type SearchResult = z.output<typeof searchOutput>;

const cut = (text: string, max = 60) => (text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, "")}…`);

/** "title", or `alternate title "Call Center Agent"`, or `task "Answer calls…"` */
export const why = (m: { field: Field; text: string }): string => (m.field === "title" ? "title" : `${m.field} "${cut(m.text)}"`);

export function renderSearch(result: SearchResult, style: Style): string {
  if (result.results.length === 0) return `No occupation matches "${result.query}". Fewer or shorter words find more.\n`;
  // the source is a column where the results are not all O*NET's
  const sources = result.results.some((r) => r.source !== "onet");
  const table = renderTable(style, {
    // the code, not the id: an id is the title as a slug, up to 64 characters; show takes either
    head: ["Code", ...(sources ? ["Source"] : []), "Title", "Median", "Zone", "Why it matched"],
    rows: result.results.map((r) => [
      r.code ?? r.id,
      ...(sources ? [SOURCE_NAMES[r.source]] : []),
      r.title,
      medianCell(r.median),
      r.jobZone ? String(r.jobZone.zone) : DASH,
      r.matched[0] ? why(r.matched[0]) : "",
    ]),
    align: ["left", ...(sources ? ["left" as const] : []), "left", "right", "right", "left"],
  });
  const { rows, of } = result.shown;
  const shown = rows < of ? `${rows} of ${of} matches (more with --limit 0)` : `${of} match${of === 1 ? "" : "es"}`;
  const wider = result.results.some((r) => r.median?.blsBasis) ? ` ${WIDER_MARK} ${WIDER_NOTE}` : "";
  return `${table}\n${style.c.dim(paragraph(style, `${shown}. Median: annual wage. Zone: O*NET job zone 1-5. Details: careers show <code>.${wider}`))}\n`;
}
