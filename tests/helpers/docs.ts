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

// ---- JSON shapes against the JSON Schemas of `careers schema <command>` ----

type JsonSchema = Record<string, unknown>;
/** What a JSON Schema allows, in the terms of the shape notation. */
interface Allowed {
  null: boolean;
  plain: boolean;
  /** closed objects: every key with its schemas (one per object alternative that has it), and how many alternatives require it */
  objects: { properties: Map<string, JsonSchema[]>; requiredBy: Map<string, number>; count: number } | null;
  /** a map keyed by data (additionalProperties a schema), or an object of any keys */
  map: boolean;
  items: JsonSchema[];
}

const TYPES = ["string", "number", "integer", "boolean"];
function allowed(schema: JsonSchema, into: Allowed = { null: false, plain: false, objects: null, map: false, items: [] }): Allowed {
  for (const alt of [...((schema.anyOf as JsonSchema[]) ?? []), ...((schema.oneOf as JsonSchema[]) ?? [])]) allowed(alt, into);
  const types = schema.type === undefined ? [] : ([] as string[]).concat(schema.type as string | string[]);
  if ("const" in schema || "enum" in schema) {
    const values = "const" in schema ? [schema.const] : (schema.enum as unknown[]);
    if (values.includes(null)) into.null = true;
    if (values.some((v) => v !== null)) into.plain = true;
  }
  if (types.includes("null")) into.null = true;
  if (types.some((t) => TYPES.includes(t))) into.plain = true;
  if (types.includes("array")) {
    if (schema.items) into.items.push(schema.items as JsonSchema);
    // a tuple (a scale's [min, max]) is a list of plain values
    else if (schema.prefixItems) into.items.push(...(schema.prefixItems as JsonSchema[]));
  }
  if (types.includes("object")) {
    const props = schema.properties as Record<string, JsonSchema> | undefined;
    if (!props || (schema.additionalProperties !== false && schema.additionalProperties !== undefined)) into.map = true;
    if (props) {
      const o = (into.objects ??= { properties: new Map(), requiredBy: new Map(), count: 0 });
      o.count++;
      for (const [k, v] of Object.entries(props)) o.properties.set(k, [...(o.properties.get(k) ?? []), v]);
      for (const k of (schema.required as string[]) ?? []) o.requiredBy.set(k, (o.requiredBy.get(k) ?? 0) + 1);
    }
  }
  return into;
}
/** A key is always there where every object alternative requires it. */
const isRequired = (o: NonNullable<Allowed["objects"]>, key: string): boolean => o.requiredBy.get(key) === o.count;
const anyOf = (schemas: JsonSchema[]): JsonSchema => (schemas.length === 1 ? schemas[0]! : { anyOf: schemas });
const plainOnly = (a: Allowed): boolean => !a.objects && !a.map && a.items.every((i) => plainOnly(allowed(i)));

/**
 * Where a shape of docs/json-output.md strays from the JSON Schema of the same output: keys documented that
 * the schema does not have and the reverse, `key?` where the schema requires the key (or the reverse),
 * `| null` where the schema allows no null (or the reverse), a list or an object where the schema has none.
 * `object` in the shape stands for any object the schema describes; the top-level `schemaVersion` is left out
 * (the page says once that every document starts with it).
 */
export function schemaShapeProblems(shape: Shape, schema: JsonSchema, path = ""): string[] {
  const a = allowed(schema);
  const problems: string[] = [];
  const at = path || "(top)";
  const docNull = shape.some((x) => "leaf" in x && x.leaf === "null");
  const docObject = shape.some((x) => "leaf" in x && x.leaf === "object");
  const obj = shape.find((x): x is { object: Entry[] } => "object" in x);
  const list = shape.find((x): x is { list: Shape } => "list" in x);
  if (docNull !== a.null)
    problems.push(`${at}: ${docNull ? "documented | null, the schema allows no null" : "the schema allows null, not documented"}`);
  if (list && a.items.length === 0) problems.push(`${at}: documented as a list, the schema has none`);
  if (!list && a.items.some((i) => !plainOnly(allowed(i)))) problems.push(`${at}: the schema has a list of objects, not documented`);
  if (list && a.items.length > 0) problems.push(...schemaShapeProblems(list.list, anyOf(a.items), `${path}[]`));
  if (docObject && !a.objects && !a.map) problems.push(`${at}: documented as an object, the schema has none`);
  if (obj && !a.objects) problems.push(`${at}: documented with keys, the schema has ${a.map ? "a map" : "no object"}`);
  if (!obj && !docObject && a.objects) problems.push(`${at}: the schema has an object, not documented`);
  if (!obj && !docObject && !a.objects && a.map) problems.push(`${at}: the schema has a map, documented as a plain value`);
  if (obj && a.objects) {
    const keys = new Set(obj.object.map((e) => e.key));
    for (const k of a.objects.properties.keys())
      if (!keys.has(k) && !(path === "" && k === "schemaVersion")) problems.push(`${path}.${k}: in the schema, not documented`);
    for (const e of obj.object) {
      const sub = a.objects.properties.get(e.key);
      if (!sub) {
        problems.push(`${path}.${e.key}: documented, not in the schema`);
        continue;
      }
      const required = isRequired(a.objects, e.key);
      if (e.optional === required)
        problems.push(
          `${path}.${e.key}: ${required ? "documented optional, the schema requires it" : "the schema leaves it optional, documented as always there"}`,
        );
      if (e.shape) problems.push(...schemaShapeProblems(e.shape, anyOf(sub), `${path}.${e.key}`));
      else if (!plainOnly(allowed(anyOf(sub))))
        problems.push(`${path}.${e.key}: documented as a plain value, the schema has an object or a list of them`);
    }
  }
  return problems;
}

/** The shape notation of a JSON Schema (to write a new block of docs/json-output.md from). */
export function shapeOfSchema(schema: JsonSchema, depth = 0): string {
  const a = allowed(schema);
  const alts: string[] = [];
  if (a.objects) {
    const entries = [...a.objects.properties].filter(([k]) => !(depth === 0 && k === "schemaVersion"));
    alts.push(
      `{ ${entries
        .map(([k, s]) => {
          const inner = allowed(anyOf(s));
          const opt = isRequired(a.objects!, k) ? "" : "?";
          return plainOnly(inner) ? `${k}${opt}` : `${k}${opt}: ${shapeOfSchema(anyOf(s), depth + 1)}`;
        })
        .join(", ")} }`,
    );
  } else if (a.map) alts.push("object");
  if (a.items.length > 0 && !a.items.every((i) => plainOnly(allowed(i)))) alts.push(`[${shapeOfSchema(anyOf(a.items), depth + 1)}]`);
  if (a.null) alts.push("null");
  return alts.join(" | ") || "value";
}
