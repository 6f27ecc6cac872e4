/**
 * search.words: the words of search.lower, each with the lines it is in, written by the import beside
 * search.lower so that `search` reads the lines holding its words instead of scanning the whole file.
 * A word is a run of word characters (a-z, 0-9, + and #: what the search takes a word to be), the whole
 * line's, its place and field letter too, as the search's scan finds them. Pure: bytes in, bytes out.
 *
 * Layout, little-endian u32s:
 * - header (8): WORDS_MAGIC, WORDS_FORMAT, the bytes of search.lower, words W, postings P, the head's
 *   bytes (header to the end of the words' bytes, padded to 4), the words' bytes, 0;
 * - the end of each word in the words' bytes (W);
 * - the first posting of each word (W + 1, the last P);
 * - the words' bytes, sorted (byte order), and padding;
 * - the postings (P, 2 u32 each), by word, each word's in the order of its lines: where the line's text
 *   starts in search.lower, with its field in the top 2 bits (1 alternate title, 2 task), and the line's
 *   occupation (its place in the index: the high 16 bits) with its text's length (the low 16).
 * A line that is not `<place>\t<a|k>\t<text>` is left out, as the search leaves it out.
 */
import { ALTERNATE, lineEnd, readLine, TASK } from "./search-lines.js";

export const WORDS_FILE = "search.words";
export const WORDS_MAGIC = 0x31575343; // "CSW1"
export const WORDS_FORMAT = 1;
const HEADER = 8;

const isWordByte = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43 || c === 35;
const FIELD_BITS: Record<number, number> = { [ALTERNATE]: 1, [TASK]: 2 };
const FIELD_OF_BITS = [0, ALTERNATE, TASK, 0];

/** A line holding a word: where its text starts and ends in search.lower, its occupation and field letter. */
export interface WordLine {
  from: number;
  end: number;
  n: number;
  field: number;
}

/**
 * search.words of `lower` (search.lower's bytes); null where a line's figures do not fit the postings
 * (a file of 1 GiB or more, 65,536 occupations or more, a line of 64 KiB or more): the search then scans.
 */
