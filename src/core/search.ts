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
import { isEnding, LONGEST_REST, nameKeys, stems } from "../text/forms.js";
import { ALTERNATE, lineEnd, lineStart, readLine, TASK } from "../text/search-lines.js";
import type { WordSource } from "../text/search-words.js";

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

/** What wordIn finds: the word starts a word of the text; and one such word is one of its forms. */
const FOUND = 1;
const FORM = 2;

/**
 * Whether `word` starts a word of `text` (FOUND), and where one such word is one of its forms (what
 * follows the stem to the word's end is an ending), FORM as well.
 */
function wordIn(text: string, word: string): number {
  let found = 0;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    // before the first character and after the last, charCodeAt gives NaN: no word character
    if (isWordChar(text.charCodeAt(at - 1))) continue;
    let end = at + word.length;
    while (isWordChar(text.charCodeAt(end))) end++;
    if (isEnding(word, text.slice(at + word.length, end))) return FOUND | FORM;
    found = FOUND;
  }
  return found;
}

/**
 * The same at one place of bytes (ASCII folded), where `length` bytes of the needle start a word: whether
 * the word there is one of the forms of `stemmed`. The rest is read as text only where it can be an
 * ending: most words of the text go on further or not at all.
 */
function formAt(bytes: Buffer, at: number, length: number, stemmed: string): boolean {
  let end = at + length;
  // past the end, bytes[end] is undefined: no word character
  while (isWordChar(bytes[end]!)) end++;
  const rest = end - at - length;
  return rest <= LONGEST_REST && isEnding(stemmed, bytes.toString("latin1", at + length, end));
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
  hit.matched.map((m) => ({ field: m.field, text: m.span ? source.text(m.span[0], m.span[1]) : m.text! }));

/** The best line of one field of an occupation, and the words found in all the field's lines. */
interface Best {
  field: Field;
  /** the words found in the field's lines, as a bit set */
  mask: number;
  score: number;
  text?: string;
  span?: [number, number];
}

/** A line of search.lower that holds some of the words: its occupation, field, words and place. */
interface FoundLine {
  n: number;
  field: Field;
  m: Masks;
  from: number;
  end: number;
  /** its text, read only where every word is in its forms and the field is a name (see consider) */
  line: string;
}

/**
 * `rows`: the index's rows in order, or anything with their titles and openings (the lines of search.tsv
 * number them). `wordIndex`, where the data set has it, gives the lines holding each word (search.words):
 * the same lines as a scan of search.lower finds, without reading all of it.
 */
export function searchOccupations<R extends { title: string; openings?: number | null }>(
  rows: readonly R[],
  source: SearchText,
  query: string,
  wordIndex: WordSource | null = null,
): SearchHit<R>[] {
  const words = searchWords(query);
  if (words.length === 0) return [];
  const index = words.every((w) => /^[a-z0-9+#]+$/.test(w)) ? wordIndex : null;
  const key = words.join(" ");
  const all = (1 << words.length) - 1;
  /** by the occupation's place: each field's best line, the fields in the order they first matched */
  const best: Best[][] = new Array(rows.length);
  /** the places with a match, in the order of their first */
  const touched: number[] = [];
  /** by the occupation's place: its alternate titles and tasks with every word in its forms */
  const alternates = new Uint32Array(rows.length);
  const tasks = new Uint32Array(rows.length);

  /**
   * A line of `field` with the words `m`: `line`, its text, is read only where every word is in its forms,
   * to see the query as the name or in it; `text` for a title, else the line's place in search.tsv.
   */
  const consider = (n: number, field: Field, m: Masks, length: number, line: string, text: string | null, from: number, end: number) => {
    const full = bitCount(m.forms);
    const coverage = (full + SCORING.partial * bitCount(m.any & ~m.forms)) / words.length;
    let bonus = 1;
    if (m.forms === all && field !== "task") {
      const names = nameKeys(line);
      bonus = names.includes(key)
        ? SCORING.same
        : words.length > 1 && names.some((k) => ` ${k} `.includes(` ${key} `))
          ? SCORING.phrase
          : 1;
    }
    if (m.forms === all && field === "task") tasks[n]!++;
    else if (m.forms === all && field === "alternate title") alternates[n]!++;
    // a title that is the query, or holds it as a phrase, more; a shorter line a little more
    const score = SCORING.weight[field] * coverage ** 2 * bonus - (field === "task" ? 0 : Math.min(length, 120) / 1000);
    let fields = best[n];
    if (!fields) {
      fields = best[n] = [];
      touched.push(n);
    }
    let before: Best | undefined;
    for (const b of fields) if (b.field === field) before = b;
    if (!before) fields.push(text === null ? { field, mask: m.any, score, span: [from, end] } : { field, mask: m.any, score, text });
    else {
      before.mask |= m.any;
      if (score > before.score) {
        before.score = score;
        if (text === null) before.span = [from, end];
        else before.text = text;
      }
    }
  };

  for (let n = 0; n < rows.length; n++) {
    const title = rows[n]!.title;
    const lower = title.toLowerCase();
    const m: Masks = { any: 0, forms: 0 };
    for (let i = 0; i < words.length; i++) {
      const found = wordIn(lower, words[i]!);
      if (found & FOUND) m.any |= 1 << i;
      if (found & FORM) m.forms |= 1 << i;
    }
    if (m.any !== 0) consider(n, "title", m, lower.length, title, title, 0, 0);
  }
  // only the lines that hold one of the words are looked at, and decoded only where it matters
  const found = new Map<number, FoundLine>();
  /** one pass over search.lower for `needles`, each word `bit` of the query, into `found` by the line's place */
  const scan = (needles: { needle: Buffer; word: string; bit: number }[]) => {
    for (const { offset, bytes } of source.parts()) {
      const lines = new Map<number, Masks>();
      // a native search of the bytes for each needle, no string made of them
      for (const { needle, word, bit } of needles)
        for (let at = bytes.indexOf(needle); at >= 0; at = bytes.indexOf(needle, at + 1)) {
          if (isWordChar(bytes[at - 1]!)) continue; // bytes[-1]: undefined
          const form = formAt(bytes, at, needle.length, word);
          const start = lineStart(bytes, at);
          const m = lines.get(start);
          if (m) {
            m.any |= bit;
            if (form) m.forms |= bit;
          } else lines.set(start, { any: bit, forms: form ? bit : 0 });
        }
      for (const [start, m] of lines) {
        const end = lineEnd(bytes, start);
        const line = readLine(bytes, start, end);
        const field = line && FIELDS[line.field];
        if (!line || !field || line.n >= rows.length) continue;
        const { n, from } = line;
        let f = found.get(offset + from);
        if (f) (f.m.any |= m.any), (f.m.forms |= m.forms);
        else found.set(offset + from, (f = { n, field, m, from: offset + from, end: offset + end, line: "" }));
        // the line's text only where consider() will look at it: the part's bytes are read over after this loop
        if (f.m.forms === all && field !== "task" && f.line === "") f.line = bytes.toString("latin1", from, end);
      }
    }
  };
  /** the same from the word index: each word's lines, their text read only where consider() looks at it */
  const look = (index: WordSource) => {
    words.forEach((word, i) => {
      const bit = 1 << i;
      for (const l of index.lines(word, (rest) => rest.length <= LONGEST_REST && isEnding(word, rest))) {
        const field = FIELDS[l.field];
        if (!field || l.n >= rows.length) continue;
        const f = found.get(l.from);
        if (f) (f.m.any |= bit), l.form && (f.m.forms |= bit);
        else found.set(l.from, { n: l.n, field, m: { any: bit, forms: l.form ? bit : 0 }, from: l.from, end: l.end, line: "" });
      }
    });
    const named = [...found.values()].filter((f) => f.m.forms === all && f.field !== "task");
    index.lower(named.map((f) => [f.from, f.end])).forEach((line, k) => {
      named[k]!.line = line;
    });
  };
  // the words are ASCII (searchWords): their bytes are those of search.lower
  if (index) look(index);
  else scan(words.map((word, i) => ({ needle: Buffer.from(word), word, bit: 1 << i })));
  /**
   * Whether fewer than SCORING.compoundBelow occupations hold the word `bit`, in their titles (all that
   * `best` holds yet: the lines are weighed after this) or lines; counting stops when they are not few.
   */
  const few = (bit: number): boolean => {
    const places = new Set<number>();
    const add = (n: number) => places.add(n).size < SCORING.compoundBelow;
    for (const n of touched) if (best[n]![0]!.mask & bit && !add(n)) return false;
    for (const f of found.values()) if (f.m.any & bit && !add(f.n)) return false;
    return true;
  };
  // a long word few occupations have is looked for as two words too ("babysitter": "baby sitter", "baby-sitter")
  const split = words.flatMap((word, i) => {
    if (word.length < SCORING.compoundFrom || !/^[a-z]+$/.test(word) || !few(1 << i)) return [];
    const halves = [];
    for (let k = 3; k <= word.length - 3; k++)
      for (const gap of [" ", "-"]) halves.push({ needle: Buffer.from(word.slice(0, k) + gap + word.slice(k)), word, bit: 1 << i });
    return halves;
  });
  if (split.length > 0) scan(split);
  // weighed in the order the first of their words is found, each word's in the file's order
  const lines = [...found.values()].sort((a, b) => (a.m.any & -a.m.any) - (b.m.any & -b.m.any) || a.from - b.from);
  for (const f of lines) consider(f.n, f.field, f.m, f.end - f.from, f.line, null, f.from, f.end);

  const hits: SearchHit<R>[] = [];
  for (const n of touched) {
    const fields = best[n]!;
    let mask = 0;
    for (const b of fields) mask |= b.mask;
    if (mask !== all) continue;
    // best field first; of two alike, the one matched first (the sort is stable)
    fields.sort((a, b) => b.score - a.score);
    const score =
      fields.reduce((sum, b, i) => sum + (i === 0 ? b.score : b.score * SCORING.otherFields), 0) +
      SCORING.perAlternate * Math.log2(1 + alternates[n]!) +
      SCORING.perTask * Math.log2(1 + tasks[n]!) +
      SCORING.perOpeningsTenfold * Math.log10(1 + Math.max(0, rows[n]!.openings ?? 0));
    hits.push({
      row: rows[n]!,
      score: Math.round(score * 10) / 10,
      matched: fields.map((b) => (b.span ? { field: b.field, span: b.span } : { field: b.field, text: b.text! })),
    });
  }
  return hits.sort((a, b) => b.score - a.score || (a.row.title < b.row.title ? -1 : a.row.title > b.row.title ? 1 : 0));
}
