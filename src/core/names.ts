/** Names compared the way people write them: case, spacing and punctuation do not matter. */

/** "Customer-Service  clerk" -> "customer service clerk" */
export const normalizeName = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
