/**
 * The cell values of xlsx workbooks, each as text: the workbook's sheet list, the shared strings and one
 * sheet's rows. An xlsx file is a zip of XML parts (see zip.ts). The small parts (workbook, relationships)
 * are read with a few regular expressions over their attributes; the sheets and shared strings, whose
 * shape depends on the program that wrote the file (BLS's writer, Excel, LibreOffice, openpyxl: shared or
 * inline strings, prefixes, whitespace, CDATA), with saxes, a streaming XML parser, one piece of the part
 * at a time: a sheet of tens of megabytes is never held whole, as text or as rows. Styles, formulas and
 * formats are ignored: a formula cell gives its cached value. Pure, given the zip.
 */
import { SaxesParser, type SaxesTagPlain } from "saxes";
import { CareersError, dataError } from "../errors.js";
import { safeText } from "../schema/control-chars.js";
import type { Zip } from "./zip.js";
/** A cell as text (numbers as Excel stores them, e.g. "4.4000000000000004"), with its 1-based row and column. */
export interface Cell {
  row: number;
  col: number;
  value: string;
}

/** A row of a sheet: the cells that have a value, by column (1-based), e.g. cells.get(2). */
export interface Row {
  row: number;
  cells: Map<number, string>;
}

export interface Sheet {
  name: string;
  /** rows in order */
  rows: Row[];
}

export interface Workbook {
  file: string;
  sheetNames: string[];
  /** the named sheet's cells, whole (for small sheets), or null when there is no such sheet */
  sheet: (name: string) => Sheet | null;
  /** the named sheet's rows one at a time, as its part is inflated and parsed; null when there is no such sheet */
  rows: (name: string) => Generator<Row> | null;
}

const ENTITY: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** XML character data to text: entities, numeric references, and OOXML's _xHHHH_ escapes. */
export function xmlText(raw: string): string {
  return raw
    .replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (whole, name: string) =>
      name.startsWith("#x")
        ? String.fromCodePoint(parseInt(name.slice(2), 16))
        : name.startsWith("#")
          ? String.fromCodePoint(Number(name.slice(1)))
          : (ENTITY[name] ?? whole),
    )
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The attributes of a start tag's text (` r="A1" t="s"`), by name without namespace prefix. */
export function attributes(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const name = m[1]!.includes(":") ? m[1]!.slice(m[1]!.indexOf(":") + 1) : m[1]!;
    if (!(name in out) || !m[1]!.includes(":")) out[name] = xmlText(m[2] ?? m[3] ?? "");
  }
  return out;
}

/** "B12" -> [12, 2]; "AA3" -> [3, 27] */
export function cellRef(ref: string): [row: number, col: number] | null {
  const m = /^([A-Z]{1,3})(\d+)$/.exec(ref);
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]!) col = col * 26 + (ch.charCodeAt(0) - 64);
  return [Number(m[2]), col];
}

