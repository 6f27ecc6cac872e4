/** `--format markdown`: a heading and a GitHub table, `|` escaped and line breaks as <br>, to paste into notes. */
import { cellText, type Sheet } from "../flat.js";

export function markdownCell(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, "<br>");
}

const line = (cells: string[]) => `| ${cells.join(" | ")} |`;

export function toMarkdown(sheet: Sheet): string {
  const rows = sheet.rows.map((r) => line(r.map((c) => markdownCell(cellText(c)))));
  const rule = line(sheet.head.map(() => "---"));
  const notes = (sheet.notes ?? [])
    .filter((n) => n.items.length > 0)
    .map(
      (n) => `\n${n.heading.replace(/^[*#>+-]/, (c) => `\\${c}`)}\n\n${n.items.map((i) => `- ${i.replace(/\r?\n/g, " ")}`).join("\n")}\n`,
    );
  return `## ${sheet.title}\n\n${[line(sheet.head.map(markdownCell)), rule, ...rows].join("\n")}\n${notes.join("")}`;
}
