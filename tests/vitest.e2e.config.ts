import { defineConfig } from "vitest/config";

/** `npm run test:e2e`: real terminals (tmux), the completion scripts in their shells, the packed tarball installed. */
export default defineConfig({
  test: {
    root: new URL("..", import.meta.url).pathname,
    include: ["tests/e2e/**/*.test.ts"],
    // imports the real O*NET and BLS releases once, for the fidelity tests (skipped where they are absent)
    globalSetup: ["tests/e2e/real-data.setup.ts"],
    testTimeout: 60_000,
    // each test drives its own terminal or shell; two cores here
    pool: "forks",
  },
});
