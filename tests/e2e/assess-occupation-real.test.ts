/**
 * `careers assess <occupation>` over the real releases (imported once by real-data.setup.ts): the skills
 * asked and the figures of the result checked against the source rows, read here from the zip
 * independently of the program. Skipped, with a message from the setup, where the releases are absent.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { tsv, unzip } from "../helpers/release-read.js";
import { spawnJson } from "../helpers/run.js";

const real = inject("realData");
const CODE = "43-4051.00";

describe.skipIf(!real)("assess customer-service-representatives, on the real release", () => {
  /** element name -> importance and level, for the skills of importance 3 or more (and some level) */
  let asked: { name: string; importance: number; level: number }[];
  /** the required-education shares: category -> percent */
  let education: Map<number, number>;
  let experience: Map<number, number>;

  beforeAll(() => {
    const zip = unzip(join(real!.dir, "db_29_3_text.zip"));
    const text = (name: string) => zip.get(`db_29_3_text/${name}`)!.toString("utf8");
    const skills = tsv(text("Skills.txt")).filter((r) => r["O*NET-SOC Code"] === CODE);
    const value = (name: string, scale: string) =>
      Number(skills.find((r) => r["Element Name"] === name && r["Scale ID"] === scale)!["Data Value"]);
    asked = skills
      .filter((r) => r["Scale ID"] === "IM" && Number(r["Data Value"]) >= 3)
      .map((r) => ({ name: r["Element Name"]!, importance: Number(r["Data Value"]), level: value(r["Element Name"]!, "LV") }))
      .filter((s) => s.level > 0);
    const shares = (scale: string) =>
      new Map(
        tsv(text("Education, Training, and Experience.txt"))
          .filter((r) => r["O*NET-SOC Code"] === CODE && r["Scale ID"] === scale && Number(r["Data Value"]) > 0)
          .map((r) => [Number(r.Category), Number(r["Data Value"])]),
      );
    education = shares("RL");
    experience = shares("RW");
  });

  it("asks exactly the skills of importance 3 or more, most important first, and scores the answers", () => {
    expect(asked.length).toBeGreaterThanOrEqual(10);
    // every skill one level below what the work needs (0 at least); education 4, experience 5
    const have = (level: number) => Math.max(0, Math.floor(level) - 1);
    const dir = mkdtempSync(join(tmpdir(), "careers-real-answers-"));
    const file = join(dir, "answers.yaml");
    writeFileSync(
      file,
      `occupation: ${CODE}\nskills:\n${asked.map((s) => `  ${s.name}: ${have(s.level)}`).join("\n")}\neducation: 4\nexperience: 5\n`,
    );
    const { data, result } = spawnJson(["assess", "customer-service-representatives", "--answers", file, "--json"], {
      env: { CAREERS_HOME: real!.home },
      timeout: 60_000,
    });
    expect(result.status, result.stderr).toBe(0);
    expect(data.occupation.code).toBe(CODE);
    const byImportance = [...asked].sort((a, b) => b.importance - a.importance || b.level - a.level || (a.name < b.name ? -1 : 1));
    expect(data.skills.map((s: { name: string }) => s.name)).toEqual(byImportance.map((s) => s.name));
    expect(data.skills.map((s: { importance: number; need: number }) => [s.importance, s.need])).toEqual(
      byImportance.map((s) => [s.importance, s.level]),
    );
    // the importance-weighted share of each needed level reached
    const fit =
      asked.reduce((sum, s) => sum + s.importance * (Math.min(have(s.level), s.level) / s.level), 0) /
      asked.reduce((sum, s) => sum + s.importance, 0);
    expect(data.readiness).toBe(Math.round(fit * 100));
    // every skill short of its level is a gap, weighted by importance
    expect(data.gaps).toHaveLength(asked.filter((s) => have(s.level) < s.level).length);
    const top = [...asked].sort((a, b) => b.importance * (b.level - have(b.level)) - a.importance * (a.level - have(a.level)))[0]!;
    expect(data.gaps[0].weighted).toBeCloseTo(top.importance * (top.level - have(top.level)), 2);
    // education 4 and experience 5: the shares at or below them, of all the shares given
    const share = (m: Map<number, number>, held: number) => {
      const total = [...m.values()].reduce((a, b) => a + b, 0);
      return Math.round(([...m].filter(([c]) => c <= held).reduce((a, [, p]) => a + p, 0) / total) * 100);
    };
    expect(data.education.share).toBe(share(education, 4));
    expect(data.experience.share).toBe(share(experience, 5));
  });
});
