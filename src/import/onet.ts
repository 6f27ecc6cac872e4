/**
 * The O*NET database, text release: one folder of tab-separated files. Occupation Data names the
 * occupations and is required; every other file adds a section when it is there, and its absence is
 * reported with what is then unavailable. Rows are checked as they are read (codes, numbers), and rows
 * of occupations that Occupation Data does not list are skipped and counted. Pure, given the files.
 */

import { dataError } from "../errors.js";
import { isValidId } from "../schema/id.js";
import type {
  InterestActivity,
  Interests,
  JobZone,
  Occupation,
  Rated,
  Reference,
  Share,
  Skipped,
  SourceFile,
  Task,
  TechnologyGroup,
} from "../schema/occupation.js";
import { skippedExamples } from "../schema/occupation.js";
import { socOf } from "./join.js";
import {
  BAD_NUMBER,
  BadValueError,
  decodeText,
  numberCell,
  onetCode,
  ownText,
  type Range,
  readTable,
  sharedText,
  streamTable,
  type Table,
  type TableRow,
  type TableStream,
} from "./text.js";

/** A release's files by name ("Skills.txt"), wherever they are: in a zip or a folder. */
export interface OnetFiles {
  /** the zip or folder, as the user gave it */
  input: string;
  /** the release's folder name, such as db_29_3_text, when known */
  folder: string | null;
  has: (name: string) => boolean;
  bytes: (name: string) => Uint8Array;
  /** the file for messages: "db_29_3_text.zip: db_29_3_text/Skills.txt" */
  where: (name: string) => string;
  /** lets go of the zip once the release is read (Zip.close); a folder has nothing to let go */
  close?: () => void;
}

export const OCCUPATION_DATA = "Occupation Data.txt";

/** The files used, and what is missing without each. */
export const OPTIONAL_FILES: readonly { file: string; unavailable: string }[] = [
  { file: "Task Statements.txt", unavailable: "tasks (and searching them)" },
  { file: "Skills.txt", unavailable: "skills" },
  { file: "Knowledge.txt", unavailable: "knowledge" },
  { file: "Technology Skills.txt", unavailable: "technology" },
  { file: "Job Zones.txt", unavailable: "job zones (and --zone)" },
  { file: "Job Zone Reference.txt", unavailable: "what each job zone means" },
  { file: "Education, Training, and Experience.txt", unavailable: "education, experience and training shares" },
  { file: "Education, Training, and Experience Categories.txt", unavailable: "the names of the education levels" },
  { file: "Related Occupations.txt", unavailable: "related occupations" },
  { file: "Alternate Titles.txt", unavailable: "alternate titles (and searching them)" },
  { file: "Interests.txt", unavailable: "interests (RIASEC)" },
  { file: "Level Scale Anchors.txt", unavailable: "the examples of each skill and knowledge level" },
  { file: "Content Model Reference.txt", unavailable: "descriptions of skills and knowledge" },
  { file: "Scales Reference.txt", unavailable: "the ranges of the rating scales" },
  { file: "RIASEC Keywords.txt", unavailable: "the keywords describing each interest (match)" },
  { file: "Interests Illustrative Activities.txt", unavailable: "the interests quiz (careers interests)" },
  { file: "Basic Interests to RIASEC.txt", unavailable: "the basic interests' activities in the interests quiz" },
  { file: "Tasks to DWAs.txt", unavailable: "the work activities of match --like" },
  { file: "DWA Reference.txt", unavailable: "the work activities of match --like" },
];

export interface OnetRelease {
  version: string;
  date: string | null;
  occupations: Occupation[];
  reference: Reference;
  files: SourceFile[];
  missing: { file: string; unavailable: string }[];
  skipped: Skipped[];
}

export interface Hooks {
  /** a file was read: its name and data rows */
  progress?: (file: string, rows: number) => void;
  /** awaited before each file: lets Ctrl-C be seen, and throws to stop */
  pause?: () => Promise<void>;
}

