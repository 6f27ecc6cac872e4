/** A role's own figures beside those of the O*NET occupation it links to (core/official.ts), and their table. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { guideFigures, officialFigures } from "../../src/core/official.js";
import { packIndex } from "../../src/loader/occupation-index.js";
import { Dataset, installedSet, lineParts } from "../../src/loader/occupations.js";
import { renderOfficial } from "../../src/render/official.js";
import { plainStyle } from "../../src/render/style.js";
import { CURRENT, DATASET_FORMAT, type IndexRow, type Occupation } from "../../src/schema/occupation.js";
import { cloudShepherds, releases } from "../helpers/occupation.js";
import { loadShipped } from "../helpers/roles.js";

const clerk = loadShipped("clerk");
const manager = loadShipped("manager");

const manifest = releases;
const occupation: Occupation = { ...cloudShepherds, jobZone: { ...cloudShepherds.jobZone!, education: "A degree." } };

describe("the guide's figures", () => {
  it("clerk.yaml's key facts, each with its source in words", () => {
    const g = guideFigures(clerk);
    // clerk.yaml: medianSalary 38400 (U.S. national median, May 2023; source bls-may-2023)
    expect(g.median).toMatchObject({
      amount: 38400,
      basis: "key-facts",
      label: "U.S. national median, May 2023",
      source: "bls-may-2023",
      sourceTitle: "U.S. Bureau of Labor Statistics wage data, May 2023",
    });
    const guide = "How to Become a Customer Service Clerk: Career Path & Guide, Himalayas";
    expect(g.range).toEqual({
      low: 29000,
      high: 55000,
      currency: "USD",
      highOpenEnded: true,
      source: "clerk-guide",
      sourceTitle: guide,
      inferred: null,
    });
    expect(g.growth).toEqual({ percent: 4, label: "as fast as average", source: "clerk-guide", sourceTitle: guide, inferred: null });
    expect(g.annualOpenings).toMatchObject({ count: 348600, approximate: true });
    expect(g.typicalEducation?.text).toMatch(/^High school diploma or equivalent; /);
  });

  it("a level without key facts: its row of the salary table, the rest null", () => {
    // clerk.yaml's salary-by-level table: Customer Service Manager, median 72,000
    expect(guideFigures(manager)).toEqual({
      median: expect.objectContaining({ amount: 72000, basis: "level-table" }),
      range: null,
      growth: null,
      annualOpenings: null,
      typicalEducation: null,
    });
  });
});

describe("the official figures", () => {
  const f = officialFigures(clerk, occupation, manifest);

  it("wages as BLS gives them, markers kept, the BLS code and how it joins; no outlook, no projections source", () => {
    expect(f.onet).toEqual({ code: "91-2013.00", title: "Cloud Shepherds" });
    expect(f.wages).toEqual({
      bls: { code: "91-2010", title: "Cloud Shepherds and Rain Herders", basis: "broad", note: occupation.wages!.bls.note },
      period: "May 2098",
      employment: 780,
      annual: occupation.wages!.annual,
      hourlyMedian: { amount: null, notAvailable: "*" },
    });
    expect(f.outlook).toBeNull();
    expect(f.jobZone).toEqual({ zone: 4, name: "Job Zone Four: Considerable Preparation Needed" });
    expect(f.sources.map((s) => s.name)).toEqual(["O*NET Database", "BLS OEWS"]);
    expect(f.attribution).toEqual(["O*NET says", "BLS says"]);
  });

  it("an occupation without BLS figures: O*NET alone", () => {
    const bare = officialFigures(manager, { ...occupation, wages: null, jobZone: null }, manifest);
    expect(bare).toMatchObject({ wages: null, outlook: null, jobZone: null, attribution: ["O*NET says"] });
  });

  it("the table: the guide's column and the official one, top-coded and missing wages as such", () => {
    const text = renderOfficial(f, plainStyle(300));
    expect(text).toMatch(/│\s+│ The guide\s+│ Official \(BLS, O\*NET\)\s+│/);
    expect(text).toMatch(/Median pay\s+│ 38,400 USD a year\s+│ ≥ 312,000 USD a year\s+│/);
    expect(text).toMatch(/Hourly median\s+│ —\s+│ n\/a \(May 2098\)/);
    // no outlook: the guide's growth stands alone
    expect(text).toMatch(/Growth\s+│ \+4% \(as fast as average\)\s+│ —\s+│/);
    expect(text.replace(/\s+/g, " ")).toContain(
      `Wages: BLS 91-2010 Cloud Shepherds and Rain Herders (${occupation.wages!.bls.note}), OEWS May 2098, 780 employed.`,
    );
    expect(text).not.toContain("Outlook:");
    // a row neither has is left out
    const none = renderOfficial(officialFigures(manager, { ...occupation, wages: null, jobZone: null }, manifest), plainStyle(120));
    expect(none).not.toContain("Job zone");
    expect(none).not.toContain("Growth");
    expect(none).toContain("Median pay");
  });
});

/** An index row with every column filled: the median top-coded, as BLS gives one, the education a master's */
const filledRow = (code: string, title: string, at: [number, number]): IndexRow => ({
  id: title.toLowerCase().replace(/[^a-z0-9]+/g, "-"),
  code,
  title,
  median: { amount: null, topCoded: true, atLeast: 312000 },
  jobZone: 2,
  growthPercent: 1.5,
  openings: 300,
  education: "Master's degree",
  at,
});

