/**
 * Parse one role file (or any YAML data file with a zod schema): text in, value or diagnostics out.
 * Pure (no fs): the caller reads the bytes.
 * bytes -> checks (empty, binary, UTF-8, size, nesting depth) -> YAML document with a line counter
 * -> safety checks (one document, no aliases, no custom tags, no prototype keys) -> zod -> diagnostics.
 */
import { type Document, isMap, isNode, isPair, isScalar, LineCounter, parseAllDocuments, visit } from "yaml";
import type { z } from "zod";
import { type Diagnostic, dotted } from "../diagnostic.js";
import { type Role, roleSchema } from "../schema/role.js";
import { suggest } from "../text/suggest.js";
import { MAX_FILE_BYTES } from "./read.js";

/** Deeper nesting than this is refused before the YAML parser sees it. */
export const MAX_DEPTH = 32;

const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/** Line and column (1-based) of the value at a path in the role, or of its nearest existing ancestor. */
export type Locate = (path: readonly (string | number)[]) => { line: number; col: number };

export type ParseResult = { ok: true; role: Role; warnings: Diagnostic[]; locate: Locate } | { ok: false; diagnostics: Diagnostic[] };

export interface Ctx {
  file: string;
  lines: LineCounter;
}

function at(ctx: Ctx, offset: number | undefined, path: string, message: string, suggestion?: string): Diagnostic {
  const pos = offset === undefined ? { line: 0, col: 0 } : ctx.lines.linePos(offset);
  const d: Diagnostic = { file: ctx.file, line: pos.line, col: pos.col, path, message, severity: "error" };
  if (suggestion) d.suggestion = suggestion;
  return d;
}

const fail = (diagnostics: Diagnostic[]): ParseResult => ({ ok: false, diagnostics });

/** Decode bytes as strict UTF-8, refusing empty, binary and oversized input. */
export function decode(file: string, bytes: Uint8Array): { text: string } | { diagnostic: Diagnostic } {
  const whole = (message: string) => ({
    diagnostic: { file, line: 0, col: 0, path: "", message, severity: "error" } as Diagnostic,
  });
  if (bytes.length > MAX_FILE_BYTES) return whole(`file is too large (${bytes.length} bytes; the limit is ${MAX_FILE_BYTES})`);
  if (bytes.includes(0)) return whole("file is binary (it contains NUL bytes), not YAML text");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return whole("file is not valid UTF-8 text");
  }
  if (text.trim() === "") return whole("file is empty");
  return { text };
}

/**
 * The deepest nesting in the text, by indentation and by flow brackets, without parsing it.
 * Returns the offset where MAX_DEPTH is first exceeded, or -1.
 */
export function findExcessiveNesting(text: string, limit = MAX_DEPTH): number {
  return nestingBound(text) <= limit ? -1 : scanNesting(text, limit);
}

/**
 * A quick upper bound of what scanNesting measures: its indentation levels strictly increase, so there
 * are at most as many as the widest run of blanks and "-" that starts a line, plus one; flow levels are at
 * most the number of "[" and "{" in the text. One pass over character codes, no strings made.
 */
export function nestingBound(text: string): number {
  let widest = 0;
  let brackets = 0;
  let lead = 0;
  let leading = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      leading = true;
      lead = 0;
    } else if (leading && (c === 32 || c === 45 || c === 9 || ((c < 32 || c > 126) && /\s/.test(text[i]!)))) {
      if (++lead > widest) widest = lead;
    } else {
      leading = false;
      if (c === 91 || c === 123) brackets++;
    }
  }
  return widest + 1 + brackets;
}

