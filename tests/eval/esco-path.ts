/**
 * `npm run eval`, ESCO's part: how well `careers path <ESCO occupation>` finds the occupations O*NET's
 * analysts relate, through Nesta's crosswalk. Imports O*NET 29.3, both ESCO v1.1.1 zips and the crosswalk
 * (../shared/data, or the folder given) into a temporary CAREERS_HOME with the built CLI, or reads
 * `--home <dir>`'s data set. Over every ESCO occupation the crosswalk links directly to an O*NET occupation
 * with Primary-Short related occupations (Related Occupations.txt): the share of those related codes found
 * among the crosswalk codes of path's top 10 related ESCO occupations (core/requirements.ts itemPath, the
 * function path calls). The ceiling: the share of them any ESCO occupation is linked to at all. Each of a
 * few weightings of optional items is measured, the shipped one (data/assessment.yaml) marked. Skipped,
 * saying so, when the ESCO files are absent. `--json FILE` writes the figures.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { itemsOccupations, placesOf } from "../../src/app/items.js";
import { datasetDates } from "../../src/core/figures.js";
import { itemPath, weighAll } from "../../src/core/requirements.js";
import { loadModel } from "../../src/loader/bundled.js";
import { openDataset } from "../../src/loader/occupations.js";
import { opt, ROOT, releasesDir } from "./args.js";

const FILES = [
  "db_29_3_text.zip",
  "ESCO dataset - v1.1.1 - classification - en - csv.zip",
  "ESCO dataset - v1.1.1 - classification -  - csv.zip",
  "esco_onet_crosswalk_Nov2020.csv",
];
const dir = releasesDir;
let home = opt("--home");
let temporary = false;
if (!home) {
  const absent = FILES.filter((f) => !existsSync(join(dir, f)));
  if (absent.length) {
    console.log(`careers eval, ESCO: skipped, ${absent.join(", ")} not in ${dir}`);
    process.exit(0);
  }
  home = mkdtempSync(join(tmpdir(), "careers-eval-esco-"));
  temporary = true;
  const r = spawnSync(process.execPath, [join(ROOT, "bin", "careers.cjs"), "import", ...FILES.map((f) => join(dir, f)), "--json"], {
    env: { ...process.env, CAREERS_HOME: home, NO_COLOR: "1" },
    encoding: "utf8",
    maxBuffer: 64 * 2 ** 20,
  });
  if (r.status !== 0) throw new Error(`importing ${dir} failed (exit ${r.status}): ${r.stderr}`);
}
const ds = openDataset(join(home, "occupations"));
if (!ds) throw new Error(`no occupations data set in ${home}`);
const index = ds.index();
const ratings = ds.ratings();
const dates = datasetDates(ds.manifest());
const shipped = (await loadModel()).requirements;
const all = itemsOccupations(ds);
const details = new Map(all.map((o) => [o.i, ds.occupation(o.row)]));
// the O*NET code each ESCO occupation is linked to directly (an inherited link is its broader one's)
const linkOf = new Map(
  all.flatMap((o) => {
    const c = details.get(o.i)!.crosswalk;
    return c && !c.via ? [[o.i, c.code] as const] : [];
  }),
);
const linkedCodes = new Set(linkOf.values());
const primaryShort = (code: string): string[] => {
  const at = ds.placeOf(code);
  return at < 0 ? [] : ratings.related[at]!.filter(([, tier]) => tier === "Primary-Short").map(([j]) => index.occupations[j]!.code);
};
const subjects = all.filter((o) => linkOf.has(o.i) && primaryShort(linkOf.get(o.i)!).length > 0);
const hierarchy = new Map(
  subjects.map((o) => [o.i, { broader: placesOf(ds, details.get(o.i)!.broader), narrower: placesOf(ds, details.get(o.i)!.narrower) }]),
);

const byPlace = new Map(index.occupations.map((r, i) => [r.id, i]));

function measure(weights: { essential: number; optional: number }) {
  const model = { ...shipped, weights };
  const weighed = weighAll(all, model);
  let share = 0;
  let ceiling = 0;
  let found = 0;
  let asked = 0;
  for (const o of subjects) {
    const related = primaryShort(linkOf.get(o.i)!);
    const path = itemPath(o, all, hierarchy.get(o.i)!, model, dates, weighed);
    const codes = new Set(path.related.flatMap((m) => (linkOf.has(byPlace.get(m.id)!) ? [linkOf.get(byPlace.get(m.id)!)!] : [])));
    const hits = related.filter((c) => codes.has(c)).length;
    share += hits / related.length;
    ceiling += related.filter((c) => linkedCodes.has(c)).length / related.length;
    found += hits;
    asked += related.length;
  }
  return { share: share / subjects.length, ceiling: ceiling / subjects.length, found, asked };
}

const variants = [
  { essential: 1, optional: 0 },
  { essential: 1, optional: 0.25 },
  { essential: 1, optional: 0.5 },
  { essential: 1, optional: 1 },
];
if (!variants.some((v) => v.essential === shipped.weights.essential && v.optional === shipped.weights.optional))
  variants.push(shipped.weights);
console.log(
  `careers eval, ESCO: ${subjects.length} ESCO occupations of ${all.length} linked directly to an O*NET occupation with Primary-Short related ones\n`,
);
const results = variants.map((w) => ({ weights: w, ...measure(w) }));
for (const r of results) {
  const mark = r.weights.essential === shipped.weights.essential && r.weights.optional === shipped.weights.optional ? " (shipped)" : "";
  console.log(
    `path top ${shipped.related}, essential ${r.weights.essential} optional ${r.weights.optional}${mark}: `.padEnd(52) +
      `mean share ${r.share.toFixed(3)}  (${r.found} of ${r.asked} related codes; ceiling ${r.ceiling.toFixed(3)})`,
  );
}
const out = opt("--json");
if (out) writeFileSync(out, `${JSON.stringify({ occupations: subjects.length, of: all.length, results }, null, 2)}\n`);
if (temporary) rmSync(home, { recursive: true, force: true });
