/**
 * The imported occupations data set: what `careers import` writes and every command reads. Types only;
 * the files are JSON (manifest.json, index.json, reference.json, ratings.json), JSON lines (details.jsonl),
 * tab-separated text (search.tsv) and binary figures (ratings.bin). See docs/import.md.
 */

/** Raised when the layout of the files changes; a data set of another format is refused with a hint to re-import. */
export const DATASET_FORMAT = 3;

/** The file, in the data sets' folder, that names the data set in use: there is one exactly when one is installed. */
export const CURRENT = "current.json";

/** A wage as BLS publishes it: a figure, or why there is none. `#` (top-coded) is not the same as `*` or `N/A`. */
export interface Wage {
  /** dollars; null when BLS gives no figure */
  amount: number | null;
  /** BLS wrote `#`: the wage is at least `atLeast` (the release's top-code), not known exactly */
  topCoded?: true;
  atLeast?: number | null;
  /** BLS wrote `*` or `N/A` (or left the cell blank): no estimate is available */
  notAvailable?: string;
}

/**
 * How an O*NET-SOC occupation met its BLS row. `detailed`: the same 6-digit SOC code (43-4051.00 -> 43-4051).
 * `part`: the same SOC code, which BLS publishes for a wider occupation than this O*NET one (11-1011.03 ->
 * 11-1011). `broad`: BLS publishes only the broad group (13-1021 -> 13-1020). `combined`: BLS publishes one
 * code for several SOC occupations (21-1011 -> 21-1018).
 */
export type JoinBasis = "detailed" | "part" | "broad" | "combined";

export interface BlsRef {
  code: string;
  title: string;
  basis: JoinBasis;
  /** in words, for every basis but `detailed` */
  note?: string;
}

export interface Wages {
  bls: BlsRef;
  /** OEWS reference period, e.g. May 2024 */
  period: string;
  employment: number | null;
  annual: { mean: Wage; pct10: Wage; pct25: Wage; median: Wage; pct75: Wage; pct90: Wage };
  hourly: { mean: Wage; pct10: Wage; pct25: Wage; median: Wage; pct75: Wage; pct90: Wage };
  /** BLS releases only annual (teachers, pilots) or only hourly (actors, musicians) wages for some occupations */
  annualOnly?: true;
  hourlyOnly?: true;
}

export interface Outlook {
  bls: BlsRef;
  /** e.g. 2024–34 */
  period: string;
  baseYear: number;
  projectedYear: number;
  employmentBase: number | null;
  employmentProjected: number | null;
  change: number | null;
  changePercent: number | null;
  /** average a year over the period */
  openings: number | null;
  /** the projections' median annual wage for the base year (OEWS) */
  medianWage: Wage;
  entryEducation: string | null;
  workExperience: string | null;
  training: string | null;
}

/** A skill or knowledge area: importance 1-5 and level 0-7 as O*NET rates them. */
export interface Rated {
  element: string;
  name: string;
  importance: number | null;
  level: number | null;
  /** the level anchor nearest the level: what work at about that level looks like */
  anchor?: { value: number; text: string };
  /** O*NET marks the level "not relevant" for this occupation */
  levelNotRelevant?: true;
  /** O*NET recommends suppressing the figure (too few or too scattered answers) */
  suppressed?: true;
}

export interface Task {
  id: number | null;
  text: string;
  /** Core or Supplemental, as O*NET rates it; null where not rated */
  type: string | null;
}

export interface TechnologyGroup {
  category: string;
  examples: { name: string; hot?: true; inDemand?: true }[];
}

export interface Share {
  category: number;
  label: string;
  percent: number;
}

export interface Interests {
  scores: { code: string; name: string; score: number }[];
  /** the RIASEC letters of the first, second and third high-points, e.g. "CES" */
  highPoints: string;
}

export interface Related {
  code: string;
  id: string;
  title: string;
  tier: string | null;
}

export interface JobZone {
  zone: number;
  name?: string;
  experience?: string;
  education?: string;
  training?: string;
  examples?: string;
  svpRange?: string;
}

