/**
 * What every command handler gets: the terminal style, the catalog of roles, and the one way to print.
 * Built once from the global options; handlers never read process.* themselves.
 */
import { delimiter, isAbsolute, resolve } from "node:path";
import type { Command } from "commander";
import { type Diagnostic, formatDiagnostic } from "../diagnostic.js";
import { dataError, type ErrorData, notFoundError, usageError } from "../errors.js";
import { readStdinAtMost } from "../loader/answers.js";
import { loadBundled } from "../loader/bundled.js";
import { cacheDir, RoleCache } from "../loader/cache.js";
import { Catalog } from "../loader/catalog.js";
import type { Dataset } from "../loader/occupations.js";
import type { Sheet } from "../render/flat.js";
import type { Style } from "../render/style.js";
import { detectTerminal } from "../render/terminal.js";
import { escapeUnsafeJson, safeOutput, safeStrings, safeText } from "../schema/control-chars.js";
import { SCHEMA_VERSION } from "../schema/version.js";
import { openInstalled } from "../store/dataset.js";
import { datasetMarked } from "../store/home.js";
import type { Format } from "./output.js";
import { choosePager } from "./pager.js";
import { fdWriter, isTerminal } from "./std-streams.js";

/**
 * Everything a run of the program touches outside itself. `main` gives the process's; tests give their own
 * and run the program in-process (`run(argv, io)` in cli.ts).
 */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** standard input, for `--answers -`: at most `limit` bytes of it, the rest left unread */
  stdin: (limit: number) => Buffer;
  env: Record<string, string | undefined>;
  /** the folder relative paths the user gives are taken from */
  cwd: string;
  stdoutIsTTY: boolean;
  stdinIsTTY: boolean;
  columns?: number | undefined;
  rows?: number | undefined;
  /** run a pager on the text; false when it could not be started */
  page: (command: string, text: string) => Promise<boolean>;
  /** stderr is a terminal (progress is shown there); taken as stdoutIsTTY when not given */
  stderrIsTTY?: boolean;
  /** call `handler` on Ctrl-C (SIGINT) or SIGTERM instead of ending the process, until the returned function is called */
  onInterrupt?: (handler: (signal?: "SIGINT" | "SIGTERM") => void) => () => void;
}

export interface RunContext {
  io: Io;
  /** the style for human output; loads chalk on first use, so JSON output never does */
  style: () => Promise<Style>;
  catalog: Catalog;
  dataDirs: string[];
  /** false with --no-pager */
  pager: boolean;
  /** a path the user gave, as the file system must see it: taken from io.cwd */
  path: (typed: string) => string;
  /** the output is JSON or YAML (--json, --format json|yaml): a failure is printed as data (see cli.ts) */
  errorsAsData: boolean;
}

export interface GlobalOptions {
  color?: boolean;
  pager?: boolean;
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
  // not process.stdout.isTTY: the streams are made only for a terminal (app/std-streams.ts)
  const outTTY = isTerminal(1);
  const errTTY = isTerminal(2);
  return {
    stdout: fdWriter(1, outTTY),
    stderr: fdWriter(2, errTTY),
    stdin: (limit) => readStdinAtMost(limit),
    env: process.env,
    cwd: process.cwd(),
    stdoutIsTTY: outTTY,
    // not process.stdin.isTTY: making the stdin stream loads Node's stream modules (about 3 ms)
    stdinIsTTY: isTerminal(0),
    columns: outTTY ? process.stdout.columns : undefined,
    rows: outTTY ? process.stdout.rows : undefined,
    page: (command, text) => import("./pager-spawn.js").then((m) => m.spawnPager(command, text)),
    stderrIsTTY: errTTY,
    onInterrupt: (handler) => {
      const signals = ["SIGINT", "SIGTERM"] as const;
      for (const s of signals) process.on(s, handler);
      return () => {
        for (const s of signals) process.off(s, handler);
      };
    },
  };
}

