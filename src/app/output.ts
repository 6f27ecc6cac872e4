/**
 * Output formats: `--format table|json|yaml|markdown|csv` (with `--json` the short form of
 * `--format json`) on the commands whose results have a flat shape (see render/sheets.ts).
 */
import { type Command, Option } from "commander";
import { usageError } from "../errors.js";

export const FORMATS = ["table", "json", "yaml", "markdown", "csv"] as const;
/** A listing's formats: those, and jsonl (one result a line). */
export const LISTING_FORMATS = [...FORMATS, "jsonl"] as const;
export type Format = (typeof LISTING_FORMATS)[number];

export interface FormatOptions {
  format?: Format;
  json?: boolean;
}

/** Add `--format <name>` and `--json` to a command; a listing (`{ results }`) takes jsonl too. */
export function withFormats(cmd: Command, json: string, listing = false): Command {
  return cmd
    .addOption(new Option("-f, --format <name>", "output format").choices(listing ? LISTING_FORMATS : FORMATS).default(undefined))
    .option("--json", `${json} (short for --format json)`);
}

export function resolveFormat(opts: FormatOptions): Format {
  if (opts.json && opts.format !== undefined && opts.format !== "json") {
    throw usageError(`--json and --format ${opts.format} ask for two formats`, "Give one: --json is short for --format json.");
  }
  return opts.json ? "json" : (opts.format ?? "table");
}

/**
 * A command's handler, imported when the command runs: `careers --help` and `--version` then load only
 * the command definitions, not the code behind them.
 */
export const lazyAction =
  <A extends unknown[]>(load: () => Promise<{ run: (...args: A) => unknown }>) =>
  async (...args: A): Promise<void> => {
    await (await load()).run(...args);
  };
