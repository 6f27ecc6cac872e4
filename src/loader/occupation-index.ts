/**
 * index.json as stored: a row is an array, in the order of IndexRow's fields, a plain median is a number,
 * and the few typical-education texts are listed once; about half the size of objects, so that every
 * look-up, list and search reads and parses less. Pure.
 */
import type { Index, IndexRow, JoinBasis, Wage } from "../schema/occupation.js";

export type StoredRow = [
  id: string,
  code: string,
  title: string,
  median: number | Wage | null,
  jobZone: number | null,
  growthPercent: number | null,
  openings: number | null,
  education: number | null,
  blsBasis: JoinBasis | null,
  offset: number,
  length: number,
  /** the row's own place in the index: a row read alone from the index's text says where it is */
  place: number,
];

export interface StoredIndex {
  format: number;
  /** the OEWS period of the medians, e.g. May 2024 */
  wagesPeriod: string | null;
  education: string[];
  rows: StoredRow[];
}

export function packIndex(index: Index): StoredIndex {
  const education = [...new Set(index.occupations.map((r) => r.education).filter((e): e is string => e !== null))];
  return {
    format: index.format,
    wagesPeriod: index.wagesPeriod,
    education,
    rows: index.occupations.map((r, place) => [
      r.id,
      r.code,
      r.title,
      r.median && r.median.amount !== null && Object.keys(r.median).length === 1 ? r.median.amount : r.median,
      r.jobZone,
      r.growthPercent,
      r.openings,
      r.education === null ? null : education.indexOf(r.education),
      r.blsBasis ?? null,
      r.at[0],
      r.at[1],
      place,
    ]),
  };
}

/** One stored row as the program sees it. */
export function unpackRow(
  stored: StoredIndex,
  [id, code, title, median, jobZone, growthPercent, openings, education, blsBasis, offset, length]: StoredRow,
): IndexRow {
  const row: IndexRow = {
    id,
    code,
    title,
    median: typeof median === "number" ? { amount: median } : median,
    jobZone,
    growthPercent,
    openings,
    education: education === null ? null : (stored.education[education] ?? null),
    at: [offset, length],
  };
  if (blsBasis) row.blsBasis = blsBasis;
  return row;
}

export function unpackIndex(stored: StoredIndex): Index {
  return { format: stored.format, wagesPeriod: stored.wagesPeriod, occupations: stored.rows.map((r) => unpackRow(stored, r)) };
}
