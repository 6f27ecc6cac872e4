/**
 * The two BLS workbooks, as published: the Employment Projections table (occupation.xlsx, sheet
 * "Table 1.2") and the OEWS national estimates (national_M2024_dl.xlsx). Columns are found by their
 * header text; figures are kept as BLS gives them, with `#` (top-coded: at least the release's ceiling)
 * apart from `*`, `**` and `N/A` (no estimate). Pure, given the workbook.
 */
import type { Diagnostic } from "../diagnostic.js";
import { dataError } from "../errors.js";
import type { Outlook, Wage } from "../schema/occupation.js";
import { SOC_CODE } from "./text.js";
import { columnName, type Sheet, type Workbook } from "./xlsx.js";

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
): Record<K, number> {
  const found = {} as Record<K, number>;
  const missing: string[] = [];
  for (const [key, re] of Object.entries(wanted) as [K, RegExp][]) {
    const hit = [...header.cells.entries()].find(([, v]) => re.test(headerText(v)));
    if (hit) found[key] = hit[0];
    else missing.push(key);
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
  const n = Number(v.replace(/,/g, ""));
  return Number.isFinite(n) ? { amount: n } : null;
}

const numberOrNull = (raw: string | undefined): number | null | undefined => {
  const v = (raw ?? "").trim();
  if (v === "" || v === "—" || v === "-" || v === "*" || v === "**" || v === "N/A") return null;
  const n = Number(v.replace(/,/g, ""));
  return Number.isFinite(n) ? n : undefined;
};

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
    const num = (key: keyof typeof col | "projected", c = key === "projected" ? projectedCol : col[key as keyof typeof col]) => {
      const v = numberOrNull(r.cells.get(c));
      if (v === undefined) badCell(file, PROJECTIONS_SHEET, r.row, c, "a number", r.cells.get(c));
      return v;
    };
    const wage = parseWage(r.cells.get(col.medianWage), null);
    if (!wage) badCell(file, PROJECTIONS_SHEET, r.row, col.medianWage, "a wage", r.cells.get(col.medianWage));
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
    rows,
    read,
    skipped: notes.length
      ? [{ reason: "notes and footnotes under the table, not occupations", rows: notes.length, examples: notes.slice(0, 3) }]
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

/** The OEWS data sheet: the first sheet whose first row has OCC_CODE and A_MEDIAN. */
export function oewsSheetName(book: Workbook): string | null {
  // the data sheet comes first in the published files; reading every sheet of another workbook is wasteful
  for (const name of book.sheetNames.slice(0, 3)) {
    const sheet = book.sheet(name);
    const first = sheet?.rows[0];
    if (
      first &&
      [...first.cells.values()].some((v) => /^OCC_CODE$/i.test(v.trim())) &&
      [...first.cells.values()].some((v) => /^A_MEDIAN$/i.test(v.trim()))
    )
      return name;
  }
  return null;
}

/** `#  = indicates a wage equal to or greater than $115.00 per hour or $239,200 per year`, from the notes sheet. */
function ceilings(book: Workbook, dataSheet: string): { hourly: number | null; annual: number | null; title: string | null } {
  for (const name of book.sheetNames) {
    if (name === dataSheet) continue;
    const sheet = book.sheet(name);
    if (!sheet || sheet.rows.length > 200) continue;
    const texts = sheet.rows.flatMap((r) => [...r.cells.values()]);
    const note = texts.find((t) => /^#\s*=/.test(t.trim()));
    const title = texts.find((t) => /OEWS Estimates/i.test(t)) ?? null;
    if (!note) continue;
    const m = /\$([\d,.]+) per hour or \$([\d,.]+) per year/i.exec(note);
    return { hourly: m ? Number(m[1]!.replace(/,/g, "")) : null, annual: m ? Number(m[2]!.replace(/,/g, "")) : null, title };
  }
  return { hourly: null, annual: null, title: null };
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

export function readOews(book: Workbook, sheetName: string): Oews {
  const file = book.file;
  const sheet = book.sheet(sheetName)!;
  const header = sheet.rows[0]!;
  const col = columns(file, sheet, header, OEWS_COLUMNS, "the OEWS national estimates");
  const optional = (re: RegExp) => [...header.cells.entries()].find(([, v]) => re.test(v.trim()))?.[0];
  const groupCol = optional(/^O_GROUP$/i);
  const employmentCol = optional(/^TOT_EMP$/i);
  const annualCol = optional(/^ANNUAL$/i);
  const hourlyCol = optional(/^HOURLY$/i);
  const areaTypeCol = optional(/^AREA_TYPE$/i);
  const naicsCol = optional(/^NAICS$/i);
  const ceiling = ceilings(book, sheetName);
  // the period: "May 2024 OEWS Estimates" in the notes, else the sheet's name (national_M2024_dl)
  const fromTitle = ceiling.title ? /([A-Z][a-z]+ \d{4})/.exec(ceiling.title)?.[1] : undefined;
  const fromName = /_M(\d{4})_/i.exec(sheetName)?.[1];
  const version = fromTitle && MONTHS.some((m) => fromTitle.startsWith(m)) ? fromTitle : fromName ? `May ${fromName}` : "unknown";
  const rows = new Map<string, OewsRow>();
  let read = 0;
  const other: string[] = [];
  for (const r of sheet.rows.slice(1)) {
    const code = r.cells.get(col.code)?.trim();
    if (code === undefined) continue;
    if (!SOC_CODE.test(code)) badCell(file, sheetName, r.row, col.code, "a SOC code (such as 43-4051)", code);
    read++;
    const areaType = areaTypeCol ? r.cells.get(areaTypeCol)?.trim() : "1";
    const naics = naicsCol ? r.cells.get(naicsCol)?.trim() : "000000";
    if (areaType !== "1" || (naics !== undefined && naics !== "000000")) {
      other.push(`${sheetName}!${columnName(col.code)}${r.row}`);
      continue;
    }
    const wage = (key: keyof typeof OEWS_COLUMNS, top: number | null): Wage => {
      const w = parseWage(r.cells.get(col[key]), top);
      if (!w) badCell(file, sheetName, r.row, col[key], "a wage", r.cells.get(col[key]));
      return w;
    };
    const employment = employmentCol ? numberOrNull(r.cells.get(employmentCol)) : null;
    if (employment === undefined) badCell(file, sheetName, r.row, employmentCol!, "a number", r.cells.get(employmentCol!));
    const group = groupCol ? (r.cells.get(groupCol)?.trim() ?? null) : null;
    const row: OewsRow = {
      code,
      title: (r.cells.get(col.title) ?? "").trim(),
      group,
      employment,
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
      annualOnly: annualCol ? /^true$/i.test(r.cells.get(annualCol)?.trim() ?? "") : false,
      hourlyOnly: hourlyCol ? /^true$/i.test(r.cells.get(hourlyCol)?.trim() ?? "") : false,
    };
    // a broad code BLS publishes at the detailed level appears twice, as "broad" and as "detailed"; alike
    const before = rows.get(code);
    if (!before || group === "detailed") rows.set(code, row);
  }
  if (read === 0) throw dataError(`${file}: sheet "${sheetName}" holds no occupation rows`);
  return {
    version,
    rows,
    read,
    skipped: other.length
      ? [
          {
            reason: "not national cross-industry estimates (a state, area or industry row)",
            rows: other.length,
            examples: other.slice(0, 3),
          },
        ]
      : [],
  };
}