/**
 * An item an occupation requires, as ESCO gives them: a skill or a knowledge item, essential or optional
 * to the occupation, with no level; its skill groups (ESCO's skills hierarchy) by label.
 */
export interface RequiredItem {
  uri: string;
  label: string;
  kind: "skill" | "knowledge";
  groups: { uri: string; label: string }[];
}

/** What an occupation requires where the source rates no levels (ESCO): items essential or optional to it. */
export interface Requirements {
  kind: "essential-optional";
  essential: RequiredItem[];
  optional: RequiredItem[];
}

/** Another occupation or group of the same source, named as the data set names it. */
export interface ConceptLink {
  uri: string;
  /** the occupation's id in the data set; null for an ISCO group */
  id: string | null;
  code: string | null;
  title: string;
}

/** The O*NET-SOC occupation a crosswalk links an occupation of another source to. */
export interface CrosswalkLink {
  code: string;
  title: string;
  /** the crosswalk's confidence: 0.5, 1 or 2 in Nesta's */
  confidence: number;
  /** inherited from the broader occupation the crosswalk links (its lower levels take their parent's match) */
  via?: ConceptLink;
}

/** A detailed work activity of an occupation's tasks. */
export interface WorkActivity {
  dwa: string;
  iwa: string;
  /** how many of the occupation's tasks O*NET links to it */
  tasks: number;
}

/**
 * activities.json: every occupation's detailed work activities, by place in the index, for the fit of
 * `match --like` (core/activities.ts): `dwas` the activity ids, `iwa` each one's intermediate activity (a
 * place in `iwas`), `rows` per occupation the pairs [place in dwas, tasks], flat.
 */
export const ACTIVITIES_FILE = "activities.json";

export interface StoredActivities {
  format: number;
  dwas: string[];
  iwas: string[];
  iwa: number[];
  rows: number[][];
}

/** The sources an occupation can come from; an occupation without `source` is O*NET's. */
export type OccupationSource = "onet" | "esco";

/** One occupation with everything the sources give; null where a source file was not imported. */
export interface Occupation {
  id: string;
  code: string;
  soc: string;
  title: string;
  description: string;
  tasks: Task[] | null;
  skills: Rated[] | null;
  knowledge: Rated[] | null;
  technology: TechnologyGroup[] | null;
  education: { required: Share[]; experience: Share[]; training: Share[] } | null;
  jobZone: JobZone | null;
  interests: Interests | null;
  wages: Wages | null;
  outlook: Outlook | null;
  related: Related[] | null;
  alternateTitles: string[] | null;
  /**
   * O*NET's detailed work activities (DWA) of the occupation's tasks (Tasks to DWAs.txt), each with the
   * intermediate work activity (IWA) it is under and how many tasks link to it; absent without those files
   */
  activities?: WorkActivity[];
  /** absent: O*NET. ESCO's occupations have the fields below, and none of O*NET's ratings */
  source?: OccupationSource;
  uri?: string;
  /** the ISCO-08 groups the occupation is under, from the top down to its unit group */
  isco?: ConceptLink[];
  requirements?: Requirements | null;
  broader?: ConceptLink[];
  narrower?: ConceptLink[];
  /** ESCO's regulated-profession note: regulated in some EU country, or not; `note` where it says more */
  regulated?: { regulated: boolean | null; note: string | null };
  crosswalk?: CrosswalkLink | null;
}

/** The source of an occupation of the index: ESCO's ids start with `esco:`. */
export const sourceOfId = (id: string): OccupationSource => (id.startsWith("esco:") ? "esco" : "onet");

/** A source of occupations as tables and messages name it. */
export const SOURCE_NAMES: Record<OccupationSource, string> = { onet: "O*NET", esco: "ESCO" };

/** One line of index.json: what lists, look-ups and search results need, and where the details are. */
export interface IndexRow {
  id: string;
  code: string;
  title: string;
  median: Wage | null;
  /** the BLS code the median and outlook come from, when it is not this occupation's own */
  blsBasis?: JoinBasis;
  jobZone: number | null;
  growthPercent: number | null;
  openings: number | null;
  education: string | null;
  /** byte offset and length of the occupation in details.jsonl */
  at: [number, number];
}

