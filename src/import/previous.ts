/**
 * What an import keeps of the data set it replaces: every source the import does not give is carried over
 * from that set, copied into the new one (the previous set itself is left as it is, and goes with the next
 * import as ever). O*NET's occupations come back from details.jsonl and reference.json without their BLS
 * figures (joined again to the BLS rows of the new set), the BLS rows from the files that keep them
 * (bls-projections.json, bls-oews.json), the states' and areas' figures from areas.json and areas.bin.
 */
import { AREAS_BIN, AREAS_JSON, type AreaHead, isAreaHead } from "../loader/area-file.js";
import { ESCO_JSON, expandRequirements, isEscoHead, type StoredRequirements } from "../loader/esco-file.js";
import type { Dataset } from "../loader/occupations.js";
import { corrupt } from "../loader/occupations.js";
import type { Manifest, Occupation, Reference, Source } from "../schema/occupation.js";
import type { Oews, OewsRow, ProjectionRow, Projections } from "./bls.js";
import type { CrosswalkRow } from "./esco.js";
import type { OnetRelease } from "./onet.js";

/** The files of a set that keep the BLS rows as read, so that a later import of O*NET alone joins them again. */
export const PROJECTIONS_FILE = "bls-projections.json";
export const OEWS_FILE = "bls-oews.json";
/** The crosswalk's rows as read, so that a later O*NET release is linked again. */
export const CROSSWALK_FILE = "esco-crosswalk.json";

type Stored<T extends { rows: Map<string, unknown> }> = Omit<T, "rows"> & { rows: T["rows"] extends Map<string, infer R> ? R[] : never };

/** A source's rows as written into the set: its Map made a list. */
export const storeRows = <T extends Projections | Oews>(read: T): string => JSON.stringify({ ...read, rows: [...read.rows.values()] });

function restoreRows<T extends Projections | Oews>(dataset: Dataset, name: string): T | null {
  const bytes = dataset.part(name);
  if (!bytes) return null;
  let stored: Stored<Projections> | Stored<Oews>;
  try {
    stored = JSON.parse(bytes.toString("utf8"));
  } catch {
    throw corrupt(`${dataset.dir}/${name}`, "not JSON");
  }
  if (!Array.isArray(stored?.rows) || typeof stored.version !== "string")
    throw corrupt(`${dataset.dir}/${name}`, "not the rows of a BLS release");
  const rows = new Map<string, ProjectionRow | OewsRow>((stored.rows as (ProjectionRow | OewsRow)[]).map((r) => [r.code, r]));
  return { ...stored, rows } as unknown as T;
}

/** The set an import replaces, as far as the import may keep its sources. */
export interface Previous {
  /** when it was created (the manifest's `created`) */
  created: string;
  manifest: Manifest;
  source: (id: Source["id"]) => Source | undefined;
  /** O*NET's release as it was read, its occupations without BLS figures: details.jsonl parsed (read only when asked) */
  onet: () => OnetRelease | null;
  projections: () => Projections | null;
  oews: () => Oews | null;
  areas: () => { head: AreaHead; bin: Buffer } | null;
  /** ESCO's occupations, their requirements with their items again (esco.json) */
  esco: () => Occupation[] | null;
  /** the crosswalk's rows as read */
  crosswalk: () => CrosswalkRow[] | null;
  /** what could not be read of it (a damaged file): those sources are not kept, and the summary says so */
  problems: string[];
}

/** `read`, or null with its problem noted: a damaged file of the set replaced keeps nothing of it, but stops no import. */
function guarded<T>(problems: string[], read: () => T | null): () => T | null {
  let done = false;
  let value: T | null = null;
  return () => {
    if (done) return value;
    done = true;
    try {
      value = read();
    } catch (err) {
      problems.push((err as Error).message);
    }
    return value;
  };
}

/** The previous set, ready to be kept from; its files are read only for the sources an import keeps. */
export function previousSet(dataset: Dataset): Previous {
  dataset.check();
  const manifest = dataset.manifest();
  const source = (id: Source["id"]) => manifest.sources.find((s) => s.id === id);
  const problems: string[] = [];
  // details.jsonl parsed once, for O*NET's occupations and ESCO's
  let parsed: Occupation[] | null | undefined;
  const details = (): Occupation[] | null => {
    if (parsed !== undefined) return parsed;
    const bytes = dataset.part("details.jsonl");
    parsed = bytes
      ? bytes
          .toString("utf8")
          .split("\n")
          .filter((line) => line !== "")
          .map((line): Occupation => {
            try {
              return JSON.parse(line) as Occupation;
            } catch {
              throw corrupt(`${dataset.dir}/details.jsonl`, "a line is not JSON");
            }
          })
      : null;
    return parsed;
  };
  return {
    created: manifest.created,
    manifest,
    source,
    problems,
    onet: guarded(problems, () => {
      const s = source("onet");
      if (!s) return null;
      const occupations = (details() ?? []).filter((o) => !o.source).map((o) => ({ ...o, wages: null, outlook: null }));
      return {
        version: s.version,
        date: s.date,
        occupations,
        reference: dataset.reference() as Reference,
        files: s.files ?? [],
        missing: s.missing ?? [],
        skipped: s.skipped,
      };
    }),
    projections: guarded(problems, () => (source("bls-projections") ? restoreRows<Projections>(dataset, PROJECTIONS_FILE) : null)),
    oews: guarded(problems, () => (source("bls-oews") ? restoreRows<Oews>(dataset, OEWS_FILE) : null)),
    esco: guarded(problems, () => {
      if (!source("esco")) return null;
      const bytes = dataset.part(ESCO_JSON);
      let head: unknown = null;
      try {
        head = bytes ? JSON.parse(bytes.toString("utf8")) : null;
      } catch {
        throw corrupt(`${dataset.dir}/${ESCO_JSON}`, "not JSON");
      }
      if (head !== null && !isEscoHead(head)) throw corrupt(`${dataset.dir}/${ESCO_JSON}`, "not the ESCO items of this data set");
      return (details() ?? [])
        .filter((o) => o.source === "esco")
        .map((o) => {
          if (!o.requirements) return o;
          const requirements = head ? expandRequirements(o.requirements as unknown as StoredRequirements, head) : null;
          if (!requirements) throw corrupt(`${dataset.dir}/details.jsonl`, `the requirements of ${o.id} are not in ${ESCO_JSON}`);
          return { ...o, requirements };
        });
    }),
    crosswalk: guarded(problems, () => {
      if (!source("esco-crosswalk")) return null;
      const bytes = dataset.part(CROSSWALK_FILE);
      if (!bytes) return null;
      try {
        const rows = JSON.parse(bytes.toString("utf8")) as CrosswalkRow[];
        if (Array.isArray(rows)) return rows;
      } catch {
        // said below
      }
      throw corrupt(`${dataset.dir}/${CROSSWALK_FILE}`, "not the crosswalk's rows");
    }),
    areas: guarded(problems, () => {
      const json = dataset.part(AREAS_JSON);
      const bin = dataset.part(AREAS_BIN);
      if (!json || !bin) return null;
      let head: unknown;
      try {
        head = JSON.parse(json.toString("utf8"));
      } catch {
        throw corrupt(`${dataset.dir}/${AREAS_JSON}`, "not JSON");
      }
      if (!isAreaHead(head)) throw corrupt(`${dataset.dir}/${AREAS_JSON}`, "not the areas of this data set");
      return { head, bin };
    }),
  };
}
