/**
 * States and areas of the OEWS estimates: the one look-up of an area by what a person types (every
 * command's --area and CAREERS_AREA), and an area's figures for an occupation in the output vocabulary
 * (schema/output.ts), beside the national ones. Pure: the areas and figures come from the data set
 * (loader/area-file.ts) through the handler.
 */
import { usageError } from "../errors.js";
import { type AreaFigures, type AreaInfo, type AreaType, type AreaWages, PERCENTILES, type Percentile } from "../schema/areas.js";
import type { Wage } from "../schema/occupation.js";
import type { Employment, Money } from "../schema/output.js";
import { didYouMean } from "../text/suggest.js";
import { OEWS, wageMoney } from "./figures.js";

export { PERCENTILES };

/** What `--area` takes for the nation: the national figures, as without --area. */
export const NATIONAL_NAMES = ["national", "nation", "us", "u.s.", "usa", "united states"] as const;

/** How the output names a kind of area. */
export const AREA_KINDS: Record<AreaType, "state" | "territory" | "metropolitan" | "nonmetropolitan"> = {
  2: "state",
  3: "territory",
  4: "metropolitan",
  6: "nonmetropolitan",
};
export type AreaKind = (typeof AREA_KINDS)[AreaType];

/** An area as the output names it. */
export interface AreaReference {
  code: string;
  title: string;
  type: AreaKind;
  state: string | null;
  source: string;
  asOf: string;
}

/** Where the area a command shows came from: its --area, or the default in CAREERS_AREA. */
export type AreaOrigin = "--area" | "CAREERS_AREA";

export const areaReference = (a: AreaInfo): AreaReference => ({
  code: a.code,
  title: a.title,
  type: AREA_KINDS[a.type],
  state: a.state,
  source: OEWS,
  asOf: a.release,
});

/** "Customer-Service  clerk, St. Louis" -> "customer service clerk st louis"; accents dropped. */
const key = (s: string): string =>
  s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

