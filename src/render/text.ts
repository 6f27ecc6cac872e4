/** Small pure text helpers shared by every renderer. */

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

export const stripAnsi = (s: string): string => s.replace(ANSI, "");

/** Display width of a single line (ANSI codes ignored; one column per code point). */
export const displayWidth = (s: string): number => [...stripAnsi(s)].length;

/** The words of one line of text: what wrapping never cuts unless a word is wider than the line. */
export const words = (line: string): string[] => line.split(/\s+/).filter(Boolean);

/**
 * Word-wrap text to a width in display columns (colour codes are not counted), each "\n" starting a new
 * line: at spaces where it can, mid-word only where a word is wider than the width (that word loses its
 * colour codes).
 */
export function wrap(text: string, width: number): string[] {
  const w = Math.max(1, width);
  const out: string[] = [];
  for (const para of text.split("\n")) {
    let line = "";
    let lineWidth = 0;
    for (let word of words(para)) {
      let ww = displayWidth(word);
      while (ww > w) {
        if (line) out.push(line), (line = ""), (lineWidth = 0);
        const chars = [...stripAnsi(word)];
        out.push(chars.slice(0, w).join(""));
        word = chars.slice(w).join("");
        ww = displayWidth(word);
      }
      if (!line) (line = word), (lineWidth = ww);
      else if (lineWidth + 1 + ww <= w) (line += " " + word), (lineWidth += 1 + ww);
      else out.push(line), (line = word), (lineWidth = ww);
    }
    out.push(line);
  }
  return out;
}

/** Wrapped text with a first-line prefix and a hanging indent for the rest. */
export function hang(prefix: string, text: string, width: number): string {
  const pad = " ".repeat(displayWidth(prefix));
  return wrap(text, width - pad.length)
    .map((l, i) => (i === 0 ? prefix : pad) + l)
    .join("\n");
}

/** A word as the shell reads it back, for command lines to copy: quoted only when it needs to be. */
export const shellWord = (s: string): string => (/^[\w./:@%+=,-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);

export type Align = "left" | "right" | "center";

/** Text padded with spaces to a display width (colour codes not counted), aligned as asked. */
export function padTo(text: string, width: number, align: Align = "left"): string {
  const gap = Math.max(0, width - displayWidth(text));
  if (align === "right") return " ".repeat(gap) + text;
  if (align === "center") return " ".repeat(gap >> 1) + text + " ".repeat(gap - (gap >> 1));
  return text + " ".repeat(gap);
}
