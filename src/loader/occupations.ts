/**
 * Reading the installed occupations data set (written by `careers import`, see import/write.ts). The data
 * set lives in <data home>/occupations/ (store/dataset.ts): `current.json` names the folder of the complete set in use, so an
 * import switches sets with one rename. Files are read when first needed: the index for look-ups and lists,
 * one occupation's line of details.jsonl for `show`, search.tsv for `search`.
 */
import { closeSync, fstatSync, openSync, readFileSync, readSync, statSync } from "node:fs";
import { join } from "node:path";
import { dataError } from "../errors.js";
import {
  ACTIVITIES_FILE,
  CURRENT,
  DATASET_FORMAT,
  type Index,
  type IndexRow,
  type Manifest,
  type Occupation,
  type RatingsTable,
  type Reference,
  type SearchText,
  type StoredActivities,
  type StoredRatings,
} from "../schema/occupation.js";
import { openWordIndex, WORDS_FILE, type WordSource, wordsHeadBytes } from "../text/search-words.js";
import {
  AREAS_BIN,
  AREAS_JSON,
  type AreaFigures,
  type AreaHead,
  areaWindow,
  decodeRecords,
  headOccupation,
  isAreaHead,
  RECORD_BYTES,
  recordOfArea,
} from "./area-file.js";
import { ESCO_JSON, type EscoHead, expandRequirements, isEscoHead, type StoredRequirements } from "./esco-file.js";
import { type StoredIndex, type StoredRow, unpackIndex, unpackRow } from "./occupation-index.js";
import { ESCO_CODE, ESCO_URI, type Found, findOccupation, type Named, ONET, SOC, suggestOccupation } from "./occupation-lookup.js";
import { decodeRatings, decodeSome, decodeTable, isRatingsHead, type RatingsHead } from "./ratings-file.js";

export { CURRENT };

interface Current {
  format: number;
  set: string;
}

const SET_NAME = /^set-[A-Za-z0-9-]+$/;

/** What is wrong with a file of a data set whose size is not the one its manifest records. */
export const sizeProblem = (size: number, written: number): string => `${size} bytes, not the ${written} written`;

/** The one error of a damaged data set: the file, what is wrong, and the way out. */
export const corrupt = (path: string, why: string) =>
  dataError(
    `the occupations data set is damaged (${path}: ${why}); import it again (careers import <files>) or remove it (careers import --remove)`,
  );

/** The folder of the data set in use, or null when none is installed. */
export function installedSet(root: string): string | null {
  const path = join(root, CURRENT);
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT" || (err as NodeJS.ErrnoException).code === "ENOTDIR") return null;
    throw dataError(`cannot read ${path}: ${(err as Error).message}`);
  }
  let current: Current;
  try {
    current = JSON.parse(text) as Current;
  } catch {
    throw corrupt(path, "not JSON");
  }
  if (current?.format !== DATASET_FORMAT) {
    throw dataError(
      `the occupations data set at ${root} was written by another version of careers (format ${String(current?.format)}); import it again (careers import <files>)`,
    );
  }
  if (typeof current.set !== "string" || !SET_NAME.test(current.set)) throw corrupt(path, "no data set named");
  return join(root, current.set);
}

/** A file of the data set, whole; one that cannot be read makes the data set damaged. */
function readPart(path: string): string;
function readPart(path: string, encoding: null): Buffer;
function readPart(path: string, encoding: BufferEncoding | null = "utf8"): string | Buffer {
  try {
    return readFileSync(path, encoding);
  } catch (err) {
    throw corrupt(path, (err as NodeJS.ErrnoException).code === "ENOENT" ? "missing" : (err as Error).message);
  }
}

/** What a look-up in index.json's bytes gives: the row, ABSENT (no row has it), or null (look in the parsed index). */
const ABSENT = Symbol("absent");
type Quick = IndexRow | typeof ABSENT | null;

