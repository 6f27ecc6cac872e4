/** `careers assess` through the built binary: answers files, template, JSON, history, refusal without a terminal. */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { loadShipped } from "../helpers/roles.js";
import { run, runJson } from "../helpers/run.js";

const home = () => mkdtempSync(join(tmpdir(), "careers-home-"));
const clerk = loadShipped("clerk");
const clerkSkills = clerk.requirements!.skills!.map((s) => s.id);

/** Answers for clerk: every skill "expert" (4) but patience "strong" (3); 2 years; 45 WPM; three kinds of tool. */
function clerkAnswers(): Record<string, unknown> {
  return {
    role: "clerk",
    skills: Object.fromEntries(clerkSkills.map((n) => [n, n === "patience" ? "strong" : 4])),
    measures: { "typing-speed": 45 },
    experienceYears: 2,
    education: "high-school",
    tools: ["Salesforce", "headsets", "Email platforms"],
  };
}

function answersFile(data: unknown, name = "answers.yaml"): string {
  const file = join(mkdtempSync(join(tmpdir(), "careers-answers-")), name);
  writeFileSync(
    file,
    name.endsWith(".json")
      ? JSON.stringify(data)
      : Object.entries(data as object)
          .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
          .join("\n") + "\n",
  );
  return file;
}

