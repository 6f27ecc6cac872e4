/** Ranking imported occupations for `careers search`, over a small index and search file written here. */
import { describe, expect, it } from "vitest";
import { foldAscii, MAX_WORDS, matchedText, type SearchText, searchOccupations, searchWords } from "../../src/core/search.js";
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

/** A score as searchOccupations gives it: to a tenth. */
const tenth = (x: number) => Math.round(x * 10) / 10;
/** Rows of these titles, search.tsv as given. */
const over = (titles: string[], tsv: string, q: string) =>
  searchOccupations(
    titles.map((t, i) => row(`92-000${i}.00`, t)),
    source(tsv),
    q,
  );

describe("searchOccupations: each score from the method (SCORING)", () => {
  // titles long enough that the length's share (a thousandth a character) shows at a tenth
  const PHRASE = "Lamp Lighters of the Northern Harbour Districts";
  const ALL = "Lighters of Lamps and Lanterns in Northern Harbour Districts";
  const PARTIAL = "Lanterns of the Northern Harbour Districts";

  it("a title: the query as a phrase 1.25 times, every word alone 1, a word it only starts half", () => {
    expect(over([PHRASE], "", "lamp lighter")[0]!.score).toBe(tenth(100 * 1.25 - PHRASE.length / 1000));
    expect(over([ALL], "", "lamp lighter")[0]!.score).toBe(tenth(100 - ALL.length / 1000));
    // a word alone is no phrase: the title holds more
    expect(over([PARTIAL], "", "lantern")[0]!.score).toBe(tenth(100 - PARTIAL.length / 1000));
    expect(over([PARTIAL], "", "lant")[0]!.score).toBe(tenth(100 * 0.5 ** 2 - PARTIAL.length / 1000));
    // one word in its forms, one only started: (1 + 0.5) of 2
    expect(over([PARTIAL], "", "lantern harb")[0]!.score).toBe(tenth(100 * 0.75 ** 2 - PARTIAL.length / 1000));
    // the query itself, 1.6 times
    expect(over(["Lamp Lighters"], "", "lamp lighter")[0]!.score).toBe(tenth(100 * 1.6 - 13 / 1000));
  });

  it("a task: no bonus for being the query, no share for its length; each task with every word adds to the score", () => {
    const long = "Lamp lighters trim the wicks of every lamp along the northern harbour walls";
    expect(over(["Harbour Crews"], `0\tk\t${long}\n`, "lamp lighter")[0]!.score).toBe(tenth(15 + 2 * Math.log2(2)));
    expect(over(["Harbour Crews"], "0\tk\tLamp Lighters\n", "lamp lighter")[0]!.score).toBe(tenth(15 + 2 * Math.log2(2)));
  });

  it("the best field counts whole, the others a third; alternate titles and tasks with every word, and openings, add", () => {
    const tsv = "0\ta\tLamp Lighter\n0\tk\tTrim the wicks of each lamp lighter on the northern harbour walls\n";
    const title = 100 * 1.6 - 13 / 1000;
    const alternate = 60 * 1.6 - 12 / 1000;
    const [hit] = searchOccupations([{ ...row("92-0000.00", "Lamp Lighters"), openings: 999 }], source(tsv), "lamp lighter");
    expect(hit!.score).toBe(tenth(title + alternate / 3 + 15 / 3 + 4 * Math.log2(2) + 2 * Math.log2(2) + 2 * Math.log10(1000)));
    expect(hit!.matched.map((m) => m.field)).toEqual(["title", "alternate title", "task"]);
    // the best field first, whatever matched first: the title holds one word of two
    const [keepers] = over(["Lamp Keepers"], "0\ta\tLamp Lighter\n", "lamp lighter");
    expect(keepers!.matched.map((m) => m.field)).toEqual(["alternate title", "title"]);
    expect(keepers!.score).toBe(tenth(alternate + (100 * 0.25 - 12 / 1000) / 3 + 4 * Math.log2(2)));
  });

  it("a task counts among those with every word only where every word is in its forms", () => {
    // the title has "lighter", the tasks "lamp"; "lightning" only starts with "light"
    const tsv = "0\tk\tRefill every lamp\n0\tk\tLamps in lightning storms\n";
    const [hit] = over(["Harbour Lighters"], tsv, "lamp lighter");
    expect(hit!.score).toBe(tenth(100 * 0.25 - 16 / 1000 + (15 * 0.75 ** 2) / 3));
  });

  it("a bracketed name counts as a phrase where either of its names holds the query", () => {
    const line = "Night Watch Lead (NWL)";
    expect(over(["Harbour Crews"], `0\ta\t${line}\n`, "night watch")[0]!.score).toBe(tenth(60 * 1.25 - line.length / 1000 + 4));
  });

  it("openings below zero count as none", () => {
    const [hit] = searchOccupations([{ ...row("92-0000.00", "Lamp Lighters"), openings: -50 }], source(""), "lamp lighter");
    expect(hit!.score).toBe(tenth(100 * 1.6 - 13 / 1000));
  });

  it("of a field's lines the best is shown, and the words of all of them count", () => {
    // "Lamp" is weighed first (its word is the query's first); "Oil", one character shorter, scores more
    const [hit] = over(["Harbour Crews"], "0\ta\tLamp\n0\ta\tOil\n", "lamp oil");
    expect(matchedText(hit!, source("0\ta\tLamp\n0\ta\tOil\n"))).toEqual([{ field: "alternate title", text: "Oil" }]);
    expect(hit!.score).toBe(tenth(60 * 0.25 - 3 / 1000));
  });

  it("of lines alike, the one of the query's first word is weighed first and shown", () => {
    // "Street Oils" has the first and the fourth word, "Tender Lamp" the second and third: the same score
    const tsv = "0\ta\tTender Lamp\n0\ta\tStreet Oils\n";
    const [hit] = over(["Harbour Crews"], tsv, "street tender lamp oil");
    expect(matchedText(hit!, source(tsv))).toEqual([{ field: "alternate title", text: "Street Oils" }]);
  });

  it("occupations of one score in the order of their titles", () => {
    expect(over(["Zeta Lamps", "Alpha Lamps", "Mid Lamps"], "", "lamp").map((h) => h.row.title)).toEqual([
      "Alpha Lamps",
      "Mid Lamps",
      "Zeta Lamps",
    ]);
  });

  it("a word starts after a character that is not a letter, a digit, + or #", () => {
    const before = ["9", "0", "a", "z", "+", "#", "/", ":", "`", "{", "@", "[", " "];
    const titles = before.map((c) => `${c}lamp shop`);
    const found = (tsvOf: boolean) =>
      (tsvOf
        ? over(
            titles.map((_, i) => `Shop ${i}`),
            titles.map((t, i) => `${i}\ta\t${t}\n`).join(""),
            "lamp",
          ).map((h) => before[Number(h.row.title.slice(5))])
        : over(titles, "", "lamp").map((h) => h.row.title[0])
      ).sort();
    const expected = ["/", ":", "`", "{", "@", "[", " "].sort();
    expect(found(false)).toEqual(expected);
    expect(found(true)).toEqual(expected);
  });

  it("a word ends at a character that is not a letter, a digit, + or #", () => {
    // "lamp/": the word itself, the query as the whole name; "lamp9": the word goes on, "9" is no ending, it only starts it
    expect(over(["lamp9", "lamp/"], "", "lamp").map((h) => h.score)).toEqual([tenth(100 * 1.6 - 5 / 1000), tenth(100 * 0.25 - 5 / 1000)]);
    expect(over(["A", "B"], "0\ta\tlamp9\n1\ta\tlamp/\n", "lamp").map((h) => h.score)).toEqual([
      tenth(60 * 1.6 - 5 / 1000 + 4 * Math.log2(2)),
      tenth(60 * 0.25 - 5 / 1000),
    ]);
  });

  it("the longest ending after a doubled last letter is still a form", () => {
    // "lamp" + "p" + "ements", seven letters after the stem
    expect(over(["Lamppements"], "", "lamp")[0]!.score).toBe(tenth(100 - 11 / 1000));
    expect(over(["A"], "0\ta\tLamppements\n", "lamp")[0]!.score).toBe(tenth(60 - 11 / 1000 + 4));
  });

  it("lines of an unknown field, or of a place past the index's last, are ignored", () => {
    expect(over(["A", "B"], "0\tx\tLantern Ghost\n2\ta\tLantern Ghost\n", "ghost")).toEqual([]);
  });

  it("at most MAX_WORDS words are looked for", () => {
    const many = Array.from({ length: MAX_WORDS + 5 }, (_, i) => `w${i}`);
    expect(searchWords(many.join(" "))).toEqual(many.slice(0, MAX_WORDS));
  });

  it("folds A-Z, and only them", () => {
    expect(Buffer.from(foldAscii(Buffer.from("@AZ[`az{"))).toString("latin1")).toBe("@az[`az{");
  });
});

