/**
 * The lines of search.tsv and its ASCII-folded copy search.lower, as the import writes them: the
 * occupation's place in the index, a tab, a letter for the field (a: alternate title, k: task), a tab,
 * the text. Read over bytes, no string made of them: what search and the name look-up share. Pure.
 */

/** A field's letter, as a byte. */
export const ALTERNATE = 97;
export const TASK = 107;

/** Where the line holding byte `at` starts (at 0, no search: a negative offset would search from the end). */
export const lineStart = (bytes: Uint8Array, at: number): number => (at === 0 ? 0 : bytes.lastIndexOf(10, at - 1) + 1);

/** Where the line holding byte `at` ends: its line feed, or the end of `bytes`. */
export function lineEnd(bytes: Uint8Array, at: number): number {
  const end = bytes.indexOf(10, at);
  return end < 0 ? bytes.length : end;
}

/**
 * The line from `start` to `end`: its place, its field's letter and where its text starts; null where it
 * does not begin with a place and a field between tabs.
 */
export function readLine(bytes: Uint8Array, start: number, end: number): { n: number; field: number; from: number } | null {
  let n = 0;
  let at = start;
  for (let c = bytes[at]!; at < end && c >= 48 && c <= 57; c = bytes[++at]!) n = n * 10 + c - 48;
  if (at === start || at + 2 >= end || bytes[at] !== 9 || bytes[at + 2] !== 9) return null;
  return { n, field: bytes[at + 1]!, from: at + 3 };
}
