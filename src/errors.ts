/**
 * Errors are values with a kind; the one top-level catch in cli.ts maps the kind to an exit code.
 * Nothing below the command layer prints or exits.
 */
import type { Diagnostic } from "./diagnostic.js";

export const EXIT = {
  ok: 0,
  /** runtime or data error: a role file is broken, a file cannot be written */
  data: 1,
  /** usage error: bad arguments, unknown role or option */
  usage: 2,
  /** the user pressed Ctrl-C */
  cancelled: 130,
  /** stopped by SIGTERM (an import: before its new data set became current) */
  terminated: 143,
} as const;

export type ErrorKind = "usage" | "not-found" | "invalid-data" | "io" | "cancelled" | "terminated";

/**
 * A failure as data, as `--json` prints it on stderr: the shape of `careers schema error` (schema/error.ts,
 * which tests/unit/output-types.test.ts holds this to, both ways).
 */
export interface ErrorData {
  kind: ErrorKind | "internal";
  message: string;
  hint: string | null;
  exitCode: number;
  file?: string;
  line?: number;
  col?: number;
  problems?: Diagnostic[];
}

export class CareersError extends Error {
  constructor(
    readonly kind: ErrorKind,
    message: string,
    readonly diagnostics: readonly Diagnostic[] = [],
    readonly hint?: string,
  ) {
    super(message);
    this.name = "CareersError";
  }

  get exitCode(): number {
    switch (this.kind) {
      case "usage":
      case "not-found":
        return EXIT.usage;
      case "cancelled":
        return EXIT.cancelled;
      case "terminated":
        return EXIT.terminated;
      default:
        return EXIT.data;
    }
  }
}

export const usageError = (message: string, hint?: string) => new CareersError("usage", message, [], hint);
export const notFoundError = (message: string, hint?: string) => new CareersError("not-found", message, [], hint);
export const dataError = (message: string, diagnostics: readonly Diagnostic[] = []) =>
  new CareersError("invalid-data", message, diagnostics);
export const ioError = (message: string) => new CareersError("io", message);
export const cancelledError = () => new CareersError("cancelled", "Cancelled");
export const terminatedError = () => new CareersError("terminated", "Terminated");

/** How a failure prints under `--json` or `--format json|yaml`: as data (schema/error.ts), the exit code with it. */
export function errorData(err: unknown, exitCode: number): ErrorData {
  if (err instanceof CareersError) {
    const [first] = err.diagnostics;
    return {
      kind: err.kind,
      message: err.message,
      hint: err.hint ?? null,
      exitCode,
      ...(first ? { file: first.file, line: first.line, col: first.col, problems: [...err.diagnostics] } : {}),
    };
  }
  return {
    kind: "internal",
    message: `internal error: ${(err as Error)?.message ?? String(err)}`,
    hint: "Set CAREERS_DEBUG=1 to see where it happened.",
    exitCode,
  };
}
