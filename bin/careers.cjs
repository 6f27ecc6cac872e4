#!/usr/bin/env node
// CommonJS, like dist/: Node then starts without loading its ES module loader.
require("../dist/cli.js").main(process.argv);
