/**
 * The build's helpers, and the built bundle (run `npm run build` first; `npm test` does): split into
 * chunks, rewritten as CommonJS, and what starts every command — dist/cli.js and any chunk it loads
 * before a command runs — holds commander and the command definitions, none of the libraries the
 * commands load when they need them.
 */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { type OutputInfo, redirectImports, staticClosure } from "../../src/build/startup-chunks.js";

const out = (imports: [string, string][], exports: string[] = []): OutputInfo => ({
  imports: imports.map(([path, kind]) => ({ path, kind })),
  exports,
});

describe("staticClosure", () => {
  it("follows static imports transitively and stops at dynamic ones", () => {
    const outputs = {
      "dist/cli.js": out([
        ["dist/chunks/a.js", "import-statement"],
        ["dist/chunks/run.js", "dynamic-import"],
      ]),
      "dist/chunks/a.js": out([["dist/chunks/b.js", "import-statement"]]),
      "dist/chunks/b.js": out([["dist/chunks/a.js", "import-statement"]]),
      "dist/chunks/run.js": out([["dist/chunks/c.js", "import-statement"]]),
      "dist/chunks/c.js": out([]),
    };
    expect([...staticClosure(outputs, "dist/cli.js")].sort()).toEqual(["dist/chunks/a.js", "dist/chunks/b.js"]);
    expect([...staticClosure(outputs, "dist/chunks/run.js")]).toEqual(["dist/chunks/c.js"]);
  });
});

describe("redirectImports", () => {
  const inlined = new Map([
    ["chunk-AAA.js", 0],
    ["chunk-BBB.js", 3],
  ]);
  it("points named imports of inlined chunks at cli.js under their re-exported names", () => {
    const code = 'import {\n  pick,\n  resolve as resolve2\n} from "./chunk-BBB.js";\nimport { keep } from "./chunk-CCC.js";\n';
    expect(redirectImports(code, inlined, "../cli.js")).toBe(
      'import { __startup3_pick as pick, __startup3_resolve as resolve2 } from "../cli.js";\nimport { keep } from "./chunk-CCC.js";\n',
    );
  });
  it("rewrites side-effect imports of inlined chunks and leaves the rest", () => {
    expect(redirectImports('import "./chunk-AAA.js";\nimport "./chunk-ZZZ.js";', inlined, "../cli.js")).toBe(
      'import "../cli.js";\nimport "./chunk-ZZZ.js";',
    );
  });
});

const dist = join(import.meta.dirname, "..", "..", "dist");
const files = ["cli.js", ...readdirSync(join(dist, "chunks")).map((f) => join("chunks", f))];
const text = (f: string) => readFileSync(join(dist, f), "utf8");

/** The files Node loads for `require("dist/cli.js")`, before a command runs (relative to dist/). */
let startup: string[] | undefined;
function startupFiles(): string[] {
  if (startup) return startup;
  const probe = `require(${JSON.stringify(join(dist, "cli.js"))}); console.log(JSON.stringify(Object.keys(require.cache)))`;
  const loaded = JSON.parse(execFileSync(process.execPath, ["-e", probe], { encoding: "utf8" })) as string[];
  return (startup = loaded.map((f) => relative(dist, f)));
}

/** Code that only each library has: names of its classes and functions, none of which src/ uses. */
const LIBRARIES: Record<string, RegExp> = {
  yaml: /\bYAMLParseError\b|\bComposer = class\b/,
  zod: /\$ZodType\b/,
  chalk: /\bcreateChalk\b|\bbgBlackBright\b/,
  inquirer: /\buseKeypress\b|\bcreatePrompt\b/,
};

describe("the built bundle", () => {
  it("is CommonJS, and loading cli.js loads no chunk until a command runs", () => {
    expect(JSON.parse(text("package.json"))).toEqual({ type: "commonjs" });
    expect(startupFiles()).toEqual(["cli.js"]);
  });

  it("starts without yaml, zod, chalk or inquirer code: they are in chunks loaded later", () => {
    for (const [library, code] of Object.entries(LIBRARIES)) {
      // the signature is real: the library's own chunk has it
      expect(
        files.filter((f) => code.test(text(f))),
        `${library} in dist/`,
      ).not.toEqual([]);
      expect(
        startupFiles().filter((f) => code.test(text(f))),
        `${library} at start-up`,
      ).toEqual([]);
    }
  });

  it("holds commander once, so the CLI never evaluates it twice", () => {
    expect(files.filter((f) => /CommanderError\d* = class/.test(text(f)))).toHaveLength(1);
  });

  it("parses YAML without reading process.env once per token", () => {
    const yamlChunk = files.filter((f) => /Composer = class/.test(text(f)));
    expect(yamlChunk).toHaveLength(1);
    expect(text(yamlChunk[0]!)).not.toMatch(/env\.LOG_(TOKENS|STREAM)/);
  });

  it("has no import of a chunk file that is not there", () => {
    for (const f of files) {
      for (const [, spec] of text(f).matchAll(/require\("(\.{1,2}\/[^"]+)"\)/g)) {
        expect(readdirSync(join(dist, f, "..", spec!, "..")), `${f} imports ${spec}`).toContain(spec!.split("/").pop());
      }
    }
  });
});
