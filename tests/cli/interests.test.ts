/**
 * `careers interests` in-process, over the harbour-town release (tests/helpers/scale-fixture.ts: two
 * general activities of each type, Boat Repair (R) and Harbour Tours (S, E) with two each): the template
 * round trip, answers files and their errors at file:line, the formats, saving, and no terminal. Scores
 * are worked by hand with the shipped model (like 2, not sure 1, dislike 0 over the greatest, 2; 1-7).
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { run, runJson, spawnCli } from "../helpers/run.js";
import { scaleHome } from "../helpers/scale-fixture.js";

let data: Awaited<ReturnType<typeof scaleHome>>;
beforeAll(async () => {
  data = await scaleHome();
});
afterAll(() => data.cleanup());

const env = (more: Record<string, string> = {}) => ({ env: { CAREERS_HOME: data.home, ...more } });
function file(text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), "careers-quiz-")), "interests.yaml");
  writeFileSync(path, text);
  return path;
}

/** The template with Harbour Tours and Teach children to swim liked, every other activity disliked. */
async function socialAnswers(): Promise<string> {
  const t = await run(["interests", "--template"], env());
  return t.stdout
    .split("\n")
    .map((l) => (/Harbour Tours|Teach children/.test(l) ? l.replace(": null", ": like") : l.replace(": null", ": dislike")))
    .join("\n");
}

describe("careers interests --template", () => {
  it("every activity, null, with what it illustrates; first of each interest first", async () => {
    const r = await run(["interests", "--template"], env());
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain("not the validated O*NET Interest Profiler");
    const lines = r.stdout.split("\n").filter((l) => l.startsWith("  "));
    expect(lines).toHaveLength(16);
    expect(lines.slice(0, 8)).toEqual([
      "  1.B.1.a.1: null # Mend a fishing net. (Realistic)",
      "  1.B.1.b.1: null # Measure the tides. (Investigative)",
      "  1.B.1.c.1: null # Carve a ship's figurehead. (Artistic)",
      "  1.B.1.d.1: null # Teach children to swim. (Social)",
      "  1.B.1.e.1: null # Run a fish market stall. (Enterprising)",
      "  1.B.1.f.1: null # Keep the harbour log. (Conventional)",
      "  1.B.3.a.1: null # Fix a boat engine. (Boat Repair: Realistic)",
      "  1.B.3.b.1: null # Guide visitors round the harbour. (Harbour Tours: Social, Enterprising)",
    ]);
    expect(Object.keys(parse(r.stdout).activities)).toHaveLength(16);
  });

  it("--json: the answers file as JSON", async () => {
    const { data: t } = await runJson(["interests", "--template", "--json"], env());
    expect(Object.keys(t.activities)).toHaveLength(16);
    expect(t.activities["1.B.3.b.2"]).toBeNull();
  });

  it("--template with --answers or --save is a usage error", async () => {
    const r = await run(["interests", "--template", "--save"], env());
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^careers: --template writes an answers file: --answers and --save do not apply\n/);
  });
});

