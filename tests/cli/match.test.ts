/**
 * `careers match` in-process over the harbour-town release (tests/helpers/scale-fixture.ts): profiles from
 * an answers file and from the history, the filters of `careers list`, --limit, --explain, --json, and the
 * errors. Expected fits and orders are computed by the book from the fixture's tables (tests/helpers/resemblance-book.ts).
 */
import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bookRanking } from "../helpers/resemblance-book.js";
import { run, runJson } from "../helpers/run.js";
import { SCALE_ELEMENT_IDS, SCALE_ELEMENTS, SCALE_OCCUPATIONS, scaleHome, TEST_SCALE_MODEL } from "../helpers/scale-fixture.js";

/** The fixture's occupations by the book's fit to a profile (tests/helpers/resemblance-book.ts), best first. */
const book = (profile: { levels: Record<string, number>; interests?: Record<string, number> }) =>
  bookRanking(profile, SCALE_OCCUPATIONS, SCALE_ELEMENT_IDS, (id) => Boolean(SCALE_ELEMENTS[id]!.knowledge), TEST_SCALE_MODEL.resemblance);
const percentOf = (x: number) => `${Math.round(Math.max(0, x) * 100)}%`;

const tmp = () => mkdtempSync(join(tmpdir(), "careers-match-"));

/** Tide Clerks' own skill levels, named as a person would name them (any case). */
const TIDE_CLERKS = `skills:
  Reading Comprehension: 3
  active listening: 4
  Speaking: 3.5
  Social Perceptiveness: 3
  Judgment and Decision Making: 2.5
  2.B.5.d: 1
`;

/** Kelp Farmers' own levels (skills), with interests: what a saved assessment of them would hold. */
const KELP = {
  levels: { "2.A.1.a": 2.5, "2.A.1.b": 2.5, "2.A.1.d": 2, "2.B.1.a": 2, "2.B.4.e": 3, "2.B.5.d": 2 },
  interests: { R: 6.8, I: 3, A: 1.2, S: 1.5, E: 2.5, C: 3 },
};

