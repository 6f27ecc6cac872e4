/**
 * dist/boot.js, the first file bin/careers.cjs loads: it turns on the code cache (app/code-cache.ts) for
 * the files beside it before dist/cli.js is compiled. Built on its own, as CommonJS, by build/main.ts.
 */
import { enableCodeCache } from "./app/code-cache.js";

declare const __CAREERS_BUILD_ID__: string;

export function boot(): void {
  enableCodeCache(__dirname, __CAREERS_BUILD_ID__);
}
