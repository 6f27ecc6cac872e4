/**
 * Pure helpers of the build's second pass (see inlineStartupChunks in main.ts): which chunks cli.js
 * loads at start-up, and how the chunks loaded later import those bindings from cli.js instead.
 */

/** What esbuild's metafile says of one output file. */
export interface OutputInfo {
  imports: { path: string; kind: string; external?: boolean }[];
  exports: string[];
}

/** Output files reachable from `start` through static imports (paths as in the metafile). */
export function staticClosure(outputs: Record<string, OutputInfo>, start: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    for (const imp of outputs[file]?.imports ?? []) {
      if (imp.kind === "import-statement" && !imp.external && !seen.has(imp.path)) {
        seen.add(imp.path);
        visit(imp.path);
      }
    }
  };
  visit(start);
  return seen;
}

/** The name under which cli.js re-exports binding `name` of the `n`th start-up chunk. */
export const startupName = (n: number, name: string): string => `__startup${n}_${name}`;

/**
 * Point a lazily loaded chunk's imports of start-up chunks at cli.js, which re-exports their bindings
 * under their startupName.
 */
export function redirectImports(code: string, inlined: Map<string, number>, cliSpecifier: string): string {
  return code
    .replace(/import\s*\{([^}]*)\}\s*from\s*"\.\/([\w.-]+\.js)";/g, (whole, names: string, chunk: string) => {
      const n = inlined.get(chunk);
      if (n === undefined) return whole;
      const specs = names
        .split(",")
        .map((spec) => spec.trim())
        .filter(Boolean)
        .map((spec) => {
          const [name, local = name] = spec.split(/\s+as\s+/);
          return `${startupName(n, name!)} as ${local}`;
        });
      return `import { ${specs.join(", ")} } from "${cliSpecifier}";`;
    })
    .replace(/import\s*"\.\/([\w.-]+\.js)";/g, (whole, chunk: string) => (inlined.has(chunk) ? `import "${cliSpecifier}";` : whole));
}
