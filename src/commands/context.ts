/**
 * What every command handler gets: the terminal style, the catalog of roles, and the one way to print.
 * Built once from the global options; handlers never read process.* themselves.
 */
import { delimiter } from "node:path";
import type { Command } from "commander";
import { Catalog } from "../loader/catalog.js";
import { cacheDir, RoleCache } from "../loader/cache.js";
import { loadBundled } from "../loader/bundled.js";
import { formatDiagnostic, type Diagnostic } from "../loader/diagnostic.js";
import type { Style } from "../render/style.js";
import { detectTerminal } from "../render/terminal.js";

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
  /** the style for human output; loads chalk on first use, so JSON output never does */
  style: () => Promise<Style>;
  catalog: Catalog;
  dataDirs: string[];
}

export interface GlobalOptions {
  color?: boolean;
  dataDir?: string[];
}

/** The cache of parsed user role files, unless caching is off (CAREERS_NO_CACHE). */
const userRoleCache = (env: Record<string, string | undefined>): RoleCache | null => {
  const dir = cacheDir(env);
  return dir ? new RoleCache(dir) : null;
};

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
  const terminal = detectTerminal({ isTTY: io.stdoutIsTTY, columns: io.columns, env: io.env, colorFlag: opts.color !== false });
  let style: Promise<Style> | undefined;
  return {
    io,
    style: () => (style ??= import("../render/style.js").then((m) => m.loadStyle(terminal.color, terminal.width))),
    dataDirs,
    catalog: new Catalog({ dataDirs, bundled: () => loadBundled(), cache: userRoleCache(io.env) }),
  };
}

/** A renderer, loaded on demand: `() => import("../render/x.js").then((m) => m.renderX)`. */
export type LazyRenderer<T> = () => Promise<(result: T, style: Style) => string>;

/**
 * Gather, then print: JSON (the only thing on stdout) or the human rendering. The renderer (and with it
 * chalk when colour is on) is loaded only for human output.
 */
export async function emit<T>(ctx: RunContext, result: T, json: boolean, render: LazyRenderer<T>): Promise<void> {
  flushNotes(ctx);
  if (json) {
    ctx.io.stdout(JSON.stringify(result, null, 2) + "\n");
    return;
  }
  const [renderer, style] = await Promise.all([render(), ctx.style()]);
  ctx.io.stdout(renderer(result, style));
}

/** Notes and warnings gathered by the catalog go to stderr. */
export function flushNotes(ctx: RunContext): void {
  for (const note of ctx.catalog.notes.splice(0)) ctx.io.stderr(note + "\n");
}

export function reportProblems(ctx: RunContext, problems: readonly Diagnostic[]): void {
  for (const p of problems) ctx.io.stderr(formatDiagnostic(p) + "\n");
}
