/** Readers for what `--format csv` and `--format markdown` print, written from the specs, not the code. */

/** RFC 4180: records end in CRLF; a quoted field may hold commas, CRLF and "" for a quote. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), (i += 2);
      else if (c === '"') (quoted = false), i++;
      else (field += c), i++;
    } else if (c === '"' && field === "") (quoted = true), i++;
    else if (c === '"') throw new Error(`bare quote in an unquoted field at ${i}`);
    else if (c === ",") record.push(field), (field = ""), i++;
    else if (c === "\r" && text[i + 1] === "\n") record.push(field), records.push(record), (record = []), (field = ""), (i += 2);
    else if (c === "\n" || c === "\r") throw new Error(`line break outside quotes without CRLF at ${i}`);
    else (field += c), i++;
  }
  if (quoted) throw new Error("unclosed quote");
  if (field !== "" || record.length > 0) throw new Error("last record does not end in CRLF");
  return records;
}

/** The rows of the GitHub table in `text` (header first, the --- rule checked and dropped); `\|` is a pipe. */
export function parseMarkdownTable(text: string): string[][] {
  const lines = text.split("\n").filter((l) => l.startsWith("|"));
  const rows = lines.map((line) => {
    if (!line.endsWith(" |")) throw new Error(`row does not end with a pipe: ${line}`);
    const cells: string[] = [];
    let cell = "";
    for (let i = 1; i < line.length; i++) {
      const c = line[i]!;
      if (c === "\\" && i + 1 < line.length) cell += line[++i];
      else if (c === "|") cells.push(cell.trim()), (cell = "");
      else cell += c;
    }
    return cells.map((c) => c.replace(/<br>/g, "\n"));
  });
  const [head, rule, ...body] = rows;
  if (!head || !rule?.every((c) => /^:?-{3,}:?$/.test(c)) || rule.length !== head.length) throw new Error("no header rule");
  for (const r of body) if (r.length !== head.length) throw new Error(`row has ${r.length} cells, header ${head.length}`);
  return [head, ...body];
}
