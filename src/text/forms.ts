/**
 * Word forms, the way people type job names: "nursing", "nurses" and "nurse" are one word, and so are
 * "programmer" and "programming", "teacher" and "teaching", "driver" and "driving". A word is cut to a
 * stem by a few rules (a plural, then -ing, -er, -ed or -e, then a doubled last letter), and a word of
 * the text is a form of the stem when it starts with it and the rest is one of a few endings. Only the
 * query is cut: the text is read as it is, so nothing need be stored for it. Pure.
 *
 * Porter-style stemmers keep "teacher", "driver" and "programmer" apart from "teaching", "driving" and
 * "programming" (they cut -er only from long stems), which are the pairs wanted here.
 */

/** What is left of a word after its stem, for the word to be a form of the stem. */
const ENDINGS = new Set([
  "",
  "s",
  "e",
  "es",
  "ed",
  "er",
  "ers",
  "ing",
  "ings",
  "y",
  "ies",
  "or",
  "ors",
  "ist",
  "ists",
  "ian",
  "ians",
  "ion",
  "ions",
  "ant",
  "ants",
  "ry",
  "ment",
  "ments",
  "ement",
  "ements",
]);

/** The longest `rest` that can be an ending (see isEnding): a longer one is no form of the stem. */
export const LONGEST_REST = Math.max(...[...ENDINGS].map((e) => e.length)) + 1;

const VOWEL = /[aeiouy]/;
const KEEP_DOUBLE = new Set(["l", "s", "f", "z"]);

/** The stem a word's forms share: nursing, nurses, nurse -> nurs; programmer -> program; secretaries -> secretar. */
export function stem(word: string): string {
  let w = word;
  if (w.length <= 3 || !/^[a-z]+$/.test(w)) return w;
  // secretary, secretaries -> secretar; nanny, nannies -> nann
  if (w.endsWith("ies") && w.length > 5) return w.slice(0, -3);
  if (/[^aeiou]y$/.test(w) && w.length > 4) return w.slice(0, -1);
  if (w.endsWith("s") && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  for (const ending of ["ing", "er", "ed", "e"]) {
    const rest = w.slice(0, -ending.length);
    // engineer, employee: an -eer or -ee is the word's own
    if (w.endsWith(ending) && rest.length >= 3 && VOWEL.test(rest) && !rest.endsWith("e")) {
      w = rest;
      break;
    }
  }
  const last = w.charAt(w.length - 1);
  if (w.length > 3 && last === w.charAt(w.length - 2) && !VOWEL.test(last) && !KEEP_DOUBLE.has(last)) w = w.slice(0, -1);
  return w;
}

/** `rest`, what follows a stem in a word, makes the word a form of it ("programm|ing": a doubled letter first). */
export function isEnding(stemmed: string, rest: string): boolean {
  return ENDINGS.has(rest) || (rest.length > 1 && rest.charAt(0) === stemmed.charAt(stemmed.length - 1) && ENDINGS.has(rest.slice(1)));
}

export const STOP_WORDS = new Set(["a", "an", "and", "or", "of", "the", "in", "for", "to", "with", "on", "at", "by"]);

/** The words of a text as search and look-ups compare them: lower case, stop words out, each cut to its stem. */
export function stems(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9+#]+/)
    .filter((w) => w !== "" && !STOP_WORDS.has(w))
    .map(stem);
}

/**
 * The names a title line gives, as stems joined by spaces: "Registered Nurse (RN)" gives "register nurs"
 * and "rn" (O*NET writes a short title or its long form in brackets).
 */
export function nameKeys(text: string): string[] {
  const open = text.indexOf("(");
  const close = text.lastIndexOf(")");
  const names = open >= 0 && close > open ? [text.slice(0, open) + text.slice(close + 1), text.slice(open + 1, close)] : [text];
  return names.map((n) => stems(n).join(" ")).filter((k) => k !== "");
}
