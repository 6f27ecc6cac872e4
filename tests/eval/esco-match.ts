/**
 * `npm run eval`, ESCO's match: how well `careers match --like <ESCO occupation>` and `match --skills`
 * find the occupations O*NET's analysts relate, through Nesta's crosswalk, as esco-path.ts measures path.
 * Over the same subjects (esco-subjects.ts), two profiles: every item of the subject held (--like), and
 * every other essential item of it alone (a checklist half marked). For each, the share of the subject's
 * Primary-Short related O*NET codes found among the crosswalk codes of match's top 10 (core/item-match.ts
 * rankByItems, the function match calls; the subject left out). Each of a few powers of relevance is
 * measured (0: coverage alone), the shipped one (data/assessment.yaml requirements.match) marked.
 * `--json FILE` writes the figures.
 */
import { writeFileSync } from "node:fs";
import { rankByItems } from "../../src/core/item-match.js";
import { type ItemsOccupation, weighAll } from "../../src/core/requirements.js";
import { opt } from "./args.js";
import { all, done, relatedFound, shipped, subjects } from "./esco-subjects.js";

const TOP = 10;
// the weights alone count: the same for every power of relevance
const weighed = weighAll(all, shipped);
const idOf = new Map(all.map((o) => [o.i, o.row.id]));
const profiles: Record<string, (o: ItemsOccupation) => string[]> = {
  "every item (--like)": (o) => [...o.requirements.essential, ...o.requirements.optional].map((i) => i.uri),
  "half its essential items": (o) => o.requirements.essential.filter((_, k) => k % 2 === 0).map((i) => i.uri),
};

function measure(relevance: number, profile: (o: ItemsOccupation) => string[]) {
  const model = { ...shipped, match: { relevance } };
  let share = 0;
  let found = 0;
  let asked = 0;
  for (const o of subjects) {
    const had = new Set(profile(o));
    const top = rankByItems(had, all, model, new Set([o.i]), weighed).slice(0, TOP);
    const r = relatedFound(
      o.i,
      top.map((f) => idOf.get(f.i)!),
    );
    share += r.hits / r.of;
    found += r.hits;
    asked += r.of;
  }
  return { share: share / subjects.length, found, asked };
}

const powers = [0, 0.25, 0.5, 1, 2];
if (!powers.includes(shipped.match.relevance)) powers.push(shipped.match.relevance);
console.log(`careers eval, ESCO match: the same ${subjects.length} ESCO occupations, match's top ${TOP}\n`);
const results = Object.entries(profiles).flatMap(([name, profile]) =>
  powers.map((relevance) => {
    const r = { profile: name, relevance, ...measure(relevance, profile) };
    const mark = relevance === shipped.match.relevance ? " (shipped)" : "";
    console.log(
      `${name}, relevance power ${relevance}${mark}: `.padEnd(56) +
        `mean share ${r.share.toFixed(3)}  (${r.found} of ${r.asked} related codes)`,
    );
    return r;
  }),
);
const out = opt("--json");
if (out) writeFileSync(out, `${JSON.stringify({ occupations: subjects.length, results }, null, 2)}\n`);
done();
