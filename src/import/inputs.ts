/**
 * What each path given to `careers import` is, told by its content, never its name: the O*NET text release
 * (its zip, or the unpacked folder), the BLS Employment Projections workbook, or an OEWS workbook (national,
 * state, metropolitan or all-data: which is which is read from its rows when it is imported).
 * A folder that is none of these is read as a folder of downloads: each file in it is recognised in turn.
 */
import { closeSync, constants, fstatSync, openSync, readdirSync, readFileSync, type Stats, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { CareersError, dataError, ioError, usageError } from "../errors.js";
import { describe, statOrNull } from "../loader/read.js";
import { isProjections, oewsSheetName } from "./bls.js";
import { CROSSWALK_COLUMNS, type EscoClassification, type EscoRelations, OCCUPATIONS_FILE, RELATIONS_FILE } from "./esco.js";
import { OCCUPATION_DATA, type OnetFiles } from "./onet.js";
import { openWorkbook, type Workbook } from "./xlsx.js";
import { looksLikeZip, openZip } from "./zip.js";

export type Input =
  | { kind: "onet"; input: string; files: OnetFiles }
  | { kind: "esco"; input: string; classification: EscoClassification }
  | { kind: "esco-relations"; input: string; relations: EscoRelations }
  | { kind: "crosswalk"; input: string; bytes: Uint8Array }
  | { kind: "projections"; input: string; book: Workbook }
  | { kind: "oews"; input: string; book: Workbook; sheet: string };

export interface Recognised {
  inputs: Input[];
  /** files in a folder of downloads that are none of the three, by path */
  ignored: string[];
}

/** The largest file read: the releases are a few MB; a file this large is not one of them. */
const MAX_FILE = 512 * 2 ** 20;

/** What a path that is not a regular file is, for the message refusing it. */
export function notAFile(st: Stats): string | null {
  if (st.isFile()) return null;
  if (st.isDirectory()) return "a folder";
  if (st.isFIFO()) return "a named pipe (FIFO)";
  if (st.isCharacterDevice() || st.isBlockDevice()) return "a device";
  if (st.isSocket()) return "a socket";
  return "not a regular file";
}

const refusedKind = (shown: string, kind: string) =>
  usageError(
    `${shown}: refused: ${kind}, not a file`,
    "Give the release's files as downloaded: a zip, a workbook, or the folder holding them.",
  );

/**
 * A file's bytes. Opened without blocking (a named pipe would otherwise wait for a writer) and checked by
 * fstat before a byte is read: a pipe, a device, a socket or a folder is refused at once.
 */
function readInput(path: string, shown: string): Uint8Array {
  let fd: number | undefined;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const st = fstatSync(fd);
    const kind = notAFile(st);
    if (kind) throw refusedKind(shown, kind);
    if (st.size > MAX_FILE) throw dataError(`${shown}: refused: larger than ${MAX_FILE / 2 ** 20} MB, which no release is`);
    return readFileSync(fd);
  } catch (err) {
    if (err instanceof CareersError) throw err;
    throw ioError(`cannot read ${shown}: it ${describe(err)}`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The folder of an unpacked release: the one holding Occupation Data.txt (itself, or one folder down). */
function onetFolder(dir: string): string | null {
  const has = (d: string) => {
    try {
      return statSync(join(d, OCCUPATION_DATA)).isFile();
    } catch {
      return false;
    }
  };
  if (has(dir)) return dir;
  const inner = safeList(dir).filter((n) => isDir(join(dir, n)) && has(join(dir, n)));
  return inner.length === 1 ? join(dir, inner[0]!) : null;
}

const isDir = (p: string) => {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
};

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch (err) {
    throw ioError(`cannot read the folder ${dir}: it ${describe(err)}`);
  }
}

function folderRelease(dir: string, shown: string): OnetFiles {
  const names = new Set(safeList(dir));
  return {
    input: shown,
    folder: basename(dir),
    has: (name) => names.has(name),
    bytes: (name) => readInput(join(dir, name), join(shown, name)),
    where: (name) => join(dir === shown ? shown : dir, name),
  };
}

/** Is this Nesta's ESCO to O*NET crosswalk? Its header row names concept_uri, onet_code and confidence. */
function isCrosswalk(bytes: Uint8Array): boolean {
  const end = bytes.indexOf(0x0a);
  const head = new TextDecoder().decode(bytes.subarray(0, end < 0 ? Math.min(bytes.length, 4096) : Math.min(end, 4096)));
  const columns = head
    .replace(/^\uFEFF/, "")
    .split(",")
    .map((c) => c.trim().replace(/^"|"$/g, ""));
  return CROSSWALK_COLUMNS.every((c) => columns.includes(c));
}

/** ESCO's zips, by the files they hold: a classification (occupations_<lang>.csv) or the relations (occupationSkillRelations.csv). */
function escoInput(zip: ReturnType<typeof openZip>, shown: string): Input | null {
  const near = zip.entries.filter((e) => e.name.split("/").length <= 2);
  const base = (name: string) => name.split("/").pop()!;
  const folder = (name: string) => name.slice(0, name.length - base(name).length);
  const occupations = near.filter((e) => OCCUPATIONS_FILE.test(base(e.name)));
  if (occupations.length > 1)
    throw dataError(`${shown}: holds more than one ESCO classification (${occupations.map((e) => e.name).join(", ")})`);
  if (occupations.length === 1) {
    const name = occupations[0]!.name;
    const language = OCCUPATIONS_FILE.exec(base(name))![1]!;
    const prefix = folder(name);
    if (!zip.entries.some((e) => e.name === `${prefix}skills_${language}.csv`))
      throw dataError(`${shown}: an ESCO classification without its skills_${language}.csv; download the zip again`);
    return { kind: "esco", input: shown, classification: { input: shown, zip, prefix, language } };
  }
  const relations = near.find((e) => base(e.name) === RELATIONS_FILE);
  if (relations) return { kind: "esco-relations", input: shown, relations: { input: shown, zip, prefix: folder(relations.name) } };
  return null;
}

/** One file's kind, from its bytes; null when it is none of these (`strict`: an error saying what it is). */
function recogniseFile(path: string, shown: string, strict: boolean): Input | null {
  const bytes = readInput(path, shown);
  if (!looksLikeZip(bytes)) {
    if (isCrosswalk(bytes)) return { kind: "crosswalk", input: shown, bytes };
    if (!strict) return null;
    if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
      throw dataError(`${shown}: an old Excel (.xls) workbook; careers reads the .xlsx workbooks BLS publishes`);
    }
    if (bytes[0] === 0x50 && bytes[1] === 0x4b) throw dataError(`${shown}: the zip file is damaged or incomplete; download it again`);
    if (basename(path) === OCCUPATION_DATA)
      throw usageError(
        `${shown} is one file of the O*NET release`,
        `Give the folder that holds it (${dirname(shown)}), or the zip as downloaded.`,
      );
    throw dataError(
      `${shown}: not an O*NET text release (zip or folder), a BLS workbook (xlsx), an ESCO zip nor the ESCO to O*NET crosswalk`,
    );
  }
  const zip = openZip(bytes, shown);
  const esco = escoInput(zip, shown);
  if (esco) return esco;
  const onet = zip.entries.filter(
    (e) => e.name === OCCUPATION_DATA || (e.name.endsWith(`/${OCCUPATION_DATA}`) && e.name.split("/").length <= 3),
  );
  if (onet.length > 1) throw dataError(`${shown}: holds more than one O*NET release (${onet.map((e) => e.name).join(", ")})`);
  if (onet.length === 1) {
    const prefix = onet[0]!.name.slice(0, -OCCUPATION_DATA.length);
    const byName = new Map(
      zip.entries
        .filter((e) => e.name.startsWith(prefix) && !e.name.slice(prefix.length).includes("/"))
        .map((e) => [e.name.slice(prefix.length), e.name]),
    );
    return {
      kind: "onet",
      input: shown,
      files: {
        input: shown,
        folder: prefix ? prefix.replace(/\/$/, "").split("/").pop()! : basename(shown).replace(/\.zip$/i, ""),
        has: (name) => byName.has(name),
        bytes: (name) => zip.extract([byName.get(name)!]).get(byName.get(name)!)!,
        where: (name) => `${shown}: ${byName.get(name)}`,
        close: () => zip.close(),
      },
    };
  }
  const book = openWorkbook(zip);
  if (!book) {
    if (!strict) return null;
    throw dataError(
      `${shown}: a zip file, but not the O*NET text release (it has no "${OCCUPATION_DATA}"), an ESCO zip (no occupations_<language>.csv nor ${RELATIONS_FILE}) nor an xlsx workbook`,
    );
  }
  if (isProjections(book)) return { kind: "projections", input: shown, book };
  const sheet = oewsSheetName(book);
  if (sheet) return { kind: "oews", input: shown, book, sheet };
  if (!strict) return null;
  throw dataError(
    `${shown}: a workbook of another layout (sheets: ${book.sheetNames.join(", ")}); careers reads the BLS Employment Projections workbook (sheet "Table 1.2") and the OEWS workbooks (national_M<year>_dl.xlsx, state_M<year>_dl.xlsx, MSA_M<year>_dl.xlsx, all_data_M_<year>.xlsx)`,
  );
}

/** Recognise every path given; `at` turns a typed path into the one the file system sees. */
export function recognise(paths: readonly string[], at: (typed: string) => string = (p) => p): Recognised {
  const inputs: Input[] = [];
  const ignored: string[] = [];
  for (const typed of paths) {
    const path = at(typed);
    let stat: Stats;
    try {
      stat = statSync(path);
    } catch (err) {
      throw ioError(`cannot read ${typed}: it ${describe(err)}`);
    }
    if (stat.isDirectory()) {
      const release = onetFolder(path);
      if (release) {
        inputs.push({
          kind: "onet",
          input: typed,
          files: folderRelease(release, release === path ? typed : join(typed, basename(release))),
        });
        continue;
      }
      const found = safeList(path).filter((n) => !n.startsWith(".") && !isDir(join(path, n)));
      const before = inputs.length;
      for (const name of found) {
        // a pipe, device or socket among the downloads is not read (a pipe would wait for a writer)
        const st = statOrNull(join(path, name));
        if (!st?.isFile()) {
          ignored.push(join(typed, name));
          continue;
        }
        const input = recogniseFile(join(path, name), join(typed, name), false);
        if (input) inputs.push(input);
        else ignored.push(join(typed, name));
      }
      if (inputs.length === before)
        throw dataError(`${typed}: a folder with no O*NET release (no "${OCCUPATION_DATA}"), no BLS workbook and no ESCO file in it`);
    } else {
      const kind = notAFile(stat);
      if (kind) throw refusedKind(typed, kind);
      inputs.push(recogniseFile(path, typed, true)!);
    }
  }
  // several OEWS workbooks may be given (national, state, metropolitan): the build reads which is which
  for (const kind of ["onet", "projections", "esco", "esco-relations", "crosswalk"] as const) {
    const same = inputs.filter((i) => i.kind === kind);
    if (same.length > 1)
      throw usageError(
        `${same.map((i) => i.input).join(" and ")} are both ${KIND_NAMES[kind]}`,
        kind === "esco"
          ? `Give one: the language of the titles is the classification zip's (${same.map((i) => (i.kind === "esco" ? i.classification.language : "")).join(", ")}), one language a data set; its relations zip is the same for every language.`
          : "Give one of each: the O*NET release, the projections workbook, the OEWS workbook, ESCO's two zips and the crosswalk.",
      );
  }
  return { inputs, ignored };
}

export const KIND_NAMES = {
  onet: "the O*NET text release",
  projections: "the BLS Employment Projections workbook",
  oews: "a BLS OEWS workbook",
  esco: "ESCO's classification zip",
  "esco-relations": "ESCO's relations zip",
  crosswalk: "the ESCO to O*NET crosswalk",
} as const;
