/**
 * Some rows of ratings.json without parsing all of it: the lattice of one occupation needs the ratings of
 * about twenty, and parsing the whole file (a megabyte of numbers for O*NET's thousand occupations) is
 * most of the time `careers path <occupation>` takes. The file is one line of compact JSON written by
 * import/ratings.ts: {"format":2,"elements":[...],"importance":[[...],...],"level":[[...],...],
 * "interests":[...],"related":[[[place,"tier"],...],...]}. Rows of numbers hold no brackets, so each is
 * found by its closing one. Anything not laid out so gives null, and the caller parses the whole file.
 */
import { DATASET_FORMAT, type StoredRatings } from "../schema/occupation.js";

/** Where each of the `n` rows of the list under `key` starts; rows of numbers only (no nested brackets). */
function flatRows(text: string, key: string, n: number): number[] | null {
  const head = `"${key}":[`;
  let at = text.indexOf(head);
  if (at < 0) return null;
  at += head.length;
  const starts: number[] = [];
  for (let k = 0; k < n; k++) {
    if (text[at] !== "[") return null;
    starts.push(at);
    const end = text.indexOf("]", at);
    if (end < 0) return null;
    at = end + 2;
    if (text[end + 1] !== (k === n - 1 ? "]" : ",")) return null;
  }
  return starts;
}

/** The related list at place `i`: rows of [place, "tier"] pairs, each row ending at its first "]]" (or "[]"). */
function relatedRow(text: string, i: number, n: number): [number, string | null][] | null {
  const head = `"related":[`;
  let at = text.indexOf(head);
  if (at < 0) return null;
  at += head.length;
  for (let k = 0; k <= i && k < n; k++) {
    if (text[at] !== "[") return null;
    const end = text.startsWith("[]", at) ? at + 1 : text.indexOf("]]", at) + 1;
    if (end <= 0) return null;
    if (k === i) return JSON.parse(text.slice(at, end + 1)) as [number, string | null][];
    at = end + 2;
  }
  return null;
}

const isRow = (row: unknown, length: number): row is (number | null)[] =>
  Array.isArray(row) && row.length === length && row.every((v) => v === null || typeof v === "number");

/**
 * The ratings of the occupation at place `i` and of its related occupations, as StoredRatings with only
 * those rows filled (the other places empty; interests left out); null where the text is not laid out as
 * import writes it.
 */
export function ratingsAround(text: string, i: number, n: number): StoredRatings | null {
  try {
    const prefix = `{"format":${DATASET_FORMAT},"elements":`;
    if (!text.startsWith(prefix)) return null;
    const elementsEnd = text.indexOf("]", prefix.length);
    const elements = JSON.parse(text.slice(prefix.length, elementsEnd + 1)) as string[];
    const related = relatedRow(text, i, n);
    const importance = flatRows(text, "importance", n);
    const level = flatRows(text, "level", n);
    if (!Array.isArray(elements) || !related || !importance || !level) return null;
    if (!related.every((r) => Array.isArray(r) && Number.isInteger(r[0]) && r[0] >= 0 && r[0] < n)) return null;
    const ratings: StoredRatings = {
      format: DATASET_FORMAT,
      elements,
      importance: new Array(n),
      level: new Array(n),
      interests: new Array(n),
      related: new Array(n),
    };
    ratings.related[i] = related;
    for (const place of [i, ...related.map(([p]) => p)]) {
      const row = (starts: number[]) => JSON.parse(text.slice(starts[place]!, text.indexOf("]", starts[place]!) + 1)) as unknown;
      const im = row(importance);
      const lv = row(level);
      if (!isRow(im, elements.length) || !isRow(lv, elements.length)) return null;
      ratings.importance[place] = im;
      ratings.level[place] = lv;
    }
    return ratings;
  } catch {
    return null;
  }
}
