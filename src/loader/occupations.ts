/**
 * Reading the installed occupations data set (written by `careers import`, see import/write.ts). The data
 * set lives in <data home>/occupations/ (store/dataset.ts): `current.json` names the folder of the complete set in use, so an
 * import switches sets with one rename. Files are read when first needed: the index for look-ups and lists,
 * one occupation's line of details.jsonl for `show`, search.tsv for `search`.
 */
import { closeSync, openSync, readFileSync, readSync } from "node:fs";
import { join } from "node:path";
import { dataError } from "../errors.js";
import {
  CURRENT,
  DATASET_FORMAT,
  type Index,
  type IndexRow,
  type Manifest,
  type Occupation,
  type Reference,
  type SearchText,
  type StoredRatings,
} from "../schema/occupation.js";
import { type StoredIndex, type StoredRow, unpackIndex, unpackRow } from "./occupation-index.js";
import { type Found, findOccupation, type Named, ONET, SOC, suggestOccupation } from "./occupation-lookup.js";
import { ratingsAround } from "./ratings-rows.js";

export { CURRENT };

interface Current {
  format: number;
  set: string;
}

const SET_NAME = /^set-[A-Za-z0-9-]+$/;

const corrupt = (path: string, why: string) =>
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
function readPart(path: string, encoding: BufferEncoding = "utf8"): string {
  try {
    return readFileSync(path, encoding);
  } catch (err) {
    throw corrupt(path, (err as NodeJS.ErrnoException).code === "ENOENT" ? "missing" : (err as Error).message);
  }
}

export class Dataset {
  private indexTextCache?: string;
  private storedCache?: StoredIndex;
  private indexCache?: Index;
  private namesCache?: (Named & { i: number })[];
  private referenceCache?: Reference;
  private ratingsCache?: StoredRatings;

  constructor(readonly dir: string) {}

  private text(name: string): string {
    return readPart(join(this.dir, name));
  }

  private json<T>(name: string): T {
    const text = this.text(name);
    try {
      return JSON.parse(text) as T;
    } catch {
      throw corrupt(join(this.dir, name), "not JSON");
    }
  }

  manifest(): Manifest {
    return this.json<Manifest>("manifest.json");
  }

  /** index.json's text, read once: a look-up by id or code finds its row in it without parsing the rest. */
  private indexText(): string {
    return (this.indexTextCache ??= readPart(join(this.dir, "index.json")));
  }