/** The index as the program uses it; stored more compactly (see index-file.ts). */
export interface Index {
  format: number;
  /** the OEWS period of the medians, e.g. May 2024; null without OEWS */
  wagesPeriod: string | null;
  occupations: IndexRow[];
}

export interface SourceFile {
  name: string;
  rows: number;
}

export interface Skipped {
  file: string;
  reason: string;
  rows: number;
  /** the first of the rows (up to SKIPPED_EXAMPLES), as file:line */
  examples?: string[];
}

/** How many of a reason's skipped rows an import names; the summary says "and N more" of the others. */
export const SKIPPED_EXAMPLES = 10;

/** The skipped rows an import names: the first SKIPPED_EXAMPLES. */
export const skippedExamples = (where: readonly string[]): string[] => where.slice(0, SKIPPED_EXAMPLES);

export interface Source {
  id: "onet" | "bls-projections" | "bls-oews" | "bls-oews-areas" | "esco" | "esco-crosswalk";
  name: string;
  version: string;
  date: string | null;
  /**
   * Where the release gives no date: the time it states of itself, and where it states it (the BLS
   * projections workbook: "2024–2034 projections", from the title of its sheet Table 1.2)
   */
  stated?: { text: string; where: string };
  /** the file or folder imported, as given */
  input: string;
  rows: number;
  files?: SourceFile[];
  /** files of the release that were not there, and what is then unavailable */
  missing?: { file: string; unavailable: string }[];
  skipped: Skipped[];
  attribution: string;
  /** a crosswalk's rows naming O*NET-SOC codes the O*NET release lacks: each code, its title in the crosswalk, how many rows */
  lacking?: { code: string; title: string; rows: number }[];
  /** carried over from the data set an import replaced, which read it (that set's creation time): the import did not give it */
  keptFrom?: string;
}

/** A source as an import's summary names it: what was added, replaced (and by what) or kept. */
export interface SourceChange {
  id: Source["id"];
  name: string;
  version: string;
  input: string;
  /** replaced: the version and file that replace it */
  by?: { version: string; input: string };
  /** kept: a note, such as which areas were kept */
  note?: string;
}

/** What an import changed against the data set it replaced (none before it: every source added). */
export interface SourceChanges {
  added: SourceChange[];
  replaced: SourceChange[];
  kept: SourceChange[];
  /** the previous data set could not be read, so nothing was kept from it: why */
  unreadable?: string;
}

export interface JoinCounts {
  detailed: number;
  part: number;
  broad: number;
  combined: number;
  none: number;
}

export interface Manifest {
  format: number;
  created: string;
  occupations: number;
  sources: Source[];
  join: { wages: JoinCounts | null; outlook: JoinCounts | null };
  /** what the data set lacks, in words */
  unavailable: string[];
  attribution: string[];
  /** of `occupations`, those from ESCO (the rest are O*NET's) */
  escoOccupations?: number;
  /** what this import added, replaced and kept of the data set before it (absent in sets written before) */
  changes?: SourceChanges;
  /** each other file of the data set: its size, checked when the set is opened, and its SHA-256 (import --verify) */
  files?: Record<string, FileRecord>;
}

export interface FileRecord {
  bytes: number;
  sha256: string;
}

/** A file of the data set checked against its record (import --verify). */
export interface FileCheck {
  file: string;
  bytes: number;
  ok: boolean;
  /** what is wrong, when not ok */
  problem?: string;
}

/** An example of work at one value of a scale: O*NET's level scale anchors ("4: Answer inquiries regarding credit references"). */
export interface Anchor {
  value: number;
  text: string;
}

export interface ElementInfo {
  name: string;
  description: string;
  /** skill (2.A, 2.B) or knowledge (2.C) */
  kind?: "skill" | "knowledge";
  /** the examples of work at each level (0-7), lowest first */
  anchors?: Anchor[];
}

/** One RIASEC interest (Realistic ... Conventional): what it means and O*NET's keywords for it. */
export interface InterestInfo {
  code: string;
  name: string;
  description: string;
  keywords: string[];
}

