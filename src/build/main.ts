/**
 * The build: validate the bundled role files, compile them to dist/roles.json (so the CLI needs neither
 * YAML nor zod to show them), write the JSON Schema, and bundle the CLI with esbuild.
 * A broken role file fails the build with `file:line:col: message`.
 */
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build, transformSync } from "esbuild";
import { formatDiagnostic } from "../diagnostic.js";
import { compileModel, compileRoles } from "../loader/compile.js";
import { roleJsonSchemaText } from "../schema/json-schema.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const dist = join(root, "dist");

/**
 * yaml's own ES module build (its "browser" export, the same parser): its Node build reads
 * process.env.LOG_TOKENS and LOG_STREAM once per token, and a first `list` of 200 role files took about
 * 25% more CPU time with it (2.97 s against 2.36 s).
 */
const yamlEsm = join(dirname(createRequire(import.meta.url).resolve("yaml/package.json")), "browser", "index.js");

async function main(): Promise<void> {
  const { index, problems } = compileRoles(root);
  if (problems.length > 0 || index.roles.length === 0) {
    for (const p of problems) process.stderr.write(formatDiagnostic(p) + "\n");
    process.stderr.write(`build: ${problems.length} problem(s) in data/roles\n`);
    process.exitCode = 1;
    return;
  }
  const model = compileModel(root);
  if (!model.ok) {
    for (const p of model.diagnostics) process.stderr.write(formatDiagnostic(p) + "\n");
    process.exitCode = 1;
    return;
  }
  const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };
  // everything but the running build script goes, so no file of an earlier build is left to be packed
  mkdirSync(dist, { recursive: true });
  for (const old of readdirSync(dist)) if (old !== "build") rmSync(join(dist, old), { recursive: true, force: true });
  writeFileSync(join(dist, "roles.json"), JSON.stringify(index));
  writeFileSync(join(dist, "assessment.json"), JSON.stringify(model.value));
  const schemaText = roleJsonSchemaText();
  writeFileSync(join(dist, "role.schema.json"), schemaText);
  // cached user roles are valid only for the schema they were checked against
  const schemaHash = createHash("sha256").update(pkg.version).update(schemaText).digest("hex").slice(0, 16);
  await build({
    absWorkingDir: root,
    entryPoints: { cli: join(root, "src", "cli.ts") },
    outdir: dist,
    chunkNames: "chunks/[name]-[hash]",
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    logLevel: "warning",
    alias: { yaml: yamlEsm },
    define: { __CAREERS_VERSION__: JSON.stringify(pkg.version), __CAREERS_SCHEMA_HASH__: JSON.stringify(schemaHash) },
  });
  convertToCommonJs();
}

/**
 * esbuild splits code only in ESM output; once the chunks are final, every file is rewritten as CommonJS
 * by esbuild's own transform (dynamic imports become require() behind a promise), and dist/package.json
 * marks dist/ as CommonJS. Node loads a CommonJS file synchronously, an ES module through its loader's
 * asynchronous resolve-load-link steps, and `show clerk` loads 24 files (`--version` 13). Measured against the same
 * build left as ES modules (60 alternating runs, CPU time, bare `node -e 0` 158 ms): show clerk --json
 * 231 ms against 260 ms (1.46x bare against 1.64x; target 1.5x), show clerk 246 against 281 ms (1.55x
 * against 1.78x; target 1.7x), --version 214 against 223 ms, --help 218 against 229 ms.
 */
function convertToCommonJs(): void {
  const files = ["cli.js", ...readdirSync(join(dist, "chunks")).map((f) => join("chunks", f))];
  for (const file of files) {
    const path = join(dist, file);
    const code = readFileSync(path, "utf8");
    const out = transformSync(code, {
      format: "cjs",
      platform: "node",
      target: "node20",
      logLevel: "warning",
      sourcefile: file,
      // import() would load the ES module loader again, and see a chunk only as CommonJS exports
      supported: { "dynamic-import": false },
      ...(code.includes("import.meta.url") && {
        define: { "import.meta.url": "__careers_url" },
        banner: 'var __careers_url = require("node:url").pathToFileURL(__filename).href;',
      }),
    });
    writeFileSync(path, out.code);
  }
  writeFileSync(join(dist, "package.json"), JSON.stringify({ type: "commonjs" }) + "\n");
}

await main();
