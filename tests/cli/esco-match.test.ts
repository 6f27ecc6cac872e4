/**
 * match over ESCO's items, in-process over the miniatures: --skills FILE, --like <ESCO occupation>,
 * --template --source esco --isco. Expected values are worked by hand from the fixture's
 * occupationSkillRelations.csv (tests/fixtures/esco-mini/relations) with the weights of
 * data/assessment.yaml's requirements (essential 1, optional 0.5, relevance power 1, checked below):
 *
 *   lamplighter (9629.9.1)           essential trim lamp wicks, lamp oils; optional keep route logs   weight 2.5
 *   senior lamplighter (9629.9.1.1)  essential trim lamp wicks, keep route logs                       weight 2
 *   harbour beacon keeper (9629.9.2) essential polish brass; optional trim lamp wicks                 weight 1.5
 *   cloud herder (6121.5)            essential read the weather                                       weight 1
 *
 * fit = coverage (weight of its items had / its weight) x relevance (its items had / items had) ^ 1.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { useEscoHome } from "../helpers/esco-fixtures.js";
import { ROOT, run, runJson } from "../helpers/run.js";

const { env } = useEscoHome(false);
const SKILL = "http://data.europa.eu/esco/skill/5a000000-0000-4000-8000-00000000000";
const dir = mkdtempSync(join(tmpdir(), "careers-esco-match-"));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const model = parse(readFileSync(join(ROOT, "data", "assessment.yaml"), "utf8")).requirements;
const ids = (rows: { id: string }[]) => rows.map((r) => r.id);
const labels = (items: { label: string }[]) => items.map((i) => i.label);

describe("match --skills FILE", () => {
  it("the shipped weights are the ones worked with here", () => {
    expect(model.weights).toEqual({ essential: 1, optional: 0.5 });
    expect(model.match.relevance).toBe(1);
  });

  it("ranks by coverage times relevance, each with what it lacks; the cloud herder shares nothing", async () => {
    // had: trim lamp wicks ([x]) and keep route logs (a bare line); learning polish brass; not lamp oils
    const skills = file("a.txt", "# mine\n- [x] Trim  lamp wicks\nkeep route logs\n- [ ] lamp oils\n- [~] polish brass\n\n");
    const { data, result } = await runJson(["match", "--skills", skills, "--json"], { env });
    expect(result.status, result.stderr).toBe(0);
    expect(data.source).toEqual({ kind: "skills", file: skills });
    expect(data.items).toEqual({ had: 2, learning: 1, not: 1 });
    expect(data.measure).toEqual({ weights: { essential: 1, optional: 0.5 }, relevance: 1 });
    // senior: 2/2 covered, 2 of the 2 had -> 1; lamplighter: (1 + 0.5)/2.5 = 0.6, 2 of 2 -> 0.6;
    // harbour beacon keeper: 0.5/1.5 covered, 1 of the 2 had -> 1/3 x 1/2
    expect(ids(data.results)).toEqual(["esco:senior-lamplighter", "esco:lamplighter", "esco:harbour-beacon-keeper"]);
    expect(data.results.map((r: { rank: number }) => r.rank)).toEqual([1, 2, 3]);
    expect(data.results[0].fit).toBeCloseTo(1, 10);
    expect(data.results[1].fit).toBeCloseTo(0.6, 10);
    expect(data.results[2].fit).toBeCloseTo((1 / 3) * (1 / 2), 10);
    expect(data.results[2].coverage).toBeCloseTo(1 / 3, 10);
    expect(data.results[2].relevance).toBeCloseTo(1 / 2, 10);
    expect(data.total).toBe(3);
    expect(data.shown).toEqual({ rows: 3, of: 3 });
    // what each lacks: the lamplighter lamp oils (essential); the beacon keeper polish brass (being learnt is not had)
    expect(data.results[0].lacks).toEqual({ essential: [], optional: [] });
    expect(labels(data.results[1].lacks.essential)).toEqual(["lamp oils"]);
    expect(data.results[1].essential).toEqual({ had: 1, of: 2 });
    expect(data.results[1].optional).toEqual({ had: 1, of: 1 });
    expect(data.results[2].lacks.essential[0]).toMatchObject({ uri: `${SKILL}5`, label: "polish brass", kind: "skill" });
    expect(data.results[2].lacks.optional).toEqual([]);
    // the table: fit rounded, the lacking items named
    const table = await run(["match", "--skills", skills], { env });
    expect(table.status, table.stderr).toBe(0);
    expect(table.stdout).toMatch(/senior lamplighter[\s\S]*100%[\s\S]*lamplighter[\s\S]*60%[\s\S]*lamp oils/);
    expect(table.stdout).toMatch(/2 items had, 1 being learnt, 1 not had/);
  });

  it("relevance orders occupations whose items are all had: the one that uses more of yours first", async () => {
    // had trim lamp wicks, lamp oils, keep route logs and read the weather, by URI and label: all four
    // lamplighter's, senior's and the cloud herder's are covered (coverage 1); relevance 3/4, 2/4 and 1/4
    const skills = file("b.txt", `${SKILL}1\n- [x] lamp oils\n- keep route logs  # ${SKILL}3\n- [x] x  # ${SKILL}4\n`);
    const { data, result } = await runJson(["match", "--skills", skills, "--limit", "0", "--json"], { env });
    expect(result.status, result.stderr).toBe(0);
    expect(ids(data.results)).toEqual(["esco:lamplighter", "esco:senior-lamplighter", "esco:cloud-herder", "esco:harbour-beacon-keeper"]);
    expect(data.results.map((r: { fit: number }) => r.fit)).toEqual(
      [3 / 4, 2 / 4, 1 / 4, (1 / 3) * (1 / 4)].map((x) => expect.closeTo(x, 10)),
    );
  });

  it("--isco and --limit narrow what is shown; the ranks stay those among all", async () => {
    const skills = file("c.txt", "- [x] trim lamp wicks\n- [x] read the weather\n");
    const all = await runJson(["match", "--skills", skills, "--json"], { env });
    // cloud herder 1; senior 1/2; lamplighter 1/2.5; beacon keeper 0.5/1.5; each x 1/2 (one of the two had)
    expect(ids(all.data.results)).toEqual([
      "esco:cloud-herder",
      "esco:senior-lamplighter",
      "esco:lamplighter",
      "esco:harbour-beacon-keeper",
    ]);
    expect(all.data.results.map((r: { fit: number }) => r.fit)).toEqual([1 / 2, 1 / 4, 1 / 5, 1 / 6].map((x) => expect.closeTo(x, 10)));
    const group = await runJson(["match", "--skills", skills, "--isco", "9629", "--limit", "1", "--json"], { env });
    expect(group.result.status, group.result.stderr).toBe(0);
    expect(group.data.filters).toEqual({ isco: "9629" });
    expect(group.data.results.map((r: { id: string; rank: number }) => [r.id, r.rank])).toEqual([["esco:senior-lamplighter", 2]]);
    expect(group.data.shown).toEqual({ rows: 1, of: 3 });
    expect(group.data.total).toBe(4);
    const none = await runJson(["match", "--skills", skills, "--isco", "1", "--json"], { env });
    expect(none.data.results).toEqual([]);
    expect((await run(["match", "--skills", skills, "--isco", "1"], { env })).stdout).toMatch(/No ESCO occupation under ISCO-08 group 1/);
  });

  it("every format: csv and markdown sheets, jsonl a line a result, yaml", async () => {
    const skills = file("d.txt", "trim lamp wicks\n");
    const csv = await run(["match", "--skills", skills, "--format", "csv"], { env });
    expect(csv.status, csv.stderr).toBe(0);
    const lines = csv.stdout.trim().split(/\r?\n/);
    expect(lines[0]).toBe("rank,id,code,title,fit,coverage,relevance,essentialHad,essentialOf,lacksEssential,lacksOptional");
    // senior 1/2, lamplighter 1/2.5, beacon keeper 0.5/1.5; relevance 1 for each
    expect(lines.slice(1).map((l) => l.split(",")[1])).toEqual([
      "esco:senior-lamplighter",
      "esco:lamplighter",
      "esco:harbour-beacon-keeper",
    ]);
    expect(lines[2]).toContain(",0.4,0.4,1,1,2,lamp oils,keep route logs");
    const jsonl = await run(["match", "--skills", skills, "--format", "jsonl"], { env });
    expect(
      jsonl.stdout
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l).id),
    ).toEqual(lines.slice(1).map((l) => l.split(",")[1]));
    const md = await run(["match", "--skills", skills, "--format", "markdown"], { env });
    expect(md.stdout).toMatch(/\| rank \| id \|/);
    const yaml = await run(["match", "--skills", skills, "--format", "yaml"], { env });
    expect(parse(yaml.stdout).results[0].id).toBe("esco:senior-lamplighter");
  });

  it("a label not known: the closest label, at its file and line, exit 2; nothing ticked: exit 1", async () => {
    const wrong = file("e.txt", "# mine\n- [x] trim lamp wick\n- [x] lamp oils\n- [x] polsh brass\n");
    const r = await run(["match", "--skills", wrong], { env });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${wrong}: 2 items not found among ESCO's skills and knowledge`);
    expect(r.stderr).toContain(
      `${wrong}:2:1: "trim lamp wick" is not the label of an ESCO skill or knowledge item of the data set (did you mean "trim lamp wicks"?)`,
    );
    expect(r.stderr).toContain(`${wrong}:4:1:`);
    expect(r.stderr).toContain('(did you mean "polish brass"?)');
    const uri = await run(["match", "--skills", file("f.txt", `- [x] lamp oils  # ${SKILL}9\n`)], { env });
    expect(uri.status).toBe(2);
    expect(uri.stderr).toContain(`no ESCO skill or knowledge item of the data set has the URI ${SKILL}9`);
    const none = await run(["match", "--skills", file("g.txt", "- [ ] lamp oils\n- [~] polish brass\n")], { env });
    expect(none.status).toBe(1);
    expect(none.stderr).toMatch(/marks nothing as had: 2 items, none \[x\]/);
    const box = await run(["match", "--skills", file("h.txt", "- [x] lamp oils\n- [?] polish brass\n")], { env });
    expect(box.status).toBe(1);
    expect(box.stderr).toMatch(/h\.txt:2:1: the box \[\?\] is none of \[x\] \(had\), \[~\] \(learning\) and \[ \] \(not had\)/);
  });

  it("stdin; options of match over levels and --source onet refused, exit 2", async () => {
    const r = await runJson(["match", "--skills", "-", "--json"], { env, input: "polish brass\n" });
    expect(r.result.status, r.result.stderr).toBe(0);
    expect(r.data.source).toEqual({ kind: "skills", file: "<stdin>" });
    expect(ids(r.data.results)).toEqual(["esco:harbour-beacon-keeper"]);
    const skills = file("i.txt", "polish brass\n");
    for (const [extra, said] of [
      [["--zone", "2"], /--zone ranks by O\*NET's levels and figures/],
      [["--answers", skills, "--interests", "R=1,I=2,A=3,S=4,E=5,C=6"], /--answers, --interests rank by O\*NET's/],
      [["--source", "onet"], /--source onet has none/],
    ] as const) {
      const x = await run(["match", "--skills", skills, ...extra], { env });
      expect(x.status, x.stderr).toBe(2);
      expect(x.stderr).toMatch(said);
    }
    // --source esco alone still needs what to rank by, and says so truly
    const alone = await run(["match", "--source", "esco"], { env });
    expect(alone.status).toBe(2);
    expect(alone.stderr).toMatch(/careers match --skills FILE/);
  });
});

describe("match --template --source esco --isco", () => {
  it("the group's items, essential to any first, with which occupations list them; accepted by --skills as it is", async () => {
    const r = await run(["match", "--template", "--source", "esco", "--isco", "9629"], { env });
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout.split("\n");
    expect(lines[0]).toBe("# ESCO 1.1.1 ISCO-08 group 9629: 4 ESCO skills and knowledge items of 3 occupations:");
    // the three under 9629: lamplighter, senior lamplighter, harbour beacon keeper (not the cloud herder, 6121)
    expect(lines.slice(1, 4)).toEqual([
      "#   lamplighter (esco:lamplighter)",
      "#   senior lamplighter (esco:senior-lamplighter)",
      "#   harbour beacon keeper (esco:harbour-beacon-keeper)",
    ]);
    // trim lamp wicks essential to 2 (optional to 1); then one essential each, by how many list them
    // (keep route logs: essential to the senior, optional to the lamplighter), then by label
    const items = lines.filter((l) => l.startsWith("- [ ] "));
    expect(items).toEqual([
      `- [ ] trim lamp wicks  # ${SKILL}1  skill; essential to 2 of 3: lamplighter, senior lamplighter; optional to 1 of 3: harbour beacon keeper`,
      `- [ ] keep route logs  # ${SKILL}3  skill; essential to 1 of 3: senior lamplighter; optional to 1 of 3: lamplighter`,
      `- [ ] lamp oils  # ${SKILL}2  knowledge; essential to 1 of 3: lamplighter`,
      `- [ ] polish brass  # ${SKILL}5  skill; essential to 1 of 3: harbour beacon keeper`,
    ]);
    expect(lines[4]).toMatch(/^# Mark each item/);
    expect(r.stdout).not.toMatch(/read the weather|Optional to them/);
    // as it is: nothing marked had, a clear error; one box ticked: a ranking
    const blank = file("t.txt", r.stdout);
    const none = await run(["match", "--skills", blank], { env });
    expect(none.status).toBe(1);
    expect(none.stderr).toContain(`${blank} marks nothing as had: 4 items, none [x]`);
    const ticked = file("u.txt", r.stdout.replace("- [ ] polish brass", "- [x] polish brass"));
    const ranked = await runJson(["match", "--skills", ticked, "--json"], { env });
    expect(ranked.result.status, ranked.result.stderr).toBe(0);
    expect(ranked.data.items).toEqual({ had: 1, learning: 0, not: 3 });
    expect(ids(ranked.data.results)).toEqual(["esco:harbour-beacon-keeper"]);
  });

  it("needs --isco; an empty group, another format, --skills beside it: refused, exit 2", async () => {
    for (const [args, said] of [
      [["--template", "--source", "esco"], /name it with --isco/],
      [["--template", "--source", "esco", "--isco", "11"], /no ESCO occupation of the data set is under ISCO-08 group 11/],
      [["--template", "--source", "esco", "--isco", "9629", "--json"], /a skills checklist, a text file: not json/],
      [["--template", "--source", "esco", "--isco", "9629", "--limit", "2"], /--skills and --limit do not apply/],
      [["--template", "--source", "esco", "--isco", "96299"], /is not an ISCO-08 group/],
    ] as const) {
      const r = await run(["match", ...args], { env });
      expect(r.status, r.stderr).toBe(2);
      expect(r.stderr).toMatch(said);
    }
  });
});

describe("match --like <ESCO occupation>", () => {
  it("its items as had, itself left out", async () => {
    // had: lamplighter's trim lamp wicks, lamp oils, keep route logs. senior: 2/2 covered, 2 of 3 had -> 2/3;
    // beacon keeper: 0.5/1.5, 1 of 3 -> 1/9; cloud herder nothing
    const { data, result } = await runJson(["match", "--like", "esco:lamplighter", "--json"], { env });
    expect(result.status, result.stderr).toBe(0);
    expect(data.source).toEqual({
      kind: "like",
      occupations: [{ id: "esco:lamplighter", code: "9629.9.1", title: "lamplighter", source: "esco" }],
    });
    expect(data.items).toEqual({ had: 3, learning: 0, not: 0 });
    expect(ids(data.results)).toEqual(["esco:senior-lamplighter", "esco:harbour-beacon-keeper"]);
    expect(data.results.map((r: { fit: number }) => r.fit)).toEqual([2 / 3, 1 / 9].map((x) => expect.closeTo(x, 10)));
    expect(labels(data.results[1].lacks.essential)).toEqual(["polish brass"]);
    expect(data.total).toBe(2);
    const table = await run(["match", "--like", "esco:lamplighter"], { env });
    expect(table.stdout).toMatch(/Like lamplighter \(its items as had\): 3 items had\./);
  });

  it("with a checklist beside it, its items added; beside an O*NET occupation: refused, exit 2", async () => {
    const skills = file("l.txt", "read the weather\n");
    const { data } = await runJson(["match", "--like", "esco:lamplighter", "--skills", skills, "--json"], { env });
    expect(data.source.file).toBe(skills);
    expect(data.items.had).toBe(4);
    expect(ids(data.results)).toContain("esco:cloud-herder");
    const mixed = await run(["match", "--like", "esco:lamplighter", "91-1011.00"], { env });
    expect(mixed.status).toBe(2);
    expect(mixed.stderr).toMatch(/--like Lantern Keepers \(91-1011\.00\) is O\*NET's, rated by levels/);
  });
});
