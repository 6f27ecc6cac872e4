/**
 * The build: validate the bundled role files, compile them to dist/roles.json (so the CLI needs neither
 * YAML nor zod to show them), write the JSON Schema, and bundle the CLI with esbuild.
 * A broken role file fails the build with `file:line:col: message`.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { build, transformSync } from "esbuild";
import { formatDiagnostic } from "../diagnostic.js";
import { compileModel, compileRoles } from "../loader/compile.js";
import { roleJsonSchemaText } from "../schema/json-schema.js";
import { redirectImports, startupName, staticClosure, type OutputInfo } from "./startup-chunks.js";
import { yamlDebugEnvPlugin } from "./yaml-debug-env.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const dist = join(root, "dist");

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
  for (const old of ["cli.js", "parse-worker.js", "package.json", "chunks"]) rmSync(join(dist, old), { recursive: true, force: true });
  mkdirSync(dist, { recursive: true });
  writeFileSync(join(dist, "roles.json"), JSON.stringify(index));
  writeFileSync(join(dist, "assessment.json"), JSON.stringify(model.value));
  const schemaText = roleJsonSchemaText();
  writeFileSync(join(dist, "role.schema.json"), schemaText);
  // cached user roles are valid only for the schema they were checked against
  const schemaHash = createHash("sha256").update(pkg.version).update(schemaText).digest("hex").slice(0, 16);
  const result = await build({
    absWorkingDir: root,
    entryPoints: { cli: join(root, "src", "cli.ts"), "parse-worker": join(root, "src", "loader", "parse-worker.ts") },
    outdir: dist,
    chunkNames: "chunks/[name]-[hash]",
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    logLevel: "warning",
    define: { __CAREERS_VERSION__: JSON.stringify(pkg.version), __CAREERS_SCHEMA_HASH__: JSON.stringify(schemaHash) },
    plugins: [yamlDebugEnvPlugin],
    metafile: true,
  });
  await inlineStartupChunks(result.metafile.outputs);
  convertToCommonJs();
}

/**
 * esbuild splits code only in ESM output, but Node starts faster on CommonJS: running an ES module
 * loads Node's ESM loader (about 8 ms on this machine, 6-9% of `careers --help`) and resolves each
 * import asynchronously. Once the chunks are final, every file is rewritten as CommonJS (dynamic
 * imports become require() behind a promise), and dist/package.json marks dist/ as CommonJS.
 */
function convertToCommonJs(): void {
  const files = ["cli.js", "parse-worker.js", ...readdirSync(join(dist, "chunks")).map((f) => join("chunks", f))];
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

/**
 * Code splitting leaves dist/cli.js importing a dozen small shared chunks at start-up, and Node loads
 * each module file in turn. A second pass folds every chunk cli.js imports statically into cli.js
 * itself, and cli.js re-exports their bindings; the chunks loaded later (handlers, renderers, prompts)
 * are rewritten to import those from cli.js, so each module still exists once. The worker thread's
 * chunks keep importing the original files, so a worker never loads the command-line code; the other
 * original start-up chunks are deleted.
 */
async function inlineStartupChunks(outputs: Record<string, OutputInfo>): Promise<void> {
  const rel = (file: string) => relative(root, file);
  const cliOut = rel(join(dist, "cli.js"));
  const startup = [...staticClosure(outputs, cliOut)];
  const workerGraph = staticClosure(outputs, rel(join(dist, "parse-worker.js")));
  const entry = join(dist, "cli.entry.js");
  const reexports = startup.map((chunk, n) => {
    const names = outputs[chunk]!.exports.map((name) => `${name} as ${startupName(n, name)}`);
    return `export { ${names.join(", ")} } from "./${relative(dist, join(root, chunk))}";`;
  });
  writeFileSync(entry, ['export * from "./cli.js";', ...reexports].join("\n") + "\n");
  const merged = join(dist, "cli.merged.js");
  await build({
    entryPoints: [entry],
    outfile: merged,
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    logLevel: "warning",
    plugins: [
      {
        name: "keep-dynamic-imports",
        setup(b) {
          b.onResolve({ filter: /.*/ }, (args) =>
            args.kind === "dynamic-import" ? { path: "./" + relative(dist, join(args.resolveDir, args.path)), external: true } : undefined,
          );
        },
      },
    ],
  });
  renameSync(merged, join(dist, "cli.js"));
  rmSync(entry);
  const inlined = new Map(startup.map((chunk, n) => [chunk.split("/").pop()!, n]));
  for (const out of Object.keys(outputs)) {
    if (!out.startsWith(rel(join(dist, "chunks"))) || workerGraph.has(out)) continue;
    const file = join(root, out);
    if (startup.includes(out)) rmSync(file);
    else writeFileSync(file, redirectImports(readFileSync(file, "utf8"), inlined, "../cli.js"));
  }
}

await main();
