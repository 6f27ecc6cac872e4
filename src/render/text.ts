/** Small pure text helpers shared by every renderer. */

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
      if (ww > w) {
        // cut into pieces of the width in one pass over the word (a word of n characters costs n, not n²/w)
        if (line) out.push(line), (line = ""), (lineWidth = 0);
        const chars = [...stripAnsi(word)];
        let at = 0;
        for (; chars.length - at > w; at += w) out.push(chars.slice(at, at + w).join(""));
        word = chars.slice(at).join("");
        ww = chars.length - at;
      }
      if (!line) (line = word), (lineWidth = ww);
      else if (lineWidth + 1 + ww <= w) (line += " " + word), (lineWidth += 1 + ww);
      else out.push(line), (line = word), (lineWidth = ww);
    }
    out.push(line);
  }
  return text.includes("\u001b") ? closeStylesPerLine(out) : out;
}

/** SGR codes that end a style, and the codes of the styles each ends. */
const ENDS: Record<string, (code: number) => boolean> = {
  "22": (c) => c === 1 || c === 2,
  "23": (c) => c === 3,
  "24": (c) => c === 4,
  "27": (c) => c === 7,
  "29": (c) => c === 9,
  "39": (c) => (c >= 30 && c <= 38) || (c >= 90 && c <= 97),
  "49": (c) => (c >= 40 && c <= 48) || (c >= 100 && c <= 107),
};

/**
 * Styled text broken into lines: a style still open at the end of a line is closed there and opened again
 * on the next, so that what is drawn between the lines (a table's borders, an indent) stays unstyled.
 */
export function closeStylesPerLine(lines: readonly string[]): string[] {
  let open: string[] = [];
  return lines.map((line) => {
    const start = open.join("");
    for (const [seq, params] of line.matchAll(/\u001b\[([\d;]*)m/g)) {
      const code = params === "" ? "0" : params!;
      if (code === "0") open = [];
      else if (ENDS[code]) open = open.filter((o) => !ENDS[code]!(Number(/\d+/.exec(o)![0])));
      else open.push(seq);
    }
    return start + line + (open.length > 0 ? "\u001b[0m" : "");
  });
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
