/**
 * The two BLS workbooks, as published: the Employment Projections table (occupation.xlsx, sheet
 * "Table 1.2") and the OEWS national estimates (national_M2024_dl.xlsx). Columns are found by their
 * header text; figures are kept as BLS gives them, with `#` (top-coded: at least the release's ceiling)
 * apart from `*`, `**` and `N/A` (no estimate). Pure, given the workbook.
 */
import type { Diagnostic } from "../diagnostic.js";
import { dataError } from "../errors.js";
import { AreaRecords, type AreaSource, type AreaType, figureInt, isAreaType, type StoredArea, wageInt } from "../loader/area-file.js";
import type { Outlook, Wage } from "../schema/occupation.js";
import { SKIPPED_EXAMPLES, skippedExamples } from "../schema/occupation.js";
import { plainDecimal, SOC_CODE } from "./text.js";
import { columnName, type Row, type Sheet, type Workbook } from "./xlsx.js";

export const PROJECTIONS_SHEET = "Table 1.2";

/** A line of the projections table: the figures an occupation's outlook keeps, as the table gives them. */
export interface ProjectionRow
  extends Pick<
    Outlook,
    | "employmentBase"
    | "employmentProjected"
    | "change"
    | "changePercent"
    | "openings"
    | "medianWage"
    | "entryEducation"
    | "workExperience"
    | "training"
  > {
  code: string;
  title: string;
  /** "Line item" (an occupation) or "Summary" (a group) */
  type: string;
}

export interface Projections {
  version: string;
  baseYear: number;
  projectedYear: number;
  /**
   * The projections' period as the sheet's title writes it ("2024–2034"), where it agrees with the
   * employment columns' years; null where it gives none. The workbook has no release date of its own.
   */
  titlePeriod: string | null;
  rows: Map<string, ProjectionRow>;
  read: number;
  skipped: { reason: string; rows: number; examples: string[] }[];
}

export interface OewsRow {
  code: string;
  title: string;
  group: string | null;
  employment: number | null;
  annual: Record<"mean" | "pct10" | "pct25" | "median" | "pct75" | "pct90", Wage>;
  hourly: Record<"mean" | "pct10" | "pct25" | "median" | "pct75" | "pct90", Wage>;
  annualOnly: boolean;
  hourlyOnly: boolean;
}

export interface Oews {
  version: string;
  rows: Map<string, OewsRow>;
  read: number;
  skipped: { reason: string; rows: number; examples: string[] }[];
}

const cellProblem = (file: string, sheet: string, row: number, col: number, message: string): Diagnostic => ({
  file,
  line: row,
  col,
  path: `${sheet}!${columnName(col)}${row}`,
  message,
  severity: "error",
});

/** Header cells of a row, normalised for matching: one line, single spaces. */
const headerText = (v: string): string => v.replace(/\s+/g, " ").trim();

/** Find the header row (in the first `within` rows) that has a cell matching `key`. */
function findHeader(sheet: Sheet, key: RegExp, within = 10): Sheet["rows"][number] | undefined {
  return sheet.rows.slice(0, within).find((r) => [...r.cells.values()].some((v) => key.test(headerText(v))));
}

/** The column of each wanted header, or an error naming those not found. */
function columns<K extends string>(
  file: string,
  sheet: Sheet,
  header: Sheet["rows"][number],
  wanted: Record<K, RegExp>,
  what: string,
  /** how a missing column is named: its key, or (OEWS) the header it is matched by */
  byHeader = false,
): Record<K, number> {
  const found = {} as Record<K, number>;
  const missing: string[] = [];
  for (const [key, re] of Object.entries(wanted) as [K, RegExp][]) {
    const hit = [...header.cells.entries()].find(([, v]) => re.test(headerText(v)));
    if (hit) found[key] = hit[0];
    else missing.push(byHeader ? re.source.replace(/^\^|\$$/g, "") : key);
  }
  if (missing.length > 0) {
    throw dataError(`${file}: sheet "${sheet.name}" is not laid out as ${what}: no column for ${missing.join(", ")}`, [
      cellProblem(file, sheet.name, header.row, 1, `header row lacks ${missing.join(", ")}`),
    ]);
  }
  return found;
}

