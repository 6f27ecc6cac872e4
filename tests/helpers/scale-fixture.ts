/**
 * An invented O*NET release built for measuring on the common scales (compare, path, assess, match):
 * eight occupations of a harbour town, rated on six skills and two knowledge areas, with job zones,
 * interests, related occupations (a ladder from Shell Sorters up to Tide Office Managers, with a side
 * branch), education and experience shares, and BLS workbooks giving each one a median wage. Expected
 * figures in the tests are worked from the tables below.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ScaleModel } from "../../src/schema/assessment.js";
import type { HistoryEntry } from "../../src/schema/history.js";
import { homeWith, national, OEWS_HEADER, oewsWorkbook, PROJECTIONS_HEADER, projectionsWorkbook } from "./import-fixtures.js";
import type { CellValue } from "./xlsx.js";

/** The interests quiz's activities of each RIASEC type (Interests Illustrative Activities, "General"). */
export const SCALE_ACTIVITIES: Record<string, string[]> = {
  Realistic: ["Mend a fishing net.", "Paint a lighthouse."],
  Investigative: ["Measure the tides.", "Study harbour seals."],
  Artistic: ["Carve a ship's figurehead.", "Write sea shanties."],
  Social: ["Teach children to swim.", "Help sailors find lodging."],
  Enterprising: ["Run a fish market stall.", "Sell ferry tours."],
  Conventional: ["Keep the harbour log.", "File berth permits."],
};

/** Two basic interests, with their activities and the types Basic Interests to RIASEC links them to. */
export const SCALE_BASIC_INTERESTS = [
  { id: "1.B.3.a", name: "Boat Repair", riasec: ["Realistic"], activities: ["Fix a boat engine.", "Patch a hull."] },
  {
    id: "1.B.3.b",
    name: "Harbour Tours",
    riasec: ["Social", "Enterprising"],
    activities: ["Guide visitors round the harbour.", "Plan a harbour festival."],
  },
];

/** Element id -> name, kind and the level anchors (value, example) of the release. */
export const SCALE_ELEMENTS: Record<string, { name: string; knowledge?: true; anchors: [number, string][] }> = {
  "2.A.1.a": {
    name: "Reading Comprehension",
    anchors: [
      [2, "Read a tide table"],
      [4, "Read a harbour bylaw"],
      [6, "Read a maritime law treaty"],
    ],
  },
  "2.A.1.b": {
    name: "Active Listening",
    anchors: [
      [2, "Take a ferry ticket order"],
      [4, "Answer a captain's berth questions"],
      [6, "Hear a maritime court case"],
    ],
  },
  "2.A.1.d": {
    name: "Speaking",
    anchors: [
      [2, "Call out the next ferry"],
      [4, "Brief the dock crew"],
      [6, "Argue a case before the harbour board"],
    ],
  },
  "2.B.1.a": {
    name: "Social Perceptiveness",
    anchors: [
      [2, "Notice a queue growing restless"],
      [4, "Calm a captain who missed the tide"],
      [6, "Mediate a dispute between two fleets"],
    ],
  },
  "2.B.4.e": {
    name: "Judgment and Decision Making",
    anchors: [
      [2, "Pick which form a visitor needs"],
      [4, "Decide which boat docks first"],
      [6, "Close the harbour for a storm"],
    ],
  },
  "2.B.5.d": {
    name: "Management of Personnel Resources",
    anchors: [
      [2, "Cover a colleague's break"],
      [4, "Plan the desk's shifts"],
      [6, "Staff the whole port"],
    ],
  },
  "2.C.1.e": {
    name: "Customer and Personal Service",
    knowledge: true,
    anchors: [
      [2, "Greet a visitor"],
      [4, "Resolve a booking complaint"],
      [6, "Design the port's service standards"],
    ],
  },
  "2.C.1.a": {
    name: "Administration and Management",
    knowledge: true,
    anchors: [
      [2, "File a berth request"],
      [4, "Keep the desk's budget"],
      [6, "Run the harbour authority"],
    ],
  },
};

export const SCALE_ELEMENT_IDS = Object.keys(SCALE_ELEMENTS);

