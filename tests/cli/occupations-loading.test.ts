/**
 * Start-up stays lean with occupations installed: the built CLI loads the zip and xlsx readers only for
 * `careers import`, and the data set reader only when an occupation is looked up, listed or searched.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
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

/** The files of dist/ a run of the built CLI loaded, read back as text. */
function loaded(args: string[], dataHome = home): string {
  const out = join(work, "loaded.json");
  const probe = `const cli = require(${JSON.stringify(join(dist, "cli.js"))});
cli.main(["node", "careers", ...${JSON.stringify(args)}]).then(() => require("node:fs").writeFileSync(${JSON.stringify(out)}, JSON.stringify(Object.keys(require.cache))));`;
  execFileSync(process.execPath, ["-e", probe], {
    env: { ...process.env, CAREERS_HOME: dataHome, NO_COLOR: "1", CAREERS_PAGER: "" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const files = JSON.parse(readFileSync(out, "utf8")) as string[];
  return files
    .filter((f) => f.startsWith(dist))
    .map((f) => readFileSync(f, "utf8"))
    .join("\n");
}

const ZIP_READER = "invalid zip data";
const DATASET_READER = "details.jsonl";

const NURSING = ["--data-dir", join(ROOT, "tests", "fixtures", "nursing")];

describe("what a run loads, with occupations installed", () => {
  it.each([
    [["--help"]],
    // a role without an O*NET-SOC code, and sections other than its official figures
    [["show", "staff-nurse", "--json", ...NURSING]],
    [["show", "clerk", "--section", "facts", "skills"]],
    [["show", "clerk", "--format", "yaml"]],
    [["compare", "clerk", "manager", "--json"]],
  ])("%j: neither the import code nor the data set reader", (args) => {
    const text = loaded(args);
    expect(text).not.toContain(ZIP_READER);
    expect(text).not.toContain(DATASET_READER);
  });

  it.each([
    [["show", "lantern-keepers", "--json"]],
    [["show", "91-1011"]],
    [["list", "--json"]],
    [["search", "lamp"]],
    // a role with an O*NET-SOC code: its official figures are looked for
    [["show", "clerk", "--json"]],
  ])("%j: the data set reader, not the import code", (args) => {
    const text = loaded(args);
    expect(text).toContain(DATASET_READER);
    expect(text).not.toContain(ZIP_READER);
  });

  it("without a data set, a role with an O*NET-SOC code loads no data set reader either", () => {
    const text = loaded(["show", "clerk", "--json"], join(work, "no-data-set"));
    expect(text).not.toContain(DATASET_READER);
    expect(text).not.toContain(ZIP_READER);
  });

  it("import --status: not the zip reader either; an import does load it", () => {
    expect(loaded(["import", "--status", "--json"])).not.toContain(ZIP_READER);
    expect(loaded(["import", ONET_MINI, "--json"], join(work, "home"))).toContain(ZIP_READER);
  });
});
