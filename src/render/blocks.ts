/** Building blocks of human output: headings, bullet lists, paragraphs, source lines. */
import type { Money } from "../schema/output.js";
import type { Role } from "../schema/role.js";
import { DASH, formatMoneyFigure } from "./format.js";
import type { Style } from "./style.js";
import { hang, wrap } from "./text.js";

export const paragraph = (style: Style, text: string, indent = 0): string =>
  wrap(text, style.width - indent)
    .map((l) => " ".repeat(indent) + l)
    .join("\n");

export const heading = (style: Style, title: string): string => style.c.bold.underline(paragraph(style, title));

/**
 * Each word styled on its own: for a line that mixes styles and is wrapped afterwards, so that no colour
 * code runs on over a line break.
 */
export const paintWords = (paint: (text: string) => string, text: string): string =>
  text
    .split(" ")
    .map((word) => paint(word))
    .join(" ");

export const bullets = (style: Style, items: readonly string[]): string => items.map((item) => hang("  • ", item, style.width)).join("\n");

export const numbered = (style: Style, items: readonly string[]): string =>
  items.map((item, i) => hang(`  ${String(i + 1).padStart(items.length > 9 ? 2 : 1)}. `, item, style.width)).join("\n");

import { sourceTitle } from "../core/summary.js";

export { sourceTitle };

/** "Source: <title>" (dimmed), for the foot of a section. Several ids are joined. */
export const sourceLine = (style: Style, role: Role, ids: readonly (string | undefined)[]): string => {
  const unique = [...new Set(ids.filter((x): x is string => Boolean(x)))];
  if (unique.length === 0) return "";
  const label = unique.length > 1 ? "Sources" : "Source";
  return style.c.dim(hang(`${label}: `, unique.map((id) => sourceTitle(role, id)).join("; "), style.width));
};

/** Marks a figure its data says is inferred or borrowed; a note under the section gives the reason. */
export const INFERRED_MARK = "†";
/** Marks a figure of a wider BLS occupation than the O*NET code shown (a detailed code's parent figures). */
export const WIDER_MARK = "‡";
export const WIDER_NOTE =
  "BLS publishes this figure for a wider occupation than this O*NET code (its parent or group): see the Wages and Outlook sections of careers show.";

/** An occupation's median in a table cell: the money as every listing writes it, marked where it is a wider occupation's. */
export const medianCell = (m: Money | null): string => (m ? formatMoneyFigure(m) + (m.blsBasis ? WIDER_MARK : "") : DASH);

/**
 * The notes for a section's inferred or borrowed figures: "† what: reason (from: source title)", dimmed,
 * one per figure that carries a marker.
 */
export function inferredNotes(
  style: Style,
  role: Pick<Role, "sources">,
  items: readonly (readonly [what: string, marker: { reason: string; from?: string | null | undefined } | null | undefined])[],
): string {
  const lines = items.flatMap(([what, m]) =>
    m ? [hang(`${INFERRED_MARK} `, `${what}: ${m.reason}${m.from ? ` (from: ${sourceTitle(role, m.from)})` : ""}`, style.width)] : [],
  );
  return lines.length ? style.c.dim(lines.join("\n")) : "";
}

/** A figure followed by the marker where it is inferred or borrowed. */
export const marked = (text: string, m: unknown): string => (m ? `${text}${INFERRED_MARK}` : text);

/** Join non-empty blocks with a blank line. */
export const joinBlocks = (blocks: readonly (string | undefined | false)[]): string =>
  blocks.filter((b): b is string => typeof b === "string" && b !== "").join("\n\n");

/** A section: heading, body, optional source line. */
export const section = (style: Style, title: string, body: string, source = ""): string =>
  [heading(style, title), body, source].filter(Boolean).join("\n");