/** The io of each program built by cli.ts, so that a handler finds the one its run was given. */
const ioOfProgram = new WeakMap<Command, Io>();

export function bindIo(program: Command, io: Io): void {
  ioOfProgram.set(program, io);
}

function ioOf(cmd: Command): Io {
  let root = cmd;
  while (root.parent) root = root.parent;
  return ioOfProgram.get(root) ?? processIo();
}

export function createContext(cmd: Command, io: Io = ioOf(cmd)): RunContext {
  const opts = cmd.optsWithGlobals<GlobalOptions>();
  // the process's own folder resolves relative paths by itself; they stay as typed, and are shown so
  const path = (typed: string) => (io.cwd === process.cwd() || isAbsolute(typed) ? typed : resolve(io.cwd, typed));
  const dataDirs = resolveDataDirs(opts.dataDir, io.env).map(path);
  const terminal = detectTerminal({ isTTY: io.stdoutIsTTY, columns: io.columns, env: io.env, colorFlag: opts.color !== false });
  let style: Promise<Style> | undefined;
  return {
    io,
    style: () => (style ??= import("../render/style.js").then((m) => m.loadStyle(terminal.color, terminal.width))),
    dataDirs,
    pager: opts.pager !== false,
    path,
    errorsAsData: errorFormat(cmd) !== "text",
    catalog: new Catalog({
      dataDirs,
      bundled: () => loadBundled(io.cwd),
      cache: userRoleCache(io.env),
      // read only where a data set is installed; its reader is part of start-up, as loading it from chunks
      // of its own cost more than its code (show <occupation> --json: 641M instructions against 620M)
      occupations: () => Promise.resolve(datasetMarked(io.env) ? openInstalled(io.env) : null),
    }),
  };
}

/** A renderer, loaded on demand: `() => import("../render/x.js").then((m) => m.renderX)`. */
export type LazyRenderer<T> = () => Promise<(result: T, style: Style) => string>;

/**
 * How a result prints: the human rendering, and for csv and markdown its flat shape (render/flatten-results.ts);
 * without a sheet, csv and markdown print a row per value (objectSheet).
 */
export interface Renderers<T> {
  table: LazyRenderer<T>;
  sheet?: () => Promise<(result: T) => Sheet>;
  /** markdown of its own (notes to read), where the sheet's table is not what a person wants */
  markdown?: () => Promise<(result: T) => string>;
  /** YAML that is a file to edit (a role file): printed without the document's schemaVersion */
  yamlFile?: boolean;
}

/** A JSON document: the result with the output's schemaVersion first (schema/version.ts). */
export const document = <T>(result: T): T | ({ schemaVersion: number } & T) =>
  result !== null && typeof result === "object" && !Array.isArray(result) ? { schemaVersion: SCHEMA_VERSION, ...result } : result;

/**
 * Gather, then print: the result in the format asked for, or the human rendering (paged when taller
 * than the terminal). Each formatter (and with the human one chalk, when colour is on) loads only when used.
 */
export async function emit<T>(ctx: RunContext, result: T, format: Format, renderers: Renderers<T> | LazyRenderer<T>): Promise<void> {
  flushNotes(ctx);
  const r = typeof renderers === "function" ? { table: renderers } : renderers;
  // the one boundary every result passes to be shown: text the program did not write (role files, imported
  // data, a data set imported before text was made safe) loses its control and hidden characters here
  if (format === "table") {
    const [renderer, style] = await Promise.all([r.table(), ctx.style()]);
    return printPaged(ctx, safeOutput(renderer(safeStrings(result), style), style.color));
  }
  ctx.io.stdout(await formatResult(format === "json" || format === "jsonl" ? result : safeStrings(result), format, r));
}

