/**
 * Inputs for `careers import` tests, all invented: the hand-written O*NET release in
 * tests/fixtures/onet-mini (as a folder, or zipped as the release is downloaded), and BLS workbooks in the
 * published layouts with rows for its occupations. Expected figures in the tests are read off these rows.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { zipSync } from "fflate";
import { afterAll, beforeAll } from "vitest";
import { ROOT } from "./run.js";
import { type CellValue, makeXlsx } from "./xlsx.js";

export const ONET_MINI = join(ROOT, "tests", "fixtures", "onet-mini");

/** The mini release zipped as O*NET ships it: one folder (db_99_1_text/) of the .txt files. */
export function onetZip(folder = "db_99_1_text", change: (files: Record<string, Uint8Array>) => void = () => {}): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  files[`${folder}/`] = new Uint8Array(0);
  for (const name of readdirSync(ONET_MINI)) files[`${folder}/${name}`] = readFileSync(join(ONET_MINI, name));
  change(files);
  return zipSync(files);
}

export const PROJECTIONS_HEADER = [
  "2098 National Employment Matrix title",
  "2098 National Employment Matrix code",
  "Occupation type",
  "Employment, 2098",
  "Employment, 2108",
  "Employment distribution, percent, 2098",
  "Employment distribution, percent, 2108",
  "Employment change, numeric, 2098–08",
  "Employment change, percent, 2098–08",
  "Percent self employed, 2098",
  "Occupational openings, 2098–08 annual average",
  "Median annual wage, dollars, 2098[1]",
  "Typical education needed for entry",
  "Work experience in a related occupation",
  "Typical on-the-job training needed to attain competency in the occupation",
  "Related Occupational Outlook Handbook (OOH) content xlsx",
];

/** Table 1.2 rows (employment in thousands), for the mini release's occupations. */
export const PROJECTION_ROWS: CellValue[][] = [
  ["Total, all occupations", "00-0000", "Summary", 170000.5, 175000.1, 100, 100, 4999.6, 2.9, 6, 18000.2, 50000, "—", "—", "—", "—"],
  [
    "    Lantern keepers",
    "91-1011",
    "Line item",
    12.3,
    13.5,
    0,
    0,
    1.2,
    9.8000000000000007,
    1,
    1.9,
    41230,
    "High school diploma or equivalent",
    "None",
    "Short-term on-the-job training",
    "OOH Content",
  ],
  [
    "    Cloud shepherds and rain herders",
    "91-2010",
    "Line item",
    0.8,
    0.7,
    0,
    0,
    -0.1,
    -12.5,
    3,
    0.09,
    ">=$239,200",
    "Bachelor's degree",
    "5 years or more",
    "None",
    "—",
  ],
  [
    "    Dream and sleep counselors",
    "21-1018",
    "Line item",
    591.79999999999995,
    650.1,
    0.3,
    0.4,
    58.3,
    9.9,
    2,
    44.4,
    "—",
    "Master's degree",
    "None",
    "Internship/residency",
    "OOH Content",
  ],
  ["Footnotes:", null, null],
  ["[1] Invented wages for the tests.", null, null],
  ["Source: Employment Projections program, U.S. Bureau of Labor Statistics", null, null],
];

export function projectionsWorkbook(
  rows: CellValue[][] = PROJECTION_ROWS,
  header: string[] = PROJECTIONS_HEADER,
  opts: { sheet?: string; inline?: boolean } = {},
): Uint8Array {
  return makeXlsx(
    [
      { name: "Index", rows: [["Employment Projections, 2098–2108 (invented)"]] },
      {
        name: opts.sheet ?? "Table 1.2",
        rows: [
          ["Table 1.2 Occupational projections, 2098–2108, and worker characteristics, 2098 (Employment in thousands)"],
          header,
          ...rows,
        ],
      },
    ],
    { inline: opts.inline },
  );
}

export const OEWS_HEADER = [
  "AREA",
  "AREA_TITLE",
  "AREA_TYPE",
  "PRIM_STATE",
  "NAICS",
  "NAICS_TITLE",
  "I_GROUP",
  "OWN_CODE",
  "OCC_CODE",
  "OCC_TITLE",
  "O_GROUP",
  "TOT_EMP",
  "EMP_PRSE",
  "JOBS_1000",
  "LOC_QUOTIENT",
  "PCT_TOTAL",
  "PCT_RPT",
  "H_MEAN",
  "A_MEAN",
  "MEAN_PRSE",
  "H_PCT10",
  "H_PCT25",
  "H_MEDIAN",
  "H_PCT75",
  "H_PCT90",
  "A_PCT10",
  "A_PCT25",
  "A_MEDIAN",
  "A_PCT75",
  "A_PCT90",
  "ANNUAL",
  "HOURLY",
];

