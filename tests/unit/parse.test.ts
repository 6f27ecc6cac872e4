/** The loader's parse step: every problem comes back as a diagnostic with file, line and column. */
import { beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import {
  decode,
  findExcessiveNesting,
  MAX_DEPTH,
  nestingBound,
  type ParseResult,
  parseRole,
  parseRoleBytes,
  parseWithSchema,
  parseYamlMapping,
  scanNesting,
} from "../../src/loader/parse.js";
import { MAX_FILE_BYTES } from "../../src/loader/read.js";

const MINIMAL = `id: demo
title: Demo Role
summary: A role for tests.
sources:
  - id: guide
    title: Test guide
`;

const diags = (text: string, id?: string) => {
  const r = parseRole("demo.yaml", text, id);
  if (r.ok) throw new Error("expected diagnostics");
  return r.diagnostics;
};

describe("parseRole", () => {
  it("accepts a minimal role and keeps the file's keys", () => {
    const r = parseRole("demo.yaml", MINIMAL, "demo");
    expect(r.ok && Object.keys(r.role)).toEqual(["id", "title", "summary", "sources"]);
    expect(r.ok && r.warnings).toEqual([]);
  });

  it("a number or boolean where text is meant gets the hint to quote it, with the key as written", () => {
    const [date] = diags(MINIMAL + "    date: 2024\n");
    expect(date).toMatchObject({ line: 7, col: 11, path: "sources[0].date" });
    expect(date!.message).toBe('Invalid input: expected string, received number; put it in quotes to keep it as text: date: "2024"');
    const [title] = diags(MINIMAL.replace("title: Demo Role", "title: true"));
    expect(title!.message).toMatch(/received boolean; put it in quotes to keep it as text: title: "true"$/);
    // a missing key is not a wrong type: no quoting hint
    const [missing] = diags(MINIMAL.replace("title: Demo Role\n", ""));
    expect(missing!.message).toBe('missing required key "title"');
  });

  it("reports a YAML syntax error at its line", () => {
    const [d] = diags(MINIMAL + 'responsibilities:\n  source: guide\n  items: ["unclosed\n');
    expect(d).toMatchObject({ file: "demo.yaml", line: 9, col: 11 });
    expect(d!.message).toMatch(/unclosed quote/);
  });

  it("reports a wrong type at the value's line and column, with the key path", () => {
    const text = MINIMAL + "keyFacts:\n  growth:\n    percent: four\n    source: guide\n";
    const [d] = diags(text);
    expect(d).toMatchObject({ line: 9, col: 14, path: "keyFacts.growth.percent" });
    expect(d!.message).toMatch(/number/);
  });

  it("reports an unknown key at the key, with a did-you-mean", () => {
    const [d] = diags(MINIMAL + "sumary: typo\n");
    expect(d).toMatchObject({ line: 7, col: 1, path: "sumary", suggestion: "summary" });
  });

  it("suggests nested keys from the right object", () => {
    const [d] = diags(MINIMAL + "keyFacts:\n  medianSalery: 1\n");
    expect(d).toMatchObject({ line: 8, path: "keyFacts.medianSalery", suggestion: "medianSalary" });
  });

  it("reports a missing required key at the parent", () => {
    const [d] = diags("id: demo\ntitle: Demo\nsources:\n  - id: guide\n    title: T\n");
    expect(d!.message).toBe('missing required key "summary"');
    expect(d!.line).toBe(1);
  });

  it("a missing key that takes one of a few values is missing too, not an invalid option", () => {
    const [d] = diags(MINIMAL + "keyFacts:\n  medianSalary:\n    amount: 1\n    currency: USD\n    date: May 2023\n    source: guide\n");
    expect(d).toMatchObject({ path: "keyFacts.medianSalary.period", message: 'missing required key "period"', line: 9 });
  });

  it("reports a source id that is not listed", () => {
    const [d] = diags(MINIMAL + "pros:\n  source: nowhere\n  items: [x]\n");
    expect(d).toMatchObject({ line: 8, path: "pros.source" });
  });

  it.each([
    ["duplicate keys", MINIMAL + "title: Again\n", /unique/, 7],
    ["tabs as indentation", MINIMAL + "pros:\n\tsource: guide\n", /tab/i, 8],
    ["two documents", MINIMAL + "---\nid: other\n", /2 YAML documents/, 7],
    ["an alias", MINIMAL + "aliases: &a [x]\nfaq: *a\n", /anchors|aliases/, 7],
    ["a custom tag", MINIMAL + "title2: !!js/function 'function(){}'\n", /tag/i, 7],
    ["a __proto__ key", MINIMAL + "__proto__:\n  polluted: true\n", /__proto__/, 7],
    ["a constructor key", MINIMAL + "constructor: 1\n", /constructor/, 7],
    ["a top-level list", "- a\n- b\n", /mapping/, 1],
  ])("refuses %s", (_name, text, message, line) => {
    const [d] = diags(text);
    expect(d!.message).toMatch(message);
    expect(d!.line).toBe(line);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("refuses an id that does not match the file name", () => {
    const [d] = diags(MINIMAL, "other");
    expect(d).toMatchObject({ line: 1, path: "id" });
    expect(d!.message).toMatch(/file name/);
  });

  it("refuses deep nesting before parsing", () => {
    const deepFlow = MINIMAL + "x: " + "[".repeat(5000) + "]".repeat(5000) + "\n";
    expect(diags(deepFlow)[0]!.message).toMatch(/nesting/);
    const deepBlock = MINIMAL + Array.from({ length: 60 }, (_, i) => " ".repeat(i) + `k${i}:`).join("\n") + " 1\n";
    expect(diags(deepBlock)[0]!.message).toMatch(/nesting/);
    expect(findExcessiveNesting(MINIMAL)).toBe(-1);
  });
});

describe("parseRoleBytes", () => {
  const bytes = (s: string | number[]) => (typeof s === "string" ? new TextEncoder().encode(s) : new Uint8Array(s));
  it.each([
    ["empty", bytes("  \n"), /empty/],
    ["binary", bytes([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]), /binary/],
    ["invalid UTF-8", bytes([0x69, 0x64, 0x3a, 0x20, 0xff, 0xfe, 0x0a]), /UTF-8/],
    ["oversized", bytes("a".repeat(MAX_FILE_BYTES + 1)), /too large/],
  ])("refuses %s input", (_name, input, message) => {
    const r = parseRoleBytes("x.yaml", input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.diagnostics[0]!.message).toMatch(message);
  });
});

describe("decode", () => {
  const whole = (message: string) => ({ diagnostic: { file: "f.yaml", line: 0, col: 0, path: "", message, severity: "error" } });
  const enc = (s: string) => new TextEncoder().encode(s);

  it("takes a file of exactly the size limit; one byte more is too large", () => {
    const at = enc("#".repeat(MAX_FILE_BYTES - 4) + "\na:1");
    expect(at.length).toBe(MAX_FILE_BYTES);
    expect(decode("f.yaml", at)).toHaveProperty("text");
    const over = enc("#".repeat(MAX_FILE_BYTES - 3) + "\na:1");
    expect(decode("f.yaml", over)).toEqual(whole(`file is too large (${MAX_FILE_BYTES + 1} bytes; the limit is ${MAX_FILE_BYTES})`));
  });

  it("says plainly what is wrong with bytes that are not text", () => {
    expect(decode("f.yaml", new Uint8Array([0x61, 0, 0x62]))).toEqual(whole("file is binary (it contains NUL bytes), not YAML text"));
    expect(decode("f.yaml", new Uint8Array([0x61, 0xc3]))).toEqual(whole("file is not valid UTF-8 text"));
    expect(decode("f.yaml", enc(" \n\t\n"))).toEqual(whole("file is empty"));
    expect(decode("f.yaml", new Uint8Array([]))).toEqual(whole("file is empty"));
  });

  it("drops a byte order mark, keeps the rest as written", () => {
    expect(decode("f.yaml", new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0x3a, 0x20, 0x31]))).toEqual({ text: "a: 1" });
    expect(decode("f.yaml", enc("  a: é\n"))).toEqual({ text: "  a: é\n" });
  });

  it("parseRoleBytes parses what decodes", () => {
    const r = parseRoleBytes("demo.yaml", enc(MINIMAL), "demo");
    expect(r.ok && r.role.title).toBe("Demo Role");
  });
});

describe("nesting, measured without parsing", () => {
  it("nestingBound: the widest run of blanks and dashes opening a line, plus one, plus every [ and {", () => {
    expect(nestingBound("a: 1\n")).toBe(1); // no indentation, no brackets
    expect(nestingBound("  - - x: [1, {a: 2}]\n")).toBe(9); // "  - - " is 6 wide; 6 + 1 + 2 brackets
    expect(nestingBound("a:\n    b: 1\nc: 2\n")).toBe(5); // the widest line counts: 4 + 1
    expect(nestingBound("\u00a0\u00a0x\n")).toBe(3); // other white space counts as indentation
    expect(nestingBound("\t\tx")).toBe(3);
    expect(nestingBound("x\n\r\r\ry")).toBe(4); // control white space too
    expect(nestingBound("x: a-b [c]\n")).toBe(2); // a dash inside the line is not indentation
    expect(nestingBound("éé: 1\nü\n")).toBe(1); // letters beyond ASCII are not white space
  });

  it("scanNesting: the offset where the limit is first passed, or -1", () => {
    expect(scanNesting("a:\n b:\n  c: 1\n", 2)).toBe(7); // the third level starts line 3, after "a:\n b:\n"
    expect(scanNesting("a:\n b:\n  c: 1\n", 3)).toBe(-1);
    expect(scanNesting("a: 1\nb: 1\nc: 1\n", 1)).toBe(-1); // keys at one indentation are one level
    expect(scanNesting("a:\n  b: 1\nc:\n  d: 1\n", 2)).toBe(-1); // back out, then in again
    expect(scanNesting("- - - x\n", 3)).toBe(0); // each "- " is a level: x is fourth
    expect(scanNesting("- - x\n", 3)).toBe(-1);
    expect(scanNesting("-x: 1\n", 1)).toBe(-1); // "-x" is a word, not a sequence marker
    expect(scanNesting("-\n", 1)).toBe(0); // a lone "-" opens an entry: its content is the second level
    expect(scanNesting("a:\n  b:\n\n    c: 1\n", 2)).toBe(9); // a blank line does not reset the levels: c is third
  });

  it("scanNesting: flow brackets add to the indentation levels, outside quotes and comments", () => {
    expect(scanNesting("x: [[1]]\n", 2)).toBe(4); // x is level 1, the first [ level 2, the second (offset 4) level 3
    expect(scanNesting("x: [[1]]\n", 3)).toBe(-1);
    expect(scanNesting("x: [1] [2] [3]\n", 2)).toBe(-1); // closed before the next opens
    expect(scanNesting("x: ]]][[\n", 2)).toBe(7); // unmatched closings do not go below zero: the second [ passes
    expect(scanNesting("x: '[[['\n", 1)).toBe(-1);
    expect(scanNesting('x: "[[["\n', 1)).toBe(-1);
    expect(scanNesting("x: 1 # [[[\n", 1)).toBe(-1);
    expect(scanNesting("x: a#[[\n", 2)).toBe(6); // a # inside a word starts no comment
    expect(scanNesting("#[[[[\n  # [[[\n\nx: 1\n", 1)).toBe(-1); // comment and blank lines are skipped
    expect(scanNesting("a:\n  b: [[\n", 3)).toBe(9); // line 2 starts at 3; b is level 2, "[[" at 3 + 5
    expect(scanNesting("x: {a: {b: 1}}\n", 2)).toBe(7); // braces count as brackets do: the second { at 7
    expect(scanNesting("x: {a: 1} {b: 1} {c: 1}\n", 2)).toBe(-1);
    // after "- " the rest of the line is measured: "  - [[" holds levels at 2 and 4, then the second [
    // (column 5 of the line) makes five: offset 3 + 4 + 1
    expect(scanNesting("a:\n  - [[\n", 4)).toBe(8);
  });

  it("findExcessiveNesting: the limit is the most levels allowed", () => {
    const levels = (n: number) => Array.from({ length: n }, (_, i) => " ".repeat(i) + `k${i}:`).join("\n") + " 1\n";
    expect(findExcessiveNesting(levels(4), 4)).toBe(-1);
    expect(findExcessiveNesting(levels(5), 4)).toBe(levels(5).indexOf("    k4"));
    expect(findExcessiveNesting(levels(MAX_DEPTH))).toBe(-1);
    expect(findExcessiveNesting(levels(MAX_DEPTH + 1))).toBeGreaterThan(0);
  });

  it("a role file nested too deep is refused at the line and column where it passes the limit", () => {
    // MINIMAL is six lines; x: is line 7 (level 1) and k0 ... k31 lines 8 to 39 (levels 2 to 33): k31 passes 32
    const block = MINIMAL + "x:\n" + Array.from({ length: 40 }, (_, i) => " ".repeat(i + 1) + `k${i}:`).join("\n") + " 1\n";
    expect(diags(block)).toEqual([
      { file: "demo.yaml", line: 39, col: 1, path: "", message: "nesting is deeper than 32 levels", severity: "error" },
    ]);
    // x is level 1: the 32nd "[" (column 4 + 31) is level 33
    const flow = MINIMAL + "x: " + "[".repeat(40) + "]".repeat(40) + "\n";
    expect(diags(flow)).toEqual([
      { file: "demo.yaml", line: 7, col: 35, path: "", message: "nesting is deeper than 32 levels", severity: "error" },
    ]);
  });
});

describe("what YAML may hold in a role file", () => {
  const only = (text: string) => {
    const ds = diags(text);
    expect(ds).toHaveLength(1);
    return ds[0]!;
  };

  it("a file of comments holds no document", () => {
    expect(only("# only a comment\n")).toEqual({
      file: "demo.yaml",
      line: 1,
      col: 1,
      path: "",
      message: "file has no YAML document",
      severity: "error",
    });
  });

  it("a role file is one mapping: its messages name a role file", () => {
    expect(only(MINIMAL + "---\nid: x\n")).toEqual({
      file: "demo.yaml",
      line: 7,
      col: 1,
      path: "",
      message: "file holds 2 YAML documents; a role file holds one",
      severity: "error",
    });
    // the list starts on line 2, after a comment
    expect(only("# c\n- a\n")).toEqual({
      file: "demo.yaml",
      line: 2,
      col: 1,
      path: "",
      message: "a role file must be a mapping of keys to values",
      severity: "error",
    });
  });

  it("documents are counted, and the second is pointed at", () => {
    const r = parseYamlMapping("f.yaml", "a: 1\n---\nb: 2\n---\nc: 3\n", "a thing");
    expect(r).toEqual({
      ok: false,
      diagnostics: [
        { file: "f.yaml", line: 2, col: 1, path: "", message: "file holds 3 YAML documents; a thing holds one", severity: "error" },
      ],
    });
  });

  it("anchors and aliases: the first of each, with how many the file has", () => {
    expect(diags(MINIMAL + "a: &x 1\nb: *x\nc: *x\nd: &y 2\n")).toEqual([
      {
        file: "demo.yaml",
        line: 7,
        col: 7,
        path: "",
        message: "anchors (&x) are not allowed in role files (2 anchors in the file)",
        severity: "error",
      },
      {
        file: "demo.yaml",
        line: 8,
        col: 4,
        path: "",
        message: "aliases (*x) are not allowed in role files; write the value out (2 aliases in the file)",
        severity: "error",
      },
    ]);
    expect(diags(MINIMAL + "a: &x 1\n").map((d) => d.message)).toEqual(["anchors (&x) are not allowed in role files"]);
  });

  it("custom tags, by their short name", () => {
    expect(only(MINIMAL + "x: !!js/function 'f'\n")).toMatchObject({ line: 7, col: 4, message: "custom tag !!js/function is not allowed" });
    expect(only(MINIMAL + "x: !custom 1\n")).toMatchObject({ line: 7, col: 4, message: "custom tag !custom is not allowed" });
  });

  it("the core tags may be written out", () => {
    const r = parseRole("demo.yaml", MINIMAL.replace("title: Demo Role", "title: !!str Demo Role"), "demo");
    expect(r.ok && r.role.title).toBe("Demo Role");
  });

  it("keys that are not plain strings, and keys that reach the prototype", () => {
    expect(only(MINIMAL + "? [a]\n: 1\n")).toMatchObject({ line: 7, col: 3, message: "keys must be plain strings" });
    expect(only(MINIMAL + "prototype: 1\n")).toMatchObject({ line: 7, col: 1, message: 'key "prototype" is not allowed' });
    expect(only(MINIMAL + "x:\n  __proto__: 1\n")).toMatchObject({ line: 8, col: 3, message: 'key "__proto__" is not allowed' });
  });

  it("the YAML library's message without its own position", () => {
    expect(only(MINIMAL + "x: 1\nx: 2\n")).toEqual({
      file: "demo.yaml",
      line: 8,
      col: 1,
      path: "",
      message: "Map keys must be unique",
      severity: "error",
    });
  });
});

describe("unclosed quotes are pointed at where they open", () => {
  it("at the very start of the file", () => {
    expect(diags('"abc\n')).toEqual([
      {
        file: "demo.yaml",
        line: 1,
        col: 1,
        path: "",
        message: "unclosed quote: the string that starts here never ends",
        severity: "error",
      },
    ]);
  });

  it("other syntax errors keep the YAML library's message and place", () => {
    expect(diags(MINIMAL + "x: [\n")).toEqual([
      {
        file: "demo.yaml",
        line: 8,
        col: 1,
        path: "",
        message: "Flow sequence in block collection must be sufficiently indented and end with a ]",
        severity: "error",
      },
    ]);
  });

  it.each([
    ["a double quote", 'x: "abc\n', 4],
    ["a single quote", "x: 'abc\n", 4],
    ["after an escaped quote", 'x: "a \\" b\n', 4],
    ["after a doubled single quote", "x: 'don''t\n", 4],
    ["after an apostrophe in a plain word", "y: don't\nx: 'abc\n", 4],
    ["after a closed string", 'y: "ok"\nx: \'abc\n', 4],
    ["after a quote inside a comment", "y: 1 # it's\nx: 'abc\n", 4],
    ["after a backslash, which is plain text in single quotes", "z: 'a\\'\nx: 'abc\n", 4],
  ])("%s", (_name, tail, col) => {
    const d = diags(MINIMAL + tail).at(-1)!;
    const lines = (MINIMAL + tail).split("\n").length - 1;
    expect(d).toMatchObject({ line: lines, col, message: "unclosed quote: the string that starts here never ends" });
  });
});

describe("schema problems, each at its line with the key path", () => {
  it("an unknown key inside a list item is suggested from the item's keys", () => {
    const text = MINIMAL.replace("    title: Test guide\n", "    titel: Test guide\n");
    expect(diags(text)).toEqual([
      { file: "demo.yaml", line: 5, col: 5, path: "sources[0].title", message: 'missing required key "title"', severity: "error" },
      {
        file: "demo.yaml",
        line: 6,
        col: 5,
        path: "sources[0].titel",
        message: 'unknown key "titel"',
        severity: "error",
        suggestion: "title",
      },
    ]);
  });

  it("an unknown key under optional objects, three deep", () => {
    const text =
      MINIMAL + "level:\n  source: guide\n  title: T\n  step: 1\n  years:\n    min: 1\n    mx: 2\n  scope: s\n  focusAreas: [f]\n";
    expect(diags(text)).toEqual([
      { file: "demo.yaml", line: 13, col: 5, path: "level.years.mx", message: 'unknown key "mx"', severity: "error", suggestion: "max" },
    ]);
  });

  it("an unknown key with nothing close has no suggestion", () => {
    const [d] = diags(MINIMAL + "zzzzzzzz: 1\n");
    expect(d).toStrictEqual({ file: "demo.yaml", line: 7, col: 1, path: "zzzzzzzz", message: 'unknown key "zzzzzzzz"', severity: "error" });
  });

  it("a wrong value keeps zod's message; only an absent key is called missing", () => {
    const [d] = diags(MINIMAL.replace("title: Demo Role", "title: 5"));
    expect(d).toMatchObject({ line: 2, col: 8, path: "title" });
    expect(d!.message).not.toMatch(/missing/);
  });

  it("the id check names both ids, at the id's value", () => {
    expect(diags(MINIMAL, "other")).toEqual([
      { file: "demo.yaml", line: 1, col: 5, path: "id", message: 'id "demo" does not match the file name (other.yaml)', severity: "error" },
    ]);
  });
});

describe("locate", () => {
  const text = MINIMAL + "keyFacts:\n  growth:\n    percent: 4\n    source: guide\n";
  // made before each test, not once while the file loads: a test sees the code as it is while it runs
  // (mutation testing switches a change on for the tests only)
  let r: Extract<ParseResult, { ok: true }>;
  beforeEach(() => {
    const parsed = parseRole("demo.yaml", text, "demo");
    if (!parsed.ok) throw new Error("expected a role");
    r = parsed;
  });

  it("finds a value's line and column", () => {
    expect(r.locate(["keyFacts", "growth", "percent"])).toEqual({ line: 9, col: 14 });
    expect(r.locate(["sources", 0, "title"])).toEqual({ line: 6, col: 12 });
    expect(r.locate(["title"])).toEqual({ line: 2, col: 8 });
  });

  it("a path that does not exist: its nearest ancestor, else the top", () => {
    expect(r.locate(["keyFacts", "growth", "label"])).toEqual({ line: 9, col: 5 }); // the growth mapping starts at "percent"
    expect(r.locate(["nowhere"])).toEqual({ line: 1, col: 1 });
    expect(r.locate([])).toEqual({ line: 1, col: 1 });
  });
});

describe("parseWithSchema: any data file with a zod schema", () => {
  const schema = z.strictObject({
    opt: z.strictObject({ alpha: z.number() }).optional(),
    def: z.strictObject({ beta: z.number() }).default({ beta: 1 }),
    nul: z.strictObject({ gamma: z.number() }).nullable(),
    piped: z.strictObject({ delta: z.number() }).transform((x) => x),
    list: z.array(z.strictObject({ epsilon: z.number() })),
    rec: z.record(z.string(), z.strictObject({ zeta: z.number() })),
  });

  it("suggests keys through optional, default, nullable, transformed and list values; not through a record", () => {
    const text = "opt: {alpah: 1}\ndef: {bta: 1}\nnul: {gama: 1}\npiped: {delt: 1}\nlist: [{epsilom: 1}]\nrec: {k: {zetq: 1}}\n";
    const r = parseWithSchema("t.yaml", text, schema, "a test file");
    // each line: the key the value lacks (at the value), then the unknown key (at the key) and its suggestion
    expect(r.ok ? [] : r.diagnostics.map((d) => [d.line, d.col, d.path, d.suggestion ?? null])).toEqual([
      [1, 6, "opt.alpha", null],
      [1, 7, "opt.alpah", "alpha"],
      [2, 6, "def.beta", null],
      [2, 7, "def.bta", "beta"],
      [3, 6, "nul.gamma", null],
      [3, 7, "nul.gama", "gamma"],
      [4, 8, "piped.delta", null],
      [4, 9, "piped.delt", "delta"],
      [5, 8, "list[0].epsilon", null],
      [5, 9, "list[0].epsilom", "epsilon"],
      [6, 10, "rec.k.zeta", null],
      [6, 11, "rec.k.zetq", null],
    ]);
  });

  it("names the kind of file in its messages, and gives the checked value", () => {
    const two = parseWithSchema("t.yaml", "a: 1\n---\nb: 2\n", schema, "a test file");
    expect(two.ok ? null : two.diagnostics[0]!.message).toBe("file holds 2 YAML documents; a test file holds one");
    const good = parseWithSchema("t.yaml", "nul: null\npiped: {delta: 4}\nlist: []\nrec: {}\n", schema, "a test file");
    expect(good.ok && good.value).toEqual({ def: { beta: 1 }, nul: null, piped: { delta: 4 }, list: [], rec: {} });
  });
});