/** The bytes end as index.json does (`...]]}`, a newline or spaces after): not cut short. */
function endsWhole(bytes: Buffer): boolean {
  let k = bytes.length - 1;
  while (k >= 0 && (bytes[k] === 0x0a || bytes[k] === 0x0d || bytes[k] === 0x20 || bytes[k] === 0x09)) k--;
  return bytes[k] === 0x7d && bytes[k - 1] === 0x5d && bytes[k - 2] === 0x5d;
}

const isStoredRow = (r: unknown): r is StoredRow =>
  Array.isArray(r) &&
  r.length === 12 &&
  typeof r[0] === "string" &&
  typeof r[1] === "string" &&
  typeof r[2] === "string" &&
  Number.isInteger(r[9]) &&
  Number.isInteger(r[10]) &&
  Number.isInteger(r[11]);

export class Dataset {
  private indexBytesCache?: Buffer;
  private storedCache?: StoredIndex;
  /** index.json's head (all but its rows), for rows read alone */
  private quickHeadCache?: StoredIndex;
  private indexCache?: Index;
  private namesCache?: (Named & { i: number })[];
  private referenceCache?: Reference;
  private ratingsHeadCache?: RatingsHead;
  private ratingsCache?: StoredRatings;
  /** places in the index of the rows found in its text (quickRow) */
  private quickPlaces = new Map<string, number>();
  private manifestCache?: Manifest;
  private areaHeadCache?: AreaHead | null;
  private escoCache?: EscoHead;
  private activitiesCache?: StoredActivities | null;
  /** whether the sizes of the files are still to be checked against the manifest (see `sizes`) */
  private unchecked: boolean;

  /** `checkSizes`: before the first file is read, each file's size is checked against the manifest (openDataset) */
  constructor(
    readonly dir: string,
    checkSizes = false,
  ) {
    this.unchecked = checkSizes;
  }

  /** The path of a file of the set, once the sizes are checked. */
  private at(name: string): string {
    if (this.unchecked) this.sizes();
    return join(this.dir, name);
  }

  /**
   * Each file the manifest records has the size it records: a stat each, no reading (the hashes are
   * checked by \`careers import --verify\` only). A file cut short or grown is damage, named. A set
   * written before sizes were recorded has nothing to check.
   */
  private sizes(): void {
    this.unchecked = false;
    for (const [name, record] of Object.entries(this.manifest().files ?? {})) {
      const path = join(this.dir, name);
      const size = statSync(path, { throwIfNoEntry: false })?.size;
      if (size === undefined) throw corrupt(path, "missing");
      if (size !== record.bytes) throw corrupt(path, sizeProblem(size, record.bytes));
    }
  }

  /** The sizes checked now (once): a damaged set throws here, before any of it is used. */
  check(): void {
    if (this.unchecked) this.sizes();
  }

  private text(name: string): string {
    return readPart(this.at(name));
  }

  private json<T>(name: string, text = this.text(name)): T {
    try {
      return JSON.parse(text) as T;
    } catch {
      throw corrupt(join(this.dir, name), "not JSON");
    }
  }

  /** manifest.json: read before the sizes are checked, as it records them; a set's folder gone is said so */
  manifest(): Manifest {
    if (!this.manifestCache) {
      const path = join(this.dir, "manifest.json");
      if (statSync(this.dir, { throwIfNoEntry: false }) === undefined) throw corrupt(this.dir, "missing (current.json names it)");
      const manifest = this.json<Manifest>("manifest.json", readPart(path));
      if (manifest === null || typeof manifest !== "object") throw corrupt(path, "not a manifest");
      this.manifestCache = manifest;
    }
    return this.manifestCache;
  }

  /**
   * index.json's bytes, read once: a look-up by id or code finds its row in them without parsing the
   * rest, or even making the whole a string (a string this size is fresh memory each time: about half a
   * millisecond of a look-up here).
   */
  private indexBytes(): Buffer {
    return (this.indexBytesCache ??= readPart(this.at("index.json"), null));
  }

