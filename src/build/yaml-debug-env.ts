/**
 * An esbuild plugin for the yaml package: its parser and composer read `process.env.LOG_TOKENS` and
 * `process.env.LOG_STREAM` (debug logging) once per token, and every read of process.env is a call
 * into C++. Over a first `list` of 10,000 role files those reads cost about 14% of the parsing time,
 * so the bundle reads them as `false`. Nothing else in yaml changes.
 */
import { readFileSync } from "node:fs";
import type { Plugin } from "esbuild";

const DEBUG_ENV = /\b[\w$]+\.env\.(LOG_TOKENS|LOG_STREAM)\b/g;

/** yaml's source with its per-token debug switches off; `found` counts the reads replaced. */
export function withoutDebugEnv(code: string): { code: string; found: number } {
  let found = 0;
  const out = code.replace(DEBUG_ENV, () => (found++, "false"));
  return { code: out, found };
}

export const yamlDebugEnvPlugin: Plugin = {
  name: "yaml-debug-env",
  setup(build) {
    build.onLoad({ filter: /[\\/]yaml[\\/]dist[\\/](parse[\\/]parser|compose[\\/]composer)\.js$/ }, (args) => {
      const { code, found } = withoutDebugEnv(readFileSync(args.path, "utf8"));
      const warnings = found === 0 ? [{ text: `yaml-debug-env: no debug switch found in ${args.path}; parsing works, only slower` }] : [];
      return { contents: code, loader: "js", warnings };
    });
  },
};
