/**
 * Reading some rows of ratings.json (src/loader/ratings-rows.ts): the rows it gives are the file's own, for
 * every occupation of the harbour town as import writes it; a file laid out otherwise gives null (the
 * caller then parses all of it).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Dataset, installedSet } from "../../src/loader/occupations.js";
import { ratingsAround } from "../../src/loader/ratings-rows.js";
import type { StoredRatings } from "../../src/schema/occupation.js";
import { SCALE_OCCUPATIONS, scaleHome } from "../helpers/scale-fixture.js";

describe("ratingsAround", () => {
  let home: { home: string; cleanup: () => void };
  let text: string;
  let full: StoredRatings;
  let dir: string;
  const n = SCALE_OCCUPATIONS.length;
  beforeAll(async () => {
    home = await scaleHome();
    dir = installedSet(join(home.home, "occupations"))!;
    text = readFileSync(join(dir, "ratings.json"), "utf8");
    full = JSON.parse(text);
  });
  afterAll(() => home.cleanup());

  it("gives each occupation's rows and its related occupations' rows as the file holds them, and no others", () => {
    for (let i = 0; i < n; i++) {
      const part = ratingsAround(text, i, n)!;
      expect(part, String(i)).not.toBeNull();
      expect(part.elements).toEqual(full.elements);
      expect(part.related[i]).toEqual(full.related[i]);
      const around = new Set([i, ...full.related[i]!.map(([p]) => p)]);
      for (let k = 0; k < n; k++) {
        expect(part.importance[k], `${i}: ${k}`).toEqual(around.has(k) ? full.importance[k] : undefined);
        expect(part.level[k], `${i}: ${k}`).toEqual(around.has(k) ? full.level[k] : undefined);
      }
      expect(part.related.length).toBe(n);
    }
    // Tide Clerks relate to four occupations: five rows read
    const clerks = new Dataset(dir).names().findIndex((o) => o.title === "Tide Clerks");
    expect(ratingsAround(text, clerks, n)!.importance.filter(Boolean)).toHaveLength(5);
  });

  it("gives null for a file laid out otherwise, or of another size, and the data set then reads all of it", () => {
    expect(ratingsAround(JSON.stringify(full, null, 1), 0, n)).toBeNull();
    expect(ratingsAround(text, 0, n + 1)).toBeNull();
    expect(ratingsAround(text.replace('"format":2', '"format":1'), 0, n)).toBeNull();
    expect(new Dataset(dir).ratingsAround(0).importance[0]).toEqual(full.importance[0]);
  });
});