describe("searchOccupations: a long word as two", () => {
  it("a word of six letters is looked for as two; of letters only", () => {
    expect(over(["Sun Hat Makers"], "", "sunhat")).toEqual([]); // titles are not split
    expect(over(["A"], "0\ta\tSun Hat Maker\n", "sunhat").map((h) => h.row.title)).toEqual(["A"]);
    expect(over(["A"], "0\ta\tLamp 99\n", "lamp99")).toEqual([]);
    expect(over(["A"], "0\ta\t99L Amp\n", "99lamp")).toEqual([]);
  });

  it("split at every place leaving three letters each side", () => {
    // "lamplight" (the stem of lamplighter): lam|plight ... lampli|ght
    expect(over(["A"], "0\ta\tLampli Ght\n", "lamplighter").map((h) => h.row.title)).toEqual(["A"]);
    expect(over(["A"], "0\ta\tLamplig Ht\n", "lamplighter")).toEqual([]);
  });

  it("not where three occupations hold the word, in titles or lines, counting only that word", () => {
    const titles = ["Lamplighters North", "Lamplighters South", "Lamplighters West", "Harbour Crews"];
    expect(over(titles, "3\ta\tLamp Lighter\n", "lamplighter").map((h) => h.row.title)).not.toContain("Harbour Crews");
    expect(over(titles.slice(1), "2\ta\tLamp Lighter\n", "lamplighter").map((h) => h.row.title)).toContain("Harbour Crews");
    const oil = ["Oil Merchants", "Oil Painters", "Oil Riggers", "Lantern Keepers"];
    const tsv = "0\tk\tSell oil.\n1\tk\tPaint in oil.\n2\tk\tRig for oil.\n3\ta\tLamp Lighter\n3\tk\tRefill the oil.\n";
    expect(over(oil, tsv, "lamplighter oil").map((h) => h.row.title)).toEqual(["Lantern Keepers"]);
  });

  it("a line found as the word and as two is one line, with the words of both", () => {
    const line = "Lamplights Lamp Light Oil";
    const [hit] = over(["A"], `0\ta\t${line}\n`, "lamplight oil");
    expect(hit!.score).toBe(tenth(60 - line.length / 1000 + 4 * Math.log2(2)));
  });
});
