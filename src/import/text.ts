/**
 * Text files of a release: bytes to text (UTF-8 only: any other encoding is named, with the line of the
 * first byte that is not UTF-8), and tab-separated tables with a header row, whose columns are found by
 * name. CRLF and LF line ends both; `n/a` and empty cells are null; cells lose control and hidden
 * characters (a carriage return inside a line becomes a space). Pure.
 */
import type { Diagnostic } from "../diagnostic.js";
import { CareersError, dataError } from "../errors.js";
import { safeText, UNSAFE_CHARS } from "../schema/control-chars.js";

const UNSAFE_TEST = new RegExp(UNSAFE_CHARS.source);

const problem = (file: string, line: number, col: number, message: string): Diagnostic => ({
  file,
  line,
  col,
  path: "",
  message,
  severity: "error",
});

/** Offset of the first byte that does not belong to valid UTF-8, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const n = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (n < 0 || i + n >= bytes.length) return i;
    for (let k = 1; k <= n; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    // overlong three- and four-byte forms, surrogates and code points past U+10FFFF
    const b1 = bytes[i + 1]!;
    if ((b === 0xe0 && b1 < 0xa0) || (b === 0xed && b1 > 0x9f) || (b === 0xf0 && b1 < 0x90) || (b === 0xf4 && b1 > 0x8f)) return i;
    i += n + 1;
  }
  return -1;
}

const lineAt = (bytes: Uint8Array, offset: number): [line: number, col: number] => {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++, (start = i + 1);
  return [line, offset - start + 1];
};

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/** The bytes as UTF-8 text, or a data error naming the encoding problem and where it is. */
export function decodeText(bytes: Uint8Array, file: string): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || bytes.subarray(0, 512).includes(0)) {
    throw dataError(`${file} is not UTF-8 text (it looks like UTF-16); save it as UTF-8, or use the release as downloaded`);
  }
  try {
    return utf8.decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    const [line, col] = lineAt(bytes, Math.max(0, at));
    const byte = at >= 0 ? ` (byte 0x${bytes[at]!.toString(16).toUpperCase().padStart(2, "0")})` : "";
    throw dataError(
      `${file} is not UTF-8 text (another encoding, such as Latin-1 or Windows-1252?); save it as UTF-8, or use the release as downloaded`,
      [problem(file, line, col, `not UTF-8${byte}`)],
    );
  }
}

/**
 * A cell the model keeps, as a string of its own. V8 cuts a part of 13 characters or more out of a longer
 * string as a view of it, so one kept cell would keep its whole file's text alive (Skills.txt's 5 MB by
 * an element's name) until the import ends; the copy keeps nothing but itself. The text came from UTF-8,
 * so the round trip is exact.
 */
export const ownText = (cell: string): string => (cell.length < 13 ? cell : Buffer.from(cell, "utf8").toString("utf8"));

/** Cells that repeat across rows (element names, categories): one copy of each (ownText), shared by every row that names it. */
export function sharedText(): (cell: string) => string {
  const kept = new Map<string, string>();
  return (cell) => {
    let own = kept.get(cell);
    if (own === undefined) {
      own = ownText(cell);
      // keyed by the copy: the cell itself, a view of the file, would keep the file
      kept.set(own, own);
    }
    return own;
  };
}

export interface TableSpec<R extends string, O extends string> {
  required: readonly R[];
  optional?: readonly O[];
}

export interface TableRow<R extends string, O extends string> {
  /** 1-based line in the file */
  line: number;
  get: (column: R) => string | null;
  opt: (column: O) => string | null;
}

/** A row of a table: its line, and the cells of the columns asked for (null for n/a and empty). */
class Row<R extends string, O extends string> implements TableRow<R, O> {
  constructor(
    readonly line: number,
    private readonly cells: (string | null)[],
    private readonly kept: ReadonlyMap<string, number>,
  ) {}
  get(column: R): string | null {
    const k = this.kept.get(column);
    return k === undefined ? null : (this.cells[k] ?? null);
  }
  opt(column: O): string | null {
    return this.get(column as unknown as R);
  }
}