  private stored(): StoredIndex {
    if (!this.storedCache) {
      const bytes = this.indexBytes();
      let stored: StoredIndex;
      try {
        stored = JSON.parse(bytes.toString("utf8")) as StoredIndex;
      } catch {
        throw corrupt(join(this.dir, "index.json"), "not JSON");
      }
      if (stored?.format !== DATASET_FORMAT || !Array.isArray(stored.rows) || !Array.isArray(stored.education))
        throw corrupt(join(this.dir, "index.json"), "not an index of this version");
      this.storedCache = stored;
    }
    return this.storedCache;
  }

  /** Every row of the index (list). */
  index(): Index {
    return (this.indexCache ??= unpackIndex(this.stored()));
  }

  /**
   * The occupations' names, with their place in the index: what look-ups and search need, without making
   * every row of the index an object (row(i) makes the ones wanted).
   */
  names(): (Named & { i: number })[] {
    return (this.namesCache ??= this.stored().rows.map((r, i) => ({ id: r[0], code: r[1], title: r[2], i })));
  }

  /**
   * What search ranks the occupations by, in the index's order: each one's title and openings and its
   * place, without making every row an object (`row(i)` makes those shown).
   */
  searchRows(): { title: string; openings: number | null; i: number }[] {
    return this.stored().rows.map((r, i) => ({ title: r[2], openings: r[6], i }));
  }

  /** The row at place `i` of the index: found in its text (a row ends with its place) until the index is parsed. */
  row(i: number): IndexRow {
    if (this.indexCache) return this.indexCache.occupations[i]!;
    const quick = this.storedCache ? null : this.quickRow(`,${i}]`, (r) => r[11] === i);
    return quick && quick !== ABSENT ? quick : unpackRow(this.stored(), this.stored().rows[i]!);
  }

  /**
   * The occupation a name given on the command line names (see occupation-lookup.ts). An exact id or
   * code is found in index.json's text (quickRow), which is what a look-up mostly is; other names, and
   * an id or code not found so, parse the whole index.
   */
  find(query: string): Found<IndexRow> {
    const q = query.trim();
    if (ESCO_URI.test(q)) {
      const row = this.byUri(q);
      return row ? { row } : null;
    }
    const quick = this.storedCache ? null : this.quickFind(q);
    if (quick === ABSENT) return ONET.test(q) || ESCO_CODE.test(q) ? null : this.findInIndex(query);
    return quick ? { row: quick } : this.findInIndex(query);
  }

  private findInIndex(query: string): Found<IndexRow> {
    const found = findOccupation(this.names(), query, () => this.searchText().parts());
    if (!found) return null;
    return "row" in found ? { row: this.row(found.row.i) } : { ambiguous: found.ambiguous.map((n) => this.row(n.i)) };
  }

  private quickFind(q: string): Quick {
    const lower = q.toLowerCase();
    if (/^(esco:)?[a-z0-9-]+$/.test(lower) && !SOC.test(lower)) return this.quickRow(`[${JSON.stringify(lower)},`, (r) => r[0] === lower);
    // a SOC code names its .00 occupation where there is one; the others under it are looked for in the whole index
    const code = SOC.test(q) ? `${q}.00` : ONET.test(q) || ESCO_CODE.test(q) ? q : null;
    return code ? this.quickCode(code) : null;
  }

  /**
   * The ESCO occupation with this URI, or null: its line of details.jsonl holds it (as the narrower and
   * broader occupations' lines do), read in parts; each line holding it is checked to be the occupation's own.
   */
  private byUri(uri: string): IndexRow | null {
    const needle = Buffer.from(`"uri":${JSON.stringify(uri)}`);
    const rows = this.stored().rows;
    const atOffset = new Map(rows.map((r, i) => [r[9], i]));
    for (const { offset, bytes } of lineParts(this.at("details.jsonl"), 1 << 20))
      for (let at = bytes.indexOf(needle); at >= 0; at = bytes.indexOf(needle, at + 1)) {
        const place = atOffset.get(offset + bytes.lastIndexOf(10, at) + 1);
        if (place === undefined) continue;
        const row = this.row(place);
        if (this.occupation(row).uri === uri) return row;
      }
    return null;
  }

