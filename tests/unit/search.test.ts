/** Ranking imported occupations for `careers search`, over a small index and search file written here. */
import { describe, expect, it } from "vitest";
import { foldAscii, matchedText, type SearchText, searchOccupations, searchWords } from "../../src/core/search.js";
import { indexRow } from "../helpers/index-row.js";

const row = indexRow;

const ROWS = [
  row("91-0001.00", "Lantern Keepers"),
  row("91-0002.00", "Harbour Pilots"),
  row("91-0003.00", "Café Owners"),
  row("91-0004.00", "Night Watch Supervisors"),
];

/** search.tsv lines: index, a (alternate title) or k (task), text */
const TSV =
  [
    "0\ta\tLamplighter",
    "0\ta\tStreet Light Tender",
    "0\tk\tRefill lanterns with lamp oil before dusk.",
    "1\ta\tHarbor Pilot",
    "1\tk\tGuide ships past the lanterns at the harbour mouth.",
    "2\ta\tCoffee Shop Owner",
    "2\tk\tKeep the café's night lanterns lit for late guests.",
    "3\ta\tLantern Keeper Supervisor",
    "3\tk\tSchedule the night watch.",
  ].join("\n") + "\n";

/**
 * The search file as the data set holds it: the text, and its ASCII-folded copy, in parts
 * of `linesAPart` whole lines (all in one part unless given).
 */
function source(tsv = TSV, linesAPart = Number.POSITIVE_INFINITY): SearchText {
  const bytes = Buffer.from(tsv, "utf8");
  const lower = Buffer.from(foldAscii(bytes));
  const parts: { offset: number; bytes: Buffer }[] = [];
  let offset = 0;
  const lines = lower.toString("latin1").split(/(?<=\n)/);
  for (let i = 0; i < lines.length; i += linesAPart) {
    const length = lines.slice(i, i + linesAPart).join("").length;
    parts.push({ offset, bytes: lower.subarray(offset, offset + length) });
    offset += length;
  }
  return { parts: () => parts, text: (s, e) => bytes.subarray(s, e).toString("utf8") };
}

const search = (q: string) => searchOccupations(ROWS, source(), q);
const titles = (q: string) => search(q).map((h) => h.row.title);

describe("searchWords", () => {
  it("lower case, stop words out, each word cut to its stem, no repeats", () => {
    expect(searchWords("Keepers of the Lanterns")).toEqual(["keep", "lantern"]);
    expect(searchWords("nursing nurses nurse")).toEqual(["nurs"]);
    expect(searchWords("C++ and C# glass")).toEqual(["c++", "c#", "glass"]);
    expect(searchWords("the and of")).toEqual([]);
  });
});

describe("searchOccupations", () => {
  it("ranks a title match above an alternate title above tasks", () => {
    // Lantern Keepers: title; Night Watch Supervisors: alternate title; Harbour Pilots and Café Owners: a task
    expect(titles("lantern")).toEqual(["Lantern Keepers", "Night Watch Supervisors", "Café Owners", "Harbour Pilots"]);
  });

  it("every word must appear, in any field of the occupation", () => {
    expect(titles("lantern harbour")).toEqual(["Harbour Pilots"]);
    expect(titles("night lantern")).toEqual(["Night Watch Supervisors", "Café Owners"]);
    expect(titles("lantern submarine")).toEqual([]);
  });

  it("a word matches the start of a word, not its middle", () => {
    expect(titles("lamp")).toEqual(["Lantern Keepers"]);
    expect(titles("ighter")).toEqual([]);
    expect(titles("harbo")).toEqual(["Harbour Pilots"]);
  });

  it("the query as the whole title, or as a phrase, ranks higher", () => {
    const hits = search("lantern keeper");
    // Café Owners: "Keep the café's night lanterns" holds both words in their forms, in a task
    expect(hits.map((h) => h.row.title)).toEqual(["Lantern Keepers", "Night Watch Supervisors", "Café Owners"]);
    expect(hits[0]!.score).toBeGreaterThan(100);
  });

  it("says why each matched, with the text as written, after a character of more than one byte too", () => {
    const [cafe] = search("late guests");
    expect(cafe!.row.title).toBe("Café Owners");
    expect(matchedText(cafe!, source())).toEqual([{ field: "task", text: "Keep the café's night lanterns lit for late guests." }]);
    const [keepers] = search("light tender");
    expect(matchedText(keepers!, source())).toEqual([{ field: "alternate title", text: "Street Light Tender" }]);
    expect(matchedText(search("owner")[0]!, source())[0]).toEqual({ field: "title", text: "Café Owners" });
  });

  it("the same hits, and the same lines shown, whatever parts of whole lines the file is read in", () => {
    for (const q of ["lantern", "night lantern", "lantern keeper", "late guests", "light tender", "owner", "harbo", "watch night"]) {
      const whole = searchOccupations(ROWS, source(), q);
      for (let k = 1; k <= 9; k++) expect(searchOccupations(ROWS, source(TSV, k), q), `${q}, ${k} a part`).toEqual(whole);
    }
    // two lines that score the same: the one of the query's first word is shown, though the other comes first
    const tie = "0\ta\tTender Cat\n0\ta\tStreet Cat\n";
    for (const k of [1, 2]) {
      const [hit] = searchOccupations(ROWS, source(tie, k), "street tender");
      expect(matchedText(hit!, source(tie, k))).toEqual([{ field: "alternate title", text: "Street Cat" }]);
    }
  });

  it("a word's forms count fully, a word it only starts half; an -ing form finds the job", () => {
    const forms = "0\ta\tLamp Lighting\n1\ta\tLamplighter\n";
    const hits = searchOccupations(ROWS, source(forms), "lamp");
    // "Lamp Lighting": a form of the word, the alternate title is the query's word and more; "Lamplighter": it starts it
    expect(hits.map((h) => h.row.title)).toEqual(["Lantern Keepers", "Harbour Pilots"]);
    const [full, half] = hits.map((h) => h.score);
    expect(full).toBeCloseTo(60 - 13 / 1000 + 4 * Math.log2(2), 1);
    expect(half).toBeCloseTo(60 * 0.5 ** 2 - 11 / 1000, 1);
  });

  it("a long word few occupations have is looked for as two words too", () => {
    const compound = "0\ta\tStreet Lamp-Lighter\n1\ta\tLamplighter\n2\ta\tLamp lighters\n";
    // the word itself, the whole alternate title, first; then the two words, the shorter line first
    expect(searchOccupations(ROWS, source(compound), "lamplighter").map((h) => h.row.title)).toEqual([
      "Harbour Pilots",
      "Café Owners",
      "Lantern Keepers",
    ]);
    // found in three occupations as one word: not looked for as two
    const common = "0\ta\tLamplighter\n1\ta\tLamplighter\n2\ta\tLamplighter\n3\ta\tLamp lighter\n";
    expect(searchOccupations(ROWS, source(common), "lamplighter").map((h) => h.row.title)).not.toContain("Night Watch Supervisors");
  });

  it("lines of occupations the index does not hold are ignored", () => {
    expect(searchOccupations(ROWS, source("9\ta\tLantern Ghost\n"), "ghost")).toEqual([]);
  });

  it("folds only ASCII letters, byte for byte", () => {
    const bytes = Buffer.from("AbC Été\n", "utf8");
    expect(Buffer.from(foldAscii(bytes)).toString("utf8")).toBe("abc Été\n");
    expect(foldAscii(bytes).length).toBe(bytes.length);
  });
});
