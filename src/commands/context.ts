/**
 * What every command handler gets: the terminal style, the catalog of roles, and the one way to print.
 * Built once from the global options; handlers never read process.* themselves.
 */
import { delimiter } from "node:path";
import type { Command } from "commander";
import { Catalog } from "../loader/catalog.js";
import { loadBundled } from "../loader/bundled.js";
import { formatDiagnostic, type Diagnostic } from "../loader/diagnostic.js";
import { detectStyle, type Style } from "../render/style.js";

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
  stdoutIsTTY: boolean;
  stdinIsTTY: boolean;
  columns?: number | undefined;
}

export interface RunContext {
  io: Io;
  style: Style;
  catalog: Catalog;
  dataDirs: string[];
}

export interface GlobalOptions {
  color?: boolean;
  dataDir?: string[];
}

/** `--data-dir` folders if given (they win), else those in CAREERS_DATA_DIR. */
export function resolveDataDirs(flag: readonly string[] | undefined, env: Record<string, string | undefined>): string[] {
  if (flag && flag.length > 0) return [...flag];
  return (env.CAREERS_DATA_DIR ?? "").split(delimiter).filter((d) => d !== "");
}

export function processIo(): Io {
  return {
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    env: process.env,
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stdinIsTTY: Boolean(process.stdin.isTTY),
    columns: process.stdout.columns,
  };
}

export function createContext(cmd: Command, io: Io = processIo()): RunContext {
  const opts = cmd.optsWithGlobals<GlobalOptions>();
  const dataDirs = resolveDataDirs(opts.dataDir, io.env);
  const style = detectStyle({ isTTY: io.stdoutIsTTY, columns: io.columns, env: io.env, colorFlag: opts.color !== false });
  return { io, style, dataDirs, catalog: new Catalog({ dataDirs, bundled: () => loadBundled() }) };
}

/** Gather, then print: JSON (the only thing on stdout) or the human rendering. */
export function emit<T>(ctx: RunContext, result: T, json: boolean, human: (result: T, style: Style) => string): void {
  flushNotes(ctx);
  ctx.io.stdout(json ? JSON.stringify(result, null, 2) + "\n" : human(result, ctx.style));
}

/** Notes and warnings gathered by the catalog go to stderr. */
export function flushNotes(ctx: RunContext): void {
  for (const note of ctx.catalog.notes.splice(0)) ctx.io.stderr(note + "\n");
}

export function reportProblems(ctx: RunContext, problems: readonly Diagnostic[]): void {
  for (const p of problems) ctx.io.stderr(formatDiagnostic(p) + "\n");
}