/** BLS's wage cells: a figure, `#` (top-coded), `*`/`N/A`/blank (not available), `>=$239,200`, `—`. */
export function parseWage(raw: string | undefined, ceiling: number | null): Wage | null {
  const v = (raw ?? "").trim();
  if (v === "#") return { amount: null, topCoded: true, atLeast: ceiling };
  const atLeast = /^>=\s*\$?([\d,]+(?:\.\d+)?)$/.exec(v);
  if (atLeast) return { amount: null, topCoded: true, atLeast: Number(atLeast[1]!.replace(/,/g, "")) };
  if (v === "" || v === "*" || v === "**" || v === "N/A" || v === "—" || v === "-") return { amount: null, notAvailable: v };
  const n = plainDecimal(v, true);
  return n !== null && n >= 0 && n <= MAX_FIGURE ? { amount: n } : null;
}

/** No figure of these tables comes near: a larger one is a damaged or foreign cell, not a count or a wage. */
const MAX_FIGURE = 1e12;

/**
 * A figure written as BLS writes them (a plain decimal, thousands separators allowed: no exponent, hex or
 * Infinity) and at least `min` (0 for counts and wages, -100 for a percent change); null for BLS's
 * markers of no estimate, undefined for anything else.
 */
const numberOrNull = (raw: string | undefined, min = 0): number | null | undefined => {
  const v = (raw ?? "").trim();
  if (v === "" || v === "—" || v === "-" || v === "*" || v === "**" || v === "N/A") return null;
  const n = plainDecimal(v, true);
  return n !== null && n >= min && n <= MAX_FIGURE ? n : undefined;
};

/** What a figure's cell must hold, for messages. */
const FIGURE = "a plain decimal number of at least 0";
const WAGE = "a wage (a plain decimal number of at least 0, or one of BLS's markers)";

const textOrNull = (raw: string | undefined): string | null => {
  const v = (raw ?? "").trim();
  return v === "" || v === "—" ? null : v;
};

/** Round away binary noise: 591.79999999999995 thousand -> 591,800. */
const times = (n: number | null, k: number): number | null => (n === null ? null : Math.round(n * k * 1000) / 1000);

function badCell(file: string, sheet: string, row: number, col: number, what: string, value: string | undefined): never {
  throw dataError(`${file}: sheet "${sheet}" cell ${columnName(col)}${row}: ${JSON.stringify(value ?? "")} is not ${what}`, [
    cellProblem(file, sheet, row, col, `not ${what}: ${JSON.stringify(value ?? "")}`),
  ]);
}

/** Is this the Employment Projections workbook? (sheet "Table 1.2" with a National Employment Matrix code column) */
export function isProjections(book: Workbook): boolean {
  if (!book.sheetNames.includes(PROJECTIONS_SHEET)) return false;
  const sheet = book.sheet(PROJECTIONS_SHEET);
  return Boolean(sheet && findHeader(sheet, /Matrix code/i));
}

