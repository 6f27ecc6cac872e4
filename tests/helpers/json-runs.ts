/**
 * Runs of every command and every option that changes the shape of its `--json` output, chosen to fill in
 * every part of it (a route, a region, a typing speed not measured, a history with two results, a problem
 * with a suggestion): with and without a data set, over bundled roles, user roles and occupations. The
 * docs test (tests/cli/json-docs.test.ts) and the schema test (tests/cli/json-schema.test.ts) check them.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect } from "vitest";
import { deskLeadAnswers } from "./assess-occupation.js";
import { writeEscoInputs } from "./esco-fixtures.js";
import { homeWith, importedAreaHome, importedHome, writeInputs } from "./import-fixtures.js";
import { ROOT, type RunOptions, runJson } from "./run.js";
import { scaleHome, tideClerksEntry } from "./scale-fixture.js";

let esco: Promise<RunOptions> | undefined;
/** A data home with the O*NET and BLS miniatures and the ESCO one (both zips and the crosswalk) imported: ESCO borrows U.S. figures. */
const escoHome = (): Promise<RunOptions> =>
  (esco ??= (async () => {
    const inputs = writeInputs();
    const e = writeEscoInputs(inputs.dir);
    const { home } = await homeWith(inputs.dir, [inputs.zip, inputs.projections, inputs.oews, e.classification, e.relations, e.crosswalk]);
    return { env: { CAREERS_HOME: home } };
  })());

let areas: Promise<string> | undefined;
/** A data home with the invented releases and the state and metropolitan workbooks imported (once). */
const areaHome = (): Promise<string> => (areas ??= importedAreaHome().then((h) => h.home));

const tmp = (prefix: string) => mkdtempSync(join(tmpdir(), `careers-${prefix}-`));

const templates = new Map<string, Record<string, unknown>>();
/** A role's answers template, as `assess <role> --template --json` prints it (read once a role). */
async function template(role: string, more: string[] = []): Promise<Record<string, unknown>> {
  if (!templates.has(role)) templates.set(role, (await runJson(["assess", role, "--template", "--json", ...more])).data);
  return templates.get(role)!;
}

/** The nursing ladder of the test fixtures: education options with costs, and a licence required. */
const NURSING = ["--data-dir", join(ROOT, "tests", "fixtures", "nursing")];

/**
 * Answers to a role's own questions: every skill "working" but the first "basic", every measure the
 * value given, 1 year, high school, and three kinds of clerk's tools where the role asks about tools
 * (none for the staff nurse, whose tools are other ones).
 */
async function answers(role: string, measure: number | null, more: string[] = []): Promise<string> {
  const t = (await template(role, more)) as { skills?: Record<string, number>; measures?: Record<string, null>; tools?: unknown };
  const skills = Object.fromEntries(Object.keys(t.skills ?? {}).map((id, i) => [id, i === 0 ? "basic" : "working"]));
  const measures = t.measures && Object.fromEntries(Object.keys(t.measures).map((id) => [id, measure]));
  const file = join(tmp("answers"), "answers.json");
  const tools = t.tools && role !== "staff-nurse" ? { tools: ["Salesforce", "headsets", "Google Workspace"] } : {};
  writeFileSync(
    file,
    JSON.stringify({ ...t, role, skills, ...(measures ? { measures } : {}), experienceYears: 1, education: "high-school", ...tools }),
  );
  return file;
}

/** A folder with one valid role and one with a misspelt key ("sumary"), for a problem with a suggestion. */
function rolesWithProblems(): string {
  const dir = tmp("roles");
  const role = (id: string, summaryKey: string) =>
    `id: ${id}\ntitle: Team lead\n${summaryKey}: Leads a team.\nsources:\n  - id: own\n    title: Our ladder\n`;
  writeFileSync(join(dir, "team-lead.yaml"), role("team-lead", "summary"));
  writeFileSync(join(dir, "shift-lead.yaml"), role("shift-lead", "sumary"));
  return dir;
}

let harbour: Promise<RunOptions> | undefined;
/** A data home with the harbour-town release of the tests imported (once). */
const harbourHome = (): Promise<RunOptions> => (harbour ??= scaleHome().then(({ home }) => ({ env: { CAREERS_HOME: home } })));

