/**
 * search.words (src/text/search-words.ts): its lines for each stem are those a scan of search.lower
 * finds, worked out here with a regular expression over the same lines; the search ranks alike with it
 * and without it; a head that is not one of that search.lower, or a posting outside it, is refused.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { foldAscii, type SearchText, searchOccupations } from "../../src/core/search.js";
import { encodeWordIndex, openWordIndex, type WordSource, wordsHeadBytes } from "../../src/text/search-words.js";
import { indexRow } from "../helpers/index-row.js";
import { ROOT } from "../helpers/run.js";

/** search.tsv lines of a hand-written set: place, a or k, text; one line of another field, one malformed */
const TSV =
  [
    "0\ta\tLamplighter",
    "0\ta\tStreet Light Tender (SLT)",
    "0\tk\tRefill lanterns with lamp oil before dusk; light the lamps.",
    "1\ta\tHarbor Pilot",
    "1\tk\tGuide ships past the lanterns at the harbour mouth, lighting flares.",
    "1\tx\tA line of a field the search does not know: lantern",
    "no place\tlantern",
    "2\ta\tCoffee Shop Owner",
    "2\tk\tKeep the café's night lanterns lit for late guests; C++ and C# too.",
    "3\ta\tLantern Keeper Supervisor",
    "3\tk\tSchedule the night watch (12 lights).",
  ].join("\n") + "\n";

const lowerOf = (tsv: string) => Buffer.from(foldAscii(Buffer.from(tsv, "utf8")));

/** The index of `tsv`, opened over its bytes as the loader opens the file. */
function indexOf(tsv: string): { index: WordSource; lower: Buffer; file: Buffer } {
  const lower = lowerOf(tsv);
  const file = encodeWordIndex(lower)!;
  const headBytes = wordsHeadBytes(file)!;
  const index = openWordIndex(file.subarray(0, headBytes), lower.length, file.length, (first, count) =>
    file.subarray(headBytes + 8 * first, headBytes + 8 * (first + count)),
  )!;
  return { index: { ...index, lower: (spans) => spans.map(([a, b]) => lower.toString("latin1", a, b)) }, lower, file };
}

/**
 * What a scan finds: each line `<place>\t<a|k>\t<text>` where a word (a run of a-z, 0-9, + or #) starts
 * with `stem`, with its text's offsets, and whether such a word's rest is a form by `isForm`.
 */
