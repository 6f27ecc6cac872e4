#!/usr/bin/env node
/**
 * `npm run bench:import`: `careers import` of the real releases in ../shared/data (time, peak memory, size
 * of the data set), then the commands over the imported occupations, each against bare `node -e 0`
 * measured in the same rounds. Prints medians, ratios and peak memory, and exits 1 when a target is
 * missed; says so and exits 0 when the releases are absent.
 *
 * Options: --runs N (rounds of the command measures, default 15), --imports N (default 3), --quick (7
 * rounds, 1 import), --keep (keep the temporary folder).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const BIN = join(ROOT, "bin", "careers.cjs");
const DATA = process.env.CAREERS_REAL_DATA_DIR ?? join(ROOT, "..", "shared", "data");
const FILES = ["db_29_3_text.zip", "occupation.xlsx", "national_M2024_dl.xlsx"].map((f) => join(DATA, f));
const args = process.argv.slice(2);
const quick = args.includes("--quick");
const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) || fallback : fallback);
const runs = option("--runs", quick ? 7 : 15);
const imports = option("--imports", quick ? 1 : 3);

const missing = FILES.filter((f) => !existsSync(f));
if (missing.length > 0) {
  console.log(`import benchmark skipped: ${missing.join(", ")} not found (the real releases are read from ${DATA})`);
  process.exit(0);
}

const work = mkdtempSync(join(tmpdir(), "careers-import-bench-"));
const rssHook = join(work, "rss-hook.mjs");
writeFileSync(
  rssHook,
  `import { writeFileSync } from "node:fs";
process.on("exit", () => { if (process.env.BENCH_RSS_FILE) writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS)); });\n`,
);
const home = join(work, "home");
const empty = join(work, "empty-home");
const baseEnv = {
  ...process.env,
  NO_COLOR: "1",
  COLUMNS: "100",
  CAREERS_PAGER: "",
  XDG_CACHE_HOME: join(work, "cache"),
  CAREERS_HOME: home,
};
delete baseEnv.CAREERS_DATA_DIR;

/** One run: wall time in ms and peak RSS in MB. */
function once(argv, env = {}, withRss = false) {
  const rssFile = join(work, "rss");
  const nodeArgs = withRss ? ["--import", rssHook, ...argv] : argv;
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, nodeArgs, {
    env: { ...baseEnv, ...env, BENCH_RSS_FILE: rssFile },
    encoding: "utf8",
    maxBuffer: 512 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`${argv.join(" ")} exited ${r.status}: ${r.stderr.slice(0, 500)}`);
  const rss = withRss ? Number(readFileSync(rssFile, "utf8")) / 1024 : NaN;
  return { ms, rss, stdout: r.stdout };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const results = [];
/** a measure against its target; `limit` null: reported only, with no target */
function check(name, value, unit, limit, note = "") {
  results.push({ name, value, unit, limit, ok: limit === null || value <= limit, note });
}

console.log(
  `careers import benchmark: node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${Math.round(totalmem() / 2 ** 30)} GiB; ${imports} import(s), ${runs} rounds of the commands, medians\n`,
);

// the import: a fresh data folder each time, so every run builds the whole data set
const importTimes = [];
let importRss = 0;
let summary;
for (let i = 0; i < imports; i++) {
  rmSync(home, { recursive: true, force: true });
  const r = once([BIN, "import", ...FILES, "--json"], {}, true);
  importTimes.push(r.ms);
  importRss = Math.max(importRss, r.rss);
  summary = JSON.parse(r.stdout);
}
const setDir = summary.dir;
const size = readdirSync(setDir).reduce((n, f) => n + statSync(join(setDir, f)).size, 0) / 2 ** 20;
check(
  "import of the three releases",
  median(importTimes) / 1000,
  "s",
  30,
  `${summary.manifest.occupations} occupations; runs: ${importTimes.map((t) => (t / 1000).toFixed(1)).join(", ")} s`,
);
check("import peak memory", importRss, "MB", 600);
check("data set on disk", size, "MB", 40);

// the state workbook beside them (the rebuilt May 2023 one: 31,991 rows, one 35 MB sheet part): what it
// adds to the import's time, peak memory and the data set, against the three releases alone above
const STATE = join(DATA, "oews_state_M2023_rebuilt.xlsx");
const areaHome = join(work, "home-areas");
if (existsSync(STATE)) {
  const withState = [];
  let withRss = 0;
  let withSummary;
  for (let i = 0; i < imports; i++) {
    rmSync(areaHome, { recursive: true, force: true });
    const r = once([BIN, "import", ...FILES, STATE, "--json"], { CAREERS_HOME: areaHome }, true);
    withState.push(r.ms);
    withRss = Math.max(withRss, r.rss);
    withSummary = JSON.parse(r.stdout);
  }
  const areaSize = readdirSync(withSummary.dir).reduce((n, f) => n + statSync(join(withSummary.dir, f)).size, 0) / 2 ** 20;
  check(
    "the state workbook's import: time added",
    (median(withState) - median(importTimes)) / 1000,
    "s",
    5,
    `${(median(withState) / 1000).toFixed(1)} s with it, ${(median(importTimes) / 1000).toFixed(1)} s without`,
  );
  check(
    "the state workbook's import: peak memory added",
    withRss - importRss,
    "MB",
    150,
    `${withRss.toFixed(0)} MB with it, ${importRss.toFixed(0)} MB without`,
  );
  check(
    "the state workbook's import: data set growth",
    areaSize - size,
    "MB",
    15,
    `${areaSize.toFixed(1)} MB with it, ${size.toFixed(1)} MB without`,
  );
} else console.log(`the state workbook's import left out: ${STATE} not found\n`);

/** An answers file rating every skill at the level 43-4051.00 needs (as show gives them): a profile for match. */
function answersFile() {
  const shown = JSON.parse(once([BIN, "show", "43-4051.00", "--json", "--section", "skills"]).stdout);
  const skills = Object.fromEntries(shown.skills.filter((s) => s.level !== null).map((s) => [s.element, Math.round(s.level)]));
  const file = join(work, "answers.json");
  writeFileSync(file, JSON.stringify({ skills }));
  return file;
}

/** The interests quiz answered: every activity of the release, like, not sure and dislike in turn. */
function interestsFile() {
  const { activities } = JSON.parse(once([BIN, "interests", "--template", "--json"]).stdout);
  const answers = Object.fromEntries(Object.keys(activities).map((id, i) => [id, ["like", "not sure", "dislike"][i % 3]]));
  const file = join(work, "interests.json");
  writeFileSync(file, JSON.stringify({ activities: answers }));
  return file;
}

// the commands over the occupations, round after round with bare node, so that a slow spell on a shared
// machine falls on all of them alike; bundled-role commands with the data set and without it
const cli = (...a) => [BIN, ...a];
const measures = {
  bare: { argv: ["-e", "0"] },
  showJson: { argv: cli("show", "customer-service-representatives", "--json") },
  showTable: { argv: cli("show", "customer-service-representatives") },
  search: { argv: cli("search", "customer", "service") },
  listJson: { argv: cli("list", "--json") },
  // the two sides of "no slower" differ by a few milliseconds: three runs a round each, side by side
  clerkWith: { argv: cli("show", "clerk", "--json"), repeat: 3 },
  clerkWithout: { argv: cli("show", "clerk", "--json"), env: { CAREERS_HOME: empty }, repeat: 3 },
  // the same command again, to show how far two medians of one command lie apart in this run
  clerkWithoutAgain: { argv: cli("show", "clerk", "--json"), env: { CAREERS_HOME: empty }, repeat: 3 },
  compareRolesWith: { argv: cli("compare", "clerk", "representative"), repeat: 3 },
  compareRolesWithout: { argv: cli("compare", "clerk", "representative"), env: { CAREERS_HOME: empty }, repeat: 3 },
  pathClerkWith: { argv: cli("path", "clerk") },
  pathClerkWithout: { argv: cli("path", "clerk"), env: { CAREERS_HOME: empty } },
  listRolesWithout: { argv: cli("list", "--json"), env: { CAREERS_HOME: empty } },
  compareOcc: { argv: cli("compare", "customer-service-representatives", "43-1011") },
  pathOcc: { argv: cli("path", "43-4051") },
  match: { argv: cli("match", "--answers", answersFile()) },
  assessTemplate: { argv: cli("assess", "43-4051", "--template") },
  interests: { argv: cli("interests", "--answers", interestsFile(), "--json") },
  interestsTable: { argv: cli("interests", "--answers", interestsFile()) },
  ...(existsSync(STATE)
    ? {
        showArea: { argv: cli("show", "29-1141", "--area", "TX", "--json"), env: { CAREERS_HOME: areaHome } },
        wages: { argv: cli("wages", "29-1141"), env: { CAREERS_HOME: areaHome } },
      }
    : {}),
};
const times = Object.fromEntries(Object.keys(measures).map((k) => [k, []]));
for (const m of Object.values(measures)) once(m.argv, m.env); // warm the file cache
for (let round = 0; round < runs; round++)
  for (const [k, m] of Object.entries(measures)) for (let r = 0; r < (m.repeat ?? 1); r++) times[k].push(once(m.argv, m.env).ms);
const ms = Object.fromEntries(Object.entries(times).map(([k, t]) => [k, median(t)]));
const ratio = (k) => ms[k] / ms.bare;
check("show <occupation> --json", ratio("showJson"), "x bare", 1.5, `${ms.showJson.toFixed(0)} ms`);
check("show <occupation> (tables)", ratio("showTable"), "x bare", 1.7, `${ms.showTable.toFixed(0)} ms`);
check("search customer service", ratio("search"), "x bare", 2, `${ms.search.toFixed(0)} ms`);
check(
  "list --json (roles and all occupations)",
  ratio("listJson"),
  "x bare",
  2,
  `${ms.listJson.toFixed(0)} ms; roles only: ${ms.listRolesWithout.toFixed(0)} ms`,
);
check("compare of two occupations (tables)", ratio("compareOcc"), "x bare", 2, `${ms.compareOcc.toFixed(0)} ms`);
check("path <occupation> (tables)", ratio("pathOcc"), "x bare", 2, `${ms.pathOcc.toFixed(0)} ms`);
check("match over all occupations (tables)", ratio("match"), "x bare", 2.5, `${ms.match.toFixed(0)} ms`);
check(
  "assess <occupation> --template (the questions' data)",
  ratio("assessTemplate"),
  "x bare",
  null,
  `${ms.assessTemplate.toFixed(0)} ms`,
);
// the quiz starts as fast as any command: the reference data and the answers, no occupation's figures
check("interests --answers (188 activities) --json", ratio("interests"), "x bare", 1.5, `${ms.interests.toFixed(0)} ms`);
check("interests --answers (tables)", ratio("interestsTable"), "x bare", 1.7, `${ms.interestsTable.toFixed(0)} ms`);
if (existsSync(STATE)) {
  check("show 29-1141 --area TX --json", ratio("showArea"), "x bare", 1.5, `${ms.showArea.toFixed(0)} ms`);
  check("wages 29-1141, every state (tables)", ratio("wages"), "x bare", 1.7, `${ms.wages.toFixed(0)} ms`);
}
/** One command's median against another's, e.g. with a data set installed and without; `limit` null: reported only. */
const pair = (name, a, b, limit, note = "") =>
  check(name, ms[a] / ms[b], "x", limit, `${ms[a].toFixed(0)} vs ${ms[b].toFixed(0)} ms${note}`);
// "no slower": 5% allows for the noise of medians on a shared machine
pair("show clerk --json, data set installed vs none", "clerkWith", "clerkWithout", 1.05);
pair("show clerk --json, none vs none (the noise of these pairs)", "clerkWithoutAgain", "clerkWithout", null);
pair("compare clerk representative, data set installed vs none", "compareRolesWith", "compareRolesWithout", 1.05);
// with a data set, path clerk shows more: the steps onward from the ladder's top through O*NET
pair("path clerk, data set installed vs none", "pathClerkWith", "pathClerkWithout", null, "; with it, the onward steps are shown too");
const rss = (argv) => Math.max(...Array.from({ length: 3 }, () => once(argv, {}, true).rss));
check("show <occupation> peak memory", rss(measures.showTable.argv), "MB", null);
check("search peak memory", rss(measures.search.argv), "MB", null);

const pad = (s, n) => String(s).padEnd(n);
const rows = results.map((r) => [
  r.name,
  `${r.value.toFixed(2)} ${r.unit}`,
  r.limit === null ? "—" : `<= ${r.limit}`,
  `${r.limit === null ? "" : r.ok ? "ok" : "MISSED"}${r.note ? `  (${r.note})` : ""}`,
]);
const head = ["measure", "value", "target", "result"];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)) + 2);
const line = (row) => row.map((cell, i) => (i < row.length - 1 ? pad(cell, widths[i]) : cell)).join("");
console.log(`bare node -e 0: ${ms.bare.toFixed(1)} ms\n`);
console.log(line(head));
for (const row of rows) console.log(line(row));
if (!args.includes("--keep")) rmSync(work, { recursive: true, force: true });
else console.log(`\nkept ${work}`);
const missed = results.filter((r) => !r.ok);
console.log(missed.length ? `\n${missed.length} target(s) missed` : "\nall targets met");
process.exitCode = missed.length ? 1 : 0;
