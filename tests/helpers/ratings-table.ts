/** A ratings table (what match ranks) of ratings written by hand: as the data set stores and reads them. */
import { decodeTable, encodeRatings } from "../../src/loader/ratings-file.js";
import type { RatingsTable, StoredRatings } from "../../src/schema/occupation.js";

/** `records`: the first so many occupations' records alone, as match reads them */
export function tableOf(ratings: StoredRatings, records?: number): RatingsTable {
  const { head, bin } = encodeRatings(ratings);
  const table = decodeTable(head, bin.length, (offset, length) => bin.subarray(offset, offset + length), records);
  if (!table) throw new Error("tableOf: the ratings do not read back");
  return table;
}
