/** Run the built `careers` binary as a user would, colour off unless a test asks for it. */
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const BIN = fileURLToPath(new URL("../../bin/careers.cjs", import.meta.url));

export interface RunResult {
  stdout: string;
  stderr: string;
  status: number | null;
  /** set when the run was stopped: by the hang guard (SIGTERM after `timeout` ms) or a crash */
  signal: NodeJS.Signals | null;
}

export interface RunOptions {
  env?: Record<string, string | undefined>;
  input?: string;
  cwd?: string;
  /** hang guard in ms (default 10 s): a run that takes longer is killed and shows as `signal` */
  timeout?: number;
}

const BASE_ENV = {
  ...Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) => !["FORCE_COLOR", "NO_COLOR", "CAREERS_DATA_DIR", "COLUMNS", "CAREERS_HOME", "CAREERS_CACHE_DIR", "CAREERS_NO_CACHE"].includes(k),
    ),
  ),
  // each test process gets its own cache of parsed user roles, never the user's
  XDG_CACHE_HOME: mkdtempSync(join(tmpdir(), "careers-cache-")),
};

export function run(args: string[], opts: RunOptions = {}): RunResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? ROOT,
    env: { ...BASE_ENV, ...opts.env },
    input: opts.input ?? "",
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    timeout: opts.timeout ?? 10_000,
  });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status, signal: r.signal };
}

/** Run and parse stdout as JSON, failing loudly with stderr if it is not. */
export function runJson<T = any>(args: string[], opts: RunOptions = {}): { data: T; result: RunResult } {
  const result = run(args, opts);
  let data: T;
  try {
    data = JSON.parse(result.stdout) as T;
  } catch {
    throw new Error(`stdout is not JSON (exit ${result.status}):\n${result.stdout.slice(0, 500)}\nstderr:\n${result.stderr}`);
  }
  return { data, result };
}

// eslint-disable-next-line no-control-regex
export const ANSI = /\u001b\[/;
