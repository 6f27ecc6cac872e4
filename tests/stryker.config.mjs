// Mutation testing (`npm run mutate`): see docs/mutation.md for how to run it and read the report.
// Paths are relative to the repository root, where the npm script runs.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  vitest: { configFile: "tests/vitest.mutation.config.ts", related: true },
  mutate: [
    "src/core/**/*.ts",
    "src/text/forms.ts",
    "src/text/search-lines.ts",
    "src/loader/parse.ts",
    "src/loader/ratings-file.ts",
    "src/import/join.ts",
  ],
  coverageAnalysis: "perTest",
  // A mutant reached only while modules load (the section table, the allowed YAML tags) would need every
  // test re-run in a fresh process; the test files also parse the shipped roles while loading, which made
  // about a third of all mutants "static" and the run take hours. Those reached by a test as well are still
  // run with the tests that reach them; only the purely static ones are left out (shown as "Ignored").
  ignoreStatic: true,
  concurrency: 2,
  timeoutMS: 10000,
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: "reports/mutation/mutation.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true, reportMutants: true },
  tempDirName: ".stryker-tmp",
  ignorePatterns: ["dist", "reports", "coverage", ".stryker-tmp"],
  cleanTempDir: true,
  // report only: the score is read by a person (docs/mutation.md), not enforced here
  thresholds: { high: 90, low: 80, break: null },
};
