/**
 * assess <ESCO occupation>, in-process over the miniatures: --answers (a skills checklist), --template and
 * back, every format, --save and --history, and the refusals. Expected values are worked by hand from the
 * fixture's occupationSkillRelations.csv (tests/fixtures/esco-mini/relations) with data/assessment.yaml's
 * requirements.learning (0.5, checked below) and bands (ready 85, nearly ready 70, building 45):
 *
 *   lamplighter (9629.9.1)           essential trim lamp wicks (skill), lamp oils (knowledge); optional keep route logs
 *   senior lamplighter (9629.9.1.1)  essential trim lamp wicks, keep route logs
 *
 * readiness = 100 x (essential had + 0.5 x essential being learnt) / essential items.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { useEscoHome } from "../helpers/esco-fixtures.js";
import { ROOT, run, runJson } from "../helpers/run.js";

const { env } = useEscoHome(false);
const SKILL = "http://data.europa.eu/esco/skill/5a000000-0000-4000-8000-00000000000";
const LAMPLIGHTER_URI = "http://data.europa.eu/esco/occupation/0a1b2c3d-0000-4000-8000-000000000001";
const dir = mkdtempSync(join(tmpdir(), "careers-esco-assess-"));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const labels = (items: { label: string }[]) => items.map((i) => i.label);

describe("assess <ESCO occupation> --answers", () => {
  it("the shipped weight of an item being learnt is the one worked with here", () => {
    expect(parse(readFileSync(join(ROOT, "data", "assessment.yaml"), "utf8")).requirements.learning).toBe(0.5);
  });

  it("readiness from the essential items, what to learn, an item of another occupation ignored", async () => {
    // lamplighter: trim lamp wicks had, lamp oils being learnt -> (1 + 0.5) / 2 = 75% (nearly ready);
    // keep route logs (optional) not had; polish brass is the harbour beacon keeper's: ignored
    const answers = file("a.txt", "- [x] trim lamp wicks\n- [~] Lamp  Oils\n- [ ] keep route logs\n- [x] polish brass\n");
    const { data, result } = await runJson(["assess", "esco:lamplighter", "--answers", answers, "--json"], { env });
    expect(result.status, result.stderr).toBe(0);
    expect(data.occupation).toEqual({ id: "esco:lamplighter", code: "9629.9.1", title: "lamplighter", source: "esco" });
    expect(data.source).toEqual({ kind: "answers", file: answers });
    expect(data.readiness).toBe(75);
    expect(data.band).toBe("nearly-ready");
    expect(data.learning).toBe(0.5);
    expect(data.categories).toEqual([{ id: "skills", score: 75 }]);
    expect(data.essential).toEqual({ have: 1, learning: 1, no: 0, of: 2, notListed: 0 });
    expect(data.optional).toEqual({ have: 0, learning: 0, of: 1 });
    expect(data.ignored).toBe(1);
    // in the occupation's order: the import keeps its items by label
    expect(data.answers.map((a: { label: string; answer: string }) => [a.label, a.answer])).toEqual([
      ["lamp oils", "learning"],
      ["trim lamp wicks", "have"],
    ]);
    expect(data.answers[0]).toMatchObject({ uri: `${SKILL}2`, kind: "knowledge" });
    // the essential item being learnt, then the optional one not had
    expect(data.toLearn.map((i: { label: string; essential: boolean; answer: string }) => [i.label, i.essential, i.answer])).toEqual([
      ["lamp oils", true, "learning"],
      ["keep route logs", false, "no"],
    ]);
    const table = await run(["assess", "esco:lamplighter", "--answers", answers], { env });
    expect(table.status, table.stderr).toBe(0);
    expect(table.stdout).toContain("Readiness for lamplighter (9629.9.1): 75% (nearly ready)");
    expect(table.stdout).toContain("1 had, 1 being learnt (each counts 0.5 of one had), 0 not yet");
    expect(table.stdout).toMatch(/What to learn\n\s+• lamp oils: being learnt\n\s+• keep route logs \(optional\)/);
    expect(table.stdout).toContain("1 item of the answers is not listed by lamplighter: left out.");
  });

  it("an essential item the checklist leaves out counts as not had; named by code and by URI", async () => {
    // senior lamplighter: keep route logs had, trim lamp wicks not listed -> 1 / 2 = 50% (building)
    const answers = file("b.txt", "keep route logs\n");
    for (const name of ["9629.9.1.1", "esco:senior-lamplighter"]) {
      const { data, result } = await runJson(["assess", name, "--answers", answers, "--json"], { env });
      expect(result.status, result.stderr).toBe(0);
      expect(data.readiness).toBe(50);
      expect(data.band).toBe("building");
      expect(data.essential).toEqual({ have: 1, learning: 0, no: 1, of: 2, notListed: 1 });
      expect(labels(data.toLearn)).toEqual(["trim lamp wicks"]);
    }
    const byUri = await runJson(["assess", LAMPLIGHTER_URI, "--answers", file("c.txt", `${SKILL}1\n${SKILL}2\n`), "--json"], { env });
    expect(byUri.result.status, byUri.result.stderr).toBe(0);
    // both essential items had: 100%, ready; nothing essential to learn, the optional one not listed is not known
    expect(byUri.data.occupation.id).toBe("esco:lamplighter");
    expect(byUri.data.readiness).toBe(100);
    expect(byUri.data.band).toBe("ready");
    expect(byUri.data.toLearn).toEqual([]);
    const table = await run(["assess", LAMPLIGHTER_URI, "--answers", join(dir, "c.txt")], { env });
    expect(table.stdout).toContain("Nothing to learn: you have every essential item.");
  });

  it("a label not known: file:line with the closest label, exit 2, nothing saved", async () => {
    const wrong = file("d.txt", "# mine\n- [x] trim lamp wick\n- [x] lamp oils\n- [~] polsh brass\n");
    const r = await run(["assess", "esco:lamplighter", "--answers", wrong, "--save"], { env });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${wrong}: 2 items not found among ESCO's skills and knowledge`);
    expect(r.stderr).toContain(
      `${wrong}:2:1: "trim lamp wick" is not the label of an ESCO skill or knowledge item of the data set (did you mean "trim lamp wicks"?)`,
    );
    expect(r.stderr).toContain(`${wrong}:4:1:`);
    expect(r.stderr).toContain('(did you mean "polish brass"?)');
    expect(r.stderr).toContain("careers assess esco:lamplighter --template");
    expect(existsSync(join(env.CAREERS_HOME!, "history.json"))).toBe(false);
    const uri = await run(["assess", "esco:lamplighter", "--answers", file("e.txt", `- [x] lamp oils  # ${SKILL}9\n`)], { env });
    expect(uri.status).toBe(2);
    expect(uri.stderr).toContain(`no ESCO skill or knowledge item of the data set has the URI ${SKILL}9`);
    const box = await run(["assess", "esco:lamplighter", "--answers", file("f.txt", "- [?] lamp oils\n")], { env });
    expect(box.status).toBe(1);
    expect(box.stderr).toMatch(/f\.txt:1:1: the box \[\?\] is none of/);
  });

  it("without --answers and without a terminal: the clear error of every interactive assessment, exit 2", async () => {
    const r = await run(["assess", "esco:lamplighter"], { env });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("the interactive assessment needs a terminal (stdin and stdout must be a TTY)");
    expect(r.stderr).toContain("careers assess esco:lamplighter --template > skills.txt");
  });

  it("stdin; --current refused", async () => {
    const r = await runJson(["assess", "esco:lamplighter", "--answers", "-", "--json"], { env, input: "- [x] lamp oils\n" });
    expect(r.result.status, r.result.stderr).toBe(0);
    expect(r.data.source).toEqual({ kind: "answers", file: "<stdin>" });
    expect(r.data.readiness).toBe(50);
    const current = await run(["assess", "esco:lamplighter", "--current", "clerk", "--answers", "-"], { env, input: "lamp oils\n" });
    expect(current.status).toBe(2);
    expect(current.stderr).toContain("--current is for roles on a career ladder");
  });
});

describe("assess <ESCO occupation> --template", () => {
  it("its essential then optional items with their URIs; accepted as it is (readiness 0), then ticked", async () => {
    const r = await run(["assess", "esco:lamplighter", "--template"], { env });
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout.split("\n");
    expect(lines[0]).toBe("# lamplighter (9629.9.1): 3 ESCO skills and knowledge items of 1 occupation:");
    expect(r.stdout).toContain("#   careers assess esco:lamplighter --answers <this file>");
    const items = lines.filter((l) => l.startsWith("- [ ] "));
    // essential first (by label: lamp oils, trim lamp wicks), then the optional one
    expect(items.map((l) => l.split("  # ")[0])).toEqual(["- [ ] lamp oils", "- [ ] trim lamp wicks", "- [ ] keep route logs"]);
    expect(items[0]).toContain(`# ${SKILL}2  knowledge; essential to 1 of 1: lamplighter`);
    expect(items[2]).toContain(`# ${SKILL}3  skill; optional to 1 of 1: lamplighter`);
    expect(r.stdout.indexOf("# Optional to them")).toBeGreaterThan(r.stdout.indexOf(items[1]!));
    const blank = file("t.txt", r.stdout);
    const none = await runJson(["assess", "esco:lamplighter", "--answers", blank, "--json"], { env });
    expect(none.result.status, none.result.stderr).toBe(0);
    // nothing ticked: the person has none yet, not an error
    expect(none.data.readiness).toBe(0);
    expect(none.data.band).toBe("early");
    expect(none.data.essential).toEqual({ have: 0, learning: 0, no: 2, of: 2, notListed: 0 });
    expect(none.data.optional).toEqual({ have: 0, learning: 0, of: 1 });
    expect(none.data.ignored).toBe(0);
    expect(none.data.toLearn.map((i: { label: string; essential: boolean }) => [i.label, i.essential])).toEqual([
      ["lamp oils", true],
      ["trim lamp wicks", true],
      ["keep route logs", false],
    ]);
    // ticked: lamp oils had, trim lamp wicks being learnt, keep route logs had -> (1 + 0.5) / 2 = 75%
    const ticked = file(
      "u.txt",
      r.stdout
        .replace("- [ ] lamp oils", "- [x] lamp oils")
        .replace("- [ ] trim lamp wicks", "- [~] trim lamp wicks")
        .replace("- [ ] keep", "- [x] keep"),
    );
    const some = await runJson(["assess", "esco:lamplighter", "--answers", ticked, "--json"], { env });
    expect(some.data.readiness).toBe(75);
    expect(some.data.optional).toEqual({ have: 1, learning: 0, of: 1 });
    expect(labels(some.data.toLearn)).toEqual(["trim lamp wicks"]);
  });

  it("the template is a text file: --json refused, exit 2", async () => {
    const r = await run(["assess", "esco:lamplighter", "--template", "--json"], { env });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("writes a skills checklist, a text file: not json");
  });
});

describe("assess <ESCO occupation>: formats, --save, --history", () => {
  const answers = () => file("g.txt", "- [x] trim lamp wicks\n- [~] lamp oils\n- [ ] keep route logs\n");

  it("csv and markdown sheets, yaml", async () => {
    const csv = await run(["assess", "esco:lamplighter", "--answers", answers(), "--format", "csv"], { env });
    expect(csv.status, csv.stderr).toBe(0);
    expect(csv.stdout.trim().split(/\r?\n/)).toEqual([
      "uri,label,kind,essential,answer,toLearn",
      `${SKILL}2,lamp oils,knowledge,true,learning,true`,
      `${SKILL}1,trim lamp wicks,skill,true,have,false`,
      `${SKILL}3,keep route logs,skill,false,no,true`,
    ]);
    const md = await run(["assess", "esco:lamplighter", "--answers", answers(), "--format", "markdown"], { env });
    expect(md.stdout).toContain("Readiness for lamplighter (9629.9.1): 75% (nearly-ready)");
    expect(md.stdout).toMatch(/\| uri \| label \| kind \|/);
    const yaml = await run(["assess", "esco:lamplighter", "--answers", answers(), "--format", "yaml"], { env });
    expect(parse(yaml.stdout)).toMatchObject({ readiness: 75, band: "nearly-ready" });
    const jsonl = await run(["assess", "esco:lamplighter", "--answers", answers(), "--format", "jsonl"], { env });
    expect(jsonl.status).toBe(2);
  });

  it("--save adds it to the history (the occupation's id and code), --history lists it", async () => {
    const r = await run(["assess", "esco:lamplighter", "--answers", answers(), "--save"], { env });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain("Saved to ");
    const saved = JSON.parse(readFileSync(join(env.CAREERS_HOME!, "history.json"), "utf8")).entries.at(-1);
    expect(saved).toMatchObject({
      role: "esco:lamplighter",
      title: "lamplighter",
      code: "9629.9.1",
      readiness: 75,
      band: "nearly-ready",
      categories: [{ id: "skills", score: 75 }],
    });
    expect(saved.profile).toBeUndefined();
    const history = await runJson(["assess", "--history", "esco:lamplighter", "--json"], { env });
    expect(history.result.status, history.result.stderr).toBe(0);
    expect(history.data.role).toBe("esco:lamplighter");
    expect(history.data.results.at(-1)).toMatchObject({ role: "esco:lamplighter", readiness: 75, code: "9629.9.1" });
  });
});
