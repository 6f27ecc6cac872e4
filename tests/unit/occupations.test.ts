/** Naming imported occupations, the catalog's choice between roles and occupations, and how show presents one. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import {
  OCCUPATION_SECTIONS,
  type OccupationView,
  occupationView,
  pickOccupation,
  resolveOccupationSections,
} from "../../src/core/occupation.js";
import { type BundledRole, Catalog } from "../../src/loader/catalog.js";
import { packIndex } from "../../src/loader/occupation-index.js";
import { ambiguousOccupation, byAlternateTitle, findOccupation, suggestOccupation } from "../../src/loader/occupation-lookup.js";
import { Dataset } from "../../src/loader/occupations.js";
import { formatWage, renderOccupation } from "../../src/render/occupation.js";
import { plainStyle } from "../../src/render/style.js";
import { DATASET_FORMAT, type IndexRow } from "../../src/schema/occupation.js";
import { indexRow } from "../helpers/index-row.js";
import { cloudShepherds, releases } from "../helpers/occupation.js";

const row = indexRow;

const ROWS = [
  row("91-1011.00", "Lantern Keepers"),
  row("91-1011.02", "Beacon Polishers"),
  row("91-2013.01", "Cloud Shepherds"),
  row("92-0001.01", "Tide Readers"),
  row("92-0001.02", "Tide Writers"),
];

describe("findOccupation", () => {
  it.each([
    ["lantern-keepers", "91-1011.00"],
    ["LANTERN-KEEPERS", "91-1011.00"],
    ["91-1011.02", "91-1011.02"],
    ["91-1011", "91-1011.00"],
    ["91-2013", "91-2013.01"],
    ["lantern keepers", "91-1011.00"],
    ["  Beacon-Polishers!", "91-1011.02"],
  ])("%j names %s", (query, code) => {
    const found = findOccupation(ROWS, query);
    expect(found && "row" in found ? found.row.code : found).toBe(code);
  });

  it("a SOC code with several occupations under it and no .00 is ambiguous", () => {
    expect(findOccupation(ROWS, "92-0001")).toEqual({ ambiguous: [ROWS[3], ROWS[4]] });
  });

  it.each([["91-1011.05"], ["91-9999"], ["lantern"], [""], ["..."], ["the of"]])("%j names none", (query) => {
    expect(findOccupation(ROWS, query)).toBeNull();
  });

  it("a title in its word forms: one, or each of several", () => {
    const found = (q: string) => findOccupation(ROWS, q);
    expect(found("lantern keeper")).toEqual({ row: ROWS[0] });
    expect(found("Keeping Lanterns")).toBeNull(); // the words in another order are not the title
    expect(found("beacon polishing")).toEqual({ row: ROWS[1] });
    const twins = [row("93-0001.00", "Bell Ringers"), row("93-0002.00", "Bell-Ringer")];
    expect(findOccupation(twins, "bell ringing")).toEqual({ ambiguous: twins });
  });

  describe("by an alternate title in its forms", () => {
    /** search.lower's lines in parts of `size` whole lines */
    const lines =
      (text: string, size = 1) =>
      () => {
        const all = text.split(/(?<=\n)/);
        const parts: { offset: number; bytes: Buffer }[] = [];
        for (let i = 0, offset = 0; i < all.length; i += size) {
          const part = Buffer.from(
            all
              .slice(i, i + size)
              .join("")
              .toLowerCase(),
            "latin1",
          );
          parts.push({ offset, bytes: part });
          offset += part.length;
        }
        return parts;
      };
    const tsv =
      "0\ta\tStreet Lamp Attendant (SLA)\n0\tk\tRing the bell\n1\ta\tBell Ringer\n3\ta\tBell Ringers\n3\tk\tsla\n9\ta\tSLA\nx\ta\tSLA\n";

    it.each([1, 2, 7])("a short title in brackets, or a whole title; several give each (parts of %i lines)", (size) => {
      expect(findOccupation(ROWS, "sla", lines(tsv, size))).toEqual({ row: ROWS[0] });
      expect(findOccupation(ROWS, "street lamp attendants", lines(tsv, size))).toEqual({ row: ROWS[0] });
      expect(findOccupation(ROWS, "bell ringer", lines(tsv, size))).toEqual({ ambiguous: [ROWS[1], ROWS[3]] });
      // a task, a word of a longer title, a place past the index or not a number: none
      expect(findOccupation(ROWS, "ring", lines(tsv, size))).toBeNull();
      expect(findOccupation(ROWS, "street", lines(tsv, size))).toBeNull();
      expect(byAlternateTitle(lines(tsv, size)(), "sla", ROWS.length)).toEqual([0]);
    });

    it("a title of the index is taken before alternate titles, which are not read", () => {
      const parts = () => {
        throw new Error("read");
      };
      expect(findOccupation(ROWS, "lantern keeper", parts)).toEqual({ row: ROWS[0] });
      expect(() => findOccupation(ROWS, "sla", parts)).toThrow("read");
    });
  });

  it("at most ten occupations are named in the error for a name several answer to", () => {
    const many = Array.from({ length: 12 }, (_, i) => row(`94-00${String(i + 10)}.00`, `Bell Ringers ${i}`));
    const err = ambiguousOccupation("bell ringer ", many);
    expect(err.message).toBe('"bell ringer " names 12 occupations');
    expect(err.hint).toMatch(
      /^Give one: 94-0010\.00 \(Bell Ringers 0\), .*, 94-0019\.00 \(Bell Ringers 9\), and 2 more: careers search bell ringer\.$/,
    );
    expect(err.hint).not.toContain("94-0020.00");
    expect(ambiguousOccupation("x", many.slice(0, 10)).hint).toMatch(/\(Bell Ringers 9\)\.$/);
  });

  it("suggests ids and titles", () => {
    // one edit from the title, two from the id
    expect(suggestOccupation(ROWS, "lantern keeper")).toBe('Did you mean "Lantern Keepers" or "lantern-keepers"?');
  });
});

