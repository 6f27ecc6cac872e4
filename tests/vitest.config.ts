import { defineConfig } from "vitest/config";

/** `npm test`: unit tests, in-process command tests and one spawned smoke run per command. */
export default defineConfig({
  test: {
    root: new URL("..", import.meta.url).pathname,
    include: ["tests/unit/**/*.test.ts", "tests/cli/**/*.test.ts"],
    testTimeout: 20_000,
    pool: "forks",
  },
});
