/**
 * The ESCO part of `npm run eval`, shared by esco-path.ts and esco-match.ts: O*NET 29.3, both ESCO v1.1.1
 * zips and the crosswalk imported into a temporary CAREERS_HOME with the built CLI (or `--home <dir>`'s
 * data set read), and the subjects: every ESCO occupation the crosswalk links directly to an O*NET
 * occupation with Primary-Short related occupations (Related Occupations.txt). Exits saying so when the
 * files are absent.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { itemsOccupations } from "../../src/app/items.js";
import { datasetDates } from "../../src/core/figures.js";
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
const opened = openDataset(join(home, "occupations"));
if (!opened) throw new Error(`no occupations data set in ${home}`);
export const ds = opened;
export const index = ds.index();
const ratings = ds.ratings();
export const dates = datasetDates(ds.manifest());
export const shipped = (await loadModel()).requirements;
export const all = itemsOccupations(ds);
export const details = new Map(all.map((o) => [o.i, ds.occupation(o.row)]));
// the O*NET code each ESCO occupation is linked to directly (an inherited link is its broader one's)
export const linkOf = new Map(
  all.flatMap((o) => {
    const c = details.get(o.i)!.crosswalk;
    return c && !c.via ? [[o.i, c.code] as const] : [];
  }),
);
export const linkedCodes = new Set(linkOf.values());
export const primaryShort = (code: string): string[] => {
  const at = ds.placeOf(code);
  return at < 0 ? [] : ratings.related[at]!.filter(([, tier]) => tier === "Primary-Short").map(([j]) => index.occupations[j]!.code);
};
export const subjects = all.filter((o) => linkOf.has(o.i) && primaryShort(linkOf.get(o.i)!).length > 0);
export const byPlace = new Map(index.occupations.map((r, i) => [r.id, i]));

/** The share of the subject's Primary-Short related codes among the crosswalk codes of the occupations found (by id). */
export function relatedFound(subject: number, found: readonly string[]): { hits: number; of: number; ceiling: number } {
  const related = primaryShort(linkOf.get(subject)!);
  const codes = new Set(found.flatMap((id) => (linkOf.has(byPlace.get(id)!) ? [linkOf.get(byPlace.get(id)!)!] : [])));
  return {
    hits: related.filter((c) => codes.has(c)).length,
    of: related.length,
    ceiling: related.filter((c) => linkedCodes.has(c)).length,
  };
}

/** The temporary home removed, if one was made. */
export const done = () => {
  if (temporary) rmSync(home!, { recursive: true, force: true });
};