describe("careers assess --template", () => {
  it("prints an answers file listing every need of the role", async () => {
    const r = await run(["assess", "clerk", "--template"]);
    expect(r.status).toBe(0);
    const t = parse(r.stdout);
    expect(Object.keys(t.skills)).toEqual(clerkSkills);
    expect(t).toMatchObject({ role: "clerk", experienceYears: 0, measures: { "typing-speed": null }, education: "none", tools: [] });
    expect(r.stdout).toContain('#   CRM: "Salesforce", "Zendesk", "Freshdesk"');
    expect(r.stdout).toMatch(/^ {2}typing-speed: null # Typing speed in WPM \(needs 40-50 WPM\); null if you have not measured it/m);
    expect(r.stdout).toContain("  active-listening: 0 # Active Listening (soft; needs 2 working)");
    expect(r.stdout).toContain("experienceYears: 0 # years of customer-facing work (needs 0 years)");
  });

  it("supervisor and manager list their own needs; the manager's include the supervisor's, marked", async () => {
    const sup = parse((await run(["assess", "supervisor", "--template"])).stdout);
    expect(Object.keys(sup.skills)).toEqual([
      "team-supervision",
      "coaching",
      "performance-feedback",
      "conflict-resolution",
      "workforce-management",
      "kpis",
      "tactical-decisions",
      "team-morale",
    ]);
    expect(sup).not.toHaveProperty("measures");
    expect(sup).not.toHaveProperty("tools");
    const mgr = await run(["assess", "manager", "--template"]);
    expect(Object.keys(parse(mgr.stdout).skills)).toEqual([
      ...Object.keys(sup.skills),
      "strategic-planning",
      "budget-management",
      "goal-setting",
      "trend-analysis",
      "stakeholder-management",
      "talent-development",
    ]);
    expect(mgr.stdout).toContain("  coaching: 0 # Coaching (leadership; needs 2 working; from supervisor)");
    expect(mgr.stdout).toContain("  strategic-planning: 0 # Strategic planning (management; needs 3 strong)");
    expect(mgr.stdout).toContain("(needs 9 years in total)");
    expect((await run(["assess", "supervisor", "--template"])).stdout).not.toMatch(/typing|WPM|live chat|telephony/i);
  });

  it("with --json it is the same answers as JSON, and only JSON", async () => {
    const r = await run(["assess", "clerk", "--template", "--json"]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    const t = JSON.parse(r.stdout);
    expect(t).toEqual(parse((await run(["assess", "clerk", "--template"])).stdout));
    expect(Object.keys(t)).toEqual(["role", "currentRole", "skills", "measures", "experienceYears", "education", "tools"]);
    expect(Object.keys(t.skills)).toEqual(clerkSkills);
  });

  it("the JSON template is read back by --answers, from a file and from stdin", async () => {
    const template = (await run(["assess", "clerk", "--template", "--json"])).stdout;
    const file = join(mkdtempSync(join(tmpdir(), "careers-answers-")), "answers.json");
    writeFileSync(file, template);
    for (const r of [
      await run(["assess", "--answers", file, "--json"]),
      await run(["assess", "clerk", "--answers", "-", "--json"], { input: template }),
    ]) {
      expect(r.status).toBe(0);
      const data = JSON.parse(r.stdout);
      expect(data.role.id).toBe("clerk");
      expect(data.notMeasured).toEqual([{ category: "skills", id: "typing-speed", name: "Typing speed", needed: "40-50 WPM" }]);
    }
  });

  it("filled in as written, it is a complete answers file", async () => {
    const r = await run(["assess", "clerk", "--answers", "-", "--json"], { input: (await run(["assess", "clerk", "--template"])).stdout });
    expect(r.status).toBe(0);
    const data = JSON.parse(r.stdout);
    expect(data.warnings[0]).toMatch(/same rating/); // every rating 0: flagged
  });
});

describe("careers assess --answers", () => {
  it("scores an answers file; --json is the full result", async () => {
    const { data, result } = await runJson(["assess", "--answers", answersFile(clerkAnswers()), "--json"]);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe("");
    expect(data).toMatchObject({
      role: { id: "clerk" },
      requirementsFrom: "clerk",
      basis: "requirements",
      readiness: 100,
      band: "ready",
      gaps: [],
    });
    // worked by hand in tests/unit/assess-score.test.ts ("the clerk's answers along the whole ladder")
    // every level above the clerk has needs the clerk's answers leave out: not assessed
    expect(data.ladder.levels.map((l: { readiness: number }) => l.readiness)).toEqual([100, null, null, null, null, null, null]);
    expect(data.ladder.youAreHere).toBe("clerk");
    expect(data.requirements).toHaveLength(15 + 1 + 2); // skills, typing speed, experience and education
    expect(data.requirements.every((n: { inherited: boolean }) => !n.inherited)).toBe(true);
    expect(data.levelsInferred.map((l: { role: string }) => l.role)).toEqual(["clerk"]);
  });

  it("one set of answers for the supervisor: the supervisor scored, the levels whose needs they leave out not assessed", async () => {
    const skills = {
      "team-supervision": 2,
      coaching: 2,
      "performance-feedback": 2,
      "conflict-resolution": 2,
      "workforce-management": 0,
      kpis: 2,
      "tactical-decisions": 2,
      "team-morale": 2,
    };
    const file = answersFile({ role: "supervisor", skills, experienceYears: 3, education: "high-school" });
    const { data } = await runJson(["assess", "--answers", file, "--json"]);
    // hand-worked in tests/unit/assess-score.test.ts: supervisor (0.5*7/8 + 0.2*3/6 + 0.15) / 0.85 = 81%;
    // the manager's own six were not asked: not assessed (scored as not met, 55%), nor the clerk (35%)
    expect(data.readiness).toBe(81);
    const level = (id: string) => data.ladder.levels.find((l: { role: string }) => l.role === id);
    expect(level("supervisor")).toMatchObject({ readiness: 81, notAsked: [] });
    expect(level("manager")).toMatchObject({ readiness: null, band: null });
    expect(level("manager").notAsked).toHaveLength(6);
    expect(level("clerk")).toMatchObject({ readiness: null, band: null });
    expect(data.ladder.next).toMatchObject({ role: "supervisor", readiness: 81 });
    const alone = await run(["assess", "--answers", file], { env: { COLUMNS: "120" } });
    expect(alone.stdout).toMatch(/│ +1 │ Customer Service Clerk +│ +0\+ yrs │ not assessed │ — +│ +17 │ +│/);
    expect(alone.stdout).not.toContain("35%");
    expect(alone.stdout).toMatch(/│ +6 │ Customer Service Supervisor +│ +6\+ yrs │ +81% │ nearly ready │ +│ next step │/);
    expect(alone.stdout).toContain("Next step: Customer Service Supervisor (81%), the role assessed: its biggest gaps are above.");
    expect(alone.stdout).not.toContain("First step");
    const table = await run(["assess", "--answers", file, "--current", "supervisor"], { env: { COLUMNS: "120" } });
    expect(table.stdout).toContain("Next step: Customer Service Manager (not assessed) adds to what Customer Service Supervisor needs:");
    expect(table.stdout).toContain("• Strategic planning: 3 strong");
    expect(table.stdout).toContain("• Experience of customer service work: 9 years in total");
    expect(table.stdout).toMatch(/Workforce management and scheduling\s+│ 0 none\s+│ 1 basic\s+│\s+-7.4 pts │ Focus: Learn workforce/);
  });

  it("reads JSON from stdin too, and prints tables", async () => {
    const r = await run(["assess", "clerk", "--answers", "-"], {
      input: JSON.stringify({ ...clerkAnswers(), experienceYears: 0, measures: { "typing-speed": 20 } }),
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Readiness for Customer Service Clerk: \d+% \(/);
    expect(r.stdout).toContain("Biggest gaps, by what they cost");
    expect(r.stdout).toMatch(/Typing speed\s+│ 20 WPM\s+│ 40-50 WPM/);
    expect(r.stdout).toContain("Readiness along the customer service career ladder");
    // levels the guide states in words, not numbers: how they were read is said with the result
    expect(r.stdout.replace(/\s+/g, " ")).toContain("How the levels needed were read: The clerk guide gives no skill levels as numbers.");
  });

  it("typing speed not measured (null, or 0) is left out of the score, never shown as 0 WPM", async () => {
    // clerk: Basic troubleshooting none, the rest met; without typing, skills are 14 of 15:
    // 0.5*14/15 + 0.2 + 0.15 + 0.15 = 96.7 -> 97 (0 WPM counted as a speed: 0.5*14/16 + 0.5 = 94)
    const weak = (typing: unknown) => ({
      ...clerkAnswers(),
      measures: { "typing-speed": typing },
      skills: { ...(clerkAnswers().skills as object), troubleshooting: 0 },
    });
    for (const typing of [null, 0]) {
      const { data, result } = await runJson(["assess", "--answers", answersFile(weak(typing)), "--json"]);
      expect(result.status).toBe(0);
      expect(data.readiness).toBe(97);
      expect(data.gaps.map((g: { name: string; impact: number }) => [g.name, g.impact])).toEqual([["Basic troubleshooting", 3.3]]); // 1/15 x 50
      expect(data.notMeasured).toEqual([{ category: "skills", id: "typing-speed", name: "Typing speed", needed: "40-50 WPM" }]);
      expect(result.stdout).not.toMatch(/\b0 WPM/);
    }
    const table = await run(["assess", "--answers", answersFile(weak(null))], { env: { COLUMNS: "120" } });
    expect(table.status).toBe(0);
    expect(table.stdout).toMatch(/Typing speed\s+│ not measured\s+│ 40-50 WPM\s+│\s+not scored │/);
    expect(table.stdout).not.toMatch(/\b0 WPM/);
    expect(table.stdout).toContain("Readiness for Customer Service Clerk: 97% (ready)");
    // a measured speed still scores: 38 of 40 WPM -> skills (14 + 0.95) / 16 = 0.934375; 0.5*0.934375 + 0.5 = 96.7 -> 97
    const measured = (await runJson(["assess", "--answers", answersFile(weak(38)), "--json"])).data;
    expect(measured.readiness).toBe(97);
    expect(measured.categories[0]).toEqual({ id: "skills", score: 93, weight: 0.5 });
    expect(measured.notMeasured).toEqual([]);
    expect(measured.gaps.find((g: { name: string }) => g.name === "Typing speed")).toMatchObject({ now: "38 WPM" });
  });

  it("lists every missing answer and exits 1", async () => {
    const partial = clerkAnswers();
    delete partial.measures;
    const file = answersFile(
      { ...partial, skills: Object.fromEntries(Object.entries(partial.skills as object).filter(([k]) => k !== "empathy")) },
      "a.json",
    );
    const r = await run(["assess", "--answers", file]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(`careers: ${file}: 2 answers missing or invalid`);
    expect(r.stderr).toContain("missing answer: skills: empathy (Empathy)");
    expect(r.stderr).toContain("missing answer: measures: typing-speed (Typing speed in WPM; null if not measured)");
  });

  it("a broken answers file names the file and line", async () => {
    const dir = mkdtempSync(join(tmpdir(), "careers-answers-"));
    writeFileSync(join(dir, "bad.yaml"), "role: clerk\nexperienceYears: lots\n");
    const r = await run(["assess", "--answers", join(dir, "bad.yaml")]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${join(dir, "bad.yaml")}:2:18: experienceYears: `);
  });

  it("a file of answers for another role is refused in one line, exit 2, naming the role it is for", async () => {
    const file = answersFile(clerkAnswers());
    for (const asked of ["representative", "supervisor"]) {
      const r = await run(["assess", asked, "--answers", file]);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe("");
      const lines = r.stderr.trimEnd().split("\n");
      expect(lines[0]).toBe(`careers: ${file} holds answers for clerk, not ${asked}`);
      expect(lines).toHaveLength(2);
      expect(lines[1]).toContain(`careers assess clerk --answers ${file}`);
    }
    const json = await run(["assess", "representative", "--answers", "-", "--json"], { input: JSON.stringify(clerkAnswers()) });
    expect(json.status).toBe(2);
    expect(json.stdout).toBe("");
    // as data under --json: the same message, and the command to run as the hint
    const { error } = JSON.parse(json.stderr);
    expect(error).toMatchObject({ kind: "usage", message: "<stdin> holds answers for clerk, not representative", exitCode: 2 });
    expect(error.hint).toContain("careers assess clerk --answers");
  });

  it("the file's role names the same role by id, title or alias; without a role argument it is the one assessed", async () => {
    const byTitle = answersFile({ ...clerkAnswers(), role: "Customer Service Clerk" });
    expect((await run(["assess", "clerk", "--answers", byTitle, "--json"])).status).toBe(0);
    expect((await runJson(["assess", "--answers", byTitle, "--json"])).data.role.id).toBe("clerk");
    const { role: _, ...anonymous } = clerkAnswers();
    expect((await runJson(["assess", "clerk", "--answers", answersFile(anonymous), "--json"])).data.role.id).toBe("clerk");
  });

  it("an unknown role in the file is a usage error naming the file", async () => {
    const file = answersFile({ ...clerkAnswers(), role: "clerc" });
    for (const args of [
      ["assess", "clerk", "--answers", file],
      ["assess", "--answers", file],
    ]) {
      const r = await run(args);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(`careers: ${file}: role: unknown role "clerc"`);
      expect(r.stderr).toContain('Did you mean "clerk"?');
    }
  });

  it("an unknown role is a usage error with a suggestion", async () => {
    const r = await run(["assess", "clerc", "--answers", answersFile(clerkAnswers())]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Did you mean "clerk"?');
  });
});

describe("without a terminal", () => {
  it("refuses at once, naming --answers, exit 2", async () => {
    const r = await run(["assess", "clerk"], { input: "" });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("needs a terminal");
    expect(r.stderr).toContain("--answers");
  });
});

describe("--save and --history", () => {
  it("saves results and lists them with the change since the previous one", async () => {
    const env = { CAREERS_HOME: home() };
    const first = { ...clerkAnswers(), experienceYears: 0, measures: { "typing-speed": 20 } };
    const r1 = await run(["assess", "--answers", answersFile(first), "--save", "--json"], { env });
    expect(r1.status).toBe(0);
    expect(r1.stderr).toBe(`Saved to ${join(env.CAREERS_HOME, "history.json")}\n`);
    const r2 = await run(["assess", "--answers", answersFile(clerkAnswers()), "--save", "--json"], { env });
    const [a, b] = [JSON.parse(r1.stdout), JSON.parse(r2.stdout)];
    const { data } = await runJson(["assess", "--history", "clerk", "--json"], { env });
    expect(data.results.map((x: { readiness: number; change: number | null }) => [x.readiness, x.change])).toEqual([
      [a.readiness, null],
      [b.readiness, b.readiness - a.readiness],
    ]);
    const table = await run(["assess", "--history"], { env });
    expect(table.stdout).toContain(`+${b.readiness - a.readiness}`);
  });

  it("--history <role> with no results of its own says which roles have some", async () => {
    const env = { CAREERS_HOME: home() };
    for (let i = 0; i < 2; i++) expect((await run(["assess", "--answers", answersFile(clerkAnswers()), "--save"], { env })).status).toBe(0);
    const r = await run(["assess", "--history", "manager"], { env: { ...env, COLUMNS: "160" } });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(
      "No saved results for manager yet; there are results for clerk (2). See them all with: careers assess --history\n",
    );
    const { data } = await runJson(["assess", "--history", "manager", "--json"], { env });
    expect(data).toMatchObject({ role: "manager", results: [], otherRoles: [{ role: "clerk", results: 2 }] });
    const empty = await run(["assess", "--history", "manager"], { env: { CAREERS_HOME: home() } });
    expect(empty.stdout).toBe("No saved results for manager yet. Save one with: careers assess manager --save\n");
  });

  it("a corrupt history is moved aside with a warning", async () => {
    const env = { CAREERS_HOME: home() };
    writeFileSync(join(env.CAREERS_HOME, "history.json"), "garbage");
    const r = await run(["assess", "--answers", answersFile(clerkAnswers()), "--save"], { env });
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/warning: the history file was corrupt; it was moved to .*history\.json\.corrupt-/);
    const aside = readdirSync(env.CAREERS_HOME).find((f) => f.includes("corrupt"))!;
    expect(readFileSync(join(env.CAREERS_HOME, aside), "utf8")).toBe("garbage");
    expect(JSON.parse(readFileSync(join(env.CAREERS_HOME, "history.json"), "utf8")).entries).toHaveLength(1);
  });

  it("without --save nothing is written", async () => {
    const env = { CAREERS_HOME: home() };
    const r = await run(["assess", "--answers", answersFile(clerkAnswers())], { env });
    // the run itself must succeed: a refused answers file writes nothing either
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/Readiness for Customer Service Clerk: \d+% \(/);
    expect(existsSync(join(env.CAREERS_HOME, "history.json"))).toBe(false);
    expect(readdirSync(env.CAREERS_HOME)).toEqual([]);
  });
});

describe("a data folder that cannot be made", () => {
  it.skipIf(!existsSync("/proc/self"))(
    "under /proc: one line, exit 1, nothing printed or written (Node's recursive mkdir would spin there)",
    async () => {
      const r = await run(["assess", "--answers", answersFile(clerkAnswers()), "--save"], {
        env: { CAREERS_HOME: "/proc/careers-nope/deeper" },
      });
      expect(r.status).toBe(1);
      expect(r.stdout).toBe("");
      expect(r.stderr).toBe(
        "careers: cannot save the history to /proc/careers-nope/deeper/history.json: ENOENT: no such file or directory, mkdir '/proc/careers-nope'\n",
      );
      expect(existsSync("/proc/careers-nope")).toBe(false);
    },
  );
});