export const national = (code: string, title: string, group: string, rest: CellValue[]): CellValue[] => [
  "99",
  "U.S.",
  "1",
  "US",
  "000000",
  "Cross-industry",
  "cross-industry",
  "1235",
  code,
  title,
  group,
  ...rest,
];

/** OEWS national rows: TOT_EMP, EMP_PRSE, JOBS_1000..PCT_RPT, H_MEAN, A_MEAN, MEAN_PRSE, H_PCT10..90, A_PCT10..90, ANNUAL, HOURLY */
export const OEWS_ROWS: CellValue[][] = [
  national("00-0000", "All Occupations", "total", [
    150000000,
    0,
    null,
    null,
    null,
    null,
    31.5,
    65520,
    0.1,
    14,
    17,
    23,
    37,
    60,
    29120,
    35360,
    47840,
    76960,
    124800,
    null,
    null,
  ]),
  national("91-1011", "Lantern Keepers", "detailed", [
    12340,
    1.5,
    null,
    null,
    null,
    null,
    20.5,
    42640,
    0.8,
    14.1,
    16.2,
    19.82,
    23.4,
    28.9,
    29330,
    33700,
    41230,
    48670,
    60110,
    null,
    null,
  ]),
  national("91-2010", "Cloud Shepherds and Rain Herders", "broad", [
    780,
    9.5,
    null,
    null,
    null,
    null,
    110.25,
    229320,
    4,
    60.1,
    88.2,
    "#",
    "#",
    "#",
    125010,
    183460,
    "#",
    "#",
    "#",
    null,
    null,
  ]),
  national("91-2010", "Cloud Shepherds and Rain Herders", "detailed", [
    780,
    9.5,
    null,
    null,
    null,
    null,
    110.25,
    229320,
    4,
    60.1,
    88.2,
    "#",
    "#",
    "#",
    125010,
    183460,
    "#",
    "#",
    "#",
    null,
    null,
  ]),
  national("21-1018", "Dream and Sleep Counselors", "detailed", [
    560000,
    0.9,
    null,
    null,
    null,
    null,
    "*",
    61900,
    0.4,
    "*",
    "*",
    "*",
    "*",
    "*",
    "N/A",
    45020,
    57800,
    73110,
    95230,
    "TRUE",
    null,
  ]),
];

export function oewsWorkbook(rows: CellValue[][] = OEWS_ROWS, header: string[] = OEWS_HEADER): Uint8Array {
  return makeXlsx([
    { name: "national_M2098_dl", rows: [header, ...rows] },
    {
      name: "Field Descriptions",
      rows: [
        ["May 2098 OEWS Estimates"],
        [""],
        ["Field", "Field Description"],
        ["occ_code", "The 6-digit SOC code"],
        ["Notes:"],
        ["*  = indicates that a wage estimate is not available"],
        ["#  = indicates a wage equal to or greater than $150.00 per hour or $312,000 per year "],
      ],
    },
  ]);
}

/**
 * A row of a state or area OEWS workbook: AREA, AREA_TITLE, AREA_TYPE, PRIM_STATE, NAICS, NAICS_TITLE,
 * I_GROUP, OWN_CODE, then the occupation and its figures as in `national` (`rest`: TOT_EMP ... HOURLY).
 */
export const areaRow = (
  area: string,
  title: string,
  type: string,
  state: string,
  code: string,
  occupation: string,
  group: string,
  rest: CellValue[],
  naics = "000000",
): CellValue[] => [
  area,
  title,
  type,
  state,
  naics,
  naics === "000000" ? "Cross-industry" : "Food Manufacturing",
  naics === "000000" ? "cross-industry" : "3-digit",
  "1235",
  code,
  occupation,
  group,
  ...rest,
];

/**
 * Figures (TOT_EMP ... HOURLY) from employment, jobs per 1,000, location quotient, the hourly and annual
 * mean, and the hourly and annual 10th, 25th, median, 75th and 90th percentiles.
 */
export const figures = (
  employment: CellValue,
  jobs: CellValue,
  lq: CellValue,
  mean: [CellValue, CellValue],
  hourly: CellValue[],
  annual: CellValue[],
  annualOnly: CellValue = null,
): CellValue[] => [employment, 3.1, jobs, lq, null, null, mean[0], mean[1], 1.2, ...hourly, ...annual, annualOnly, null];