/** A folder whose manager, the top of the clerk's ladder, links to an occupation of the harbour town. */
function managerAtTheHarbour(): string {
  const dir = tmp("onward");
  const manager = readFileSync(join(ROOT, "data", "roles", "manager.yaml"), "utf8");
  writeFileSync(join(dir, "manager.yaml"), manager.replace("code: 43-1011.00", "code: 91-1021.00"));
  return dir;
}
/** The harbour-town data home's folder. */
const scaleData = () => harbourHome().then((o) => o.env!.CAREERS_HOME!);

/** Skill levels for `match --answers`: some of the harbour-town release's skills. */
function matchAnswers(): string {
  const file = join(tmp("answers"), "levels.yaml");
  writeFileSync(file, "skills:\n  Active Listening: 4\n  Speaking: 3\n");
  return file;
}

/** A saved assessment of an imported occupation, with its profile (skills and interests). */
const MATCH_HISTORY = {
  date: "2026-11-01T09:00:00.000Z",
  role: "kelp-farmers",
  title: "Kelp Farmers",
  readiness: 60,
  band: "building",
  categories: [],
  code: "91-5011.00",
  profile: { levels: { "2.B.4.e": 3, "2.A.1.a": 2 }, interests: { R: 6, I: 3, A: 1, S: 2, E: 2, C: 3 } },
};

/** Every activity of the harbour-town release's quiz answered: like, not sure and dislike in turn. */
function quizAnswers(): string {
  const ids = [
    ...["a", "b", "c", "d", "e", "f"].flatMap((t) => [`1.B.1.${t}.1`, `1.B.1.${t}.2`]),
    ...["1.B.3.a.1", "1.B.3.a.2", "1.B.3.b.1", "1.B.3.b.2"],
  ];
  const path = join(tmp("quiz"), "interests.yaml");
  writeFileSync(path, `activities:\n${ids.map((id, i) => `  ${id}: ${["like", "not sure", "dislike"][i % 3]}\n`).join("")}`);
  return path;
}

/** The harbour town imported, with a saved assessment and a later interests quiz in the history. */
async function quizHome(): Promise<string> {
  const { home } = await scaleHome();
  const quiz = { date: "2098-05-01T09:00:00.000Z", kind: "interests", title: "Interests quiz", release: "98.2", answered: 16, asked: 16 };
  const entries = [MATCH_HISTORY, { ...quiz, profile: { levels: {}, interests: { R: 5, I: 2, A: 1, S: 3, E: 2, C: 4 } } }];
  writeFileSync(join(home, "history.json"), JSON.stringify({ format: 1, entries }));
  return home;
}

/**
 * The runs whose output each shape of docs/json-output.md, and each JSON Schema of `careers schema`, is
 * checked against, by the label of its block (the command and the option that changes the shape).
 */
