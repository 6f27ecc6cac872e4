/**
 * Hostile and broken role files, one a case: what to write, and the error `careers validate` must give.
 * Generated into a temp folder at test time (binary and huge files are never committed).
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MAX_FILE_BYTES } from "../../src/loader/read.js";

/** A valid role: id, title, summary and one source. */
export const minimalRole = (id: string): string => `id: ${id}
title: Demo Role
summary: A role for tests.
sources:
  - id: guide
    title: Test guide
`;

export interface HostileCase {
  /** also the file's name: <name>.yaml */
  name: string;
  content: (id: string) => string | Uint8Array;
  message: RegExp;
  /** 0 where the problem has no place in the file */
  line: number;
  col?: number;
}

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p) : Buffer.from(p))));

const billionLaughs = () =>
  "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" +
  Array.from(
    { length: 9 },
    (_, i) =>
      `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9)
        .fill(`*${String.fromCharCode(97 + i)}`)
        .join(", ")}]`,
  ).join("\n") +
  "\n";

export const HOSTILE_CASES: HostileCase[] = [
  { name: "empty", content: () => "", message: /file is empty/, line: 0 },
  { name: "blank", content: () => "  \n\n \t\n", message: /file is empty/, line: 0 },
  { name: "binary", content: () => bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), message: /binary/, line: 0 },
  { name: "invalid-utf8", content: (id) => bytes(`id: ${id}\ntitle: caf`, [0xc3, 0x28], "\n"), message: /not valid UTF-8/, line: 0 },
  { name: "bad-indentation", content: (id) => `id: ${id}\ntitle: Demo\n  summary: x\nsources: []\n`, message: /mapping/i, line: 2, col: 8 },
  { name: "tab-indentation", content: (id) => minimalRole(id) + "pros:\n\tsource: guide\n", message: /tab/i, line: 8 },
  {
    name: "unclosed-quote",
    content: (id) => minimalRole(id) + 'pros:\n  source: guide\n  items: ["never closed\n',
    message: /unclosed quote/,
    line: 9,
    col: 11,
  },
  { name: "duplicate-keys", content: (id) => minimalRole(id) + "title: Again\n", message: /unique/, line: 7 },
  { name: "two-documents", content: (id) => minimalRole(id) + "---\n" + minimalRole(id), message: /2 YAML documents/, line: 7 },
  {
    name: "alias-bomb",
    content: (id) => minimalRole(id) + billionLaughs(),
    message: /anchors \(&a\) are not allowed in role files \(10 anchors in the file\)/,
    line: 7,
  },
  { name: "self-alias", content: (id) => minimalRole(id) + "loop: &loop [*loop]\n", message: /anchors|aliases|alias/, line: 7 },
  {
    name: "deep-flow",
    content: (id) => minimalRole(id) + "x: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n",
    message: /nesting is deeper than 32/,
    line: 7,
  },
  {
    name: "deep-block",
    content: (id) => minimalRole(id) + Array.from({ length: 200 }, (_, i) => " ".repeat(i) + `k${i}:`).join("\n") + " 1\n",
    message: /nesting is deeper than 32/,
    line: 39,
  },
  {
    name: "deep-sequence",
    content: (id) => minimalRole(id) + "x:\n  " + "- ".repeat(5000) + "1\n",
    message: /nesting is deeper than 32/,
    line: 8,
  },
  {
    name: "custom-tag",
    content: (id) => minimalRole(id) + "notes: !!js/function 'function () { return 1 }'\n",
    message: /custom tag .*js\/function.* not allowed/,
    line: 7,
    col: 8,
  },
  {
    name: "proto-key",
    content: (id) => minimalRole(id) + "__proto__:\n  polluted: true\n",
    message: /key "__proto__" is not allowed/,
    line: 7,
    col: 1,
  },
  {
    name: "constructor-key",
    content: (id) => minimalRole(id) + "keyFacts:\n  constructor: 1\n",
    message: /key "constructor" is not allowed/,
    line: 8,
    col: 3,
  },
  {
    name: "wrong-type",
    content: (id) => minimalRole(id) + "keyFacts:\n  growth:\n    percent: four\n    source: guide\n",
    message: /keyFacts\.growth\.percent: .*number/,
    line: 9,
    col: 14,
  },
  { name: "not-a-mapping", content: () => "- just\n- a list\n", message: /must be a mapping/, line: 1 },
  {
    name: "unknown-key",
    content: (id) => minimalRole(id) + "sumary: typo\n",
    message: /unknown key "sumary" \(did you mean "summary"\?\)/,
    line: 7,
    col: 1,
  },
  {
    name: "missing-key",
    content: (id) => `id: ${id}\ntitle: T\nsources: [{id: g, title: G}]\n`,
    message: /missing required key "summary"/,
    line: 1,
  },
  { name: "id-mismatch", content: () => minimalRole("someone-else"), message: /does not match the file name/, line: 1, col: 5 },
  {
    name: "terminal-escape",
    content: (id) => minimalRole(id).replace("title: Demo Role", 'title: "Demo \\e[31mRole\\e]0;pwned\\a"'),
    message: /title: contains a control character/,
    line: 2,
    col: 8,
  },
  {
    // "Demo evil<U+202E>txt.exe" reads as "Demo evilexe.txt"
    name: "bidi-override",
    content: (id) => minimalRole(id).replace("title: Demo Role", 'title: "Demo evil\\u202Etxt.exe"'),
    message: /title: contains a control character \(such as a terminal escape\) or an invisible one/,
    line: 2,
    col: 8,
  },
  {
    name: "zero-width-space",
    content: (id) => minimalRole(id).replace("title: Demo Role", 'title: "Demo\\u200BRole"'),
    message: /title: contains a control character \(such as a terminal escape\) or an invisible one/,
    line: 2,
    col: 8,
  },
  {
    name: "newline-in-title",
    content: (id) => minimalRole(id).replace("title: Demo Role", 'title: "Demo\\nRole"'),
    message: /title: holds a line break; a title is one line/,
    line: 2,
    col: 8,
  },
  {
    name: "huge",
    content: (id) => minimalRole(id) + "# padding\n".repeat(Math.ceil(MAX_FILE_BYTES / 10) + 10),
    message: /too large .*limit is 524288/,
    line: 0,
  },
];

export interface HostileDir {
  dir: string;
  file: (name: string) => string;
}

/** Write every case into a fresh folder as <name>.yaml. */
export function writeHostileCases(cases: readonly HostileCase[] = HOSTILE_CASES): HostileDir {
  const dir = mkdtempSync(join(tmpdir(), "careers-hostile-"));
  const file = (name: string) => join(dir, `${name}.yaml`);
  for (const c of cases) writeFileSync(file(c.name), c.content(c.name));
  return { dir, file };
}

/** A folder holding a link to itself (`loop.yaml -> loop.yaml`) and a folder link to itself. */
export function writeLinkLoops(): { dir: string; fileLoop: string; dirLoop: string } {
  const dir = mkdtempSync(join(tmpdir(), "careers-loops-"));
  const fileLoop = join(dir, "loop.yaml");
  symlinkSync(fileLoop, fileLoop);
  const dirLoop = join(dir, "folder-loop");
  symlinkSync(dirLoop, dirLoop);
  mkdirSync(join(dir, "empty"));
  return { dir, fileLoop, dirLoop };
}
