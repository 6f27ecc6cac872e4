/**
 * The ratings of a data set on disk: ratings.json names the elements and the related occupations' tiers,
 * and ratings.bin holds the figures, so that one occupation's ratings are read at a known offset and all
 * of them without parsing text. Written by import/write.ts; read by loader/occupations.ts. Pure: bytes in,
 * bytes out.
 *
 * ratings.bin, little-endian, three parts one after the other:
 * 1. a record per occupation, in index order: importance of each element, level of each element, then
 *    the six RIASEC scores, each a float64 (the figure exactly as imported; NaN where there is none);
 * 2. (occupations + 1) uint32: where each occupation's related occupations start in part 3, and where
 *    the last ends;
 * 3. the related occupations, each two uint32: place in the index, and tier (1 + its place in `tiers`;
 *    0 for none).
 */
import { DATASET_FORMAT, type RatingsTable, type StoredRatings } from "../schema/occupation.js";

/** ratings.json */
export interface RatingsHead {
  format: number;
  /** element ids (2.A.1.a ...), skills then knowledge: the order of each record's figures */
  elements: string[];
  /** the tiers of related occupations (Primary-Short ...), as ratings.bin numbers them */
  tiers: string[];
  /** how many records: the occupations of the index */
  occupations: number;
}

/** RIASEC: six scores in each record */
const INTERESTS = 6;

/** Where the parts of ratings.bin are, for a head. */
interface RatingsLayout {
  elements: number;
  /** bytes of one occupation's record */
  record: number;
  /** offset of the related occupations' starts (part 2) */
  starts: number;
  /** offset of the related occupations (part 3) */
  related: number;
}

function layoutOf(head: RatingsHead): RatingsLayout {
  const elements = head.elements.length;
  const record = 8 * (2 * elements + INTERESTS);
  const starts = record * head.occupations;
  return { elements, record, starts, related: starts + 4 * (head.occupations + 1) };
}

/** A head as JSON.parse gave it, if it is one of this version. */
export function isRatingsHead(value: unknown): value is RatingsHead {
  const h = value as RatingsHead | null;
  return (
    h?.format === DATASET_FORMAT &&
    Number.isInteger(h.occupations) &&
    h.occupations >= 0 &&
    Array.isArray(h.elements) &&
    h.elements.every((e) => typeof e === "string") &&
    Array.isArray(h.tiers) &&
    h.tiers.every((t) => typeof t === "string")
  );
}

export function encodeRatings(r: StoredRatings): { head: RatingsHead; bin: Buffer } {
  const tiers = [...new Set(r.related.flatMap((list) => list.map(([, tier]) => tier)).filter((t): t is string => t !== null))];
  const head: RatingsHead = { format: DATASET_FORMAT, elements: r.elements, tiers, occupations: r.importance.length };
  const layout = layoutOf(head);
  const entries = r.related.reduce((n, list) => n + list.length, 0);
  const bin = Buffer.alloc(layout.related + 8 * entries);
  const e = layout.elements;
  const figure = (v: number | null | undefined) => (v === null || v === undefined ? Number.NaN : v);
  let entry = 0;
  for (let i = 0; i < head.occupations; i++) {
    const at = i * layout.record;
    for (let c = 0; c < e; c++) {
      bin.writeDoubleLE(figure(r.importance[i]![c]), at + 8 * c);
      bin.writeDoubleLE(figure(r.level[i]![c]), at + 8 * (e + c));
    }
    for (let k = 0; k < INTERESTS; k++) bin.writeDoubleLE(figure(r.interests[i]?.[k]), at + 8 * (2 * e + k));
    bin.writeUInt32LE(entry, layout.starts + 4 * i);
    for (const [place, tier] of r.related[i]!) {
      bin.writeUInt32LE(place, layout.related + 8 * entry);
      bin.writeUInt32LE(tier === null ? 0 : tiers.indexOf(tier) + 1, layout.related + 8 * entry + 4);
      entry++;
    }
  }
  bin.writeUInt32LE(entry, layout.starts + 4 * head.occupations);
  return { head, bin };
}

/** A typed array reads the platform's byte order: ratings.bin's, little-endian, on all but a few machines. */
const LITTLE_ENDIAN = new Uint8Array(new Float64Array([1]).buffer)[7] === 0x3f;

/** `length` float64 figures from `buf` at `at`: a view of the bytes where they can be read so, else a copy. */
function figuresOf(buf: Buffer, at: number, length: number): Float64Array {
  const start = buf.byteOffset + at;
  if (LITTLE_ENDIAN && start % 8 === 0) return new Float64Array(buf.buffer, start, length);
  const copy = new Float64Array(length);
  for (let k = 0; k < length; k++) copy[k] = buf.readDoubleLE(at + 8 * k);
  return copy;
}

const rowOf = (f: Float64Array, from: number, length: number): (number | null)[] => {
  const row = new Array<number | null>(length);
  for (let k = 0; k < length; k++) {
    const v = f[from + k]!;
    row[k] = Number.isNaN(v) ? null : v;
  }
  return row;
};

/** One occupation's figures, as StoredRatings holds them */
type OccupationFigures = { importance: (number | null)[]; level: (number | null)[]; interests: number[] | null };

function recordOf(f: Float64Array, from: number, elements: number): OccupationFigures {
  const interests = rowOf(f, from + 2 * elements, INTERESTS);
  return {
    importance: rowOf(f, from, elements),
    level: rowOf(f, from + elements, elements),
    interests: interests.every((v) => v !== null) ? (interests as number[]) : null,
  };
}

