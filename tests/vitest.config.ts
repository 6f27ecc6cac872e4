import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    root: new URL("..", import.meta.url).pathname,
    include: ["tests/**/*.test.ts"],
    testTimeout: 20_000,
    // the binary tests spawn processes; two cores here
    pool: "forks",
  },
});
