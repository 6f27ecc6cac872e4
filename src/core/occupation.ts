/**
 * An imported occupation as `careers show` presents it: its sections (as --section names them), with the
 * descriptions of skills and knowledge, the scales' ranges, its sources with version and date, and the
 * attribution the sources ask for. Pure.
 */

import type { IndexRow, Manifest, Occupation, OccupationSource, Outlook, Rated, Reference, Wages } from "../schema/occupation.js";
import type { Borrowed, Employment, OccupationFigures } from "../schema/output.js";
import { datasetDates, occupationFigures, wagesEmployment } from "./figures.js";
import { occupationSources } from "./official.js";
import { OCCUPATION_SECTIONS, type OccupationSection } from "./sections.js";

export { OCCUPATION_SECTION_IDS, OCCUPATION_SECTIONS, type OccupationSection, resolveOccupationSections } from "./sections.js";

/** The classification an occupation's code belongs to, as output names it. */
export const codeScheme = (o: Pick<Occupation, "source">): string => (o.source === "esco" ? "ESCO" : "O*NET-SOC");

/** A block of figures; `borrowed` where it is the occupation's the crosswalk links it to (core/borrowed.ts). */
export type Marked<T> = T & { borrowed?: Borrowed };
export type RatedView = Marked<Rated & { description?: string }>;

export interface OccupationView extends Omit<Occupation, "skills" | "knowledge" | "wages" | "outlook"> {
  kind: "occupation";
  source: OccupationSource;
  /** its reference and key figures as every command gives them (core/figures.ts), and its employment */
  figures: OccupationFigures & { employment: Employment | null };
  skills: RatedView[] | null;
  knowledge: RatedView[] | null;
  wages: Marked<Wages> | null;
  outlook: Marked<Outlook> | null;
  /** the scales importance and level are on, e.g. { importance: [1, 5], level: [0, 7] } */
  scales: { importance: [number, number] | null; level: [number, number] | null };
  sources: { name: string; version: string; date: string | null }[];
  attribution: string[];
}

const scale = (reference: Reference, id: string): [number, number] | null => {
  const s = reference.scales[id];
  return s ? [s.min, s.max] : null;
};

export function occupationView(o: Occupation, row: IndexRow, manifest: Manifest, reference: Reference): OccupationView {
  const described = (list: Rated[] | null): RatedView[] | null =>
    list
      ? list.map((r) =>
          reference.elements[r.element]?.description ? { ...r, description: reference.elements[r.element]!.description } : r,
        )
      : null;
  const dates = datasetDates(manifest);
  const w = o.wages;
  const employment = wagesEmployment(w);
  // the work activities are read by match --like (activities.json), not shown
  const { id, code, title, source, activities: _activities, ...rest } = o;
  return {
    kind: "occupation",
    id,
    code,
    title,
    source: source ?? "onet",
    figures: { ...occupationFigures(row, dates), employment },
    ...rest,
    skills: described(o.skills),
    knowledge: described(o.knowledge),
    scales: { importance: scale(reference, "IM"), level: scale(reference, "LV") },
    ...occupationSources(o, manifest),
  };
}

/** The view with only the chosen sections (kind, id, code, title, sources and attribution always kept). */
export function pickOccupation(view: OccupationView, sections: readonly OccupationSection[]): Partial<OccupationView> {
  if (sections.length === OCCUPATION_SECTIONS.length) return view;
  const keys = new Set<string>([
    "kind",
    "id",
    "code",
    "soc",
    "title",
    "source",
    "figures",
    "sources",
    "attribution",
    ...sections.flatMap((s) => s.keys),
  ]);
  if (sections.some((s) => s.id === "skills" || s.id === "knowledge")) keys.add("scales");
  return Object.fromEntries(Object.entries(view).filter(([k]) => keys.has(k))) as Partial<OccupationView>;
}
