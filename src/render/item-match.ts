/**
 * `careers match --skills` (and --like <ESCO occupation>): the occupations that fit the items had best,
 * each with what it lacks; a sheet for csv and markdown; and the checklist `match --template --source esco`
 * writes. Pure.
 */
import type { ItemMatchResult, ItemMatchRow, TemplateItem } from "../core/item-match.js";
import type { RequiredItem } from "../schema/occupation.js";
import { joinBlocks, paragraph } from "./blocks.js";
import type { Sheet } from "./flat.js";
import { percent } from "./match.js";
import type { Style } from "./style.js";
import { renderTable } from "./table.js";

/** Items lacking shown per occupation in tables (all are in --json and the sheet). */
export const LACKS_SHOWN = 3;

const lacksLines = (r: ItemMatchRow): string => {
  const all = [...r.lacks.essential.map((i) => i.label), ...r.lacks.optional.map((i) => `${i.label} (optional)`)];
  if (all.length === 0) return "nothing";
  const more = all.length - LACKS_SHOWN;
  return [...all.slice(0, LACKS_SHOWN), ...(more > 0 ? [`+${more} more`] : [])].join("\n");
};

const sourceLine = (r: ItemMatchResult): string => {
  const { had, learning, not } = r.items;
  const counts = `${had} item${had === 1 ? "" : "s"} had${learning ? `, ${learning} being learnt` : ""}${not ? `, ${not} not had` : ""}`;
  if (r.source.kind === "skills") return `From ${r.source.file}: ${counts}.`;
  const held = r.source.occupations.map((o) => o.title).join(", ");
  return `Like ${held} (${r.source.occupations.length > 1 ? "their" : "its"} items as had${r.source.file ? `, with ${r.source.file}` : ""}): ${counts}.`;
};

export function renderItemMatch(result: ItemMatchResult, style: Style): string {
  const { essential, optional } = result.measure.weights;
  const isco = result.filters.isco ? ` under ISCO-08 group ${result.filters.isco}` : "";
  const table =
    result.results.length === 0
      ? paragraph(style, `No ESCO occupation${isco} lists any of the items had.`)
      : renderTable(style, {
          head: ["#", "Occupation", "Fit", "Essential had", "Lacks (essential first)"],
          rows: result.results.map((r) => [
            String(r.rank),
            `${r.title}\n${r.id}`,
            percent(r.fit),
            `${r.essential.had} of ${r.essential.of}`,
            lacksLines(r),
          ]),
          align: ["right", "left", "right", "right", "left"],
        });
  return (
    joinBlocks([
      paragraph(style, sourceLine(result)),
      table,
      paragraph(
        style,
        `${result.shown.rows} shown of ${result.shown.of}${isco}; ${result.total === 1 ? "1 ESCO occupation lists" : `${result.total} ESCO occupations list`} an item had.`,
      ),
      style.c.dim(
        paragraph(
          style,
          `Fit: the share of the occupation's items you have (an essential item weighs ${essential}, an optional one ${optional}) times the share of your items it lists to the power ${result.measure.relevance} (docs/matching.md). Lacks: its essential items you do not have, then its optional ones, ${LACKS_SHOWN} shown (all in --json).`,
        ),
      ),
    ]) + "\n"
  );
}

export function itemMatchSheet(result: ItemMatchResult): Sheet {
  const labels = (items: readonly RequiredItem[]) => items.map((i) => i.label).join("; ");
  return {
    title: "Best fits by ESCO skills and knowledge",
    head: ["rank", "id", "code", "title", "fit", "coverage", "relevance", "essentialHad", "essentialOf", "lacksEssential", "lacksOptional"],
    rows: result.results.map((r) => [
      r.rank,
      r.id,
      r.code,
      r.title,
      Math.round(r.fit * 10000) / 10000,
      Math.round(r.coverage * 10000) / 10000,
      Math.round(r.relevance * 10000) / 10000,
      r.essential.had,
      r.essential.of,
      labels(r.lacks.essential),
      labels(r.lacks.optional),
    ]),
  };
}

/** Occupations named on a template's line (the count says how many list the item). */
export const NAMES_SHOWN = 3;

/** The occupations a template is of: their titles and ids by place. */
export interface TemplateOccupation {
  i: number;
  id: string;
  title: string;
}

/**
 * A skills checklist to fill in (schema/skills-checklist.ts): a `- [ ] label  # URI` line an item, with
 * how many and which of the occupations list it, essential or optional. `title` says what it is of.
 */
export function renderItemTemplate(
  title: string,
  items: readonly TemplateItem[],
  occupations: readonly TemplateOccupation[],
  use: string,
): string {
  const name = new Map(occupations.map((o) => [o.i, o.title]));
  const names = (places: readonly number[]) => {
    const more = places.length - NAMES_SHOWN;
    return (
      places
        .slice(0, NAMES_SHOWN)
        .map((i) => name.get(i)!)
        .join(", ") + (more > 0 ? ` and ${more} more` : "")
    );
  };
  const n = occupations.length;
  const lines = [
    `# ${title}: ${items.length} ESCO skills and knowledge items of ${n} occupation${n === 1 ? "" : "s"}:`,
    ...occupations.map((o) => `#   ${o.title} (${o.id})`),
    "# Mark each item you have [x], one you are learning [~]; leave [ ] those you do not have. A line is an",
    "# item's label (or its URI); the URI after # names it, whatever the label says. Then:",
    `#   ${use}`,
  ];
  const block = (heading: string, list: readonly TemplateItem[]) => {
    if (list.length === 0) return;
    lines.push("", `# ${heading}`);
    for (const t of list) {
      const said = [
        ...(t.essentialTo.length ? [`essential to ${t.essentialTo.length} of ${n}: ${names(t.essentialTo)}`] : []),
        ...(t.optionalTo.length ? [`optional to ${t.optionalTo.length} of ${n}: ${names(t.optionalTo)}`] : []),
      ];
      lines.push(`- [ ] ${t.item.label}  # ${t.item.uri}  ${t.item.kind}; ${said.join("; ")}`);
    }
  };
  block(
    "Essential to at least one of them",
    items.filter((t) => t.essentialTo.length > 0),
  );
  block(
    "Optional to them",
    items.filter((t) => t.essentialTo.length === 0),
  );
  return lines.join("\n") + "\n";
}
