/**
 * Writing a data set: built aside in a folder of its own, synced, renamed into place, and only then made
 * current by replacing current.json (write, sync, rename). An error or Ctrl-C before that last rename
 * leaves the previous data set in use and whole; the folder being built is removed (or, after a crash,
 * by the next import).
 */

import { closeSync, fsyncSync, openSync, readdirSync, renameSync, rmSync, writeSync } from "node:fs";
import { join } from "node:path";
import { foldAscii } from "../core/search.js";
import { CareersError, ioError } from "../errors.js";
import { AREAS_BIN, AREAS_JSON, type AreaHead } from "../loader/area-file.js";
import { packIndex } from "../loader/occupation-index.js";
import { CURRENT, installedSet } from "../loader/occupations.js";
import { encodeRatings } from "../loader/ratings-file.js";
import { makeDirs } from "../loader/write.js";
import { DATASET_FORMAT, type Index, type IndexRow } from "../schema/occupation.js";
import type { Built } from "./build.js";
import { ratingsOf } from "./ratings.js";

export interface WriteHooks {
  /** called between files; throws to stop (Ctrl-C) */
  checkCancelled?: () => void;
  /** called when the new set is in place but not yet current (tests stop here to act out a crash) */
  beforeSwitch?: (dir: string) => void;
}

export interface Written {
  dir: string;
  bytes: number;
}

const BUILD = /^\.build-(\d+)-/;

function writeFile(path: string, chunks: Iterable<string | Uint8Array>): number {
  const fd = openSync(path, "wx", 0o644);
  let bytes = 0;
  try {
    for (const chunk of chunks) bytes += typeof chunk === "string" ? writeSync(fd, chunk) : writeSync(fd, chunk);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return bytes;
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

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
};

/** Folders left by imports that did not finish (their process is gone). */
export function removeStaleBuilds(root: string): void {
  for (const name of list(root)) {
    const build = BUILD.exec(name);
    if (build && Number(build[1]) !== process.pid && !alive(Number(build[1]))) rmSync(join(root, name), { recursive: true, force: true });
  }
}

/** Data sets other than `keep` (none: all of them). */
function removeOtherSets(root: string, keep: string | null): void {
  for (const name of list(root))
    if (name.startsWith("set-") && join(root, name) !== keep) rmSync(join(root, name), { recursive: true, force: true });
}

function list(root: string): string[] {
  try {
    return readdirSync(root);
  } catch {
    return [];
  }
}

const isCurrent = (root: string, dir: string): boolean => {
  try {
    return installedSet(root) === dir;
  } catch {
    return false;
  }
};

const tsvText = (s: string) => s.replace(/[\t\r\n]+/g, " ");

export function writeDataset(root: string, built: Built, now: Date = new Date(), hooks: WriteHooks = {}): Written {
  const check = hooks.checkCancelled ?? (() => {});
  const stamp = now.toISOString().replace(/[:.]/g, "-");
  const building = join(root, `.build-${process.pid}-${stamp}`);
  const final = join(root, `set-${stamp}-${process.pid}`);
  let placed = false;
  try {
    makeDirs(root);
    // sets are removed only once the new one is current: until then the one in use stays whole
    removeStaleBuilds(root);
    makeDirs(building);
    let bytes = 0;
    const at: [number, number][] = [];
    let offset = 0;
    bytes += writeFile(
      join(building, "details.jsonl"),
      (function* () {
        for (const o of built.occupations) {
          const line = JSON.stringify(o);
          const length = Buffer.byteLength(line);
          at.push([offset, length]);
          offset += length + 1;
          yield line + "\n";
        }
      })(),
    );
    check();
    const wages = built.manifest.sources.find((s) => s.id === "bls-oews");
    const index: Index = {
      format: DATASET_FORMAT,
      wagesPeriod: wages?.version ?? null,
      occupations: built.index.map((r, i): IndexRow => ({ ...r, at: at[i]! })),
    };
    bytes += writeFile(join(building, "index.json"), [JSON.stringify(packIndex(index))]);
    bytes += writeFile(join(building, "reference.json"), [JSON.stringify(built.reference)]);
    const ratings = encodeRatings(ratingsOf(built.occupations));
    bytes += writeFile(join(building, "ratings.json"), [JSON.stringify(ratings.head)]);
    bytes += writeFile(join(building, "ratings.bin"), [ratings.bin]);
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
    bytes += writeFile(join(building, "search.tsv"), [search]);
    bytes += writeFile(join(building, "search.lower"), [foldAscii(search)]);
    check();
    if (built.areas) {
      const { occupations, bin } = built.areas.records.encode();
      const head: AreaHead = { format: DATASET_FORMAT, ...built.areas.head, occupations };
      bytes += writeFile(join(building, AREAS_JSON), [JSON.stringify(head)]);
      bytes += writeFile(join(building, AREAS_BIN), [bin]);
      check();
    }
    bytes += writeFile(join(building, "manifest.json"), [
      JSON.stringify({ ...built.manifest, created: now.toISOString() }, null, 2) + "\n",
    ]);
    syncFolder(building);
    check();
    renameSync(building, final);
    placed = true;
    syncFolder(root);
    hooks.beforeSwitch?.(final);
    check();
    const temp = join(root, `.current-${process.pid}.tmp`);
    rmSync(temp, { force: true });
    writeFile(temp, [JSON.stringify({ format: DATASET_FORMAT, set: `set-${stamp}-${process.pid}` }) + "\n"]);
    renameSync(temp, join(root, CURRENT));
    syncFolder(root);
    removeOtherSets(root, final);
    return { dir: final, bytes };
  } catch (err) {
    rmSync(building, { recursive: true, force: true });
    if (placed && !isCurrent(root, final)) rmSync(final, { recursive: true, force: true });
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
    removeOtherSets(root, null);
  } catch (err) {
    throw ioError(`cannot remove the data set in ${root}: ${(err as Error).message}`);
  }
  return current;
}
