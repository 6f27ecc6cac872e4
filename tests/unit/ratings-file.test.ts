/**
 * ratings.json and ratings.bin (src/loader/ratings-file.ts): what is written reads back the same, whole or
 * a few occupations at a time, and a file that is not as its head says is refused, not misread.
 */
import { appendFileSync, cpSync, mkdtempSync, rmSync, truncateSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lattice } from "../../src/core/lattice.js";
import { needsAt } from "../../src/core/scale.js";
import { Dataset, openDataset } from "../../src/loader/occupations.js";
import { decodeRatings, decodeSome, decodeTable, encodeRatings, isRatingsHead } from "../../src/loader/ratings-file.js";
import { DATASET_FORMAT, type StoredRatings } from "../../src/schema/occupation.js";
import { SCALE_OCCUPATIONS, scaleHome, TEST_SCALE_MODEL } from "../helpers/scale-fixture.js";

/** Ratings of `n` occupations on `e` elements: any figure or none, interests or none, related by place. */
const ratingsArb = fc.record({ n: fc.integer({ min: 1, max: 6 }), e: fc.integer({ min: 0, max: 5 }) }).chain(({ n, e }) => {
  const figure = fc.option(fc.double({ noNaN: true }), { nil: null });
  const row = fc.array(figure, { minLength: e, maxLength: e });
  return fc.record({
    format: fc.constant(DATASET_FORMAT),
    elements: fc.uniqueArray(fc.string(), { minLength: e, maxLength: e }),
    importance: fc.array(row, { minLength: n, maxLength: n }),
    level: fc.array(row, { minLength: n, maxLength: n }),
    interests: fc.array(fc.option(fc.array(fc.double({ noNaN: true }), { minLength: 6, maxLength: 6 }), { nil: null }), {
      minLength: n,
      maxLength: n,
    }),
    related: fc.array(
      fc.array(fc.tuple(fc.nat({ max: n - 1 }), fc.option(fc.constantFrom("Primary-Short", "Supplemental", ""), { nil: null }))),
      {
        minLength: n,
        maxLength: n,
      },
    ),
  });
});

const encoded = (r: StoredRatings) => {
  const { head, bin } = encodeRatings(r);
  // as the reader gets it: the head through JSON
  return { head: JSON.parse(JSON.stringify(head)), bin };
};
/** `bin` copied to a buffer that starts `shift` bytes into its memory */
const shifted = (bin: Buffer, shift: number): Buffer => {
  const copy = Buffer.from(new ArrayBuffer(bin.length + shift), shift, bin.length);
  bin.copy(copy);
  return copy;
};
const reader = (bin: Buffer) => (offset: number, length: number) => bin.subarray(offset, offset + length);

