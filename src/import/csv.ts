/**
 * Comma-separated files as ESCO and the crosswalk publish them: quoted cells that may hold commas, quotes
 * and line breaks, a header row naming the columns. Parsed by csv-parse as a stream: the bytes come a
 * piece at a time (a zip entry inflated as it is read, see zip.ts) and rows go out one at a time, so a
 * file of tens of megabytes is never held whole, and the event loop gets its turns (Ctrl-C is seen).
 */
import { Readable } from "node:stream";
import { parse } from "csv-parse";
import { CareersError, dataError } from "../errors.js";
import { safeText } from "../schema/control-chars.js";

/** The pieces decoded as UTF-8, strictly: a byte sequence that is not UTF-8 is an error at its offset. */
function* utf8Text(pieces: Iterable<Uint8Array>, file: string): Generator<string> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let offset = 0;
  for (const piece of pieces) {
    try {
      yield decoder.decode(piece, { stream: true });
    } catch {
      throw dataError(`${file}: not UTF-8 text (in the bytes from ${offset}); download it again`);
    }
    offset += piece.length;
  }
  try {
    yield decoder.decode();
  } catch {
    throw dataError(`${file}: not UTF-8 text (it ends inside a character); download it again`);
  }
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
  const source = Readable.from(utf8Text(pieces, file), { objectMode: false });
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
