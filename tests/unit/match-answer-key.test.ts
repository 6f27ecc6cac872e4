/**
 * The related occupations are the answer key of `npm run eval`: the ranking of match must never read them.
 * core/match.ts and core/scale.ts take the ratings without `related` (the type says so) and name no reader
 * of them; the command reads the data set's figures (no related lists), never its whole ratings.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const source = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), "utf8");

describe("match never reads the related occupations", () => {
  it.each(["src/core/match.ts", "src/core/scale.ts", "src/core/like.ts", "src/core/resemblance.ts"])(
    "%s uses no related occupations",
    (path) => {
      const text = source(path);
      expect(text).not.toMatch(/\.related\b|\[["']related["']\]|lattice/);
      expect(text).not.toMatch(/\bratings\(\)/);
    },
  );

  it("the match command ranks on the figures, which leave the related lists out", () => {
    const text = source("src/commands/match-run.ts");
    expect(text).toMatch(/rankProfile\(profile, index, dataset\.figures\(records\)/);
    expect(text).not.toMatch(/\.ratings\(\)|\.related\b/);
  });
});
