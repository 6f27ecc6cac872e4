/** Did-you-mean: the candidates closest to a mistyped word, by edit distance. */
import { compareText } from "./names.js";

/** Edits to turn a into b: insert, delete, substitute, or swap two neighbours ("shwo" -> "show": 1). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) cur[j] = Math.min(cur[j]!, before[j - 2]! + 1);
    }
    before = prev;
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * Candidates within a distance that grows with the word's length (a third of it, at least 1),
 * plus those that start with or contain the word; closest first, at most `limit`.
 */
export function suggest(word: string, candidates: Iterable<string>, limit = 3): string[] {
  const w = word.toLowerCase();
  const max = Math.max(1, Math.floor(w.length / 3));
  const scored: { c: string; d: number }[] = [];
  const seen = new Set<string>();
  for (const c of candidates) {
    const lc = c.toLowerCase();
    if (seen.has(lc)) continue;
    seen.add(lc);
    const d = editDistance(w, lc);
    if (d <= max && d < w.length) scored.push({ c, d });
    else if (w.length >= 3 && (lc.startsWith(w) || lc.includes(w))) scored.push({ c, d: max + 1 });
  }
  return scored
    .sort((x, y) => x.d - y.d || compareText(x.c, y.c))
    .slice(0, limit)
    .map((s) => s.c);
}

/** " Did you mean X?" / " Did you mean X or Y?" or "" */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const found = suggest(word, candidates);
  if (found.length === 0) return "";
  const quoted = found.map((f) => `"${f}"`);
  const list = quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(", ")} or ${quoted.at(-1)}`;
  return `Did you mean ${list}?`;
}