/** One occupation's record, from `buf` at `at`. */
const decodeRecord = (buf: Buffer, at: number, elements: number): OccupationFigures =>
  recordOf(figuresOf(buf, at, 2 * elements + INTERESTS), 0, elements);

/** Related occupations from part 3's bytes (`buf` from the first entry on), or null when one is out of range. */
function decodeRelated(buf: Buffer, count: number, head: RatingsHead): [number, string | null][] | null {
  const list: [number, string | null][] = [];
  for (let k = 0; k < count; k++) {
    const place = buf.readUInt32LE(8 * k);
    const tier = buf.readUInt32LE(8 * k + 4);
    if (place >= head.occupations || tier > head.tiers.length) return null;
    list.push([place, tier === 0 ? null : head.tiers[tier - 1]!]);
  }
  return list;
}

/** The related occupations' part's size, read from `bin`, if `bin` is as long as its head and that say. */
function checkedEnd(head: RatingsHead, bin: Buffer): number | null {
  return endOf(head, bin.length, (offset, length) => bin.subarray(offset, offset + length));
}

/**
 * The related occupations' part's size, read through `read(offset, length)` from a ratings.bin of `size`
 * bytes, if the file is as long as its head and that say.
 */
function endOf(head: RatingsHead, size: number, read: (offset: number, length: number) => Buffer): number | null {
  const layout = layoutOf(head);
  if (size < layout.related) return null;
  const end = read(layout.starts + 4 * head.occupations, 4).readUInt32LE(0);
  return size === layout.related + 8 * end ? end : null;
}

/**
 * The figures (not the related occupations) of the first `records` occupations as one Float64Array over
 * ratings.bin's records (a view of the bytes read where it can be one), read through `read(offset,
 * length)` from a ratings.bin of `size` bytes; null when the file is not as its head says. No array or
 * boxed number is made per figure: for every occupation of a data set those were most of match's garbage.
 */
export function decodeTable(
  head: RatingsHead,
  size: number,
  read: (offset: number, length: number) => Buffer,
  records: number = head.occupations,
): RatingsTable | null {
  if (!Number.isInteger(records) || records < 0 || records > head.occupations || endOf(head, size, read) === null) return null;
  const layout = layoutOf(head);
  const bytes = records * layout.record;
  return { elements: head.elements, occupations: records, record: layout.record / 8, figures: figuresOf(read(0, bytes), 0, bytes / 8) };
}

/** Every occupation's figures, from a `bin` checked against its head. */
function figuresOfAll(head: RatingsHead, bin: Buffer): Omit<StoredRatings, "related"> {
  const layout = layoutOf(head);
  const n = head.occupations;
  const r: Omit<StoredRatings, "related"> = {
    format: head.format,
    elements: head.elements,
    importance: new Array(n),
    level: new Array(n),
    interests: new Array(n),
  };
  const figures = figuresOf(bin, 0, layout.starts / 8);
  for (let i = 0; i < n; i++) {
    const { importance, level, interests } = recordOf(figures, (i * layout.record) / 8, layout.elements);
    r.importance[i] = importance;
    r.level[i] = level;
    r.interests[i] = interests;
  }
  return r;
}

/** Every occupation's ratings, or null when `bin` is not as long as its head and its own starts say. */
export function decodeRatings(head: RatingsHead, bin: Buffer): StoredRatings | null {
  const end = checkedEnd(head, bin);
  if (end === null) return null;
  const layout = layoutOf(head);
  const n = head.occupations;
  const r: StoredRatings = { ...figuresOfAll(head, bin), related: new Array(n) };
  for (let i = 0; i < n; i++) {
    const from = bin.readUInt32LE(layout.starts + 4 * i);
    const to = bin.readUInt32LE(layout.starts + 4 * (i + 1));
    const related = from <= to && to <= end ? decodeRelated(bin.subarray(layout.related + 8 * from), to - from, head) : null;
    if (!related) return null;
    r.related[i] = related;
  }
  return r;
}

/**
 * The ratings of the occupations at `places`, and of those related to each of `relatedOf` with the
 * related lists themselves, read through `read(offset, length)` from a ratings.bin of `size` bytes: the
 * other places are left empty. Null when the file is not as its head says.
 */
export function decodeSome(
  head: RatingsHead,
  size: number,
  read: (offset: number, length: number) => Buffer,
  places: readonly number[],
  relatedOf: readonly number[] = [],
): StoredRatings | null {
  const layout = layoutOf(head);
  const n = head.occupations;
  if ([...places, ...relatedOf].some((i) => !Number.isInteger(i) || i < 0 || i >= n)) return null;
  const end = endOf(head, size, read);
  if (end === null) return null;
  const r: StoredRatings = {
    format: head.format,
    elements: head.elements,
    importance: new Array(n),
    level: new Array(n),
    interests: new Array(n),
    related: new Array(n),
  };
  const wanted = new Set(places);
  for (const i of relatedOf) {
    const bounds = read(layout.starts + 4 * i, 8);
    const from = bounds.readUInt32LE(0);
    const to = bounds.readUInt32LE(4);
    if (from > to || to > end) return null;
    const related = decodeRelated(read(layout.related + 8 * from, 8 * (to - from)), to - from, head);
    if (!related) return null;
    r.related[i] = related;
    wanted.add(i);
    for (const [place] of related) wanted.add(place);
  }
  for (const i of wanted) {
    const { importance, level, interests } = decodeRecord(read(i * layout.record, layout.record), 0, layout.elements);
    r.importance[i] = importance;
    r.level[i] = level;
    r.interests[i] = interests;
  }
  return r;
}
