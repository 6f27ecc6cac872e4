/**
 * `careers path <ESCO occupation>`: the occupations most similar by essential and optional items, the
 * broader and narrower ones, each with what the move takes; tables that fit the terminal, and a sheet for
 * csv and markdown. Pure.
 */
import type { ItemMove, ItemPath } from "../core/requirements.js";
import { joinBlocks, paragraph, section } from "./blocks.js";
import type { Sheet } from "./flat.js";
import type { Style } from "./style.js";
import { renderTable } from "./table.js";

/** Items to gain shown per move in tables (all are in --json and the sheet). */
export const GAIN_SHOWN = 3;

const percent = (s: number) => `${Math.round(s * 100)}%`;
const gainLines = (m: ItemMove): string => {
  if (m.toGain.length === 0) return "nothing";
  const more = m.toGain.length - GAIN_SHOWN;
  return [...m.toGain.slice(0, GAIN_SHOWN).map((i) => i.label), ...(more > 0 ? [`+${more} more`] : [])].join("\n");
};

function movesTable(style: Style, moves: readonly ItemMove[]): string {
  return renderTable(style, {
    head: ["Occupation", "Similarity", "Essential shared", "To gain (essential)"],
    rows: moves.map((m) => [
      `${m.title}\n${m.id}`,
      percent(m.similarity),
      `${m.sharedEssential} of ${m.sharedEssential + m.toGain.length}`,
      gainLines(m),
    ]),
    align: ["left", "right", "right", "left"],
  });
}

export function renderItemPath(result: ItemPath, style: Style): string {
  const part = (title: string, moves: readonly ItemMove[], none: string) =>
    section(style, title, moves.length ? movesTable(style, moves) : paragraph(style, none));
  const { essential, optional } = result.weights;
  return (
    joinBlocks([
      style.c.bold(paragraph(style, `${result.occupation.title} (${result.occupation.code})`)),
      part("Related by shared skills and knowledge", result.related, "No other occupation shares an essential or optional item with it."),
      part("Broader", result.broader, "None in the data set."),
      part("Narrower", result.narrower, "None in the data set."),
      style.c.dim(
        paragraph(
          style,
          `Similarity: the weighted Jaccard of the two occupations' ESCO items (an essential item weighs ${essential}, an optional one ${optional}; docs/matching.md). Essential shared: of the occupation's essential items, those essential here too; to gain: the others, ${GAIN_SHOWN} shown (all in --json).`,
        ),
      ),
    ]) + "\n"
  );
}

export function itemPathSheet(result: ItemPath): Sheet {
  const rows = (relation: string, moves: readonly ItemMove[]) =>
    moves.map((m) => [
      relation,
      m.id,
      m.code,
      m.title,
      Math.round(m.similarity * 10000) / 10000,
      m.sharedEssential,
      m.toGain.map((i) => i.label).join("; "),
    ]);
  return {
    title: `Moves by shared skills: ${result.occupation.title} (${result.occupation.code})`,
    head: ["relation", "id", "code", "title", "similarity", "sharedEssential", "toGain"],
    rows: [...rows("related", result.related), ...rows("broader", result.broader), ...rows("narrower", result.narrower)],
  };
}
