/**
 * search over a data set with its word index (search.words), one written before it (no such file in
 * the manifest: the search scans search.lower), and one whose index is damaged: the same answers, or a
 * clear error, never a wrong one.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importedHome } from "../helpers/import-fixtures.js";
import { run } from "../helpers/run.js";

let home: string;
let cleanup: () => void;
const copies: string[] = [];
beforeAll(async () => {
  ({ home, cleanup } = await importedHome());
});
afterAll(() => {
  cleanup();
  for (const c of copies) rmSync(c, { recursive: true, force: true });
});

/** A copy of the imported home, its set changed by `change(setFolder)`. */
function changed(change: (set: string) => void): string {
  const copy = mkdtempSync(join(tmpdir(), "careers-words-"));
  copies.push(copy);
  cpSync(home, copy, { recursive: true });
  const current = JSON.parse(readFileSync(join(copy, "occupations", "current.json"), "utf8")) as { set: string };
  change(join(copy, "occupations", current.set));
  return copy;
}

const QUERIES = [["lamp"], ["lantern"], ["rain"], ["dream"], ["c"], ["lamp", "warden"], ["nothing", "matches", "this"]];

describe("search.words", () => {
  it("is in the manifest of a new import", () => {
    const current = JSON.parse(readFileSync(join(home, "occupations", "current.json"), "utf8")) as { set: string };
    const manifest = JSON.parse(readFileSync(join(home, "occupations", current.set, "manifest.json"), "utf8"));
    expect(manifest.files["search.words"].bytes).toBeGreaterThan(32);
  });

  it("a set written before it: the same results, from a scan", async () => {
    const old = changed((set) => {
      rmSync(join(set, "search.words"));
      const manifest = JSON.parse(readFileSync(join(set, "manifest.json"), "utf8"));
      delete manifest.files["search.words"];
      writeFileSync(join(set, "manifest.json"), JSON.stringify(manifest, null, 2));
    });
    let hits = 0;
    for (const q of QUERIES) {
      const withIndex = await run(["search", ...q, "--json", "--limit", "0"], { env: { CAREERS_HOME: home } });
      const without = await run(["search", ...q, "--json", "--limit", "0"], { env: { CAREERS_HOME: old } });
      expect(without, q.join(" ")).toEqual(withIndex);
      if (withIndex.status === 0) hits += JSON.parse(withIndex.stdout).results.length;
    }
    expect(hits).toBeGreaterThan(3);
  });

  it("damaged at the same size: a clear error naming it, exit 1, nothing on stdout", async () => {
    const bad = changed((set) => {
      const file = join(set, "search.words");
      const bytes = readFileSync(file);
      bytes.writeUInt32LE(0, 0);
      writeFileSync(file, bytes);
    });
    const r = await run(["search", "lamp"], { env: { CAREERS_HOME: bad } });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("search.words: not the word index of search.lower");
    expect(r.stderr).toContain("the occupations data set is damaged");
  });
});