export const RUNS: Record<string, () => Promise<[string[], RunOptions?][]>> = {
  // the second holds a file with a misspelt key: its problem is in the JSON
  // and with occupations imported, cut by --limit: the top-coded median of the fixtures' cloud shepherds first
  list: async () => {
    const occupations = { env: { CAREERS_HOME: (await importedHome()).home } };
    return [
      [["list", "--json"]],
      [["list", "--json", "--data-dir", rolesWithProblems()]],
      [["list", "--json", "--sort", "median", "--limit", "3"], occupations],
      // the medians of Texas, from CAREERS_AREA: a guide role and an occupation with none there
      [["list", "--json"], { env: { CAREERS_HOME: await areaHome(), CAREERS_AREA: "TX" } }],
    ];
  },
  // between them, every top-level key of the format
  // and a role linked to an occupation of the imported releases: its official figures
  show: async () => {
    const { home } = await importedHome();
    const linked = ["--data-dir", join(ROOT, "tests", "fixtures", "linked")];
    return [
      [["show", "clerk", "--json"]],
      [["show", "representative", "--json"]],
      [["show", "lamplighter", "--json", ...linked], { env: { CAREERS_HOME: home } }],
      [["show", "clerk", "--section", "skills", "--json"]],
    ];
  },
  // the mini release with the BLS workbooks: every section (a detailed code with its parent's BLS figures,
  // a top-coded wage), and one section alone
  "show <occupation>": async () => {
    const env = { env: { CAREERS_HOME: (await importedHome()).home } };
    return [
      [["show", "lantern-keepers", "--json"], env],
      [["show", "beacon-polishers", "--json"], env],
      [["show", "cloud-shepherds", "--json"], env],
      [["show", "dream-counselors", "--section", "wages", "--json"], env],
      // ESCO's occupations (the miniature beside the O*NET one): requirements, hierarchy, a crosswalk link inherited
      [["show", "esco:lamplighter", "--json"], await escoHome()],
      [["show", "esco:senior-lamplighter", "--json"], await escoHome()],
      // with the state and metropolitan workbooks: the area beside the nation; a wider BLS occupation's, top-coded
      [["show", "91-1011", "--area", "TX", "--json"], { env: { CAREERS_HOME: await areaHome() } }],
      [["show", "cloud-shepherds", "--area", "TX", "--json"], { env: { CAREERS_HOME: await areaHome() } }],
    ];
  },
  compare: async () => [[["compare", "clerk", "representative", "--region", "australia", "--json"]]],
  // over occupations (the harbour-town release): from a saved assessment, with a role linked to an imported
  // code and an inferred key-facts median (something carries over); then roles off the scales, with an inferred level row and a key-facts median
  // one occupation across areas (one with no estimate), and several in one area
  "compare --area": async () => {
    const env = { env: { CAREERS_HOME: await areaHome() } };
    return [
      [["compare", "91-1011", "--area", "TX", "Abilene", "--json"], env],
      [["compare", "91-1011", "91-2013", "--area", "TX", "--json"], env],
    ];
  },
  "compare --from-history": async () => {
    const { home } = await scaleHome();
    writeFileSync(
      join(home, "history.json"),
      JSON.stringify({ format: 1, entries: [tideClerksEntry("2098-04-01T09:00:00.000Z", { "2.A.1.a": 4, "2.A.1.b": 4 })] }),
    );
    const roles = tmp("roles");
    writeFileSync(
      join(roles, "desk-lead.yaml"),
      "id: desk-lead\ntitle: Desk Lead\nsummary: Leads the tide desk.\nsources:\n  - id: own\n    title: Our ladder\nonet:\n  code: 91-1021.00\n  title: Tide Desk Leads\n  note: The same work.\n" +
        "keyFacts:\n  medianSalary:\n    amount: 50000\n    currency: USD\n    period: year\n    date: May 2098\n    source: own\n    inferred:\n      reason: Our estimate.\n      from: own\n",
    );
    const env = { env: { CAREERS_HOME: home } };
    return [
      [["compare", "--from-history", "tide-desk-leads", "desk-lead", "--data-dir", roles, "--json"], env],
      [["compare", "tide-clerks", "representative", "clerk", "--json"], env],
      // ESCO's occupations: their essential items by URI, one through the crosswalk on the scales
      [["compare", "esco:lamplighter", "esco:senior-lamplighter", "91-1011.02", "--json"], await escoHome()],
    ];
  },
  // a current level (supervisor), a route, and a salary inversion on it (representative after senior-clerk)
  // and the whole ladder, where the clerk's own median is another measure than the table's
  // and with the harbour town imported and a manager linked to one of its occupations: the onward moves
  path: async () => [
    [["path", "supervisor", "--from", "junior-clerk", "--to", "supervisor", "--json"]],
    [["path", "clerk", "--json"]],
    [["path", "clerk", "--data-dir", managerAtTheHarbour(), "--json"], await harbourHome()],
  ],
  // Tide Clerks: steps up, a lateral move and a stepping stone; and a route
  "path <ESCO occupation>": async () => [
    [["path", "esco:lamplighter", "--json"], await escoHome()],
    [["path", "esco:senior-lamplighter", "--json"], await escoHome()],
  ],
  "path --to": async () => [
    [["path", "91-3011", "--json"], await harbourHome()],
    [["path", "91-5011", "--to", "91-1022", "--json"], await harbourHome()],
    // the medians of Texas: the moves classed by them
    [["path", "91-1011", "--area", "TX", "--json"], { env: { CAREERS_HOME: await areaHome() } }],
    [["path", "91-1011", "--to", "91-2013", "--json"], { env: { CAREERS_HOME: await areaHome(), CAREERS_AREA: "TX" } }],
  ],
  assess: async () => [
    // a typing speed not measured; a level with its ladder's skills, and where you are said
    [["assess", "--answers", await answers("clerk", null), "--json"]],
    [["assess", "supervisor", "--answers", await answers("supervisor", 30), "--current", "clerk", "--json"]],
    // a degree and a licence needed, high school and no licence held: education advice with costs
    [["assess", "staff-nurse", "--answers", await answers("staff-nurse", null, NURSING), "--json", ...NURSING]],
  ],
  "assess --template": async () => [
    [["assess", "clerk", "--template", "--json"]],
    [["assess", "tide-clerks", "--template", "--json"], { env: { CAREERS_HOME: await scaleData() } }],
    [["assess", "staff-nurse", "--template", "--json", ...NURSING]],
  ],
  // two saved results for one role: the second has a change; and a saved occupation, with its profile
  "assess --history": async () => {
    const home = { env: { CAREERS_HOME: tmp("home") } };
    for (const wpm of [30, 40])
      expect((await runJson(["assess", "--answers", await answers("clerk", wpm), "--save", "--json"], home)).result.status).toBe(0);
    const occupations = { env: { CAREERS_HOME: await scaleData() } };
    expect((await runJson(["assess", "--answers", deskLeadAnswers(), "--save", "--json"], occupations)).result.status).toBe(0);
    // a result saved with its kind, as the history file may hold it
    const kinded = { env: { CAREERS_HOME: tmp("home") } };
    writeFileSync(
      join(kinded.env.CAREERS_HOME, "history.json"),
      JSON.stringify({ format: 1, entries: [{ ...MATCH_HISTORY, kind: "assessment", role: "clerk", title: "Clerk" }] }),
    );
    return [
      [["assess", "--history", "--json"], home],
      [["assess", "--history", "--json"], kinded],
      [["assess", "--history", "manager", "--json"], home],
      [["assess", "--history", "tide-desk-leads", "--json"], occupations],
    ];
  },
  // a stepping stone and education advice (Tide Desk Leads); neither (Tide Clerks, everything met)
  "assess --answers": async () => {
    const home = { env: { CAREERS_HOME: await scaleData() } };
    const clerk = join(tmp("answers"), "clerk.yaml");
    writeFileSync(
      clerk,
      "occupation: tide-clerks\nskills:\n  Active Listening: 4\n  Speaking: 4\n  Reading Comprehension: 4\n  Social Perceptiveness: 4\neducation: 5\nexperience: 4\n",
    );
    return [
      [["assess", "tide-desk-leads", "--answers", deskLeadAnswers(), "--json"], home],
      [["assess", "--answers", clerk, "--json"], home],
    ];
  },
  validate: async () => [[["validate", rolesWithProblems(), "--json"]]],
  schema: async () => [[["schema", "--json"]]],
  "schema --list": async () => [[["schema", "--list", "--json"]]],
  // the hand-written release of the test fixtures, imported, looked at and removed
  import: async () => {
    const home = { env: { CAREERS_HOME: tmp("home") } };
    const mini = join(ROOT, "tests", "fixtures", "onet-mini");
    return [
      [["import", mini, "--json"], home],
      [["import", "--status", "--json"], home],
      [["import", "--verify", "--json"], home],
      [["import", "--remove", "--json"], home],
      [["import", "--status", "--json"], home],
    ];
  },
  // every area, one of them without an estimate; a wider BLS occupation's figures, top-coded
  wages: async () => [
    [["wages", "91-1011", "--json"], { env: { CAREERS_HOME: await areaHome() } }],
    [["wages", "cloud-shepherds", "--type", "state", "--json"], { env: { CAREERS_HOME: await areaHome() } }],
  ],
  search: async () => {
    const home = { env: { CAREERS_HOME: tmp("home") } };
    expect((await runJson(["import", join(ROOT, "tests", "fixtures", "onet-mini"), "--json"], home)).result.status).toBe(0);
    return [[["search", "lantern", "--json"], home]];
  },
  // the harbour-town release: a profile from a file (skills only), a saved one with interests, and that
  // one with the interests of a later interests quiz
  match: async () => {
    const { home } = await scaleHome();
    writeFileSync(join(home, "history.json"), JSON.stringify({ format: 1, entries: [MATCH_HISTORY] }));
    const withQuiz = await quizHome();
    return [
      [["match", "--answers", matchAnswers(), "--limit", "0", "--json"], { env: { CAREERS_HOME: home } }],
      [["match", "--from-history", "--zone", "2", "--json"], { env: { CAREERS_HOME: home } }],
      [["match", "--from-history", "--json"], { env: { CAREERS_HOME: withQuiz } }],
      [["match", "--like", "tide-clerks", "harbour-greeters", "--answers", matchAnswers(), "--json"], { env: { CAREERS_HOME: home } }],
      [["match", "--answers", matchAnswers(), "--interests", "R=1,I=2,A=3,S=4,E=5,C=6", "--json"], { env: { CAREERS_HOME: home } }],
      [
        ["match", "--interests", "R=1,I=2,A=3,S=4,E=5,C=6", "--area", "TX", "--limit", "0", "--json"],
        { env: { CAREERS_HOME: await areaHome() } },
      ],
      // the onet-mini release has work activities (Tasks to DWAs): those held, and a profile's nearest
      [["match", "--like", "lantern-keepers", "--json"], { env: { CAREERS_HOME: (await importedHome()).home } }],
    ];
  },
  "match --template": async () => {
    const { home } = await scaleHome();
    return [[["match", "--template", "--json"], { env: { CAREERS_HOME: home } }]];
  },
  // a checklist (what each occupation lacks, essential and optional); an ESCO occupation held, with a checklist beside it
  "match --skills": async () => {
    const skills = join(tmp("skills"), "skills.txt");
    writeFileSync(skills, "- [x] trim lamp wicks\n- [~] polish brass\n- [ ] lamp oils\n");
    return [
      [["match", "--skills", skills, "--json"], await escoHome()],
      [["match", "--like", "esco:senior-lamplighter", "--skills", skills, "--isco", "9629", "--json"], await escoHome()],
    ];
  },
  // a checklist with an item being learnt, one of another occupation (ignored), an essential one left out
  "assess <ESCO occupation>": async () => {
    const skills = join(tmp("assess-items"), "skills.txt");
    writeFileSync(skills, "- [~] lamp oils\n- [ ] keep route logs\n- [x] polish brass\n");
    return [
      [["assess", "esco:lamplighter", "--answers", skills, "--json"], await escoHome()],
      [["assess", "esco:senior-lamplighter", "--answers", skills, "--json"], await escoHome()],
    ];
  },
  "match --explain": async () => {
    const { home } = await scaleHome();
    writeFileSync(join(home, "history.json"), JSON.stringify({ format: 1, entries: [MATCH_HISTORY] }));
    return [
      [["match", "--answers", matchAnswers(), "--explain", "tide-clerks", "--json"], { env: { CAREERS_HOME: home } }],
      [["match", "--from-history", "--explain", "kelp-farmers", "--json"], { env: { CAREERS_HOME: home } }],
      [["match", "--from-history", "--explain", "kelp-farmers", "--json"], { env: { CAREERS_HOME: await quizHome() } }],
      [
        ["match", "--like", "tide-clerks", "--interests", "R=1,I=2,A=3,S=4,E=5,C=6", "--explain", "kelp-farmers", "--json"],
        { env: { CAREERS_HOME: home } },
      ],
      // the onet-mini release has work activities (Tasks to DWAs)
      [
        ["match", "--like", "lantern-keepers", "--explain", "beacon-polishers", "--json"],
        { env: { CAREERS_HOME: (await importedHome()).home } },
      ],
    ];
  },
  interests: async () => {
    const home = { env: { CAREERS_HOME: await scaleData() } };
    return [
      [["interests", "--answers", quizAnswers(), "--json"], home],
      [["interests", "--answers", quizAnswers(), "--save", "--json"], { env: { CAREERS_HOME: await quizHome() } }],
    ];
  },
  "interests --template": async () => [[["interests", "--template", "--json"], { env: { CAREERS_HOME: await scaleData() } }]],
  new: async () => {
    const dir = join(tmp("new"), "my-roles");
    mkdirSync(dir);
    return [[["new", "team-lead", "--data-dir", dir, "--json"]]];
  },
};