describe("Catalog.find", () => {
  const role = (id: string, title: string): BundledRole => ({
    id,
    file: `data/roles/${id}.yaml`,
    role: { id, title, sources: [{ id: "g", title: "Guide" }] } as never,
  });
  /** a data set whose index.json holds `rows` (no other file behind it) */
  const dataset = (rows: IndexRow[]) => {
    const dir = mkdtempSync(join(tmpdir(), "careers-find-"));
    dirs.push(dir);
    writeFileSync(join(dir, "index.json"), JSON.stringify(packIndex({ format: DATASET_FORMAT, wagesPeriod: null, occupations: rows })));
    // one alternate title, of the first row: a name looked for by alternate titles reads search.lower
    for (const f of ["search.tsv", "search.lower"]) writeFileSync(join(dir, f), "0\ta\tlamp warden\n");
    return new Dataset(dir);
  };
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });
  const catalog = (rows: IndexRow[] | null) =>
    new Catalog({
      dataDirs: [],
      bundled: async () => [role("clerk", "Clerk"), role("manager", "Manager")],
      occupations: async () => (rows ? dataset(rows) : null),
    });

  it("a bundled role wins its own id; the occupation is still there by code", async () => {
    const rows = [row("93-0001.00", "Clerks", "clerk"), ...ROWS];
    expect(await catalog(rows).find("clerk")).toMatchObject({ kind: "role", id: "clerk" });
    expect(await catalog(rows).find("93-0001.00")).toMatchObject({ kind: "occupation", row: { id: "clerk" } });
  });

  it("an occupation when no role has the name; the data set is not read for a role", async () => {
    let read = 0;
    const c = new Catalog({
      dataDirs: [],
      bundled: async () => [role("clerk", "Clerk")],
      occupations: async () => (read++, dataset(ROWS)),
    });
    expect(await c.find("Clerk")).toMatchObject({ kind: "role" });
    expect(read).toBe(0);
    expect(await c.find("91-1011")).toMatchObject({ kind: "occupation", row: { code: "91-1011.00" } });
    expect(read).toBe(1);
  });

  it("unknown: a not-found error suggesting occupations; ambiguous: a usage error listing them", async () => {
    await expect(catalog(ROWS).find("beacon polishr")).rejects.toMatchObject({
      kind: "not-found",
      message: 'unknown role or occupation "beacon polishr"',
      hint: expect.stringContaining('"Beacon Polishers"'),
    });
    await expect(catalog(ROWS).find("92-0001")).rejects.toMatchObject({
      kind: "usage",
      hint: "Give one: 92-0001.01 (Tide Readers), 92-0001.02 (Tide Writers).",
    });
  });

  it("without a data set, the role errors are as before", async () => {
    await expect(catalog(null).find("clerck")).rejects.toMatchObject({ kind: "not-found", message: 'unknown role "clerck"' });
    await expect(catalog(null).find("91-1011.00")).rejects.toMatchObject({ kind: "usage" });
  });
});

const occupation = cloudShepherds;
const manifest = releases;
const reference = {
  scales: { IM: { name: "Importance", min: 1, max: 5 }, LV: { name: "Level", min: 0, max: 7 } },
  elements: { "2.A.1.b": { name: "Active Listening", description: "Paying attention." } },
};