/** "Customer Service Representatives" -> "customer-service-representatives", cut at a hyphen to fit 64. */
export function slugify(title: string, max = 64): string {
  let s = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (!/^[a-z]/.test(s)) s = `occupation-${s}`.replace(/-+$/, "");
  if (s.length <= max) return s;
  const cut = s.slice(0, max + 1);
  const at = cut.lastIndexOf("-");
  return (at > 0 ? cut.slice(0, at) : s.slice(0, max)).replace(/-+$/, "");
}

/** Ids from titles, unique: where two titles give one id, the later codes get the code's digits appended. */
export function assignIds(occupations: readonly { code: string; title: string }[]): Map<string, string> {
  const ids = new Map<string, string>();
  const taken = new Set<string>();
  for (const o of [...occupations].sort((a, b) => (a.code < b.code ? -1 : 1))) {
    let id = slugify(o.title);
    if (taken.has(id) || !isValidId(id)) {
      const suffix = `-${o.code.replace(/[^0-9]/g, "")}`;
      id = slugify(o.title, 64 - suffix.length) + suffix;
    }
    taken.add(id);
    ids.set(o.code, id);
  }
  return ids;
}

/** The release's version and date, from its Read Me ("O*NET 29.3 Database", "May 2025 Release"), else its folder name. */
export function releaseVersion(readMe: string | null, folder: string | null): { version: string; date: string | null } {
  const version = readMe ? /O\*NET\s+(\d+(?:\.\d+)?)\s+Database/i.exec(readMe)?.[1] : undefined;
  const date = readMe ? (/^\s*([A-Z][a-z]+ \d{4}) Release\s*$/m.exec(readMe)?.[1] ?? null) : null;
  const fromFolder = folder ? /db_(\d+)_(\d+)_text/i.exec(folder) : null;
  return { version: version ?? (fromFolder ? `${fromFolder[1]}.${fromFolder[2]}` : "unknown"), date };
}

/** The level anchor nearest a level (the lower one on a tie). */
export function nearestAnchor(
  anchors: readonly { value: number; text: string }[] | undefined,
  level: number | null,
): { value: number; text: string } | undefined {
  if (!anchors || anchors.length === 0 || level === null) return undefined;
  let best = anchors[0]!;
  for (const a of anchors) {
    const d = Math.abs(a.value - level);
    const bd = Math.abs(best.value - level);
    if (d < bd || (d === bd && a.value < best.value)) best = a;
  }
  return best;
}

/**
 * The scales' ranges where a release has no Scales Reference (those O*NET documents; with one, its
 * Minimum and Maximum are used): importance 1-5, level 0-7, interests 1-7 and their high-points 0-6, the
 * education, experience and training shares 0-100 percent.
 */
export const DOCUMENTED_SCALES: Record<string, { name: string; min: number; max: number }> = {
  IM: { name: "Importance", min: 1, max: 5 },
  LV: { name: "Level", min: 0, max: 7 },
  OI: { name: "Occupational Interests", min: 1, max: 7 },
  IH: { name: "Occupational Interest High-Point", min: 0, max: 6 },
  RL: { name: "Required Level Of Education (Categories 1-12)", min: 0, max: 100 },
  RW: { name: "Related Work Experience (Categories 1-11)", min: 0, max: 100 },
  OJ: { name: "On-The-Job Training (Categories 1-9)", min: 0, max: 100 },
};

/**
 * Rows whose numbers are malformed or out of range are skipped and counted, up to this many in a file
 * (or this share of its rows, if more): past that the file is refused, as damaged or not the release.
 */
export const MAX_BAD_ROWS = 10;
export const MAX_BAD_SHARE = 0.01;

/** A job zone, an id or an index: a whole number in its range. */
const JOB_ZONE: Range = { min: 1, max: 5, integer: true };
const COUNTING: Range = { min: 1, max: Number.MAX_SAFE_INTEGER, integer: true };
const TASK_ID: Range = { min: 0, max: Number.MAX_SAFE_INTEGER, integer: true };

