#!/usr/bin/env node
// CommonJS, like dist/: Node then starts without loading its ES module loader. The code cache first
// (src/app/code-cache.ts), so that the program's own files are read compiled where they were before.
require("../dist/boot.js").boot();
require("../dist/cli.js").main(process.argv);