export function readProjections(book: Workbook): Projections {
  const file = book.file;
  const sheet = book.sheet(PROJECTIONS_SHEET);
  if (!sheet) throw dataError(`${file}: the workbook has no sheet "${PROJECTIONS_SHEET}" (found: ${book.sheetNames.join(", ")})`);
  const header = findHeader(sheet, /Matrix code/i);
  if (!header) throw dataError(`${file}: sheet "${PROJECTIONS_SHEET}" has no "National Employment Matrix code" column in its first rows`);
  const col = columns(
    file,
    sheet,
    header,
    {
      title: /Matrix title/i,
      code: /Matrix code/i,
      type: /^Occupation type/i,
      employmentBase: /^Employment, \d{4}$/,
      change: /^Employment change, numeric/i,
      changePercent: /^Employment change, percent/i,
      openings: /openings/i,
      medianWage: /^Median annual wage/i,
      entryEducation: /^Typical education/i,
      workExperience: /^Work experience/i,
      training: /on-the-job training/i,
    },
    "the Employment Projections table 1.2",
  );
  const years = [...header.cells.values()]
    .map((v) => /^Employment, (\d{4})$/.exec(headerText(v))?.[1])
    .filter((y): y is string => Boolean(y));
  if (years.length < 2) throw dataError(`${file}: sheet "${PROJECTIONS_SHEET}" does not have two "Employment, <year>" columns`);
  const [baseYear, projectedYear] = [Number(years[0]), Number(years[1])];
  const projectedCol = [...header.cells.entries()].find(([, v]) => headerText(v) === `Employment, ${projectedYear}`)![0];
  // "Table 1.2 Occupational projections, 2024–2034, ... (Employment in thousands)": the unit is in the title
  const title = sheet.rows
    .filter((r) => r.row < header.row)
    .flatMap((r) => [...r.cells.values()])
    .join(" ");
  const unit = /in thousands/i.test(title) ? 1000 : /in millions/i.test(title) ? 1_000_000 : null;
  const stated = /projections,?\s*(\d{4})\s*[–-]\s*(\d{2,4})\b/i.exec(title);
  const titlePeriod =
    stated && Number(stated[1]) === baseYear && String(projectedYear).endsWith(stated[2]!) ? `${stated[1]}–${stated[2]}` : null;
  if (unit === null)
    throw dataError(
      `${file}: sheet "${PROJECTIONS_SHEET}" does not say the unit of its employment figures (its title says: ${JSON.stringify(title.slice(0, 120))})`,
    );
  const rows = new Map<string, ProjectionRow>();
  const notes: string[] = [];
  let read = 0;
  for (const r of sheet.rows) {
    if (r.row <= header.row) continue;
    const code = r.cells.get(col.code)?.trim();
    if (code === undefined || code === "") {
      if (r.cells.size > 0) notes.push(`${PROJECTIONS_SHEET}!A${r.row}`);
      continue;
    }
    if (!SOC_CODE.test(code)) badCell(file, PROJECTIONS_SHEET, r.row, col.code, "a SOC code (such as 43-4051)", code);
    read++;
    // a change may be negative: employment falls, by at most all of it
    const least = (key: string) => (key === "change" ? -MAX_FIGURE : key === "changePercent" ? -100 : 0);
    const num = (key: keyof typeof col | "projected", c = key === "projected" ? projectedCol : col[key as keyof typeof col]) => {
      const v = numberOrNull(r.cells.get(c), least(key));
      if (v === undefined)
        badCell(
          file,
          PROJECTIONS_SHEET,
          r.row,
          c,
          key === "change" ? "a plain decimal number" : key === "changePercent" ? "a plain decimal number of at least -100" : FIGURE,
          r.cells.get(c),
        );
      return v;
    };
    const wage = parseWage(r.cells.get(col.medianWage), null);
    if (!wage) badCell(file, PROJECTIONS_SHEET, r.row, col.medianWage, WAGE, r.cells.get(col.medianWage));
    rows.set(code, {
      code,
      title: (r.cells.get(col.title) ?? "").trim(),
      type: (r.cells.get(col.type) ?? "").trim(),
      employmentBase: times(num("employmentBase"), unit),
      employmentProjected: times(num("projected"), unit),
      change: times(num("change"), unit),
      changePercent: num("changePercent"),
      openings: times(num("openings"), unit),
      medianWage: wage,
      entryEducation: textOrNull(r.cells.get(col.entryEducation)),
      workExperience: textOrNull(r.cells.get(col.workExperience)),
      training: textOrNull(r.cells.get(col.training)),
    });
  }
  if (rows.size === 0) throw dataError(`${file}: sheet "${PROJECTIONS_SHEET}" holds no occupation rows`);
  const period = `${baseYear}–${String(projectedYear).slice(-2)}`;
  return {
    version: period,
    baseYear,
    projectedYear,
    titlePeriod,
    rows,
    read,
    skipped: notes.length
      ? [{ reason: "notes and footnotes under the table, not occupations", rows: notes.length, examples: skippedExamples(notes) }]
      : [],
  };
}

const OEWS_COLUMNS = {
  code: /^OCC_CODE$/i,
  title: /^OCC_TITLE$/i,
  hMean: /^H_MEAN$/i,
  aMean: /^A_MEAN$/i,
  hPct10: /^H_PCT10$/i,
  hPct25: /^H_PCT25$/i,
  hMedian: /^H_MEDIAN$/i,
  hPct75: /^H_PCT75$/i,
  hPct90: /^H_PCT90$/i,
  aPct10: /^A_PCT10$/i,
  aPct25: /^A_PCT25$/i,
  aMedian: /^A_MEDIAN$/i,
  aPct75: /^A_PCT75$/i,
  aPct90: /^A_PCT90$/i,
};