/** Three rows of an index, the first two titled as given */
const threeRows = (first: string, second: string): IndexRow[] => [
  filledRow("91-1011.00", first, [0, 10]),
  filledRow("91-1011.02", second, [10, 20]),
  filledRow("91-2013.00", "Cloud Shepherds", [30, 40]),
];

describe("a role's occupation, by its code", () => {
  const rows = threeRows("Lantern Keepers", "Beacon [and Buoy] Polishers");
  const dir = mkdtempSync(join(tmpdir(), "careers-index-"));
  writeFileSync(join(dir, "index.json"), JSON.stringify(packIndex({ format: DATASET_FORMAT, wagesPeriod: "May 2098", occupations: rows })));
  // no alternate titles: a name not in the index is looked for in them
  for (const f of ["search.tsv", "search.lower"]) writeFileSync(join(dir, f), "");
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("reads the row off the index's text, as the whole index gives it", () => {
    const dataset = new Dataset(dir);
    expect(dataset.byCode("91-2013.00")).toEqual(rows[2]);
    expect(dataset.byCode("91-1011.00")).toEqual(rows[0]);
    expect(dataset.byCode("43-4051.00")).toBeNull();
    // a code only part of another's: no row
    expect(dataset.byCode("91-1011.0")).toBeNull();
  });

  it("a row with a bracket in its title: found all the same", () => {
    expect(new Dataset(dir).byCode("91-1011.02")).toEqual(rows[1]);
  });

  it("a look-up by id or code off the text finds what the whole index finds", () => {
    const names = rows.flatMap((r) => [r.id, r.id.toUpperCase(), ` ${r.code} `, r.code.slice(0, 7), r.title]);
    for (const name of [...names, "91-2013", "lantern-keeper", "91-1011.0", "beacon-[and-buoy]-polishers"]) {
      const quick = new Dataset(dir).find(name);
      const whole = new Dataset(dir);
      whole.index(); // parsed first: find then looks in the parsed rows only
      expect(quick, name).toEqual(whole.find(name));
    }
    expect(new Dataset(dir).find("91-1011")).toEqual({ row: rows[0] });
    rows.forEach((r, i) => {
      // a row by place, and a place by code, read off the text (a row ends with its place) as the whole index gives them
      expect(new Dataset(dir).row(i)).toEqual(r);
      expect(new Dataset(dir).placeOf(r.code)).toBe(i);
    });
    expect(new Dataset(dir).placeOf("43-4051.00")).toBe(-1);
    expect(new Dataset(dir).find("cloud-shepherds")).toEqual({ row: rows[2] });
  });
});

describe("a file of lines in parts (search.lower)", () => {
  const dir = mkdtempSync(join(tmpdir(), "careers-parts-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    [
      "lines of every length, one longer than the buffer, the last without its newline",
      "a\nbb\n\nccc dd\neeeeeeeeeeeeeeeeeeeeeeeeeeeeee\nf",
    ],
    ["every line ended", "one\ntwo\nthree\n"],
    ["empty", ""],
  ])("%s: whole lines, at their offsets, all of the file", (_, text) => {
    const file = join(dir, "lines");
    writeFileSync(file, text, "latin1");
    for (const size of [1, 2, 3, 5, 8, 64]) {
      // a part's bytes are read over by the next: each is read as it comes
      const parts: { offset: number; lower: string }[] = [];
      for (const p of lineParts(file, size)) parts.push({ offset: p.offset, lower: p.bytes.toString("latin1") });
      expect(parts.map((p) => p.lower).join(""), `size ${size}`).toBe(text);
      let offset = 0;
      for (const [k, p] of parts.entries()) {
        expect(p.offset).toBe(offset);
        if (k < parts.length - 1 || text.endsWith("\n")) expect(p.lower.endsWith("\n")).toBe(true);
        offset += p.lower.length;
      }
    }
  });
});

