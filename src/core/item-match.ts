/**
 * `match` over occupations that list essential and optional items (ESCO's): what a person has is a set of
 * items (a skills checklist, or the items of an occupation held), and each occupation is measured by
 *
 *   coverage  = the weighted share of its items the person has (an essential item weighs
 *               requirements.weights.essential, an optional one .optional: data/assessment.yaml)
 *   relevance = the share of the person's items it lists
 *   fit       = coverage x relevance ^ requirements.match.relevance
 *
 * so that an occupation of a few items that happen to be among the person's does not outrank one that uses
 * much of what they have. An occupation that lists none of the person's items is not ranked. Each result
 * says what it lacks: its essential items the person does not have, then its optional ones. The method and
 * its measurement: docs/matching.md, "match over ESCO". Pure.
 */
import type { z } from "zod";
import type { RequirementsModel } from "../schema/assessment.js";
import type { RequiredItem, Requirements } from "../schema/occupation.js";
import type { matchItemsOutput } from "../schema/outputs-match.js";
import type { ChecklistEntry, ChecklistMark } from "../schema/skills-checklist.js";
import { compareText } from "../text/names.js";
import { suggest } from "../text/suggest.js";
import { type DatasetDates, occupationFigures } from "./figures.js";
import { type ItemsOccupation, type WeightedItems, weighAll } from "./requirements.js";
import { underIsco } from "./sources.js";

/** "Trim  Lamp wicks " -> "trim lamp wicks": labels compared with case and spacing ignored (C# and C++ stay apart). */
export const labelKey = (label: string): string => label.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();

/** Every item the occupations list, by URI and by label (a label may name several items). */
export interface ItemCatalog {
  byUri: ReadonlyMap<string, RequiredItem>;
  byLabel: ReadonlyMap<string, readonly RequiredItem[]>;
}

export function itemCatalog(all: readonly Pick<ItemsOccupation, "requirements">[]): ItemCatalog {
  const byUri = new Map<string, RequiredItem>();
  const byLabel = new Map<string, RequiredItem[]>();
  for (const o of all)
    for (const item of [...o.requirements.essential, ...o.requirements.optional]) {
      if (byUri.has(item.uri)) continue;
      byUri.set(item.uri, item);
      const key = labelKey(item.label);
      byLabel.set(key, [...(byLabel.get(key) ?? []), item]);
    }
  return { byUri, byLabel };
}

/** A line of the checklist that names no item of the data set, with the closest label. */
export interface ChecklistProblem {
  line: number;
  message: string;
  suggestion?: string;
}

/** The checklist's items by what it says of them (each item once: had over learning over not had). */
export interface Checklist {
  had: RequiredItem[];
  learning: RequiredItem[];
  not: RequiredItem[];
  problems: ChecklistProblem[];
}

const RANK: Record<ChecklistMark, number> = { had: 2, learning: 1, not: 0 };

/** The items a checklist's entries name, looked up by URI (where given) or by label. */
export function resolveChecklist(entries: readonly ChecklistEntry[], catalog: ItemCatalog): Checklist {
  const marks = new Map<string, { item: RequiredItem; mark: ChecklistMark }>();
  const problems: ChecklistProblem[] = [];
  for (const e of entries) {
    let item: RequiredItem | undefined;
    if (e.uri !== null) {
      item = catalog.byUri.get(e.uri);
      if (!item) problems.push({ line: e.line, message: `no ESCO skill or knowledge item of the data set has the URI ${e.uri}` });
    } else {
      const found = catalog.byLabel.get(labelKey(e.label!)) ?? [];
      if (found.length > 1)
        problems.push({
          line: e.line,
          message: `"${e.label}" is the label of ${found.length} items: add the one meant as "# <URI>" (${found.map((i) => i.uri).join(", ")})`,
        });
      else if (found.length === 0) {
        const [closest] = suggest(
          e.label!,
          [...catalog.byUri.values()].map((i) => i.label),
          1,
        );
        problems.push({
          line: e.line,
          message: `"${e.label}" is not the label of an ESCO skill or knowledge item of the data set`,
          ...(closest ? { suggestion: closest } : {}),
        });
      } else item = found[0];
    }
    if (!item) continue;
    const before = marks.get(item.uri);
    if (!before || RANK[e.mark] > RANK[before.mark]) marks.set(item.uri, { item, mark: e.mark });
  }
  const listed = (mark: ChecklistMark) => [...marks.values()].filter((m) => m.mark === mark).map((m) => m.item);
  return { had: listed("had"), learning: listed("learning"), not: listed("not"), problems };
}

/** How one occupation measures against the items had. */
export interface ItemScore {
  i: number;
  fit: number;
  coverage: number;
  relevance: number;
}

/** What an occupation holds of the items had: its essential and optional items had, and those it lacks. */
export interface ItemGaps {
  /** its essential and optional items: how many there are, how many are had */
  essential: { had: number; of: number };
  optional: { had: number; of: number };
  /** its items not had: the essential ones, then the optional ones, each in its order */
  lacks: { essential: RequiredItem[]; optional: RequiredItem[] };
}

