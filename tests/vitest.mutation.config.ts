/**
 * The tests Stryker runs for each mutant (tests/stryker.config.mjs): the unit tests only. They call the
 * code under mutation directly; the CLI tests would add minutes and no kills the unit tests miss.
 * Stryker further narrows this to the files that import a mutated module (`vitest.related`).
 */
import { defineConfig } from "vitest/config";
import base from "./vitest.config.js";

// not mergeConfig: it would add this include to the base's instead of replacing it
export default defineConfig({ ...base, test: { ...base.test, include: ["tests/unit/**/*.test.ts"] } });
