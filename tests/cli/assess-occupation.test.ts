/**
 * `careers assess <occupation>` in-process, over the harbour-town release (tests/helpers/scale-fixture.ts):
 * answers files, the template round trip, JSON, saving and the history, and no terminal.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { deskLeadAnswers } from "../helpers/assess-occupation.js";
import { run, runJson } from "../helpers/run.js";
import { scaleHome } from "../helpers/scale-fixture.js";

let data: Awaited<ReturnType<typeof scaleHome>>;
beforeAll(async () => {
  data = await scaleHome();
});
afterAll(() => data.cleanup());

const env = (more: Record<string, string> = {}) => ({ env: { CAREERS_HOME: data.home, ...more } });
const tmp = () => mkdtempSync(join(tmpdir(), "careers-occ-answers-"));

function file(text: string, name = "answers.yaml"): string {
  const path = join(tmp(), name);
  writeFileSync(path, text);
  return path;
}

// Tide Clerks: Active Listening 4/4, Speaking 4/3.5, Reading Comprehension 3.5/3, Social Perceptiveness 3/3
const CLERK = `occupation: tide-clerks
skills:
  Active Listening: 3
  Speaking: 4
  Reading Comprehension: 3
  Social Perceptiveness: 1
education: high school
experience: 2
`;

describe("careers assess <occupation> --answers", () => {
  it("--json: readiness is the skill fit, gaps weighted by importance, education and experience standing", async () => {
    const { data: r, result } = await runJson(["assess", "tide-clerks", "--answers", file(CLERK), "--json"], env());
    expect(result.status, result.stderr).toBe(0);
    // (4 x 3/4 + 4 x 1 + 3.5 x 1 + 3 x 1/3) / 14.5 = 11.5 / 14.5 = 79%
    expect(r).toMatchObject({
      occupation: { id: "tide-clerks", code: "91-3011.00", title: "Tide Clerks" },
      readiness: 79,
      band: "nearly-ready",
    });
    expect(r.skills.map((s: { name: string }) => s.name)).toEqual([
      "Active Listening",
      "Speaking",
      "Reading Comprehension",
      "Social Perceptiveness",
    ]);
    expect(r.gaps.map((g: { name: string; weighted: number }) => [g.name, g.weighted])).toEqual([
      ["Social Perceptiveness", 6],
      ["Active Listening", 4],
    ]);
    // education: high school 60 of 100; experience: up to 1 month, 30 + 20 = 50
    expect(r.categories).toEqual([
      { id: "skills", score: 79 },
      { id: "education", score: 60 },
      { id: "experience", score: 50 },
    ]);
    expect(r.education).toEqual({ category: 2, label: "High School Diploma - or the equivalent (for example, GED)", share: 60 });
    expect(result.stderr).toBe("");
  });

  it("tables: the readiness line, the skills, the gaps, and stepping stones where related work fits better", async () => {
    const answers = deskLeadAnswers();
    const r = await run(["assess", "tide desk leads", "--answers", answers], env({ COLUMNS: "80" }));
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain("Readiness for Tide Desk Leads (91-1021.00): 72% (nearly ready)");
    // Tide Clerks: 0.9 x 12.929 / 14.5 + 0.1 x 12/18 = 87%, median 38,000 a year, zone 2
    expect(r.stdout).toMatch(/│ Tide Clerks\s+│\s+87% │\s+38,000 USD │\s+2 │/);
    // 60% of Tide Desk Leads workers name more than high school; the first of the two most common (30% each)
    expect(r.stdout.replace(/\s+/g, " ")).toContain("the most common of those is Some College Courses (30%)");
    expect(r.stdout.split("\n").every((l) => [...l].length <= 80)).toBe(true);
    // a narrow terminal: every table still fits, split where it must be
    const narrow = await run(["assess", "tide-desk-leads", "--answers", answers], env({ COLUMNS: "40" }));
    expect(narrow.stdout.split("\n").filter((l) => [...l].length > 40)).toEqual([]);
    expect(narrow.stdout).toContain("Tide Clerks");
  });

  it("an unknown skill name is a data error naming the file, with a suggestion; skills not rated are listed", async () => {
    const answers = file(CLERK.replace("Active Listening: 3", "Activ Listening: 3"));
    const r = await run(["assess", "tide-clerks", "--answers", answers], env());
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${answers}: 2 answers missing or invalid`);
    expect(r.stderr).toContain(
      `${answers}: skills.Activ Listening: "Activ Listening" is not a skill O*NET rates. Did you mean "Active Listening"?`,
    );
    expect(r.stderr).toContain(`${answers}: skills.Active Listening: not rated: rate Active Listening 0-7`);
    expect(r.stderr).not.toContain("    at "); // no stack trace
  });

  it("answers for another occupation are refused, naming it", async () => {
    const r = await run(["assess", "harbour-greeters", "--answers", file(CLERK)], env());
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("holds answers for tide-clerks, not harbour-greeters");
  });

  it("answers with `occupation:` naming a role, and --current, are usage errors", async () => {
    const role = await run(["assess", "--answers", file(CLERK.replace("occupation: tide-clerks", "occupation: clerk"))], env());
    expect(role.status).toBe(2);
    expect(role.stderr).toContain("names clerk, a role: answers with `occupation:` are for imported occupations");
    const unknown = await run(["assess", "--answers", file(CLERK.replace("occupation: tide-clerks", "occupation: tide clrk"))], env());
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/occupation: unknown role or occupation "tide clrk"\nDid you mean "Tide Clerks"/);
    const current = await run(["assess", "tide-clerks", "--answers", file(CLERK), "--current", "clerk"], env());
    expect(current.status).toBe(2);
    expect(current.stderr).toContain("--current is for roles on a career ladder");
  });

  it("without an argument, the occupation the file names is assessed (and from stdin)", async () => {
    const { data: r, result } = await runJson(["assess", "--answers", "-", "--json"], { ...env(), input: CLERK });
    expect(result.status, result.stderr).toBe(0);
    expect(r.readiness).toBe(79);
  });

  it("without a terminal and without --answers: the clear error, exit 2", async () => {
    const r = await run(["assess", "tide-clerks"], env());
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      "careers: the interactive assessment needs a terminal (stdin and stdout must be a TTY)\nAnswer from a file instead: careers assess tide-clerks --answers answers.yaml (careers assess tide-clerks --template > answers.yaml writes one to fill in).\n",
    );
  });
});

describe("careers assess <occupation> --template", () => {
  it("lists every skill asked with its anchors, and refuses to be read back until answered", async () => {
    const t = await run(["assess", "tide-clerks", "--template"], env());
    expect(t.status).toBe(0);
    expect(t.stdout).toContain("  # Active Listening (importance 4 of 5; needed at level 4)\n  #   2: Take a ferry ticket order\n");
    expect(t.stdout).toContain("#   2: High School Diploma - or the equivalent (for example, GED) (60% of workers)");
    const parsed = parse(t.stdout);
    expect(parsed).toEqual({
      occupation: "tide-clerks",
      skills: { "Active Listening": null, Speaking: null, "Reading Comprehension": null, "Social Perceptiveness": null },
      education: null,
      experience: null,
    });
    const path = file(t.stdout);
    const unfilled = await run(["assess", "tide-clerks", "--answers", path], env());
    expect(unfilled.status).toBe(1);
    expect(unfilled.stderr).toMatch(/answers\.yaml:\d+:\d+: skills\.Active Listening: not answered yet: give a level 0-7/);
    // filled in where it says null, the same file is read back
    const filled = t.stdout
      .replace("Active Listening: null", "Active Listening: 3")
      .replace("Speaking: null", "Speaking: 4")
      .replace("Reading Comprehension: null", "Reading Comprehension: 3")
      .replace("Social Perceptiveness: null", "Social Perceptiveness: 1")
      .replace("education: null", "education: 2")
      .replace("experience: null", 'experience: "up to and including 1 month"');
    const { data: r, result } = await runJson(["assess", "tide-clerks", "--answers", file(filled), "--json"], env());
    expect(result.status, result.stderr).toBe(0);
    expect(r.readiness).toBe(79);
    expect(r.experience.share).toBe(50);
  });

  it("--json prints the template as JSON", async () => {
    const { data: t } = await runJson(["assess", "tide-clerks", "--template", "--json"], env());
    expect(t).toEqual({
      occupation: "tide-clerks",
      skills: { "Active Listening": null, Speaking: null, "Reading Comprehension": null, "Social Perceptiveness": null },
      education: null,
      experience: null,
    });
  });
});

describe("careers assess <occupation> --save, --history", () => {
  it("saves the profile on the common scale, and lists the occupation's results", async () => {
    // the history is kept in CAREERS_HOME, next to the data set
    const home = env();
    const before = await run(["assess", "--history", "tide-clerks", "--json"], home);
    const start = JSON.parse(before.stdout).results.length;
    const saved = await run(["assess", "tide-clerks", "--answers", file(CLERK), "--save"], home);
    expect(saved.status, saved.stderr).toBe(0);
    expect(saved.stderr).toMatch(/^Saved to .*history\.json\n$/);
    const path = saved.stderr.slice("Saved to ".length).trim();
    const entry = JSON.parse(readFileSync(path, "utf8")).entries.at(-1);
    expect(entry).toMatchObject({
      role: "tide-clerks",
      code: "91-3011.00",
      title: "Tide Clerks",
      readiness: 79,
      band: "nearly-ready",
      categories: [
        { id: "skills", score: 79 },
        { id: "education", score: 60 },
        { id: "experience", score: 50 },
      ],
      profile: { levels: { "2.A.1.b": 3, "2.A.1.d": 4, "2.A.1.a": 3, "2.B.1.a": 1 } },
    });
    const second = CLERK.replace("Social Perceptiveness: 1", "Social Perceptiveness: 3");
    expect((await run(["assess", "tide-clerks", "--answers", file(second), "--save"], home)).status).toBe(0);
    const { data: h } = await runJson(["assess", "--history", "tide clerks", "--json"], home);
    expect(h.role).toBe("tide-clerks");
    expect(h.results).toHaveLength(start + 2);
    // Social at 3: (3 + 4 + 3.5 + 3) / 14.5 = 93%, 14 points up
    expect(h.results.at(-1)).toMatchObject({
      role: "tide-clerks",
      readiness: 93,
      change: 14,
      categoryChanges: { skills: 14, education: 0 },
    });
    const table = await run(["assess", "--history", "tide-clerks"], home);
    expect(table.stdout).toContain("tide-clerks");
    expect(table.stdout).toContain("93% ready");
    // education and experience beside readiness are shares of the occupation's workers (60%: a high school
    // diploma or less, as the release's Education file gives for Tide Clerks), said so in the head and below
    const wide = await run(["assess", "--history", "tide-clerks"], env({ COLUMNS: "140" }));
    expect(wide.stdout).toMatch(/│ Education \(share of workers\) │ Experience \(share of workers\) │/);
    expect(wide.stdout).toMatch(/│ +60% \(±0\) │ +50% \(±0\) │/);
    expect(table.stdout.replace(/\s+/g, " ")).toContain(
      "Education and experience of an occupation: the share of its workers who say the work requires what you have or less (O*NET), not a score and not part of readiness.",
    );
  });
});
