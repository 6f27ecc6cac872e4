/**
 * `careers search <words>`: imported occupations ranked by where the words appear: in the title (best),
 * an alternate title, or tasks. A word is taken in its forms (text/forms.ts: "nursing" finds "Nurses",
 * "programming" finds "Programmers"); a word that only starts a word of the text ("harbo", "nurs" in
 * "nursery") counts for less. Every word must appear somewhere in the occupation. A title or alternate
 * title that is the query, in its forms, counts most: "registered nurse" is Registered Nurses, and "rn"
 * the alternate title "Registered Nurse (RN)" (O*NET's short titles are in brackets). Pure: the index rows
 * and the text of search.tsv in, ranked hits out.
 */
import type { IndexRow, SearchText } from "../schema/occupation.js";
import { isEnding, nameKeys, stems } from "../text/forms.js";
import { ALTERNATE, lineEnd, lineStart, readLine, TASK } from "../text/search-lines.js";

export type { SearchText } from "../schema/occupation.js";

export type Field = "title" | "alternate title" | "task";

export interface SearchHit<R extends { title: string } = IndexRow> {
  row: R;
  score: number;
  /** the best line of each field that matched, best field first: its text, or where it is in search.tsv */
  matched: { field: Field; text?: string; span?: [number, number] }[];
}

/** At most this many words are looked for: each has a bit of its own in a line's two masks. */
export const MAX_WORDS = 15;

/** "Registered Nurses, ICU" -> ["register", "nurs", "icu"]: the stems looked for, without repeats. */
export function searchWords(query: string): string[] {
  return [...new Set(stems(query))].slice(0, MAX_WORDS);
}

/** What a line's score is made of: the search's method, not a field's weights (docs/import.md). */
export const SCORING = {
  /** a line with every word, by field */
  weight: { title: 100, "alternate title": 60, task: 15 } as Record<Field, number>,
  /** a word that only starts a word of the line, against one in its forms */
  partial: 0.5,
  /** a title or alternate title that is the query (in its forms), or holds it as a phrase */
  same: 1.6,
  phrase: 1.25,
  /** each other field with a match adds this share of its best line */
  otherFields: 1 / 3,
  /** the more alternate titles and tasks hold every word, the more the occupation is about them (log2 of 1 + their number) */
  perAlternate: 4,
  perTask: 2,
  /**
   * of two that match alike, the job more people do is more likely the one meant ("line cook": Cooks,
   * Restaurant before Cooks, Short Order): this for each tenfold of the openings a year
   */
  perOpeningsTenfold: 2,
  /** a word of this many letters at least, found in fewer occupations than this, is looked for as two words too */
  compoundFrom: 6,
  compoundBelow: 3,
} as const;

/** a line's field, by its letter's code: a (alternate title), k (task) */
const FIELDS: Record<number, Field> = { [ALTERNATE]: "alternate title", [TASK]: "task" };

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

/**
 * Each place in `text` where `word` starts a word: `hit(at, form)`, form when the word there is one of
 * its forms (what follows it to the word's end is an ending).
 */
function eachStart(text: string, word: string, hit: (at: number, form: boolean) => void): void {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (at > 0 && isWordChar(text.charCodeAt(at - 1))) continue;
    let end = at + word.length;
    while (end < text.length && isWordChar(text.charCodeAt(end))) end++;
    hit(at, isEnding(word, text.slice(at + word.length, end)));
  }
}

/** The same over bytes (ASCII folded): a native search of the bytes, no string made of them. */
function eachStartIn(bytes: Buffer, word: Buffer, stemmed: string, hit: (at: number, form: boolean) => void): void {
  for (let at = bytes.indexOf(word); at >= 0; at = bytes.indexOf(word, at + 1)) {
    if (at > 0 && isWordChar(bytes[at - 1]!)) continue;
    let end = at + word.length;
    while (end < bytes.length && isWordChar(bytes[end]!)) end++;
    hit(at, isEnding(stemmed, end === at + word.length ? "" : bytes.toString("latin1", at + word.length, end)));
  }
}

/** A line's words found: bit i of `any` for word i anywhere, of `forms` for word i in one of its forms. */
interface Masks {
  any: number;
  forms: number;
}

const bitCount = (mask: number): number => {
  let n = 0;
  for (let m = mask; m; m &= m - 1) n++;
  return n;
};

/** What matched, as text: the lines of search.tsv are read only for the hits shown. */
export const matchedText = (hit: SearchHit<{ title: string }>, source: SearchText): { field: Field; text: string }[] =>
  hit.matched.map((m) => ({ field: m.field, text: m.text ?? (m.span ? source.text(m.span[0], m.span[1]) : "") }));

interface Best {
  /** the words found in the field's lines, as a bit set */
  mask: number;
  score: number;
  text?: string;
  span?: [number, number];
}