describe("careers match", () => {
  let home: { home: string; cleanup: () => void };
  let answers: string;
  const env = () => ({ env: { CAREERS_HOME: home.home } });
  beforeAll(async () => {
    home = await scaleHome();
    answers = join(tmp(), "levels.yaml");
    writeFileSync(answers, TIDE_CLERKS);
  });
  afterAll(() => home.cleanup());

  describe("--answers", () => {
    it("ranks every occupation by fit: Tide Clerks first, Harbour Greeters next", async () => {
      const { data, result } = await runJson(["match", "--answers", answers, "--json"], env());
      expect(result.status).toBe(0);
      expect(result.stderr).toBe("");
      expect(data.source).toEqual({ kind: "answers", file: answers });
      expect(data.parts).toEqual({ measured: ["skill"], unrated: ["knowledge", "interests"] });
      expect([data.total, data.shown]).toEqual([8, { rows: 8, of: 8 }]);
      // the answers as read: the six skills by id
      expect(data.profile.levels).toEqual({ "2.A.1.a": 3, "2.A.1.b": 4, "2.A.1.d": 3.5, "2.B.1.a": 3, "2.B.4.e": 2.5, "2.B.5.d": 1 });
      const expected = book(data.profile);
      expect(expected[0]!.title).toBe("Tide Clerks");
      expect(data.results.map((r: { title: string }) => r.title)).toEqual(expected.map((e) => e.title));
      data.results.forEach((r: { fit: number }, k: number) => expect(r.fit).toBeCloseTo(Math.max(0, expected[k]!.score), 9));
      expect(data.results[0]).toMatchObject({
        rank: 1,
        distance: 0,
        code: "91-3011.00",
        source: "onet",
        median: { amount: 38000, currency: "USD", period: "year" },
        jobZone: { zone: 2 },
        growth: { percent: 2.5 },
      });
      // its own levels, yet below 100%: a self-rating gives no importance, and the needs correlated weigh it
      expect(data.results[0].fit).toBeLessThan(1);
      const greeters = data.results.find((r: { title: string }) => r.title === "Harbour Greeters");
      expect(greeters.biggestGap).toMatchObject({ element: "2.A.1.d", name: "Speaking", have: 3.5, level: 4, weighted: 2.25 });
      expect(data.profile.levels["2.A.1.b"]).toBe(4);
    });

    it("prints a table: rank, fit rounded, title, code, median, growth, zone, biggest gap, and what was measured", async () => {
      const r = await run(["match", "--answers", answers], { env: { CAREERS_HOME: home.home, COLUMNS: "140" } });
      expect(r.status).toBe(0);
      const prose = r.stdout.replace(/\s+/g, " ");
      expect(prose).toContain(
        `Occupations by fit to your answers in ${answers}. Measured on skills; knowledge and interests not rated, left out.`,
      );
      const expected = book({ levels: { "2.A.1.a": 3, "2.A.1.b": 4, "2.A.1.d": 3.5, "2.B.1.a": 3, "2.B.4.e": 2.5, "2.B.5.d": 1 } });
      const row = (title: string) => expected.findIndex((e) => e.title === title);
      const clerks = row("Tide Clerks");
      expect(r.stdout).toMatch(
        new RegExp(
          `│ +${clerks + 1} │ +${percentOf(expected[clerks]!.score)} │ Tide Clerks +│ 91-3011\\.00 │ +38,000 USD │ +\\+2\\.5% │ +2 │ — +│`,
        ),
      );
      const greeters = row("Harbour Greeters");
      expect(r.stdout).toMatch(
        new RegExp(
          `│ +${greeters + 1} │ +${percentOf(expected[greeters]!.score)} │ Harbour Greeters +│ 91-3012\\.00 │ +39,500 USD │ +\\+4% │ +2 │ Speaking 3\\.5 → 4 +│`,
        ),
      );
      // BLS gives Lighthouse Tour Guides no median
      expect(r.stdout).toMatch(/│ Lighthouse Tour Guides +│ 91-3014\.00 │ +— │/);
      expect(prose).toContain(
        "8 occupations. Fit: how closely the work's needs resemble your levels, 100% for work that needs just what you hold",
      );
    });

    it("reads the answers from stdin with -", async () => {
      const { data } = await runJson(["match", "--answers", "-", "--json", "--limit", "1"], { ...env(), input: TIDE_CLERKS });
      expect(data.source).toEqual({ kind: "answers", file: "<stdin>" });
      expect(data.results.map((r: { title: string }) => r.title)).toEqual(["Tide Clerks"]);
    });
  });

  describe("--from-history", () => {
    /** A data home with the release imported and a history of these entries. */
    const historyHome = (entries: object[]) => {
      const dir = tmp();
      cpSync(join(home.home, "occupations"), join(dir, "occupations"), { recursive: true });
      writeFileSync(join(dir, "history.json"), JSON.stringify({ format: 1, entries }));
      return dir;
    };
    const entry = (date: string, title: string, profile?: object) => ({
      date,
      role: title.toLowerCase().replace(/ /g, "-"),
      title,
      readiness: 50,
      band: "building",
      categories: [],
      ...(profile ? { code: "91-5011.00", profile } : {}),
    });

    it("takes the most recent saved assessment that holds a profile", async () => {
      const dir = historyHome([
        entry("2026-10-01T09:00:00.000Z", "Tide Clerks", { levels: { "2.A.1.a": 7 } }),
        entry("2026-11-01T09:00:00.000Z", "Kelp Farmers", KELP),
        entry("2026-11-20T09:00:00.000Z", "Customer Service Clerk"),
      ]);
      const { data, result } = await runJson(["match", "--from-history", "--json", "--limit", "1"], { env: { CAREERS_HOME: dir } });
      expect(result.status).toBe(0);
      expect(data.source).toEqual({ kind: "history", date: "2026-11-01T09:00:00.000Z", title: "Kelp Farmers", code: "91-5011.00" });
      expect(data.parts).toEqual({ measured: ["skill", "interests"], unrated: ["knowledge"] });
      // Kelp Farmers' own skill levels and interests: first by the book, at its fit
      const expected = book(KELP);
      expect(expected[0]!.title).toBe("Kelp Farmers");
      expect(data.results[0]).toMatchObject({ title: "Kelp Farmers", distance: 0 });
      expect(data.results[0].fit).toBeCloseTo(expected[0]!.score, 9);
      const table = await run(["match", "--from-history", "--limit", "1"], { env: { CAREERS_HOME: dir } });
      expect(table.stdout).toContain("Occupations by fit to your saved assessment of Kelp Farmers (2026-11-01).");
    });

    it("a saved profile that names no element of the data set is refused", async () => {
      const dir = historyHome([entry("2026-11-01T09:00:00.000Z", "Kelp Farmers", { levels: { "9.Z.9": 4 } })]);
      const r = await run(["match", "--from-history"], { env: { CAREERS_HOME: dir } });
      expect(r.status).toBe(1);
      expect(r.stderr).toBe("careers: your saved assessment rates no skill, knowledge area or interest of the occupations data set\n");
    });

    it("without a saved profile says how to make one (exit 2)", async () => {
      const dir = historyHome([entry("2026-11-20T09:00:00.000Z", "Customer Service Clerk")]);
      const r = await run(["match", "--from-history"], { env: { CAREERS_HOME: dir } });
      expect(r.status).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(
        /^careers: no saved assessment holds your levels on O\*NET's scales, nor any saved interests\nSave one: careers assess <occupation> --save .*, or careers interests --save/,
      );
    });

    /** A saved interests quiz (careers interests --save) with these scores. */
    const quiz = (date: string, interests: Record<string, number>) => ({
      date,
      kind: "interests",
      title: "Interests quiz",
      release: "98.2",
      answered: 16,
      asked: 16,
      profile: { levels: {}, interests },
    });

    it("the levels of the latest assessment with the interests of a later interests quiz", async () => {
      const tide = { levels: { "2.A.1.a": 3, "2.A.1.b": 4 }, interests: { R: 1, I: 1, A: 1, S: 1, E: 1, C: 1 } };
      const dir = historyHome([entry("2026-11-01T09:00:00.000Z", "Tide Clerks", tide), quiz("2026-11-05T09:00:00.000Z", KELP.interests)]);
      const { data, result } = await runJson(["match", "--from-history", "--json", "--limit", "1"], { env: { CAREERS_HOME: dir } });
      expect(result.status, result.stderr).toBe(0);
      expect(data.profile).toEqual({ levels: tide.levels, interests: KELP.interests });
      expect(data.source).toEqual({
        kind: "history",
        date: "2026-11-01T09:00:00.000Z",
        title: "Tide Clerks",
        code: "91-5011.00",
        interests: { date: "2026-11-05T09:00:00.000Z", title: "Interests quiz" },
      });
      expect(data.parts.measured).toEqual(["skill", "interests"]);
      const table = await run(["match", "--from-history", "--limit", "1"], { env: { CAREERS_HOME: dir } });
      expect(table.stdout.replace(/\s+/g, " ")).toContain(
        "Occupations by fit to your saved assessment of Tide Clerks (2026-11-01) with the interests of your saved interests quiz (2026-11-05).",
      );
    });

    it("an assessment that rates interests, saved after the quiz, gives them: the latest interests win", async () => {
      const dir = historyHome([
        quiz("2026-11-01T09:00:00.000Z", { R: 1, I: 1, A: 1, S: 1, E: 1, C: 1 }),
        entry("2026-11-05T09:00:00.000Z", "Kelp Farmers", KELP),
      ]);
      const { data } = await runJson(["match", "--from-history", "--json", "--limit", "1"], { env: { CAREERS_HOME: dir } });
      expect(data.profile).toEqual(KELP);
      expect(data.source).toEqual({ kind: "history", date: "2026-11-05T09:00:00.000Z", title: "Kelp Farmers", code: "91-5011.00" });
    });

    it("an interests quiz alone: occupations by interests, Kelp Farmers first on their own scores", async () => {
      const dir = historyHome([
        entry("2026-10-01T09:00:00.000Z", "Customer Service Clerk"),
        quiz("2026-11-05T09:00:00.000Z", KELP.interests),
      ]);
      const { data, result } = await runJson(["match", "--from-history", "--json", "--limit", "1", "--zone", "1,2,3,4,5"], {
        env: { CAREERS_HOME: dir },
      });
      expect(result.status, result.stderr).toBe(0);
      expect(data.profile).toEqual({ levels: {}, interests: KELP.interests });
      expect(data.parts).toEqual({ measured: ["interests"], unrated: ["skill", "knowledge"] });
      // interests alone: 1 - sum |have - occupation| / 36, all six equal for Kelp Farmers: 1
      expect(data.results[0]).toMatchObject({ title: "Kelp Farmers", fit: 1 });
      const table = await run(["match", "--from-history", "--limit", "1"], { env: { CAREERS_HOME: dir } });
      expect(table.stdout).toContain("Occupations by fit to your saved interests quiz (2026-11-05).");
    });
  });

  describe("filters and --limit", () => {
    const titles = async (args: string[]) => {
      const { data, result } = await runJson(["match", "--answers", answers, "--json", ...args], env());
      expect(result.status, result.stderr).toBe(0);
      return data;
    };

    it("--zone, --min-median (50k), --education; ranks stay those among all occupations", async () => {
      const all = (await titles(["--limit", "0"])).results.map((r: { title: string }) => r.title);
      const rankOf = (title: string) => all.indexOf(title) + 1;
      // zones 3 and 4: Tide Desk Leads (3), Tide Analysts and Tide Office Managers (4), in the order of all
      const zone = await titles(["--zone", "3,4"]);
      const inZones = ["Tide Analysts", "Tide Desk Leads", "Tide Office Managers"].sort((a, b) => rankOf(a) - rankOf(b));
      expect(zone.results.map((r: { rank: number; title: string }) => [r.rank, r.title])).toEqual(inZones.map((t) => [rankOf(t), t]));
      expect(zone.filters).toEqual({ zones: [3, 4], minMedian: null, education: null });
      const median = await titles(["--min-median", "50k", "--education", "bachelor"]);
      expect(median.results.map((r: { title: string }) => r.title)).toEqual(
        ["Tide Analysts", "Tide Office Managers"].sort((a, b) => rankOf(a) - rankOf(b)),
      );
      expect([median.shown.of, median.total]).toEqual([2, 8]);
      expect(median.filters).toEqual({ zones: null, minMedian: 50000, education: "bachelor" });
    });

    it("--limit: the best n (10 by default), 0 for all", async () => {
      expect((await titles(["--limit", "3"])).results).toHaveLength(3);
      expect((await titles(["--limit", "0"])).results).toHaveLength(8);
      const cut = await run(["match", "--answers", answers, "--limit", "2"], env());
      expect(cut.stdout).toContain("The best 2 of 8 (all: --limit 0).");
    });

    it("a bad filter is a usage error, as in careers list", async () => {
      const zone = await run(["match", "--answers", answers, "--zone", "6"], env());
      expect(zone.status).toBe(2);
      expect(zone.stderr).toMatch(/^careers: --zone "6" is not a job zone/);
      const education = await run(["match", "--answers", answers, "--education", "doctorate"], env());
      expect(education.status).toBe(2);
      expect(education.stderr).toContain('has the education "doctorate"');
      // before any question is asked (here: before the terminal is asked for)
      const early = await run(["match", "--education", "doctorate"], env());
      expect(early.stderr).toContain('has the education "doctorate"');
      const limit = await run(["match", "--answers", answers, "--limit", "many"], env());
      expect(limit.status).toBe(2);
    });

    it("no occupation passing the filters says so", async () => {
      const r = await run(["match", "--answers", answers, "--zone", "5"], env());
      expect(r.status).toBe(0);
      expect(r.stdout).toContain("No occupation passes the filters");
    });
  });

  describe("--explain", () => {
    const LEVELS = { "2.A.1.a": 3, "2.A.1.b": 4, "2.A.1.d": 3.5, "2.B.1.a": 3, "2.B.4.e": 2.5, "2.B.5.d": 1 };

    it("shows each term with its weight, each element with importance, need and have, and the rank", async () => {
      const { data, result } = await runJson(["match", "--answers", answers, "--explain", "harbour greeters", "--json"], env());
      expect(result.status).toBe(0);
      expect(data.occupation).toEqual({ id: "harbour-greeters", code: "91-3012.00", title: "Harbour Greeters", source: "onet" });
      const expected = book({ levels: LEVELS });
      const k = expected.findIndex((e) => e.title === "Harbour Greeters");
      expect([data.rank, data.of]).toEqual([k + 1, 8]);
      const b = expected[k]!.fit;
      expect(data.fit.kinds.map((x: { part: string; elements: number }) => [x.part, x.elements])).toEqual([["skill", 6]]);
      expect(data.fit.kinds[0].correlation).toBeCloseTo(b.correlations.skill!, 9);
      expect(data.fit.under).toBeCloseTo(b.under, 9);
      expect(data.fit.over).toBeCloseTo(b.over, 9);
      expect(data.fit.score).toBeCloseTo(b.score, 9);
      expect(data.fit.weights).toEqual(TEST_SCALE_MODEL.resemblance);
      expect(data.unrated).toEqual(["knowledge", "interests"]);
      // the six skills rated, as Harbour Greeters rates them (fixture table), most important first
      const greeters = SCALE_OCCUPATIONS.find((o) => o.title === "Harbour Greeters")!;
      const rated = Object.keys(LEVELS).map((id) => ({
        name: SCALE_ELEMENTS[id]!.name,
        importance: greeters.ratings[SCALE_ELEMENT_IDS.indexOf(id)]![0],
      }));
      rated.sort((x, y) => y.importance - x.importance || (x.name < y.name ? -1 : 1));
      expect(data.elements.map((e: { name: string }) => e.name)).toEqual(rated.map((x) => x.name));
      expect(data.elements.find((e: { name: string }) => e.name === "Speaking")).toMatchObject({ importance: 4.5, need: 4, have: 3.5 });
      expect(data.interests).toBeNull();
    });

    it("as a table: the terms, their weights and contributions, and the elements", async () => {
      const r = await run(["match", "--answers", answers, "--explain", "91-3012"], { env: { CAREERS_HOME: home.home, COLUMNS: "140" } });
      expect(r.status).toBe(0);
      const expected = book({ levels: LEVELS });
      const k = expected.findIndex((e) => e.title === "Harbour Greeters");
      const b = expected[k]!.fit;
      expect(r.stdout).toContain(`Harbour Greeters (91-3012.00): fit ${percentOf(b.score)}, rank ${k + 1} of 8`);
      const signed = (x: number) => `${x < 0 ? "−" : "+"}${Math.abs(x).toFixed(3)}`;
      expect(r.stdout).toMatch(
        new RegExp(
          `Skills: correlation of your levels with its needs \\(6 elements\\) +│ +${b.correlations.skill!.toFixed(3)} │ +0\\.4 / 0\\.4 │ +\\${signed(b.correlations.skill!)}`,
        ),
      );
      expect(r.stdout).toMatch(
        new RegExp(`over-qualification \\(the same\\) +│ +${b.over.toFixed(3)} │ +−0\\.5 │ +${signed(-0.5 * b.over)}`),
      );
      expect(r.stdout).toContain(signed(b.score));
      expect(r.stdout).toContain("Not rated, left out: knowledge and interests.");
      expect(r.stdout).toMatch(/│ Speaking +│ skill +│ +4\.5 │ +4 │ +3\.5 │ +-0\.5 │/);
    });

    it("an unknown occupation fails before anything is asked; filters do not apply", async () => {
      const r = await run(["match", "--explain", "harbour greter"], env());
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/^careers: unknown occupation "harbour greter"\nDid you mean "Harbour Greeters"/);
      const mixed = await run(["match", "--answers", answers, "--explain", "91-3012", "--zone", "2"], env());
      expect(mixed.status).toBe(2);
      expect(mixed.stderr).toMatch(/^careers: --explain shows one occupation/);
    });
  });

  describe("errors", () => {
    it("without a data set: run careers import first (exit 2)", async () => {
      const r = await run(["match", "--answers", answers], { env: { CAREERS_HOME: tmp() } });
      expect(r.status).toBe(2);
      expect(r.stderr).toBe(
        "careers: no occupations to match: none are imported\nImport the O*NET database and BLS releases first: careers import --help.\n",
      );
    });

    it("without a terminal and without --answers or --from-history: refused at once, naming --answers", async () => {
      const r = await run(["match"], env());
      expect(r.status).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(
        /^careers: the interactive profile needs a terminal \(stdin and stdout must be a TTY\)\nGive your levels from a file instead: careers match --answers/,
      );
    });

    it("a skill O*NET does not rate: a data error naming the file, with a suggestion (exit 1)", async () => {
      const file = join(tmp(), "typo.yaml");
      writeFileSync(file, "skills:\n  Activ Listening: 4\n  Speaking: 3\n");
      const r = await run(["match", "--answers", file], env());
      expect(r.status).toBe(1);
      expect(r.stdout).toBe("");
      expect(r.stderr).toBe(
        `careers: ${file}: 1 answer not understood\n${file}: skills.Activ Listening: "Activ Listening" is not a skill O*NET rates. Did you mean "Active Listening"?\n`,
      );
    });

    it("answers that rate nothing, and two profiles at once, are refused", async () => {
      const file = join(tmp(), "empty.yaml");
      writeFileSync(file, "occupation: tide-clerks\n");
      const empty = await run(["match", "--answers", file], env());
      expect(empty.status).toBe(1);
      expect(empty.stderr).toMatch(new RegExp(`^careers: ${file} rates nothing yet: every level is null or left out\n`));
      const both = await run(["match", "--answers", answers, "--from-history"], env());
      expect(both.status).toBe(2);
      expect(both.stderr).toMatch(/^careers: --answers and --from-history give two profiles/);
    });
  });
});
