/**
 * Shared rules for interactive prompts: they run only on a real terminal, and Ctrl-C is a typed
 * "cancelled" error (exit 130), never a stack trace. Prompt modules are imported lazily by the
 * commands that need them, so inquirer costs nothing elsewhere.
 */
import { cancelledError, usageError } from "../errors.js";

export interface TerminalIo {
  stdinIsTTY: boolean;
  stdoutIsTTY: boolean;
}

/** Refuse at once, naming the scriptable alternative, when stdin or stdout is not a terminal. */
export function requireTerminal(io: TerminalIo, what: string, alternative: string): void {
  if (!io.stdinIsTTY || !io.stdoutIsTTY) {
    throw usageError(`${what} needs a terminal (stdin and stdout must be a TTY)`, alternative);
  }
}

/** inquirer rejects with ExitPromptError on Ctrl-C (and AbortPromptError when aborted). */
export function isPromptExit(err: unknown): boolean {
  const name = (err as Error | undefined)?.name;
  return name === "ExitPromptError" || name === "AbortPromptError";
}

/** Await a prompt, turning Ctrl-C into the typed cancelled error. */
export async function ask<T>(prompt: Promise<T>): Promise<T> {
  try {
    return await prompt;
  } catch (err) {
    if (isPromptExit(err)) throw cancelledError();
    throw err;
  }
}