/** findExcessiveNesting's line-by-line measure, for texts whose bound is over the limit. */
export function scanNesting(text: string, limit = MAX_DEPTH): number {
  let flow = 0;
  const indents: number[] = [];
  let offset = 0;
  for (const line of text.split("\n")) {
    const body = line.trimStart();
    if (body !== "" && !body.startsWith("#")) {
      // count "- " sequence markers as a level each: "- - - x" nests three deep
      let indent = line.length - body.length;
      let rest = body;
      const levels: number[] = [];
      while (/^-(\s|$)/.test(rest)) {
        levels.push(indent);
        const next = rest.slice(1).trimStart();
        indent += rest.length - next.length;
        rest = next;
      }
      levels.push(indent);
      for (const lv of levels) {
        while (indents.length > 0 && indents[indents.length - 1]! >= lv) indents.pop();
        indents.push(lv);
      }
      if (indents.length > limit) return offset;
      let quote: string | null = null;
      for (let i = 0; i < rest.length; i++) {
        const ch = rest[i]!;
        if (quote) {
          if (ch === quote) quote = null;
        } else if (ch === '"' || ch === "'") quote = ch;
        else if (ch === "#" && (i === 0 || rest[i - 1] === " ")) break;
        else if (ch === "[" || ch === "{") {
          if (++flow + indents.length > limit) return offset + (line.length - rest.length) + i;
        } else if ((ch === "]" || ch === "}") && flow > 0) flow--;
      }
    }
    offset += line.length + 1;
  }
  return -1;
}

/** YAML reports an unclosed quote where the text ends; point at the quote that opened it instead. */
function unclosedQuoteAt(text: string, reportedAt: number): number {
  let open = -1;
  let quote: string | null = null;
  for (let i = 0; i < Math.min(reportedAt, text.length); i++) {
    const ch = text[i]!;
    if (quote === null) {
      if ((ch === '"' || ch === "'") && /[\s:[{,-]/.test(text[i - 1] ?? " ")) (quote = ch), (open = i);
      else if (ch === "#" && /\s/.test(text[i - 1] ?? " ")) while (i < text.length && text[i] !== "\n") i++;
    } else if (ch === "\\" && quote === '"') i++;
    else if (ch === "'" && quote === "'" && text[i + 1] === "'")
      i++; // '' is a quote inside a single-quoted string
    else if (ch === quote) quote = null;
  }
  return quote !== null && open >= 0 ? open : reportedAt;
}

/** The YAML 1.2 core tags a role file may use (most are implied; writing one out is fine). */
const PLAIN_TAGS = new Set(["str", "int", "float", "bool", "null", "seq", "map"].map((t) => `tag:yaml.org,2002:${t}`));

/** "tag:yaml.org,2002:js/function" -> "!!js/function" */
const shortTag = (tag: string) => tag.replace(/^tag:yaml\.org,2002:/, "!!");

function safetyChecks(ctx: Ctx, doc: Document.Parsed): Diagnostic[] {
  const out: Diagnostic[] = [];
  // one diagnostic for the first anchor and the first alias, not one for each (an alias bomb has hundreds)
  const first = { anchor: undefined as Diagnostic | undefined, alias: undefined as Diagnostic | undefined, anchors: 0, aliases: 0 };
  visit(doc, {
    Alias(_, node) {
      if (first.aliases++ === 0)
        first.alias = at(ctx, node.range?.[0], "", `aliases (*${node.source}) are not allowed in role files; write the value out`);
      return visit.SKIP;
    },
    Node(_, node) {
      if (node.anchor && first.anchors++ === 0)
        first.anchor = at(ctx, node.range?.[0], "", `anchors (&${node.anchor}) are not allowed in role files`);
      if (node.tag && !PLAIN_TAGS.has(node.tag)) out.push(at(ctx, node.range?.[0], "", `custom tag ${shortTag(node.tag)} is not allowed`));
    },
    Pair(_, pair) {
      if (isScalar(pair.key) && typeof pair.key.value === "string" && FORBIDDEN_KEYS.has(pair.key.value)) {
        out.push(at(ctx, pair.key.range?.[0], "", `key "${pair.key.value}" is not allowed`));
      } else if (isNode(pair.key) && !isScalar(pair.key)) {
        out.push(at(ctx, pair.key.range?.[0], "", "keys must be plain strings"));
      }
    },
  });
  const counted = (d: Diagnostic | undefined, n: number, what: string) =>
    d ? [{ ...d, message: n > 1 ? `${d.message} (${n} ${what} in the file)` : d.message }] : [];
  return [...counted(first.anchor, first.anchors, "anchors"), ...counted(first.alias, first.aliases, "aliases"), ...out];
}

/** The YAML library's message, on one line and without its own position; an unknown tag said plainly. */
function yamlMessage(e: { code: string; message: string }): string {
  const unresolved = /^Unresolved tag: (\S+)/.exec(e.message);
  if (e.code === "TAG_RESOLVE_FAILED" && unresolved) return `custom tag ${shortTag(unresolved[1]!)} is not allowed`;
  return e.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
}

/** The YAML node at a zod issue's path, or the nearest ancestor that exists. */
function nodeAt(doc: Document.Parsed, path: readonly PropertyKey[]): { node: unknown; depth: number } {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n) as (string | number)[], true);
    if (isNode(node)) return { node, depth: n };
  }
  return { node: doc.contents, depth: 0 };
}