  private stored(): StoredIndex {
    if (!this.storedCache) {
      let stored: StoredIndex;
      try {
        stored = JSON.parse(this.indexText()) as StoredIndex;
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

  /** The row at place `i` of the index. */
  row(i: number): IndexRow {
    return this.indexCache?.occupations[i] ?? unpackRow(this.stored(), this.stored().rows[i]!);
  }

  /**
   * The occupation a name given on the command line names (see occupation-lookup.ts). An exact id or
   * code is found in index.json's text (quickRow), which is what a look-up mostly is; other names, and
   * an id or code not found so, parse the whole index.
   */
  find(query: string): Found<IndexRow> {
    const quick = this.storedCache ? null : this.quickFind(query.trim());
    if (quick) return { row: quick };
    const found = findOccupation(this.names(), query);
    if (!found) return null;
    return "row" in found ? { row: this.row(found.row.i) } : { ambiguous: found.ambiguous.map((n) => this.row(n.i)) };
  }

  private quickFind(q: string): IndexRow | null {
    const lower = q.toLowerCase();
    if (/^[a-z0-9-]+$/.test(lower) && !SOC.test(lower)) return this.quickRow(`[${JSON.stringify(lower)},`, (r) => r[0] === lower);
    // a SOC code names its .00 occupation where there is one; the others under it are looked for in the whole index
    const code = SOC.test(q) ? `${q}.00` : ONET.test(q) ? q : null;
    return code ? this.quickRow(`,${JSON.stringify(code)},`, (r) => r[1] === code) : null;
  }

  /** The row of the occupation with this O*NET-SOC code, or null (for a role's link). */
  byCode(code: string): IndexRow | null {
    return (this.storedCache ? null : this.quickRow(`,${JSON.stringify(code)},`, (r) => r[1] === code)) ?? this.codeRow(code);
  }

  /**
   * The row around the first place `needle` is in index.json's rows, parsed alone, if it is a row `is`
   * takes; else null (the caller then looks in the parsed index). A title holding a bracket parses as no
   * row, and is found so.
   */
  private quickRow(needle: string, is: (row: StoredRow) => boolean): IndexRow | null {
    const text = this.indexText();
    const rows = text.indexOf(',"rows":');
    const at = rows < 0 ? -1 : text.indexOf(needle, rows);
    if (at < 0) return null;
    try {
      const head = JSON.parse(`${text.slice(0, rows)}}`) as StoredIndex;
      const row = JSON.parse(text.slice(text.lastIndexOf("[", at + 1), text.indexOf("]", at + 1) + 1)) as StoredRow;
      if (head.format === DATASET_FORMAT && Array.isArray(head.education) && Array.isArray(row) && row.length === 11 && is(row))
        return unpackRow(head, row);
    } catch {
      // not a row read alone: the caller looks again in the parsed index
    }
    return null;
  }

  private codeRow(code: string): IndexRow | null {
    const i = this.names().find((n) => n.code === code)?.i;
    return i === undefined ? null : this.row(i);
  }

  /** " Did you mean ...?" among the occupations, or "". */
  suggest(query: string): string {
    return suggestOccupation(this.names(), query);
  }

  reference(): Reference {
    return (this.referenceCache ??= this.json<Reference>("reference.json"));
  }

  /** Every occupation's ratings on the common scales, interests and related occupations (ratings.json). */
  ratings(): StoredRatings {
    if (!this.ratingsCache) {
      const r = this.json<StoredRatings>("ratings.json");
      const n = this.names().length;
      const rows = (a: unknown) => Array.isArray(a) && a.length === n;
      if (r?.format !== DATASET_FORMAT || !Array.isArray(r.elements) || !rows(r.importance) || !rows(r.level) || !rows(r.related))
        throw corrupt(join(this.dir, "ratings.json"), "not the ratings of this data set");
      this.ratingsCache = r;
    }
    return this.ratingsCache;
  }

  /**
   * The ratings of the occupation at place `i` and of its related occupations only (the other rows empty),
   * read without parsing the whole of ratings.json where it is laid out as import writes it; else all of it.
   */
  ratingsAround(i: number): StoredRatings {
    if (this.ratingsCache) return this.ratingsCache;
    const path = join(this.dir, "ratings.json");
    let text: string;
    try {
      text = readFileSync(path, "utf8");
    } catch {
      return this.ratings();
    }
    return ratingsAround(text, i, this.names().length) ?? this.ratings();
  }

  /**
   * Every occupation's ratings without their related occupations, for ranking them all (match). The
   * related occupations are the last key of ratings.json as import writes it, and about two fifths of it:
   * the text before them is parsed alone, which takes half the time; a file laid out otherwise is read whole.
   */
  scaleRatings(): Omit<StoredRatings, "related"> {
    if (this.ratingsCache) return this.ratingsCache;
    const text = this.text("ratings.json");
    const cut = text.lastIndexOf(',"related":');
    let r: Omit<StoredRatings, "related"> | undefined;
    try {
      r = cut > 0 ? (JSON.parse(text.slice(0, cut) + "}") as Omit<StoredRatings, "related">) : undefined;
    } catch {
      r = undefined;
    }
    const n = this.names().length;
    const rows = (a: unknown) => Array.isArray(a) && a.length === n;
    if (r?.format === DATASET_FORMAT && Array.isArray(r.elements) && rows(r.importance) && rows(r.level) && rows(r.interests)) return r;
    return this.ratings();
  }

  /** One occupation's details: its line of details.jsonl, read at the offset the index gives. */
  occupation(row: IndexRow): Occupation {
    const path = join(this.dir, "details.jsonl");
    const [offset, length] = row.at;
    const buf = Buffer.alloc(length);
    let fd: number;
    try {
      fd = openSync(path, "r");
    } catch (err) {
      throw corrupt(path, (err as Error).message);
    }
    try {
      const read = readSync(fd, buf, 0, length, offset);
      if (read !== length) throw corrupt(path, "shorter than its index says");
    } finally {
      closeSync(fd);
    }
    try {
      const occupation = JSON.parse(buf.toString("utf8")) as Occupation;
      if (occupation.code !== row.code) throw new Error("mismatch");
      return occupation;
    } catch {
      throw corrupt(path, `the entry of ${row.code} does not match the index`);
    }
  }

  /**
   * search.tsv, one alternate title (`a`) or task (`k`) a line after the occupation's place in the index,
   * as the search reads it: its ASCII-folded copy (search.lower, same offsets) whole, the text itself only
   * where a hit is shown.
   */
  searchText(): SearchText {
    const textPath = join(this.dir, "search.tsv");
    const lower = readPart(join(this.dir, "search.lower"), "latin1");
    return {
      lower,
      text: (start, end) => {
        const buf = Buffer.alloc(end - start);
        const fd = openSync(textPath, "r");
        try {
          readSync(fd, buf, 0, buf.length, start);
        } finally {
          closeSync(fd);
        }
        return buf.toString("utf8");
      },
    };
  }
}

/** The installed data set, or null. */
export function openDataset(root: string): Dataset | null {
  const dir = installedSet(root);
  return dir ? new Dataset(dir) : null;
}
