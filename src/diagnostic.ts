import { UNSAFE_CHARS } from "./schema/control-chars.js";

/** A problem found in a role file, as data: rendered as `file:line:col: message`. */
export interface Diagnostic {
  file: string;
  /** 1-based; 0 when the problem is not tied to a place in the file */
  line: number;
  col: number;
  /** dotted path of the key inside the role, e.g. keyFacts.medianSalary.amount */
  path: string;
  message: string;
  suggestion?: string;
  severity: "error" | "warning";
}

export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line > 0 ? `${d.file}:${d.line}:${d.col}` : d.file;
  const label = d.severity === "warning" ? "warning: " : "";
  const at = d.path ? `${d.path}: ` : "";
  const hint = d.suggestion ? ` (did you mean "${d.suggestion}"?)` : "";
  return visible(`${where}: ${label}${at}${d.message}${hint}`);
}

/**
 * Text from files and folders as it can be shown safely: each control or hidden character (schema/control-chars.ts)
 * becomes an escape such as \u001b, so a hostile file name cannot recolour the terminal, retitle its window or
 * reorder what is read.
 */
export const visible = (text: string): string => text.replace(UNSAFE_CHARS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);

/** ["ladder", "levels", 2, "role"] -> "ladder.levels[2].role" */
export const dotted = (path: readonly PropertyKey[]): string =>
  path.map((p, i) => (typeof p === "number" ? `[${p}]` : `${i ? "." : ""}${String(p)}`)).join("");

/** Problems in file order: by file, then line and column. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.col - b.col;
}