function offsetOf(node: unknown): number | undefined {
  return isNode(node) ? node.range?.[0] : undefined;
}

/** Walk the zod schema along a path to the object shape there, for key suggestions. */
function keysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  // biome-ignore lint/suspicious/noExplicitAny: zod's internal definitions (_zod.def) are walked by hand, untyped
  let s: any = schema;
  const unwrap = () => {
    while (s?._zod?.def && ["optional", "default", "nullable", "pipe"].includes(s._zod.def.type)) {
      s = s._zod.def.innerType ?? s._zod.def.in;
    }
  };
  unwrap();
  for (const key of path) {
    if (s?._zod?.def?.type === "array") s = s._zod.def.element;
    else if (s?._zod?.def?.type === "object") s = s._zod.def.shape[key as string];
    else return [];
    unwrap();
  }
  return s?._zod?.def?.type === "object" ? Object.keys(s._zod.def.shape) : [];
}

function zodDiagnostics(ctx: Ctx, doc: Document.Parsed, error: z.ZodError, schema: z.ZodType): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      const { node } = nodeAt(doc, issue.path);
      const allowed = keysAt(schema, issue.path);
      for (const key of issue.keys) {
        const pair = isMap(node) ? node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === key) : undefined;
        const [hint] = suggest(key, allowed, 1);
        out.push(at(ctx, offsetOf(pair?.key) ?? offsetOf(node), dotted([...issue.path, key]), `unknown key "${key}"`, hint));
      }
      continue;
    }
    const { node, depth } = nodeAt(doc, issue.path);
    let message = issue.message;
    if (depth < issue.path.length && (issue.code === "invalid_type" || issue.code === "invalid_value") && issue.input === undefined) {
      message = `missing required key "${String(issue.path.at(-1))}"`;
    } else if (
      issue.code === "invalid_type" &&
      issue.expected === "string" &&
      isScalar(node) &&
      typeof node.value !== "string" &&
      node.value !== null
    ) {
      // `date: 2024` or `title: yes`: YAML read a number or a boolean where text was meant
      const key = issue.path.at(-1);
      const written = (node as { source?: string }).source ?? String(node.value);
      message +=
        typeof key === "string"
          ? `; put it in quotes to keep it as text: ${key}: "${written}"`
          : `; put it in quotes to keep it as text: "${written}"`;
    }
    out.push(at(ctx, offsetOf(node), dotted(issue.path), message));
  }
  return out;
}

type YamlResult = { ok: true; doc: Document.Parsed; ctx: Ctx } | { ok: false; diagnostics: Diagnostic[] };

/**
 * Text -> one safe YAML mapping: depth pre-check, a single document, no syntax errors or warnings,
 * no aliases, custom tags or prototype keys. `what` names the kind of file in messages.
 */