  /** The row of the occupation with this O*NET-SOC code, or null (for a role's link). */
  byCode(code: string): IndexRow | null {
    const quick = this.quickCode(code);
    return quick === ABSENT ? null : (quick ?? this.codeRow(code));
  }

  /** A code is always in its row as `,"<code>",`: where a whole index holds no such bytes, no row has it. */
  private quickCode(code: string): Quick {
    return this.storedCache ? null : this.quickRow(`,${JSON.stringify(code)},`, (r) => r[1] === code);
  }

  /**
   * The row around the first place `needle` is in index.json's rows, parsed alone, if it is a row `is`
   * takes; ABSENT where the needle is nowhere in an index that ends as a whole one does; else null (the
   * caller then looks in the parsed index, which also says what is wrong with a damaged one). A title
   * holding a bracket parses as no row, and is found so.
   */
  private quickRow(needle: string, is: (row: StoredRow) => boolean): Quick {
    const bytes = this.indexBytes();
    const rows = bytes.indexOf(',"rows":');
    if (rows < 0) return null;
    let at = bytes.indexOf(needle, rows);
    if (at < 0) return endsWhole(bytes) ? ABSENT : null;
    let head: StoredIndex;
    try {
      head = this.quickHeadCache ??= JSON.parse(`${bytes.toString("utf8", 0, rows)}}`) as StoredIndex;
    } catch {
      return null;
    }
    if (head.format !== DATASET_FORMAT || !Array.isArray(head.education)) return null;
    // the needle may be in a title too: each place it is, until a row takes it
    for (; at >= 0; at = bytes.indexOf(needle, at + 1)) {
      const start = bytes.lastIndexOf("[", at + 1);
      // a row starts the rows ("rows":[[) or follows another (],[)
      if (bytes[start - 1] !== 0x5b && bytes[start - 1] !== 0x2c) continue;
      let row: unknown;
      try {
        row = JSON.parse(bytes.toString("utf8", start, bytes.indexOf("]", at + 1) + 1));
      } catch {
        continue;
      }
      if (isStoredRow(row) && is(row)) {
        this.quickPlaces.set(row[1], row[11]);
        return unpackRow(head, row);
      }
    }
    return null;
  }

  private codeRow(code: string): IndexRow | null {
    const i = this.names().find((n) => n.code === code)?.i;
    return i === undefined ? null : this.row(i);
  }

  /** The place in the index of the occupation with this code, or -1: what its ratings are read by. */
  placeOf(code: string): number {
    if (!this.quickPlaces.has(code) && this.quickCode(code) === ABSENT) return -1;
    return this.quickPlaces.get(code) ?? this.names().find((n) => n.code === code)?.i ?? -1;
  }

  /** " Did you mean ...?" among the occupations, or "". */
  suggest(query: string): string {
    return suggestOccupation(this.names(), query);
  }

  /**
   * A file of the set, whole, or null when the set has none such (its manifest does not record it): what
   * an import keeps of the set it replaces.
   */
  part(name: string): Buffer | null {
    const files = this.manifest().files;
    if (files ? !files[name] : statSync(join(this.dir, name), { throwIfNoEntry: false }) === undefined) return null;
    return readPart(this.at(name), null);
  }

  reference(): Reference {
    return (this.referenceCache ??= this.json<Reference>("reference.json"));
  }

  private ratingsHead(): RatingsHead {
    if (!this.ratingsHeadCache) {
      const head = this.json<unknown>("ratings.json");
      if (!isRatingsHead(head)) throw corrupt(join(this.dir, "ratings.json"), "not the ratings of this data set");
      this.ratingsHeadCache = head;
    }
    return this.ratingsHeadCache;
  }

  /** Every occupation's ratings on the common scales, interests and related occupations (ratings.json and .bin). */
  ratings(): StoredRatings {
    return (this.ratingsCache ??= this.wholeRatings(decodeRatings));
  }

