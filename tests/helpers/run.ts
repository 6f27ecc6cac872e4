/**
 * Run `careers` as a user would. `run` and `runJson` run the program in-process through its io seam
 * (`run(argv, io)` in src/cli.ts): argv in; stdout, stderr and the exit code out, in milliseconds.
 * `spawnCli` runs the built binary in a child process, for the smoke tests of each command and for what
 * only a real process shows (signals, pipes closing, hangs). Colour is off unless a test asks for it.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Io } from "../../src/app/context.js";
import { run as runProgram } from "../../src/cli.js";
import { SCHEMA_VERSION } from "../../src/schema/version.js";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const BIN = fileURLToPath(new URL("../../bin/careers.cjs", import.meta.url));

export interface RunResult {
  stdout: string;
  stderr: string;
  status: number | null;
  /** set when a spawned run was stopped: by the hang guard (SIGTERM after `timeout` ms) or a crash */
  signal: NodeJS.Signals | null;
}

export interface RunOptions {
  env?: Record<string, string | undefined>;
  input?: string;
  cwd?: string;
  /** hang guard in ms (default 10 s): a spawned run that takes longer is killed and shows as `signal` */
  timeout?: number;
  /** spawnCli: another copy of bin/careers.cjs to run */
  bin?: string;
}

const BASE_ENV = {
  ...Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) =>
        !["FORCE_COLOR", "NO_COLOR", "CAREERS_DATA_DIR", "COLUMNS", "CAREERS_HOME", "CAREERS_CACHE_DIR", "CAREERS_NO_CACHE"].includes(k),
    ),
  ),
  // each test process gets its own cache of parsed user roles, never the user's
  XDG_CACHE_HOME: mkdtempSync(join(tmpdir(), "careers-cache-")),
};

/** Run the program in-process, as `careers <args>` with stdout and stdin not a terminal (piped). */
export async function run(args: string[], opts: RunOptions = {}): Promise<RunResult> {
  let stdout = "";
  let stderr = "";
  const io: Io = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    stdin: () => Buffer.from(opts.input ?? ""),
    env: { ...BASE_ENV, ...opts.env },
    cwd: opts.cwd ?? ROOT,
    stdoutIsTTY: false,
    stdinIsTTY: false,
    columns: undefined,
    rows: undefined,
    page: async () => false,
  };
  const status = await runProgram(args, io);
  return { stdout, stderr, status, signal: null };
}

/** Run the built binary in a child process. */
export function spawnCli(args: string[], opts: RunOptions = {}): RunResult {
  const r = spawnSync(process.execPath, [opts.bin ?? BIN, ...args], {
    cwd: opts.cwd ?? ROOT,
    env: { ...BASE_ENV, ...opts.env },
    input: opts.input ?? "",
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    timeout: opts.timeout ?? 10_000,
  });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status, signal: r.signal };
}

/**
 * stdout parsed as JSON, failing loudly with stderr if it is not. Every JSON document but a JSON Schema
 * starts with the output's `schemaVersion` (docs/json-output.md): checked here on every run, and left out of
 * `data` (the document with it is `doc`), so that tests read the command's own keys.
 */
export function parseJson<T = any>(result: RunResult, args: readonly string[] = []): { data: T; result: RunResult; doc: unknown } {
  let doc: unknown;
  try {
    doc = JSON.parse(result.stdout);
  } catch {
    throw new Error(`stdout is not JSON (exit ${result.status}):\n${result.stdout.slice(0, 500)}\nstderr:\n${result.stderr}`);
  }
  // an answers template is a file to fill in and read back, as a role file is: it has no schemaVersion
  const file = args.includes("--template");
  if (doc === null || typeof doc !== "object" || Array.isArray(doc) || "$schema" in doc || file) return { data: doc as T, result, doc };
  const { schemaVersion, ...rest } = doc as Record<string, unknown>;
  if (Object.keys(doc)[0] !== "schemaVersion" || schemaVersion !== SCHEMA_VERSION)
    throw new Error(`the JSON document does not start with schemaVersion ${SCHEMA_VERSION}:\n${result.stdout.slice(0, 300)}`);
  return { data: rest as T, result, doc };
}

/** Run in-process and parse stdout as JSON. */
export const runJson = async <T = any>(args: string[], opts: RunOptions = {}) => parseJson<T>(await run(args, opts), args);

/** Run the built binary and parse stdout as JSON. */
export const spawnJson = <T = any>(args: string[], opts: RunOptions = {}) => parseJson<T>(spawnCli(args, opts), args);

export const ANSI = /\u001b\[/;
