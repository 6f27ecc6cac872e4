/**
 * Writing a data set: built aside in a folder of its own, synced, renamed into place, and only then made
 * current by replacing current.json (write, sync, rename). The caller holds the import lock
 * (store/lock.ts), checked again before each step that changes what is installed. An error or Ctrl-C
 * before that last rename leaves the previous data set in use and whole; the folder being built is
 * removed (or, after a crash, by the next import). The write gives the event loop a turn between files
 * and parts of files, so that a signal is seen while it runs. Once the new set is current, the set it
 * replaced is kept (a command that opened it reads it to the end) and the ones before are removed.
 */

import { createHash } from "node:crypto";
import { closeSync, fsyncSync, openSync, readdirSync, renameSync, rmSync, writeSync } from "node:fs";
import { join } from "node:path";
import { foldAscii } from "../core/search.js";
import { CareersError, ioError } from "../errors.js";
import { AREAS_BIN, AREAS_JSON, type AreaHead } from "../loader/area-file.js";
import { compactOccupation, ESCO_JSON, escoHead } from "../loader/esco-file.js";
import { packIndex } from "../loader/occupation-index.js";
import { CURRENT, installedSet } from "../loader/occupations.js";
import { encodeRatings } from "../loader/ratings-file.js";
import { makeDirs } from "../loader/write.js";
import { ACTIVITIES_FILE, DATASET_FORMAT, type FileRecord, type Index, type IndexRow } from "../schema/occupation.js";
import { pidExists } from "../store/lock.js";
import { encodeWordIndex, WORDS_FILE } from "../text/search-words.js";
import type { Built } from "./build.js";
import { CROSSWALK_FILE, OEWS_FILE, PROJECTIONS_FILE, storeRows } from "./previous.js";
import { activitiesOf, ratingsOf } from "./ratings.js";

/** The moments of a write a caller (or a test) may stop at. */
export type WriteStage = "writing" | "placed" | "switched";

export interface WriteHooks {
  /** called between files and parts of files, after the event loop's turn; throws to stop (Ctrl-C) */
  checkCancelled?: () => void;
  /** called when the new set is in place but not yet current (tests stop here to act out a crash) */
  beforeSwitch?: (dir: string) => void | Promise<void>;
  /** awaited at each stage: writing (the folder is made), placed (renamed into place), switched (current) */
  at?: (stage: WriteStage, dir: string) => Promise<void>;
  /** false once another import holds the lock: the write stops before changing what is installed */
  locked?: () => boolean;
}

export interface Written {
  dir: string;
  bytes: number;
}

