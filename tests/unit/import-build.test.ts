/**
 * Reading the hand-written O*NET release and BLS workbooks into a data set. Every expected figure is read
 * off the fixture rows (tests/fixtures/onet-mini, tests/helpers/import-fixtures.ts).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CareersError } from "../../src/errors.js";
import { parseWage, readOews, readProjections } from "../../src/import/bls.js";
import { type Built, buildDataset } from "../../src/import/build.js";
import { type Input, recognise } from "../../src/import/inputs.js";
import { COMBINED_CODES, joinCode } from "../../src/import/join.js";
import { assignIds, nearestAnchor, releaseVersion, slugify } from "../../src/import/onet.js";
import { activitiesOf } from "../../src/import/ratings.js";
import { openWorkbook } from "../../src/import/xlsx.js";
import { openZip } from "../../src/import/zip.js";
import { DATASET_FORMAT, type Occupation } from "../../src/schema/occupation.js";
import {
  ONET_MINI,
  oewsWorkbook,
  PROJECTION_ROWS,
  PROJECTIONS_HEADER,
  projectionsWorkbook,
  writeInputs,
} from "../helpers/import-fixtures.js";

let dir: string;
let built: Built;
const occ = (code: string): Occupation => built.occupations.find((o) => o.code === code)!;

beforeAll(async () => {
  dir = writeInputs().dir;
  built = await buildDataset(recognise([join(dir, "db_99_1_text.zip"), join(dir, "projections.xlsx"), join(dir, "oews.xlsx")]).inputs);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("recognising inputs by content", () => {
  it("tells the three kinds apart whatever their names", () => {
    const renamed = mkdtempSync(join(tmpdir(), "careers-renamed-"));
    writeFileSync(join(renamed, "a.bin"), projectionsWorkbook());
    writeFileSync(join(renamed, "b.bin"), oewsWorkbook());
    const { inputs } = recognise([join(renamed, "b.bin"), join(renamed, "a.bin"), ONET_MINI]);
    expect(inputs.map((i) => i.kind)).toEqual(["oews", "projections", "onet"]);
    rmSync(renamed, { recursive: true, force: true });
  });

  it("a folder of downloads: its releases are used, other files listed as not recognised", () => {
    writeFileSync(join(dir, "notes.txt"), "my notes");
    const { inputs, ignored } = recognise([dir]);
    expect(inputs.map((i) => i.kind).sort()).toEqual(["oews", "onet", "projections"]);
    expect(ignored).toEqual([join(dir, "notes.txt")]);
    rmSync(join(dir, "notes.txt"));
  });

  it("the same kind twice is a usage error", () => {
    const err = (() => {
      try {
        recognise([ONET_MINI, join(dir, "db_99_1_text.zip")]);
      } catch (e) {
        return e as CareersError;
      }
    })();
    expect(err?.kind).toBe("usage");
    expect(err?.message).toContain("are both the O*NET text release");
  });
});

describe("the O*NET release", () => {
  it("version and date from the Read Me, else the folder's name", () => {
    expect(built.manifest.sources[0]).toMatchObject({ id: "onet", version: "99.1", date: "April 2099" });
    expect(releaseVersion(null, "db_30_1_text")).toEqual({ version: "30.1", date: null });
    expect(releaseVersion(null, null)).toEqual({ version: "unknown", date: null });
  });

  it("ids from titles; codes and titles as given", () => {
    expect(built.occupations.map((o) => [o.code, o.id, o.soc])).toEqual([
      ["21-1011.00", "dream-counselors", "21-1011"],
      ["55-9999.00", "moon-wardens", "55-9999"],
      ["91-1011.00", "lantern-keepers", "91-1011"],
      ["91-1011.02", "beacon-polishers", "91-1011"],
      ["91-2013.00", "cloud-shepherds", "91-2013"],
    ]);
  });

  it("tasks: core first, then supplemental, then unrated, each in file order", () => {
    expect(occ("91-1011.00").tasks!.map((t) => [t.id, t.type])).toEqual([
      [9002, "Core"],
      [9003, "Core"],
      [9001, "Supplemental"],
      [9004, null],
    ]);
  });

  it("skills by importance, with level, the nearest level anchor, and O*NET's flags", () => {
    expect(occ("91-1011.00").skills).toEqual([
      {
        element: "2.A.2.d",
        name: "Monitoring",
        importance: 4.12,
        level: 5.12,
        suppressed: true,
        anchor: { value: 6, text: "Track every beacon of a busy harbour through a storm" },
      },
      {
        element: "2.A.1.b",
        name: "Active Listening",
        importance: 3.5,
        level: 4,
        anchor: { value: 4, text: "Answer a grower's questions about rain bookings" },
      },
      {
        element: "2.A.1.d",
        name: "Speaking",
        importance: 2.25,
        level: 1.12,
        levelNotRelevant: true,
        anchor: { value: 2, text: "Greet a neighbour on the route" },
      },
    ]);
    // 2.88 is nearer 2 than 4; 3.00 is as near 2 as 4: the lower anchor
    expect(occ("91-2013.00").skills![0]!.anchor!.value).toBe(2);
    expect(occ("21-1011.00").skills![0]!.anchor!.value).toBe(2);
    expect(occ("91-1011.02").skills).toEqual([]);
  });

  it("knowledge: an element without anchors has none", () => {
    expect(occ("91-1011.00").knowledge).toEqual([
      {
        element: "2.C.1.e",
        name: "Customer and Personal Service",
        importance: 3,
        level: 3.5,
        anchor: { value: 4, text: "Handle a complaint about a dark street" },
      },
      { element: "2.C.4.c", name: "Physics", importance: 1.5, level: 1 },
    ]);
  });

  it("technology grouped by kind, hot and in-demand marked", () => {
    expect(occ("91-1011.00").technology).toEqual([
      { category: "Route planning software", examples: [{ name: "LampLog Route Planner", hot: true }, { name: "Wickware" }] },
      { category: "Spreadsheet software", examples: [{ name: "GlowSheet", hot: true, inDemand: true }] },
    ]);
  });

  it("education, experience and training shares with their category names; zero shares left out", () => {
    expect(occ("91-1011.00").education).toEqual({
      required: [
        { category: 1, label: "Less than a high school diploma", percent: 10 },
        { category: 2, label: "High school diploma - or the equivalent", percent: 60.5 },
        { category: 4, label: "Some college courses", percent: 29.5 },
      ],
      experience: [
        { category: 1, label: "None", percent: 70 },
        { category: 3, label: "Over 1 month, up to and including 3 months", percent: 30 },
      ],
      training: [{ category: 2, label: "Up to and including 1 month", percent: 100 }],
    });
  });

  it("job zone with what it means; none where Job Zones has no row", () => {
    expect(occ("91-1011.00").jobZone).toEqual({
      zone: 2,
      name: "Job Zone Two: Some Preparation Needed",
      experience: "Some experience helps, such as a season on a market stall.",
      education: "Usually a high school diploma.",
      training: "A few months alongside an experienced worker.",
      examples: "Lantern keepers and ticket sellers.",
      svpRange: "(4.0 to < 6.0)",
    });
    expect(occ("55-9999.00").jobZone).toBeNull();
  });

  it("interests: RIASEC scores, highest first, and the high-points (0 is none)", () => {
    expect(occ("91-1011.00").interests).toEqual({
      scores: [
        { code: "C", name: "Conventional", score: 6.3 },
        { code: "R", name: "Realistic", score: 5.5 },
        { code: "S", name: "Social", score: 3.1 },
        { code: "E", name: "Enterprising", score: 2 },
        { code: "I", name: "Investigative", score: 1.2 },
        { code: "A", name: "Artistic", score: 1 },
      ],
      highPoints: "CR",
    });
  });

  it("related occupations in O*NET's order, alternate titles without repeats, a short title they do not hold of its own", () => {
    expect(occ("91-1011.00").related).toEqual([
      { code: "91-1011.02", id: "beacon-polishers", title: "Beacon Polishers", tier: "Primary-Short" },
      { code: "91-2013.00", id: "cloud-shepherds", title: "Cloud Shepherds", tier: "Primary-Short" },
    ]);
    // "Light Tender" and "SLA" are in their alternate titles; "Lightkeeper" is not
    expect(occ("91-1011.00").alternateTitles).toEqual([
      "Lamplighter",
      "Street Light Tender",
      "Street Lamp Attendant (SLA)",
      "Keeper of the Street Lights",
      "Lightkeeper",
    ]);
  });

  it("rows of occupations not in Occupation Data are skipped and counted, with where they are", () => {
    const skipped = built.manifest.sources[0]!.skipped;
    /** one row of a file of the zip skipped, at its line */
    const one = (name: string, reason: string, line: number) => {
      const file = `${join(dir, "db_99_1_text.zip")}: db_99_1_text/${name}`;
      return { file, reason, rows: 1, examples: [`${file}:${line}`] };
    };
    expect(skipped).toEqual([
      one("Task Statements.txt", "occupation not in Occupation Data", 9),
      one("Related Occupations.txt", "related occupation not in Occupation Data", 4),
      one("Tasks to DWAs.txt", "occupation not in Occupation Data", 8),
      one("Tasks to DWAs.txt", "work activity not in DWA Reference", 7),
    ]);
  });

  it("work activities: each occupation's DWAs by id, with the IWA each is under and the tasks linked to it", () => {
    const of = (code: string) => built.occupations.find((o) => o.code === code)!.activities;
    // Tasks to DWAs: Lantern Keepers' tasks 9001-9004 link four DWAs, 9003 two (one of them with 9002)
    expect(of("91-1011.00")).toEqual([
      { dwa: "4.A.1.a.1.I01.D01", iwa: "4.A.1.a.1.I01", tasks: 1 },
      { dwa: "4.A.3.a.3.I02.D01", iwa: "4.A.3.a.3.I02", tasks: 1 },
      { dwa: "4.A.3.a.3.I02.D02", iwa: "4.A.3.a.3.I02", tasks: 2 },
      { dwa: "4.A.4.a.1.I03.D01", iwa: "4.A.4.a.1.I03", tasks: 1 },
    ]);
    expect(of("91-1011.02")).toEqual([{ dwa: "4.A.3.a.3.I02.D01", iwa: "4.A.3.a.3.I02", tasks: 1 }]);
    // Cloud Shepherds' one link names a DWA the reference lacks: skipped above
    expect(of("91-2013.00")).toEqual([]);
    // activities.json: each DWA once, sorted; each row the pairs [DWA place, tasks]
    expect(activitiesOf(built.occupations)).toEqual({
      format: DATASET_FORMAT,
      dwas: ["4.A.1.a.1.I01.D01", "4.A.3.a.3.I02.D01", "4.A.3.a.3.I02.D02", "4.A.4.a.1.I03.D01"],
      iwas: ["4.A.1.a.1.I01", "4.A.3.a.3.I02", "4.A.4.a.1.I03"],
      iwa: [0, 1, 1, 2],
      rows: built.occupations.map((o) => ({ "91-1011.00": [0, 1, 1, 1, 2, 2, 3, 1], "91-1011.02": [1, 1] })[o.code] ?? []),
    });
  });

  it("without Tasks to DWAs or DWA Reference, no occupation has activities and both are named missing", async () => {
    for (const lacking of ["Tasks to DWAs.txt", "DWA Reference.txt"]) {
      const [onet] = recognise([ONET_MINI]).inputs as Extract<Input, { kind: "onet" }>[];
      const has = onet!.files.has;
      onet!.files.has = (name) => name !== lacking && has(name);
      const b = await buildDataset([onet!]);
      expect(b.occupations.every((o) => o.activities === undefined)).toBe(true);
      expect(activitiesOf(b.occupations)).toBeNull();
      expect(b.manifest.sources[0]!.missing).toEqual([{ file: lacking, unavailable: "the work activities of match --like" }]);
    }
  });

  it("reference: scales and the descriptions of the elements used", () => {
    expect(built.reference.scales.LV).toEqual({ name: "Level", min: 0, max: 7 });
    expect(Object.keys(built.reference.elements).sort()).toEqual(["2.A.1.b", "2.A.1.d", "2.A.2.d", "2.C.1.e", "2.C.4.c"]);
  });

  it("reference: the interests quiz's activities, each counted towards the types it illustrates", () => {
    // general ones towards their own type; Animal Service's towards the types Basic Interests to RIASEC
    // links it to (Social twice there: once), in RIASEC order; Bell Ringing links to no type: left out,
    // its activities numbered all the same, so that ids do not shift with the links
    expect(built.reference.activities).toEqual([
      { id: "1.B.1.a.1", element: "1.B.1.a", name: "Realistic", type: "general", text: "Trim a lamp wick.", riasec: ["R"] },
      { id: "1.B.1.d.1", element: "1.B.1.d", name: "Social", type: "general", text: "Guide a lost traveller home.", riasec: ["S"] },
      { id: "1.B.1.a.2", element: "1.B.1.a", name: "Realistic", type: "general", text: "Mend a street lamp.", riasec: ["R"] },
      { id: "1.B.3.h.1", element: "1.B.3.h", name: "Animal Service", type: "basic", text: "Groom a cart horse.", riasec: ["R", "S"] },
    ]);
  });

  it("without Basic Interests to RIASEC, the basic interests' activities are left out and it is named missing", async () => {
    const [onet] = recognise([ONET_MINI]).inputs as Extract<Input, { kind: "onet" }>[];
    const has = onet!.files.has;
    onet!.files.has = (name) => name !== "Basic Interests to RIASEC.txt" && has(name);
    const b = await buildDataset([onet!]);
    expect(b.reference.activities?.map((a) => a.id)).toEqual(["1.B.1.a.1", "1.B.1.d.1", "1.B.1.a.2"]);
    expect(b.manifest.unavailable[0]).toBe(
      "the basic interests' activities in the interests quiz: Basic Interests to RIASEC.txt is not in the O*NET release",
    );
  });

  it("without the activities there is no quiz: the reference has none, and the summary names the file", async () => {
    const [onet] = recognise([ONET_MINI]).inputs as Extract<Input, { kind: "onet" }>[];
    const has = onet!.files.has;
    onet!.files.has = (name) => name !== "Interests Illustrative Activities.txt" && has(name);
    const b = await buildDataset([onet!]);
    expect(b.reference.activities).toBeUndefined();
    expect(b.manifest.unavailable[0]).toBe(
      "the interests quiz (careers interests): Interests Illustrative Activities.txt is not in the O*NET release",
    );
  });

  it("a missing optional file: its section is null, and the manifest names it with what is unavailable", async () => {
    const [onet] = recognise([ONET_MINI]).inputs as Extract<Input, { kind: "onet" }>[];
    const has = onet!.files.has;
    onet!.files.has = (name) => name !== "Task Statements.txt" && name !== "Interests.txt" && has(name);
    const b = await buildDataset([onet!]);
    expect(b.occupations.every((o) => o.tasks === null && o.interests === null && o.wages === null && o.outlook === null)).toBe(true);
    expect(b.manifest.sources[0]!.missing).toEqual([
      { file: "Task Statements.txt", unavailable: "tasks (and searching them)" },
      { file: "Interests.txt", unavailable: "interests (RIASEC)" },
    ]);
    expect(b.manifest.unavailable).toEqual([
      "tasks (and searching them): Task Statements.txt is not in the O*NET release",
      "interests (RIASEC): Interests.txt is not in the O*NET release",
      "wages (percentiles, mean, hourly): no OEWS national workbook was given",
      "outlook (employment change, openings, entry education): no Employment Projections workbook was given",
    ]);
    expect(b.manifest.attribution).toHaveLength(1);
  });

  it("without the O*NET release there is nothing to name the occupations: a usage error", async () => {
    const inputs = recognise([join(dir, "projections.xlsx")]).inputs;
    await expect(buildDataset(inputs)).rejects.toMatchObject({
      kind: "usage",
      message: expect.stringContaining("the O*NET text release is needed"),
    });
  });
});

