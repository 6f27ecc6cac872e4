/**
 * Reading the real releases in tests, independently of the code under test: zip entries through
 * node:zlib (not fflate), tab-separated files by splitting lines, xlsx sheets through a few regular
 * expressions of their own. Only what the fidelity tests need; no checks beyond them.
 */
import { readFileSync } from "node:fs";
import { inflateRawSync } from "node:zlib";

/** Every entry of a zip, by name, inflated. */
export function unzip(path: string): Map<string, Buffer> {
  const z = readFileSync(path);
  let end = z.length - 22;
  while (z.readUInt32LE(end) !== 0x06054b50) end--;
  const count = z.readUInt16LE(end + 10);
  let at = z.readUInt32LE(end + 16);
  const out = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    const method = z.readUInt16LE(at + 10);
    const size = z.readUInt32LE(at + 20);
    const nameLength = z.readUInt16LE(at + 28);
    const extra = z.readUInt16LE(at + 30);
    const comment = z.readUInt16LE(at + 32);
    const local = z.readUInt32LE(at + 42);
    const name = z.subarray(at + 46, at + 46 + nameLength).toString("utf8");
    const data = local + 30 + z.readUInt16LE(local + 26) + z.readUInt16LE(local + 28);
    const raw = z.subarray(data, data + size);
    out.set(name, method === 0 ? Buffer.from(raw) : inflateRawSync(raw));
    at += 46 + nameLength + extra + comment;
  }
  return out;
}

/** A tab-separated file as objects keyed by its header. */
export function tsv(text: string): Record<string, string>[] {
  const [head, ...lines] = text.split(/\r?\n/).filter((l) => l !== "");
  const names = head!.split("\t");
  return lines.map((l) => Object.fromEntries(l.split("\t").map((v, i) => [names[i]!, v])));
}

const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n)))
    .replace(/&amp;/g, "&");

/** A sheet of an xlsx file as rows of cells by column letter ("A", "B", ...), with the row number. */
export function sheet(path: string, name: string): { row: number; cells: Record<string, string> }[] {
  const files = unzip(path);
  const text = (n: string) => files.get(n)?.toString("utf8") ?? "";
  const rid = new RegExp(`<sheet [^>]*name="${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"[^>]*r:id="([^"]+)"`).exec(
    text("xl/workbook.xml"),
  )![1];
  const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${rid}"`).exec(text("xl/_rels/workbook.xml.rels"))!;
  const part = "xl/" + (target[1] ?? target[2])!.replace(/^\/?xl\//, "");
  const strings = [...text("xl/sharedStrings.xml").matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
    unescapeXml([...m[1]!.replace(/<rPh[\s\S]*?<\/rPh>/g, "").matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join("")),
  );
  return [...text(part).matchAll(/<row [^>]*r="(\d+)"[^>]*>([\s\S]*?)<\/row>/g)].map((r) => {
    const cells: Record<string, string> = {};
    for (const c of r[2]!.matchAll(/<c r="([A-Z]+)\d+"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const inline = /t="inlineStr"/.test(c[2]!) ? /<t[^>]*>([\s\S]*?)<\/t>/.exec(c[3] ?? "")?.[1] : undefined;
      if (inline !== undefined) {
        cells[c[1]!] = unescapeXml(inline);
        continue;
      }
      const v = /<v>([\s\S]*?)<\/v>/.exec(c[3] ?? "")?.[1];
      if (v === undefined) continue;
      cells[c[1]!] = /t="s"/.test(c[2]!) ? strings[Number(v)]! : unescapeXml(v);
    }
    return { row: Number(r[1]), cells };
  });
}