const RIASEC: Record<string, string> = { "1": "R", "2": "I", "3": "A", "4": "S", "5": "E", "6": "C" };

/** " registered nurse rn ": a title's words, to see if it holds another's */
const spaced = (s: string) =>
  ` ${s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim()} `;

const TASK_ORDER = (t: string | null): number => (t === "Core" ? 0 : t === "Supplemental" ? 1 : 2);

interface Draft {
  code: string;
  title: string;
  description: string;
  tasks: Task[];
  skills: Map<string, Rated>;
  knowledge: Map<string, Rated>;
  technology: Map<string, TechnologyGroup>;
  education: { required: Share[]; experience: Share[]; training: Share[] };
  zone: number | null;
  interests: { code: string; name: string; score: number }[];
  highPoints: { order: number; letter: string }[];
  related: { code: string; tier: string | null; index: number }[];
  alternateTitles: string[];
  /** detailed work activity id -> how many of the occupation's tasks O*NET links to it */
  activities: Map<string, number>;
}

export async function readOnet(src: OnetFiles, hooks: Hooks = {}): Promise<OnetRelease> {
  const progress = hooks.progress ?? (() => {});
  const pause = hooks.pause ?? (async () => {});
  if (!src.has(OCCUPATION_DATA)) throw dataError(`${src.input}: not an O*NET text release: it has no "${OCCUPATION_DATA}"`);
  const files: SourceFile[] = [];
  const skipped: Skipped[] = [];
  const missing = OPTIONAL_FILES.filter((f) => !src.has(f.file));
  const load = async <R extends string, O extends string = never>(
    name: string,
    required: readonly R[],
    optional: readonly O[] = [],
  ): Promise<Table<R, O> | null> => {
    if (!src.has(name)) return null;
    await pause();
    const table = readTable<R, O>(decodeText(src.bytes(name), src.where(name)), src.where(name), { required, optional });
    files.push({ name, rows: table.rows.length });
    progress(name, table.rows.length);
    return table;
  };
  /** A table as load gives it, its rows made as they are gone through; `done` counts them in the files read once they all are. */
  const loadStream = async <R extends string, O extends string = never>(
    name: string,
    required: readonly R[],
    optional: readonly O[] = [],
  ): Promise<{ table: TableStream<R, O>; done: (rows: number) => void } | null> => {
    if (!src.has(name)) return null;
    await pause();
    const table = streamTable<R, O>(decodeText(src.bytes(name), src.where(name)), src.where(name), { required, optional });
    // its place among the files read is taken now, in the order they are read
    const file: SourceFile = { name, rows: 0 };
    files.push(file);
    return {
      table,
      done: (rows) => {
        file.rows = rows;
        progress(name, rows);
      },
    };
  };
  const readMe = src.has("Read Me.txt") ? decodeText(src.bytes("Read Me.txt"), src.where("Read Me.txt")) : null;
  const { version, date } = releaseVersion(readMe, src.folder);

  const occ = (await load(OCCUPATION_DATA, ["O*NET-SOC Code", "Title"], ["Description"]))!;
  const drafts = new Map<string, Draft>();
  for (const row of occ.rows) {
    const code = onetCode(occ, row, "O*NET-SOC Code");
    if (drafts.has(code)) throw dataError(`${occ.file}:${row.line}: ${code} is listed twice`);
    drafts.set(code, {
      code,
      title: ownText(row.get("Title") ?? code),
      description: ownText(row.opt("Description") ?? ""),
      tasks: [],
      skills: new Map(),
      knowledge: new Map(),
      technology: new Map(),
      education: { required: [], experience: [], training: [] },
      zone: null,
      interests: [],
      highPoints: [],
      related: [],
      alternateTitles: [],
      activities: new Map(),
    });
  }
  if (drafts.size === 0) throw dataError(`${occ.file}: lists no occupations`);

  /**
   * Each row of a table; a row whose number is malformed or out of range (BadValueError) is skipped and
   * counted by reason, or, past MAX_BAD_ROWS (MAX_BAD_SHARE of the rows), the file is refused.
   */
  const forRows = <R extends string, O extends string>(table: TableStream<R, O> | null, f: (row: TableRow<R, O>) => void): number => {
    if (!table) return 0;
    const bad: BadValueError[] = [];
    let rows = 0;
    for (const row of table.rows) {
      rows++;
      try {
        f(row);
      } catch (err) {
        if (!(err instanceof BadValueError)) throw err;
        bad.push(err);
      }
    }
    if (bad.length === 0) return rows;
    const most = Math.max(MAX_BAD_ROWS, Math.floor(rows * MAX_BAD_SHARE));
    if (bad.length > most)
      throw dataError(
        `${table.file}: ${bad.length} rows hold numbers malformed or out of their scale's range, more than can be skipped (${most}); is it damaged? Download the release again`,
        bad.slice(0, 3).flatMap((e) => e.diagnostics),
      );
    for (const reason of Object.values(BAD_NUMBER)) {
      const these = bad.filter((e) => e.reason === reason);
      if (these.length > 0)
        skipped.push({ file: table.file, reason, rows: these.length, examples: skippedExamples(these.map((e) => e.where)) });
    }
    return rows;
  };

  /** Each row of an occupation Occupation Data lists; the others are counted as skipped. */
  const eachRow = <R extends string, O extends string>(
    table: TableStream<R | "O*NET-SOC Code", O> | null,
    f: (d: Draft, row: TableRow<R | "O*NET-SOC Code", O>) => void,
  ): number => {
    if (!table) return 0;
    const unknown: string[] = [];
    const rows = forRows(table, (row) => {
      const d = drafts.get(onetCode(table, row, "O*NET-SOC Code"));
      if (d) f(d, row);
      else unknown.push(`${table.file}:${row.line}`);
    });
    if (unknown.length > 0)
      skipped.push({
        file: table.file,
        reason: "occupation not in Occupation Data",
        rows: unknown.length,
        examples: skippedExamples(unknown),
      });
    return rows;
  };

  /**
   * A table of the occupations' rows read and gone through (eachRow), then let go: nothing keeps a table
   * past its own step (a step's closure over it would keep every table until the release is read). The
   * table's file, or null when the release lacks it.
   */
  const eachRowOf = async <R extends string, O extends string = never>(
    name: string,
    required: readonly (R | "O*NET-SOC Code")[],
    optional: readonly O[],
    f: (d: Draft, row: TableRow<R | "O*NET-SOC Code", O>, table: TableStream<R | "O*NET-SOC Code", O>) => void,
  ): Promise<string | null> => {
    const read = await loadStream<R | "O*NET-SOC Code", O>(name, required, optional);
    if (!read) return null;
    const { table } = read;
    read.done(eachRow(table, (d, row) => f(d, row, table)));
    return table.file;
  };
  /** the names and categories kept: one string of each, whatever the rows repeating it */
  const shared = sharedText();

  // reference tables first: scales, anchors, categories, job zones, element descriptions
  const reference: Reference = { scales: {}, elements: {} };
  const scales = await load("Scales Reference.txt", ["Scale ID", "Scale Name", "Minimum", "Maximum"]);
  // a scale's own range is not skipped but refused: every rating on it is checked against it
  for (const row of scales?.rows ?? []) {
    const min = numberCell(scales!, row, "Minimum");
    const max = numberCell(scales!, row, "Maximum");
    if (min !== null && max !== null && min > max)
      throw dataError(`${scales!.file}:${row.line}: the scale ${row.get("Scale ID")} runs from ${min} down to ${max}`);
    if (min !== null && max !== null) reference.scales[row.get("Scale ID")!] = { name: row.get("Scale Name")!, min, max };
  }
  /** A rating's range on its scale: the release's Scales Reference, else the documented one; none for a scale neither knows. */
  const scaleRange = (id: string | null, integer = false): Range | undefined => {
    const scale = (id && reference.scales[id]) || (id ? DOCUMENTED_SCALES[id] : undefined);
    return scale && { min: scale.min, max: scale.max, integer, scale: `${id} (${scale.name})` };
  };
  /** A category of a share's scale: "(Categories 1-12)" in the scale's name, else any small whole number. */
  const categoryRange = (id: string | null): Range => {
    const name = (id && (reference.scales[id] ?? DOCUMENTED_SCALES[id])?.name) || "";
    const m = /Categories (\d+)-(\d+)/i.exec(name);
    return m ? { min: Number(m[1]), max: Number(m[2]), integer: true, scale: `${id} categories` } : { min: 1, max: 99, integer: true };
  };
  const anchors = new Map<string, { value: number; text: string }[]>();
  const anchorTable = await load("Level Scale Anchors.txt", ["Element ID", "Scale ID", "Anchor Value", "Anchor Description"]);
  forRows(anchorTable, (row) => {
    if (row.get("Scale ID") !== "LV") return;
    const value = numberCell(anchorTable!, row, "Anchor Value", scaleRange("LV"));
    const text = row.get("Anchor Description");
    if (value === null || text === null) return;
    const list = anchors.get(row.get("Element ID")!) ?? [];
    list.push({ value, text });
    anchors.set(row.get("Element ID")!, list);
  });
  const categories = new Map<string, string>();
  const categoryTable = await load("Education, Training, and Experience Categories.txt", ["Scale ID", "Category", "Category Description"]);
  for (const row of categoryTable?.rows ?? [])
    categories.set(`${row.get("Scale ID")}:${row.get("Category")}`, row.get("Category Description") ?? "");
  const zones = new Map<number, JobZone>();
  const zoneRef = await load(
    "Job Zone Reference.txt",
    ["Job Zone", "Name"],
    ["Experience", "Education", "Job Training", "Examples", "SVP Range"],
  );
  forRows(zoneRef, (row) => {
    const zone = numberCell(zoneRef!, row, "Job Zone", JOB_ZONE);
    if (zone === null) return;
    const z: JobZone = { zone, name: row.get("Name") ?? `Job Zone ${zone}` };
    const put = (key: keyof JobZone, column: "Experience" | "Education" | "Job Training" | "Examples" | "SVP Range") => {
      const v = row.opt(column);
      if (v !== null) (z as unknown as Record<string, string>)[key] = v;
    };
    put("experience", "Experience");
    put("education", "Education");
    put("training", "Job Training");
    put("examples", "Examples");
    put("svpRange", "SVP Range");
    zones.set(zone, z);
  });

  await eachRowOf("Task Statements.txt", ["O*NET-SOC Code", "Task"], ["Task ID", "Task Type"], (d, row, table) =>
    d.tasks.push({ id: numberCell(table, row, "Task ID", TASK_ID), text: ownText(row.get("Task")!), type: row.opt("Task Type") }),
  );

  const rated = async (name: string, pick: (d: Draft) => Map<string, Rated>) => {
    await eachRowOf(
      name,
      ["O*NET-SOC Code", "Element ID", "Element Name", "Scale ID", "Data Value"],
      ["Recommend Suppress", "Not Relevant"],
      (d, row, table) => {
        const scale = row.get("Scale ID");
        if (scale !== "IM" && scale !== "LV") return;
        // checked before anything is kept: a skipped row leaves nothing of itself
        const value = numberCell(table, row, "Data Value", scaleRange(scale));
        const element = row.get("Element ID")!;
        const map = pick(d);
        const r = map.get(element) ?? { element: shared(element), name: shared(row.get("Element Name")!), importance: null, level: null };
        if (scale === "IM") r.importance = value;
        else {
          r.level = value;
          if (row.opt("Not Relevant") === "Y") r.levelNotRelevant = true;
        }
        if (row.opt("Recommend Suppress") === "Y") r.suppressed = true;
        map.set(element, r);
      },
    );
  };
  await rated("Skills.txt", (d) => d.skills);
  await rated("Knowledge.txt", (d) => d.knowledge);

  await eachRowOf("Technology Skills.txt", ["O*NET-SOC Code", "Example", "Commodity Title"], ["Hot Technology", "In Demand"], (d, row) => {
    const category = shared(row.get("Commodity Title")!);
    const group = d.technology.get(category) ?? { category, examples: [] };
    const example: TechnologyGroup["examples"][number] = { name: shared(row.get("Example")!) };
    if (row.opt("Hot Technology") === "Y") example.hot = true;
    if (row.opt("In Demand") === "Y") example.inDemand = true;
    group.examples.push(example);
    d.technology.set(category, group);
  });

  await eachRowOf("Job Zones.txt", ["O*NET-SOC Code", "Job Zone"], [], (d, row, table) => {
    const zone = numberCell(table, row, "Job Zone", JOB_ZONE);
    if (zone !== null) d.zone = zone;
  });

  const SCALES: Record<string, keyof Draft["education"]> = { RL: "required", RW: "experience", OJ: "training" };
  await eachRowOf(
    "Education, Training, and Experience.txt",
    ["O*NET-SOC Code", "Scale ID", "Category", "Data Value"],
    [],
    (d, row, table) => {
      const scale = row.get("Scale ID")!;
      const key = SCALES[scale];
      if (!key) return;
      const category = numberCell(table, row, "Category", categoryRange(scale));
      const percent = numberCell(table, row, "Data Value", scaleRange(scale));
      if (category === null || percent === null || percent <= 0) return;
      d.education[key].push({ category, label: categories.get(`${scale}:${row.get("Category")}`) ?? `category ${category}`, percent });
    },
  );

  await eachRowOf("Interests.txt", ["O*NET-SOC Code", "Element Name", "Scale ID", "Data Value"], [], (d, row, table) => {
    const name = shared(row.get("Element Name")!);
    const scale = row.get("Scale ID");
    const value = numberCell(table, row, "Data Value", scaleRange(scale, scale === "IH"));
    if (value === null) return;
    if (row.get("Scale ID") === "OI") d.interests.push({ code: name.charAt(0).toUpperCase(), name, score: value });
    else if (row.get("Scale ID") === "IH") {
      const order = ["First", "Second", "Third"].indexOf(name.split(" ")[0]!);
      const letter = RIASEC[String(value)];
      if (order >= 0 && letter) d.highPoints.push({ order, letter });
    }
  });

  const unknownRelated: string[] = [];
  const related = await eachRowOf(
    "Related Occupations.txt",
    ["O*NET-SOC Code", "Related O*NET-SOC Code"],
    ["Relatedness Tier", "Index"],
    (d, row, table) => {
      const other = onetCode(table, row, "Related O*NET-SOC Code");
      if (!drafts.has(other)) return void unknownRelated.push(`${table.file}:${row.line}`);
      const tier = row.opt("Relatedness Tier");
      d.related.push({
        code: other,
        tier: tier === null ? null : shared(tier),
        index: numberCell(table, row, "Index", COUNTING) ?? d.related.length + 1,
      });
    },
  );
  if (unknownRelated.length)
    skipped.push({
      file: related!,
      reason: "related occupation not in Occupation Data",
      rows: unknownRelated.length,
      examples: skippedExamples(unknownRelated),
    });

  await eachRowOf("Alternate Titles.txt", ["O*NET-SOC Code", "Alternate Title"], ["Short Title"], (d, row) => {
    const title = ownText(row.get("Alternate Title")!);
    d.alternateTitles.push(title);
    // a short title (RN, CNA, HVAC Engineer) is searched and named by: O*NET writes it in the alternate title,
    // "Registered Nurse (RN)", where it is not the title less its brackets; one it does not is kept as a title of its own
    const short = row.opt("Short Title");
    if (short && !spaced(title).includes(spaced(short))) d.alternateTitles.push(ownText(short));
  });

  // the detailed work activities (DWAs) of each occupation's tasks, with the intermediate one (IWA) each is under
  const dwaTable = await load("DWA Reference.txt", ["IWA ID", "DWA ID"]);
  const iwaOf = new Map((dwaTable?.rows ?? []).map((row) => [row.get("DWA ID")!, row.get("IWA ID")!]));
  const unknownDwa: string[] = [];
  const dwaTasks =
    iwaOf.size > 0
      ? await eachRowOf("Tasks to DWAs.txt", ["O*NET-SOC Code", "DWA ID"], [], (d, row, table) => {
          const dwa = row.get("DWA ID")!;
          if (!iwaOf.has(dwa)) return void unknownDwa.push(`${table.file}:${row.line}`);
          d.activities.set(shared(dwa), (d.activities.get(dwa) ?? 0) + 1);
        })
      : null;
  if (unknownDwa.length)
    skipped.push({
      file: dwaTasks!,
      reason: "work activity not in DWA Reference",
      rows: unknownDwa.length,
      examples: unknownDwa.slice(0, 3),
    });

  const content = await load("Content Model Reference.txt", ["Element ID", "Element Name", "Description"]);
  const kinds = new Map<string, "skill" | "knowledge">();
  for (const d of drafts.values()) {
    for (const id of d.skills.keys()) kinds.set(id, "skill");
    for (const id of d.knowledge.keys()) kinds.set(id, "knowledge");
  }
  const described = new Map<string, { name: string; description: string }>();
  for (const row of content?.rows ?? []) {
    described.set(row.get("Element ID")!, { name: row.get("Element Name")!, description: row.get("Description") ?? "" });
  }
  const names = new Map(
    [...drafts.values()].flatMap((d) => [...d.skills.values(), ...d.knowledge.values()]).map((r) => [r.element, r.name]),
  );
  for (const [id, kind] of [...kinds].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const info = described.get(id);
    reference.elements[id] = { name: info?.name ?? names.get(id) ?? id, description: info?.description ?? "", kind };
    const levels = anchors.get(id);
    if (levels?.length) reference.elements[id].anchors = [...levels].sort((a, b) => a.value - b.value);
  }
  const keywords = await load("RIASEC Keywords.txt", ["Element ID", "Element Name", "Keyword"]);
  const interestInfo = Object.entries(RIASEC).map(([n, code]) => {
    const id = `1.B.1.${"abcdef"[Number(n) - 1]}`;
    const rows = (keywords?.rows ?? []).filter((r) => r.get("Element ID") === id);
    return {
      code,
      name: described.get(id)?.name ?? rows[0]?.get("Element Name") ?? code,
      description: described.get(id)?.description ?? "",
      keywords: rows.map((r) => r.get("Keyword")!),
    };
  });
  if (interestInfo.some((i) => i.description || i.keywords.length)) reference.interests = interestInfo;
  const activities = await interestActivities(load);
  if (activities.length > 0) reference.activities = activities;

  const ids = assignIds([...drafts.values()]);
  const has = (name: string) => src.has(name);
  const byImportance = (a: Rated, b: Rated) => (b.importance ?? -1) - (a.importance ?? -1) || (a.name < b.name ? -1 : 1);
  const withAnchor = (r: Rated): Rated => {
    const anchor = nearestAnchor(anchors.get(r.element), r.level);
    return anchor ? { ...r, anchor } : r;
  };
  const occupations: Occupation[] = [...drafts.values()]
    .sort((a, b) => (a.code < b.code ? -1 : 1))
    .map((d) => ({
      id: ids.get(d.code)!,
      code: d.code,
      soc: socOf(d.code),
      title: d.title,
      description: d.description,
      tasks: has("Task Statements.txt")
        ? d.tasks
            .map((t, i) => ({ t, i }))
            .sort((x, y) => TASK_ORDER(x.t.type) - TASK_ORDER(y.t.type) || x.i - y.i)
            .map((x) => x.t)
        : null,
      skills: has("Skills.txt") ? [...d.skills.values()].sort(byImportance).map(withAnchor) : null,
      knowledge: has("Knowledge.txt") ? [...d.knowledge.values()].sort(byImportance).map(withAnchor) : null,
      technology: has("Technology Skills.txt") ? [...d.technology.values()].sort((a, b) => (a.category < b.category ? -1 : 1)) : null,
      education: has("Education, Training, and Experience.txt") ? d.education : null,
      jobZone: d.zone === null ? null : { ...(zones.get(d.zone) ?? {}), zone: d.zone },
      interests: has("Interests.txt") && d.interests.length > 0 ? interestsOf(d) : null,
      wages: null,
      outlook: null,
      related: has("Related Occupations.txt")
        ? d.related
            .sort((a, b) => a.index - b.index)
            .map((r) => ({ code: r.code, id: ids.get(r.code)!, title: drafts.get(r.code)!.title, tier: r.tier }))
        : null,
      alternateTitles: has("Alternate Titles.txt") ? [...new Set(d.alternateTitles)] : null,
      ...(dwaTasks
        ? {
            activities: [...d.activities]
              .sort((a, b) => (a[0] < b[0] ? -1 : 1))
              .map(([dwa, tasks]) => ({ dwa, iwa: iwaOf.get(dwa)!, tasks })),
          }
        : {}),
    }));
  return { version, date, occupations, reference, files, missing: [...missing], skipped };
}

