/**
 * Comma-separated files as ESCO and the crosswalk publish them: quoted cells that may hold commas, quotes
 * and line breaks, a header row naming the columns. Parsed by csv-parse as a stream: the bytes come a
 * piece at a time (a zip entry inflated as it is read, see zip.ts) and rows go out one at a time, so a
 * file of tens of megabytes is never held whole, and the event loop gets its turns (Ctrl-C is seen).
 */
import { isUtf8 } from "node:buffer";
import { Readable } from "node:stream";
import { parse } from "csv-parse";
import { CareersError, dataError } from "../errors.js";
import { safeText } from "../schema/control-chars.js";

/** How many bytes the UTF-8 sequence a lead byte starts holds; 0 for a byte that starts none. */
const sequenceLength = (lead: number): number =>
  lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;

/** Where a character the piece ends inside of starts (its last one to three bytes), else the piece's length. */
function unfinished(piece: Uint8Array): number {
  for (let k = 1; k <= 3 && k <= piece.length; k++) {
    const b = piece[piece.length - k]!;
    if (b < 0x80) break;
    if (b >= 0xc0) return k < sequenceLength(b) ? piece.length - k : piece.length;
  }
  return piece.length;
}

/**
 * The pieces as they come, each checked to be UTF-8, strictly (a character cut between two pieces too):
 * bytes that are not UTF-8 are an error at the offset of their piece. The parser reads the bytes as
 * they are; nothing is decoded here (a piece made text, then bytes again for the parser, was two copies
 * of every piece).
 */
function* utf8Checked(pieces: Iterable<Uint8Array>, file: string): Generator<Uint8Array> {
  let offset = 0;
  // the first bytes of a character the piece before ended inside of
  let carry: Uint8Array | null = null;
  const notUtf8 = () => dataError(`${file}: not UTF-8 text (in the bytes from ${offset}); download it again`);
  for (const piece of pieces) {
    let rest = piece;
    if (carry) {
      const need = Math.max(1, sequenceLength(carry[0]!) - carry.length);
      const joined: Uint8Array = new Uint8Array(carry.length + Math.min(need, piece.length));
      joined.set(carry);
      joined.set(piece.subarray(0, need), carry.length);
      if (piece.length < need) carry = joined;
      else {
        if (!isUtf8(joined)) throw notUtf8();
        carry = null;
      }
      rest = piece.subarray(Math.min(need, piece.length));
    }
    if (!carry) {
      const cut = unfinished(rest);
      if (!isUtf8(rest.subarray(0, cut))) throw notUtf8();
      if (cut < rest.length) carry = rest.slice(cut);
    }
    yield piece;
    offset += piece.length;
  }
  if (carry) throw dataError(`${file}: not UTF-8 text (it ends inside a character); download it again`);
}

/** No cell of the files read comes near: a longer record is a quote left open, or not one of these files. */
const MAX_RECORD = 2 * 2 ** 20;

export interface CsvRow {
  /** the row's place after the header (1: the first data row); not its line, as a cell may hold line breaks */
  row: number;
  /** a column's cell, found by its header; "" where the row has no such cell */
  get: (column: string) => string;
}

/**
 * The rows of a CSV file given as pieces of bytes (UTF-8, a BOM allowed), each cell stripped of control
 * and hidden characters; `columns` must all be in the header, else an error naming the first missing one.
 * `multiLine` columns keep their line breaks (ESCO's lists, one item a line); the others are made one line.
 */
export async function* csvRows(
  pieces: Iterable<Uint8Array>,
  file: string,
  columns: readonly string[],
  multiLine: readonly string[] = [],
): AsyncGenerator<CsvRow> {
  const source = Readable.from(utf8Checked(pieces, file), { objectMode: false });
  // without `info`: it doubles the parser's time (0.9 s against 1.8 s for ESCO's 124,000 relations)
  // A row with more cells than its header is an error (csv-parse's CSV_RECORD_INCONSISTENT_FIELDS_LENGTH, at
  // its line): read by the header, its cells would be shifted. A row with fewer is taken, its missing cells
  // "": ESCO's export leaves trailing empty cells out (v1.1.1 skillsHierarchy_en.csv: 189 of its rows).
  const parser = parse({ bom: true, relax_column_count_less: true, skip_empty_lines: true, max_record_size: MAX_RECORD });
  source.on("error", (err) => parser.destroy(err));
  source.pipe(parser);
  let header: Map<string, number> | null = null;
  let keepLines: boolean[] = [];
  let row = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      if (!header) {
        header = new Map(record.map((name, k) => [name.trim(), k]));
        const missing = columns.find((c) => !header!.has(c));
        if (missing !== undefined) throw dataError(`${file}: no column ${missing} (its header has ${[...header.keys()].join(", ")})`);
        keepLines = record.map((name) => multiLine.includes(name.trim()));
        continue;
      }
      const cells = record.map((cell, k) => safeText(cell.replace(/\r\n?/g, "\n"), { oneLine: !keepLines[k] }));
      const index = header;
      yield { row: ++row, get: (column) => cells[index.get(column) ?? -1] ?? "" };
    }
  } catch (err) {
    if (err instanceof CareersError) throw err;
    const e = err as Error & { code?: string; lines?: number };
    // the parser reads ahead of the rows taken: the header's width is in its message ("expect 4, got 5 on line 3")
    const wide = e.code === "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH" && /expect (\d+), got (\d+)/.exec(e.message);
    if (wide)
      throw dataError(
        `${file}:${e.lines ?? "?"}: a row of ${wide[2]} cells under a header of ${wide[1]} columns; not a CSV file as published, download it again`,
      );
    if (typeof e.code === "string" && e.code.startsWith("CSV_"))
      throw dataError(`${file}:${e.lines ?? "?"}: not a CSV file as published (${e.message.replace(/^Invalid [^:]*: /, "")})`);
    throw err;
  } finally {
    source.destroy();
    parser.destroy();
  }
  if (!header) throw dataError(`${file}: empty, not a CSV file with a header row`);
}