/** A column's 1-based position in the header, for diagnostics. */
export interface Table<R extends string, O extends string> {
  file: string;
  rows: TableRow<R, O>[];
  col: (column: R | O) => number;
}

/**
 * A table whose rows are made one at a time as they are gone through (once): each is gone as soon as it
 * is read, where a table's array of them all (Skills.txt: 61,530) lives until the last is read.
 */
export interface TableStream<R extends string, O extends string> {
  file: string;
  rows: Iterable<TableRow<R, O>>;
  col: (column: R | O) => number;
}

/** Cells as O*NET writes them: `n/a` and empty are null. */
const cell = (raw: string | undefined): string | null => (raw === undefined || raw === "" || raw === "n/a" ? null : raw);

/**
 * A tab-separated table with a header row. Every required column must be in the header (a missing one is
 * an error at line 1); each row must have as many cells as the header. A row keeps the cells of the
 * columns of `spec` alone (O*NET's rating tables have 13 to 15 columns, of which a reader takes 4 or 5).
 */
export function readTable<R extends string, O extends string = never>(text: string, file: string, spec: TableSpec<R, O>): Table<R, O> {
  const table = streamTable(text, file, spec);
  return { ...table, rows: [...table.rows] };
}

/**
 * readTable's rows one at a time: the header is checked at once (a missing column is an error before any
 * row), each row as it is reached (a row of too many or too few cells is an error at its line then).
 */
export function streamTable<R extends string, O extends string = never>(
  text: string,
  file: string,
  spec: TableSpec<R, O>,
): TableStream<R, O> {
  const headerEnd = text.indexOf("\n");
  const header = (headerEnd < 0 ? text : text.slice(0, headerEnd))
    .replace(/\r$/, "")
    .split("\t")
    .map((h) => h.trim());
  const position = new Map<string, number>();
  header.forEach((h, i) => position.has(h) || position.set(h, i));
  const missing = spec.required.filter((c) => !position.has(c));
  if (missing.length > 0) {
    const names = missing.map((m) => `"${m}"`).join(", ");
    throw dataError(`${file}: the header has no column ${names}; is this a file of the O*NET text release?`, [
      problem(file, 1, 1, `missing column${missing.length > 1 ? "s" : ""} ${names} (found: ${header.join(", ")})`),
    ]);
  }
  // a row keeps the cells of the columns asked for alone, by their place among them
  const wanted = [...spec.required, ...(spec.optional ?? [])].filter((c, k, all) => position.has(c) && all.indexOf(c) === k);
  const kept = new Map(wanted.map((c, k) => [c as string, k]));
  const from = wanted.map((c) => position.get(c)!);
  const width = header.length;
  function* rows(): Generator<TableRow<R, O>> {
    if (headerEnd < 0) return;
    // the lines after the header, found one at a time (no array of them all)
    for (let start = headerEnd + 1, line = 2; start <= text.length; line++) {
      const next = text.indexOf("\n", start);
      const end = next < 0 ? text.length : next;
      const raw = text.charCodeAt(end - 1) === 13 && end > start ? text.slice(start, end - 1) : text.slice(start, end);
      start = end + 1;
      if (raw === "") continue;
      // a cell is one line of text, stored without control or hidden characters (schema/control-chars.ts)
      const all = raw.split("\t");
      if (all.length !== width) {
        throw dataError(`${file}: line ${line} has ${all.length} tab-separated values where the header has ${width}`, [
          problem(file, line, 1, `expected ${width} values, found ${all.length}`),
        ]);
      }
      const unsafe = UNSAFE_TEST.test(raw);
      yield new Row(
        line,
        from.map((p) => cell(unsafe ? safeText(all[p]!, { oneLine: true }) : all[p])),
        kept,
      );
    }
  }
  return { file, rows: rows(), col: (c) => (position.get(c) ?? -1) + 1 };
}