/** "B" for column 2 */
export function columnName(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** OOXML's escapes of characters XML cannot hold: _x000D_ is a carriage return. */
const ooxmlText = (text: string): string =>
  text.includes("_x") ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;

/** An element's name without its namespace prefix (`x:row` -> `row`). */
const local = (name: string): string => {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
};

/** A streaming parse: text pieces in, `events` called for the elements; a malformed part is a data error naming it. */
function* parseXml<T>(pieces: Iterable<string>, where: string, events: (parser: SaxesParser) => T[]): Generator<T> {
  const parser = new SaxesParser();
  const ready = events(parser);
  const failed = (err: unknown): never => {
    if (err instanceof CareersError) throw err;
    throw dataError(`${where} is not well-formed XML (${err instanceof Error ? err.message : String(err)})`);
  };
  for (const piece of pieces) {
    try {
      parser.write(piece);
    } catch (err) {
      failed(err);
    }
    if (ready.length > 0) {
      yield* ready;
      ready.length = 0;
    }
  }
  try {
    parser.close();
  } catch (err) {
    failed(err);
  }
  yield* ready;
}

/** The strings of a shared-strings part: each <si>'s <t> runs, without phonetic guides (<rPh>). */
export function* sharedStrings(pieces: Iterable<string>, where = "sharedStrings.xml"): Generator<string> {
  yield* parseXml(pieces, where, (parser) => {
    const ready: string[] = [];
    let text: string | null = null;
    let inT = false;
    let phonetic = 0;
    parser.on("opentag", (tag) => {
      const name = local(tag.name);
      if (name === "si") text = "";
      else if (name === "t") inT = !tag.isSelfClosing;
      else if (name === "rPh") phonetic++;
    });
    parser.on("closetag", (tag) => {
      const name = local(tag.name);
      if (name === "si" && text !== null) ready.push(ooxmlText(text)), (text = null);
      else if (name === "t") inT = false;
      else if (name === "rPh") phonetic--;
    });
    const onText = (t: string) => {
      if (inT && phonetic === 0 && text !== null) text += t;
    };
    parser.on("text", onText);
    parser.on("cdata", onText);
    return ready;
  });
}

export const parseSharedStrings = (xml: string): string[] => [...sharedStrings([xml])];

/**
 * A sheet part's rows, one at a time as each ends: the cells with a value, shared strings looked up,
 * inline strings read from their <is> runs, numbers as Excel stores them.
 */
export function* sheetRows(pieces: Iterable<string>, name: string, shared: () => readonly string[], file: string): Generator<Row> {
  yield* parseXml(pieces, `${file}: sheet "${name}"`, (parser) => {
    const ready: Row[] = [];
    let row: Row | null = null;
    let nextRow = 1;
    let col = 0;
    let nextCol = 1;
    let type = "";
    let v: string | null = null;
    let inline: string | null = null;
    let into: "v" | "t" | null = null;
    let phonetic = 0;
    parser.on("opentag", (tag: SaxesTagPlain) => {
      const a = tag.attributes;
      switch (local(tag.name)) {
        case "row":
          row = { row: Number(a.r) || nextRow, cells: new Map() };
          nextCol = 1;
          if (tag.isSelfClosing) ready.push(row), (nextRow = row.row + 1), (row = null);
          break;
        case "c":
          col = (a.r ? cellRef(a.r)?.[1] : undefined) ?? nextCol;
          type = a.t ?? "";
          v = null;
          inline = null;
          break;
        case "v":
          v = "";
          into = "v";
          break;
        case "is":
          inline = "";
          break;
        case "t":
          if (inline !== null) into = "t";
          break;
        case "rPh":
          phonetic++;
          break;
      }
    });
    parser.on("closetag", (tag) => {
      switch (local(tag.name)) {
        case "row":
          if (row) ready.push(row), (nextRow = row.row + 1), (row = null);
          break;
        case "c": {
          nextCol = col + 1;
          if (!row) break;
          let value: string | undefined;
          if (type === "s") {
            value = shared()[Number(v)];
            if (value === undefined)
              throw dataError(
                `${file}: sheet "${name}" cell ${columnName(col)}${row.row} points at shared string ${v}, which the workbook does not hold`,
              );
          } else if (type === "inlineStr") value = ooxmlText(inline ?? "");
          else if (v !== null) value = type === "str" ? ooxmlText(v) : v.trim();
          // a cell is kept as one line, without control or hidden characters (schema/control-chars.ts)
          if (value !== undefined && value !== "") row.cells.set(col, safeText(value, { oneLine: true }));
          break;
        }
        case "v":
        case "t":
          into = null;
          break;
        case "rPh":
          phonetic--;
          break;
      }
    });
    const onText = (t: string) => {
      if (into === "v" && v !== null) v += t;
      else if (into === "t" && phonetic === 0 && inline !== null) inline += t;
    };
    parser.on("text", onText);
    parser.on("cdata", onText);
    return ready;
  });
}

export function parseSheet(xml: string, name: string, shared: readonly string[], file: string): Sheet {
  return { name, rows: [...sheetRows([xml], name, () => shared, file)] };
}

/** A part's bytes, a piece at a time, as UTF-8 text (UTF-16 is named, not read). */
function* textPieces(chunks: Iterable<Uint8Array>, where: string): Generator<string> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let first = true;
  try {
    for (const chunk of chunks) {
      if (first && ((chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff)))
        throw dataError(`${where} is UTF-16 text; careers reads the UTF-8 parts Excel and BLS write`);
      first = false;
      yield decoder.decode(chunk, { stream: true });
    }
    yield decoder.decode();
  } catch (err) {
    if (err instanceof CareersError) throw err;
    throw dataError(`${where} is not UTF-8 text (${err instanceof Error ? err.message : String(err)})`);
  }
}

/** Open the workbook in an (already opened) zip; a zip without a workbook part is not a workbook. */
export function openWorkbook(zip: Zip): Workbook | null {
  const names = new Set(zip.entries.map((e) => e.name));
  if (!names.has("xl/workbook.xml")) return null;
  const part = (name: string): Generator<string> | null => {
    const chunks = zip.stream(name);
    return chunks ? textPieces(chunks, `${zip.file}: ${name}`) : null;
  };
  const whole = (name: string): string => [...(part(name) ?? [])].join("");
  const workbook = whole("xl/workbook.xml");
  const rels = new Map<string, string>();
  let sharedPart = "xl/sharedStrings.xml";
  for (const m of whole("xl/_rels/workbook.xml.rels").matchAll(/<(?:\w+:)?Relationship\b([^>]*?)\/?>/g)) {
    const a = attributes(m[1]!);
    if (!a.Id || !a.Target) continue;
    const target = a.Target.startsWith("/") ? a.Target.slice(1) : `xl/${a.Target}`;
    rels.set(a.Id, target);
    if (a.Type?.endsWith("/sharedStrings")) sharedPart = target;
  }
  const sheets = [...workbook.matchAll(/<(?:\w+:)?sheet\b([^>]*?)\/?>/g)].map((m) => {
    const a = attributes(m[1]!);
    return { name: a.name ?? "", part: rels.get(a.id ?? "") };
  });
  let shared: string[] | undefined;
  const sharedList = () => (shared ??= [...sharedStrings(part(sharedPart) ?? [], `${zip.file}: ${sharedPart}`)]);
  const read = new Map<string, Sheet>();
  const rows = (name: string): Generator<Row> | null => {
    const s = sheets.find((x) => x.name === name);
    if (!s) return null;
    if (!s.part || !names.has(s.part)) throw dataError(`${zip.file}: the workbook lists sheet "${name}" but does not hold it`);
    return sheetRows(part(s.part)!, name, sharedList, zip.file);
  };
  return {
    file: zip.file,
    sheetNames: sheets.map((s) => s.name),
    rows,
    sheet(name) {
      const cached = read.get(name);
      if (cached) return cached;
      const streamed = rows(name);
      if (!streamed) return null;
      const sheet = { name, rows: [...streamed] };
      read.set(name, sheet);
      return sheet;
    },
  };
}