  /**
   * The figures of the first `records` occupations (all by default) without the related occupations, as
   * ratings.bin holds them: what ranking them reads (match, which reads those up to the last whose source
   * rates levels: ESCO's, after O*NET's in the index, rate none).
   */
  figures(records?: number): RatingsTable {
    const head = this.ratingsHead();
    const path = this.at("ratings.bin");
    return withPart(path, (fd) => {
      const read = (offset: number, length: number) => readExactly(path, fd, offset, length, "shorter than its head says");
      const table = head.occupations === this.names().length ? decodeTable(head, fstatSync(fd).size, read, records) : null;
      if (!table) throw corrupt(path, "not the ratings of this data set");
      return table;
    });
  }

  private wholeRatings<T>(decode: (head: RatingsHead, bin: Buffer) => T | null): T {
    const head = this.ratingsHead();
    const path = this.at("ratings.bin");
    const bin = readPart(path, null);
    const r = head.occupations === this.names().length ? decode(head, bin) : null;
    if (!r) throw corrupt(path, "not the ratings of this data set");
    return r;
  }

  /**
   * The ratings of the occupations at `places`, and of `relatedOf`'s related occupations with their lists
   * (see ratings-file.ts), each read at its offset; the other places are empty. What compare and a
   * lattice need, without reading every occupation's.
   */
  ratingsFor(places: readonly number[], relatedOf: readonly number[] = []): StoredRatings {
    if (this.ratingsCache) return this.ratingsCache;
    const head = this.ratingsHead();
    const path = this.at("ratings.bin");
    return withPart(path, (fd) => {
      const read = (offset: number, length: number) => readExactly(path, fd, offset, length, "shorter than its head says");
      const r = decodeSome(head, fstatSync(fd).size, read, places, relatedOf);
      if (!r) throw corrupt(path, "not the ratings of this data set");
      return r;
    });
  }

  /** areas.json: the states and areas of the set, or null where it holds none (no state or area workbook imported). */
  areaHead(): AreaHead | null {
    if (this.areaHeadCache === undefined) {
      const path = this.at(AREAS_JSON);
      if (statSync(path, { throwIfNoEntry: false }) === undefined) return (this.areaHeadCache = null);
      const head = this.json<unknown>(AREAS_JSON);
      if (!isAreaHead(head)) throw corrupt(path, "not the areas of this data set");
      this.areaHeadCache = head;
    }
    return this.areaHeadCache;
  }

  /** Every area's figures for the occupation with this BLS code (one read at its offset in areas.bin); [] where none has it. */
  areaFigures(code: string): AreaFigures[] {
    const head = this.areaHead();
    const o = head && headOccupation(head, code);
    if (!head || !o || o[3] === 0) return [];
    const path = this.at(AREAS_BIN);
    const bin = withPart(path, (fd) => readExactly(path, fd, o[2] * RECORD_BYTES, o[3] * RECORD_BYTES, "shorter than areas.json says"));
    return decodeRecords(head, bin);
  }

  /**
   * One area's figures for every occupation it has, by BLS code: a read per occupation of the few records
   * where the area's can be (areaWindow), not the whole of areas.bin.
   */
  areaFiguresIn(place: number): Map<string, AreaFigures> {
    const head = this.areaHead();
    const out = new Map<string, AreaFigures>();
    if (!head) return out;
    const path = this.at(AREAS_BIN);
    withPart(path, (fd) => {
      for (const o of head.occupations) {
        const [first, count] = areaWindow(o, place, head.areas.length);
        if (count === 0) continue;
        const bin = readExactly(path, fd, first * RECORD_BYTES, count * RECORD_BYTES, "shorter than areas.json says");
        const record = recordOfArea(head, bin, place);
        if (record) out.set(o[0], record);
      }
    });
    return out;
  }