/** An occupation (its weighted items, at place `i`) measured against the items had (their URIs); null when it lists none of them. */
export function itemScore(had: ReadonlySet<string>, i: number, items: WeightedItems, model: RequirementsModel): ItemScore | null {
  let covered = 0;
  let shared = 0;
  for (const [uri, w] of items.weights)
    if (had.has(uri)) {
      covered += w;
      shared += 1;
    }
  if (shared === 0) return null;
  const coverage = items.total > 0 ? covered / items.total : 0;
  const relevance = shared / had.size;
  return { i, fit: coverage * relevance ** model.match.relevance, coverage, relevance };
}

export function itemGaps(had: ReadonlySet<string>, requirements: Requirements): ItemGaps {
  const essentialUris = new Set(requirements.essential.map((i) => i.uri));
  // an item listed as both essential and optional is essential (requirements.ts weightedItems)
  const optional = requirements.optional.filter((i) => !essentialUris.has(i.uri));
  const lacking = (items: readonly RequiredItem[]) => items.filter((i) => !had.has(i.uri));
  const lacks = { essential: lacking(requirements.essential), optional: lacking(optional) };
  return {
    essential: { had: requirements.essential.length - lacks.essential.length, of: requirements.essential.length },
    optional: { had: optional.length - lacks.optional.length, of: optional.length },
    lacks,
  };
}

/** A ranked occupation: its score and its place among all ranked (1 the best). */
export type RankedScore = ItemScore & { rank: number };

/**
 * Every occupation of `all` that lists an item had, best fit first (ties: the higher coverage, then by
 * place), leaving out the places in `leaveOut` (the occupations held). `weighed`: every occupation's items
 * weighted, by place, for many rankings over the same occupations (npm run eval).
 */
export function rankByItems(
  had: ReadonlySet<string>,
  all: readonly ItemsOccupation[],
  model: RequirementsModel,
  leaveOut: ReadonlySet<number> = new Set(),
  weighed: ReadonlyMap<number, WeightedItems> = weighAll(all, model),
): RankedScore[] {
  const scores: ItemScore[] = [];
  for (const o of all) {
    if (leaveOut.has(o.i)) continue;
    const f = itemScore(had, o.i, weighed.get(o.i)!, model);
    if (f) scores.push(f);
  }
  return scores.sort((a, b) => b.fit - a.fit || b.coverage - a.coverage || a.i - b.i).map((f, k) => ({ ...f, rank: k + 1 }));
}

/** An item of a template: which of the occupations list it, essential or optional (by their places). */
export interface TemplateItem {
  item: RequiredItem;
  essentialTo: number[];
  optionalTo: number[];
}

/**
 * The items of a group of occupations for a checklist to fill in: those essential to any of them first,
 * then those only optional, each group by how many occupations list them (most first), then by label.
 */
export function templateItems(group: readonly ItemsOccupation[]): TemplateItem[] {
  const byUri = new Map<string, TemplateItem>();
  const entry = (item: RequiredItem) => {
    let t = byUri.get(item.uri);
    if (!t) byUri.set(item.uri, (t = { item, essentialTo: [], optionalTo: [] }));
    return t;
  };
  for (const o of group) {
    const essential = new Set(o.requirements.essential.map((i) => i.uri));
    for (const i of o.requirements.essential) entry(i).essentialTo.push(o.i);
    for (const i of o.requirements.optional) if (!essential.has(i.uri)) entry(i).optionalTo.push(o.i);
  }
  const listing = (t: TemplateItem) => t.essentialTo.length + t.optionalTo.length;
  // by how many list it essential: those essential to none (optional only) come last
  return [...byUri.values()].sort(
    (a, b) => b.essentialTo.length - a.essentialTo.length || listing(b) - listing(a) || compareText(a.item.label, b.item.label),
  );
}

/**
 * `careers match --skills` (and --like <ESCO occupation>): where the items had came from (a checklist file,
 * or the occupations held with a checklist beside them); the weights and the power of relevance the fit
 * was measured with; how many items are had, being learnt and not had; the filters; how many occupations
 * were ranked (those that list an item had); the rows (each occupation's reference and key figures, then
 * its fit and what it lacks); how many are listed of how many: the type of the schema of
 * `match --skills`'s output (schema/outputs-match.ts).
 */
export type ItemMatchResult = z.output<typeof matchItemsOutput>;

/** Where the items had came from. */
export type ItemMatchSource = ItemMatchResult["source"];

/** A row of the result. */
export type ItemMatchRow = ItemMatchResult["results"][number];

/**
 * The ranking of `all` against the items had, the best `limit` (undefined: all) of those under the ISCO group
 * `isco` (null: all) listed with their figures.
 */
export function matchByItems(
  had: ReadonlySet<string>,
  all: readonly ItemsOccupation[],
  model: RequirementsModel,
  options: { leaveOut?: ReadonlySet<number>; isco: string | null; limit: number | undefined; dates: DatasetDates },
): Pick<ItemMatchResult, "total" | "results" | "shown"> {
  const at = new Map(all.map((o) => [o.i, o]));
  const ranked = rankByItems(had, all, model, options.leaveOut);
  const passing = options.isco === null ? ranked : ranked.filter((f) => underIsco(at.get(f.i)!.row.code, options.isco!));
  const listed = passing.slice(0, options.limit);
  return {
    total: ranked.length,
    results: listed.map(({ i, rank, ...score }) => {
      const o = at.get(i)!;
      return { rank, ...occupationFigures(o.row, options.dates), ...score, ...itemGaps(had, o.requirements) };
    }),
    shown: { rows: listed.length, of: passing.length },
  };
}
