import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { redirectImports, staticClosure, type OutputInfo } from "../../src/build/startup-chunks.js";
import { withoutDebugEnv } from "../../src/build/yaml-debug-env.js";

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

describe("withoutDebugEnv", () => {
  it("turns yaml's per-token reads of its debug switches into false and leaves other reads alone", () => {
    const code = "if (node_process.env.LOG_TOKENS) log();\nif (node_process.env.LOG_STREAM) dir();\nconst home = process.env.HOME;";
    expect(withoutDebugEnv(code)).toEqual({ code: "if (false) log();\nif (false) dir();\nconst home = process.env.HOME;", found: 2 });
  });
});

describe("the built bundle", () => {
  const dist = join(import.meta.dirname, "..", "..", "dist");
  const files = ["cli.js", ...readdirSync(join(dist, "chunks")).map((f) => join("chunks", f))];
  const text = (f: string) => readFileSync(join(dist, f), "utf8");
  it("is CommonJS, and loading cli.js loads no chunk until a command runs", () => {
    expect(JSON.parse(text("package.json"))).toEqual({ type: "commonjs" });
    const probe = `require(${JSON.stringify(join(dist, "cli.js"))}); console.log(JSON.stringify(Object.keys(require.cache)))`;
    const loaded = JSON.parse(execFileSync(process.execPath, ["-e", probe], { encoding: "utf8" })) as string[];
    expect(loaded).toEqual([join(dist, "cli.js")]);
  });
  it("holds commander once, so the CLI never evaluates it twice", () => {
    expect(files.filter((f) => /CommanderError\d* = class/.test(text(f)))).toEqual(["cli.js"]);
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
