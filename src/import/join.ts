/** From an O*NET-SOC code to the BLS row that covers it (core/bls-code.ts), with its note in words. Pure. */
import { blsCodeFor } from "../core/bls-code.js";
import type { BlsRef, JoinBasis, JoinCounts } from "../schema/occupation.js";

export { COMBINED_CODES, socOf } from "../core/bls-code.js";

const NOTES: Record<Exclude<JoinBasis, "detailed">, (code: string, title: string) => string> = {
  part: (code, title) => `BLS figure for ${code} ${title}, which takes in this occupation and others`,
  combined: (code, title) => `BLS publishes only ${code} ${title}, which combines this occupation with others`,
  broad: (code, title) => `BLS publishes only the broad group ${code} ${title}, which takes in this occupation and others`,
};

/** The BLS row for an O*NET-SOC occupation, and how it was found; null when BLS has none. */
export function joinCode<R extends { title: string }>(onetCode: string, rows: ReadonlyMap<string, R>): { row: R; ref: BlsRef } | null {
  const hit = blsCodeFor(onetCode, (code) => rows.has(code));
  if (!hit) return null;
  const row = rows.get(hit.code)!;
  const ref: BlsRef = { code: hit.code, title: row.title, basis: hit.basis };
  if (hit.basis !== "detailed") ref.note = NOTES[hit.basis](hit.code, row.title);
  return { row, ref };
}

export const emptyCounts = (): JoinCounts => ({ detailed: 0, part: 0, broad: 0, combined: 0, none: 0 });
