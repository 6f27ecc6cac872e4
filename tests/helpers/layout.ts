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