/** `rows`: the index's rows in order, or anything with their titles and openings (the lines of search.tsv number them). */
export function searchOccupations<R extends { title: string; openings?: number | null }>(
  rows: readonly R[],
  source: SearchText,
  query: string,
): SearchHit<R>[] {
  const words = searchWords(query);
  if (words.length === 0) return [];
  const key = words.join(" ");
  const all = (1 << words.length) - 1;
  const best = new Map<number, Map<Field, Best>>();
  const everyWord = new Map<number, { alternates: number; tasks: number }>();

  /** `line` (its text) is needed only where every word is in its forms, to see the query as the name or in it */
  const consider = (n: number, field: Field, m: Masks, length: number, line: () => string, text: string | [number, number]) => {
    const full = bitCount(m.forms);
    const coverage = (full + SCORING.partial * bitCount(m.any & ~m.forms)) / words.length;
    let bonus = 1;
    if (m.forms === all && field !== "task") {
      const names = nameKeys(line());
      bonus = names.includes(key)
        ? SCORING.same
        : words.length > 1 && names.some((k) => ` ${k} `.includes(` ${key} `))
          ? SCORING.phrase
          : 1;
    }
    if (m.forms === all && field !== "title") {
      const counts = everyWord.get(n) ?? { alternates: 0, tasks: 0 };
      if (field === "task") counts.tasks++;
      else counts.alternates++;
      everyWord.set(n, counts);
    }
    // a title that is the query, or holds it as a phrase, more; a shorter line a little more
    const score = SCORING.weight[field] * coverage ** 2 * bonus - (field === "task" ? 0 : Math.min(length, 120) / 1000);
    const byField = best.get(n) ?? new Map<Field, Best>();
    const before = byField.get(field);
    if (!before || score > before.score) {
      byField.set(field, { mask: (before?.mask ?? 0) | m.any, score, ...(typeof text === "string" ? { text } : { span: text }) });
    } else before.mask |= m.any;
    best.set(n, byField);
  };

  rows.forEach((r, n) => {
    const lower = r.title.toLowerCase();
    const m: Masks = { any: 0, forms: 0 };
    words.forEach((w, i) =>
      eachStart(lower, w, (_, form) => {
        m.any |= 1 << i;
        if (form) m.forms |= 1 << i;
      }),
    );
    if (m.any !== 0) consider(n, "title", m, lower.length, () => r.title, r.title);
  });
  // only the lines that hold one of the words are looked at, and decoded only where it matters
  const found = new Map<number, { n: number; field: Field; m: Masks; from: number; end: number; line: string }>();
  /** one pass over search.lower for `needles`, each word `bit` of the query, into `found` by the line's place */
  const scan = (needles: { needle: Buffer; word: string; bit: number }[]) => {
    for (const { offset, bytes } of source.parts()) {
      const lines = new Map<number, Masks>();
      for (const { needle, word, bit } of needles)
        eachStartIn(bytes, needle, word, (at, form) => {
          const start = lineStart(bytes, at);
          const m = lines.get(start) ?? { any: 0, forms: 0 };
          m.any |= bit;
          if (form) m.forms |= bit;
          lines.set(start, m);
        });
      for (const [start, m] of lines) {
        const end = lineEnd(bytes, start);
        const line = readLine(bytes, start, end);
        const field = line && FIELDS[line.field];
        if (!line || !field || line.n >= rows.length) continue;
        const { n, from } = line;
        const before = found.get(offset + from);
        if (before) (before.m.any |= m.any), (before.m.forms |= m.forms);
        const f = before ?? { n, field, m, from: offset + from, end: offset + end, line: "" };
        // the line's text only where consider() will look at it: the part's bytes are read over after this loop
        if (f.m.forms === all && field !== "task" && f.line === "") f.line = bytes.toString("latin1", from, end);
        found.set(f.from, f);
      }
    }
  };
  scan(words.map((word, i) => ({ needle: Buffer.from(word, "latin1"), word, bit: 1 << i })));
  // a long word few occupations have is looked for as two words too ("babysitter": "baby sitter", "baby-sitter")
  const split = words.flatMap((word, i) => {
    if (word.length < SCORING.compoundFrom || !/^[a-z]+$/.test(word)) return [];
    const places = new Set<number>();
    for (const f of found.values()) if (f.m.any & (1 << i)) places.add(f.n);
    for (const [n, byField] of best) if ((byField.get("title")?.mask ?? 0) & (1 << i)) places.add(n);
    if (places.size >= SCORING.compoundBelow) return [];
    const halves = [];
    for (let k = 3; k <= word.length - 3; k++)
      for (const gap of [" ", "-"])
        halves.push({ needle: Buffer.from(word.slice(0, k) + gap + word.slice(k), "latin1"), word, bit: 1 << i });
    return halves;
  });
  if (split.length > 0) scan(split);
  // weighed in the order the first of their words is found, each word's in the file's order
  const lines = [...found.values()].sort((a, b) => (a.m.any & -a.m.any) - (b.m.any & -b.m.any) || a.from - b.from);
  for (const f of lines) consider(f.n, f.field, f.m, f.end - f.from, () => f.line, [f.from, f.end]);

  const hits: SearchHit<R>[] = [];
  for (const [n, byField] of best) {
    let mask = 0;
    for (const b of byField.values()) mask |= b.mask;
    if (mask !== all) continue;
    const fields = [...byField.entries()].sort((a, b) => b[1].score - a[1].score);
    const counts = everyWord.get(n);
    const score =
      fields.reduce((sum, [, b], i) => sum + (i === 0 ? b.score : b.score * SCORING.otherFields), 0) +
      SCORING.perAlternate * Math.log2(1 + (counts?.alternates ?? 0)) +
      SCORING.perTask * Math.log2(1 + (counts?.tasks ?? 0)) +
      SCORING.perOpeningsTenfold * Math.log10(1 + Math.max(0, rows[n]!.openings ?? 0));
    hits.push({
      row: rows[n]!,
      score: Math.round(score * 10) / 10,
      matched: fields.map(([field, b]) => (b.span ? { field, span: b.span } : { field, text: b.text! })),
    });
  }
  return hits.sort((a, b) => b.score - a.score || (a.row.title < b.row.title ? -1 : a.row.title > b.row.title ? 1 : 0));
}