/** O*NET-SOC codes: 43-4051.00 */
export const ONET_CODE = /^\d{2}-\d{4}\.\d{2}$/;
/** SOC codes as BLS writes them: 43-4051 */
export const SOC_CODE = /^\d{2}-\d{4}$/;

/** A cell that must hold an O*NET-SOC code; a malformed one is an error at its line and column. */
export function onetCode<R extends string, O extends string>(table: TableStream<R, O>, row: TableRow<R, O>, column: R): string {
  const value = row.get(column);
  if (value !== null && ONET_CODE.test(value)) return value;
  const shown = value === null ? "an empty cell" : JSON.stringify(value);
  throw dataError(`${table.file}:${row.line}: ${shown} is not an O*NET-SOC code (such as 43-4051.00)`, [
    problem(table.file, row.line, table.col(column), `malformed O*NET-SOC code ${shown} in column "${column}"`),
  ]);
}

/** Numbers as releases write them: an optional minus, digits, an optional fraction. No exponent, hex, sign +, Infinity. */
const DECIMAL = /^-?(\d+(\.\d+)?|\.\d+)$/;
/** The same with thousands separators, as BLS writes wages and counts: 1,234,567.5 */
const GROUPED = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/;

/** The number a cell writes as a plain decimal (`grouped`: with thousands separators too), or null for any other form. */
export function plainDecimal(raw: string, grouped = false): number | null {
  const v = raw.trim();
  const n = DECIMAL.test(v) ? Number(v) : grouped && GROUPED.test(v) ? Number(v.replace(/,/g, "")) : Number.NaN;
  return Number.isFinite(n) ? n : null;
}

/** The range a number must be in: a rating scale's (from Scales Reference), or what the figure can be. */
export interface Range {
  min: number;
  max: number;
  /** a whole number (a category, an id, a job zone) */
  integer?: boolean;
  /** the scale's name, for messages: "IM (Importance)" */
  scale?: string;
}

/** Why a row's number is refused: the two reasons the summary counts rows under. */
export const BAD_NUMBER = {
  form: "numbers not written as plain decimals (such as 1e308 or 0x10)",
  range: "numbers outside their scale's range (such as an importance of -99 or a level of 99)",
} as const;

/** A number that is malformed or out of range: an error at its line and column, or a row skipped and counted (onet.ts). */
export class BadValueError extends CareersError {
  constructor(
    message: string,
    diagnostics: readonly Diagnostic[],
    readonly reason: (typeof BAD_NUMBER)[keyof typeof BAD_NUMBER],
    readonly where: string,
  ) {
    super("invalid-data", message, diagnostics);
  }
}

/** A cell that must hold a plain decimal number within `range` (or be empty); anything else is a BadValueError at its line and column. */
export function numberCell<R extends string, O extends string>(
  table: TableStream<R, O>,
  row: TableRow<R, O>,
  column: R | O,
  range?: Range,
): number | null {
  const value = row.opt(column as O);
  if (value === null) return null;
  const bad = (what: string, reason: BadValueError["reason"]) =>
    new BadValueError(
      `${table.file}:${row.line}: ${JSON.stringify(value)} in column "${column}" ${what}`,
      [problem(table.file, row.line, table.col(column), `${what}: ${JSON.stringify(value)}`)],
      reason,
      `${table.file}:${row.line}`,
    );
  const n = plainDecimal(value);
  if (n === null) throw bad("is not a plain decimal number", BAD_NUMBER.form);
  if (range && (n < range.min || n > range.max || (range.integer && !Number.isInteger(n)))) {
    const of = range.scale ? ` of the ${range.scale} scale` : "";
    throw bad(`is outside the range${of}, ${range.min} to ${range.max}${range.integer ? " (a whole number)" : ""}`, BAD_NUMBER.range);
  }
  return n;
}