describe("ids", () => {
  it("slugs fit 64 characters, cut at a hyphen, and start with a letter", () => {
    expect(slugify("Customer Service Representatives")).toBe("customer-service-representatives");
    expect(slugify("Grinding, Lapping, Polishing, and Buffing Machine Tool Setters, Operators, and Tenders, Metal and Plastic")).toBe(
      "grinding-lapping-polishing-and-buffing-machine-tool-setters",
    );
    expect(slugify("911 Dispatchers")).toBe("occupation-911-dispatchers");
    expect(slugify("Café Owners")).toBe("cafe-owners");
  });

  it("two titles that give one id: the later code gets its digits", () => {
    const ids = assignIds([
      { code: "11-2222.01", title: "Lamp Makers" },
      { code: "11-2222.00", title: "Lamp-Makers" },
    ]);
    expect(ids.get("11-2222.00")).toBe("lamp-makers");
    expect(ids.get("11-2222.01")).toBe("lamp-makers-11222201");
  });

  it("anchors: none without a level or anchors", () => {
    expect(nearestAnchor(undefined, 3)).toBeUndefined();
    expect(nearestAnchor([{ value: 2, text: "a" }], null)).toBeUndefined();
  });
});

describe("BLS workbooks", () => {
  it("wage cells: figures, # top-coded (at least the ceiling), * and N/A not available: kept apart", () => {
    expect(parseWage("41230", 312000)).toEqual({ amount: 41230 });
    expect(parseWage("#", 312000)).toEqual({ amount: null, topCoded: true, atLeast: 312000 });
    expect(parseWage(">=$239,200", null)).toEqual({ amount: null, topCoded: true, atLeast: 239200 });
    expect(parseWage("*", 1)).toEqual({ amount: null, notAvailable: "*" });
    expect(parseWage("N/A", 1)).toEqual({ amount: null, notAvailable: "N/A" });
    expect(parseWage("—", 1)).toEqual({ amount: null, notAvailable: "—" });
    expect(parseWage("lots", 1)).toBeNull();
  });

  it("projections: employment in thousands made whole, the period from the headers, footnotes skipped", () => {
    const p = readProjections(openWorkbook(openZip(projectionsWorkbook(), "p.xlsx"))!);
    expect(p.version).toBe("2098–08");
    expect([p.baseYear, p.projectedYear]).toEqual([2098, 2108]);
    expect(p.read).toBe(4);
    expect(p.rows.get("21-1018")).toMatchObject({
      employmentBase: 591800,
      employmentProjected: 650100,
      change: 58300,
      openings: 44400,
      medianWage: { amount: null, notAvailable: "—" },
    });
    expect(p.skipped).toEqual([
      {
        reason: "notes and footnotes under the table, not occupations",
        rows: 3,
        examples: ["Table 1.2!A7", "Table 1.2!A8", "Table 1.2!A9"],
      },
    ]);
  });

  it("projections: a malformed code is an error at its cell", () => {
    const rows = [...PROJECTION_ROWS];
    rows[2] = ["    Cloud shepherds", "91-201", "Line item", 1, 1, 0, 0, 0, 0, 0, 0, 1, "x", "x", "x", "x"];
    const err = (() => {
      try {
        readProjections(openWorkbook(openZip(projectionsWorkbook(rows), "p.xlsx"))!);
      } catch (e) {
        return e as CareersError;
      }
    })();
    expect(err?.message).toContain('p.xlsx: sheet "Table 1.2" cell B5: "91-201" is not a SOC code');
    expect(err?.diagnostics[0]).toMatchObject({ file: "p.xlsx", line: 5, col: 2, path: "Table 1.2!B5" });
  });

  it("projections: a missing column names the column", () => {
    const header = PROJECTIONS_HEADER.map((h) => (h.startsWith("Occupational openings") ? "Something else" : h));
    expect(() => readProjections(openWorkbook(openZip(projectionsWorkbook(PROJECTION_ROWS, header), "p.xlsx"))!)).toThrow(
      /not laid out as the Employment Projections table 1.2: no column for openings/,
    );
  });

  it("projections: inline strings read as well as shared ones", () => {
    const p = readProjections(openWorkbook(openZip(projectionsWorkbook(PROJECTION_ROWS, PROJECTIONS_HEADER, { inline: true }), "p.xlsx"))!);
    expect(p.rows.get("91-1011")!.entryEducation).toBe("High school diploma or equivalent");
  });

  it("OEWS: period and top-code ceilings from the notes sheet; the detailed row of a code listed twice", () => {
    const o = readOews(openWorkbook(openZip(oewsWorkbook(), "o.xlsx"))!, "national_M2098_dl");
    expect(o.version).toBe("May 2098");
    expect(o.read).toBe(5);
    expect(o.rows.get("91-2010")).toMatchObject({
      group: "detailed",
      annual: { median: { amount: null, topCoded: true, atLeast: 312000 } },
      hourly: { median: { amount: null, topCoded: true, atLeast: 150 } },
    });
  });
});