export interface ScaleOccupation {
  code: string;
  title: string;
  zone: number;
  /** annual median for OEWS and the projections; null: BLS gives none (`*`) */
  median: number | null;
  growthPercent: number;
  /** [importance, level] per element, in SCALE_ELEMENT_IDS order; a level of 0 is marked not relevant */
  ratings: [number, number][];
  /** R, I, A, S, E, C */
  interests: [number, number, number, number, number, number];
  related: [string, "Primary-Short" | "Primary-Long" | "Supplemental"][];
  /** required level of education: category (1-8) -> percent */
  education: Record<number, number>;
  /** related work experience: category (1-11) -> percent */
  experience: Record<number, number>;
}

export const SCALE_OCCUPATIONS: ScaleOccupation[] = [
  {
    code: "91-3011.00",
    title: "Tide Clerks",
    zone: 2,
    median: 38000,
    growthPercent: 2.5,
    ratings: [
      [3.5, 3],
      [4, 4],
      [4, 3.5],
      [3, 3],
      [2.5, 2.5],
      [1.5, 1],
      [4.5, 4.5],
      [2, 2],
    ],
    interests: [1.5, 1.5, 1.2, 4.5, 4, 6],
    related: [
      ["91-3012.00", "Primary-Short"],
      ["91-1021.00", "Primary-Short"],
      ["91-3013.00", "Primary-Long"],
      ["91-4011.00", "Supplemental"],
    ],
    education: { 2: 60, 4: 25, 5: 15 },
    experience: { 1: 30, 2: 20, 4: 50 },
  },
  {
    code: "91-3012.00",
    title: "Harbour Greeters",
    zone: 2,
    median: 39500,
    growthPercent: 4,
    ratings: [
      [3, 2.5],
      [4, 4],
      [4.5, 4],
      [3.5, 3.5],
      [2, 2],
      [1.2, 0],
      [4.5, 4],
      [1.5, 1],
    ],
    interests: [1.3, 1.1, 2, 6, 4, 4],
    related: [
      ["91-3011.00", "Primary-Short"],
      ["91-3014.00", "Primary-Short"],
    ],
    education: { 2: 80, 4: 20 },
    experience: { 1: 60, 2: 40 },
  },
  {
    code: "91-3013.00",
    title: "Shell Sorters",
    zone: 1,
    median: 31000,
    growthPercent: -3,
    ratings: [
      [2.5, 2],
      [2.5, 2],
      [2, 1.5],
      [1.5, 1],
      [2, 2],
      [1, 0],
      [2, 2],
      [1, 0],
    ],
    interests: [5, 1.5, 1, 2, 1.5, 5.5],
    related: [
      ["91-3011.00", "Primary-Short"],
      ["91-5011.00", "Primary-Long"],
    ],
    education: { 1: 45, 2: 55 },
    experience: { 1: 90, 2: 10 },
  },
  {
    code: "91-1021.00",
    title: "Tide Desk Leads",
    zone: 3,
    median: 52000,
    growthPercent: 1.5,
    ratings: [
      [4, 4],
      [4, 4.5],
      [4, 4.5],
      [3.5, 4],
      [3.5, 4],
      [3.5, 4],
      [4.5, 5],
      [3.5, 4],
    ],
    interests: [1.2, 2, 1.3, 4.5, 6, 5.5],
    related: [
      ["91-1022.00", "Primary-Short"],
      ["91-3011.00", "Primary-Long"],
    ],
    education: { 2: 40, 4: 30, 6: 30 },
    experience: { 4: 20, 6: 50, 7: 30 },
  },
  {
    code: "91-1022.00",
    title: "Tide Office Managers",
    zone: 4,
    median: 98000,
    growthPercent: 5,
    ratings: [
      [4, 4.5],
      [4, 4.5],
      [4.5, 5],
      [4, 4.5],
      [4.5, 5],
      [4.5, 5],
      [4, 4.5],
      [4.5, 5.5],
    ],
    interests: [1, 2.5, 1.5, 4, 6.5, 5],
    related: [["91-1021.00", "Primary-Short"]],
    education: { 4: 20, 6: 60, 8: 20 },
    experience: { 6: 30, 7: 40, 8: 30 },
  },
  {
    code: "91-4011.00",
    title: "Tide Analysts",
    zone: 4,
    median: 81000,
    growthPercent: 8,
    ratings: [
      [4.5, 5],
      [3.5, 4],
      [3.5, 4],
      [2.5, 3],
      [4, 4.5],
      [2, 2],
      [2.5, 3],
      [3, 3.5],
    ],
    interests: [1.2, 6, 1.5, 2, 3.5, 5.5],
    related: [["91-1022.00", "Primary-Short"]],
    education: { 6: 70, 8: 30 },
    experience: { 4: 50, 6: 50 },
  },
  {
    code: "91-5011.00",
    title: "Kelp Farmers",
    zone: 2,
    median: 36000,
    growthPercent: 0,
    ratings: [
      [2.5, 2.5],
      [2.5, 2.5],
      [2, 2],
      [2, 2],
      [3, 3],
      [2, 2],
      [2, 2],
      [2.5, 2.5],
    ],
    interests: [6.8, 3, 1.2, 1.5, 2.5, 3],
    related: [["91-3013.00", "Primary-Short"]],
    education: { 1: 30, 2: 70 },
    experience: { 1: 40, 3: 60 },
  },
  {
    code: "91-3014.00",
    title: "Lighthouse Tour Guides",
    zone: 2,
    median: null,
    growthPercent: 6,
    ratings: [
      [3, 3],
      [3.5, 3.5],
      [4.5, 4.5],
      [3.5, 3.5],
      [2, 2],
      [1, 0],
      [4, 4],
      [1, 1],
    ],
    interests: [2, 3, 4, 6.2, 4.5, 2],
    related: [["91-3012.00", "Primary-Short"]],
    education: { 2: 50, 4: 50 },
    experience: { 1: 70, 2: 30 },
  },
];

