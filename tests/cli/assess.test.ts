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
    expect(t).toMatchObject({ role: "clerk", experienceYears: 0, typingWpm: null, education: "high-school", tools: [] });
    expect(r.stdout).toContain("#   CRM: \"Salesforce\", \"Zendesk\", \"Freshdesk\"");
    expect(r.stdout).toMatch(/^typingWpm: null # .*the role asks for 40-50.*null if you have not measured it/m);
  });

  it("with --json it is the same answers as JSON, and only JSON", () => {
    const r = run(["assess", "clerk", "--template", "--json"]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    const t = JSON.parse(r.stdout);
    expect(t).toEqual(parse(run(["assess", "clerk", "--template"]).stdout));
    expect(Object.keys(t)).toEqual(["role", "currentRole", "skills", "experienceYears", "typingWpm", "education", "tools"]);
    expect(Object.keys(t.skills)).toEqual(clerkSkills);
  });

  it("the JSON template is read back by --answers, from a file and from stdin", () => {
    const template = run(["assess", "clerk", "--template", "--json"]).stdout;
    const file = join(mkdtempSync(join(tmpdir(), "careers-answers-")), "answers.json");
    writeFileSync(file, template);
    for (const r of [run(["assess", "--answers", file, "--json"]), run(["assess", "clerk", "--answers", "-", "--json"], { input: template })]) {
      expect(r.status).toBe(0);
      const data = JSON.parse(r.stdout);
      expect(data.role.id).toBe("clerk");
      expect(data.notMeasured).toEqual([{ category: "skills", name: "Typing speed", needed: "40-50 WPM" }]);
    }
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

  it("typing speed not measured (null, or 0) is left out of the score, never shown as 0 WPM", () => {
    // clerk: Basic troubleshooting none, the rest met; without typing skills are 15/16:
    // 0.5*15/16 + 0.2 + 0.15 + 0.15 = 96.875 -> 97 (0 WPM counted as a speed: 0.5*15/17 + 0.5 = 94)
    const weak = (typingWpm: unknown) => ({ ...clerkAnswers(), typingWpm, skills: { ...(clerkAnswers().skills as object), "Basic troubleshooting": 0 } });
    for (const typingWpm of [null, 0]) {
      const { data, result } = runJson(["assess", "--answers", answersFile(weak(typingWpm)), "--json"]);
      expect(result.status).toBe(0);
      expect(data.readiness).toBe(97);
      expect(data.gaps.map((g: { name: string }) => g.name)).toEqual(["Basic troubleshooting"]);
      expect(data.notMeasured).toEqual([{ category: "skills", name: "Typing speed", needed: "40-50 WPM" }]);
      expect(result.stdout).not.toMatch(/\b0 WPM/);
    }
    const table = run(["assess", "--answers", answersFile(weak(null))], { env: { COLUMNS: "120" } });
    expect(table.status).toBe(0);
    expect(table.stdout).toMatch(/Typing speed\s+│ not measured\s+│ 40-50 WPM\s+│\s+not scored │/);
    expect(table.stdout).not.toMatch(/\b0 WPM/);
    expect(table.stdout).toContain("Readiness for Customer Service Clerk: 97% (ready)");
    // a measured speed still scores: 38 of 40 WPM -> skills (15 + 0.95) / 17
    const measured = runJson(["assess", "--answers", answersFile(weak(38)), "--json"]).data;
    expect(measured.readiness).toBe(Math.round(100 * (0.5 * 15.95 / 17 + 0.5)));
    expect(measured.notMeasured).toEqual([]);
    expect(measured.gaps.find((g: { name: string }) => g.name === "Typing speed")).toMatchObject({ now: "38 WPM" });
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
    expect(r.stderr).toContain("missing answer: typingWpm (null if not measured)");
  });

  it("a broken answers file names the file and line", () => {
    const dir = mkdtempSync(join(tmpdir(), "careers-answers-"));
    writeFileSync(join(dir, "bad.yaml"), "role: clerk\nexperienceYears: lots\n");
    const r = run(["assess", "--answers", join(dir, "bad.yaml")]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${join(dir, "bad.yaml")}:2:18: experienceYears: `);
  });

  it("a file of answers for another role is refused in one line, exit 2, naming the role it is for", () => {
    const file = answersFile(clerkAnswers());
    for (const asked of ["representative", "supervisor"]) {
      const r = run(["assess", asked, "--answers", file]);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe("");
      const lines = r.stderr.trimEnd().split("\n");
      expect(lines[0]).toBe(`careers: ${file} holds answers for clerk, not ${asked}`);
      expect(lines).toHaveLength(2);
      expect(lines[1]).toContain(`careers assess clerk --answers ${file}`);
    }
    const json = run(["assess", "representative", "--answers", "-", "--json"], { input: JSON.stringify(clerkAnswers()) });
    expect(json.status).toBe(2);
    expect(json.stdout).toBe("");
    expect(json.stderr).toContain("careers: <stdin> holds answers for clerk, not representative");
  });

  it("the file's role names the same role by id, title or alias; without a role argument it is the one assessed", () => {
    const byTitle = answersFile({ ...clerkAnswers(), role: "Customer Service Clerk" });
    expect(run(["assess", "clerk", "--answers", byTitle, "--json"]).status).toBe(0);
    expect(runJson(["assess", "--answers", byTitle, "--json"]).data.role.id).toBe("clerk");
    const { role: _, ...anonymous } = clerkAnswers();
    expect(runJson(["assess", "clerk", "--answers", answersFile(anonymous), "--json"]).data.role.id).toBe("clerk");
  });

  it("an unknown role in the file is a usage error naming the file", () => {
    const file = answersFile({ ...clerkAnswers(), role: "clerc" });
    for (const args of [["assess", "clerk", "--answers", file], ["assess", "--answers", file]]) {
      const r = run(args);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(`careers: ${file}: role: unknown role "clerc"`);
      expect(r.stderr).toContain('Did you mean "clerk"?');
    }
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
    const r = run(["assess", "--answers", answersFile(clerkAnswers())], { env });
    // the run itself must succeed: a refused answers file writes nothing either
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/Readiness for Customer Service Clerk: \d+% \(/);
    expect(existsSync(join(env.CAREERS_HOME, "history.json"))).toBe(false);
    expect(readdirSync(env.CAREERS_HOME)).toEqual([]);
  });
});