  /** One occupation's details: its line of details.jsonl, read at the offset the index gives. */
  occupation(row: IndexRow): Occupation {
    const path = this.at("details.jsonl");
    const [offset, length] = row.at;
    const buf = withPart(path, (fd) => readExactly(path, fd, offset, length, "shorter than its index says"));
    let occupation: Occupation;
    try {
      occupation = JSON.parse(buf.toString("utf8")) as Occupation;
      if (occupation.code !== row.code) throw new Error("mismatch");
    } catch {
      throw corrupt(path, `the entry of ${row.code} does not match the index`);
    }
    if (!occupation.requirements) return occupation;
    // ESCO's: the items by place in esco.json (esco-file.ts)
    const requirements = expandRequirements(occupation.requirements as unknown as StoredRequirements, this.escoHead());
    if (!requirements) throw corrupt(path, `the requirements of ${row.code} are not in ${ESCO_JSON}`);
    return { ...occupation, requirements };
  }

  /**
   * Every occupation's detailed work activities (activities.json), or null where the set has none (a
   * release without Tasks to DWAs, or a set written before they were kept): what `match --like` adds.
   */
  activities(): StoredActivities | null {
    if (this.activitiesCache === undefined) {
      const files = this.manifest().files;
      if (files && !files[ACTIVITIES_FILE]) return (this.activitiesCache = null);
      if (!files && statSync(join(this.dir, ACTIVITIES_FILE), { throwIfNoEntry: false }) === undefined)
        return (this.activitiesCache = null);
      const head = this.json<StoredActivities>(ACTIVITIES_FILE);
      const rows = this.index().occupations.length;
      if (head?.format !== DATASET_FORMAT || !Array.isArray(head.dwas) || !Array.isArray(head.rows) || head.rows.length !== rows)
        throw corrupt(join(this.dir, ACTIVITIES_FILE), "not the work activities of this data set");
      this.activitiesCache = head;
    }
    return this.activitiesCache;
  }

  private escoHead(): EscoHead {
    if (!this.escoCache) {
      const head = this.json<unknown>(ESCO_JSON);
      if (!isEscoHead(head)) throw corrupt(join(this.dir, ESCO_JSON), "not the ESCO items of this data set");
      this.escoCache = head;
    }
    return this.escoCache;
  }

  /**
   * search.words (text/search-words.ts): the lines holding each word of search.lower, for `search`; null
   * where the data set has none (one imported before it: the search then scans search.lower). One read of
   * its head, one of the postings of each word looked for; a head that is not one of this search.lower, or
   * a posting outside it, is damage.
   */
  wordIndex(): WordSource | null {
    const files = this.manifest().files ?? {};
    const record = files[WORDS_FILE];
    if (!record) return null;
    const path = this.at(WORDS_FILE);
    const lowerPath = this.at("search.lower");
    const damaged = () => corrupt(path, "not the word index of search.lower");
    const index = withPart(path, (fd) => {
      const headBytes = wordsHeadBytes(readExactly(path, fd, 0, Math.min(32, record.bytes), "shorter than its header"));
      if (headBytes === null || headBytes > record.bytes) throw damaged();
      const head = readExactly(path, fd, 0, headBytes, "shorter than its head");
      const lowerBytes = files["search.lower"]?.bytes ?? statSync(lowerPath).size;
      return openWordIndex(head, lowerBytes, record.bytes, (first, count) =>
        withPart(path, (f) => readExactly(path, f, headBytes + 8 * first, 8 * count, "shorter than its head says")),
      );
    });
    if (!index) throw damaged();
    return {
      lines: (stem, isForm) => {
        try {
          return index.lines(stem, isForm);
        } catch (err) {
          throw err instanceof RangeError ? damaged() : err;
        }
      },
      lower: (spans) => readSpans(lowerPath, spans),
    };
  }

  /**
   * search.tsv, one alternate title (`a`) or task (`k`) a line after the occupation's place in the index,
   * as the search reads it: its ASCII-folded copy (search.lower, same offsets) in parts of whole lines,
   * the text itself only where a hit is shown.
   */
  searchText(): SearchText {
    const textPath = this.at("search.tsv");
    const lowerPath = this.at("search.lower");
    return {
      parts: () => lineParts(lowerPath),
      text: (start, end) =>
        withPart(textPath, (fd) => readExactly(textPath, fd, start, end - start, "shorter than search.lower")).toString("utf8"),
    };
  }
}

