/** Small pure text helpers shared by every renderer. */

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

export const stripAnsi = (s: string): string => s.replace(ANSI, "");

/** Display width of a single line (ANSI codes ignored; one column per code point). */
export const displayWidth = (s: string): number => [...stripAnsi(s)].length;

/** Widest line of a possibly multi-line string. */
export const blockWidth = (s: string): number => Math.max(0, ...s.split("\n").map(displayWidth));

/** Word-wrap plain text to a width; words longer than the width are broken. */
export function wrap(text: string, width: number): string[] {
  const w = Math.max(10, width);
  const out: string[] = [];
  for (const para of text.split("\n")) {
    let line = "";
    for (let word of para.split(/\s+/).filter(Boolean)) {
      while (word.length > w) {
        if (line) out.push(line), (line = "");
        out.push(word.slice(0, w));
        word = word.slice(w);
      }
      if (!line) line = word;
      else if (line.length + 1 + word.length <= w) line += " " + word;
      else out.push(line), (line = word);
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
