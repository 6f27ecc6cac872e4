/**
 * `careers compare <occupation...> --area <area...>`: occupations' wages in states and areas side by side,
 * each beside the national figures with the difference: one occupation across areas, or several in one.
 * Pure: the occupations' figures in each area (core/areas.ts AreaView) and their national wages in, one
 * result out.
 */
import { usageError } from "../errors.js";
import type { AreaWages } from "../schema/areas.js";
import type { Employment, Money, OccupationReference } from "../schema/output.js";
import {
  type AreaOrigin,
  type AreaReference,
  type AreaView,
  besideNational,
  nationalWageSets,
  type WageSet,
  type wageDifference,
} from "./areas.js";
import { MAX_ROLES } from "./compare.js";

/** At most this many areas side by side. */
export const MAX_AREAS = 8;

/** One occupation in one area (its figures as every command gives them), beside its national figures. */
export interface OccupationInArea extends Omit<AreaView, "area" | "blsBasis"> {
  /** the area's code (the result's `areas` name it) */
  area: string;
  /** area minus national; null where either gives no exact figure */
  difference: ReturnType<typeof wageDifference>;
  /** the area's figures are of the national release; else the difference spans two */
  sameRelease: boolean;
}

export interface ComparedOccupation extends OccupationReference {
  national: { median: Money | null; annual: WageSet; hourly: WageSet; employment: Employment | null; asOf: string | null };
  /** in the order of the result's `areas` */
  areas: OccupationInArea[];
}

export interface AreaComparison {
  areas: (AreaReference & { origin: AreaOrigin })[];
  occupations: ComparedOccupation[];
}

/** What compare takes for each occupation: its reference, national wages and employment, and its figures in each area. */
export interface OccupationAreasInput {
  reference: OccupationReference;
  national: {
    wages: { annual: AreaWages; hourly: AreaWages; period: string } | null;
    employment: Employment | null;
    basis?: AreaView["blsBasis"] | "detailed";
  };
  /** in the order of the areas */
  views: AreaView[];
}

/** How many occupations and areas compare takes: at least one of each, and at most MAX_ROLES and MAX_AREAS. */
export function checkAreaCounts(occupations: number, areas: number): void {
  if (occupations > MAX_ROLES)
    throw usageError(
      `compare --area takes at most ${MAX_ROLES} occupations, not ${occupations}`,
      "Compare fewer at a time, or list every occupation's figures in one area: careers list --area <area>.",
    );
  if (areas > MAX_AREAS)
    throw usageError(
      `compare --area takes at most ${MAX_AREAS} areas, not ${areas}`,
      "Compare fewer at a time, or every area's figures for one occupation: careers wages <occupation>.",
    );
}

/** The occupations in each area beside their national figures. */
export function compareAreas(
  areas: readonly { area: AreaReference; origin: AreaOrigin }[],
  inputs: readonly OccupationAreasInput[],
): AreaComparison {
  return {
    areas: areas.map((a) => ({ ...a.area, origin: a.origin })),
    occupations: inputs.map((o) => {
      const asOf = o.national.wages?.period ?? null;
      const sets = nationalWageSets(o.national.wages, asOf, o.national.basis);
      const beside = o.views.map((v) => besideNational(v, "--area", o.national));
      return {
        ...o.reference,
        national: { median: sets.annual.median, ...sets, employment: o.national.employment, asOf },
        areas: beside.map((b) => ({
          area: b.area.code,
          estimate: b.estimate,
          median: b.median,
          annual: b.annual,
          hourly: b.hourly,
          employment: b.employment,
          jobsPer1000: b.jobsPer1000,
          locationQuotient: b.locationQuotient,
          difference: b.difference,
          sameRelease: b.sameRelease,
        })),
      };
    }),
  };
}
