/**
 * Figures an occupation borrows from the occupation a crosswalk links it to: an ESCO occupation has no
 * wages, outlook or ratings of its own, and where Nesta's crosswalk links it to an O*NET-SOC occupation of
 * the data set, `show` gives that U.S. occupation's, each block marked `borrowed` with the link's
 * confidence. Its own figures are never replaced: a block is borrowed only where the occupation has none.
 * Pure.
 */
import type { Borrowed } from "../schema/output.js";
import type { OccupationView } from "./occupation.js";

/** The mark of the figures borrowed from `linked` through the occupation's crosswalk link; null without one. */
export function borrowedMark(view: Pick<OccupationView, "crosswalk">, linked: Pick<OccupationView, "figures">): Borrowed | null {
  if (!view.crosswalk) return null;
  const { id, code, title, source } = linked.figures;
  return { from: { id, code, title, source }, confidence: view.crosswalk.confidence };
}

/** The view with the linked occupation's wages, outlook, skills and knowledge where it has none, each marked; its sources named. */
export function withBorrowed(view: OccupationView, linked: OccupationView | null): OccupationView {
  const mark = linked ? borrowedMark(view, linked) : null;
  if (!linked || !mark) return view;
  const borrowed = { borrowed: mark };
  const wages = view.wages ?? (linked.wages && { ...linked.wages, ...borrowed });
  const outlook = view.outlook ?? (linked.outlook && { ...linked.outlook, ...borrowed });
  const skills = view.skills ?? linked.skills?.map((r) => ({ ...r, ...borrowed })) ?? null;
  const knowledge = view.knowledge ?? linked.knowledge?.map((r) => ({ ...r, ...borrowed })) ?? null;
  const rates = skills !== view.skills || knowledge !== view.knowledge;
  if (!rates && wages === view.wages && outlook === view.outlook) return view;
  const named = new Set(view.sources.map((s) => `${s.name} ${s.version}`));
  return {
    ...view,
    wages,
    outlook,
    skills,
    knowledge,
    scales: rates ? linked.scales : view.scales,
    sources: [...view.sources, ...linked.sources.filter((s) => !named.has(`${s.name} ${s.version}`))],
    attribution: [...new Set([...view.attribution, ...linked.attribution])],
  };
}

/** The mark of a block's borrowed figures, if any: a wages or outlook block, or the first of a list of ratings. */
export const borrowedOf = (block: { borrowed?: Borrowed } | readonly { borrowed?: Borrowed }[] | null | undefined): Borrowed | null =>
  (Array.isArray(block) ? block[0]?.borrowed : (block as { borrowed?: Borrowed } | null | undefined)?.borrowed) ?? null;