function scanned(lower: Buffer, stem: string, isForm: (rest: string) => boolean) {
  const out: { from: number; end: number; n: number; field: number; form: boolean }[] = [];
  let start = 0;
  for (const line of lower.toString("latin1").split("\n").slice(0, -1)) {
    const head = /^(\d+)\t([ak])\t/.exec(line);
    if (head) {
      const rests = [...line.matchAll(/[a-z0-9+#]+/g)].map((m) => m[0]).filter((w) => w.startsWith(stem));
      if (rests.length > 0)
        out.push({
          from: start + head[0].length,
          end: start + line.length,
          n: Number(head[1]),
          field: head[2]!.charCodeAt(0),
          form: rests.some((w) => isForm(w.slice(stem.length))),
        });
    }
    start += line.length + 1;
  }
  return out;
}

const byFrom = <T extends { from: number }>(xs: T[]) => [...xs].sort((a, b) => a.from - b.from);

describe("the word index", () => {
  const { index, lower } = indexOf(TSV);
  const isForm = (rest: string) => rest === "" || rest === "s" || rest === "ing";

  it.each(["lantern", "light", "lamp", "l", "c++", "c#", "12", "0", "a", "k", "harbo", "zzz", "caf"])(
    "the lines of %j are those a scan finds",
    (stem) => {
      expect(byFrom(index.lines(stem, isForm))).toEqual(byFrom(scanned(lower, stem, isForm)));
    },
  );

  it("leaves out a line of another field and a line with no place", () => {
    const lines = index.lines("lantern", isForm);
    expect(lines.map((l) => l.n).sort()).toEqual([0, 1, 2, 3]);
    expect(lines).toHaveLength(4);
  });

  it("says which words are forms: light is, lighting is, lights is not by this isForm... nor lighter", () => {
    const forms = new Map(index.lines("light", (rest) => rest === "" || rest === "ing").map((l) => [l.n, l.form]));
    // 0: Lamplighter (no word starts light), Street Light Tender (light: a form); 1: lighting; 3: lights
    expect(Object.fromEntries(forms)).toEqual({ 0: true, 1: true, 3: false });
  });

  it("is written for the real shape of a data set's search.lower: the bundled fixture's", () => {
    const tsv = readFileSync(join(ROOT, "tests", "fixtures", "search-queries.yaml"), "utf8")
      .split("\n")
      .map((line, n) => `${n % 7}\t${n % 3 ? "a" : "k"}\t${line}`)
      .join("\n");
    const big = indexOf(`${tsv}\n`);
    for (const stem of ["nurs", "electric", "c", "rn", "1"])
      expect(byFrom(big.index.lines(stem, isForm))).toEqual(byFrom(scanned(big.lower, stem, isForm)));
  });
});

describe("a search with the index and without it", () => {
  const rows = [
    indexRow("91-0001.00", "Lantern Keepers"),
    indexRow("91-0002.00", "Harbour Pilots"),
    indexRow("91-0003.00", "Café Owners"),
    indexRow("91-0004.00", "Night Watch Supervisors"),
  ];
  const bytes = Buffer.from(TSV, "utf8");
  const lower = lowerOf(TSV);
  const source: SearchText = {
    parts: () => [{ offset: 0, bytes: lower }],
    text: (s, e) => bytes.subarray(s, e).toString("utf8"),
  };
  const { index } = indexOf(TSV);

  it.each(["lantern", "lanterns light", "night", "slt", "harbor pilot", "c++", "lamp oil", "keeper", "12", "nothing here", "lamplighter"])(
    "%j: the same hits, scores and what matched",
    (query) => {
      expect(searchOccupations(rows, source, query, index)).toEqual(searchOccupations(rows, source, query));
    },
  );

  it("a query of the index's words gives hits (the comparison above is not of two empty lists)", () => {
    expect(searchOccupations(rows, source, "lantern", index).length).toBeGreaterThan(2);
  });
});

describe("a damaged index", () => {
  const { file, lower } = indexOf(TSV);
  const headBytes = wordsHeadBytes(file)!;
  const open = (f: Buffer, lowerBytes = lower.length) =>
    openWordIndex(f.subarray(0, wordsHeadBytes(f) ?? 0), lowerBytes, f.length, (first, count) =>
      f.subarray(headBytes + 8 * first, headBytes + 8 * (first + count)),
    );

  it("is refused: another magic or format, another search.lower, another size", () => {
    const bad = Buffer.from(file);
    bad.writeUInt32LE(0, 0);
    expect(wordsHeadBytes(bad)).toBeNull();
    const format = Buffer.from(file);
    format.writeUInt32LE(99, 4);
    expect(wordsHeadBytes(format)).toBeNull();
    expect(open(file, lower.length + 1)).toBeNull();
    expect(open(Buffer.concat([file, Buffer.alloc(8)]))).toBeNull();
    expect(open(file)).not.toBeNull();
  });

  it("a posting outside search.lower, or words out of order, is an error, never a wrong line", () => {
    const posting = Buffer.from(file);
    for (let p = headBytes; p < posting.length; p += 8) posting.writeUInt32LE(0x7fffffff, p);
    expect(() => open(posting)!.lines("lantern", () => true)).toThrow(RangeError);
    // the end of the word a look-up reads first (the middle one) past the words' bytes
    const order = Buffer.from(file);
    order.writeUInt32LE(0xffffff, 4 * (8 + (file.readUInt32LE(12) >> 1)));
    expect(() => open(order)!.lines("a", () => true)).toThrow(RangeError);
  });

  it("is not written where a line's figures do not fit: the search then scans", () => {
    expect(encodeWordIndex(lowerOf(`70000\ta\tlantern\n`))).toBeNull();
    expect(encodeWordIndex(lowerOf(`0\tk\t${"x".repeat(70000)}\n`))).toBeNull();
  });
});
