/**
 * `npm run eval`: how well `careers match` ranks O*NET's own answer key, the Primary-Short related
 * occupations of Related Occupations.txt. Imports the O*NET release (db_29_3_text.zip in ../shared/data,
 * or the folder given) into a temporary CAREERS_HOME with the built CLI, or reads `--home <dir>`'s data
 * set, and over every occupation with skill and knowledge ratings and related occupations measures:
 * (a) a profile of its own skill and knowledge levels ranks it first; (b) the same profile, itself left
 * out: mean share of its Primary-Short related in the top 10; (c) with its interests added; (d) the
 * profile --like of it gives (likeProfileAt: its levels, importance and interests); (e) its 8 most important
 * skills only; (f) its levels as a person rating themselves might give them: each moved by a random
 * error (normal, sd 1, from a fixed seed) and rounded to a whole level on 0-7; and the median rank of the
 * Primary-Short related under (b). (d) measures the work activities
 * held as match --like does; `--no-activities` leaves them out. Prints a table; `--json FILE`
 * writes the figures. The ranking is match's own (core/match.ts rankAll), which never reads the related
 * occupations: only this script does.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { likeProfileAt } from "../../src/core/like.js";
import { rankProfile } from "../../src/core/match.js";
import { kindOfElement, type Profile, RIASEC } from "../../src/core/scale.js";
import { loadModel } from "../../src/loader/bundled.js";
import { openDataset } from "../../src/loader/occupations.js";
import { args, opt, ROOT, releasesDir } from "./args.js";

const dir = releasesDir;
let home = opt("--home");
let temporary = false;
if (!home) {
  home = mkdtempSync(join(tmpdir(), "careers-eval-"));
  temporary = true;
  const r = spawnSync(process.execPath, [join(ROOT, "bin", "careers.cjs"), "import", join(dir, "db_29_3_text.zip"), "--json"], {
    env: { ...process.env, CAREERS_HOME: home, NO_COLOR: "1" },
    encoding: "utf8",
    maxBuffer: 64 * 2 ** 20,
  });
  if (r.status !== 0) throw new Error(`importing ${dir}/db_29_3_text.zip failed (exit ${r.status}): ${r.stderr}`);
}
const ds = openDataset(join(home, "occupations"));
if (!ds) throw new Error(`no occupations data set in ${home}`);
const index = ds.index();
const ratings = ds.ratings();
const figures = ds.figures();
const reference = ds.reference();
const model = (await loadModel()).occupations;
const n = index.occupations.length;
const kinds = ratings.elements.map((e) => kindOfElement(e, reference));
const ratesKind = (i: number, kind: string) => kinds.some((k, c) => k === kind && ratings.importance[i]?.[c] != null);
const related = ratings.related.map((rs) => rs.filter(([, tier]) => tier === "Primary-Short").map(([j]) => j));
const subjects = [...Array(n).keys()].filter((i) => ratesKind(i, "skill") && ratesKind(i, "knowledge") && related[i]!.length > 0);

const levelsOf = (i: number, cols: number[]) => Object.fromEntries(cols.map((c) => [ratings.elements[c]!, ratings.level[i]![c]!]));
const interestsOf = (i: number) => {
  const s = ratings.interests[i];
  return s ? Object.fromEntries(RIASEC.map((code, k) => [code, s[k]!])) : undefined;
};
const store = args.includes("--no-activities") ? null : ds.activities();
/** match's ranking; `held`: the occupation a --like profile is of, whose work activities are measured too (as match --like does) */
const order = (p: Profile, held?: number) =>
  rankProfile(p, index, figures, reference, model, store, new Set(held === undefined ? [] : [held])).ranked.map((r) => r.i);

const sums = { a: 0, b: 0, c: 0, d: 0, e: 0, f: 0 };
// (f): a fixed-seed generator (a linear congruence) and normal errors by Box-Muller, the same on every run
let seed = 12345;
const uniform = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const normal = () => Math.sqrt(-2 * Math.log(uniform() + 1e-12)) * Math.cos(2 * Math.PI * uniform());
const selfRated = (levels: Record<string, number>) =>
  Object.fromEntries(Object.entries(levels).map(([id, v]) => [id, Math.min(7, Math.max(0, Math.round(v + normal())))]));
const ranksB: number[] = [];
for (const s of subjects) {
  const cols = ratings.elements.flatMap((_, c) => (ratings.level[s]![c] != null ? [c] : []));
  const own: Profile = { levels: levelsOf(s, cols) };
  const interests = interestsOf(s);
  const withInterests: Profile = interests ? { ...own, interests } : own;
  const top8 = cols
    .filter((c) => kinds[c] === "skill")
    .sort((x, y) => ratings.importance[s]![y]! - ratings.importance[s]![x]! || ratings.level[s]![y]! - ratings.level[s]![x]! || x - y)
    .slice(0, 8);
  const share = (ranked: number[]) => {
    const top = new Set(ranked.filter((i) => i !== s).slice(0, 10));
    return related[s]!.filter((j) => top.has(j)).length / related[s]!.length;
  };
  const b = order(own);
  if (b[0] === s) sums.a++;
  sums.b += share(b);
  const rest = b.filter((i) => i !== s);
  for (const j of related[s]!) ranksB.push(rest.indexOf(j) + 1);
  sums.c += share(order(withInterests));
  // --like of one occupation: the profile match --like builds (its levels, importance and interests)
  sums.d += share(order(likeProfileAt(ratings, [s], reference), s));
  sums.e += share(order({ levels: levelsOf(s, top8) }));
  sums.f += share(order({ levels: selfRated(own.levels) }));
}
ranksB.sort((x, y) => x - y);
const m = subjects.length;
const figuresOut = {
  occupations: m,
  a: sums.a / m,
  b: sums.b / m,
  c: sums.c / m,
  d: sums.d / m,
  e: sums.e / m,
  f: sums.f / m,
  medianRelatedRank: ranksB[Math.floor(ranksB.length / 2)]!,
};
const rows: [string, string, string][] = [
  ["(a) own skill+knowledge profile ranks it first", `${(figuresOut.a * 100).toFixed(1)}%`, ">= 99%"],
  ["(b) same, itself left out: Primary-Short in top 10", figuresOut.b.toFixed(3), ">= 0.50"],
  ["(c) with its interests", figuresOut.c.toFixed(3), ">= 0.55"],
  ["(d) --like of it (likeProfileAt)", figuresOut.d.toFixed(3), ">= 0.60"],
  ["(e) its 8 most important skills only", figuresOut.e.toFixed(3), "report"],
  ["(f) levels with a self-rating's error (sd 1, whole)", figuresOut.f.toFixed(3), "report"],
  ["median rank of the Primary-Short related, (b)", String(figuresOut.medianRelatedRank), "-"],
];
console.log(`careers eval: ${m} occupations of ${n} (skill and knowledge ratings and Primary-Short related)\n`);
for (const [what, value, target] of rows) console.log(`${what.padEnd(54)}${value.padStart(8)}   ${target}`);
const out = opt("--json");
if (out) writeFileSync(out, `${JSON.stringify(figuresOut, null, 2)}\n`);
if (temporary) rmSync(home, { recursive: true, force: true });