/**
 * Spans of a file as latin1 strings, in the order given, nearby spans read together (sorted, a gap of
 * less than 4 KiB joined, at most 256 KiB a read): the lines of search.lower a search weighs.
 */
function readSpans(path: string, spans: readonly [number, number][]): string[] {
  const order = spans.map((_, k) => k).sort((a, b) => spans[a]![0] - spans[b]![0]);
  const out: string[] = new Array(spans.length);
  return withPart(path, (fd) => {
    for (let i = 0; i < order.length; ) {
      const start = spans[order[i]!]![0];
      let end = spans[order[i]!]![1];
      let j = i + 1;
      while (j < order.length && spans[order[j]!]![0] - end < 4096 && spans[order[j]!]![1] - start <= 256 * 1024)
        end = Math.max(end, spans[order[j++]!]![1]);
      const bytes = readExactly(path, fd, start, end - start, "shorter than search.words says");
      for (; i < j; i++) {
        const [from, to] = spans[order[i]!]!;
        out[order[i]!] = bytes.toString("latin1", from - start, to - start);
      }
    }
    return out;
  });
}

/** readSync of a data set's file: an error of the file (a folder in its place, EIO) says which file. */
function readPartAt(path: string, fd: number, buf: Buffer, at: number, length: number, position: number): number {
  try {
    return readSync(fd, buf, at, length, position);
  } catch (err) {
    throw corrupt(path, (err as Error).message);
  }
}

/** `length` bytes from `offset` of a data set's open file; fewer make it damaged, as `short` says. */
function readExactly(path: string, fd: number, offset: number, length: number, short: string): Buffer {
  const buf = Buffer.alloc(length);
  if (readPartAt(path, fd, buf, 0, length, offset) !== length) throw corrupt(path, short);
  return buf;
}

/** A data set's file, open while `use` reads it. */
function withPart<T>(path: string, use: (fd: number) => T): T {
  const fd = openPart(path);
  try {
    return use(fd);
  } finally {
    closeSync(fd);
  }
}

function openPart(path: string): number {
  try {
    return openSync(path, "r");
  } catch (err) {
    throw corrupt(path, (err as NodeJS.ErrnoException).code === "ENOENT" ? "missing" : (err as Error).message);
  }
}

/**
 * A file of lines in parts of whole lines, each with the offset of its first byte, in one buffer reused
 * (a part is read over by the next). Parts of about 64 KB: a buffer of the whole 3.5 MB file is fresh
 * memory each run (about 10 ms to read here), and so was a string of each part (latin1: 12-15 ms of
 * making strings and collecting them, against 5-7 ms of searching the bytes themselves).
 */
export function* lineParts(path: string, size = 64 * 1024): Generator<{ offset: number; bytes: Buffer }> {
  const fd = openPart(path);
  try {
    let buf = Buffer.allocUnsafe(size);
    let offset = 0;
    let filled = 0;
    for (;;) {
      const read = readPartAt(path, fd, buf, filled, buf.length - filled, offset + filled);
      filled += read;
      if (filled === 0) return;
      const last = read === 0 ? filled - 1 : buf.lastIndexOf(10, filled - 1);
      if (last < 0) {
        // a line longer than the buffer: a bigger one
        const bigger = Buffer.allocUnsafe(buf.length * 2);
        buf.copy(bigger, 0, 0, filled);
        buf = bigger;
        continue;
      }
      yield { offset, bytes: buf.subarray(0, last + 1) };
      buf.copy(buf, 0, last + 1, filled);
      offset += last + 1;
      filled -= last + 1;
    }
  } finally {
    closeSync(fd);
  }
}

/** The installed data set, or null. */
export function openDataset(root: string): Dataset | null {
  const dir = installedSet(root);
  return dir ? new Dataset(dir, true) : null;
}