describe("index.json read in part, and damaged", () => {
  const rows = threeRows("Codes [1,2,3,4,5,6,7,8,9,10,11,1] Keepers", "Beacon Polishers");
  const work = mkdtempSync(join(tmpdir(), "careers-index-damaged-"));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const text = JSON.stringify(packIndex({ format: DATASET_FORMAT, wagesPeriod: null, occupations: rows }));
  /** a data set folder whose index.json is `index` */
  const withIndex = (name: string, index: string | null): string => {
    const dir = join(work, name);
    mkdirSync(dir);
    if (index !== null) writeFileSync(join(dir, "index.json"), index);
    return dir;
  };

  it("a title that reads like a row does not pass for one", () => {
    const dir = withIndex("title", text);
    expect(new Dataset(dir).row(1)).toEqual(rows[1]);
    expect(new Dataset(dir).row(0)).toEqual(rows[0]);
  });

  it("a row found in the bytes is read though the rest of the index is damaged; the whole index says it is", () => {
    // the last row broken, the end as a whole index ends: only a row read alone can be found
    const dir = withIndex("tail", text.replace('"Cloud Shepherds"', '"Cloud Shep'));
    const d = new Dataset(dir);
    expect(d.find("beacon-polishers")).toEqual({ row: rows[1] });
    expect(d.find("91-1011.02")).toEqual({ row: rows[1] });
    expect(d.byCode("91-1011.02")).toEqual(rows[1]);
    expect(d.row(1)).toEqual(rows[1]);
    expect(d.placeOf("91-1011.02")).toBe(1);
    // a code whose bytes are nowhere in it: in no row, said without parsing the rest
    expect(d.byCode("43-4051.00")).toBeNull();
    expect(d.placeOf("43-4051.00")).toBe(-1);
    expect(d.find("43-4051.00")).toBeNull();
    expect(() => d.index()).toThrow(`the occupations data set is damaged (${join(dir, "index.json")}: not JSON)`);
  });

  it("an index cut short: a code not found in it is looked for in the whole index, which says it is damaged", () => {
    const dir = withIndex("cut", text.slice(0, text.indexOf("Beacon")));
    expect(() => new Dataset(dir).byCode("43-4051.00")).toThrow(`(${join(dir, "index.json")}: not JSON)`);
  });

  it("no index.json: missing, by any look-up", () => {
    const dir = withIndex("none", null);
    const missing = `the occupations data set is damaged (${join(dir, "index.json")}: missing)`;
    expect(() => new Dataset(dir).index()).toThrow(missing);
    expect(() => new Dataset(dir).find("Cloud Shepherds")).toThrow(missing);
    expect(() => new Dataset(dir).byCode("91-2013.00")).toThrow(missing);
  });
});

describe("the data set's other files, damaged", () => {
  const work = mkdtempSync(join(tmpdir(), "careers-set-damaged-"));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("search.tsv missing or cut short: the file is named, no NUL bytes are shown", () => {
    const dir = join(work, "search");
    mkdirSync(dir);
    writeFileSync(join(dir, "search.lower"), "0\ta\tlamplighter\n");
    const text = () => new Dataset(dir).searchText().text(4, 15);
    expect(text).toThrow(`(${join(dir, "search.tsv")}: missing)`);
    writeFileSync(join(dir, "search.tsv"), "0\ta\tLamp");
    expect(text).toThrow(`(${join(dir, "search.tsv")}: shorter than search.lower)`);
    writeFileSync(join(dir, "search.tsv"), "0\ta\tLamplighter\n");
    expect(text()).toBe("Lamplighter");
  });

  it("a folder where search.lower should be: an error naming it", () => {
    const dir = join(work, "lower-folder");
    mkdirSync(join(dir, "search.lower"), { recursive: true });
    expect(() => [...new Dataset(dir).searchText().parts()]).toThrow(`(${join(dir, "search.lower")}: EISDIR`);
  });

  it("a data set written by another version of careers: import it again", () => {
    const root = join(work, "old");
    mkdirSync(root);
    writeFileSync(join(root, CURRENT), JSON.stringify({ format: DATASET_FORMAT - 1, set: "set-old" }));
    expect(() => installedSet(root)).toThrow(`format ${DATASET_FORMAT - 1}); import it again (careers import <files>)`);
  });
});