async function formatResult<T>(result: T, format: Exclude<Format, "table">, r: Renderers<T>): Promise<string> {
  // JSON keeps every value as it is, with the characters JSON.stringify leaves raw written as escapes
  if (format === "json") return escapeUnsafeJson(JSON.stringify(document(result), null, 2)) + "\n";
  if (format === "yaml") return (await import("../render/formats/yaml.js")).toYaml(r.yamlFile ? result : document(result));
  if (format === "jsonl") {
    const rows = (result as { results?: unknown }).results;
    if (!Array.isArray(rows))
      throw usageError("--format jsonl prints a listing, one result a line; this prints one object", "Give --format json.");
    return rows.map((row) => escapeUnsafeJson(JSON.stringify(row)) + "\n").join("");
  }
  if (format === "markdown" && r.markdown) return (await r.markdown())(result);
  // a result with no sheet of its own: a row per value (section, key, value)
  const sheet = r.sheet ?? (() => import("../render/flatten-results.js").then((m) => m.objectSheet as (result: T) => Sheet));
  const flat = (await sheet())(result);
  return format === "csv"
    ? (await import("../render/formats/csv.js")).toCsv(flat)
    : (await import("../render/formats/markdown.js")).toMarkdown(flat);
}

const IMPORT_OCCUPATIONS = "Import the O*NET database and BLS releases first: careers import --help.";

/** The imported occupations a command needs: none imported is "not found", saying what could not be done and how to import them. */
export async function importedOccupations(ctx: RunContext, message: string, hint = IMPORT_OCCUPATIONS): Promise<Dataset> {
  const dataset = await ctx.catalog.occupations();
  if (!dataset) throw notFoundError(message, hint);
  return dataset;
}

/** Human output, through the pager when it is taller than the terminal (see pager.ts). */
export async function printPaged(ctx: RunContext, text: string): Promise<void> {
  const pager = choosePager({ text, isTTY: ctx.io.stdoutIsTTY, rows: ctx.io.rows, env: ctx.io.env, enabled: ctx.pager });
  if (pager && (await ctx.io.page(pager, text))) return;
  ctx.io.stdout(text);
}

/** Notes and warnings gathered by the catalog go to stderr. */
export function flushNotes(ctx: RunContext): void {
  for (const note of ctx.catalog.notes.splice(0)) ctx.io.stderr(safeText(note, { shown: true }) + "\n");
}

export function reportProblems(ctx: RunContext, problems: readonly Diagnostic[]): void {
  for (const p of problems) ctx.io.stderr(formatDiagnostic(p) + "\n");
}

/**
 * After the output, print the problems in the user's role files, and fail (exit 1) when any is an error:
 * the output was made without those files, which `without` says, e.g. "the other roles are listed".
 */
export function failOnProblems(ctx: RunContext, problems: readonly Diagnostic[], without: string): void {
  const errors = problems.filter((p) => p.severity === "error");
  const message = `${errors.length} role file problem${errors.length > 1 ? "s" : ""}; ${without}`;
  // as data, the problems are the error's (stderr holds the error document alone)
  if (ctx.errorsAsData && errors.length > 0) throw dataError(message, errors);
  reportProblems(ctx, problems);
  if (errors.length > 0) throw dataError(message);
}

/** How a failure prints: as data in the format the output was asked in (json, yaml), else as text. */
export type ErrorFormat = "json" | "yaml" | "text";

/** The format of a command's parsed options: json with --json or --format json, yaml with --format yaml. */
function errorFormat(cmd: Command): ErrorFormat {
  const o = cmd.opts<{ json?: boolean; format?: string }>();
  return o.json || o.format === "json" ? "json" : o.format === "yaml" ? "yaml" : "text";
}

/** An error as a document (schema/error.ts) in JSON or YAML, for stderr: with the output's schemaVersion, as every document. */
export async function errorDocument(error: ErrorData, format: "json" | "yaml"): Promise<string> {
  const doc = document({ error });
  return format === "json"
    ? escapeUnsafeJson(JSON.stringify(doc, null, 2)) + "\n"
    : (await import("../render/formats/yaml.js")).toYaml(safeStrings(doc));
}
