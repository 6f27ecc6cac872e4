/**
 * `careers search <words>`: imported occupations ranked by where the words appear: in the title (best),
 * an alternate title, or tasks, each word matching the start of a word ("nurse" finds "Nurses" and
 * "nursery"). Every word must appear somewhere in the occupation. Pure: the index rows and the text of
 * search.tsv in, ranked hits out.
 */
import type { IndexRow, SearchText } from "../schema/occupation.js";

export type { SearchText } from "../schema/occupation.js";

export type Field = "title" | "alternate title" | "task";

export interface SearchHit<R extends { title: string } = IndexRow> {
  row: R;
  score: number;
  /** the best line of each field that matched, best field first: its text, or where it is in search.tsv */
  matched: { field: Field; text?: string; span?: [number, number] }[];
}

const STOP = new Set(["a", "an", "and", "or", "of", "the", "in", "for", "to", "with", "on", "at", "by"]);

/** "Registered Nurses, ICU" -> ["registered", "nurse", "icu"]: lower case, no stop words, a plural's s dropped. */
export function searchWords(query: string): string[] {
  const words = query
    .toLowerCase()
    .split(/[^a-z0-9+#]+/)
    .filter((w) => w !== "" && !STOP.has(w))
    .map((w) => (w.length > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.slice(0, -1) : w));
  return [...new Set(words)];
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

interface Best {
  /** how many of the words the line holds */
  count: number;
  /** the words found, as a bit set */
  mask: number;
  score: number;
  text: string;
}

const WEIGHT: Record<Field, number> = { title: 100, "alternate title": 60, task: 15 };
const FIELDS: Record<string, Field> = { a: "alternate title", k: "task" };

/** ASCII letters folded to lower case, byte for byte: offsets stay those of the original (written at import). */
export function foldAscii(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    out[i] = b >= 65 && b <= 90 ? b + 32 : b;
  }
  return out;
}

const isWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43 || c === 35;

/** Mark, in `lines` (line start -> words found), the lines of `lower` in which word `bit` starts a word. */
function linesWith(lower: string, word: string, bit: number, lines: Map<number, number>): void {
  // string search: much faster here than Buffer.indexOf called once per hit
  for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
    if (at > 0 && isWordChar(lower.charCodeAt(at - 1))) continue;
    const start = lower.lastIndexOf("\n", at) + 1;
    lines.set(start, (lines.get(start) ?? 0) | bit);
  }
}

const bitCount = (mask: number): number => {
  let n = 0;
  for (let m = mask; m; m &= m - 1) n++;
  return n;
};

/** What matched, as text: the lines of search.tsv are read only for the hits shown. */
export const matchedText = (hit: SearchHit<{ title: string }>, source: SearchText): { field: Field; text: string }[] =>
  hit.matched.map((m) => ({ field: m.field, text: m.text ?? (m.span ? source.text(m.span[0], m.span[1]) : "") }));

/** `rows`: the index's rows in order, or anything with their titles (the lines of search.tsv number them). */
export function searchOccupations<R extends { title: string }>(rows: readonly R[], source: SearchText, query: string): SearchHit<R>[] {
  const words = searchWords(query).slice(0, 30);
  if (words.length === 0) return [];
  const starts = words.map((w) => new RegExp(`(?:^|[^a-z0-9+#])${escapeRegExp(w)}`));
  const phrase = words.join(" ");
  const all = (1 << words.length) - 1;
  const best = new Map<number, Map<Field, Best & { span?: [number, number] }>>();
  const taskHits = new Map<number, number>();

  /** `plain` (the line in plain words) is needed only where every word is found, to see the query as a phrase */
  const consider = (n: number, field: Field, mask: number, length: number, plain: () => string, text: string | [number, number]) => {
    const count = bitCount(mask);
    if (count === 0) return;
    let bonus = 1;
    if (mask === all && field !== "task") {
      const p = plain();
      bonus = p === phrase || p === `${phrase}s` ? 1.6 : words.length > 1 && p.includes(phrase) ? 1.25 : 1;
    }
    if (field === "task" && mask === all) taskHits.set(n, (taskHits.get(n) ?? 0) + 1);
    // all words found count fully; some of them, in proportion; a title that is the query, or holds it as a phrase, more
    const score = WEIGHT[field] * (count / words.length) ** 2 * bonus - (field === "task" ? 0 : Math.min(length, 120) / 1000);
    const byField = best.get(n) ?? new Map<Field, Best & { span?: [number, number] }>();
    const before = byField.get(field);
    if (!before || score > before.score) {
      byField.set(field, {
        count,
        mask: (before?.mask ?? 0) | mask,
        score,
        text: typeof text === "string" ? text : "",
        ...(typeof text === "string" ? {} : { span: text }),
      });
    } else before.mask |= mask;
    best.set(n, byField);
  };
  const plainOf = (lower: string) => lower.replace(/[^a-z0-9+#]+/g, " ").trim();

  rows.forEach((r, n) => {
    const lower = r.title.toLowerCase();
    let mask = 0;
    starts.forEach((re, i) => void (re.test(lower) && (mask |= 1 << i)));
    consider(n, "title", mask, lower.length, () => plainOf(lower), r.title);
  });
  // only the lines that hold one of the words are looked at, and decoded only where it matters; they are
  // weighed in the order the first of their words is found, each word's in the file's order
  const found: { first: number; n: number; field: Field; mask: number; from: number; end: number; plain: string }[] = [];
  for (const { offset, lower } of source.parts()) {
    const lines = new Map<number, number>();
    words.forEach((w, i) => linesWith(lower, w, 1 << i, lines));
    for (const [start, mask] of lines) {
      let end = lower.indexOf("\n", start);
      if (end < 0) end = lower.length;
      let n = 0;
      let at = start;
      for (let c = lower.charCodeAt(at); at < end && c >= 48 && c <= 57; c = lower.charCodeAt(++at)) n = n * 10 + c - 48;
      if (at === start || lower.charCodeAt(at) !== 9 || lower.charCodeAt(at + 2) !== 9) continue;
      const field = FIELDS[lower.charAt(at + 1)];
      const from = at + 3;
      if (!field || n >= rows.length) continue;
      // the plain words only where consider() will look at them: the part's text is gone after this loop
      const plain = mask === all && field !== "task" ? plainOf(lower.slice(from, end)) : "";
      found.push({ first: mask & -mask, n, field, mask, from: offset + from, end: offset + end, plain });
    }
  }
  found.sort((a, b) => a.first - b.first || a.from - b.from);
  for (const f of found) consider(f.n, f.field, f.mask, f.end - f.from, () => f.plain, [f.from, f.end]);

  const hits: SearchHit<R>[] = [];
  for (const [n, byField] of best) {
    let mask = 0;
    for (const b of byField.values()) mask |= b.mask;
    if (mask !== all) continue;
    const found = [...byField.entries()].sort((a, b) => b[1].score - a[1].score);
    // the best field counts fully, the others a third; more tasks with every word count a little
    const score = found.reduce((sum, [, b], i) => sum + (i === 0 ? b.score : b.score / 3), 0) + Math.min(taskHits.get(n) ?? 0, 5) * 2;
    hits.push({
      row: rows[n]!,
      score: Math.round(score * 10) / 10,
      matched: found.map(([field, b]) => (b.span ? { field, span: b.span } : { field, text: b.text })),
    });
  }
  return hits.sort((a, b) => b.score - a.score || (a.row.title < b.row.title ? -1 : a.row.title > b.row.title ? 1 : 0));
}
