/**
 * Just enough of the xlsx format to read the cell values of BLS workbooks: the workbook's sheet list, the
 * shared strings and one sheet's cells, each as text. An xlsx file is a zip of XML parts (see zip.ts); the
 * parts are read with a few regular expressions over their fixed, machine-written shapes, not a general XML
 * parser. Styles, formulas and formats are ignored: a formula cell gives its cached value. Pure.
 */
import { dataError } from "../errors.js";
import { decodeText } from "./text.js";
import type { Zip } from "./zip.js";

/** A cell as text (numbers as Excel stores them, e.g. "4.4000000000000004"), with its 1-based row and column. */
export interface Cell {
  row: number;
  col: number;
  value: string;
}

export interface Sheet {
  name: string;
  /** rows in order; each holds the cells that have a value, by column (1-based), e.g. row.get(2) */
  rows: { row: number; cells: Map<number, string> }[];
}

export interface Workbook {
  file: string;
  sheetNames: string[];
  /** the named sheet's cells, or null when there is no such sheet */
  sheet: (name: string) => Sheet | null;
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

/** The text of a shared or inline string: its <t> runs, without phonetic guides (<rPh>). */
const stringItem = (xml: string): string =>
  [...xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "").matchAll(/<t\b[^>]*?(?:\/>|>([\s\S]*?)<\/t>)/g)].map((m) => xmlText(m[1] ?? "")).join("");

export function parseSharedStrings(xml: string): string[] {
  return [...xml.matchAll(/<si\b[^>]*?(?:\/>|>([\s\S]*?)<\/si>)/g)].map((m) => stringItem(m[1] ?? ""));
}

export function parseSheet(xml: string, name: string, shared: readonly string[], file: string): Sheet {
  const rows: Sheet["rows"] = [];
  let nextRow = 1;
  for (const r of xml.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const rowNumber = Number(attributes(r[1]!).r) || nextRow;
    nextRow = rowNumber + 1;
    const cells = new Map<number, string>();
    let nextCol = 1;
    for (const c of (r[2] ?? "").matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const a = attributes(c[1]!);
      const col = (a.r ? cellRef(a.r)?.[1] : undefined) ?? nextCol;
      nextCol = col + 1;
      const body = c[2] ?? "";
      const v = /<v\b[^>]*>([\s\S]*?)<\/v>/.exec(body)?.[1];
      let value: string | undefined;
      if (a.t === "s") {
        const i = Number(v);
        value = shared[i];
        if (value === undefined)
          throw dataError(
            `${file}: sheet "${name}" cell ${columnName(col)}${rowNumber} points at shared string ${v}, which the workbook does not hold`,
          );
      } else if (a.t === "inlineStr") value = stringItem(/<is\b[^>]*>([\s\S]*?)<\/is>/.exec(body)?.[1] ?? "");
      else if (v !== undefined) value = xmlText(v);
      if (value !== undefined && value !== "") cells.set(col, value);
    }
    rows.push({ row: rowNumber, cells });
  }
  return { name, rows };
}

/** Open the workbook in an (already opened) zip; a zip without a workbook part is not a workbook. */
export function openWorkbook(zip: Zip): Workbook | null {
  const names = new Set(zip.entries.map((e) => e.name));
  if (!names.has("xl/workbook.xml")) return null;
  const parts = zip.extract(["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/sharedStrings.xml"]);
  const text = (part: string): string | null => {
    const bytes = parts.get(part);
    return bytes ? decodeText(bytes, `${zip.file}: ${part}`) : null;
  };
  const workbook = text("xl/workbook.xml")!;
  const rels = new Map<string, string>();
  for (const m of (text("xl/_rels/workbook.xml.rels") ?? "").matchAll(/<Relationship\b([^>]*?)\/?>/g)) {
    const a = attributes(m[1]!);
    if (a.Id && a.Target) rels.set(a.Id, a.Target.startsWith("/") ? a.Target.slice(1) : `xl/${a.Target}`);
  }
  const sheets = [...workbook.matchAll(/<sheet\b([^>]*?)\/?>/g)].map((m) => {
    const a = attributes(m[1]!);
    return { name: a.name ?? "", part: rels.get(a.id ?? "") };
  });
  let shared: string[] | undefined;
  const read = new Map<string, Sheet>();
  return {
    file: zip.file,
    sheetNames: sheets.map((s) => s.name),
    sheet(name) {
      const s = sheets.find((x) => x.name === name);
      if (!s) return null;
      if (!s.part || !names.has(s.part)) throw dataError(`${zip.file}: the workbook lists sheet "${name}" but does not hold it`);
      const cached = read.get(name);
      if (cached) return cached;
      shared ??= parseSharedStrings(text("xl/sharedStrings.xml") ?? "");
      const bytes = zip.extract([s.part]).get(s.part)!;
      const sheet = parseSheet(decodeText(bytes, `${zip.file}: ${s.part}`), name, shared, zip.file);
      read.set(name, sheet);
      return sheet;
    },
  };
}
