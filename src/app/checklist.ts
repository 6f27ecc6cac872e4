/**
 * A skills checklist (`match --skills`, `assess <ESCO occupation> --answers`) read for a command: its
 * entries with the name errors give it, and the error of its lines that name no item of the data set.
 */
import type { ChecklistProblem } from "../core/item-match.js";
import { CareersError } from "../errors.js";
import { readChecklist } from "../loader/skills-file.js";
import type { ChecklistEntry } from "../schema/skills-checklist.js";
import type { RunContext } from "./context.js";

/** The checklist `source` names (`-`: stdin), read and parsed; `file` is how errors and results name it. */
export async function readItemChecklist(ctx: RunContext, source: string): Promise<{ file: string; entries: ChecklistEntry[] }> {
  const { entries } = await readChecklist(source === "-" ? "-" : ctx.path(source), ctx.io.stdin);
  return { file: source === "-" ? "<stdin>" : source, entries };
}

/** Not found (exit 2): each line that names no item, at its file and line, with the closest label. */
export function checklistNotFound(file: string, problems: readonly ChecklistProblem[], hint: string): CareersError {
  const n = problems.length;
  return new CareersError(
    "not-found",
    `${file}: ${n} item${n > 1 ? "s" : ""} not found among ESCO's skills and knowledge`,
    problems.map((p) => ({ file, line: p.line, col: 1, path: "", message: p.message, suggestion: p.suggestion, severity: "error" })),
    hint,
  );
}