describe("careers interests --answers", () => {
  it("scores the filled-in template: the six scores, the next step, and what the quiz is not", async () => {
    const answers = file(await socialAnswers());
    const { data: r, result } = await runJson(["interests", "--answers", answers, "--json"], env());
    expect(result.status, result.stderr).toBe(0);
    // S: Teach children (like), Help sailors (dislike), both Harbour Tours (like): 3 x 2 / 4 / 2 = 0.75 -> 5.5
    // E: Run a stall, Sell tours (dislike), both Harbour Tours (like): 0.5 -> 4; the others none liked: 1
    expect(r.profile).toEqual({ R: 1, I: 1, A: 1, S: 5.5, E: 4, C: 1 });
    expect(r.scores.map((s: { name: string; activities: number }) => [s.name, s.activities])).toEqual([
      ["Realistic", 4],
      ["Investigative", 2],
      ["Artistic", 2],
      ["Social", 4],
      ["Enterprising", 4],
      ["Conventional", 2],
    ]);
    expect(r).toMatchObject({ release: "98.2", highPoints: "SER", answered: 16, asked: 16, saved: false });
    expect(r.basis).toMatch(/^Built from O\*NET's Interests Illustrative Activities; not the validated O\*NET Interest Profiler/);
    expect(r.next).toEqual(["careers match --interests R=1,I=1,A=1,S=5.5,E=4,C=1 --zone N"]);
    const table = await run(["interests", "--answers", answers], env({ COLUMNS: "100" }));
    const text = table.stdout.replace(/\s+/g, " ");
    expect(text).toContain("Your interests, from the interests quiz (16 of 16 activities answered)");
    expect(text).toContain("not the validated O*NET Interest Profiler");
    expect(table.stdout).toMatch(/│ Social +│ +5\.5 │ █+▌? *│ +4 of 4 │/);
    expect(text).toContain("Highest: Social, Enterprising, Realistic (SER), on O*NET's 1-7 scale of occupational interests.");
    expect(table.stdout).toContain("$ careers match --interests R=1,I=1,A=1,S=5.5,E=4,C=1 --zone N");
  });

  it("activities by their words, answers by number; those left out are not counted", async () => {
    const answers = file(
      [
        "activities:",
        "  mend a fishing net: 2",
        "  Measure the tides.: 1",
        "  Carve a ship's figurehead.: 0",
        "  1.B.1.d.1: not sure",
        "  1.B.1.e.1: like",
        "  1.B.1.f.1: dislike",
        "  1.B.1.a.2: null",
      ].join("\n"),
    );
    const { data: r, result } = await runJson(["interests", "--answers", answers, "--json"], env());
    expect(result.status, result.stderr).toBe(0);
    // one answered of each: like 7, not sure 4, dislike 1
    expect(r.profile).toEqual({ R: 7, I: 4, A: 1, S: 4, E: 7, C: 1 });
    expect(r.answered).toBe(6);
    expect(r.scores[0]).toMatchObject({ code: "R", activities: 4, answered: 1 });
  });

  it("a file read before is taken from the cache while it is unchanged, and read again once changed", async () => {
    const cache = { XDG_CACHE_HOME: mkdtempSync(join(tmpdir(), "careers-quiz-cache-")) };
    const path = file(await socialAnswers());
    const first = await runJson(["interests", "--answers", path, "--json"], env(cache));
    const again = await runJson(["interests", "--answers", path, "--json"], env(cache));
    expect(again.data).toEqual(first.data);
    const { readdirSync } = await import("node:fs");
    expect(readdirSync(join(cache.XDG_CACHE_HOME, "careers", "interest-answers"))).toHaveLength(1);
    writeFileSync(path, (await socialAnswers()).replace(/: dislike/g, ": like"));
    const changed = await runJson(["interests", "--answers", path, "--json"], env(cache));
    expect(changed.data.profile).toEqual({ R: 7, I: 7, A: 7, S: 7, E: 7, C: 7 });
  });

  it("reads stdin with -", async () => {
    const { data: r, result } = await runJson(["interests", "--answers", "-", "--json"], { ...env(), input: await socialAnswers() });
    expect(result.status, result.stderr).toBe(0);
    expect(r.profile.S).toBe(5.5);
  });

  it("an answer out of range is an error at its line (exit 1)", async () => {
    const path = file("activities:\n  1.B.1.a.1: like\n  1.B.1.b.1: 3\n");
    const r = await run(["interests", "--answers", path], env());
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(`${path}:3:`);
    expect(r.stderr).toContain("3 is not an answer: like, not sure or dislike (or 2, 1, 0)");
  });

  it("an unknown activity is an error at its line, with the nearest activity (exit 1)", async () => {
    const path = file("activities:\n  1.B.1.a.1: like\n  Mend a fishing nett: like\n  Fly to the moon: dislike\n");
    const r = await run(["interests", "--answers", path], env());
    // read again, from the cache of answers files: the same lines, read from the file once more
    expect(await run(["interests", "--answers", path], env())).toEqual(r);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^careers: .*interests\.yaml: 2 answers not understood\n/);
    expect(r.stderr).toContain(
      `${path}:3:3: activities.Mend a fishing nett: "Mend a fishing nett" is not one of the quiz's activities. Did you mean "Mend a fishing net."?`,
    );
    expect(r.stderr).toContain(`${path}:4:3: activities.Fly to the moon:`);
  });

  it("a type with no activity answered is refused, naming it", async () => {
    const path = file("activities:\n  1.B.1.a.1: like\n  1.B.1.d.1: like\n");
    const r = await run(["interests", "--answers", path], env());
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/no activity of I, A, E, C is answered: each of the six interests needs at least one\n/);
    expect(r.stderr).toContain("careers interests --template lists them all");
  });

  it("the template as written, nothing answered, is refused the same way", async () => {
    const t = await run(["interests", "--template"], env());
    const r = await run(["interests", "--answers", file(t.stdout)], env());
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/no activity of R, I, A, S, E, C is answered/);
  });

  it("csv and markdown: one row per interest", async () => {
    const answers = file(await socialAnswers());
    const csv = await run(["interests", "--answers", answers, "--format", "csv"], env());
    expect(csv.stdout.split(/\r?\n/).slice(0, 3)).toEqual([
      "code,name,score,activities,answered",
      "R,Realistic,1,4,4",
      "I,Investigative,1,2,2",
    ]);
    const md = await run(["interests", "--answers", answers, "--format", "markdown"], env());
    expect(md.stdout).toContain("| S | Social | 5.5 | 4 | 4 |");
    expect(md.stdout).toContain("not the validated O*NET Interest Profiler");
  });
});

