/**
 * ESCO's skills and knowledge items in a data set: esco.json holds each item once (URI, label, kind, skill
 * groups) and each ESCO occupation's line of details.jsonl names its essential and optional items by their
 * place in it, so that 124,000 requirements take numbers, not 124,000 URIs and labels. Written by
 * import/write.ts; read by loader/occupations.ts when an ESCO occupation is shown. Pure.
 */
import { DATASET_FORMAT, type Occupation, type RequiredItem, type Requirements } from "../schema/occupation.js";

export const ESCO_JSON = "esco.json";

/** One item: URI, label, kind (s skill, k knowledge), its skill groups by place in `groups`. */
export type StoredItem = [uri: string, label: string, kind: "s" | "k", groups: number[]];

/** esco.json */
export interface EscoHead {
  format: number;
  /** skill groups: URI and label */
  groups: [uri: string, label: string][];
  items: StoredItem[];
}

/** What a line of details.jsonl holds for an ESCO occupation's requirements: the items' places in esco.json. */
export interface StoredRequirements {
  kind: "essential-optional";
  essential: number[];
  optional: number[];
}

export const isEscoHead = (value: unknown): value is EscoHead => {
  const h = value as EscoHead | null;
  return h?.format === DATASET_FORMAT && Array.isArray(h.groups) && Array.isArray(h.items);
};

/** The items of every occupation, each once (in the order first met), and the head holding them. */
export function escoHead(occupations: readonly Occupation[]): { head: EscoHead; place: Map<string, number> } {
  const groups: [string, string][] = [];
  const groupPlace = new Map<string, number>();
  const items: StoredItem[] = [];
  const place = new Map<string, number>();
  for (const o of occupations)
    for (const item of [...(o.requirements?.essential ?? []), ...(o.requirements?.optional ?? [])]) {
      if (place.has(item.uri)) continue;
      const g = item.groups.map((grp) => {
        let at = groupPlace.get(grp.uri);
        if (at === undefined) groupPlace.set(grp.uri, (at = groups.push([grp.uri, grp.label]) - 1));
        return at;
      });
      place.set(item.uri, items.push([item.uri, item.label, item.kind === "knowledge" ? "k" : "s", g]) - 1);
    }
  return { head: { format: DATASET_FORMAT, groups, items }, place };
}

/** An occupation as its line of details.jsonl holds it: requirements by place. */
export function compactOccupation(o: Occupation, place: ReadonlyMap<string, number>): unknown {
  if (!o.requirements) return o;
  const at = (items: RequiredItem[]) => items.map((i) => place.get(i.uri)!);
  const requirements: StoredRequirements = {
    kind: o.requirements.kind,
    essential: at(o.requirements.essential),
    optional: at(o.requirements.optional),
  };
  return { ...o, requirements };
}

/** The requirements of a line of details.jsonl, with their items; null when a place is not in the head. */
export function expandRequirements(stored: StoredRequirements, head: EscoHead): Requirements | null {
  const item = (n: number): RequiredItem | null => {
    const s = head.items[n];
    if (!s) return null;
    return {
      uri: s[0],
      label: s[1],
      kind: s[2] === "k" ? "knowledge" : "skill",
      groups: s[3].flatMap((g) => (head.groups[g] ? [{ uri: head.groups[g]![0], label: head.groups[g]![1] }] : [])),
    };
  };
  const essential = stored.essential.map(item);
  const optional = stored.optional.map(item);
  if (essential.includes(null) || optional.includes(null)) return null;
  return { kind: "essential-optional", essential: essential as RequiredItem[], optional: optional as RequiredItem[] };
}