export function encodeWordIndex(lower: Uint8Array): Buffer | null {
  if (lower.length >= 2 ** 30) return null;
  const byWord = new Map<string, number[]>();
  const froms: number[] = [];
  const metas: number[] = [];
  const seen = new Set<string>();
  for (let start = 0; start < lower.length; ) {
    const end = lineEnd(lower, start);
    const line = readLine(lower, start, end);
    const bits = line ? FIELD_BITS[line.field] : undefined;
    if (line && bits) {
      if (line.n >= 2 ** 16 || end - line.from >= 2 ** 16) return null;
      const id = froms.length;
      froms.push((line.from | (bits << 30)) >>> 0);
      metas.push(((line.n << 16) | (end - line.from)) >>> 0);
      seen.clear();
      for (let at = start; at < end; ) {
        if (!isWordByte(lower[at]!)) {
          at++;
          continue;
        }
        let to = at + 1;
        while (to < end && isWordByte(lower[to]!)) to++;
        const word = Buffer.from(lower.buffer, lower.byteOffset + at, to - at).toString("latin1");
        if (!seen.has(word)) {
          seen.add(word);
          const ids = byWord.get(word);
          if (ids) ids.push(id);
          else byWord.set(word, [id]);
        }
        at = to;
      }
    }
    start = end + 1;
  }
  const words = [...byWord.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const wordBytes = words.reduce((sum, w) => sum + w.length, 0);
  const postings = words.reduce((sum, w) => sum + byWord.get(w)!.length, 0);
  const head = 4 * (HEADER + words.length + words.length + 1) + wordBytes;
  const headBytes = head + ((4 - (head % 4)) % 4);
  const out = Buffer.alloc(headBytes + 8 * postings);
  const u32 = (i: number, v: number) => out.writeUInt32LE(v >>> 0, 4 * i);
  [WORDS_MAGIC, WORDS_FORMAT, lower.length, words.length, postings, headBytes, wordBytes, 0].forEach((v, i) => u32(i, v));
  const textAt = 4 * (HEADER + 2 * words.length + 1);
  let textEnd = 0;
  let posting = 0;
  words.forEach((word, k) => {
    out.write(word, textAt + textEnd, "latin1");
    textEnd += word.length;
    u32(HEADER + k, textEnd);
    u32(HEADER + words.length + k, posting);
    for (const id of byWord.get(word)!) {
      out.writeUInt32LE(froms[id]!, headBytes + 8 * posting);
      out.writeUInt32LE(metas[id]!, headBytes + 8 * posting + 4);
      posting++;
    }
  });
  u32(HEADER + 2 * words.length, posting);
  return out;
}

/** The head of search.words as read: how many bytes it is, from its header; null where it is not one. */
export function wordsHeadBytes(header: Uint8Array): number | null {
  if (header.length < 4 * HEADER) return null;
  const view = new DataView(header.buffer, header.byteOffset, 4 * HEADER);
  return view.getUint32(0, true) === WORDS_MAGIC && view.getUint32(4, true) === WORDS_FORMAT ? view.getUint32(20, true) : null;
}

/** A word index opened: the lines holding words a stem starts, read where `postings` reads them. */
export interface WordIndex {
  /**
   * Each line holding a word that `stem` starts (a word character run of the line), once, with `form`
   * true where one such word is one of the stem's forms (`isForm` of what follows the stem).
   */
  lines(stem: string, isForm: (rest: string) => boolean): (WordLine & { form: boolean })[];
}

/** The index with the ASCII-folded text of lines: what the search is given (loader/occupations.ts). */
export interface WordSource extends WordIndex {
  /** search.lower between each pair of offsets, as latin1 text, in the order given */
  lower(spans: readonly [number, number][]): string[];
}

/**
 * The index over `head` (the file's first wordsHeadBytes bytes), for a search.lower of `lowerBytes` and a
 * file of `fileBytes`; `postings(first, count)` reads postings (8 bytes each) from the file. null where
 * the head is not one of a whole index of that search.lower: the caller says the file is damaged.
 */
export function openWordIndex(
  head: Uint8Array,
  lowerBytes: number,
  fileBytes: number,
  postings: (first: number, count: number) => Uint8Array,
): WordIndex | null {
  const headBytes = wordsHeadBytes(head);
  if (headBytes === null || head.length < headBytes) return null;
  const view = new DataView(head.buffer, head.byteOffset, headBytes);
  const u32 = (i: number) => view.getUint32(4 * i, true);
  const [count, total, wordBytes] = [u32(3), u32(4), u32(6)];
  const textAt = 4 * (HEADER + 2 * count + 1);
  if (u32(2) !== lowerBytes || textAt + wordBytes > headBytes || fileBytes !== headBytes + 8 * total) return null;
  if ((count > 0 && u32(HEADER + count - 1) !== wordBytes) || u32(HEADER + 2 * count) !== total) return null;
  const text = Buffer.from(head.buffer, head.byteOffset + textAt, wordBytes);
  /** a word's bytes, or its postings, where they go up as they must: an entry read that does not is damage */
  const span = (at: number, k: number, last: number): [number, number] => {
    const from = k === 0 ? 0 : u32(at + k - 1);
    const to = u32(at + k);
    if (from > to || to > last) throw new RangeError("an entry out of order");
    return [from, to];
  };
  const wordAt = (k: number) => text.toString("latin1", ...span(HEADER, k, wordBytes));
  /** the first word not before `stem` in byte order */
  const lowerBound = (stem: string): number => {
    let lo = 0;
    let hi = count;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (wordAt(mid) < stem) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return {
    lines(stem, isForm) {
      const from = lowerBound(stem);
      let to = from;
      const forms: boolean[] = [];
      for (; to < count; to++) {
        const word = wordAt(to);
        if (!word.startsWith(stem)) break;
        forms.push(isForm(word.slice(stem.length)));
      }
      if (to === from) return [];
      const first = span(HEADER + count + 1, from, total)[0];
      const bytes = postings(first, span(HEADER + count + 1, to - 1, total)[1] - first);
      const posts = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      const byFrom = new Map<number, WordLine & { form: boolean }>();
      for (let k = from; k < to; k++) {
        const form = forms[k - from]!;
        const [start, end] = span(HEADER + count + 1, k, total);
        for (let p = start - first; p < end - first; p++) {
          const at = posts.getUint32(8 * p, true);
          const meta = posts.getUint32(8 * p + 4, true);
          const textFrom = at & 0x3fffffff;
          const line = byFrom.get(textFrom);
          if (line) line.form ||= form;
          else {
            const end = textFrom + (meta & 0xffff);
            const field = FIELD_OF_BITS[at >>> 30]!;
            if (end > lowerBytes || field === 0) throw new RangeError("a posting outside search.lower");
            byFrom.set(textFrom, { from: textFrom, end, n: meta >>> 16, field, form });
          }
        }
      }
      return [...byFrom.values()];
    },
  };
}
