/**
 * The `careers` program: wires the commands and holds the one top-level catch that maps errors to
 * exit codes. Exit codes: 0 ok, 1 data or runtime error, 2 usage error (bad arguments, unknown role),
 * 130 cancelled, 143 an import stopped by SIGTERM. `run(args, io)` runs it against any io (tests run it in-process); `main` against the
 * process's.
 */
import { Command, CommanderError, Option } from "commander";
import { bindIo, type ErrorFormat, errorDocument, type Io, processIo } from "./app/context.js";
import { assessCommand } from "./commands/assess.js";
import { compareCommand } from "./commands/compare.js";
import { completionCommand } from "./commands/completion.js";
import { helpCommand } from "./commands/help.js";
import { importCommand } from "./commands/import.js";
import { interestsCommand } from "./commands/interests.js";
import { listCommand } from "./commands/list.js";
import { matchCommand } from "./commands/match.js";
import { newCommand } from "./commands/new.js";
import { pathCommand } from "./commands/path.js";
import { schemaCommand } from "./commands/schema.js";
import { searchCommand } from "./commands/search.js";
import { showCommand } from "./commands/show.js";
import { validateCommand } from "./commands/validate.js";
import { wagesCommand } from "./commands/wages.js";
import { formatDiagnostic, visible } from "./diagnostic.js";
import { CareersError, EXIT, errorData, usageError } from "./errors.js";

declare const __CAREERS_VERSION__: string;

/** The program, its output going to `io`. A new one for every run: commander keeps parsed values on it. */
export function buildProgram(io: Io = processIo(), errors: ErrorFormat = "text"): Command {
  const program = new Command("careers")
    .description("Explore careers: role facts, salaries, career ladders and a readiness check.")
    .version(typeof __CAREERS_VERSION__ === "string" ? __CAREERS_VERSION__ : "0.0.0", "-V, --version", "print the version")
    .option("--no-color", "no colour in the output (also: NO_COLOR=1, or pipe the output)")
    .option("--no-pager", "never page long output (also: CAREERS_PAGER=); paging is through $PAGER, else less -R")
    .addOption(
      new Option("--data-dir <dir>", "add a folder of role files (repeatable; default: $CAREERS_DATA_DIR)").argParser(
        (value: string, previous: string[] | undefined) => [...(previous ?? []), value],
      ),
    )
    .showSuggestionAfterError(true)
    .showHelpAfterError("(run with --help for usage)")
    .addHelpText(
      "after",
      `
Examples:
  $ careers list
  $ careers show clerk
  $ careers show representative --section skills tools --json
  $ careers compare clerk representative
  $ careers path clerk --format markdown >> career-plan.md
  $ careers assess clerk --answers answers.yaml
  $ careers help compare
  $ source <(careers completion bash)

Output: --format table|json|yaml|markdown|csv on every command that lists or shows (jsonl on
listings: list, search, match, assess --history). Long output pages
through $PAGER (less -R) in a terminal; --no-pager or CAREERS_PAGER= turns that off.

Exit codes: 0 ok, 1 data or runtime error, 2 usage error (bad arguments, unknown role), 130 cancelled.`,
    );
  for (const cmd of [
    listCommand,
    showCommand,
    compareCommand,
    pathCommand,
    assessCommand,
    validateCommand,
    newCommand,
    schemaCommand,
    completionCommand,
    importCommand,
    searchCommand,
    wagesCommand,
    matchCommand,
    interestsCommand,
  ]) {
    program.addCommand(cmd());
  }
  program.helpCommand(false).addCommand(helpCommand(program));
  for (const cmd of program.commands) cmd.showHelpAfterError("(run with --help for usage)");
  // commander's own messages ("error: unknown option ...") speak as careers, like every other error
  // where a failure prints as data, commander's own lines are left out: the error document says it
  const output = {
    writeOut: io.stdout,
    writeErr: errors === "text" ? io.stderr : () => {},
    getOutHelpWidth: () => io.columns ?? 80,
    getErrHelpWidth: () => io.columns ?? 80,
    getOutHasColors: () => false,
    getErrHasColors: () => false,
    outputError: (text: string, write: (t: string) => void) => write(text.replace(/^error: /, "careers: ")),
  };
  for (const cmd of [program, ...program.commands]) cmd.exitOverride().configureOutput(output);
  bindIo(program, io);
  return program;
}

/**
 * The format a failure prints in, read from the arguments as typed (commander's usage errors come before
 * any option is parsed): data with `--json` or `--format json|yaml` (`-f`, `--format=`), else text.
 */
export function errorFormat(args: readonly string[]): ErrorFormat {
  let format: ErrorFormat = "text";
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "--") break;
    if (a === "--json") return "json";
    const value = a === "--format" || a === "-f" ? args[i + 1] : /^(?:--format=|-f=?)(.+)$/.exec(a)?.[1];
    if (value === "json" || value === "yaml") format = value;
  }
  return format;
}

/** commander's usage error as the program's: its message, and its suggestion ("(Did you mean --sort?)") as the hint. */
function commanderUsage(err: CommanderError): CareersError {
  // `careers` alone: commander prints the help (left out here) and ends with an error
  if (err.code === "commander.help") return usageError("no command given", "Run careers --help for the commands.");
  const [message = "", ...rest] = err.message.replace(/^error: /, "").split("\n");
  const hint = rest
    .join(" ")
    .trim()
    .replace(/^\((.*)\)$/, "$1");
  return usageError(message, hint || "Run careers --help, or careers <command> --help, for usage.");
}

/** Print a failure on stderr, as data (`errors`: json, yaml) or as lines of text; resolves to the exit code. */
export async function reportError(err: unknown, io: Io, errors: ErrorFormat): Promise<number> {
  // --help and --version end through commander's exit too, with 0: nothing failed
  if (err instanceof CommanderError && err.exitCode === 0) return EXIT.ok;
  if (errors !== "text") {
    const error = err instanceof CommanderError ? commanderUsage(err) : err;
    const exitCode = error instanceof CareersError ? error.exitCode : EXIT.data;
    io.stderr(await errorDocument(errorData(error, exitCode), errors));
    return exitCode;
  }
  return report(err, io);
}

function report(err: unknown, io: Io): number {
  const write = (s: string) => io.stderr(visible(s) + "\n");
  if (err instanceof CommanderError) {
    // commander has printed its own message already
    return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
  }
  if (err instanceof CareersError) {
    if (err.kind === "cancelled" || err.kind === "terminated") {
      write(err.message);
      return err.exitCode;
    }
    write(`careers: ${err.message}`);
    for (const d of err.diagnostics) write(formatDiagnostic(d));
    if (err.hint) write(err.hint);
    return err.exitCode;
  }
  const e = err as Error;
  write(`careers: internal error: ${e?.message ?? String(err)}`);
  if (io.env.CAREERS_DEBUG) write(e?.stack ?? "");
  return EXIT.data;
}

/** Run the program on the arguments after `careers` (`["show", "clerk"]`); resolves to the exit code. */
export async function run(args: readonly string[], io: Io): Promise<number> {
  const errors = errorFormat(args);
  try {
    await buildProgram(io, errors).parseAsync([...args], { from: "user" });
    return EXIT.ok;
  } catch (err) {
    return reportError(err, io, errors);
  }
}

/** The `careers` binary: the process's arguments and io; the exit code is set, never forced. */
export async function main(argv: readonly string[] = process.argv): Promise<void> {
  // a failed write of the output (the reader gone, a full disk) is app/std-streams.ts's outputFailed
  process.exitCode = await run(argv.slice(2), processIo());
}
