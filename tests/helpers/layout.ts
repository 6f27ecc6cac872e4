/** Readers for laid-out human output: the lines wider than a width, and the words a reader sees. */
import { displayWidth } from "../../src/render/text.js";

/** Lines of `text` wider than `width` display columns (colour codes not counted). */
export const linesWiderThan = (text: string, width: number): string[] => text.split("\n").filter((l) => displayWidth(l) > width);

/** Every word on screen: text between spaces, table borders and chart bars (colour codes removed). */
export const tokens = (text: string): Set<string> =>
  new Set(
    text
      .replace(/\u001b\[[0-9;]*m/g, "")
      .split(/[\s│┌┐└┘├┤┬┴┼─\u2588-\u258f░]+/)
      .filter(Boolean),
  );

/** The table parts in `text`: how many top borders. */
export const tableCount = (text: string): number => text.split("\n").filter((l) => l.startsWith("┌")).length;

/** Only the lines of `text` inside a table (between its side borders). */
export const tableLines = (text: string): string =>
  text
    .split("\n")
    .filter((l) => l.startsWith("│"))
    .join("\n");

/** The width of the widest line of `text`, in characters. */
export const widestLine = (text: string): number => Math.max(...text.split("\n").map((l) => [...l].length));

/** The cells of the table row whose label starts the line (first line of each cell). */
export function tableRow(out: string, label: string): string[] {
  const line = out.split("\n").find((l) => l.startsWith(`│ ${label} `));
  if (!line) throw new Error(`no row "${label}" in:\n${out}`);
  return line
    .split("│")
    .slice(2, -1)
    .map((c) => c.trim());
}