/** A metropolitan area's principal cities: "Austin-Round Rock-San Marcos, TX" -> Austin, Round Rock, San Marcos. */
const citiesOf = (title: string): string[] => {
  const comma = title.lastIndexOf(",");
  return (comma < 0 ? title : title.slice(0, comma))
    .split(/-+|\//)
    .map((c) => c.trim())
    .filter(Boolean);
};

/** The title without its states: "Austin-Round Rock-San Marcos, TX" -> "Austin-Round Rock-San Marcos". */
const withoutStates = (title: string): string => {
  const comma = title.lastIndexOf(",");
  return comma < 0 ? title : title.slice(0, comma);
};

/**
 * The names an area answers to, strongest first: its code; a state's postal code; its title, with or
 * without its states; the leading principal cities of a metropolitan area ("Austin", "Austin-Round
 * Rock", with or without ", TX"); any one of them ("Round Rock"). A look-up takes the first of these ways
 * any area answers to.
 */
const WAYS: ((a: AreaInfo, q: string) => boolean)[] = [
  (a, q) => key(a.code) === q,
  (a, q) => (a.type === 2 || a.type === 3) && a.state !== null && key(a.state) === q,
  (a, q) => key(a.title) === q || key(withoutStates(a.title)) === q,
  (a, q) => {
    if (a.type !== 4) return false;
    const cities = citiesOf(a.title);
    const states = a.title.includes(",") ? key(a.title.slice(a.title.lastIndexOf(",") + 1)) : "";
    for (let n = 1; n <= cities.length; n++) {
      const lead = key(cities.slice(0, n).join(" "));
      if (q === lead || (states && q === `${lead} ${states}`)) return true;
    }
    return false;
  },
  (a, q) => a.type === 4 && citiesOf(a.title).some((c) => key(c) === q),
];

export type AreaFound = { national: true } | { area: AreaInfo } | { ambiguous: AreaInfo[] } | null;

/** The area a name answers to (see WAYS), the nation, several areas, or null. */
export function findArea(areas: readonly AreaInfo[], query: string): AreaFound {
  const q = key(query);
  if (q === "") return null;
  if (NATIONAL_NAMES.some((n) => key(n) === q)) return { national: true };
  for (const way of WAYS) {
    const hits = areas.filter((a) => way(a, q));
    if (hits.length === 1) return { area: hits[0]! };
    if (hits.length > 1) return { ambiguous: hits };
  }
  return null;
}

/** At most this many areas are named in the error for a name several answer to. */
export const AMBIGUOUS_AREAS = 10;

/**
 * The area a name answers to, or null for the nation. An unknown name is a usage error with the
 * suggestion (a prefix, a typo); a name several areas answer to lists them by code, to give one.
 */
export function resolveArea(areas: readonly AreaInfo[], query: string, origin: AreaOrigin = "--area"): AreaInfo | null {
  const found = findArea(areas, query);
  const where = origin === "CAREERS_AREA" ? ` (CAREERS_AREA)` : "";
  if (found && "national" in found) return null;
  if (found && "area" in found) return found.area;
  if (found) {
    const listed = found.ambiguous.slice(0, AMBIGUOUS_AREAS).map((a) => `${a.code} (${a.title})`);
    const more = found.ambiguous.length > AMBIGUOUS_AREAS ? `, and ${found.ambiguous.length - AMBIGUOUS_AREAS} more` : "";
    return usageThrow(`"${query}"${where} names ${found.ambiguous.length} areas`, `Give one by its code: ${listed.join(", ")}${more}.`);
  }
  const hint = didYouMean(
    query.trim(),
    areas.flatMap((a) => (a.type === 4 ? [withoutStates(a.title)] : [a.title])),
  );
  return usageThrow(
    `unknown area "${query}"${where}`,
    `${hint ? `${hint} ` : ""}An area is a state ("Texas", "TX"), a metropolitan area ("Austin-Round Rock"), an AREA code, or national; careers wages <occupation> lists them.`,
  );
}

const usageThrow = (message: string, hint: string): never => {
  throw usageError(message, hint);
};

/**
 * The areas a command is asked for: each --area given, else the default in CAREERS_AREA, else none. An
 * empty value is none; "national" (NATIONAL_NAMES) asks for the national figures.
 */
export function areaQueries(
  flag: readonly string[] | string | undefined,
  env: string | undefined,
): { query: string; origin: AreaOrigin }[] {
  const given = (typeof flag === "string" ? [flag] : (flag ?? [])).map((q) => q.trim()).filter(Boolean);
  if (given.length > 0) return given.map((query) => ({ query, origin: "--area" as const }));
  const fromEnv = env?.trim();
  return fromEnv ? [{ query: fromEnv, origin: "CAREERS_AREA" }] : [];
}

export type WageSet = Record<Percentile, Money | null>;

/** An area's figures for one occupation, in the output's shapes. */
export interface AreaView {
  area: AreaReference;
  /** false: BLS gives no estimate for the area (suppressed, or no row): every figure is null */
  estimate: boolean;
  median: Money | null;
  annual: WageSet;
  hourly: WageSet;
  employment: Employment | null;
  jobsPer1000: number | null;
  locationQuotient: number | null;
  blsBasis?: "part" | "broad" | "combined";
}

const wageSet = (w: AreaWages | undefined, period: "year" | "hour", asOf: string, basis?: AreaView["blsBasis"]): WageSet =>
  Object.fromEntries(PERCENTILES.map((p) => [p, wageMoney(w?.[p], period, asOf, basis)])) as WageSet;

/** Whether a record holds any figure at all (a row of markers only is no estimate). */
const holdsAny = (f: AreaFigures): boolean =>
  f.employment !== null ||
  f.jobsPer1000 !== null ||
  f.locationQuotient !== null ||
  PERCENTILES.some((p) => f.annual[p].amount !== null || f.annual[p].topCoded || f.hourly[p].amount !== null || f.hourly[p].topCoded);

/** The area's figures for an occupation from its record (undefined: the area has none), as every command gives them. */
export function areaView(area: AreaInfo, record: AreaFigures | undefined, basis?: AreaView["blsBasis"] | "detailed"): AreaView {
  const mark = basis && basis !== "detailed" ? basis : undefined;
  const r = record && holdsAny(record) ? record : undefined;
  const annual = wageSet(r?.annual, "year", area.release, mark);
  return {
    area: areaReference(area),
    estimate: r !== undefined,
    median: annual.median,
    annual,
    hourly: wageSet(r?.hourly, "hour", area.release, mark),
    employment:
      r?.employment === null || r?.employment === undefined
        ? null
        : {
            count: r.employment,
            source: OEWS,
            asOf: area.release,
            ...(mark ? { blsBasis: mark } : {}),
          },
    jobsPer1000: r?.jobsPer1000 ?? null,
    locationQuotient: r?.locationQuotient ?? null,
    ...(mark ? { blsBasis: mark } : {}),
  };
}

/** The national wages in the same shapes, for the side by side. */
export function nationalWageSets(
  w: { annual: AreaWages; hourly: AreaWages } | null | undefined,
  asOf: string | null,
  basis?: AreaView["blsBasis"] | "detailed",
): { annual: WageSet; hourly: WageSet } {
  const mark = basis && basis !== "detailed" ? basis : undefined;
  const set = (ws: AreaWages | undefined, period: "year" | "hour") =>
    Object.fromEntries(PERCENTILES.map((p) => [p, wageMoney(ws?.[p] as Wage | undefined, period, asOf, mark)])) as WageSet;
  return { annual: set(w?.annual, "year"), hourly: set(w?.hourly, "hour") };
}

export interface Difference {
  /** area minus national, in the currency's main unit */
  amount: number;
  /** that, as a percentage of the national figure (one decimal) */
  percent: number;
}

/**
 * Area minus national for each wage both give exactly (a top-coded one is a floor: no difference), and
 * whether the two are of one release: where they are not (a May 2023 state figure beside May 2024
 * national), the difference spans the releases and says so.
 */
export function wageDifference(
  area: { annual: WageSet; hourly: WageSet },
  national: { annual: WageSet; hourly: WageSet },
): {
  annual: Record<Percentile, Difference | null>;
  hourly: Record<Percentile, Difference | null>;
} {
  const one = (a: Money | null, n: Money | null): Difference | null => {
    if (!a || !n || a.atLeast || n.atLeast || n.amount === 0) return null;
    const amount = Math.round((a.amount - n.amount) * 100) / 100;
    return { amount, percent: Math.round((amount / n.amount) * 1000) / 10 };
  };
  const set = (k: "annual" | "hourly") =>
    Object.fromEntries(PERCENTILES.map((p) => [p, one(area[k][p], national[k][p])])) as Record<Percentile, Difference | null>;
  return { annual: set("annual"), hourly: set("hourly") };
}

/** The one line that says what the location quotient and jobs per 1,000 are. */
export const WHERE_THE_JOBS_ARE =
  "Jobs per 1,000: the occupation's jobs in every 1,000 jobs of the area. Location quotient: its share of the area's jobs against its national share (1.0 = the national share; 2.0 twice as concentrated).";

/** How the output says which area its figures are of: "area: Texas (from CAREERS_AREA)". */
export const areaLine = (area: AreaReference, origin: AreaOrigin): string =>
  `area: ${area.title}${origin === "CAREERS_AREA" ? " (from CAREERS_AREA; --area national for the national figures)" : ""}`;

/** An area's figures for an occupation beside the national ones, with the difference: what show --area gives. */
export interface AreaBeside extends AreaView {
  /** where the area came from: --area, or CAREERS_AREA */
  origin: AreaOrigin;
  national: {
    annual: WageSet;
    hourly: WageSet;
    employment: Employment | null;
    asOf: string | null;
  };
  /** area minus national; null where either gives no exact figure */
  difference: ReturnType<typeof wageDifference>;
  /** the two are of one OEWS release; else the difference spans two (a May 2023 state figure against May 2024) */
  sameRelease: boolean;
}

export function besideNational(
  view: AreaView,
  origin: AreaOrigin,
  national: {
    wages: { annual: AreaWages; hourly: AreaWages; period: string } | null;
    employment: Employment | null;
    basis?: AreaView["blsBasis"] | "detailed";
  },
): AreaBeside {
  const asOf = national.wages?.period ?? null;
  const sets = nationalWageSets(national.wages, asOf, national.basis);
  return {
    ...view,
    origin,
    national: { ...sets, employment: national.employment, asOf },
    difference: wageDifference(view, sets),
    sameRelease: asOf === view.area.asOf,
  };
}
