/** `careers assess` through the built binary: answers files, template, JSON, history, refusal without a terminal. */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { loadShipped } from "../helpers/roles.js";
import { run, runJson } from "../helpers/run.js";

const home = () => mkdtempSync(join(tmpdir(), "careers-home-"));
const clerk = loadShipped("clerk");
const clerkSkills = [...clerk.skills!.technical!, ...clerk.skills!.soft!].map((s) => s.name);

/** Answers for clerk: every skill "expert" (4) but Patience "strong" (3); 2 years; 45 WPM; three kinds of tool. */
function clerkAnswers(): Record<string, unknown> {
  return {
    role: "clerk",
    skills: Object.fromEntries(clerkSkills.map((n) => [n, n === "Patience" ? "strong" : 4])),
    experienceYears: 2,
    typingWpm: 45,
    education: "high-school",
    tools: ["Salesforce", "headsets", "Email platforms"],
  };
}

function answersFile(data: unknown, name = "answers.yaml"): string {
  const file = join(mkdtempSync(join(tmpdir(), "careers-answers-")), name);
  writeFileSync(file, name.endsWith(".json") ? JSON.stringify(data) : Object.entries(data as object).map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join("\n") + "\n");
  return file;
}

describe("careers assess --template", () => {
  it("prints an answers file listing every question of the role", () => {
    const r = run(["assess", "clerk", "--template"]);
    expect(r.status).toBe(0);
    const t = parse(r.stdout);
    expect(Object.keys(t.skills)).toEqual(clerkSkills);
    expect(t).toMatchObject({ role: "clerk", experienceYears: 0, typingWpm: 0, education: "high-school", tools: [] });
    expect(r.stdout).toContain("#   CRM: \"Salesforce\", \"Zendesk\", \"Freshdesk\"");
    expect(r.stdout).toContain("the role asks for 40-50");
  });

  it("filled in as written, it is a complete answers file", () => {
    const r = run(["assess", "clerk", "--answers", "-", "--json"], { input: run(["assess", "clerk", "--template"]).stdout });
    expect(r.status).toBe(0);
    const data = JSON.parse(r.stdout);
    expect(data.warnings[0]).toMatch(/same rating/); // every rating 0: flagged
  });
});

describe("careers assess --answers", () => {
  it("scores an answers file; --json is the full result", () => {
    const { data, result } = runJson(["assess", "--answers", answersFile(clerkAnswers()), "--json"]);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe("");
    expect(data).toMatchObject({ role: { id: "clerk" }, readiness: 100, band: "ready", gaps: [] });
    // worked by hand in tests/unit/assess-score.test.ts: manager needs 9 years -> 84%
    expect(data.ladder.levels.map((l: { readiness: number }) => l.readiness)).toEqual([100, 100, 100, 93, 88, 86, 84]);
    expect(data.ladder.youAreHere).toBe("supervisor");
  });

  it("reads JSON from stdin too, and prints tables", () => {
    const r = run(["assess", "clerk", "--answers", "-"], { input: JSON.stringify({ ...clerkAnswers(), experienceYears: 0, typingWpm: 20 }) });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Readiness for Customer Service Clerk: \d+% \(/);
    expect(r.stdout).toContain("Biggest gaps, by what they cost");
    expect(r.stdout).toMatch(/Typing speed\s+│ 20 WPM\s+│ 40-50 WPM/);
    expect(r.stdout).toContain("Readiness along the customer service career ladder");
  });

  it("lists every missing answer and exits 1", () => {
    const partial = clerkAnswers();
    delete partial.typingWpm;
    (partial.skills as Record<string, unknown>).Empathy = undefined;
    const file = answersFile({ ...partial, skills: Object.fromEntries(Object.entries(partial.skills as object).filter(([k]) => k !== "Empathy")) }, "a.json");
    const r = run(["assess", "--answers", file]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(`careers: ${file}: 2 answers missing or invalid`);
    expect(r.stderr).toContain("missing answer: skills: Empathy");
    expect(r.stderr).toContain("missing answer: typingWpm");
  });

  it("a broken answers file names the file and line", () => {
    const dir = mkdtempSync(join(tmpdir(), "careers-answers-"));
    writeFileSync(join(dir, "bad.yaml"), "role: clerk\nexperienceYears: lots\n");
    const r = run(["assess", "--answers", join(dir, "bad.yaml")]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${join(dir, "bad.yaml")}:2:18: experienceYears: `);
  });

  it("an unknown role is a usage error with a suggestion", () => {
    const r = run(["assess", "clerc", "--answers", answersFile(clerkAnswers())]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Did you mean "clerk"?');
  });
});

describe("without a terminal", () => {
  it("refuses at once, naming --answers, exit 2", () => {
    const r = run(["assess", "clerk"], { input: "" });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("needs a terminal");
    expect(r.stderr).toContain("--answers");
  });
});

describe("--save and --history", () => {
  it("saves results and lists them with the change since the previous one", () => {
    const env = { CAREERS_HOME: home() };
    const first = { ...clerkAnswers(), experienceYears: 0, typingWpm: 20 };
    const r1 = run(["assess", "--answers", answersFile(first), "--save", "--json"], { env });
    expect(r1.status).toBe(0);
    expect(r1.stderr).toBe(`Saved to ${join(env.CAREERS_HOME, "history.json")}\n`);
    const r2 = run(["assess", "--answers", answersFile(clerkAnswers()), "--save", "--json"], { env });
    const [a, b] = [JSON.parse(r1.stdout), JSON.parse(r2.stdout)];
    const { data } = runJson(["assess", "--history", "clerk", "--json"], { env });
    expect(data.results.map((x: { readiness: number; change: number | null }) => [x.readiness, x.change])).toEqual([
      [a.readiness, null],
      [b.readiness, b.readiness - a.readiness],
    ]);
    const table = run(["assess", "--history"], { env });
    expect(table.stdout).toContain(`+${b.readiness - a.readiness}`);
  });

  it("a corrupt history is moved aside with a warning", () => {
    const env = { CAREERS_HOME: home() };
    writeFileSync(join(env.CAREERS_HOME, "history.json"), "garbage");
    const r = run(["assess", "--answers", answersFile(clerkAnswers()), "--save"], { env });
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/warning: the history file was corrupt; it was moved to .*history\.json\.corrupt-/);
    const aside = readdirSync(env.CAREERS_HOME).find((f) => f.includes("corrupt"))!;
    expect(readFileSync(join(env.CAREERS_HOME, aside), "utf8")).toBe("garbage");
    expect(JSON.parse(readFileSync(join(env.CAREERS_HOME, "history.json"), "utf8")).entries).toHaveLength(1);
  });

  it("without --save nothing is written", () => {
    const env = { CAREERS_HOME: home() };
    run(["assess", "--answers", answersFile(clerkAnswers())], { env });
    expect(existsSync(join(env.CAREERS_HOME, "history.json"))).toBe(false);
  });
});
