/**
 * Read a skills checklist (schema/skills-checklist.ts; `-` for stdin) into its entries, each with its line.
 * Reading is the answers files' (a regular file, at most 512 KiB, UTF-8); parsing is pure. A line that is
 * not a comment, an item or a blank is a data error at its file and line.
 */
import { dataError } from "../errors.js";
import { type ChecklistEntry, type ChecklistMark, checklistSchema } from "../schema/skills-checklist.js";
import { readText, type StdinReader } from "./answers.js";

const URI = /^https?:\/\/\S+$/;
/** an optional bullet, an optional box, then the rest: the item and an optional comment after whitespace and # */
const LINE = /^(?:[-*+]\s+)?(?:\[(.?)\]\s*)?(.*)$/;
const COMMENT = /^(.*?)(?:(?:^|\s+)#\s*(.*))?$/;
const MARKS: Record<string, ChecklistMark> = { x: "had", X: "had", "~": "learning", " ": "not", "": "not" };

/** The entries of a checklist's text; `file` names it in errors. Pure. */
export function parseChecklist(file: string, text: string): ChecklistEntry[] {
  const entries: ChecklistEntry[] = [];
  const problems: string[] = [];
  const at: number[] = [];
  text.split(/\r?\n/).forEach((raw, n) => {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) return;
    const [, box, rest = ""] = LINE.exec(line)!;
    const [, item = "", comment = ""] = COMMENT.exec(rest)!;
    const mark = box === undefined ? "had" : MARKS[box];
    const said = item.trim();
    const commentUri = comment.split(/\s+/)[0] ?? "";
    const uri = URI.test(said) ? said : URI.test(commentUri) ? commentUri : null;
    const label = URI.test(said) || said === "" ? null : said;
    if (mark === undefined) {
      problems.push(`the box [${box}] is none of [x] (had), [~] (learning) and [ ] (not had)`);
      at.push(n + 1);
    } else if (label === null && uri === null) {
      problems.push("names no item: give its label or its URI");
      at.push(n + 1);
    } else entries.push({ line: n + 1, mark, label, uri });
  });
  if (problems.length > 0)
    throw dataError(
      `${file}: ${problems.length} line${problems.length > 1 ? "s" : ""} not understood`,
      problems.map((message, k) => ({ file, line: at[k]!, col: 1, path: "", message, severity: "error" as const })),
    );
  const checked = checklistSchema.safeParse(entries);
  if (!checked.success)
    throw dataError(
      `${file}: a line not understood`,
      checked.error.issues.map((i) => ({
        file,
        line: entries[Number(i.path[0])]?.line ?? 0,
        col: 1,
        path: "",
        message: i.message,
        severity: "error" as const,
      })),
    );
  return checked.data;
}

/** The checklist at `source` (`-`: stdin), read and parsed. */
export async function readChecklist(source: string, readStdin?: StdinReader): Promise<{ file: string; entries: ChecklistEntry[] }> {
  const { file, text } = await readText(source, readStdin);
  return { file, entries: parseChecklist(file, text) };
}