/** May 2097 state estimates (a year before the national fixture's 2098): Alabama and Texas. */
export const STATE_ROWS: CellValue[][] = [
  areaRow("01", "Alabama", "2", "AL", "00-0000", "All Occupations", "total", figures(2000000, 1000, 1, [25.1, 52210], [], [])),
  areaRow("01", "Alabama", "2", "AL", "91-0000", "Lantern and Weather Occupations", "major", figures(5000, 2.5, 1, [20, 41600], [], [])),
  areaRow(
    "01",
    "Alabama",
    "2",
    "AL",
    "91-1011",
    "Lantern Keepers",
    "detailed",
    figures(1200, 0.61, 0.75, [18.5, 38480], [12.1, 14.5, 17.8, 21.2, 25.6], [25170, 30160, 37020, 44100, 53250]),
  ),
  areaRow(
    "48",
    "Texas",
    "2",
    "TX",
    "91-1011",
    "Lantern Keepers",
    "detailed",
    figures(2400, 0.18, 0.22, [22.75, 47320], [15.2, 18, 21.5, 26.1, 31.4], [31620, 37440, 44720, 54290, 65310]),
  ),
  areaRow(
    "48",
    "Texas",
    "2",
    "TX",
    "91-2010",
    "Cloud Shepherds and Rain Herders",
    "detailed",
    figures("**", "**", "**", [104.5, 217360], [55.2, 80.1, "#", "#", "#"], [114820, 166610, "#", "#", "#"]),
  ),
  areaRow(
    "48",
    "Texas",
    "2",
    "TX",
    "21-1018",
    "Dream and Sleep Counselors",
    "detailed",
    figures(41000, 3.1, 1.4, ["*", 58900], ["*", "*", "*", "*", "*"], [39010, "N/A", 55400, 70120, 90330], "TRUE"),
  ),
];

/** May 2097 metropolitan and nonmetropolitan estimates in Texas, with one industry row (as in the all-data workbook). */
export const METRO_ROWS: CellValue[][] = [
  areaRow(
    "12420",
    "Austin-Round Rock-San Marcos, TX",
    "4",
    "TX",
    "91-1011",
    "Lantern Keepers",
    "detailed",
    figures(600, 0.5, 0.61, [24.1, 50130], [16, 19.2, 23.05, 28, 33.9], [33280, 39940, 47940, 58240, 70510]),
  ),
  areaRow(
    "19100",
    "Dallas-Fort Worth-Arlington, TX",
    "4",
    "TX",
    "91-1011",
    "Lantern Keepers",
    "detailed",
    figures(900, 0.22, 0.27, [21.9, 45550], [14.8, 17.5, 20.9, 25.4, 30.2], [30780, 36400, 43470, 52830, 62820]),
  ),
  areaRow(
    "10180",
    "Abilene, TX",
    "4",
    "TX",
    "91-1011",
    "Lantern Keepers",
    "detailed",
    figures("**", "**", "**", ["*", "*"], ["*", "*", "*", "*", "*"], ["*", "*", "*", "*", "*"]),
  ),
  areaRow(
    "4800003",
    "North Texas nonmetropolitan area",
    "6",
    "TX",
    "91-1011",
    "Lantern Keepers",
    "detailed",
    figures(80, 0.41, 0.5, [17.2, 35780], [11.9, 13.6, 16.4, 20.1, 23.3], [24750, 28290, 34110, 41810, 48460]),
  ),
  areaRow(
    "12420",
    "Austin-Round Rock-San Marcos, TX",
    "4",
    "TX",
    "91-1011",
    "Lantern Keepers",
    "detailed",
    figures(40, 0.1, 0.1, [30, 62400], [20, 25, 30, 35, 40], [41600, 52000, 62400, 72800, 83200]),
    "311000",
  ),
];

const NOTES_2097 = [
  ["May 2097 OEWS Estimates"],
  [""],
  ["Notes:"],
  ["*  = indicates that a wage estimate is not available"],
  ["**  = indicates that an employment estimate is not available"],
  ["#  = indicates a wage equal to or greater than $115.00 per hour or $239,200 per year "],
];

