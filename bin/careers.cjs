#!/usr/bin/env node
// CommonJS, like dist/: Node then starts without loading its ES module loader.
"use strict";
const { readFileSync } = require("node:fs");
const { join } = require("node:path");

const dist = join(__dirname, "..", "dist");

/**
 * dist/cli.js, loaded as require() loads it, but compiled from dist/cli.cache: V8's code cache of it,
 * written by the build (src/build/main.ts) after a run, once, beside the code it is of, and never at run
 * time. V8 rejects a cache of another V8, other flags or another source, and the file is then compiled
 * as usual: the cache never changes what a run does. `module` is registered as require() would, so the
 * chunks' require("../cli.js") finds this one.
 */
function load() {
  const Module = require("node:module");
  const { Script } = require("node:vm");
  const file = join(dist, "cli.js");
  let cachedData;
  try {
    cachedData = readFileSync(join(dist, "cli.cache"));
  } catch {
    cachedData = undefined;
  }
  const script = new Script(Module.wrap(readFileSync(file, "utf8")), { filename: file, cachedData });
  const cli = new Module(file, module);
  cli.filename = file;
  cli.paths = Module._nodeModulePaths(dist);
  Module._cache[file] = cli;
  script.runInThisContext({ displayErrors: true }).call(cli.exports, cli.exports, Module.createRequire(file), cli, file, dist);
  cli.loaded = true;
  return { cli: cli.exports, script };
}

if (require.main !== module) module.exports = { load };
else if (process.argv.length === 3 && (process.argv[2] === "--version" || process.argv[2] === "-V"))
  // `careers --version` alone: package.json's version, the one the build gives commander, without loading the program
  process.stdout.write(`${JSON.parse(readFileSync(join(__dirname, "..", "package.json"), "utf8")).version}\n`);
else load().cli.main(process.argv);