/** The first `n` rows of a sheet, read no further. */
function firstRows(book: Workbook, name: string, n: number): Row[] {
  const out: Row[] = [];
  for (const r of book.rows(name) ?? []) {
    out.push(r);
    if (out.length >= n) break;
  }
  return out;
}

/**
 * The OEWS data sheet: the first sheet whose first row has OCC_CODE and one of A_MEDIAN, TOT_EMP or
 * AREA_TYPE (only that row is read); reading it then names any other column it lacks.
 */
export function oewsSheetName(book: Workbook): string | null {
  // the data sheet comes first in the published files; reading every sheet of another workbook is wasteful
  for (const name of book.sheetNames.slice(0, 3)) {
    const first = firstRows(book, name, 1)[0];
    if (
      first &&
      [...first.cells.values()].some((v) => /^OCC_CODE$/i.test(v.trim())) &&
      [...first.cells.values()].some((v) => /^(A_MEDIAN|TOT_EMP|AREA_TYPE)$/i.test(v.trim()))
    )
      return name;
  }
  return null;
}

/** The notes sheets' rows: short sheets (a data sheet is not read past NOTES_ROWS). */
const NOTES_ROWS = 200;

/** `#  = indicates a wage equal to or greater than $115.00 per hour or $239,200 per year`, from the notes sheet. */
function ceilings(book: Workbook, dataSheet: string): { hourly: number | null; annual: number | null; title: string | null } {
  for (const name of book.sheetNames) {
    if (name === dataSheet) continue;
    const rows = firstRows(book, name, NOTES_ROWS + 1);
    if (rows.length > NOTES_ROWS) continue;
    const texts = rows.flatMap((r) => [...r.cells.values()]);
    const note = texts.find((t) => /^#\s*=/.test(t.trim()));
    const title = texts.find((t) => /OEWS Estimates/i.test(t)) ?? null;
    if (!note) continue;
    const m = /\$([\d,.]+) per hour or \$([\d,.]+) per year/i.exec(note);
    return { hourly: m ? Number(m[1]!.replace(/,/g, "")) : null, annual: m ? Number(m[2]!.replace(/,/g, "")) : null, title };
  }
  return { hourly: null, annual: null, title: null };
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/**
 * The states' and areas' figures of every OEWS workbook read, gathered for areas.json and areas.bin: an
 * area (by its AREA code) is taken from the first workbook that has it.
 */
export interface AreaCollector {
  records: AreaRecords;
  areas: StoredArea[];
  /** AREA code -> place in `areas` */
  places: Map<string, number>;
  sources: AreaSource[];
}

export const newAreaCollector = (): AreaCollector => ({ records: new AreaRecords(), areas: [], places: new Map(), sources: [] });

/** What one OEWS workbook gave: its national rows (null where it has none) and its areas' rows. */
export interface OewsRead {
  version: string;
  national: Oews | null;
  /** rows of states and areas kept, by type */
  areaRows: Partial<Record<AreaType, number>>;
  areas: number;
  read: number;
  skipped: Skipped[];
}

type Skipped = { reason: string; rows: number; examples: string[] };

/** Skipped rows by reason, each with a few examples. */
class Skips {
  private map = new Map<string, Skipped>();
  add(reason: string, where: string): void {
    let s = this.map.get(reason);
    if (!s) this.map.set(reason, (s = { reason, rows: 0, examples: [] }));
    s.rows++;
    if (s.examples.length < SKIPPED_EXAMPLES) s.examples.push(where);
  }
  list(): Skipped[] {
    return [...this.map.values()];
  }
}

const AREA_COLUMNS = { area: /^AREA$/i, areaTitle: /^AREA_TITLE$/i, areaType: /^AREA_TYPE$/i };
const GROUPS_KEPT = new Set(["detailed", "broad"]);

/** The national workbook alone (as `readOewsBook` reads it, keeping no areas); a workbook without national rows is refused. */
export function readOews(book: Workbook, sheetName: string): Oews {
  const read = readOewsBook(book, sheetName, book.file, null);
  if (!read.national) throw dataError(`${book.file}: sheet "${sheetName}" holds no national cross-industry rows (AREA_TYPE 1)`);
  return read.national;
}

/**
 * An OEWS workbook, national, state, metropolitan or all-data, read a row at a time: its national
 * cross-industry rows (AREA_TYPE 1) as the national estimates, its states' and areas' cross-industry rows
 * (AREA_TYPE 2, 3, 4 and 6) into `areas` (when given). Industry rows (NAICS other than 000000) and the
 * occupation groups above the broad one are skipped in the areas, as are areas of other types.
 */
export function readOewsBook(book: Workbook, sheetName: string, input: string, areas: AreaCollector | null): OewsRead {
  const file = book.file;
  const stream = book.rows(sheetName);
  if (!stream) throw dataError(`${file}: the workbook has no sheet "${sheetName}"`);
  const ceiling = ceilings(book, sheetName);
  // the period: "May 2024 OEWS Estimates" in the notes, else the sheet's name (national_M2024_dl)
  const fromTitle = ceiling.title ? /([A-Z][a-z]+ \d{4})/.exec(ceiling.title)?.[1] : undefined;
  const fromName = /_M(\d{4})(_|$)/i.exec(sheetName)?.[1];
  const version = fromTitle && MONTHS.some((m) => fromTitle.startsWith(m)) ? fromTitle : fromName ? `May ${fromName}` : "unknown";
  const rows = new Map<string, OewsRow>();
  const skips = new Skips();
  const areaRows: Partial<Record<AreaType, number>> = {};
  let read = 0;
  let nationalRows = 0;
  let header: Row | undefined;
  let col!: Record<keyof typeof OEWS_COLUMNS, number>;
  let areaCol: Record<keyof typeof AREA_COLUMNS, number> | null = null;
  let optionalCols!: Record<
    "group" | "employment" | "annual" | "hourly" | "areaType" | "naics" | "state" | "jobs" | "lq",
    number | undefined
  >;
  let source = -1;
  const kept = new Set<number>();
  for (const r of stream) {
    if (!header) {
      header = r;
      col = columns(file, { name: sheetName, rows: [] }, header, OEWS_COLUMNS, "the OEWS estimates", true);
      const optional = (re: RegExp) => [...header!.cells.entries()].find(([, v]) => re.test(v.trim()))?.[0];
      optionalCols = {
        group: optional(/^O_GROUP$/i),
        employment: optional(/^TOT_EMP$/i),
        annual: optional(/^ANNUAL$/i),
        hourly: optional(/^HOURLY$/i),
        areaType: optional(/^AREA_TYPE$/i),
        naics: optional(/^NAICS$/i),
        state: optional(/^PRIM_STATE$/i),
        jobs: optional(/^JOBS_1000$/i),
        lq: optional(/^LOC_QUOTIENT$/i),
      };
      if (optionalCols.areaType !== undefined)
        areaCol = columns(file, { name: sheetName, rows: [] }, header, AREA_COLUMNS, "the OEWS estimates", true);
      continue;
    }
    const cell = (c: number | undefined) => (c === undefined ? undefined : r.cells.get(c));
    const code = cell(col.code)?.trim();
    if (code === undefined) continue;
    if (!SOC_CODE.test(code)) badCell(file, sheetName, r.row, col.code, "a SOC code (such as 43-4051)", code);
    read++;
    const where = `${sheetName}!${columnName(col.code)}${r.row}`;
    const areaType = optionalCols.areaType !== undefined ? (cell(optionalCols.areaType)?.trim() ?? "") : "1";
    const naics = optionalCols.naics !== undefined ? cell(optionalCols.naics)?.trim() : "000000";
    if (naics !== undefined && naics !== "000000") {
      skips.add("industry estimates (NAICS other than 000000): only cross-industry figures are kept", where);
      continue;
    }
    const wage = (key: keyof typeof OEWS_COLUMNS, top: number | null): Wage => {
      const w = parseWage(cell(col[key]), top);
      if (!w) badCell(file, sheetName, r.row, col[key], WAGE, cell(col[key]));
      return w;
    };
    const num = (c: number | undefined): number | null => {
      if (c === undefined) return null;
      const v = numberOrNull(cell(c));
      if (v === undefined) badCell(file, sheetName, r.row, c, FIGURE, cell(c));
      return v;
    };
    const group = optionalCols.group !== undefined ? (cell(optionalCols.group)?.trim() ?? null) : null;
    const annualOnly = optionalCols.annual !== undefined ? /^true$/i.test(cell(optionalCols.annual)?.trim() ?? "") : false;
    const hourlyOnly = optionalCols.hourly !== undefined ? /^true$/i.test(cell(optionalCols.hourly)?.trim() ?? "") : false;
    const title = (cell(col.title) ?? "").trim();
    if (areaType === "1") {
      nationalRows++;
      const row: OewsRow = {
        code,
        title,
        group,
        employment: num(optionalCols.employment),
        annual: {
          mean: wage("aMean", ceiling.annual),
          pct10: wage("aPct10", ceiling.annual),
          pct25: wage("aPct25", ceiling.annual),
          median: wage("aMedian", ceiling.annual),
          pct75: wage("aPct75", ceiling.annual),
          pct90: wage("aPct90", ceiling.annual),
        },
        hourly: {
          mean: wage("hMean", ceiling.hourly),
          pct10: wage("hPct10", ceiling.hourly),
          pct25: wage("hPct25", ceiling.hourly),
          median: wage("hMedian", ceiling.hourly),
          pct75: wage("hPct75", ceiling.hourly),
          pct90: wage("hPct90", ceiling.hourly),
        },
        annualOnly,
        hourlyOnly,
      };
      // a broad code BLS publishes at the detailed level appears twice, as "broad" and as "detailed"; alike
      const before = rows.get(code);
      if (!before || group === "detailed") rows.set(code, row);
      continue;
    }
    const type = Number(areaType);
    if (!areas || !areaCol) {
      skips.add("not national cross-industry estimates (a state or area row)", where);
      continue;
    }
    if (!isAreaType(type)) {
      skips.add(
        `areas of another type (AREA_TYPE ${areaType || "blank"}): kept are states (2), territories (3), metropolitan (4) and nonmetropolitan areas (6)`,
        where,
      );
      continue;
    }
    if (group !== null && !GROUPS_KEPT.has(group)) {
      skips.add("occupation groups (total, major and minor): no occupation is joined to them", where);
      continue;
    }
    const areaCode = (cell(areaCol.area) ?? "").trim();
    if (!areaCode) badCell(file, sheetName, r.row, areaCol.area, "an area code", cell(areaCol.area));
    let place = areas.places.get(areaCode);
    if (place === undefined) {
      if (source < 0) source = areas.sources.push({ version, input, annualCeiling: ceiling.annual, hourlyCeiling: ceiling.hourly }) - 1;
      if (areas.areas.length > 0xffff) throw dataError(`${file}: more areas than careers can keep (${0xffff})`);
      place =
        areas.areas.push([areaCode, (cell(areaCol.areaTitle) ?? "").trim(), type, cell(optionalCols.state)?.trim() || null, source]) - 1;
      areas.places.set(areaCode, place);
      kept.add(place);
    } else if (!kept.has(place)) {
      skips.add(`areas already read from ${areas.sources[areas.areas[place]![4]]!.input}`, where);
      continue;
    }
    const wages = (keys: (keyof typeof OEWS_COLUMNS)[], top: number | null, scale: number) => keys.map((k) => wageInt(wage(k, top), scale));
    areas.records.add(code, title, place, { annualOnly, hourlyOnly, broad: group === "broad" }, [
      figureInt(num(optionalCols.employment), 1),
      figureInt(num(optionalCols.jobs), 1000),
      figureInt(num(optionalCols.lq), 1000),
      ...wages(["aMean", "aPct10", "aPct25", "aMedian", "aPct75", "aPct90"], ceiling.annual, 1),
      ...wages(["hMean", "hPct10", "hPct25", "hMedian", "hPct75", "hPct90"], ceiling.hourly, 100),
    ]);
    areaRows[type] = (areaRows[type] ?? 0) + 1;
  }
  if (!header) throw dataError(`${file}: sheet "${sheetName}" is empty`);
  if (read === 0) throw dataError(`${file}: sheet "${sheetName}" holds no occupation rows`);
  return {
    version,
    national: nationalRows > 0 ? { version, rows, read, skipped: skips.list() } : null,
    areaRows,
    areas: kept.size,
    read,
    skipped: skips.list(),
  };
}
