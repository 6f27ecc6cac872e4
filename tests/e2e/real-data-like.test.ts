/**
 * `careers match --like` over the real releases (imported once by real-data.setup.ts): the profile of
 * Customer Service Representatives is its own levels in Skills.txt and Knowledge.txt and its scores in
 * Interests.txt, read here from the O*NET zip; it is left out of the ranking, and --zone 3 keeps the
 * occupations Job Zones.txt puts in zone 3. Skipped, with a message from the setup, where the releases are
 * absent.
 */
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { tsv, unzip } from "../helpers/release-read.js";
import { spawnJson } from "../helpers/run.js";

const real = inject("realData");

const CSR = "43-4051.00";

interface Row {
  rank: number;
  code: string;
  title: string;
  jobZone: { zone: number } | null;
}

describe.skipIf(!real)("careers match --like over the real releases", () => {
  const release = () => {
    const onet = unzip(join(real!.dir, "db_29_3_text.zip"));
    const read = (name: string) => tsv(onet.get(`db_29_3_text/${name}`)!.toString("utf8"));
    return { read };
  };

  it(`--like ${CSR.slice(0, 7)}: its own levels and interests, every element rated, itself left out`, () => {
    const { read } = release();
    const env = { CAREERS_HOME: real!.home };
    const { data, result } = spawnJson(["match", "--like", "43-4051", "--json"], { env, timeout: 60_000 });
    expect(result.status, result.stderr).toBe(0);
    expect(data.source).toEqual({
      kind: "like",
      occupations: [{ id: "customer-service-representatives", code: CSR, title: "Customer Service Representatives", source: "onet" }],
    });
    // the level of each skill and knowledge area O*NET 29.3 rates for it; "not relevant" is a level of 0
    const levels: Record<string, number> = {};
    for (const file of ["Skills.txt", "Knowledge.txt"])
      for (const r of read(file))
        if (r["O*NET-SOC Code"] === CSR && r["Scale ID"] === "LV")
          levels[r["Element ID"]!] = r["Not Relevant"] === "Y" ? 0 : Number(r["Data Value"]);
    expect(Object.keys(levels)).toHaveLength(35 + 33);
    expect(data.profile.levels).toEqual(levels);
    // Interests.txt: R 2.05, I 1.62, A 1.00, S 3.84, E 5.11, C 6.16 (OI, occupational interests)
    const letters: Record<string, string> = {
      "1.B.1.a": "R",
      "1.B.1.b": "I",
      "1.B.1.c": "A",
      "1.B.1.d": "S",
      "1.B.1.e": "E",
      "1.B.1.f": "C",
    };
    const interests = Object.fromEntries(
      read("Interests.txt")
        .filter((r) => r["O*NET-SOC Code"] === CSR && r["Scale ID"] === "OI")
        .map((r) => [letters[r["Element ID"]!], Number(r["Data Value"])]),
    );
    expect(interests).toEqual({ R: 2.05, I: 1.62, A: 1, S: 3.84, E: 5.11, C: 6.16 });
    expect(data.profile.interests).toEqual(interests);
    expect(data.rated).toEqual({ skills: 35, knowledge: 33, interests: true, of: { skills: 35, knowledge: 33 }, rough: false });
    expect(data.parts).toEqual({ measured: ["skill", "knowledge", "interests"], unrated: [] });
    // every occupation of the release but the one held
    expect(data.total).toBe(read("Occupation Data.txt").length - 1);
    expect(data.results.map((r: Row) => r.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(data.results.map((r: Row) => r.code)).not.toContain(CSR);
  });

  it('--like "customer service representatives" --zone 3 --json: zone-3 occupations only, ranked as without the filter', () => {
    const { read } = release();
    const env = { CAREERS_HOME: real!.home };
    const { data, result } = spawnJson(["match", "--like", "customer service representatives", "--zone", "3", "--json"], {
      env,
      timeout: 60_000,
    });
    expect(result.status, result.stderr).toBe(0);
    expect(data.source.occupations.map((o: { code: string }) => o.code)).toEqual([CSR]);
    const zones = new Map(read("Job Zones.txt").map((r) => [r["O*NET-SOC Code"]!, Number(r["Job Zone"])]));
    // Job Zones.txt puts 219 occupations in zone 3 (Customer Service Representatives are zone 2)
    const zone3 = [...zones].filter(([, z]) => z === 3).length;
    expect(zone3).toBe(219);
    expect(zones.get(CSR)).toBe(2);
    expect(data.filters).toEqual({ zones: [3], minMedian: null, education: null });
    expect(data.shown).toEqual({ rows: 10, of: zone3 });
    for (const r of data.results as Row[]) {
      expect(zones.get(r.code), r.title).toBe(3);
      expect(r.jobZone?.zone).toBe(3);
    }
    // the same ten, in the same order and with the same ranks, as the zone-3 ones of the whole ranking
    const all = spawnJson(["match", "--like", CSR, "--limit", "0", "--json"], { env, timeout: 60_000 });
    expect(all.result.status, all.result.stderr).toBe(0);
    const expected = (all.data.results as Row[]).filter((r) => zones.get(r.code) === 3).slice(0, 10);
    expect(data.results.map((r: Row) => [r.rank, r.code])).toEqual(expected.map((r) => [r.rank, r.code]));
  });
});
