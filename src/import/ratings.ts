/**
 * ratings.json from the occupations: each one's skill and knowledge ratings as rows of numbers in one
 * element order, its RIASEC scores and its related occupations by place in the index. Pure.
 */

import { DATASET_FORMAT, type Occupation, type StoredActivities, type StoredRatings } from "../schema/occupation.js";

const RIASEC = ["R", "I", "A", "S", "E", "C"];

export function ratingsOf(occupations: readonly Occupation[]): StoredRatings {
  const skills = new Set<string>();
  const knowledge = new Set<string>();
  for (const o of occupations) {
    for (const r of o.skills ?? []) skills.add(r.element);
    for (const r of o.knowledge ?? []) knowledge.add(r.element);
  }
  const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const elements = [...[...skills].sort(byId), ...[...knowledge].filter((e) => !skills.has(e)).sort(byId)];
  const column = new Map(elements.map((e, i) => [e, i]));
  const place = new Map(occupations.map((o, i) => [o.code, i]));
  const importance: (number | null)[][] = [];
  const level: (number | null)[][] = [];
  for (const o of occupations) {
    const im: (number | null)[] = elements.map(() => null);
    const lv: (number | null)[] = elements.map(() => null);
    for (const r of [...(o.skills ?? []), ...(o.knowledge ?? [])]) {
      const c = column.get(r.element)!;
      im[c] = r.importance;
      lv[c] = r.levelNotRelevant ? 0 : r.level;
    }
    importance.push(im);
    level.push(lv);
  }
  return {
    format: DATASET_FORMAT,
    elements,
    importance,
    level,
    interests: occupations.map((o) => {
      if (!o.interests) return null;
      const scores = RIASEC.map((code) => o.interests!.scores.find((s) => s.code === code)?.score ?? null);
      return scores.every((s) => s !== null) ? (scores as number[]) : null;
    }),
    related: occupations.map((o) =>
      (o.related ?? []).flatMap((r): [number, string | null][] => (place.has(r.code) ? [[place.get(r.code)!, r.tier]] : [])),
    ),
  };
}

/**
 * activities.json from the occupations: each one's detailed work activities as pairs [activity, tasks] by
 * place in the index, the activities and their intermediate ones listed once; null where none has any
 * (a release without Tasks to DWAs). Pure.
 */
export function activitiesOf(occupations: readonly Occupation[]): StoredActivities | null {
  if (!occupations.some((o) => o.activities)) return null;
  const iwaOfDwa = new Map<string, string>();
  for (const o of occupations) for (const a of o.activities ?? []) iwaOfDwa.set(a.dwa, a.iwa);
  const dwas = [...iwaOfDwa.keys()].sort();
  const iwas = [...new Set(iwaOfDwa.values())].sort();
  const dwaPlace = new Map(dwas.map((d, k) => [d, k]));
  const iwaPlace = new Map(iwas.map((d, k) => [d, k]));
  return {
    format: DATASET_FORMAT,
    dwas,
    iwas,
    iwa: dwas.map((d) => iwaPlace.get(iwaOfDwa.get(d)!)!),
    rows: occupations.map((o) => (o.activities ?? []).flatMap((a) => [dwaPlace.get(a.dwa)!, a.tasks])),
  };
}
