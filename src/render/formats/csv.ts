/** `--format csv`: RFC 4180: comma-separated, CRLF line ends, a field with a comma, quote or line break quoted. */
import { cellText, type Sheet } from "../flat.js";

export function csvField(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

export function toCsv(sheet: Sheet): string {
  return [sheet.head, ...sheet.rows].map((row) => row.map((c) => csvField(cellText(c))).join(",") + "\r\n").join("");
}