/**
 * One of O*NET's Interests Illustrative Activities ("Build kitchen cabinets."): four for each RIASEC type
 * (general) and four for each basic interest (basic), the quiz of `careers interests`.
 */
export interface InterestActivity {
  /** the interest's element id and the activity's place among its activities: 1.B.1.a.1 */
  id: string;
  /** the interest it illustrates: a RIASEC type (1.B.1.a) or a basic interest (1.B.3.a) */
  element: string;
  /** that interest's name: Realistic, Mechanics/Electronics */
  name: string;
  type: "general" | "basic";
  text: string;
  /** the RIASEC letters it counts towards: its type's, or those O*NET links its basic interest to */
  riasec: string[];
}

export interface Reference {
  scales: Record<string, { name: string; min: number; max: number }>;
  elements: Record<string, ElementInfo>;
  /** the six RIASEC interests by letter, in RIASEC order; absent when the release lacks their descriptions */
  interests?: InterestInfo[];
  /** the quiz's activities, in the release's order; absent when the release lacks them */
  activities?: InterestActivity[];
}

/**
 * Every occupation's skill and knowledge ratings on O*NET's common scales, its interests and its related
 * occupations, by place in the index, so that ranking every occupation (match) or walking the related
 * occupations (path) reads one small file instead of every occupation's details. Stored as ratings.json
 * (the element ids) and ratings.bin (the figures): see loader/ratings-file.ts.
 */
export interface StoredRatings {
  format: number;
  /** element ids (2.A.1.a ...), skills then knowledge; a row's figures are in this order */
  elements: string[];
  /** per occupation (index order): importance 1-5 of each element, null where not rated */
  importance: (number | null)[][];
  /** per occupation: level 0-7 of each element (0 where O*NET marks the level not relevant), null where not rated */
  level: (number | null)[][];
  /** per occupation: RIASEC scores (1-7) in RIASEC order, or null */
  interests: (number[] | null)[];
  /** per occupation: related occupations as [place in the index, tier], in O*NET's order */
  related: [number, string | null][][];
}

/**
 * Every occupation's importance and level of each element and its six interests, as ratings.bin holds
 * them: one Float64Array of records in index order, record i at `i * record` (importance of each element,
 * level of each, the RIASEC scores), NaN where there is none. What ranking every occupation reads
 * (match), without an array and a boxed number per figure (loader/ratings-file.ts decodeTable).
 */
export interface RatingsTable {
  /** element ids, as StoredRatings has them: the order of each record's importance and level */
  elements: string[];
  /** how many records: the occupations of the index */
  occupations: number;
  /** figures per record: 2 x elements + 6 */
  record: number;
  figures: Float64Array;
}

/**
 * search.tsv as the search reads it: `parts` gives the file with A-Z folded to a-z byte for byte
 * (search.lower) in parts of whole lines, each with the offset of its first byte (a part's bytes may be
 * reused for the next: read them before asking for it); `text` gives the original text between two
 * offsets, for display.
 */
export interface SearchText {
  parts: () => Iterable<{ offset: number; bytes: Buffer }>;
  text: (start: number, end: number) => string;
}

/** The attribution O*NET's licence asks for, with the release's version. */
export const onetAttribution = (version: string): string =>
  `careers includes information from the O*NET ${version} Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET is a trademark of USDOL/ETA. careers has modified some of this information; USDOL/ETA has not approved, endorsed, or tested these modifications.`;

export const BLS_ATTRIBUTION = "Source: U.S. Bureau of Labor Statistics";

/** What the Commission's reuse policy asks for: the source acknowledged, and changes not passed off as its own. */
export const escoAttribution = (version: string, language: string): string =>
  `careers uses the ESCO classification of the European Commission (ESCO ${version}, ${language}). © European Union. Reuse is authorised provided the source is acknowledged (Commission Decision 2011/833/EU). careers has modified some of this information; the European Commission has not approved it.`;

/** The MIT licence's notice, for the crosswalk. */
export const CROSSWALK_ATTRIBUTION =
  'ESCO to O*NET crosswalk (November 2020) from Nesta\'s Mapping Career Causeways: Copyright (c) 2021 Nesta, used under the MIT License (the software is provided "as is", without warranty of any kind).';
