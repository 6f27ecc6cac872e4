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
import { writeFileSync } from "node:fs";
import { placesOf } from "../../src/app/items.js";
import { itemPath, weighAll } from "../../src/core/requirements.js";
import { opt } from "./args.js";
import { all, dates, details, done, ds, relatedFound, shipped, subjects } from "./esco-subjects.js";

const hierarchy = new Map(
  subjects.map((o) => [o.i, { broader: placesOf(ds, details.get(o.i)!.broader), narrower: placesOf(ds, details.get(o.i)!.narrower) }]),
);

function measure(weights: { essential: number; optional: number }) {
  const model = { ...shipped, weights };
  const weighed = weighAll(all, model);
  let share = 0;
  let ceiling = 0;
  let found = 0;
  let asked = 0;
  for (const o of subjects) {
    const path = itemPath(o, all, hierarchy.get(o.i)!, model, dates, weighed);
    const r = relatedFound(
      o.i,
      path.related.map((m) => m.id),
    );
    share += r.hits / r.of;
    ceiling += r.ceiling / r.of;
    found += r.hits;
    asked += r.of;
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
done();
