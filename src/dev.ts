/**
 * `npm run dev -- <args>`: the CLI run from its TypeScript source, no build needed (tsx compiles each
 * module as it is imported). The version the build would stamp in is read from package.json.
 */
import { readFileSync } from "node:fs";

const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
(globalThis as { __CAREERS_VERSION__?: string }).__CAREERS_VERSION__ = pkg.version;
const { main } = await import("./cli.js");
await main(process.argv);