/** A state or metropolitan workbook in the official layout (a data sheet, then the notes). */
export function areaWorkbook(
  sheet: string,
  rows: CellValue[][],
  opts: { header?: string[]; inline?: boolean; noSharedPart?: boolean; notes?: boolean } = {},
): Uint8Array {
  return makeXlsx(
    [
      { name: sheet, rows: [opts.header ?? OEWS_HEADER, ...rows] },
      ...(opts.notes === false ? [] : [{ name: "Field Descriptions", rows: NOTES_2097 }]),
    ],
    { inline: opts.inline, noSharedPart: opts.noSharedPart },
  );
}

export const stateWorkbook = (opts: Parameters<typeof areaWorkbook>[2] = {}) => areaWorkbook("state_M2097_dl", STATE_ROWS, opts);
export const metroWorkbook = (opts: Parameters<typeof areaWorkbook>[2] = {}) => areaWorkbook("MSA_M2097_dl", METRO_ROWS, opts);

/** A temporary folder holding the three inputs: db_99_1_text.zip, projections.xlsx, oews.xlsx. */
export function writeInputs(dir = mkdtempSync(join(tmpdir(), "careers-import-in-"))): {
  dir: string;
  zip: string;
  projections: string;
  oews: string;
} {
  const zip = join(dir, "db_99_1_text.zip");
  const projections = join(dir, "projections.xlsx");
  const oews = join(dir, "oews.xlsx");
  writeFileSync(zip, onetZip());
  writeFileSync(projections, projectionsWorkbook());
  writeFileSync(oews, oewsWorkbook());
  return { dir, zip, projections, oews };
}

/** The state and metropolitan workbooks written beside the three inputs (state.xlsx, msa.xlsx). */
export function writeAreaInputs(dir: string): { state: string; metro: string } {
  const state = join(dir, "state.xlsx");
  const metro = join(dir, "msa.xlsx");
  writeFileSync(state, stateWorkbook());
  writeFileSync(metro, metroWorkbook());
  return { state, metro };
}

/** A data home with the invented releases and the state and metropolitan workbooks imported. */
export async function importedAreaHome(): Promise<{ home: string; cleanup: () => void }> {
  const inputs = writeInputs();
  const areas = writeAreaInputs(inputs.dir);
  return homeWith(inputs.dir, [inputs.zip, inputs.projections, inputs.oews, areas.state, areas.metro]);
}

/** A data home with the invented releases imported (in-process), for commands over occupations. */
export async function importedHome(): Promise<{ home: string; cleanup: () => void }> {
  const inputs = writeInputs();
  return homeWith(inputs.dir, [inputs.zip, inputs.projections, inputs.oews]);
}

/** A fresh data home with `paths` (inputs written to the folder `inputs`) imported in-process; cleanup removes both. */
export async function homeWith(inputs: string, paths: string[]): Promise<{ home: string; cleanup: () => void }> {
  const { run } = await import("./run.js");
  const { rmSync } = await import("node:fs");
  const home = mkdtempSync(join(tmpdir(), "careers-occupations-"));
  const r = await run(["import", ...paths], { env: { CAREERS_HOME: home } });
  if (r.status !== 0) throw new Error(`import failed: ${r.stderr}`);
  return {
    home,
    cleanup: () => {
      rmSync(home, { recursive: true, force: true });
      rmSync(inputs, { recursive: true, force: true });
    },
  };
}

/**
 * For a test file: the invented releases imported once before its tests and removed after them; the
 * returned function gives the data home (as CAREERS_HOME) once imported.
 */
export function useImportedHome(): () => string {
  let imported: { home: string; cleanup: () => void } | undefined;
  beforeAll(async () => {
    imported = await importedHome();
  });
  afterAll(() => imported?.cleanup());
  return () => {
    if (!imported) throw new Error("the data home is imported before the tests");
    return imported.home;
  };
}

/**
 * For a test file: the invented releases imported twice before its tests, with the state and metropolitan
 * workbooks (`areas`) and without (`plain`), removed after them; each returns its data home once imported.
 */
export function useImportedAreaHomes(): { areas: () => string; plain: () => string } {
  let areas: { home: string; cleanup: () => void } | undefined;
  let plain: { home: string; cleanup: () => void } | undefined;
  beforeAll(async () => {
    areas = await importedAreaHome();
    plain = await importedHome();
  });
  afterAll(() => {
    areas?.cleanup();
    plain?.cleanup();
  });
  const home = (h: typeof areas) => {
    if (!h) throw new Error("the data homes are imported before the tests");
    return h.home;
  };
  return { areas: () => home(areas), plain: () => home(plain) };
}
