/**
 * Characters a terminal acts on, or that change how text reads without being seen, and the one way text
 * from outside (role files, imported releases, data sets imported before) is made safe to show.
 *
 * - Control characters: C0 but tab and line feed, DEL, C1. A terminal acts on them (ESC starts an escape
 *   sequence that can retitle the window or clear the screen) rather than showing them.
 * - Hidden characters: the bidirectional controls (U+202A-202E embeddings and overrides, U+2066-2069
 *   isolates, U+200E/200F and U+061C marks) and the zero-width space U+200B. They reorder or split what is
 *   read ("evil‮txt.exe") while showing nothing.
 *
 * Role files may not hold either (validate rejects them at file:line:col). Imported text is stored without
 * them, and what is shown is passed through `safeText` once more, for files and data sets that were never
 * checked: both remove them (strip, not replace: they show nothing, so nothing visible is lost, and a
 * replacement character would only clutter the text), and a line break in a one-line field becomes a space.
 */
export const CONTROL_CHARS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** Bidirectional controls and the zero-width space. */
export const HIDDEN_CHARS = /[\u061c\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Either kind: what text to be shown may not hold. Tab and line feed are allowed. */
export const UNSAFE_CHARS = new RegExp(`[${CONTROL_CHARS.source.slice(1, -1)}${HIDDEN_CHARS.source.slice(1, -1)}]`, "g");

/** Line breaks of every kind (CR LF, CR, LF, NEL, the Unicode line and paragraph separators). */
const LINE_BREAKS = /\r\n|[\n\r\u0085\u2028\u2029]/g;

const UNSAFE_TEST = new RegExp(UNSAFE_CHARS.source);
const BREAK_TEST = /[\n\r\u0085\u2028\u2029]/;

/**
 * Text as it can be stored or shown: without control and hidden characters. `oneLine`: line breaks become
 * a space first (a title, a cell of a release); else they are kept as line feeds. A tab is kept in
 * stored text and becomes a space when shown (`shown`), where it would break a table's columns.
 */
export function safeText(text: string, opts: { oneLine?: boolean; shown?: boolean } = {}): string {
  let out = text;
  if (opts.oneLine ? BREAK_TEST.test(out) : out.includes("\r") || out.includes("\u2028") || out.includes("\u2029"))
    out = opts.oneLine ? out.replace(LINE_BREAKS, " ") : out.replace(LINE_BREAKS, "\n");
  if (UNSAFE_TEST.test(out)) out = out.replace(UNSAFE_CHARS, "");
  if (opts.shown && out.includes("\t")) out = out.replace(/\t/g, " ");
  return out;
}

/**
 * Every string in a value (a command's result), made safe to show (`safeText` with `shown`); objects and
 * arrays are copied only where something changes, so a clean result comes back as it went in.
 */
export function safeStrings<T>(value: T): T {
  if (typeof value === "string") return safeText(value, { shown: true }) as T;
  if (Array.isArray(value)) {
    let copy: unknown[] | null = null;
    value.forEach((v, i) => {
      const s = safeStrings(v);
      if (s !== v) (copy ??= [...value])[i] = s;
    });
    return (copy ?? value) as T;
  }
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    let copy: Record<string, unknown> | null = null;
    for (const [k, v] of Object.entries(value)) {
      const s = safeStrings(v);
      if (s !== v) (copy ??= { ...(value as Record<string, unknown>) })[k] = s;
    }
    return (copy ?? value) as T;
  }
  return value;
}

const SGR_OR_UNSAFE = new RegExp(`\u001b\\[[0-9;]*m|${UNSAFE_CHARS.source}`, "g");

/**
 * Human output as it goes to the terminal, the last guard: every control and hidden character is removed
 * but the colour codes (SGR, `ESC [ … m`) the program writes when colour is on. Line feeds are kept; what
 * the renderers were given has been through `safeStrings` already, so this finds anything only where a
 * renderer took text from elsewhere.
 */
export function safeOutput(text: string, color: boolean): string {
  if (!UNSAFE_TEST.test(text)) return text;
  return text.replace(SGR_OR_UNSAFE, (m) => (color && m.length > 1 ? m : ""));
}

/** What JSON.stringify leaves raw that a terminal acts on or hides: DEL, C1, the hidden characters, the Unicode line breaks. */
const RAW_IN_JSON = new RegExp(`[\u007f-\u009f${HIDDEN_CHARS.source.slice(1, -1)}\u2028\u2029]`, "g");
const RAW_IN_JSON_TEST = new RegExp(RAW_IN_JSON.source);

/** JSON text with the characters JSON.stringify leaves raw (DEL, C1, hidden ones) written as \u escapes: the same value, inert in a terminal. */
export const escapeUnsafeJson = (json: string): string =>
  RAW_IN_JSON_TEST.test(json) ? json.replace(RAW_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`) : json;
