/**
 * Start-up stays lean with occupations installed: the built CLI loads the zip and xlsx readers only for
 * `careers import`, and reads the data set's files only when an occupation is looked up, listed or
 * searched (the reader's code is part of start-up: loaded from a chunk of its own it cost more).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CURRENT } from "../../src/schema/occupation.js";
import { importedHome, ONET_MINI } from "../helpers/import-fixtures.js";
import { ROOT } from "../helpers/run.js";

const dist = join(ROOT, "dist");
let home: string;
let cleanup: () => void;
const work = mkdtempSync(join(tmpdir(), "careers-loading-"));

beforeAll(async () => {
  ({ home, cleanup } = await importedHome());
});
afterAll(() => {
  cleanup();
  rmSync(work, { recursive: true, force: true });
});

/**
 * A run of the built CLI: the files of dist/ it loaded, read back as text, and the files of the data set
 * (under the data home) it opened.
 */
function run(args: string[], dataHome = home, env: Record<string, string> = {}): { code: string; opened: string[] } {
  const out = join(work, "loaded.json");
  const probe = `const fs = require("node:fs");
const opened = [];
for (const name of ["readFileSync", "openSync"]) {
  const real = fs[name];
  fs[name] = (path, ...rest) => (opened.push(String(path)), real(path, ...rest));
}
const cli = require(${JSON.stringify(join(dist, "cli.js"))});
cli.main(["node", "careers", ...${JSON.stringify(args)}]).then(() => fs.writeFileSync(${JSON.stringify(out)}, JSON.stringify({ loaded: Object.keys(require.cache), opened })));`;
  execFileSync(process.execPath, ["-e", probe], {
    env: { ...process.env, CAREERS_HOME: dataHome, NO_COLOR: "1", CAREERS_PAGER: "", ...env },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const { loaded, opened } = JSON.parse(readFileSync(out, "utf8")) as { loaded: string[]; opened: string[] };
  return {
    code: loaded
      .filter((f) => f.startsWith(dist))
      .map((f) => readFileSync(f, "utf8"))
      .join("\n"),
    opened: opened.filter((f) => f.startsWith(dataHome) && !f.endsWith(CURRENT)).map((f) => basename(f)),
  };
}
const loaded = (args: string[], dataHome = home) => run(args, dataHome).code;

const ZIP_READER = "invalid zip data";
/** a message of the YAML library's: the role file parser is loaded */
const YAML_PARSER = "TAG_RESOLVE_FAILED";

const NURSING = ["--data-dir", join(ROOT, "tests", "fixtures", "nursing")];

describe("what a run loads, with occupations installed", () => {
  it.each([
    [["--help"]],
    // a role without an O*NET-SOC code, and sections other than its official figures
    [["show", "staff-nurse", "--json", ...NURSING]],
    [["show", "clerk", "--section", "facts", "skills"]],
    [["show", "clerk", "--format", "yaml"]],
    [["compare", "clerk", "manager", "--json"]],
  ])("%j: neither the import code nor the data set's files", (args) => {
    const { code, opened } = run(args);
    expect(code).not.toContain(ZIP_READER);
    expect(opened).toEqual([]);
  });

  it.each([
    [
      ["show", "lantern-keepers", "--json"],
      ["index.json", "details.jsonl", "manifest.json", "reference.json"],
    ],
    [
      ["show", "91-1011"],
      ["index.json", "details.jsonl", "manifest.json", "reference.json"],
    ],
    // the manifest for the releases' dates, which every figure carries (asOf)
    [
      ["list", "--json"],
      ["index.json", "manifest.json"],
    ],
    [
      ["search", "lamp"],
      ["index.json", "manifest.json", "search.lower", "search.tsv", "search.words"],
    ],
    // a role with an O*NET-SOC code: its official figures are looked for (the fixture has no 43-4051.00)
    // (and the manifest, which records the files' sizes, checked as the data set is opened)
    [
      ["show", "clerk", "--json"],
      ["index.json", "manifest.json"],
    ],
  ])("%j: the data set's files it needs, not the import code", (args, files) => {
    const { code, opened } = run(args);
    expect(code).not.toContain(ZIP_READER);
    expect([...new Set(opened)].sort()).toEqual([...files].sort());
  });

  it.each([[["list", "--json"]], [["show", "clerk", "--json"]]])(
    "%j with the cache off and no role files of the user's: not the role file parser either",
    (args) => {
      expect(run(args, home, { CAREERS_NO_CACHE: "1" }).code).not.toContain(YAML_PARSER);
    },
  );

  it("list with the cache off and role files of the user's: the parser is loaded (the check above can fail)", () => {
    expect(run(["list", "--json"], home, { CAREERS_NO_CACHE: "1", CAREERS_DATA_DIR: NURSING[1]! }).code).toContain(YAML_PARSER);
  });

  it("without a data set, a role with an O*NET-SOC code opens nothing there", () => {
    const { code, opened } = run(["show", "clerk", "--json"], join(work, "no-data-set"));
    expect(opened).toEqual([]);
    expect(code).not.toContain(ZIP_READER);
  });

  it("import --status: not the zip reader either; an import does load it", () => {
    expect(loaded(["import", "--status", "--json"])).not.toContain(ZIP_READER);
    expect(loaded(["import", ONET_MINI, "--json"], join(work, "home"))).toContain(ZIP_READER);
  });
});
