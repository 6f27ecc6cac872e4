/**
 * A ladder from another field, country and currency (tests/fixtures/nursing: three levels, GBP salaries, a
 * degree and a licence required, experience of nursing practice) through show, path, compare and assess:
 * nothing about customer service may show, every label comes from the data.
 * Scores are worked by hand from the fixture files and data/assessment.yaml.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, run, runJson } from "../helpers/run.js";

const DIR = join(ROOT, "tests", "fixtures", "nursing");
const LEVELS = ["staff-nurse", "charge-nurse", "nurse-manager"];
const env = { COLUMNS: "100" };
/** Words that belong to the bundled customer service roles, or to one country's figures. */
const FOREIGN = /customer|clerk|typing|\bWPM\b|call cent|US median|\(US\)|\bUSD\b|supervisor/i;

const careers = (args: string[]) => run([...args, "--data-dir", DIR], { env });

function answersFile(data: object): string {
  const file = join(mkdtempSync(join(tmpdir(), "careers-answers-")), "answers.json");
  writeFileSync(file, JSON.stringify(data));
  return file;
}

/** Answers to the charge nurse's questions (hand-worked below). */
const chargeAnswers = (education: string) => ({
  role: "charge-nurse",
  skills: {
    medicines: 3,
    "infection-control": 2,
    "care-records": 2,
    compassion: 3,
    "shift-leadership": 2,
    delegation: 1,
    teaching: 0,
    "patient-assessment": 2,
  },
  experienceYears: 3,
  education,
  credentials: ["nursing-registration"],
  tools: ["ward record system"],
});

