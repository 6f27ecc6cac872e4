/**
 * `--source onet|esco` of search, list and match: the one filter of occupations by their source, and what
 * the ISCO-08 group of `list --isco` keeps. Pure.
 */
import { notFoundError, usageError } from "../errors.js";
import { type OccupationSource, SOURCE_NAMES } from "../schema/occupation.js";
import { didYouMean } from "../text/suggest.js";

/** The sources of occupations, as --source names them; the values a result's `source` takes for them. */
export const OCCUPATION_SOURCES = ["onet", "esco"] as const satisfies readonly OccupationSource[];

export { SOURCE_NAMES } from "../schema/occupation.js";

/** Whether a source rates levels (O*NET's skills, knowledge and interests), which is what match ranks by; ESCO rates none. */
export const ratesLevels = (source: OccupationSource): boolean => source === "onet";

/** "--source esco" -> "esco"; case ignored; another word: an error with the closest source. */
export function parseSource(text: string): OccupationSource {
  const wanted = text.trim().toLowerCase();
  const found = OCCUPATION_SOURCES.find((s) => s === wanted);
  if (found) return found;
  const hint = didYouMean(wanted, OCCUPATION_SOURCES);
  throw usageError(
    `--source ${JSON.stringify(text)} is not a source of occupations`,
    `${hint ? hint + " " : ""}Give one of: ${OCCUPATION_SOURCES.join(", ")} (O*NET's or ESCO's occupations).`,
  );
}

/** Whether something of `source` (a result's source: onet, esco, or a role's bundled or user) passes `--source wanted`. */
export const fromSource = (wanted: OccupationSource | undefined, source: string): boolean => wanted === undefined || source === wanted;

/** "--isco 42" -> "42": an ISCO-08 group at any level, 1 to 4 digits. */
export function parseIsco(text: string): string {
  const group = text.trim();
  if (!/^\d{1,4}$/.test(group))
    throw usageError(
      `--isco ${JSON.stringify(text)} is not an ISCO-08 group`,
      "Give a group of 1 to 4 digits: a major group (4), sub-major (42), minor (422) or unit group (4222).",
    );
  return group;
}

/**
 * Whether an ESCO occupation's code (its ISCO-08 unit group, then ESCO's own suffix: 4222.1.2) is under the
 * ISCO group `group` (4, 42, 422 or 4222).
 */
export const underIsco = (code: string, group: string): boolean => /^\d{4}(\.|$)/.test(code) && code.startsWith(group);

/** The filters of list that need figures (a job zone, a wage, an outlook, an education), by flag. */
export type FigureFlag = "--zone" | "--min-median" | "--education" | "--sort" | "--area";

/**
 * ESCO gives no figures: over ESCO's occupations alone (--source esco, --isco), a filter or order by a
 * figure would list nothing or sort nothing, so it is an error that says so.
 */
export function checkFigureFilters(source: OccupationSource | undefined, given: readonly FigureFlag[]): void {
  if (source !== "esco" || given.length === 0) return;
  throw usageError(
    `${given.join(", ")} ${given.length > 1 ? "need" : "needs"} figures ESCO's occupations do not have: ESCO gives no job zone, wage, outlook or education`,
    "Narrow ESCO's occupations by their ISCO-08 group (--isco 4222) or order them by title (--sort title); the figures are O*NET's and BLS's: --source onet.",
  );
}

/** An error where no occupation of `source` is imported, rather than an empty result. */
export function checkSourceImported(imported: readonly { id: string }[], source: OccupationSource | undefined): void {
  if (source === undefined || imported.some((s) => s.id === source)) return;
  throw notFoundError(
    `no ${SOURCE_NAMES[source]} occupations are imported`,
    source === "esco"
      ? "Import ESCO's two zips (classification and relations) as the portal publishes them: careers import --help."
      : "Import the O*NET database: careers import --help.",
  );
}
