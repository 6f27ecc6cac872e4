/**
 * The tests Stryker runs for each mutant (tests/stryker.config.mjs): the unit tests only. They call the
 * code under mutation directly; the CLI tests would add minutes and no kills the unit tests miss.
 * Stryker further narrows this to the files that import a mutated module (`vitest.related`).
 */
import { defineConfig } from "vitest/config";
import base from "./vitest.config.js";

// the base's settings without its projects (whose includes would bring the CLI tests back), and each
// file in a module graph of its own, as Stryker expects. A test that runs out of time fails, and Stryker
// would count that as a kill: the property tests take over 20 s on a loaded machine, so the limit is
// two minutes here (Stryker's own timeout still catches a mutant that loops).
const { projects: _, ...shared } = base.test ?? {};
export default defineConfig({ test: { ...shared, include: ["tests/unit/**/*.test.ts"], testTimeout: 120_000 } });
