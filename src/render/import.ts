/** `careers import`: the summary of an import, the data set installed (--status), a removal. Pure. */
import type { z } from "zod";
import type { JoinCounts, Manifest, Skipped, SourceChange, SourceChanges } from "../schema/occupation.js";
import type { importOutput } from "../schema/outputs-import.js";
import { bullets, joinBlocks, paragraph } from "./blocks.js";
import { DASH, formatNumber } from "./format.js";
import type { Style } from "./style.js";
import { renderTable } from "./table.js";

/** What an import, --status, --verify or --remove gives: the type of the schema of import's output (schema/outputs-import.ts). */
export type ImportSummary = z.infer<typeof importOutput>;

/** "Skills.txt: 12 rows skipped: <reason> (Skills.txt:4, ... and 2 more)": the rows named, and how many are not. */
export function skippedLine(k: Skipped, count: (n: number) => string = formatNumber): string {
  const named = k.examples ?? [];
  const more = k.rows - named.length;
  const list = named.length ? ` (${named.join(", ")}${more > 0 ? ` and ${count(more)} more` : ""})` : "";
  return `${k.file}: ${count(k.rows)} row${k.rows === 1 ? "" : "s"} skipped: ${k.reason}${list}`;
}

const megabytes = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(1)} MB`;

/** "831 by their own code, 12 through a broad group, ..." */
export function joinLine(what: string, counts: JoinCounts | null, total: number): string {
  if (!counts) return `${what}: none (no workbook given)`;
  const parts = [
    counts.detailed && `${formatNumber(counts.detailed)} by their own SOC code`,
    counts.part && `${formatNumber(counts.part)} from the SOC occupation they belong to`,
    counts.combined && `${formatNumber(counts.combined)} through a code BLS combines`,
    counts.broad && `${formatNumber(counts.broad)} through a broad group`,
    counts.none && `${formatNumber(counts.none)} without (BLS publishes none)`,
  ].filter(Boolean);
  return `${what} for ${formatNumber(total - counts.none)} of ${formatNumber(total)} occupations: ${parts.join(", ")}.`;
}

/** "4,023 (1,016 O*NET, 3,007 ESCO)", or "1,016" without ESCO */
const occupationCount = (m: Manifest): string =>
  m.escoOccupations
    ? `${formatNumber(m.occupations)} (${formatNumber(m.occupations - m.escoOccupations)} O*NET, ${formatNumber(m.escoOccupations)} ESCO)`
    : formatNumber(m.occupations);

const named = (c: SourceChange) => `${c.name} ${c.version} (${c.input})`;

/** What an import added, replaced and kept of the data set before it. */
export function changeLines(c: SourceChanges): string[] {
  return [
    ...c.added.map((a) => `Added: ${named(a)}`),
    ...c.replaced.map((r) => `Replaced: ${named(r)}${r.note ? `, ${r.note}` : ""}${r.by ? ` by ${r.by.version} (${r.by.input})` : ""}`),
    ...c.kept.map((k) => `Kept from the data set before: ${named(k)}${k.note ? `, ${k.note}` : ""}`),
    ...(c.unreadable ? [`The data set before could not be read, so nothing was kept from it: ${c.unreadable}`] : []),
  ];
}

export function renderManifest(m: Manifest, style: Style): string {
  const table = renderTable(style, {
    head: ["Source", "Version", "Date", "Rows"],
    rows: m.sources.map((s) => [
      `${s.name}\n${style.c.dim(s.keptFrom ? `${s.input} (imported ${s.keptFrom.slice(0, 10)}, kept since)` : s.input)}`,
      s.version,
      s.date ?? (s.stated ? `${s.stated.text}\n${style.c.dim(`(${s.stated.where})`)}` : DASH),
      formatNumber(s.rows),
    ]),
    align: ["left", "left", "left", "right"],
  });
  const skipped = m.sources.flatMap((s) => s.skipped.map((k) => skippedLine(k)));
  return joinBlocks([
    table,
    paragraph(style, joinLine("Wages", m.join.wages, m.occupations - (m.escoOccupations ?? 0))),
    paragraph(style, joinLine("Outlook", m.join.outlook, m.occupations - (m.escoOccupations ?? 0))),
    skipped.length > 0 && `${style.c.bold("Skipped")}\n${bullets(style, skipped)}`,
    m.unavailable.length > 0 && `${style.c.bold("Unavailable")}\n${bullets(style, m.unavailable)}`,
    style.c.dim(m.attribution.map((a) => paragraph(style, a)).join("\n")),
  ]);
}

export function renderImport(s: ImportSummary, style: Style): string {
  switch (s.action) {
    case "import":
      return (
        joinBlocks([
          paragraph(style, `Imported ${occupationCount(s.manifest)} occupations in ${s.seconds} s into ${s.dir} (${megabytes(s.bytes)}).`),
          s.ignored.length > 0 && `${style.c.bold("Not recognised, not imported")}\n${bullets(style, s.ignored)}`,
          s.manifest.changes && `${style.c.bold("Sources")}\n${bullets(style, changeLines(s.manifest.changes))}`,
          renderManifest(s.manifest, style),
          paragraph(style, "Try: careers search <words>, careers list --sort median --limit 20, careers show <id or code>."),
        ]) + "\n"
      );
    case "status":
      if (!s.installed)
        return "No occupations data set is installed. Import one: careers import db_29_3_text.zip occupation.xlsx national_M2024_dl.xlsx\n";
      return (
        joinBlocks([
          paragraph(
            style,
            `${occupationCount(s.manifest)} occupations, imported ${s.manifest.created.slice(0, 10)}, in ${s.dir} (${megabytes(s.bytes)}).`,
          ),
          renderManifest(s.manifest, style),
        ]) + "\n"
      );
    case "remove":
      return s.removed ? `Removed the occupations data set (${s.dir}).\n` : "No occupations data set was installed; nothing removed.\n";
    case "verify": {
      const table = renderTable(style, {
        head: ["File", "Size", "State"],
        rows: s.files.map((f) => [f.file, formatNumber(f.bytes), f.ok ? "ok" : `damaged: ${f.problem ?? ""}`]),
        align: ["left", "right", "left"],
      });
      const bad = s.files.filter((f) => !f.ok).length;
      return (
        joinBlocks([
          paragraph(
            style,
            bad === 0
              ? `The data set in ${s.dir} is whole: ${s.files.length} files match their checksums.`
              : `The data set in ${s.dir} is damaged: ${bad} of ${s.files.length} files do not match what was written.`,
          ),
          table,
        ]) + "\n"
      );
    }
  }
}
