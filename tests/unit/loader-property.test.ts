/**
 * Property tests: whatever bytes a role file holds, the loader returns a role or structured diagnostics.
 * It never throws, never answers without a reason, and never touches Object.prototype.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import {
  findExcessiveNesting,
  MAX_DEPTH,
  nestingBound,
  type ParseResult,
  parseRole,
  parseRoleBytes,
  scanNesting,
} from "../../src/loader/parse.js";
import { roleSchema } from "../../src/schema/role.js";
import { minimalRole } from "../helpers/hostile.js";
import { ROLES_DIR, shippedRoleFiles } from "../helpers/roles.js";

const FILE = "prop.yaml";

/** The loader's contract, checked on every answer. */
function expectStructured(result: ParseResult, text?: string): void {
  if (result.ok) {
    expect(roleSchema.safeParse(result.role).success).toBe(true);
    return;
  }
  expect(result.diagnostics.length).toBeGreaterThan(0);
  const lines = text === undefined ? Number.POSITIVE_INFINITY : text.split("\n").length + 1;
  for (const d of result.diagnostics) {
    expect(d.file).toBe(FILE);
    expect(Number.isInteger(d.line) && d.line >= 0 && d.line <= lines).toBe(true);
    expect(Number.isInteger(d.col) && d.col >= 0).toBe(true);
    expect(typeof d.message === "string" && d.message.length > 0).toBe(true);
    expect(d.message).not.toMatch(/\n/);
    expect(d.severity).toBe("error");
  }
}

const load = (text: string): ParseResult => {
  const result = parseRole(FILE, text);
  expectStructured(result, text);
  return result;
};

const seeds = [minimalRole("prop"), ...shippedRoleFiles().map((f) => readFileSync(join(ROLES_DIR, f), "utf8"))];

/** YAML's own punctuation and the hostile bits: the characters most likely to break a parser. */
const SPECIALS = [
  ":",
  "- ",
  "[",
  "]",
  "{",
  "}",
  ",",
  "&a ",
  "*a",
  "!!js/function ",
  "!x ",
  "|",
  ">",
  "'",
  '"',
  "#",
  "\t",
  "\n",
  "  ",
  "---\n",
  "...\n",
  "%YAML 1.1\n",
  "__proto__: ",
  "? ",
  "\\",
  "\u0000",
  "\ufeff",
  "é",
  "𝄞",
];

/** One edit of a text: delete, insert, duplicate or swap lines, truncate. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({
    kind: fc.constant("insert" as const),
    at: fc.nat(),
    text: fc.oneof(fc.constantFrom(...SPECIALS), fc.string({ maxLength: 8 })),
  }),
  fc.record({ kind: fc.constant("duplicate-line" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("swap-lines" as const), at: fc.nat(), with: fc.nat() }),
  fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(text: string, m: Mutation): string {
  const at = text.length === 0 ? 0 : m.at % text.length;
  const lines = text.split("\n");
  const li = lines.length === 0 ? 0 : m.at % lines.length;
  switch (m.kind) {
    case "delete":
      return text.slice(0, at) + text.slice(at + m.length);
    case "insert":
      return text.slice(0, at) + m.text + text.slice(at);
    case "duplicate-line":
      return [...lines.slice(0, li + 1), lines[li]!, ...lines.slice(li + 1)].join("\n");
    case "swap-lines": {
      const lj = m.with % lines.length;
      [lines[li], lines[lj]] = [lines[lj]!, lines[li]!];
      return lines.join("\n");
    }
    case "truncate":
      return text.slice(0, at);
  }
}

describe("the loader on arbitrary input", () => {
  it("arbitrary bytes: a role or structured diagnostics", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        expectStructured(parseRoleBytes(FILE, bytes));
      }),
      { numRuns: 300 },
    );
  });

  it("arbitrary text, and text made of YAML punctuation", () => {
    const yamlish = fc.array(fc.constantFrom(...SPECIALS, "id", "title", "a", "1", " "), { maxLength: 80 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "grapheme", maxLength: 400 }), yamlish), (text) => {
        load(text);
      }),
      { numRuns: 400 },
    );
  });

  it("role files with random edits: a role or structured diagnostics", () => {
    fc.assert(
      fc.property(fc.constantFrom(...seeds), fc.array(mutation, { minLength: 1, maxLength: 4 }), (seed, edits) => {
        load(edits.reduce(mutate, seed));
      }),
      { numRuns: 250 },
    );
  });

  it("any YAML value as a role file: a role or structured diagnostics", () => {
    const keyed = fc.dictionary(
      fc.constantFrom("id", "title", "summary", "sources", "keyFacts", "ladder", "__proto__", "constructor", "x"),
      fc.jsonValue({ maxDepth: 4 }),
    );
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue({ maxDepth: 6 }), keyed), (value) => {
        load(stringify(value));
      }),
      { numRuns: 300 },
    );
  });

  it("nothing reaches Object.prototype", () => {
    for (const text of [
      "__proto__:\n  polluted: true\n",
      "constructor:\n  prototype:\n    polluted: true\n",
      '{"__proto__": {"polluted": true}}\n',
    ]) {
      expect(load(text).ok).toBe(false);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("the nesting pre-check", () => {
  /** A value nested `depth` collections deep, each a list or a one-key map. */
  const nested = (kinds: boolean[]): unknown => kinds.reduceRight<unknown>((inner, isList) => (isList ? [inner] : { k: inner }), "leaf");
  const style = fc.constantFrom("block" as const, "flow" as const, "any" as const);

  it("catches every value nested deeper than the limit, in block and flow style, before parsing", () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: MAX_DEPTH + 1, maxLength: 120 }), style, (kinds, collectionStyle) => {
        const text = stringify({ deep: nested(kinds) }, { collectionStyle });
        expect(findExcessiveNesting(text)).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 200 },
    );
  });

  it("lets values nested well inside the limit through", () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { maxLength: MAX_DEPTH - 8 }), style, (kinds, collectionStyle) => {
        expect(findExcessiveNesting(stringify({ deep: nested(kinds) }, { collectionStyle }))).toBe(-1);
      }),
      { numRuns: 200 },
    );
  });

  it("answers as the full scan does: the quick bound never hides a text that is too deep", () => {
    const piece = fc.constantFrom(
      " ",
      "  ",
      "- ",
      "-",
      "\t",
      "\u00a0",
      "k: ",
      "[",
      "]",
      "{",
      "}",
      '"',
      "'",
      "#",
      "x",
      "\n",
      "\n  ",
      "\n- ",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 200 }), fc.integer({ min: 1, max: 12 }), (pieces, limit) => {
        const text = pieces.join("");
        const full = scanNesting(text, limit);
        expect(findExcessiveNesting(text, limit)).toBe(full);
        if (full >= 0) expect(nestingBound(text)).toBeGreaterThan(limit);
      }),
      { numRuns: 3000 },
    );
  });
});
