/**
 * Output formats: `--format table|json|yaml|markdown|csv` (with `--json` the short form of
 * `--format json`, and `jsonl` for listings) on every command that lists or shows; `emit`
 * (app/context.ts) prints a result in each of them.
 */
import { type Command, Option } from "commander";
import { usageError } from "../errors.js";
import { didYouMean } from "../text/suggest.js";

export const FORMATS = ["table", "json", "yaml", "markdown", "csv"] as const;
/** A listing's formats: those, and jsonl (one result a line). */
export const LISTING_FORMATS = [...FORMATS, "jsonl"] as const;
export type Format = (typeof LISTING_FORMATS)[number];

export interface FormatOptions {
  format?: Format;
  json?: boolean;
}

/** A format's name as typed, checked: an unknown one is a usage error naming the formats, with a suggestion for a typo. */
export function checkFormat(typed: string, formats: readonly string[]): Format {
  if (formats.includes(typed)) return typed as Format;
  throw usageError(
    `unknown format ${JSON.stringify(typed)}: --format takes ${formats.join(", ")}`,
    didYouMean(typed, formats) || `Such as: --format ${formats.includes("csv") ? "csv" : formats[0]}.`,
  );
}

/** Add `--format <name>` and `--json` to a command; a listing (`{ results }`) takes jsonl too. */
export function withFormats(cmd: Command, json: string, listing = false): Command {
  const formats = listing ? LISTING_FORMATS : FORMATS;
  return cmd
    .addOption(
      new Option("-f, --format <name>", "output format")
        .choices(formats)
        // checked here rather than by commander, for the message and the suggestion
        .argParser((typed: string) => checkFormat(typed, formats))
        .default(undefined),
    )
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
