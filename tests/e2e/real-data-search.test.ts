/**
 * Search and names over the real releases (imported once by real-data.setup.ts): the everyday queries of
 * tests/fixtures/search-queries.yaml, each with the occupation a person typing it means, find it first
 * for at least 90% of them and in the top 5 for at least 98%; names in show find by forms and alternate
 * titles. Skipped, with a message from the setup, where the releases are absent.
 */
import { readFileSync } from "node:fs";
import { describe, expect, inject, it } from "vitest";
import { parse } from "yaml";
import { spawnCli, spawnJson } from "../helpers/run.js";

const real = inject("realData");
const QUERIES: { query: string; code: string }[] = parse(
  readFileSync(new URL("../fixtures/search-queries.yaml", import.meta.url), "utf8"),
).queries;

describe.skipIf(!real)("search and names over the real releases", () => {
  const env = () => ({ CAREERS_HOME: real!.home });

  it("the everyday queries: the occupation meant first for 90%, in the top 5 for 98%", () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(40);
    const misses: string[] = [];
    let first = 0;
    let top5 = 0;
    for (const { query, code } of QUERIES) {
      const { data, result } = spawnJson(["search", ...query.split(" "), "--json", "--limit", "5"], { env: env(), timeout: 60_000 });
      expect(result.status, result.stderr).toBe(0);
      const rank = data.results.findIndex((r: { code: string }) => r.code === code) + 1;
      if (rank === 1) first++;
      if (rank >= 1) top5++;
      if (rank !== 1) misses.push(`${query}: ${rank || "not in the top 5"} (${data.results[0]?.title})`);
    }
    console.log(`search: first ${first}/${QUERIES.length}, top 5 ${top5}/${QUERIES.length}; not first: ${misses.join("; ") || "none"}`);
    expect(first / QUERIES.length, misses.join("\n")).toBeGreaterThanOrEqual(0.9);
    expect(top5 / QUERIES.length, misses.join("\n")).toBeGreaterThanOrEqual(0.98);
  }, 300_000);

  it("show names an occupation by its title in other forms, or a short title; several get the list", () => {
    const show = (name: string) => spawnJson(["show", name, "--json"], { env: env(), timeout: 60_000 });
    expect(show("registered nurse").data.code).toBe("29-1141.00");
    // Alternate Titles.txt: "Registered Nurse (RN)", short title RN, of 29-1141.00 alone
    expect(show("rn").data.code).toBe("29-1141.00");
    expect(show("lpn").data.code).toBe("29-2061.00");
    // CNA: the short title of alternate titles of 29-9093.00, 31-1121.00 and 31-1131.00
    const cna = spawnCli(["show", "cna"], { env: env() });
    expect(cna.status).toBe(2);
    expect(cna.stderr).toContain('"cna" names 3 occupations');
    for (const code of ["29-9093.00", "31-1121.00", "31-1131.00"]) expect(cna.stderr).toContain(code);
    const typo = spawnCli(["show", "registred nurse"], { env: env() });
    expect(typo.status).toBe(2);
    expect(typo.stderr).toContain('Did you mean "Registered Nurses"');
  });
});
