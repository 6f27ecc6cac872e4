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
