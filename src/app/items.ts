/**
 * The occupations of a data set whose source lists essential and optional items (ESCO's), read for the
 * commands that measure by them (path, and npm run eval): each with its place in the index and its row.
 */
import type { ItemsOccupation } from "../core/requirements.js";
import type { Dataset } from "../loader/occupations.js";
import { type ConceptLink, sourceOfId } from "../schema/occupation.js";

/** Every occupation of the data set that lists items, in index order. */
export function itemsOccupations(dataset: Dataset): ItemsOccupation[] {
  return dataset.index().occupations.flatMap((row, i) => {
    if (sourceOfId(row.id) !== "esco") return [];
    const requirements = dataset.occupation(row).requirements;
    return requirements ? [{ i, row, requirements }] : [];
  });
}

/** The places in the index of the linked occupations the data set holds (an ISCO group is none). */
export function placesOf(dataset: Dataset, links: readonly ConceptLink[] | undefined): number[] {
  const at = new Map(dataset.index().occupations.map((r, i) => [r.id, i]));
  return (links ?? []).flatMap((l) => (l.id !== null && at.has(l.id) ? [at.get(l.id)!] : []));
}
