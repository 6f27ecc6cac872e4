/** `careers validate`: every problem as `file:line:col: message`, then a count. */
import type { z } from "zod";
import { formatDiagnostic } from "../diagnostic.js";
import type { validateOutput } from "../schema/outputs-import.js";
import type { Style } from "./style.js";

/** Every role file checked and every problem found: the type of the schema of validate's output (schema/outputs-import.ts). */
export type ValidateResult = z.output<typeof validateOutput>;

const plural = (n: number, word: string) => `${n === 0 ? "no" : n} ${word}${n === 1 ? "" : "s"}`;

export function renderValidate(result: ValidateResult, style: Style): string {
  const lines = result.problems.map((p) => {
    const line = formatDiagnostic(p);
    return p.severity === "error" ? style.c.red(line) : style.c.yellow(line);
  });
  const checked = `Checked ${result.files.length} role file${result.files.length === 1 ? "" : "s"}`;
  const verdict = result.valid
    ? result.warnings === 0
      ? "all valid."
      : `valid, with ${plural(result.warnings, "warning")}.`
    : `${plural(result.errors, "error")}, ${plural(result.warnings, "warning")}.`;
  lines.push((result.valid ? style.c.green : style.c.red)(`${checked}: ${verdict}`));
  return lines.join("\n") + "\n";
}
