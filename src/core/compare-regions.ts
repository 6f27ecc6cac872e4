/** Salaries by region for `careers compare`: which regions to show, and each role's figure. Pure. */

import { usageError } from "../errors.js";
import type { Role } from "../schema/role.js";
import { normalizeName, uniqueNames } from "../text/names.js";
import { didYouMean } from "../text/suggest.js";

export interface RangeFigure {
  low: number;
  high: number;
  currency: string;
  highOpenEnded: boolean;
  note: string | null;
  source: string;
}
export interface RegionRange extends RangeFigure {
  /** the source's own USD conversion, where it gives one; never computed here */
  usdEquivalent: { low: number; high: number } | null;
}
export interface RegionFigure {
  region: string;
  range: RegionRange | null;
}

export interface RegionChoice {
  /** the region --region picked (as the data names it), or null */
  selected: string | null;
  /** the regions shown, in the first role's order */
  shown: string[];
  /** names a role's region may go by: the region's own and what the user typed */
  aliases: string[];
}

function regionMatches(query: string | readonly string[], r: { region: string; examples?: string[] | undefined }): boolean {
  const qs = (typeof query === "string" ? [query] : query).map(normalizeName);
  return [r.region, ...(r.examples ?? [])].some((n) => qs.includes(normalizeName(n)));
}

/** The role's range for a shown region, matched by the region's name or by what the user typed. */
export function regionFigure(role: Role, name: string, choice: RegionChoice): RegionFigure {
  const rs = role.regionalSalaries;
  const r = rs?.regions.find((x) => regionMatches([name, ...choice.aliases], x));
  if (!rs || !r) return { region: name, range: null };
  return {
    region: name,
    range: {
      low: r.low,
      high: r.high,
      currency: r.currency,
      highOpenEnded: r.highOpenEnded ?? false,
      note: r.note ?? null,
      usdEquivalent: r.usdEquivalent ?? null,
      source: rs.source,
    },
  };
}

/** The regions to show: the one asked for, else those every role has (in the first role's order). */
export function chooseRegions(roles: readonly Role[], asked: string | undefined): RegionChoice {
  const all = roles.flatMap((r) => r.regionalSalaries?.regions ?? []);
  if (asked !== undefined) {
    const hit = all.find((r) => regionMatches(asked, r));
    if (!hit) {
      const names = uniqueNames(all.flatMap((r) => [r.region, ...(r.examples ?? [])]));
      if (names.length === 0) throw usageError(`unknown region "${asked}"`, "None of these roles has salaries by region.");
      const hint = didYouMean(asked, names);
      throw usageError(
        `unknown region "${asked}"`,
        `${hint ? hint + " " : ""}Regions: ${uniqueNames(all.map((r) => r.region)).join(", ")}.`,
      );
    }
    return { selected: hit.region, shown: [hit.region], aliases: [asked] };
  }
  const first = roles[0]?.regionalSalaries?.regions ?? [];
  const shown = first.filter((r) => roles.every((role) => role.regionalSalaries?.regions.some((x) => regionMatches(r.region, x))));
  return { selected: null, shown: shown.map((r) => r.region), aliases: [] };
}
