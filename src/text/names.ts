/** Names compared the way a reader would: case and punctuation ignored. Pure. */

/** "Customer-Service  clerk" -> "customer service clerk" */
export const normalizeName = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

/** A list without repeats (by normalised name), first spelling kept, order kept. */
export function uniqueNames(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => {
    const key = normalizeName(n);
    if (key === "" || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export interface Overlap {
  /** in both lists, spelled as in `base` */
  shared: string[];
  /** in `other` only, spelled as in `other` */
  added: string[];
  /** in `base` only */
  dropped: string[];
}

/**
 * What two lists of names share, exact normalised matches only ("Active Listening" = "active-listening",
 * but "Empathy" is not "Empathy and emotional intelligence"). Order follows each list.
 */
export function overlap(base: readonly string[], other: readonly string[]): Overlap {
  const b = uniqueNames(base);
  const o = uniqueNames(other);
  const inOther = new Set(o.map(normalizeName));
  const inBase = new Set(b.map(normalizeName));
  return {
    shared: b.filter((n) => inOther.has(normalizeName(n))),
    added: o.filter((n) => !inBase.has(normalizeName(n))),
    dropped: b.filter((n) => !inOther.has(normalizeName(n))),
  };
}

/** Code-point order, for ids and other ASCII keys (localeCompare would start ICU's collator: slow to load). */
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
