/**
 * The build: validate the bundled role files, compile them to dist/roles.json (so the CLI needs neither
 * YAML nor zod to show them), write the JSON Schema, and bundle the CLI with esbuild.
 * A broken role file fails the build with `file:line:col: message`.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { build, type Plugin, transformSync } from "esbuild";
import { z } from "zod";
import { formatDiagnostic } from "../diagnostic.js";
import { compileModel, compileRoles } from "../loader/compile.js";
import { matchAnswersSchema, occupationAnswersSchema } from "../schema/assessment.js";
import { roleJsonSchemaText } from "../schema/json-schema.js";
import { type OutputInfo, redirectImports, startupName, staticClosure } from "./startup-chunks.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const dist = join(root, "dist");

/**
 * yaml's own ES module build (its "browser" export, the same parser): its Node build reads
 * process.env.LOG_TOKENS and LOG_STREAM (debug switches) once per token, and a first `list` of 200 role
 * files counted 13% more instructions with it (10.4G against 9.2G, valgrind's cachegrind).
 */
const yamlEsm = join(dirname(createRequire(import.meta.url).resolve("yaml/package.json")), "browser", "index.js");

/**
 * commander requires node:child_process when it loads (for subcommands run as executables of their own,
 * which careers has none of), and child_process loads net, dgram and the stream modules: about a tenth of
 * what `--help` adds to bare node. Its require is given a stand-in that loads the module on first use.
 * Measured in instructions (valgrind's cachegrind, output to a pipe, with app/std-streams.ts):
 * --help 547M against 562M without this.
 */
const lazyChildProcess: Plugin = {
  name: "lazy-child-process",
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: "child_process", namespace: "lazy-builtin" } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: "lazy-builtin" }, () => ({
      contents: 'let m;\nmodule.exports = new Proxy({}, { get: (_, key) => (m ??= require("node:child_process"))[key] });\n',
      loader: "js",
    }));
  },
};

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
  // cached user roles and answers files are valid only for the schemas they were checked against
  const schemaHash = createHash("sha256")
    .update(pkg.version)
    .update(schemaText)
    .update(JSON.stringify(z.toJSONSchema(occupationAnswersSchema, { io: "input" })))
    .update(JSON.stringify(z.toJSONSchema(matchAnswersSchema, { io: "input" })))
    .digest("hex")
    .slice(0, 16);
  const result = await build({
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
    plugins: [lazyChildProcess],
    define: { __CAREERS_VERSION__: JSON.stringify(pkg.version), __CAREERS_SCHEMA_HASH__: JSON.stringify(schemaHash) },
    metafile: true,
  });
  await inlineStartupChunks(result.metafile.outputs);
  convertToCommonJs();
  writeCodeCache();
}

/**
 * Code splitting leaves dist/cli.js importing a dozen small shared chunks at start-up (errors, names,
 * diagnostics, the constants the command definitions show), and loading each as a file of its own
 * costs more than its code. A second pass folds every chunk cli.js imports statically into cli.js
 * itself, and cli.js re-exports their bindings; the chunks loaded later (handlers, renderers, prompts)
 * are rewritten to import those from cli.js, so each module still exists once, and the start-up chunks
 * are deleted.
 * Measured in instructions (valgrind's cachegrind: unlike wall time, the count does not move with the
 * load of a shared machine; bare `node -e 0` about 505M), with this pass against without it: --version
 * 549M against 581M (1.09x bare node against 1.15x), --help 559M against 592M (1.11x against 1.17x),
 * show clerk --json 582M against 614M. Wall-time ratios to bare node stand about 1.75 times as far
 * above 1 as these counts (--version: 1.18x timed by the bench, 1.09x counted), so without this pass
 * --version and --help would come to about 1.3x, their target.
 */
async function inlineStartupChunks(outputs: Record<string, OutputInfo>): Promise<void> {
  const rel = (file: string) => relative(root, file);
  const startup = [...staticClosure(outputs, rel(join(dist, "cli.js")))];
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
    if (!out.startsWith(rel(join(dist, "chunks")))) continue;
    const file = join(root, out);
    if (startup.includes(out)) rmSync(file);
    else writeFileSync(file, redirectImports(readFileSync(file, "utf8"), inlined, "../cli.js"));
  }
}

/**
 * esbuild splits code only in ESM output; once the chunks are final, every file is rewritten as CommonJS
 * by esbuild's own transform (dynamic imports become require() behind a promise), and dist/package.json
 * marks dist/ as CommonJS. Node then loads each file synchronously, without its ES module loader.
 * Measured as above, against the same build left as ES modules (start-up chunks folded in both):
 * show clerk --json 582M instructions against 615M, show clerk 631M against 651M, --version 549M
 * against 570M, --help 559M against 581M; in wall time, ES modules would put --help at about 1.28x
 * (target 1.3x) and show clerk --json at about 1.40x (target 1.5x).
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

/**
 * dist/cli.cache: V8's code cache of dist/cli.js, read by bin/careers.cjs in place of compiling it again
 * on every run. Made by a run of the built program in a child process (`--help`, then `show clerk` in
 * tables and as JSON, so that what they compile is in it), over no data of the user's, and written
 * whole (a temporary file renamed). It is of this Node's V8: another V8 rejects it and compiles as usual.
 * Measured in instructions (valgrind's cachegrind; bare `node -e 0` 503M): --help 587M without it, 550M
 * with it; show clerk --json 603M -> 572M; show clerk 724M -> 692M.
 */
function writeCodeCache(): void {
  const empty = mkdtempSync(join(tmpdir(), "careers-build-"));
  const cache = join(dist, "cli.cache");
  const warm = `
const { writeFileSync, renameSync } = require("node:fs");
const { cli, script } = require(${JSON.stringify(join(root, "bin", "careers.cjs"))}).load();
(async () => {
  for (const args of [["--help"], ["show", "clerk"], ["show", "clerk", "--json"]]) await cli.main(["node", "careers", ...args]);
  writeFileSync(${JSON.stringify(cache + ".tmp")}, script.createCachedData());
  renameSync(${JSON.stringify(cache + ".tmp")}, ${JSON.stringify(cache)});
})();`;
  const env = { PATH: process.env.PATH, HOME: empty, CAREERS_HOME: empty, XDG_CACHE_HOME: empty, NO_COLOR: "1", CAREERS_PAGER: "" };
  const r = spawnSync(process.execPath, ["-e", warm], { env, encoding: "utf8", stdio: ["ignore", "ignore", "pipe"] });
  rmSync(empty, { recursive: true, force: true });
  if (r.status !== 0) throw new Error(`build: the code cache run failed (exit ${r.status}): ${r.stderr}`);
}

await main();