describe("careers interests --save", () => {
  it("adds the scores to the history as profile.interests; match --from-history takes them", async () => {
    const home = mkdtempSync(join(tmpdir(), "careers-quiz-home-"));
    const { cpSync } = await import("node:fs");
    cpSync(join(data.home, "occupations"), join(home, "occupations"), { recursive: true });
    const answers = file(await socialAnswers());
    const saved = await run(["interests", "--answers", answers, "--save"], { env: { CAREERS_HOME: home, COLUMNS: "100" } });
    expect(saved.status, saved.stderr).toBe(0);
    expect(saved.stderr).toMatch(/^Saved to .*history\.json\n$/);
    expect(saved.stdout).toContain("$ careers match --from-history --zone N");
    const entry = JSON.parse(readFileSync(join(home, "history.json"), "utf8")).entries.at(-1);
    expect(entry).toMatchObject({
      kind: "interests",
      title: "Interests quiz",
      release: "98.2",
      answered: 16,
      asked: 16,
      profile: { levels: {}, interests: { R: 1, I: 1, A: 1, S: 5.5, E: 4, C: 1 } },
    });
    const m = await runJson(["match", "--from-history", "--json", "--limit", "1"], { env: { CAREERS_HOME: home } });
    expect(m.result.status, m.result.stderr).toBe(0);
    expect(m.data.profile.interests).toEqual({ R: 1, I: 1, A: 1, S: 5.5, E: 4, C: 1 });
    // assess --history lists assessments only: the quiz is not one
    const h = await runJson(["assess", "--history", "--json"], { env: { CAREERS_HOME: home } });
    expect(h.data.results).toEqual([]);
  });
});

describe("careers interests without what it needs", () => {
  it("no terminal: stops at once and names --answers (exit 2)", async () => {
    const r = await run(["interests"], env());
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(
      /^careers: the interests quiz needs a terminal \(stdin and stdout must be a TTY\)\nAnswer from a file instead: careers interests --answers/,
    );
  });

  it("no data set: says how to import one (exit 2)", async () => {
    const r = await run(["interests", "--template"], { env: { CAREERS_HOME: mkdtempSync(join(tmpdir(), "careers-none-")) } });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^careers: no interests quiz: no occupations are imported\n/);
  });

  it("the built binary: --help says what the quiz is and is not", () => {
    const r = spawnCli(["interests", "--help"]);
    expect(r.status).toBe(0);
    expect(r.stdout.replace(/\s+/g, " ")).toContain("it is not the validated O*NET Interest Profiler");
  });
});
