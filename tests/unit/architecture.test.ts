/**
 * The one-way flow the docs describe, checked on the real imports: YAML files -> loader -> core -> render
 * -> commands. Each folder of src/ may import only the folders listed for it (and itself); npm packages
 * and node: built-ins are not counted here (the build test checks what start-up loads).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/run.js";

const SRC = join(ROOT, "src");

/** The layer of a file under src/: its top folder, or the file's own name for top-level files. */
const layerOf = (file: string): string => relative(SRC, file).split("/")[0]!.replace(/\.ts$/, "");

const ALLOWED: Record<string, string[]> = {
  text: [],
  schema: ["text"],
  diagnostic: ["schema"],
  errors: ["diagnostic"],
  loader: ["schema", "text", "diagnostic", "errors"],
  store: ["schema", "errors", "loader"],
  core: ["schema", "text", "diagnostic", "errors"],
  render: ["core", "schema", "text", "diagnostic", "errors"],
  prompts: ["core", "render", "schema", "text", "errors"],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith(".ts") ? [path] : [];
  });
}

const importsOf = (file: string): string[] =>
  [...readFileSync(file, "utf8").matchAll(/(?:from|import)\s*\(?\s*"(\.[^"]+)"/g)].map((m) =>
    resolve(dirname(file), m[1]!.replace(/\.js$/, ".ts")),
  );

describe("import graph", () => {
  it("each layer imports only the layers below it", () => {
    const wrong: string[] = [];
    for (const file of sourceFiles(SRC)) {
      const from = layerOf(file);
      const allowed = ALLOWED[from];
      if (!allowed) continue; // app, commands, build, cli: the top, which may use every layer
      for (const target of importsOf(file)) {
        const to = layerOf(target);
        if (to !== from && !allowed.includes(to)) wrong.push(`${relative(ROOT, file)} -> ${relative(ROOT, target)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("would catch a wrong import (the check itself works)", () => {
    expect(layerOf(join(SRC, "core", "compare.ts"))).toBe("core");
    expect(ALLOWED.core).not.toContain("loader");
    expect(ALLOWED.loader).not.toContain("core");
    expect(importsOf(join(SRC, "core", "compare.ts")).some((p) => p.endsWith("/src/core/summary.ts"))).toBe(true);
  });
});
