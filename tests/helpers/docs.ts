/**
 * Reading the README and docs/ the way the drift tests need: sections, table rows, the JSON shapes of
 * docs/json-output.md, and the import graph of src/ to compare with docs/architecture.md.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** The documents the drift tests read: the README and the docs beside it. */
export const DOC_FILES = [
  "README.md",
  "docs/role-format.md",
  "docs/json-output.md",
  "docs/readiness.md",
  "docs/output-formats.md",
  "docs/architecture.md",
  "docs/import.md",
  "docs/matching.md",
] as const;

export const readDoc = (file: string): string => readFileSync(join(ROOT, file), "utf8");

/** The text under a heading (the heading line exactly), up to the next heading of the same or a higher level. */
export function section(text: string, heading: string): string {
  const lines = text.split("\n");
  const start = lines.indexOf(heading);
  if (start < 0) throw new Error(`no heading "${heading}"`);
  const level = heading.match(/^#+/)![0].length;
  const end = lines.findIndex((l, i) => i > start && /^#+ /.test(l) && l.match(/^#+/)![0].length <= level && !inFence(lines, i));
  return lines.slice(start + 1, end < 0 ? undefined : end).join("\n");
}

/** Whether line i is inside a ``` fence. */
function inFence(lines: string[], i: number): boolean {
  return lines.slice(0, i).filter((l) => l.startsWith("```")).length % 2 === 1;
}

/** The body rows of the markdown tables in `text`, as trimmed cells (the header and rule rows left out). */
export function tableRows(text: string): string[][] {
  const rows: string[][] = [];
  const lines = text.split("\n");
  lines.forEach((line, i) => {
    if (!line.startsWith("|") || /^\|\s*-{3}/.test(line) || /^\|\s*-{3}/.test(lines[i + 1] ?? "")) return;
    rows.push(
      line
        .slice(1, line.endsWith("|") ? -1 : undefined)
        .split(/(?<!\\)\|/)
        .map((c) => c.trim()),
    );
  });
  return rows;
}

/** The `code` spans of a text, without their backticks. */
export const codeSpans = (text: string): string[] => [...text.matchAll(/`([^`\n]+)`/g)].map((m) => m[1]!);

/** The fenced blocks whose info string is `lang ...`: the rest of the info string and the body. */
export function fencedBlocks(text: string, lang: string): { info: string; body: string }[] {
  return [...text.matchAll(new RegExp("^```" + lang + "(?: ([^\\n]*))?\\n([\\s\\S]*?)^```$", "gm"))].map((m) => ({
    info: (m[1] ?? "").trim(),
    body: m[2]!,
  }));
}

// ---- JSON shapes: `{ key, other?: { a, b } | null, list: [{ x }] }` ----

export type Shape = Alternative[];
export type Alternative = { object: Entry[] } | { list: Shape } | { leaf: string };
export interface Entry {
  key: string;
  optional: boolean;
  /** absent for a bare key: a plain value, a list of plain values, or null */
  shape?: Shape;
}

/** Parse the shape notation of docs/json-output.md. */
export function parseShape(source: string): Shape {
  const tokens = source.match(/[{}[\],:|?]|[A-Za-z0-9_$"'-]+/g) ?? [];
  let i = 0;
  const peek = () => tokens[i];
  const take = (want?: string): string => {
    const t = tokens[i++];
    if (t === undefined || (want !== undefined && t !== want))
      throw new Error(`shape: expected ${want ?? "a token"} at token ${i - 1} (${t ?? "end"}) in:\n${source}`);
    return t;
  };
  const shape = (): Shape => {
    const alts: Alternative[] = [alternative()];
    while (peek() === "|") {
      take("|");
      alts.push(alternative());
    }
    return alts;
  };
  const alternative = (): Alternative => {
    if (peek() === "[") {
      take("[");
      const inner = shape();
      take("]");
      return { list: inner };
    }
    if (peek() !== "{") return { leaf: take() };
    take("{");
    const entries: Entry[] = [];
    while (peek() !== "}") {
      const key = take();
      if (!/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key)) throw new Error(`shape: "${key}" is not a key in:\n${source}`);
      const optional = peek() === "?" && Boolean(take("?"));
      let sub: Shape | undefined;
      if (peek() === ":") {
        take(":");
        sub = shape();
      }
      entries.push({ key, optional, ...(sub ? { shape: sub } : {}) });
      if (peek() !== "}") take(",");
    }
    take("}");
    return { object: entries };
  };
  const result = shape();
  if (i !== tokens.length) throw new Error(`shape: unexpected "${tokens[i]}" in:\n${source}`);
  return result;
}

const isPlain = (v: unknown): boolean =>
  v === null || typeof v !== "object" || (Array.isArray(v) && v.every((x) => x === null || typeof x !== "object"));
/** A leaf that stands for a plain value: any word but `null`, which allows null alone. */
const plainLeaf = (shape: Shape): boolean => shape.some((a) => "leaf" in a && a.leaf !== "null");

/**
 * Where `value` strays from `shape`: keys the shape does not document, documented keys that are missing
 * (unless optional), and values of the wrong kind. Every documented key path met is added to `seen`, so a
 * caller can tell which documented keys no output showed.
 */
export function shapeProblems(value: unknown, shape: Shape, path = "", seen = new Set<string>()): string[] {
  if (value === null) return shape.some((a) => "leaf" in a) ? [] : [`${path || "(top)"}: null, but the shape allows no null`];
  if (Array.isArray(value)) {
    const list = shape.find((a): a is { list: Shape } => "list" in a);
    if (!list) return plainLeaf(shape) && isPlain(value) ? [] : [`${path}: a list, but the shape has none`];
    return value.flatMap((v) => shapeProblems(v, list.list, `${path}[]`, seen));
  }
  if (typeof value === "object") {
    if (shape.some((a) => "leaf" in a && a.leaf === "object")) return [];
    const obj = shape.find((a): a is { object: Entry[] } => "object" in a);
    if (!obj) return [`${path}: an object, but the shape has none`];
    const problems: string[] = [];
    const actual = value as Record<string, unknown>;
    for (const k of Object.keys(actual)) if (!obj.object.some((e) => e.key === k)) problems.push(`${path}.${k}: printed, not documented`);
    for (const e of obj.object) {
      const at = `${path}.${e.key}`;
      if (!(e.key in actual)) {
        if (!e.optional) problems.push(`${at}: documented, not printed`);
        continue;
      }
      seen.add(at);
      const v = actual[e.key];
      if (e.shape) problems.push(...shapeProblems(v, e.shape, at, seen));
      else if (!isPlain(v)) problems.push(`${at}: documented as a plain value, printed as ${JSON.stringify(v).slice(0, 60)}`);
    }
    return problems;
  }
  return plainLeaf(shape) ? [] : [`${path}: a plain value, but the shape has none`];
}

/** Every key path a shape documents (`.roles[].id`), to compare with the paths outputs showed. */
export function shapePaths(shape: Shape, path = ""): string[] {
  return shape.flatMap((a) => {
    if ("list" in a) return shapePaths(a.list, `${path}[]`);
    if ("object" in a) return a.object.flatMap((e) => [`${path}.${e.key}`, ...(e.shape ? shapePaths(e.shape, `${path}.${e.key}`) : [])]);
    return [];
  });
}

// ---- the import graph of src/ ----

/** `src/core/ladder.ts` -> `core`; a file at the top of src/ is its own group (`cli`, `errors`). */
const groupOf = (file: string): string => {
  const rel = relative(join(ROOT, "src"), file).split("/");
  return rel.length === 1 ? rel[0]!.replace(/\.ts$/, "") : rel[0]!;
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sourceFiles(p) : p.endsWith(".ts") ? [p] : [];
  });
}

/**
 * Which group imports which, from the import statements of src/ (static and dynamic; comments ignored):
 * "from -> to" mapped to true where every import along it is `import type` (erased at build time).
 */
export function importGraph(): Map<string, Map<string, boolean>> {
  const graph = new Map<string, Map<string, boolean>>();
  const add = (from: string, to: string, typeOnly: boolean) => {
    if (from === to) return;
    const targets = graph.get(from) ?? new Map<string, boolean>();
    targets.set(to, (targets.get(to) ?? true) && typeOnly);
    graph.set(from, targets);
  };
  for (const file of sourceFiles(join(ROOT, "src"))) {
    const code = readFileSync(file, "utf8")
      .replace(/\/\*[\s\S]*?\*\//g, "")
      .replace(/^\s*\/\/.*$/gm, "");
    const target = (spec: string) => groupOf(normalize(join(dirname(file), spec.replace(/\.js$/, ".ts"))));
    for (const m of code.matchAll(/^(?:import|export)\s+(type\s+)?([^;]*?)\s+from\s+"([^"]+)"/gm)) {
      const [, typeKeyword, names, spec] = m;
      if (!spec!.startsWith(".")) continue;
      const named = names!.trim().match(/^\{([\s\S]*)\}$/);
      const allTypes =
        named !== null &&
        named[1]!
          .split(",")
          .map((n) => n.trim())
          .filter(Boolean)
          .every((n) => n.startsWith("type "));
      add(groupOf(file), target(spec!), Boolean(typeKeyword) || allTypes);
    }
    // dynamic imports, and imports for their side effects only
    for (const m of code.matchAll(/(?<!typeof )import\(\s*"(\.[^"]+)"\s*\)|^import\s+"(\.[^"]+)"/gm))
      add(groupOf(file), target((m[1] ?? m[2])!), false);
  }
  return graph;
}

/** The graph as docs/architecture.md writes it: `core -> diagnostic, errors, schema, store (types), text`. */
export function formatGraph(graph: Map<string, Map<string, boolean>>): string {
  return [...graph.keys()]
    .sort()
    .map((from) => {
      const targets = [...graph.get(from)!].sort(([a], [b]) => (a < b ? -1 : 1));
      return `${from} -> ${targets.map(([to, typeOnly]) => (typeOnly ? `${to} (types)` : to)).join(", ")}`;
    })
    .join("\n");
}