describe("a nursing ladder from a data folder", () => {
  it("validates", async () => {
    const r = await run(["validate", DIR]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Checked 3 role files: all valid.");
  });

  it("show, path and compare: the data's labels and currency, nothing of customer service", async () => {
    const outputs = [
      ...(await Promise.all(LEVELS.flatMap((id) => [careers(["show", id]), careers(["show", id, "--json"])]))),
      await careers(["path", "charge-nurse"]),
      await careers(["path", "staff-nurse", "--json"]),
      await careers(["compare", ...LEVELS]),
      await careers(["compare", ...LEVELS, "--json"]),
    ];
    for (const r of outputs) {
      expect(r.status).toBe(0);
      expect(r.stdout).not.toMatch(FOREIGN);
    }
    const path = (await careers(["path", "charge-nurse"])).stdout;
    expect(path).toMatch(/│ Median \(UK\) │/);
    expect(path).toContain("39,000 GBP");
    expect((await careers(["show", "staff-nurse"])).stdout).toMatch(/│ Level\s+│ Median \(UK\) │ Average \(UK\) │/);
    const show = (await careers(["show", "staff-nurse", "--section", "requirements"])).stdout.replace(/\s+/g, " ");
    expect(show).toContain("Required licence: Registration with the nursing regulator.");
    expect(show).toContain("Education: at least bachelor (A degree in nursing.)");
    expect(show).toContain("Experience: 0+ years of registered nursing practice");
  });

  it("assess --template asks each level's own needs, inherited ones marked", async () => {
    const staff = await careers(["assess", "staff-nurse", "--template"]);
    expect(staff.stdout).toContain("experienceYears: 0 # years of registered nursing practice (needs 0 years)");
    expect(staff.stdout).toContain("#   nursing-registration: Registration with the nursing regulator (licence)");
    expect(staff.stdout).toContain("(needs bachelor)");
    const charge = await careers(["assess", "charge-nurse", "--template"]);
    expect(charge.stdout).toContain("  delegation: 0 # Delegating care (leadership; needs 2 working)");
    expect(charge.stdout).toContain("  medicines: 0 # Giving medicines safely (clinical; needs 2 working; from staff-nurse)");
    expect(charge.stdout).toContain("  patient-assessment: 0 # Assessing patients with complex needs (clinical; needs 3 strong)");
    expect(charge.stdout).toContain("(needs 2 years)");
    const manager = await careers(["assess", "nurse-manager", "--template"]);
    expect(manager.stdout).toContain("(needs postgraduate)");
    expect(manager.stdout).toContain("(needs 5 years in total)");
    for (const r of [staff, charge, manager]) {
      expect(r.status).toBe(0);
      expect(r.stdout).not.toMatch(FOREIGN);
    }
  });

  it("assess: each level scored on its own needs; education below the requirement lowers the score", async () => {
    const file = answersFile(chargeAnswers("bachelor"));
    const { data, result } = await runJson(["assess", "--answers", file, "--json", "--data-dir", DIR]);
    expect(result.status).toBe(0);
    // charge nurse: skills medicines 3/2 -> 1, infection control 1, care records 1, compassion 1, shift leadership 1,
    //   delegation 1/2, teaching 0, patient assessment 2/3 (it needs 3 here): 6.16667 / 8 = 0.770833;
    //   experience 3 of 2 years -> 1; education met; licence held; tools 1 of 2 kinds / 0.5 -> 1.
    //   All five categories: weights 0.5 + 0.2 + 0.15 + 0.15 + 0.15 = 1.15
    //   (0.5*0.770833 + 0.2 + 0.15 + 0.15 + 0.15) / 1.15 = 1.035417 / 1.15 = 90.0%
    expect(data.readiness).toBe(90);
    expect(data.categories.map((c: { id: string }) => c.id)).toEqual(["skills", "experience", "education", "credentials", "tools"]);
    const levels = Object.fromEntries(
      data.ladder.levels.map((l: { role: string; readiness: number; notAsked: string[] }) => [l.role, [l.readiness, l.notAsked]]),
    );
    // staff nurse: its five skills all met (patient assessment needs 2 there), no years needed: 100%
    expect(levels["staff-nurse"]).toEqual([100, []]);
    expect(levels["charge-nurse"]).toEqual([90, []]);
    // nurse manager: the charge nurse's 8 + its own 2, not asked: not assessed (those two counted as not met,
    //   (0.5*0.616667 + 0.2*0.6 + 0.15*0.8 + 0.15 + 0.15) / 1.15 = 74%)
    expect(levels["nurse-manager"]).toEqual([null, ["Managing a ward budget", "Planning the nursing workforce"]]);
    expect(data.ladder).toMatchObject({ youAreHere: "charge-nurse", youAreHereBasis: "readiness", next: { role: "nurse-manager" } });
    expect(data.ladder.next.adds.map((a: { name: string; needed: string }) => `${a.name}: ${a.needed}`)).toEqual([
      "Managing a ward budget: 2 working",
      "Planning the nursing workforce: 2 working",
      "Experience of registered nursing practice: 5 years in total",
      "Education: Master's degree or higher",
    ]);

    // the same answers with a secondary school education: education 1 of 4 ranks = 0.25
    //   (0.5*0.770833 + 0.2 + 0.15*0.25 + 0.15 + 0.15) / 1.15 = 0.922917 / 1.15 = 80.3%
    const lower = (await runJson(["assess", "--answers", answersFile(chargeAnswers("high-school")), "--json", "--data-dir", DIR])).data;
    expect(lower.readiness).toBe(80);
    expect(lower.band).toBe("nearly-ready");
    const gap = lower.gaps.find((g: { category: string }) => g.category === "education");
    // 0.75 x 0.15 / 1.15 = 9.8 points
    expect(gap).toMatchObject({
      now: "Secondary school (high school diploma, GED or equivalent)",
      needed: "Bachelor's degree",
      impact: 9.8,
      inherited: true,
      from: "staff-nurse",
    });
    expect(gap.advice.map((a: { text: string }) => a.text)).toEqual(["Nursing degree (BSc)", "Nursing degree apprenticeship"]);
  });

  it("a level's own needs are never met, nor scored as not met, by answers that did not ask them", async () => {
    // staff nurse answers: all five skills working (2), 1 year, a degree, registered, one kind of tool
    const staff = {
      role: "staff-nurse",
      skills: { medicines: 2, "patient-assessment": 2, "infection-control": 2, "care-records": 2, compassion: 2 },
      experienceYears: 1,
      education: "bachelor",
      credentials: ["nursing-registration"],
      tools: ["Infusion pumps"],
    };
    const { data } = await runJson(["assess", "--answers", answersFile(staff), "--json", "--data-dir", DIR]);
    expect(data.readiness).toBe(100);
    const charge = data.ladder.levels.find((l: { role: string }) => l.role === "charge-nurse");
    // charge nurse: its three own skills not asked: not assessed (scored as not met it was 73%)
    expect(charge).toMatchObject({
      readiness: null,
      band: null,
      notAsked: ["Leading a shift", "Delegating care", "Teaching students and new nurses"],
    });
  });

  it("a licence not held is a gap, with the advice the data ties to it", async () => {
    const { data } = await runJson([
      "assess",
      "--answers",
      answersFile({ ...chargeAnswers("bachelor"), credentials: [] }),
      "--json",
      "--data-dir",
      DIR,
    ]);
    // the licence is the whole credentials category: 0.15 / 1.15 = 13.0 points, (1.035417 - 0.15) / 1.15 = 77.0%
    expect(data.readiness).toBe(77);
    expect(data.gaps[0]).toMatchObject({
      category: "credentials",
      name: "Registration with the nursing regulator",
      now: "not held",
      needed: "licence",
      impact: 13,
    });
    expect(data.gaps[0].advice).toEqual([{ kind: "step", text: "Register with the nursing regulator", from: "staff-nurse" }]);
  });

  it("assess as text: nothing of customer service, no typing speed, UK figures only", async () => {
    for (const education of ["bachelor", "none"]) {
      // with no degree and no licence, not even the staff nurse level is within reach:
      //   (0.5 + 0.2 + 0 + 0 + 0.15) / 1.15 = 73.9%, nearly ready
      const answers = education === "none" ? { ...chargeAnswers(education), credentials: [] } : chargeAnswers(education);
      const r = await run(["assess", "--answers", answersFile(answers), "--data-dir", DIR], { env: { COLUMNS: "120" } });
      expect(r.status).toBe(0);
      expect(r.stdout).not.toMatch(FOREIGN);
      expect(r.stdout).toContain("Readiness along the ward nursing ladder");
      expect(r.stdout).toContain("Licences and certifications");
      if (education === "none") {
        // ready for no level: the first step, with all it needs (no years are nothing to list)
        expect(r.stdout).toContain("First step: Staff Nurse (74%) needs:");
        expect(r.stdout).toContain("• Registration with the nursing regulator: licence required");
        expect(r.stdout).not.toContain("0 years");
      }
    }
    const text = (
      await run(["assess", "--answers", answersFile(chargeAnswers("bachelor")), "--data-dir", DIR], { env: { COLUMNS: "120" } })
    ).stdout;
    expect(text).toContain("Next step: Nurse Manager (not assessed) adds to what Charge Nurse needs:");
    expect(text).toMatch(/Delegating care\s+│ 1 basic\s+│ 2 working/);
  });
});