describe("joining by code", () => {
  it("the same SOC code; a part of it; a combined code; the broad group; else nothing", () => {
    const rows = new Map([
      ["91-1011", { title: "A" }],
      ["91-2010", { title: "B" }],
      ["21-1018", { title: "C" }],
      ["21-1010", { title: "D" }],
    ]);
    expect(joinCode("91-1011.00", rows)!.ref).toEqual({ code: "91-1011", title: "A", basis: "detailed" });
    expect(joinCode("91-1011.02", rows)!.ref).toMatchObject({ code: "91-1011", basis: "part" });
    expect(joinCode("91-2013.00", rows)!.ref).toMatchObject({
      code: "91-2010",
      basis: "broad",
      note: "BLS publishes only the broad group 91-2010 B, which takes in this occupation and others",
    });
    // combined before broad: 21-1010 is there too, but 21-1018 is the code BLS publishes for 21-1011
    expect(joinCode("21-1011.00", rows)!.ref).toMatchObject({ code: "21-1018", basis: "combined" });
    expect(joinCode("55-9999.00", rows)).toBeNull();
    expect(Object.values(COMBINED_CODES).every((c) => /^\d{2}-\d{4}$/.test(c))).toBe(true);
  });

  it("wages and outlook on each occupation, each saying which BLS code they come from", () => {
    expect(occ("91-1011.00").wages).toEqual({
      bls: { code: "91-1011", title: "Lantern Keepers", basis: "detailed" },
      period: "May 2098",
      employment: 12340,
      annual: {
        mean: { amount: 42640 },
        pct10: { amount: 29330 },
        pct25: { amount: 33700 },
        median: { amount: 41230 },
        pct75: { amount: 48670 },
        pct90: { amount: 60110 },
      },
      hourly: {
        mean: { amount: 20.5 },
        pct10: { amount: 14.1 },
        pct25: { amount: 16.2 },
        median: { amount: 19.82 },
        pct75: { amount: 23.4 },
        pct90: { amount: 28.9 },
      },
    });
    expect(occ("91-1011.00").outlook).toEqual({
      bls: { code: "91-1011", title: "Lantern keepers", basis: "detailed" },
      period: "2098–08",
      baseYear: 2098,
      projectedYear: 2108,
      employmentBase: 12300,
      employmentProjected: 13500,
      change: 1200,
      changePercent: 9.8,
      openings: 1900,
      medianWage: { amount: 41230 },
      entryEducation: "High school diploma or equivalent",
      workExperience: "None",
      training: "Short-term on-the-job training",
    });
    expect(occ("91-1011.02").wages!.bls).toMatchObject({ code: "91-1011", basis: "part" });
    const cloud = occ("91-2013.00");
    expect(cloud.wages!.bls).toMatchObject({ code: "91-2010", basis: "broad" });
    expect(cloud.wages!.annual.median).toEqual({ amount: null, topCoded: true, atLeast: 312000 });
    expect(cloud.wages!.annual.pct25).toEqual({ amount: 183460 });
    expect(cloud.outlook!.medianWage).toEqual({ amount: null, topCoded: true, atLeast: 239200 });
    expect(cloud.outlook).toMatchObject({ employmentBase: 800, changePercent: -12.5, openings: 90 });
    const dream = occ("21-1011.00");
    expect(dream.wages).toMatchObject({ bls: { code: "21-1018", basis: "combined" }, annualOnly: true, employment: 560000 });
    expect(dream.wages!.hourly.median).toEqual({ amount: null, notAvailable: "*" });
    expect(dream.wages!.annual.pct10).toEqual({ amount: null, notAvailable: "N/A" });
    expect(occ("55-9999.00").wages).toBeNull();
    expect(occ("55-9999.00").outlook).toBeNull();
  });

  it("the manifest counts each way of joining", () => {
    const counts = { detailed: 1, part: 1, broad: 1, combined: 1, none: 1 };
    expect(built.manifest.join).toEqual({ wages: counts, outlook: counts });
  });

  it("the index: what lists and look-ups need", () => {
    expect(built.index.find((r) => r.id === "lantern-keepers")).toEqual({
      id: "lantern-keepers",
      code: "91-1011.00",
      title: "Lantern Keepers",
      median: { amount: 41230 },
      jobZone: 2,
      growthPercent: 9.8,
      openings: 1900,
      education: "High school diploma or equivalent",
    });
    expect(built.index.find((r) => r.id === "cloud-shepherds")).toMatchObject({
      median: { amount: null, topCoded: true, atLeast: 312000 },
      blsBasis: "broad",
    });
  });

  it("attribution: O*NET's with the release's version, then BLS's", () => {
    expect(built.manifest.attribution).toEqual([
      "careers includes information from the O*NET 99.1 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET is a trademark of USDOL/ETA. careers has modified some of this information; USDOL/ETA has not approved, endorsed, or tested these modifications.",
      "Source: U.S. Bureau of Labor Statistics",
    ]);
  });
});

describe("docs/import.md", () => {
  it("gives the attribution word for word, as show and --json do", async () => {
    const { readFileSync } = await import("node:fs");
    const { onetAttribution, BLS_ATTRIBUTION } = await import("../../src/schema/occupation.js");
    const doc = readFileSync(join(import.meta.dirname, "..", "..", "docs", "import.md"), "utf8");
    expect(doc).toContain(`${onetAttribution("29.3")}\n${BLS_ATTRIBUTION}\n`);
  });
});
