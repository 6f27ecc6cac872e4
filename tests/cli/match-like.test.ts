/**
 * `careers match --like` in-process over the harbour-town release (tests/helpers/scale-fixture.ts): a
 * profile from the occupations held, named by code, id, title or a guide role's O*NET link; several
 * combined; levels set by an answers file; the occupations held left out; the filters and --json; the
 * errors. The profiles expected are read off the fixture's tables; the ranking is checked against the
 * same profile given as an answers file, so it holds whatever the fit model.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importedHome } from "../helpers/import-fixtures.js";
import { bookRanking } from "../helpers/resemblance-book.js";
import { run, runJson } from "../helpers/run.js";
import {
  harbourRoles,
  SCALE_ELEMENT_IDS,
  SCALE_ELEMENTS,
  SCALE_OCCUPATIONS,
  scaleHome,
  TEST_SCALE_MODEL,
} from "../helpers/scale-fixture.js";

const flat = (text: string) => text.replace(/\s+/g, " ");
const tmp = () => mkdtempSync(join(tmpdir(), "careers-match-like-"));

const byTitle = (title: string) => SCALE_OCCUPATIONS.find((o) => o.title === title)!;
const LETTERS = ["R", "I", "A", "S", "E", "C"];

interface Row {
  rank: number;
  title: string;
  code: string;
  fit: number;
  distance: number;
}

describe("careers match --like", () => {
  let home: { home: string; cleanup: () => void };
  let roles: string;
  const env = () => ({ env: { CAREERS_HOME: home.home } });
  const json = async (args: string[]) => {
    const { data, result } = await runJson(["match", ...args, "--json"], env());
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toBe("");
    return data;
  };
  beforeAll(async () => {
    home = await scaleHome();
    roles = harbourRoles();
  });
  afterAll(() => home.cleanup());

  it("one occupation: its own levels and interests, left out of a ranking that is the same profile's from a file", async () => {
    const data = await json(["--like", "tide-clerks", "--limit", "0"]);
    expect(data.source).toEqual({
      kind: "like",
      occupations: [{ id: "tide-clerks", code: "91-3011.00", title: "Tide Clerks", source: "onet" }],
    });
    // Tide Clerks' table: levels 3, 4, 3.5, 3, 2.5, 1, 4.5, 2; importance 3.5, 4, 4, 3, 2.5, 1.5, 4.5, 2
    expect(SCALE_ELEMENT_IDS.map((id) => data.profile.levels[id])).toEqual([3, 4, 3.5, 3, 2.5, 1, 4.5, 2]);
    expect(SCALE_ELEMENT_IDS.map((id) => data.profile.importance[id])).toEqual([3.5, 4, 4, 3, 2.5, 1.5, 4.5, 2]);
    expect(data.profile.interests).toEqual({ R: 1.5, I: 1.5, A: 1.2, S: 4.5, E: 4, C: 6 });
    expect(data.parts).toEqual({ measured: ["skill", "knowledge", "interests"], unrated: [] });
    // eight occupations less the one held
    expect([data.total, data.shown]).toEqual([7, { rows: 7, of: 7 }]);
    expect(data.results.map((r: Row) => r.title)).not.toContain("Tide Clerks");

    // ranked by the book's fit to those levels with that importance (the profile knows it, a file does not)
    const expected = bookRanking(
      { levels: data.profile.levels, importance: data.profile.importance, interests: data.profile.interests },
      SCALE_OCCUPATIONS.filter((o) => o.title !== "Tide Clerks"),
      SCALE_ELEMENT_IDS,
      (id) => Boolean(SCALE_ELEMENTS[id]!.knowledge),
      TEST_SCALE_MODEL.resemblance,
    );
    expect(data.results.map((r: Row) => [r.rank, r.title])).toEqual(expected.map((e, k) => [k + 1, e.title]));
    data.results.forEach((r: Row, k: number) => expect(r.fit).toBeCloseTo(Math.max(0, expected[k]!.score), 9));
  });

  it("names an occupation as show does: SOC code, O*NET code, id, title in any case", async () => {
    for (const name of ["91-3011", "91-3011.00", "tide-clerks", "TIDE CLERKS"]) {
      const data = await json(["--like", name, "--limit", "1"]);
      expect(
        data.source.occupations.map((o: { code: string }) => o.code),
        name,
      ).toEqual(["91-3011.00"]);
    }
  });

  it("several: the highest level and importance of each element, the mean of each interest; all left out", async () => {
    const data = await json(["--like", "tide-clerks", "Harbour Greeters", "--limit", "0"]);
    expect(data.source.occupations.map((o: { title: string }) => o.title)).toEqual(["Tide Clerks", "Harbour Greeters"]);
    // Tide Clerks 3, 4, 3.5, 3, 2.5, 1, 4.5, 2; Harbour Greeters 2.5, 4, 4, 3.5, 2, 0, 4, 1
    expect(SCALE_ELEMENT_IDS.map((id) => data.profile.levels[id])).toEqual([3, 4, 4, 3.5, 2.5, 1, 4.5, 2]);
    // importance: Tide Clerks 3.5, 4, 4, 3, 2.5, 1.5, 4.5, 2; Harbour Greeters 3, 4, 4.5, 3.5, 2, 1.2, 4.5, 1.5
    expect(SCALE_ELEMENT_IDS.map((id) => data.profile.importance[id])).toEqual([3.5, 4, 4.5, 3.5, 2.5, 1.5, 4.5, 2]);
    // interests: (1.5 + 1.3) / 2, (1.5 + 1.1) / 2, (1.2 + 2) / 2, (4.5 + 6) / 2, (4 + 4) / 2, (6 + 4) / 2
    const expected = [1.4, 1.3, 1.6, 5.25, 4, 5];
    LETTERS.forEach((c, k) => expect(data.profile.interests[c]).toBeCloseTo(expected[k]!, 12));
    expect(data.total).toBe(6);
    const titles = data.results.map((r: Row) => r.title);
    expect(titles).toHaveLength(6);
    expect(titles).not.toContain("Tide Clerks");
    expect(titles).not.toContain("Harbour Greeters");
    expect(data.results.map((r: Row) => r.rank)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("an occupation named twice counts once", async () => {
    const data = await json(["--like", "tide-clerks", "91-3011.00", "--limit", "1"]);
    expect(data.source.occupations).toHaveLength(1);
    expect(data.total).toBe(7);
  });

  it("a guide role through its onet.code", async () => {
    const data = await json(["--like", "desk-lead", "--data-dir", roles, "--limit", "1"]);
    expect(data.source.occupations).toEqual([{ id: "tide-desk-leads", code: "91-1021.00", title: "Tide Desk Leads", source: "onet" }]);
    const o = byTitle("Tide Desk Leads");
    expect(SCALE_ELEMENT_IDS.map((id) => data.profile.levels[id])).toEqual(o.ratings.map((r) => r[1]));
  });

  it("--answers sets levels and interests of your own over the occupations'", async () => {
    const file = join(tmp(), "mine.yaml");
    writeFileSync(
      file,
      "skills:\n  Speaking: 6\n  Management of Personnel Resources: 5\ninterests: { R: 7, I: 6, A: 5, S: 4, E: 3, C: 2 }\n",
    );
    const data = await json(["--like", "tide-clerks", "--answers", file, "--limit", "1"]);
    expect(data.source).toEqual({
      kind: "like",
      occupations: [{ id: "tide-clerks", code: "91-3011.00", title: "Tide Clerks", source: "onet" }],
      file,
    });
    // Speaking (2.A.1.d) and Management of Personnel Resources (2.B.5.d) set; the rest Tide Clerks'
    expect(SCALE_ELEMENT_IDS.map((id) => data.profile.levels[id])).toEqual([3, 4, 6, 3, 2.5, 5, 4.5, 2]);
    expect(data.profile.interests).toEqual({ R: 7, I: 6, A: 5, S: 4, E: 3, C: 2 });
    const table = await run(["match", "--like", "tide-clerks", "--answers", file, "--limit", "1"], env());
    expect(table.stdout.replace(/\s+/g, " ")).toContain(
      `Occupations by fit to the jobs you have held: Tide Clerks (91-3011.00), with your answers in ${file}.`,
    );
  });

  it("every filter, --limit and the table", async () => {
    const all = await json(["--like", "tide-clerks", "--limit", "0"]);
    const data = await json(["--like", "tide-clerks", "--zone", "3,4", "--min-median", "50k", "--education", "bachelor", "--limit", "1"]);
    expect(data.filters).toEqual({ zones: [3, 4], minMedian: 50000, education: "bachelor" });
    // Tide Analysts and Tide Office Managers pass (as in match.test.ts); the better ranked of them is shown
    const passing = all.results.filter((r: Row) => ["Tide Analysts", "Tide Office Managers"].includes(r.title));
    expect(data.results).toEqual([passing[0]]);
    expect(data.shown).toEqual({ rows: 1, of: 2 });
    const table = await run(["match", "--like", "91-3011", "--zone", "2"], { env: { CAREERS_HOME: home.home, COLUMNS: "140" } });
    expect(table.status).toBe(0);
    expect(table.stdout.replace(/\s+/g, " ")).toContain("Occupations by fit to the jobs you have held: Tide Clerks (91-3011.00).");
    expect(table.stdout).toContain("Harbour Greeters");
    expect(flat(table.stdout)).toContain("The jobs you have held are left out: ranks count the others.");
    expect(table.stdout).not.toMatch(/│ Tide Clerks /);
  });

  it("--explain another occupation: its rank among those ranked", async () => {
    const all = await json(["--like", "tide-clerks", "--limit", "0"]);
    const data = await json(["--like", "tide-clerks", "--explain", "harbour-greeters"]);
    expect(data.of).toBe(7);
    expect(data.rank).toBe(all.results.find((r: Row) => r.title === "Harbour Greeters").rank);
    expect(data.fit.score).toBe(all.results.find((r: Row) => r.title === "Harbour Greeters").fit);
  });

  describe("errors", () => {
    it("an unknown occupation: the suggestion, exit 2", async () => {
      const r = await run(["match", "--like", "tide clrk"], env());
      expect(r.status).toBe(2);
      expect(r.stdout).toBe("");
      // the look-up of show's names: its message and suggestion
      expect(r.stderr).toMatch(/^careers: unknown role or occupation "tide clrk"\nDid you mean "Tide Clerks"/);
      expect(r.stderr).toContain("Search the occupations: careers search tide clrk\n");
    });

    it("a guide role without an O*NET link, and one whose link the data set does not hold", async () => {
      const none = await run(["match", "--like", "ferry-hand", "--data-dir", roles], env());
      expect(none.status).toBe(2);
      expect(none.stderr).toBe(
        "careers: --like ferry-hand: Ferry Hand (ferry-hand) links to no O*NET occupation (no onet.code in its role file)\nName the occupation instead: careers search Ferry Hand, then careers match --like <code>.\n",
      );
      // the bundled clerk links to 43-4051.00, which the harbour town does not hold
      const absent = await run(["match", "--like", "clerk"], env());
      expect(absent.status).toBe(2);
      expect(absent.stderr).toMatch(
        /^careers: --like clerk: Customer Service Clerk links to O\*NET 43-4051\.00, which the imported data set does not hold\n/,
      );
    });

    it("with --from-history, and --explain of an occupation held: usage errors", async () => {
      const history = await run(["match", "--like", "tide-clerks", "--from-history"], env());
      expect(history.status).toBe(2);
      expect(history.stderr).toMatch(/^careers: --like and --from-history give two profiles\n/);
      const explain = await run(["match", "--like", "tide-clerks", "--explain", "91-3011"], env());
      expect(explain.status).toBe(2);
      expect(explain.stderr).toMatch(/^careers: --explain 91-3011: an occupation given to --like is left out of the ranking\n/);
    });

    it("without occupations imported", async () => {
      const r = await run(["match", "--like", "tide-clerks"], { env: { CAREERS_HOME: tmp() } });
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/^careers: no occupations to match: none are imported\n/);
    });
  });
});

describe("careers match --like over the onet-mini release", () => {
  let mini: { home: string; cleanup: () => void };
  beforeAll(async () => {
    mini = await importedHome();
  });
  afterAll(() => mini.cleanup());

  it("a guide role linked to Lantern Keepers (tests/fixtures/linked): its levels, Lantern Keepers left out", async () => {
    const linked = join(import.meta.dirname, "..", "fixtures", "linked");
    const { data, result } = await runJson(["match", "--like", "lamplighter", "--data-dir", linked, "--json"], {
      env: { CAREERS_HOME: mini.home },
    });
    expect(result.status, result.stderr).toBe(0);
    expect(data.source.occupations).toEqual([{ id: "lantern-keepers", code: "91-1011.00", title: "Lantern Keepers", source: "onet" }]);
    // Skills.txt: Lantern Keepers' Active Listening LV 4.00, Speaking LV 1.12 (marked not relevant)
    expect(data.profile.levels["2.A.1.b"]).toBe(4);
    expect(data.results.map((r: Row) => r.code)).not.toContain("91-1011.00");
  });

  it("the work activities held are measured: --explain gives both cosines and their weights, the table each term", async () => {
    const env = { env: { CAREERS_HOME: mini.home } };
    const { data, result } = await runJson(["match", "--like", "91-1011.00", "--explain", "91-1011.02", "--json"], env);
    expect(result.status, result.stderr).toBe(0);
    // Tasks to DWAs: Lantern Keepers' tasks link four DWAs, by tasks 1, 1, 2, 1, under three IWAs (1, 1 + 2 = 3,
    // 1); Beacon Polishers' one task the second of them: cosines 1/√7 and 3/√11
    expect(data.fit.activities).toEqual({ dwa: expect.closeTo(1 / Math.sqrt(7), 9), iwa: expect.closeTo(3 / Math.sqrt(11), 9), shared: 1 });
    expect(data.fit.weights.activities).toEqual({ dwa: 0.2, iwa: 0.1, nearest: 1 });
    expect(data.work).toEqual({ kind: "held", occupations: [expect.objectContaining({ code: "91-1011.00" })] });
    const text = flat((await run(["match", "--like", "91-1011.00", "--explain", "91-1011.02"], env)).stdout);
    // 1 - 1/√7 = 0.622, x 0.2 = 0.124; 1 - 3/√11 = 0.095, x 0.1 = 0.010
    // (the term's name wraps in the table's first column)
    expect(text).toMatch(/Work activities: 1 − cosine of the detailed │ 0\.622 │ −0\.2 │ −0\.124 │ │ ones \(1 shared\)/);
    expect(text).toMatch(/Work activities: 1 − cosine of the │ 0\.095 │ −0\.1 │ −0\.010 │ │ intermediate ones/);
    expect(text).toMatch(/Score .* −0\.134/);
    // a profile of answers names no work: Active Listening 4 is Lantern Keepers' level (4.00), so theirs are
    // taken, and Beacon Polishers' measured against them as above (Beacon Polishers rate no skill: they lend none)
    const answers = await runJson(["match", "--answers", "-", "--explain", "91-1011.02", "--json"], {
      ...env,
      input: "skills:\n  Active Listening: 4\n",
    });
    expect(answers.result.status, answers.result.stderr).toBe(0);
    expect(answers.data.work).toEqual({ kind: "nearest", occupations: [expect.objectContaining({ code: "91-1011.00" })] });
    expect(answers.data.fit.activities).toEqual(data.fit.activities);
    const listed = flat((await run(["match", "--answers", "-"], { ...env, input: "skills:\n  Active Listening: 4\n" })).stdout);
    expect(listed).toContain("Work activities: those of Lantern Keepers (91-1011.00), the occupation your levels resemble most");
  });
});
