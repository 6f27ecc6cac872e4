/**
 * `careers match` with partial profiles, its answers template, --interests and the output formats,
 * in-process over the harbour-town release (tests/helpers/scale-fixture.ts: six skills, two knowledge
 * areas, eight occupations). A null answer is not rated: the ranking from a file with nulls is checked
 * against the same levels given without them, so it holds whatever the fit model; the counts of what was
 * rated are read off the fixture's tables and the shipped `partialProfile.fewRated` (12).
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { run, runJson } from "../helpers/run.js";
import { SCALE_OCCUPATIONS, scaleHome } from "../helpers/scale-fixture.js";

const file = (text: string, name = "levels.yaml") => {
  const path = join(mkdtempSync(join(tmpdir(), "careers-match-profiles-")), name);
  writeFileSync(path, text);
  return path;
};
const flat = (text: string) => text.replace(/\s+/g, " ");
const KELP = SCALE_OCCUPATIONS.find((o) => o.title === "Kelp Farmers")!;
const KELP_INTERESTS = ["R", "I", "A", "S", "E", "C"].map((c, k) => `${c}=${KELP.interests[k]}`).join(",");

interface Row {
  rank: number;
  title: string;
  fit: number;
  distance: number;
  jobZone: { zone: number } | null;
}
const ranking = (rows: Row[]) => rows.map((r) => [r.rank, r.title, r.fit, r.distance]);

describe("careers match: partial profiles, --template, --interests, formats", () => {
  let home: { home: string; cleanup: () => void };
  const env = (more: Record<string, string> = {}) => ({ env: { CAREERS_HOME: home.home, ...more } });
  const json = async (args: string[]) => {
    const { data, result } = await runJson(["match", ...args, "--json"], env());
    expect(result.status, result.stderr).toBe(0);
    return data;
  };
  beforeAll(async () => {
    home = await scaleHome();
  });
  afterAll(() => home.cleanup());

  describe("--template", () => {
    it("every skill, knowledge area and interest of the release, with its anchors in comments, all null", async () => {
      const r = await run(["match", "--template"], env());
      expect(r.status, r.stderr).toBe(0);
      const t = parse(r.stdout);
      expect(t).toEqual({
        skills: {
          "Reading Comprehension": null,
          "Active Listening": null,
          Speaking: null,
          "Social Perceptiveness": null,
          "Judgment and Decision Making": null,
          "Management of Personnel Resources": null,
        },
        knowledge: { "Customer and Personal Service": null, "Administration and Management": null },
        interests: { Realistic: null, Investigative: null, Artistic: null, Social: null, Enterprising: null, Conventional: null },
      });
      // the level anchors of Active Listening, from the release's Level Scale Anchors
      expect(r.stdout).toContain(
        "  # Active Listening: What Active Listening means in a harbour town.\n  #   2: Take a ferry ticket order\n  #   4: Answer a captain's berth questions\n  #   6: Hear a maritime court case\n  Active Listening: null\n",
      );
      expect(r.stdout).toContain(
        "  # S Social: Social work, as the harbour town knows it. (social-action, social-object)\n  Social: null\n",
      );
      expect(r.stdout).toContain("not the O*NET Interest Profiler");
      expect(r.stdout).toMatch(
        /^# Your levels for: careers match --answers <this file>\n# Every skill, knowledge area and interest of O\*NET 98\.2\./,
      );
    });

    it("--json: the same answers file as JSON; any other format, or a profile's options, is refused", async () => {
      const { data } = await runJson(["match", "--template", "--json"], env());
      const yaml = parse((await run(["match", "--template"], env())).stdout);
      expect(data).toEqual(yaml);
      expect((await run(["match", "--template", "--format", "yaml"], env())).stdout).toBe(
        (await run(["match", "--template"], env())).stdout,
      );
      const csv = await run(["match", "--template", "--format", "csv"], env());
      expect(csv.status).toBe(2);
      expect(csv.stderr).toMatch(/^careers: --template writes an answers file: YAML or JSON, not csv\n/);
      const like = await run(["match", "--template", "--like", "tide-clerks", "--zone", "2"], env());
      expect(like.status).toBe(2);
      expect(like.stderr).toMatch(/^careers: --template writes an answers file to fill in: --like, --zone do not apply\n/);
    });

    it("read back as it is, nothing rated: a clear error naming the file (exit 1)", async () => {
      const t = file((await run(["match", "--template"], env())).stdout);
      const r = await run(["match", "--answers", t], env());
      expect(r.status).toBe(1);
      expect(r.stdout).toBe("");
      expect(r.stderr).toBe(
        `careers: ${t} rates nothing yet: every level is null or left out\nReplace a null with your level 0-7 (the comments give O*NET's examples of each level); one left null is not rated. A file to fill in: careers match --template > levels.yaml\n`,
      );
      const j = file(JSON.stringify((await runJson(["match", "--template", "--json"], env())).data), "levels.json");
      expect((await run(["match", "--answers", j], env())).status).toBe(1);
    });

    it("with some filled in: only those rated, ranked as the same levels given alone", async () => {
      const text = (await run(["match", "--template"], env())).stdout
        .replace("  Active Listening: null", "  Active Listening: 4")
        .replace("  Speaking: null", "  Speaking: 3.5")
        .replace("  Customer and Personal Service: null", "  Customer and Personal Service: 0");
      const partial = await json(["--answers", file(text), "--limit", "0"]);
      expect(partial.profile).toEqual({ levels: { "2.A.1.b": 4, "2.A.1.d": 3.5, "2.C.1.e": 0 } });
      // two of six skills, one of two knowledge areas (a 0 is a rating); fewer than 12: rough
      expect(partial.rated).toEqual({ skills: 2, knowledge: 1, interests: false, of: { skills: 6, knowledge: 2 }, rough: true });
      const alone = await json([
        "--answers",
        file("skills: { Active Listening: 4, Speaking: 3.5 }\nknowledge: { Customer and Personal Service: 0 }\n"),
        "--limit",
        "0",
      ]);
      expect(ranking(partial.results)).toEqual(ranking(alone.results));
      const table = await run(["match", "--answers", file(text)], env());
      expect(flat(table.stdout)).toContain(
        "Rated: 2 of 6 skills, 1 of 2 knowledge areas, no interests: few, so the ranking is rough: it rests on what you rated and says nothing of the rest. Rate more for a closer one (careers match --template writes a file with every element).",
      );
    });
  });

  describe("assess <occupation> --template, as it is", () => {
    it("left all null: the same clear error; partly filled: accepted, nulls (education, experience too) not rated", async () => {
      const t = (await run(["assess", "tide-clerks", "--template"], env())).stdout;
      expect(t).toContain("education: null");
      const empty = await run(["match", "--answers", file(t)], env());
      expect(empty.status).toBe(1);
      expect(empty.stderr).toMatch(/rates nothing yet: every level is null or left out\n/);
      const some = await json(["--answers", file(t.replace("  Active Listening: null", "  Active Listening: 5")), "--limit", "0"]);
      expect(some.profile).toEqual({ levels: { "2.A.1.b": 5 } });
      expect(some.rated).toMatchObject({ skills: 1, knowledge: 0, rough: true });
      const alone = await json(["--answers", file("skills: { Active Listening: 5 }\n"), "--limit", "0"]);
      expect(ranking(some.results)).toEqual(ranking(alone.results));
    });

    it("a level out of range is still an error, with its place in the file", async () => {
      const r = await run(["match", "--answers", file("skills:\n  Speaking: 8\n")], env());
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/levels\.yaml:2:\d+/);
    });
  });

  describe("--interests", () => {
    it("alone: occupations by interests; Kelp Farmers first on their own scores", async () => {
      const data = await json(["--interests", KELP_INTERESTS, "--limit", "0"]);
      expect(data.source).toEqual({ kind: "interests" });
      expect(data.profile).toEqual({ levels: {}, interests: { R: 6.8, I: 3, A: 1.2, S: 1.5, E: 2.5, C: 3 } });
      expect(data.parts).toEqual({ measured: ["interests"], unrated: ["skill", "knowledge"] });
      expect(data.rated).toEqual({ skills: 0, knowledge: 0, interests: true, of: { skills: 6, knowledge: 2 }, rough: true });
      expect(data.results[0].title).toBe("Kelp Farmers");
      const table = await run(["match", "--interests", KELP_INTERESTS], env());
      expect(flat(table.stdout)).toContain(
        "Occupations by fit to your interest scores (--interests). Measured on interests; skills and knowledge not rated, left out. Rated: 0 of 6 skills, 0 of 2 knowledge areas, the six interests: no skill or knowledge area, so the ranking is by interests alone, a rough one.",
      );
    });

    it("with --zone: by interests and job zone, as My Next Move gives them", async () => {
      const all = await json(["--interests", KELP_INTERESTS, "--limit", "0"]);
      const zone2 = await json(["--interests", KELP_INTERESTS, "--zone", "2", "--limit", "0"]);
      // the fixture's zone-2 occupations, in the order of the whole ranking
      const two = SCALE_OCCUPATIONS.filter((o) => o.zone === 2).map((o) => o.title);
      expect(zone2.results.map((r: Row) => r.title)).toEqual(
        all.results.filter((r: Row) => two.includes(r.title)).map((r: Row) => r.title),
      );
      expect(zone2.results.every((r: Row) => r.jobZone?.zone === 2)).toBe(true);
      expect(zone2.results.length).toBe(two.length);
    });

    it("beside --answers or --like: the scores given replace the profile's interests", async () => {
      const answers = file("skills: { Active Listening: 4 }\ninterests: { R: 1, I: 1, A: 1, S: 1, E: 1, C: 1 }\n");
      const data = await json(["--answers", answers, "--interests", KELP_INTERESTS, "--limit", "1"]);
      expect(data.profile).toEqual({ levels: { "2.A.1.b": 4 }, interests: { R: 6.8, I: 3, A: 1.2, S: 1.5, E: 2.5, C: 3 } });
      expect(data.source).toEqual({ kind: "answers", file: answers, interestsGiven: true });
      const like = await json(["--like", "tide-clerks", "--interests", KELP_INTERESTS, "--limit", "1"]);
      expect(like.profile.interests).toEqual({ R: 6.8, I: 3, A: 1.2, S: 1.5, E: 2.5, C: 3 });
      const table = await run(["match", "--like", "tide-clerks", "--interests", KELP_INTERESTS, "--limit", "1"], env());
      expect(flat(table.stdout)).toContain(
        "Occupations by fit to the jobs you have held: Tide Clerks (91-3011.00) with the interest scores of --interests.",
      );
    });

    it("a score off the scale, an unknown letter, some missing: a usage error (exit 2) before anything is read", async () => {
      for (const [scores, message] of [
        ["R=8,I=3,A=1,S=2,E=2,C=3", "R=8 is off O*NET's interest scale, 1-7"],
        ["Q=2,I=3,A=1,S=2,E=2,C=3", '"Q" is not one of the six interests'],
        ["R=2,I=3", "A, S, E, C not given: give all six"],
      ] as const) {
        const r = await run(["match", "--interests", scores], { env: { CAREERS_HOME: mkdtempSync(join(tmpdir(), "careers-empty-")) } });
        expect(r.status, scores).toBe(2);
        expect(r.stderr).toMatch(new RegExp(`^careers: --interests "${scores}": ${message.replace(/[*()]/g, "\\$&")}`));
      }
    });

    it("the command careers interests suggests runs, with the quiz's scores", async () => {
      const t = (await run(["interests", "--template"], env())).stdout
        .replace(/: null/g, ": like")
        .replace(/^( {2}1\.B\.1\.a\.\d): like/gm, "$1: dislike");
      const { data: quiz } = await runJson(["interests", "--answers", file(t, "quiz.yaml"), "--json"], env());
      const next = (quiz.next as string[]).find((c) => c.includes("--interests"))!;
      expect(next).toMatch(/^careers match --interests \S+ --zone N$/);
      const args = next
        .replace(/^careers /, "")
        .replace(" N", " 2")
        .split(" ");
      const { data, result } = await runJson([...args, "--json"], env());
      expect(result.status, result.stderr).toBe(0);
      expect(data.profile.interests).toEqual(quiz.profile);
      expect(data.filters.zones).toEqual([2]);
    });
  });

  describe("formats", () => {
    it("csv: a row per occupation shown, with its rank, figures, fit and biggest gap", async () => {
      const data = await json(["--like", "tide-clerks", "--limit", "3"]);
      const r = await run(["match", "--like", "tide-clerks", "--limit", "3", "--format", "csv"], env());
      expect(r.status, r.stderr).toBe(0);
      const lines = r.stdout.trim().split(/\r?\n/);
      expect(lines[0]).toBe(
        "rank,id,code,title,source,median,currency,period,medianAtLeast,medianAsOf,growthPercent,openingsPerYear,jobZone,education,blsBasis,fit,distance,biggestGap,gapHave,gapLevel",
      );
      expect(lines).toHaveLength(4);
      expect(lines.slice(1).map((l) => l.split(",").slice(0, 4).join(","))).toEqual(
        data.results.map((x: Row & { id: string; code: string }) => `${x.rank},${x.id},${x.code},${x.title}`),
      );
      expect(lines[1]!.split(",")[15]).toBe(String(data.results[0].fit));
    });

    it("markdown: the table and what was rated; yaml: the JSON document", async () => {
      const md = await run(["match", "--interests", KELP_INTERESTS, "--limit", "2", "--format", "markdown"], env());
      expect(md.status, md.stderr).toBe(0);
      expect(md.stdout).toMatch(/^## Occupations by fit to your interest scores \(--interests\)\n/);
      expect(md.stdout).toContain("| 1 | kelp-farmers | 91-5011.00 | Kelp Farmers |");
      expect(md.stdout).toContain("- Rated: 0 of 6 skills, 0 of 2 knowledge areas, the six interests: no skill or knowledge area");
      const yaml = await run(["match", "--like", "tide-clerks", "--format", "yaml"], env());
      const { schemaVersion: _, ...doc } = parse(yaml.stdout);
      const { schemaVersion: __, ...same } = await json(["--like", "tide-clerks"]);
      expect(doc).toEqual(same);
    });

    it("--explain: every format but jsonl (one object: csv a row per value); --json and --format csv together are refused", async () => {
      const csv = await run(["match", "--like", "tide-clerks", "--explain", "kelp-farmers", "--format", "csv"], env());
      expect(csv.status, csv.stderr).toBe(0);
      expect(csv.stdout.split("\r\n")[0]).toBe("section,key,value");
      expect(csv.stdout).toContain("\r\noccupation,title,Kelp Farmers\r\n");
      const jsonl = await run(["match", "--like", "tide-clerks", "--explain", "kelp-farmers", "--format", "jsonl"], env());
      expect(jsonl.status).toBe(2);
      expect(jsonl.stderr).toMatch(/^careers: --explain shows one occupation: --format jsonl prints a listing/);
      const yaml = await run(["match", "--like", "tide-clerks", "--explain", "kelp-farmers", "--format", "yaml"], env());
      expect(yaml.status, yaml.stderr).toBe(0);
      expect(parse(yaml.stdout).occupation.title).toBe("Kelp Farmers");
      const both = await run(["match", "--like", "tide-clerks", "--json", "--format", "csv"], env());
      expect(both.status).toBe(2);
    });
  });
});