const EDUCATION = [
  "Less than a High School Diploma",
  "High School Diploma - or the equivalent (for example, GED)",
  "Post-Secondary Certificate",
  "Some College Courses",
  "Associate's Degree (or other 2-year degree)",
  "Bachelor's Degree",
  "Post-Baccalaureate Certificate",
  "Master's Degree",
];
const EXPERIENCE = [
  "None",
  "Up to and including 1 month",
  "Over 1 month, up to and including 3 months",
  "Over 3 months, up to and including 6 months",
  "Over 6 months, up to and including 1 year",
  "Over 1 year, up to and including 2 years",
  "Over 2 years, up to and including 4 years",
  "Over 4 years, up to and including 6 years",
  "Over 6 years, up to and including 8 years",
  "Over 8 years, up to and including 10 years",
  "Over 10 years",
];
const RIASEC = ["Realistic", "Investigative", "Artistic", "Social", "Enterprising", "Conventional"];

const tsv = (rows: (string | number)[][]) => rows.map((r) => r.join("\t")).join("\n") + "\n";

/** The release's files, by name. */
export function scaleReleaseFiles(occupations: readonly ScaleOccupation[] = SCALE_OCCUPATIONS): Record<string, string> {
  const rated = (knowledge: boolean) => {
    const rows: (string | number)[][] = [
      ["O*NET-SOC Code", "Element ID", "Element Name", "Scale ID", "Data Value", "Recommend Suppress", "Not Relevant"],
    ];
    for (const o of occupations) {
      SCALE_ELEMENT_IDS.forEach((id, k) => {
        const e = SCALE_ELEMENTS[id]!;
        if (Boolean(e.knowledge) !== knowledge) return;
        const [importance, level] = o.ratings[k]!;
        rows.push([o.code, id, e.name, "IM", importance.toFixed(2), "N", "n/a"]);
        rows.push([o.code, id, e.name, "LV", level.toFixed(2), "N", level === 0 ? "Y" : "N"]);
      });
    }
    return tsv(rows);
  };
  return {
    "Read Me.txt": "O*NET 98.2 Database\nMarch 2098 Release\n\nAn invented release for the tests of careers.\n",
    "Occupation Data.txt": tsv([
      ["O*NET-SOC Code", "Title", "Description"],
      ...occupations.map((o) => [o.code, o.title, `The invented work of ${o.title.toLowerCase()}.`]),
    ]),
    "Skills.txt": rated(false),
    "Knowledge.txt": rated(true),
    "Level Scale Anchors.txt": tsv([
      ["Element ID", "Element Name", "Scale ID", "Anchor Value", "Anchor Description"],
      ...SCALE_ELEMENT_IDS.flatMap((id) => SCALE_ELEMENTS[id]!.anchors.map(([v, text]) => [id, SCALE_ELEMENTS[id]!.name, "LV", v, text])),
    ]),
    "Content Model Reference.txt": tsv([
      ["Element ID", "Element Name", "Description"],
      ...SCALE_ELEMENT_IDS.map((id) => [id, SCALE_ELEMENTS[id]!.name, `What ${SCALE_ELEMENTS[id]!.name} means in a harbour town.`]),
      ...RIASEC.map((name, k) => [`1.B.1.${"abcdef"[k]}`, name, `${name} work, as the harbour town knows it.`]),
    ]),
    "RIASEC Keywords.txt": tsv([
      ["Element ID", "Element Name", "Keyword", "Keyword Type"],
      ...RIASEC.flatMap((name, k) => [
        [`1.B.1.${"abcdef"[k]}`, name, `${name.toLowerCase()}-action`, "Action"],
        [`1.B.1.${"abcdef"[k]}`, name, `${name.toLowerCase()}-object`, "Object"],
      ]),
    ]),
    "Interests Illustrative Activities.txt": tsv([
      ["Element ID", "Element Name", "Interest Type", "Activity"],
      ...RIASEC.flatMap((name, k) => SCALE_ACTIVITIES[name]!.map((a) => [`1.B.1.${"abcdef"[k]}`, name, "General", a])),
      ...SCALE_BASIC_INTERESTS.flatMap((b) => b.activities.map((a) => [b.id, b.name, "Basic", a])),
    ]),
    "Basic Interests to RIASEC.txt": tsv([
      ["Basic Interests Element ID", "Basic Interests Element Name", "RIASEC Element ID", "RIASEC Element Name"],
      ...SCALE_BASIC_INTERESTS.flatMap((b) => b.riasec.map((name) => [b.id, b.name, `1.B.1.${"abcdef"[RIASEC.indexOf(name)]}`, name])),
    ]),
    "Scales Reference.txt": tsv([
      ["Scale ID", "Scale Name", "Minimum", "Maximum"],
      ["IM", "Importance", 1, 5],
      ["LV", "Level", 0, 7],
      ["OI", "Occupational Interests", 1, 7],
    ]),
    "Job Zones.txt": tsv([["O*NET-SOC Code", "Job Zone"], ...occupations.map((o) => [o.code, o.zone])]),
    "Job Zone Reference.txt": tsv([
      ["Job Zone", "Name"],
      ...[1, 2, 3, 4, 5].map((z) => [z, `Job Zone ${["One", "Two", "Three", "Four", "Five"][z - 1]}`]),
    ]),
    "Interests.txt": tsv([
      ["O*NET-SOC Code", "Element Name", "Scale ID", "Data Value"],
      ...occupations.flatMap((o) => RIASEC.map((name, k) => [o.code, name, "OI", o.interests[k]!.toFixed(2)])),
    ]),
    "Related Occupations.txt": tsv([
      ["O*NET-SOC Code", "Related O*NET-SOC Code", "Relatedness Tier", "Index"],
      ...occupations.flatMap((o) => o.related.map(([code, tier], k) => [o.code, code, tier, k + 1])),
    ]),
    "Education, Training, and Experience Categories.txt": tsv([
      ["Element ID", "Element Name", "Scale ID", "Category", "Category Description"],
      ...EDUCATION.map((label, k) => ["2.D.1", "Required Level of Education", "RL", k + 1, label]),
      ...EXPERIENCE.map((label, k) => ["3.A.1", "Related Work Experience", "RW", k + 1, label]),
    ]),
    "Education, Training, and Experience.txt": tsv([
      ["O*NET-SOC Code", "Scale ID", "Category", "Data Value"],
      ...occupations.flatMap((o) => [
        ...Object.entries(o.education).map(([c, p]) => [o.code, "RL", c, p.toFixed(2)]),
        ...Object.entries(o.experience).map(([c, p]) => [o.code, "RW", c, p.toFixed(2)]),
      ]),
    ]),
  };
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** OEWS rows: the median as given, the other figures as fixed shares of it (hourly: annual / 2080). */
export function scaleOewsRows(occupations: readonly ScaleOccupation[] = SCALE_OCCUPATIONS): CellValue[][] {
  return occupations.map((o) => {
    const soc = o.code.slice(0, 7);
    if (o.median === null) return national(soc, o.title, "detailed", [1000, 1, null, null, null, null, ...Array<string>(15).fill("*")]);
    const annual = [0.7, 0.85, 1, 1.2, 1.45].map((f) => Math.round(o.median! * f));
    const mean = Math.round(o.median * 1.05);
    return national(soc, o.title, "detailed", [
      10000,
      1,
      null,
      null,
      null,
      null,
      round2(mean / 2080),
      mean,
      1,
      ...annual.map((a) => round2(a / 2080)),
      ...annual,
      null,
      null,
    ]);
  });
}

export function scaleProjectionRows(occupations: readonly ScaleOccupation[] = SCALE_OCCUPATIONS): CellValue[][] {
  return occupations.map((o) => [
    `    ${o.title}`,
    o.code.slice(0, 7),
    "Line item",
    100,
    Math.round(100 * (1 + o.growthPercent / 100) * 10) / 10,
    0,
    0,
    o.growthPercent,
    o.growthPercent,
    1,
    10,
    o.median ?? "—",
    o.zone >= 4 ? "Bachelor's degree" : "High school diploma or equivalent",
    o.zone >= 3 ? "Less than 5 years" : "None",
    "Short-term on-the-job training",
    "—",
  ]);
}

/** The release (a folder) and the two workbooks, written to a temporary folder. */
export function writeScaleInputs(occupations: readonly ScaleOccupation[] = SCALE_OCCUPATIONS): { dir: string; paths: string[] } {
  const dir = mkdtempSync(join(tmpdir(), "careers-scale-in-"));
  const release = join(dir, "db_98_2_text");
  mkdirSync(release);
  for (const [name, text] of Object.entries(scaleReleaseFiles(occupations))) writeFileSync(join(release, name), text);
  writeFileSync(join(dir, "projections.xlsx"), projectionsWorkbook(scaleProjectionRows(occupations), PROJECTIONS_HEADER));
  writeFileSync(join(dir, "oews.xlsx"), oewsWorkbook(scaleOewsRows(occupations), OEWS_HEADER));
  return { dir, paths: [release, join(dir, "projections.xlsx"), join(dir, "oews.xlsx")] };
}

/** A data home with the harbour-town release imported (in-process): for commands over the common scales. */
export async function scaleHome(
  occupations: readonly ScaleOccupation[] = SCALE_OCCUPATIONS,
): Promise<{ home: string; cleanup: () => void }> {
  const inputs = writeScaleInputs(occupations);
  return homeWith(inputs.dir, inputs.paths);
}

/**
 * The scale model the hand-worked expectations assume (the shipped values of data/assessment.yaml at the
 * time of writing, fixed here so that a change of the data does not silently change what the tests check).
 */
export const TEST_SCALE_MODEL: ScaleModel = {
  importance: 3,
  assessImportance: 3,
  weights: { skill: 0.6, knowledge: 0.25, interests: 0.15 },
  use: 0.1,
  lateralBand: 0.1,
  gapsShown: 3,
  maxMoves: 6,
  steppingStones: 3,
  resemblance: {
    needImportance: 1.5,
    weights: { skill: 0.4, knowledge: 0.6 },
    distance: 0.5,
    interests: 0.6,
    activities: { dwa: 0.2, iwa: 0.1, nearest: 1 },
  },
};

/** A saved assessment of Tide Clerks carrying these levels as its profile (none without). */
export const tideClerksEntry = (date: string, levels?: Record<string, number>): HistoryEntry => ({
  date,
  role: "tide-clerks",
  title: "Tide Clerks",
  code: "91-3011.00",
  readiness: 60,
  band: "developing",
  categories: [],
  ...(levels ? { profile: { levels } } : {}),
});

/** A desk lead linked to Tide Desk Leads with its guide's salary row; a ferry hand linked to nothing. */
const DESK_LEAD = `id: desk-lead
title: Desk Lead
summary: Leads the tide desk.
sources:
  - id: harbour-guide
    title: The Harbour Careers Guide
    publisher: Harbour Town
onet:
  code: 91-1021.00
  title: Tide Desk Leads
  note: The guide's desk lead is O*NET's tide desk lead.
keyFacts:
  typicalEducation:
    source: harbour-guide
    text: High school diploma and two years at the desk.
salaryByLevel:
  source: harbour-guide
  currency: USD
  region: US
  period: year
  levels:
    - level: Desk Lead
      role: desk-lead
      median: 50000
      average: 51000
`;
const FERRY_HAND = `id: ferry-hand
title: Ferry Hand
summary: Ties up the ferry.
sources:
  - id: harbour-guide
    title: The Harbour Careers Guide
`;

/** A folder of role files: the desk lead (linked to Tide Desk Leads) and the ferry hand (linked to nothing). */
export function harbourRoles(): string {
  const dir = mkdtempSync(join(tmpdir(), "careers-roles-"));
  writeFileSync(join(dir, "desk-lead.yaml"), DESK_LEAD);
  writeFileSync(join(dir, "ferry-hand.yaml"), FERRY_HAND);
  return dir;
}
