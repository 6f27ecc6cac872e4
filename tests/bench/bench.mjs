#!/usr/bin/env node
/**
 * `npm run bench`: start-up time, look-up and list speed and peak memory of the built CLI, each against
 * bare `node -e 0` measured in the same run. Prints medians, ratios and peak memory, and exits 1 when a
 * target is missed. Generates its own 1,000 and 10,000 role files in a temporary folder.
 *
 * Options: --runs N (default 15), --quick (fewer runs, no 10,000-file set), --keep (keep the temp folder).
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir, cpus, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const BIN = join(ROOT, "bin", "careers.cjs");
const cli = (...a) => [BIN, ...a];
const args = process.argv.slice(2);
const quick = args.includes("--quick");
const runs = Number(args[args.indexOf("--runs") + 1]) || (quick ? 7 : 15);
const work = mkdtempSync(join(tmpdir(), "careers-bench-"));
const rssHook = join(work, "rss-hook.mjs");
writeFileSync(
  rssHook,
  `import { writeFileSync } from "node:fs";
process.on("exit", () => { if (process.env.BENCH_RSS_FILE) writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS)); });\n`,
);

const baseEnv = { ...process.env, NO_COLOR: "1", COLUMNS: "100", XDG_CACHE_HOME: join(work, "cache"), CAREERS_HOME: join(work, "home") };
delete baseEnv.CAREERS_DATA_DIR;

/** One run: wall time in ms and peak RSS in MB. */
function once(argv, env = {}, withRss = false) {
  const rssFile = join(work, "rss");
  const nodeArgs = withRss ? ["--import", rssHook, ...argv] : argv;
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, nodeArgs, { env: { ...baseEnv, ...env, BENCH_RSS_FILE: rssFile }, encoding: "utf8", maxBuffer: 512 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`${argv.join(" ")} exited ${r.status}: ${r.stderr.slice(0, 500)}`);
  const rss = withRss ? Number(readFileSync(rssFile, "utf8")) / 1024 : NaN;
  return { ms, rss };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function measure(argv, env = {}, n = runs) {
  once(argv, env); // warm the file cache
  const times = [];
  for (let i = 0; i < n; i++) times.push(once(argv, env).ms);
  const rss = Math.max(...Array.from({ length: 3 }, () => once(argv, env, true).rss));
  return { ms: median(times), rss };
}

/** A valid role file of about 4 KB. */
function roleYaml(id, i) {
  const filler = "Handles customer requests across phone, email and chat, keeps records accurate and follows up until the issue is resolved. ";
  const items = Array.from({ length: 12 }, (_, k) => `    - "Responsibility ${k + 1} of role ${i}: ${filler.slice(0, 180)}"`).join("\n");
  return `id: ${id}
title: Benchmark Role ${i}
aliases:
  - bench alias ${i}
summary: "${filler.repeat(3).trim()}"
sources:
  - id: bench
    title: Generated benchmark data
keyFacts:
  medianSalary:
    amount: ${30000 + (i % 500) * 100}
    currency: USD
    period: year
    date: May 2023
    source: bench
  growth:
    percent: ${i % 9}
    source: bench
  typicalEducation:
    text: High school diploma or equivalent
    source: bench
responsibilities:
  source: bench
  items:
${items}
pros:
  source: bench
  items:
    - "${filler.trim()}"
    - "${filler.trim()}"
`;
}

function makeRoles(count) {
  const dir = join(work, `roles-${count}`);
  mkdirSync(dir);
  for (let i = 1; i <= count; i++) {
    const id = `bench-role-${String(i).padStart(5, "0")}`;
    writeFileSync(join(dir, `${id}.yaml`), roleYaml(id, i));
  }
  return dir;
}

const results = [];
function check(name, value, unit, limit, note = "") {
  const ok = value <= limit;
  results.push({ name, value, unit, limit, ok, note });
}

console.log(`careers benchmark: node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${Math.round(totalmem() / 2 ** 30)} GiB; ${runs} runs each, medians\n`);

// Start-up: every command and bare node in turn, round after round, so that a slow spell on a shared
// machine falls on all of them alike; medians of the rounds.
const startup = {
  bare: ["-e", "0"],
  showJson: cli("show", "clerk", "--json"),
  showTable: cli("show", "clerk"),
  version: cli("--version"),
  help: cli("--help"),
};
const times = Object.fromEntries(Object.keys(startup).map((k) => [k, []]));
for (const argv of Object.values(startup)) once(argv); // warm the file cache
for (let round = 0; round < runs * 2; round++) for (const [k, argv] of Object.entries(startup)) times[k].push(once(argv).ms);
const ms = Object.fromEntries(Object.entries(times).map(([k, t]) => [k, median(t)]));
const bare = { ms: ms.bare, rss: Math.max(...Array.from({ length: 3 }, () => once(startup.bare, {}, true).rss)) };
const showTable = { ms: ms.showTable, rss: Math.max(...Array.from({ length: 3 }, () => once(startup.showTable, {}, true).rss)) };
check("show clerk --json", ms.showJson / bare.ms, "x bare", 1.5, `${ms.showJson.toFixed(0)} ms`);
check("show clerk (tables)", ms.showTable / bare.ms, "x bare", 1.7, `${ms.showTable.toFixed(0)} ms`);
check("--version", ms.version / bare.ms, "x bare", 1.3, `${ms.version.toFixed(0)} ms`);
check("--help", ms.help / bare.ms, "x bare", 1.3, `${ms.help.toFixed(0)} ms`);
check("show clerk peak memory", showTable.rss, "MB", 70);

const dir1k = makeRoles(1000);
const first1k = once(cli("list", "--json", "--data-dir", dir1k), {}, true);
const repeat1k = measure(cli("list", "--json", "--data-dir", dir1k), {}, Math.min(runs, 5));
check("list --json, 1,000 files, repeat", repeat1k.ms / 1000, "s", 0.4, `first ${(first1k.ms / 1000).toFixed(2)} s`);
const table1k = measure(cli("list", "--data-dir", dir1k), {}, 3);

if (!quick) {
  const dir10k = makeRoles(10000);
  const showPlain = measure(cli("show", "clerk"));
  const showWith = measure(cli("show", "bench-role-05000", "--data-dir", dir10k));
  const showWithout = measure(cli("show", "bench-role-00500", "--data-dir", dir1k));
  check("show <id> with 10,000 files", showWith.ms / showPlain.ms, "x no files", 1.2, `${showWith.ms.toFixed(0)} ms vs ${showPlain.ms.toFixed(0)} ms (1,000 files: ${showWithout.ms.toFixed(0)} ms)`);
  rmSync(join(work, "cache"), { recursive: true, force: true });
  const first10k = once(cli("list", "--json", "--data-dir", dir10k), {}, true);
  check("list --json, 10,000 files, first run", first10k.ms / 1000, "s", 12);
  check("list --json, 10,000 files, first run memory", first10k.rss, "MB", 300);
  const repeat10k = measure(cli("list", "--json", "--data-dir", dir10k), {}, 3);
  check("list --json, 10,000 files, repeat", repeat10k.ms / 1000, "s", 2);
  check("list --json, 10,000 files, repeat memory", repeat10k.rss, "MB", 300);
  const table10k = measure(cli("list", "--data-dir", dir10k), {}, 3);
  // linear: ten times the rows may cost at most about ten times as much (15x allows for noise)
  check("list table growth, 1,000 -> 10,000 rows", table10k.ms / table1k.ms, "x", 15, `${table1k.ms.toFixed(0)} ms -> ${table10k.ms.toFixed(0)} ms`);
}

const pad = (s, n) => String(s).padEnd(n);
const rows = results.map((r) => [r.name, `${r.value.toFixed(2)} ${r.unit}`, `<= ${r.limit}`, `${r.ok ? "ok" : "MISSED"}${r.note ? `  (${r.note})` : ""}`]);
const head = ["measure", "value", "target", "result"];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)) + 2);
const line = (row) => row.map((cell, i) => (i < row.length - 1 ? pad(cell, widths[i]) : cell)).join("");
console.log(`bare node -e 0: ${bare.ms.toFixed(1)} ms, ${bare.rss.toFixed(0)} MB\n`);
console.log(line(head));
for (const row of rows) console.log(line(row));
if (!args.includes("--keep")) rmSync(work, { recursive: true, force: true });
const missed = results.filter((r) => !r.ok);
console.log(missed.length ? `\n${missed.length} target(s) missed` : "\nall targets met");
process.exitCode = missed.length ? 1 : 0;
