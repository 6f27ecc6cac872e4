import { defineConfig } from "vitest/config";

/** Test files that replace a module (vi.mock) need a module graph of their own. */
const MOCKING = [
  "tests/unit/read-errors.test.ts",
  "tests/unit/assess-occupation-prompts.test.ts",
  "tests/unit/prompts-hostile.test.ts",
  // inquirer's test screen (its prompts mocked) shared with no other file's prompts
  "tests/cli/esco-assess-interactive.test.ts",
  "tests/unit/assess-items-prompts.test.ts",
];

/**
 * `npm test`: unit tests, in-process command tests and one spawned smoke run per command. The files share
 * each worker's loaded modules (isolate: false): loading src/ once a worker instead of once a file takes
 * the suite from about 120 s to 45 s on two cores. Nothing in src/ keeps state between runs of the program
 * (each run builds its own program and context), so sharing the modules changes no result.
 */
export default defineConfig({
  test: {
    root: new URL("..", import.meta.url).pathname,
    testTimeout: 20_000,
    pool: "forks",
    projects: [
      {
        extends: true,
        test: { name: "shared", include: ["tests/unit/**/*.test.ts", "tests/cli/**/*.test.ts"], exclude: MOCKING, isolate: false },
      },
      { extends: true, test: { name: "isolated", include: MOCKING, isolate: true } },
    ],
  },
});