describe("the occupation as show presents it", () => {
  let view: OccupationView;
  beforeEach(() => {
    view = occupationView(
      occupation,
      { ...row(occupation.code, occupation.title, occupation.id), median: occupation.wages!.annual.median, jobZone: 4, blsBasis: "broad" },
      manifest,
      reference,
    );
  });

  it("gives its reference and key figures as every command does, the BLS figures of a wider occupation marked", () => {
    // the fixture's wages are those of the broad BLS group 91-2010, as its index row says (blsBasis: broad)
    expect(view.figures).toMatchObject({
      id: occupation.id,
      code: "91-2013.00",
      title: "Cloud Shepherds",
      source: "onet",
      jobZone: { zone: 4, name: null, source: "O*NET", asOf: "April 2099" },
      growth: null,
    });
    expect(view.figures.median).toMatchObject({ currency: "USD", period: "year", source: "BLS OEWS", asOf: "May 2098", blsBasis: "broad" });
    expect(view.figures.employment).toMatchObject({
      count: occupation.wages!.employment,
      source: "BLS OEWS",
      asOf: occupation.wages!.period,
    });
  });

  it("adds descriptions, scales, the sources it draws on and their attribution once each", () => {
    expect(view.skills![0]!.description).toBe("Paying attention.");
    expect(view.skills![1]).not.toHaveProperty("description");
    expect(view.scales).toEqual({ importance: [1, 5], level: [0, 7] });
    expect(view.sources.map((s) => s.name)).toEqual(["O*NET Database", "BLS OEWS"]);
    expect(view.attribution).toEqual(["O*NET says", "BLS says"]);
  });

  it("--section keeps the chosen sections and what names the occupation", () => {
    expect(Object.keys(pickOccupation(view, resolveOccupationSections(["wages"])))).toEqual([
      "kind",
      "id",
      "code",
      "title",
      "source",
      "figures",
      "soc",
      "wages",
      "sources",
      "attribution",
    ]);
    expect(Object.keys(pickOccupation(view, resolveOccupationSections(["skills,tasks"])))).toContain("scales");
    expect(pickOccupation(view, [...OCCUPATION_SECTIONS])).toBe(view);
    expect(() => resolveOccupationSections(["wagez"])).toThrow(/unknown section "wagez" for an occupation/);
  });

  it("wages: figures, ≥ the top-code, n/a where BLS has no estimate", () => {
    expect(formatWage({ amount: 42830 })).toBe("42,830");
    expect(formatWage({ amount: 1234.5 }, true)).toBe("1,234.50");
    expect(formatWage({ amount: null, topCoded: true, atLeast: 312000 })).toBe("≥ 312,000");
    expect(formatWage({ amount: null, topCoded: true, atLeast: null })).toBe("top-coded");
    expect(formatWage({ amount: null, notAvailable: "*" })).toBe("n/a");
    expect(formatWage(null)).toBe("—");
  });

  it("renders every section it has, notes the broad BLS code, and names what is missing", () => {
    const text = renderOccupation(view, OCCUPATION_SECTIONS, plainStyle(100));
    expect(text.startsWith("Cloud Shepherds (91-2013.00)\n")).toBe(true);
    for (const h of [
      "Summary",
      "Tasks",
      "Skills",
      "Knowledge",
      "Education, experience and training",
      "Job zone",
      "Wages",
      "Related occupations",
      "Alternate titles",
      "Sources",
    ]) {
      expect(text).toContain(`\n${h}\n`);
    }
    expect(text).not.toContain("\nTechnology\n");
    expect(text).toMatch(/│ Annual │ 125,010 │ 183,460 │ ≥ 312,000 │ ≥ 312,000 │ ≥ 312,000 │ 229,320 │/);
    expect(text).toMatch(/│ Hourly │\s+60.10 │\s+88.20 │\s+n\/a │\s+n\/a │\s+n\/a │\s+110.25 │/);
    expect(text).toContain("Note: BLS publishes only the broad group 91-2010");
    expect(text).toMatch(/Active Listening\s+│\s+3.50 │\s+4.00 │ Answer a grower \(4\)/);
    expect(text).not.toMatch(/Speaking\s+│/);
    expect(text).toContain("1 more rated below 3 for importance");
    // education in the order of the levels, labels without their explanations
    expect(text).toMatch(/High school diploma\s+│ 60.0% │\n│ Bachelor's degree\s+│ 40.0% │/);
    expect(text).toContain("Not in the imported data: technology, interests, outlook.");
    expect(text).toContain("O*NET says\nBLS says");
  });
});

describe("index.json as stored", () => {
  it("rows as arrays, plain medians as numbers, education listed once; read back as it was", async () => {
    const { packIndex, unpackIndex } = await import("../../src/loader/occupation-index.js");
    const index = {
      format: 1,
      wagesPeriod: "May 2098",
      occupations: [
        {
          ...row("91-1011.00", "Lantern Keepers"),
          median: { amount: 41230 },
          jobZone: 2,
          growthPercent: 9.8,
          openings: 1900,
          education: "High school diploma or equivalent",
          at: [0, 120] as [number, number],
        },
        {
          ...row("91-2013.00", "Cloud Shepherds"),
          median: { amount: null, topCoded: true as const, atLeast: 312000 },
          blsBasis: "broad" as const,
          education: "High school diploma or equivalent",
          at: [121, 80] as [number, number],
        },
        { ...row("55-9999.00", "Moon Wardens"), at: [202, 50] as [number, number] },
      ],
    };
    const stored = packIndex(index);
    expect(stored.education).toEqual(["High school diploma or equivalent"]);
    expect(stored.rows[0]).toEqual(["lantern-keepers", "91-1011.00", "Lantern Keepers", 41230, 2, 9.8, 1900, 0, null, 0, 120, 0]);
    expect(stored.rows.map((r) => r[11])).toEqual([0, 1, 2]);
    expect(stored.rows[1]![3]).toEqual({ amount: null, topCoded: true, atLeast: 312000 });
    expect(unpackIndex(JSON.parse(JSON.stringify(stored)))).toEqual(index);
  });
});
