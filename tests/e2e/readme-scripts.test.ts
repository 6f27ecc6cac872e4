/**
 * The README's script examples, run as it shows them: the jq one over the bundled roles and the Python one
 * over the test fixtures' release (imported with the BLS workbooks), through bash and the built binary on
 * the PATH as `careers`. Their output is checked against the data: the role files' medians, and the
 * fixtures' OEWS medians by SOC code. Skipped, saying so, where jq or python3 is not installed (.ci/run
 * installs jq).
 */
import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { readDoc } from "../helpers/docs.js";
import { importedHome, OEWS_HEADER, OEWS_ROWS, ONET_MINI } from "../helpers/import-fixtures.js";
import { BIN, ROOT } from "../helpers/run.js";

const installed = (tool: string) => spawnSync(tool, ["--version"]).status === 0;
const readme = readDoc("README.md");
/** The README's example that pipes into `tool`, as written. */
const example = (tool: string): string => {
  const line = readme.split("\n").find((l) => l.startsWith("careers ") && l.includes(`| ${tool} `));
  if (!line) throw new Error(`the README has no example piping careers into ${tool}`);
  return line;
};

/** Run a README line in bash, with `careers` the built binary. */
function sh(line: string, env: Record<string, string> = {}): { stdout: string; stderr: string; status: number | null } {
  const bin = mkdtempSync(join(tmpdir(), "careers-bin-"));
  writeFileSync(join(bin, "careers"), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
  chmodSync(join(bin, "careers"), 0o755);
  const r = spawnSync("bash", ["-o", "pipefail", "-c", line], {
    cwd: ROOT,
    env: {
      ...process.env,
      PATH: `${bin}:${process.env.PATH}`,
      CAREERS_DATA_DIR: "",
      CAREERS_HOME: mkdtempSync(join(tmpdir(), "careers-home-")),
      ...env,
    },
    encoding: "utf8",
  });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

describe.skipIf(!installed("jq"))("the README's jq example", () => {
  it("prints each bundled role's id and median, as the role files give it", () => {
    const roles = readdirSync(join(ROOT, "data", "roles")).map((f) => parse(readFileSync(join(ROOT, "data", "roles", f), "utf8")));
    // a role's own median, else its row in a salary-by-level table (the clerk's ladder)
    const median = (id: string) =>
      roles.find((r) => r.id === id)?.keyFacts?.medianSalary?.amount ??
      roles.flatMap((r) => r.salaryByLevel?.levels ?? []).find((l: { role?: string }) => l.role === id)?.median;
    const r = sh(example("jq"));
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split("\n");
    expect(lines.map((l) => l.split(" ")[0]).sort()).toEqual(roles.map((x) => x.id).sort());
    for (const l of lines) {
      const [id, amount] = l.split(" ");
      expect(amount, id).toBe(String(median(id!) ?? "null"));
    }
  });
});

describe.skipIf(!installed("python3"))("the README's Python example", () => {
  it("prints each occupation found with its OEWS median, as the BLS workbook gives it", async () => {
    const { home, cleanup } = await importedHome();
    try {
      const r = sh(example("python3"), { CAREERS_HOME: home });
      expect(r.stderr).toBe("");
      expect(r.status).toBe(0);
      const titles = new Map(
        readFileSync(join(ONET_MINI, "Occupation Data.txt"), "utf8")
          .split("\n")
          .slice(1)
          .map((l) => l.split("\t") as [string, string]),
      );
      const medianAt = OEWS_HEADER.indexOf("A_MEDIAN");
      const oews = new Map(OEWS_ROWS.map((row) => [row[OEWS_HEADER.indexOf("OCC_CODE")] as string, row[medianAt]]));
      const lines = r.stdout.trim().split("\n");
      expect(lines.length).toBeGreaterThan(0);
      for (const l of lines) {
        const [code, amount] = l.split(" ") as [string, string];
        expect(titles.has(code), code).toBe(true);
        // the median of the SOC occupation the O*NET code belongs to (91-1011.02 -> 91-1011)
        expect(amount, code).toBe(String(oews.get(code.slice(0, 7)) ?? "None"));
      }
      expect(lines.some((l) => l.startsWith("91-1011.00 "))).toBe(true);
    } finally {
      cleanup();
    }
  });
});
