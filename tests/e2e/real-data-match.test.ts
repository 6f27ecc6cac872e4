/**
 * `careers match` over the real releases (imported once by real-data.setup.ts): a profile of Customer
 * Service Representatives' own skill levels, read here from Skills.txt in the O*NET zip, ranks them first
 * or within the top 3. Skipped, with a message from the setup, where the releases are absent.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { tsv, unzip } from "../helpers/release-read.js";
import { spawnJson } from "../helpers/run.js";

const real = inject("realData");

const CSR = "43-4051.00";

describe.skipIf(!real)("careers match over the real releases", () => {
  it(`answers equal to ${CSR}'s own skill levels rank it first, or within the top 3, every need met`, () => {
    const onet = unzip(join(real!.dir, "db_29_3_text.zip"));
    const rows = tsv(onet.get("db_29_3_text/Skills.txt")!.toString("utf8"));
    const levels = rows.filter((r) => r["O*NET-SOC Code"] === CSR && r["Scale ID"] === "LV");
    // the 35 skills O*NET 29.3 rates, each once
    expect(levels).toHaveLength(35);
    const skills = Object.fromEntries(levels.map((r) => [r["Element Name"]!, Number(r["Data Value"])]));
    const file = join(mkdtempSync(join(tmpdir(), "careers-match-real-")), "levels.json");
    writeFileSync(file, JSON.stringify({ skills }));
    const env = { CAREERS_HOME: real!.home };

    const { data, result } = spawnJson(["match", "--answers", file, "--json", "--limit", "3"], { env, timeout: 60_000 });
    expect(result.status, result.stderr).toBe(0);
    const occupations = tsv(onet.get("db_29_3_text/Occupation Data.txt")!.toString("utf8"));
    expect(data.total).toBe(occupations.length);
    expect(data.parts).toEqual({ measured: ["skill"], unrated: ["knowledge", "interests"] });
    const csr = data.results.find((r: { code: string }) => r.code === CSR);
    expect(csr, data.results.map((r: { code: string; title: string }) => `${r.code} ${r.title}`).join("; ")).toBeDefined();
    // coverage 1; use: the levels of the skills that matter (importance 3 or above) over all 35 levels
    const important = rows.filter((r) => r["O*NET-SOC Code"] === CSR && r["Scale ID"] === "IM" && Number(r["Data Value"]) >= 3);
    const total = Object.values(skills).reduce((a, b) => a + b, 0);
    const used = important.reduce((a, r) => a + skills[r["Element Name"]!]!, 0);
    expect(csr.fit).toBeCloseTo(0.9 + (0.1 * used) / total, 12);
    expect(csr.biggestGap).toBeNull();

    const explained = spawnJson(["match", "--answers", file, "--explain", CSR, "--json"], { env, timeout: 60_000 });
    expect(explained.result.status, explained.result.stderr).toBe(0);
    expect(explained.data.rank).toBe(csr.rank);
    expect(explained.data.fit.score).toBe(csr.fit);
    expect(explained.data.fit.parts[0].coverage).toBe(1);
    // every skill that matters (importance 3 or above, some level) is met in full
    const elements = explained.data.fit.parts[0].elements as { name: string; met: number }[];
    expect(elements.map((e) => e.name).sort()).toEqual(
      important
        .map((r) => r["Element Name"]!)
        .filter((name) => skills[name]! > 0)
        .sort(),
    );
    for (const e of elements) expect(e.met, e.name).toBe(1);
  });

  it(`answers of ${CSR}'s own levels of the skills that matter to it rank it first at a fit of 100%`, () => {
    const onet = unzip(join(real!.dir, "db_29_3_text.zip"));
    const rows = tsv(onet.get("db_29_3_text/Skills.txt")!.toString("utf8")).filter((r) => r["O*NET-SOC Code"] === CSR);
    const important = new Set(rows.filter((r) => r["Scale ID"] === "IM" && Number(r["Data Value"]) >= 3).map((r) => r["Element Name"]!));
    const skills = Object.fromEntries(
      rows
        .filter((r) => r["Scale ID"] === "LV" && important.has(r["Element Name"]!))
        .map((r) => [r["Element Name"]!, Number(r["Data Value"])]),
    );
    const file = join(mkdtempSync(join(tmpdir(), "careers-match-real-")), "levels.json");
    writeFileSync(file, JSON.stringify({ skills }));
    const { data, result } = spawnJson(["match", "--answers", file, "--json", "--limit", "1"], {
      env: { CAREERS_HOME: real!.home },
      timeout: 60_000,
    });
    expect(result.status, result.stderr).toBe(0);
    expect(data.results[0]).toMatchObject({ code: CSR, rank: 1, fit: 1, distance: 0 });
  });
});