/**
 * The quiz's activities: each general one counts towards its RIASEC type, each basic interest's towards
 * the types Basic Interests to RIASEC links it to (none without that file: those activities are left out).
 */
async function interestActivities(
  load: <R extends string>(name: string, required: readonly R[]) => Promise<Table<R, never> | null>,
): Promise<InterestActivity[]> {
  const table = await load("Interests Illustrative Activities.txt", ["Element ID", "Element Name", "Interest Type", "Activity"]);
  if (!table) return [];
  const links = await load("Basic Interests to RIASEC.txt", ["Basic Interests Element ID", "RIASEC Element ID"]);
  const letterOf = (element: string) => RIASEC_ELEMENTS.get(element);
  const linked = new Map<string, string[]>();
  for (const row of links?.rows ?? []) {
    const letter = letterOf(row.get("RIASEC Element ID")!);
    const basic = row.get("Basic Interests Element ID")!;
    if (letter && !linked.get(basic)?.includes(letter)) linked.set(basic, [...(linked.get(basic) ?? []), letter]);
  }
  const count = new Map<string, number>();
  const out: InterestActivity[] = [];
  for (const row of table.rows) {
    const element = row.get("Element ID")!;
    const general = row.get("Interest Type")!.toLowerCase() === "general";
    const letter = letterOf(element);
    const riasec = general
      ? letter
        ? [letter]
        : []
      : [...(linked.get(element) ?? [])].sort((a, b) => RIASEC_ORDER.indexOf(a) - RIASEC_ORDER.indexOf(b));
    // numbered before any is left out, so that an activity's id is the same with or without the links
    const n = (count.get(element) ?? 0) + 1;
    count.set(element, n);
    if (riasec.length === 0) continue;
    out.push({
      id: `${element}.${n}`,
      element,
      name: row.get("Element Name")!,
      type: general ? "general" : "basic",
      text: row.get("Activity")!,
      riasec,
    });
  }
  return out;
}

/** The RIASEC types' element ids (1.B.1.a ... 1.B.1.f) -> their letters. */
const RIASEC_ORDER = Object.values(RIASEC).join("");
const RIASEC_ELEMENTS = new Map(Object.entries(RIASEC).map(([n, code]) => [`1.B.1.${"abcdef"[Number(n) - 1]}`, code]));

function interestsOf(d: Draft): Interests {
  return {
    scores: [...d.interests].sort((a, b) => b.score - a.score),
    highPoints: d.highPoints
      .sort((a, b) => a.order - b.order)
      .map((h) => h.letter)
      .join(""),
  };
}
