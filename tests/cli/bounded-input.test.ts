/**
 * Input that never ends is never waited on: `--answers -` stops at the answers size limit while reading
 * (a pipe that keeps sending, or never closes, cannot fill memory or hang the command), and a named pipe,
 * a device or a folder named as an import file is refused at once instead of opened for reading. Run
 * against the built binary: only a real process shows a hang (each run is under a hang guard).
 */
import { execFileSync, spawn } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_FILE_BYTES } from "../../src/loader/read.js";
import { ONET_MINI, writeInputs } from "../helpers/import-fixtures.js";
import { BIN, ROOT, run, spawnCli } from "../helpers/run.js";

const inputs = writeInputs();
let home: string;
let scratch: string;

beforeAll(async () => {
  home = mkdtempSync(join(tmpdir(), "careers-bounded-home-"));
  scratch = mkdtempSync(join(tmpdir(), "careers-bounded-"));
  const r = await run(["import", inputs.zip, inputs.projections, inputs.oews], { env: { CAREERS_HOME: home } });
  expect(r.status).toBe(0);
});
afterAll(() => {
  for (const d of [home, scratch, inputs.dir]) rmSync(d, { recursive: true, force: true });
});

/**
 * Run the binary with stdin a pipe that is sent `bytes` bytes and then left open: the command must end by
 * itself. Resolves with the exit code and stderr, or `hung` when it had to be killed.
 */
function withOpenPipe(args: string[], bytes: number, guard = 15_000): Promise<{ status: number | null; stderr: string; hung: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: ROOT,
      env: { ...process.env, CAREERS_HOME: home, NO_COLOR: "1", CAREERS_NO_CACHE: "1" },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stderr = "";
    let hung = false;
    child.stderr.on("data", (d) => void (stderr += d));
    child.stdout.resume();
    child.stdin.on("error", () => {});
    // more than the limit, a line of YAML at a time, and the pipe is never closed
    const line = Buffer.from(`# ${"x".repeat(1020)}\n`);
    for (let sent = 0; sent < bytes; sent += line.length) child.stdin.write(line);
    const timer = setTimeout(() => {
      hung = true;
      child.kill("SIGKILL");
    }, guard);
    child.on("exit", (status) => {
      clearTimeout(timer);
      child.stdin.destroy();
      resolve({ status, stderr, hung });
    });
  });
}

describe("--answers - stops at the size limit while reading", () => {
  it.each([
    ["assess <role>", ["assess", "clerk", "--answers", "-"]],
    ["assess <occupation>", ["assess", "91-1011.00", "--answers", "-"]],
    ["match", ["match", "--answers", "-"]],
    ["interests", ["interests", "--answers", "-"]],
  ])("%s: a pipe past the limit that never closes is refused, naming stdin and the limit (exit 1)", async (_, args) => {
    const r = await withOpenPipe(args, MAX_FILE_BYTES * 3);
    expect(r.hung).toBe(false);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      `careers: <stdin>: refused: the answers are larger than ${MAX_FILE_BYTES} bytes (512 KiB), the limit of an answers file; the rest was not read\n` +
        "Give the answers as a file (--answers answers.yaml), or pipe a file of that size or smaller.\n",
    );
  });

  it("answers just under the limit are read (and then checked as answers)", () => {
    const r = spawnCli(["assess", "clerk", "--answers", "-"], { input: `# ${"x".repeat(MAX_FILE_BYTES - 10)}\n` });
    expect(r.stderr).not.toMatch(/larger than/);
    expect(r.status).toBe(1);
  });
});

describe("import files that are not files are refused at once", () => {
  const fifo = (path: string) => execFileSync("mkfifo", [path]);

  it("a named pipe: one line and a hint, exit 2, nothing waited for", () => {
    const pipe = join(scratch, "db_29_3_text.zip");
    fifo(pipe);
    const r = spawnCli(["import", pipe], { env: { CAREERS_HOME: home } });
    expect(r.signal).toBeNull();
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      `careers: ${pipe}: refused: a named pipe (FIFO), not a file\nGive the release's files as downloaded: a zip, a workbook, or the folder holding them.\n`,
    );
  });

  it("a device", () => {
    const r = spawnCli(["import", "/dev/zero"], { env: { CAREERS_HOME: home } });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^careers: \/dev\/zero: refused: a device, not a file\n/);
  });

  it("a named pipe or a folder in place of a file of an unpacked release is refused, named", () => {
    for (const [name, make] of [
      ["Skills.txt", fifo],
      ["Knowledge.txt", (p: string) => mkdirSync(p)],
    ] as const) {
      const release = join(scratch, `release-${name}`);
      cpSync(ONET_MINI, release, { recursive: true });
      rmSync(join(release, name));
      make(join(release, name));
      const r = spawnCli(["import", release], { env: { CAREERS_HOME: home } });
      expect(r.signal).toBeNull();
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`^careers: ${release}/${name}: refused: (a named pipe \\(FIFO\\)|a folder), not a file\\n`));
    }
  });

  it("a named pipe among a folder of downloads is left alone, listed as not recognised", () => {
    const downloads = join(scratch, "downloads");
    mkdirSync(downloads);
    cpSync(inputs.zip, join(downloads, "db_99_1_text.zip"));
    fifo(join(downloads, "partial.xlsx"));
    const r = spawnCli(["import", downloads], { env: { CAREERS_HOME: home } });
    expect(r.signal).toBeNull();
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(join(downloads, "partial.xlsx"));
    expect(readdirSync(downloads).sort()).toEqual(["db_99_1_text.zip", "partial.xlsx"]);
  });
});
