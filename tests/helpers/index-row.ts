/** An index row with only its names: for tests of look-ups, search and ranking over a hand-made index. */
import type { IndexRow } from "../../src/schema/occupation.js";

export const indexRow = (code: string, title: string, id = title.toLowerCase().replace(/[^a-z0-9]+/g, "-")): IndexRow => ({
  id,
  code,
  title,
  median: null,
  jobZone: null,
  growthPercent: null,
  openings: null,
  education: null,
  at: [0, 0],
});
