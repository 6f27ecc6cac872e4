/** The loader's parse step: every problem comes back as a diagnostic with file, line and column. */
import { describe, expect, it } from "vitest";
import { findExcessiveNesting, parseRole, parseRoleBytes } from "../../src/loader/parse.js";
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