export function parseYamlMapping(file: string, text: string, what = "a role file"): YamlResult {
  const ctx: Ctx = { file, lines: new LineCounter() };
  const deep = findExcessiveNesting(text);
  if (deep >= 0) {
    const lc = new LineCounter();
    text.split("\n").reduce((o, l) => (lc.addNewLine(o), o + l.length + 1), 0);
    const pos = lc.linePos(deep);
    return {
      ok: false,
      diagnostics: [
        { file, line: pos.line, col: pos.col, path: "", message: `nesting is deeper than ${MAX_DEPTH} levels`, severity: "error" },
      ],
    };
  }
  const docs = parseAllDocuments(text, {
    lineCounter: ctx.lines,
    uniqueKeys: true,
    prettyErrors: false,
    strict: true,
    version: "1.2",
    schema: "core",
  });
  const failAt = (offset: number | undefined, message: string): YamlResult => ({ ok: false, diagnostics: [at(ctx, offset, "", message)] });
  if (!Array.isArray(docs) || docs.length === 0) return failAt(0, "file has no YAML document");
  if (docs.length > 1) return failAt(docs[1]!.range[0], `file holds ${docs.length} YAML documents; ${what} holds one`);
  const doc = docs[0]!;
  const problems = [...doc.errors, ...doc.warnings];
  if (problems.length) {
    const first = problems[0]!;
    if (first.code === "MISSING_CHAR" && /quote/.test(first.message)) {
      return failAt(unclosedQuoteAt(text, first.pos[0]), "unclosed quote: the string that starts here never ends");
    }
    return { ok: false, diagnostics: problems.map((e) => at(ctx, e.pos[0], "", yamlMessage(e))) };
  }
  const unsafe = safetyChecks(ctx, doc);
  if (unsafe.length) return { ok: false, diagnostics: unsafe };
  if (!isMap(doc.contents)) return failAt(offsetOf(doc.contents) ?? 0, `${what} must be a mapping of keys to values`);
  return { ok: true, doc, ctx };
}

/** Text -> a value checked by a zod schema, every problem a diagnostic at its line. */
export function parseWithSchema<S extends z.ZodType>(
  file: string,
  text: string,
  schema: S,
  what: string,
): { ok: true; value: z.infer<S>; doc: Document.Parsed; ctx: Ctx } | { ok: false; diagnostics: Diagnostic[] } {
  const y = parseYamlMapping(file, text, what);
  if (!y.ok) return y;
  const parsed = schema.safeParse(y.doc.toJS({ maxAliasCount: 0 }));
  if (!parsed.success) return { ok: false, diagnostics: zodDiagnostics(y.ctx, y.doc, parsed.error, schema) };
  return { ok: true, value: parsed.data, doc: y.doc, ctx: y.ctx };
}

/**
 * Parse a role file's text. `expectedId` (from the file name) must match the role's `id`.
 */
export function parseRole(file: string, text: string, expectedId?: string): ParseResult {
  const r = parseWithSchema(file, text, roleSchema, "a role file");
  if (!r.ok) return r;
  const role = r.value;
  if (expectedId !== undefined && role.id !== expectedId) {
    return fail([
      at(r.ctx, offsetOf(r.doc.getIn(["id"], true)), "id", `id "${role.id}" does not match the file name (${expectedId}.yaml)`),
    ]);
  }
  return { ok: true, role, warnings: [], locate: locator(r.doc, r.ctx) };
}

/**
 * Where a path of a parsed document is: its line and column (0, 0 where it is not there). With `keys`,
 * a path that ends in a mapping's key points at that key rather than at its value.
 */
export function locator(doc: Document.Parsed, ctx: Ctx, { keys = false } = {}): Locate {
  return (path) => {
    const parent = keys && path.length > 0 ? doc.getIn(path.slice(0, -1) as (string | number)[], true) : undefined;
    const pair = isMap(parent) ? parent.items.find((p) => isScalar(p.key) && String(p.key.value) === String(path.at(-1))) : undefined;
    const offset = offsetOf(pair?.key) ?? offsetOf(nodeAt(doc, path).node);
    return offset === undefined ? { line: 0, col: 0 } : ctx.lines.linePos(offset);
  };
}

/** Both steps for a file's bytes. */
export function parseRoleBytes(file: string, bytes: Uint8Array, expectedId?: string): ParseResult {
  const decoded = decode(file, bytes);
  if ("diagnostic" in decoded) return fail([decoded.diagnostic]);
  return parseRole(file, decoded.text, expectedId);
}