describe("ratings.json and ratings.bin", () => {
  it("read back whole: every figure exactly, none where there was none", () => {
    fc.assert(
      fc.property(ratingsArb, (r) => {
        const { head, bin } = encoded(r);
        expect(isRatingsHead(head)).toBe(true);
        expect(decodeRatings(head, bin)).toEqual(r);
        // the table: each record's importance, level and interests at its place, NaN where there is none
        const e = r.elements.length;
        for (const b of [bin, shifted(bin, 4)]) {
          const table = decodeTable(head, b.length, reader(b))!;
          expect([table.elements, table.occupations, table.record]).toEqual([r.elements, r.importance.length, 2 * e + 6]);
          expect(table.figures).toHaveLength(r.importance.length * (2 * e + 6));
          const none = (v: number | null | undefined) => v ?? Number.NaN;
          r.importance.forEach((_, i) => {
            const record = [
              ...r.importance[i]!.map(none),
              ...r.level[i]!.map(none),
              ...Array.from({ length: 6 }, (_, k) => none(r.interests[i]?.[k])),
            ];
            expect([...table.figures.subarray(i * table.record, (i + 1) * table.record)]).toEqual(record);
          });
        }
        // bytes that do not start on a float64's boundary (a view of them cannot be made): the same
        for (const shift of [1, 3, 4]) expect(decodeRatings(head, shifted(bin, shift))).toEqual(r);
      }),
    );
  });

  it("read a few at a time: the rows asked for and those related to each of relatedOf, as whole, and no others", () => {
    fc.assert(
      fc.property(
        ratingsArb.chain((r) => fc.tuple(fc.constant(r), fc.subarray([...r.importance.keys()]), fc.subarray([...r.importance.keys()]))),
        ([r, places, relatedOf]) => {
          const { head, bin } = encoded(r);
          const some = decodeSome(head, bin.length, reader(bin), places, relatedOf)!;
          const wanted = new Set([...places, ...relatedOf, ...relatedOf.flatMap((i) => r.related[i]!.map(([p]) => p))]);
          r.importance.forEach((_, i) => {
            const row = (x: StoredRatings) => [x.importance[i], x.level[i], x.interests[i]];
            expect(row(some)).toEqual(wanted.has(i) ? row(r) : [undefined, undefined, undefined]);
            expect(some.related[i]).toEqual(relatedOf.includes(i) ? r.related[i] : undefined);
          });
          for (const rows of [some.importance, some.level, some.interests, some.related]) expect(rows).toHaveLength(r.related.length);
        },
      ),
    );
  });

  it("refuses a file shorter or longer than its head says, a place or tier out of range, a head of another format", () => {
    const r: StoredRatings = {
      format: DATASET_FORMAT,
      elements: ["2.A.1.a"],
      importance: [[3], [null]],
      level: [[4.5], [0]],
      interests: [null, [1, 2, 3, 4, 5, 6]],
      related: [[[1, "Primary-Short"]], []],
    };
    const { head, bin } = encoded(r);
    expect(decodeRatings(head, bin)).toEqual(r);
    expect(decodeRatings(head, bin.subarray(0, bin.length - 1))).toBeNull();
    expect(decodeTable(head, bin.length - 1, reader(bin))).toBeNull();
    expect(decodeTable(head, bin.length + 8, reader(bin))).toBeNull();
    // the first records alone; no more than the head has
    const first = decodeTable(head, bin.length, reader(bin), 1)!;
    expect([first.occupations, [...first.figures]]).toEqual([1, [3, 4.5, ...Array(6).fill(Number.NaN)]]);
    expect(decodeTable(head, bin.length, reader(bin), 3)).toBeNull();
    expect(decodeRatings(head, Buffer.concat([bin, Buffer.alloc(8)]))).toBeNull();
    expect(decodeSome(head, bin.length, reader(bin), [1])!.level).toEqual([undefined, [0]]);
    expect(decodeSome(head, bin.length + 8, reader(bin), [0])).toBeNull();
    expect(decodeSome(head, bin.length, reader(bin), [2])).toBeNull();
    const at = bin.length - 8; // the one related occupation: place, then tier
    const badPlace = Buffer.from(bin);
    badPlace.writeUInt32LE(2, at);
    expect(decodeRatings(head, badPlace)).toBeNull();
    expect(decodeSome(head, bin.length, reader(badPlace), [], [0])).toBeNull();
    const badTier = Buffer.from(bin);
    badTier.writeUInt32LE(2, at + 4);
    expect(decodeRatings(head, badTier)).toBeNull();
    expect(isRatingsHead({ ...head, format: DATASET_FORMAT - 1 })).toBe(false);
    expect(isRatingsHead({ ...head, elements: [1] })).toBe(false);
    expect(isRatingsHead({ ...head, tiers: [1] })).toBe(false);
    expect(isRatingsHead({ ...head, occupations: -1 })).toBe(false);
    expect(isRatingsHead({ ...head, occupations: 1.5 })).toBe(false);
    expect(isRatingsHead({ ...head, occupations: 0 })).toBe(true);
    expect(isRatingsHead(null)).toBe(false);
    // places that are no occupation's
    for (const bad of [-1, 0.5, Number.NaN]) {
      expect(decodeSome(head, bin.length, reader(bin), [bad])).toBeNull();
      expect(decodeSome(head, bin.length, reader(bin), [], [bad])).toBeNull();
    }
    // an occupation's related occupations ending before they start, or past the last
    const starts = 8 * (2 * 1 + 6) * 2; // two records of one element
    const backwards = Buffer.from(bin);
    // the first occupation's related occupations from entry 1 to entry 0
    backwards.writeUInt32LE(1, starts);
    backwards.writeUInt32LE(0, starts + 4);
    expect(decodeSome(head, bin.length, reader(backwards), [], [0])).toBeNull();
    expect(decodeRatings(head, backwards)).toBeNull();
    const past = Buffer.from(bin);
    // the first occupation's from entry 0 to entry 2, of 1 in all
    past.writeUInt32LE(2, starts + 4);
    expect(decodeSome(head, bin.length, reader(past), [], [0])).toBeNull();
    expect(decodeRatings(head, past)).toBeNull();
  });
});

describe("a data set's ratings", () => {
  let home: { home: string; cleanup: () => void };
  let dataset: Dataset;
  const work = mkdtempSync(join(tmpdir(), "careers-ratings-"));
  beforeAll(async () => {
    home = await scaleHome();
    dataset = openDataset(join(home.home, "occupations"))!;
  });
  afterAll(() => {
    home.cleanup();
    rmSync(work, { recursive: true, force: true });
  });

  it("an occupation and those related to it, read at their offsets, as the whole file gives them", () => {
    const whole = dataset.ratings();
    for (let i = 0; i < SCALE_OCCUPATIONS.length; i++) {
      const some = new Dataset(dataset.dir).ratingsFor([], [i]);
      for (const p of [i, ...whole.related[i]!.map(([q]) => q)]) {
        expect([some.importance[p], some.level[p], some.interests[p]]).toEqual([whole.importance[p], whole.level[p], whole.interests[p]]);
      }
      expect(some.related[i]).toEqual(whole.related[i]);
    }
  });

  it("a lattice and an occupation's needs from the records read at their offsets are those from the whole file", () => {
    const reference = dataset.reference();
    const row = (i: number) => dataset.row(i);
    for (let i = 0; i < SCALE_OCCUPATIONS.length; i++) {
      const some = new Dataset(dataset.dir);
      expect(lattice({ ratings: some.ratingsFor([], [i]), reference, row }, i, TEST_SCALE_MODEL)).toEqual(
        lattice({ ratings: dataset.ratings(), reference, row }, i, TEST_SCALE_MODEL),
      );
      expect(needsAt(some.ratingsFor([i]), i, reference)).toEqual(needsAt(dataset.ratings(), i, reference));
    }
  });

  it.each([
    ["cut short", (bin: string) => truncateSync(bin, 100), "not the ratings of this data set"],
    ["grown", (bin: string) => appendFileSync(bin, "x"), "not the ratings of this data set"],
    ["missing", (bin: string) => rmSync(bin), "missing"],
  ])("ratings.bin %s: the data set is damaged, said so with the file", (name, harm, why) => {
    const copy = join(work, name);
    cpSync(dataset.dir, copy, { recursive: true });
    const bin = join(copy, "ratings.bin");
    harm(bin);
    const message = `the occupations data set is damaged (${bin}: ${why})`;
    expect(() => new Dataset(copy).ratings()).toThrow(message);
    expect(() => new Dataset(copy).figures()).toThrow(message);
    expect(() => new Dataset(copy).ratingsFor([0], [0])).toThrow(message);
  });
});
