/**
 * Prompt text wrapped at word boundaries: inquirer breaks a line that is wider than the terminal at the
 * last column, mid-word ("help othe/rs."), so every message and echoed answer is wrapped here first, a
 * column short of the width so that no line ends in the terminal's last column.
 */
import { terminalWidth } from "../render/terminal.js";
import { displayWidth, wrap } from "../render/text.js";
import { safeText } from "../schema/control-chars.js";

/** Inquirer's "? " or "✔ " before a message's first line. */
const PREFIX = 2;
/** Lines after a message's first are indented to sit under its text. */
const INDENT = "  ";

/**
 * The width to wrap at: a column short of the terminal's, and never absurdly narrow. A terminal that
 * reports no width (0, as under `script`) is taken as $COLUMNS wide, else 80.
 */
export const usableWidth = (columns: number | undefined, env: Record<string, string | undefined> = {}): number =>
  Math.max(20, terminalWidth(columns, env) - 1);

/**
 * A message wrapped to `width` (see usableWidth), its first line after the prompt's prefix, the others
 * indented under it; each "\n" in `text` starts a new line. `reserve` keeps that many columns free at the
 * end of the last line, for a short answer echoed after it.
 */
export function wrapMessage(text: string, width: number, reserve = 0): string {
  const out: string[] = [];
  // a message holds the names of roles, occupations and skills: shown without control or hidden characters
  const paragraphs = safeText(text, { shown: true }).split("\n");
  paragraphs.forEach((para, p) => {
    const room = width - (p === 0 ? PREFIX : INDENT.length) - (p === paragraphs.length - 1 ? reserve : 0);
    const lines = wrap(para, Math.max(10, room));
    lines.forEach((l, i) => out.push(p === 0 && i === 0 ? l : INDENT + l));
  });
  return out.join("\n");
}

/** Columns the last line of a wrapped message takes, prefix included where it is the first line. */
export function lastLineWidth(message: string): number {
  const lines = message.split("\n");
  return displayWidth(lines.at(-1)!) + (lines.length === 1 ? PREFIX : 0);
}

/**
 * An answer echoed after a message (inquirer joins them with a space), wrapped so that it goes on where
 * the message's last line ends and continues on indented lines.
 */
export function wrapAnswer(answer: string, message: string, width: number): string {
  let used = lastLineWidth(message) + 1;
  let out = "";
  for (const word of safeText(answer, { oneLine: true, shown: true }).split(" ").filter(Boolean)) {
    const w = displayWidth(word);
    const gap = out === "" ? 0 : 1;
    if (used + gap + w > width && used > INDENT.length) {
      out += `\n${INDENT}${word}`;
      used = INDENT.length + w;
    } else {
      out += (gap ? " " : "") + word;
      used += gap + w;
    }
  }
  return out;
}