const BUILD = /^\.build-(\d+)-/;
const TEMP_CURRENT = /^\.current-(\d+)\.tmp$/;
/** bytes written between two turns of the event loop */
const PART = 1 << 20;

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Write `chunks` to a new file, synced; its size and SHA-256. `pause` runs after each part of about a megabyte. */
async function writeFile(path: string, chunks: Iterable<string | Uint8Array>, pause: () => Promise<void>): Promise<FileRecord> {
  const fd = openSync(path, "wx", 0o644);
  const hash = createHash("sha256");
  let bytes = 0;
  let since = 0;
  try {
    for (const chunk of chunks) {
      const data = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
      for (let at = 0; at < data.length; ) {
        const n = writeSync(fd, data, at, Math.min(data.length - at, PART));
        hash.update(data.subarray(at, at + n));
        at += n;
        bytes += n;
        since += n;
        if (since >= PART) {
          since = 0;
          await pause();
        }
      }
    }
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return { bytes, sha256: hash.digest("hex") };
}

function syncFolder(dir: string): void {
  try {
    const fd = openSync(dir, "r");
    fsyncSync(fd);
    closeSync(fd);
  } catch {
    // not every platform can sync a folder; the rename is done either way
  }
}

/** Folders and current.json's temporary files left by imports that did not finish (their process is gone). */
export function removeStaleBuilds(root: string): void {
  for (const name of list(root)) {
    const left = BUILD.exec(name) ?? TEMP_CURRENT.exec(name);
    if (left && Number(left[1]) !== process.pid && !pidExists(Number(left[1]))) rmSync(join(root, name), { recursive: true, force: true });
  }
}

/** Data sets other than those in `keep` (none: all of them). */
function removeOtherSets(root: string, keep: readonly (string | null)[]): void {
  for (const name of list(root))
    if (name.startsWith("set-") && !keep.includes(join(root, name))) rmSync(join(root, name), { recursive: true, force: true });
}

function list(root: string): string[] {
  try {
    return readdirSync(root);
  } catch {
    return [];
  }
}

const currentOrNull = (root: string): string | null => {
  try {
    return installedSet(root);
  } catch {
    return null;
  }
};

const tsvText = (s: string) => s.replace(/[\t\r\n]+/g, " ");

const lostLock = () => ioError("another import took over the lock of the data set; this one stopped without changing it");

export async function writeDataset(root: string, built: Built, now: Date = new Date(), hooks: WriteHooks = {}): Promise<Written> {
  const check = hooks.checkCancelled ?? (() => {});
  const pause = async () => {
    await turn();
    check();
  };
  const locked = () => {
    if (hooks.locked && !hooks.locked()) throw lostLock();
  };
  const stamp = now.toISOString().replace(/[:.]/g, "-");
  const building = join(root, `.build-${process.pid}-${stamp}`);
  const final = join(root, `set-${stamp}-${process.pid}`);
  const temp = join(root, `.current-${process.pid}.tmp`);
  let placed = false;
  let switched = false;
  try {
    makeDirs(root);
    locked();
    // sets are removed only once the new one is current: until then the one in use stays whole
    removeStaleBuilds(root);
    makeDirs(building);
    await hooks.at?.("writing", building);
    check();
    const files: Record<string, FileRecord> = {};
    const put = async (name: string, chunks: Iterable<string | Uint8Array>) => {
      files[name] = await writeFile(join(building, name), chunks, pause);
      await pause();
    };
    const at: [number, number][] = [];
    let offset = 0;
    // ESCO's items once, in esco.json; its occupations' lines name them by place
    const esco = built.occupations.some((o) => o.requirements) ? escoHead(built.occupations) : null;
    await put(
      "details.jsonl",
      (function* () {
        for (const o of built.occupations) {
          const line = JSON.stringify(esco && o.requirements ? compactOccupation(o, esco.place) : o);
          const length = Buffer.byteLength(line);
          at.push([offset, length]);
          offset += length + 1;
          yield line + "\n";
        }
      })(),
    );
    const wages = built.manifest.sources.find((s) => s.id === "bls-oews");
    const index: Index = {
      format: DATASET_FORMAT,
      wagesPeriod: wages?.version ?? null,
      occupations: built.index.map((r, i): IndexRow => ({ ...r, at: at[i]! })),
    };
    await put("index.json", [JSON.stringify(packIndex(index))]);
    await put("reference.json", [JSON.stringify(built.reference)]);
    const ratings = encodeRatings(ratingsOf(built.occupations));
    await put("ratings.json", [JSON.stringify(ratings.head)]);
    await put("ratings.bin", [ratings.bin]);
    const activities = activitiesOf(built.occupations);
    if (activities) await put(ACTIVITIES_FILE, [JSON.stringify(activities)]);
    const search = Buffer.from(
      built.occupations
        .map((o, n) =>
          [
            ...(o.alternateTitles ?? []).map((t) => `${n}\ta\t${tsvText(t)}\n`),
            ...(o.tasks ?? []).map((t) => `${n}\tk\t${tsvText(t.text)}\n`),
          ].join(""),
        )
        .join(""),
    );
    await put("search.tsv", [search]);
    const lower = foldAscii(search);
    await put("search.lower", [lower]);
    const words = encodeWordIndex(lower);
    if (words) await put(WORDS_FILE, [words]);
    if (built.rows.projections) await put(PROJECTIONS_FILE, [storeRows(built.rows.projections)]);
    if (built.rows.oews) await put(OEWS_FILE, [storeRows(built.rows.oews)]);
    if (esco) await put(ESCO_JSON, [JSON.stringify(esco.head)]);
    if (built.rows.crosswalk) await put(CROSSWALK_FILE, [JSON.stringify(built.rows.crosswalk)]);
    if (built.areas) {
      const { occupations, bin } = built.areas.records.encode();
      const head: AreaHead = { format: DATASET_FORMAT, ...built.areas.head, occupations };
      await put(AREAS_JSON, [JSON.stringify(head)]);
      await put(AREAS_BIN, [bin]);
    }
    const manifest = await writeFile(
      join(building, "manifest.json"),
      [JSON.stringify({ ...built.manifest, created: now.toISOString(), files }, null, 2) + "\n"],
      pause,
    );
    const bytes = manifest.bytes + Object.values(files).reduce((n, f) => n + f.bytes, 0);
    syncFolder(building);
    await pause();
    locked();
    renameSync(building, final);
    placed = true;
    syncFolder(root);
    await hooks.at?.("placed", final);
    await hooks.beforeSwitch?.(final);
    await pause();
    locked();
    const previous = currentOrNull(root);
    rmSync(temp, { force: true });
    await writeFile(temp, [JSON.stringify({ format: DATASET_FORMAT, set: `set-${stamp}-${process.pid}` }) + "\n"], pause);
    check();
    locked();
    // the switch: from here on the new set is the one in use, whatever happens
    renameSync(temp, join(root, CURRENT));
    switched = true;
    syncFolder(root);
    // the set replaced stays until the next import: a command that opened it reads it to the end
    removeOtherSets(root, [final, previous]);
    await hooks.at?.("switched", final);
    return { dir: final, bytes };
  } catch (err) {
    if (!switched) {
      rmSync(building, { recursive: true, force: true });
      rmSync(temp, { force: true });
      if (placed && currentOrNull(root) !== final) rmSync(final, { recursive: true, force: true });
    }
    if (err instanceof CareersError) throw err;
    throw ioError(`cannot write the data set in ${root}: ${(err as Error).message}`);
  }
}

/** Remove the installed data set: it stops being current first, then its files go. Returns its folder, or null. */
export function removeDataset(root: string): string | null {
  let current: string | null;
  try {
    current = installedSet(root);
  } catch {
    current = join(root, CURRENT); // damaged: removed all the same
  }
  try {
    rmSync(join(root, CURRENT), { force: true });
    syncFolder(root);
    removeStaleBuilds(root);
    removeOtherSets(root, []);
  } catch (err) {
    throw ioError(`cannot remove the data set in ${root}: ${(err as Error).message}`);
  }
  return current;
}
