/** Commands over imported occupations (the invented releases of tests/helpers/import-fixtures.ts). */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importedHome } from "../helpers/import-fixtures.js";
import { loadShipped } from "../helpers/roles.js";
import { run, runJson } from "../helpers/run.js";

let home: string;
let cleanup: () => void;
const env = () => ({ CAREERS_HOME: home });

beforeAll(async () => {
  ({ home, cleanup } = await importedHome());
});
afterAll(() => cleanup());

const ATTRIBUTION =
  "includes information from the O*NET 99.1 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET is a trademark of USDOL/ETA. careers has modified some of this information; USDOL/ETA has not approved, endorsed, or tested these modifications.";

describe("careers show <occupation>", () => {
  it("--json: every section, the sources with version and date, the attribution", async () => {
    const { data, result } = await runJson(["show", "lantern-keepers", "--json"], { env: env() });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe("");
    expect(Object.keys(data)).toEqual([
      "kind",
      "id",
      "code",
      "title",
      "source",
      "figures",
      "soc",
      "description",
      "tasks",
      "skills",
      "knowledge",
      "technology",
      "education",
      "jobZone",
      "interests",
      "wages",
      "outlook",
      "related",
      "alternateTitles",
      "scales",
      "sources",
      "attribution",
    ]);
    expect(data).toMatchObject({ kind: "occupation", id: "lantern-keepers", code: "91-1011.00", title: "Lantern Keepers" });
    // Skills.txt: Active Listening IM 3.50, LV 4.00; its level-4 anchor; Content Model Reference's description
    expect(data.skills[1]).toEqual({
      element: "2.A.1.b",
      name: "Active Listening",
      importance: 3.5,
      level: 4,
      anchor: { value: 4, text: "Answer a grower's questions about rain bookings" },
      description: "Paying close attention to what people say, and asking about what is unclear.",
    });
    expect(data.wages.annual.median).toEqual({ amount: 41230 });
    expect(data.outlook).toMatchObject({ changePercent: 9.8, openings: 1900 });
    expect(data.sources).toEqual([
      { name: "O*NET Database", version: "99.1", date: "April 2099" },
      { name: "BLS Employment Projections", version: "2098–08", date: null },
      { name: "BLS Occupational Employment and Wage Statistics (OEWS), national", version: "May 2098", date: "May 2098" },
    ]);
    expect(data.attribution).toEqual([`careers ${ATTRIBUTION}`, "Source: U.S. Bureau of Labor Statistics"]);
  });

  it.each([["91-1011.00"], ["91-1011"], ["Lantern Keepers"], ["LANTERN-KEEPERS"]])("finds it by %j", async (name) => {
    expect((await runJson(["show", name, "--json"], { env: env() })).data.id).toBe("lantern-keepers");
  });

  it("the tables: every section, the figures as BLS gives them, the attribution", async () => {
    const r = await run(["show", "cloud-shepherds"], { env: { ...env(), COLUMNS: "120" } });
    expect(r.status).toBe(0);
    for (const h of ["Summary", "Tasks", "Skills", "Technology", "Job zone", "Wages", "Outlook", "Alternate titles", "Sources"])
      expect(r.stdout).toContain(`\n${h}\n`);
    // OEWS: 91-2010 (broad) A_MEDIAN "#", the ceiling of the notes sheet ($312,000); projections: ">=$239,200"
    expect(r.stdout).toMatch(/│ Annual │ 125,010 │ 183,460 │ ≥ 312,000 │ ≥ 312,000 │ ≥ 312,000 │ 229,320 │/);
    expect(r.stdout).toMatch(/Median wage 2098\s+│ ≥ 239,200 USD/);
    expect(r.stdout.replace(/\s+/g, " ")).toContain(
      "Note: BLS publishes only the broad group 91-2010 Cloud Shepherds and Rain Herders, which takes in this occupation and others.",
    );
    expect(r.stdout.replace(/\s+/g, " ")).toContain(ATTRIBUTION);
  });

  it("--section for an occupation: its own section names", async () => {
    const { data } = await runJson(["show", "dream-counselors", "--json", "--section", "wages"], { env: env() });
    expect(Object.keys(data)).toEqual(["kind", "id", "code", "title", "source", "figures", "soc", "wages", "sources", "attribution"]);
    expect(data.wages.hourly.median).toEqual({ amount: null, notAvailable: "*" });
    const bad = await run(["show", "dream-counselors", "--section", "pros"], { env: env() });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('"pros" is a section of a guide role, not of an occupation');
  });

  it("csv: one row per value", async () => {
    const r = await run(["show", "moon-wardens", "--format", "csv"], { env: env() });
    expect(r.status).toBe(0);
    expect(r.stdout.split("\r\n")[0]).toBe("section,key,value");
    expect(r.stdout).toContain("title,,Moon Wardens");
  });

  it("bundled roles stay as they are with occupations installed", async () => {
    const { data } = await runJson(["show", "clerk", "--json"], { env: env() });
    expect(data).toEqual(loadShipped("clerk"));
  });

  it("an unknown name: exit 2, suggestions among the occupations too", async () => {
    const r = await run(["show", "lantern keepr"], { env: env() });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain('careers: unknown role or occupation "lantern keepr"');
    expect(r.stderr).toContain('Did you mean "Lantern Keepers"');
  });

  it.each([
    ["lantern keeper", "lantern-keepers"], // the title in its forms
    ["sla", "lantern-keepers"], // "Street Lamp Attendant (SLA)"
    ["lightkeeper", "lantern-keepers"], // a short title the alternate titles do not hold
    ["rain herders", "cloud-shepherds"],
  ])("show, compare and path name %j by forms and alternate titles", async (name, id) => {
    expect((await runJson(["show", name, "--json"], { env: env() })).data.id).toBe(id);
    const compared = await runJson(["compare", name, "moon-wardens", "--json"], { env: env() });
    expect(compared.result.status, compared.result.stderr).toBe(0);
    expect(JSON.stringify(compared.data)).toContain(`"${id}"`);
    const path = await run(["path", name, "--json"], { env: env() });
    expect(path.status, path.stderr).toBe(0);
  });
});

describe("careers list with occupations", () => {
  const occupations = (data: { results: { source: string; id: string }[] }) =>
    data.results.filter((r) => r.source === "onet").map((r) => r.id);

  it("--json lists the roles, then every occupation with its code, zone and openings", async () => {
    const { data, result } = await runJson(["list", "--json"], { env: env() });
    expect(result.status).toBe(0);
    expect(data.results.slice(0, 7).every((r: { source: string }) => r.source === "bundled")).toBe(true);
    // in the order of their codes
    expect(occupations(data)).toEqual(["dream-counselors", "moon-wardens", "lantern-keepers", "beacon-polishers", "cloud-shepherds"]);
    // Table 1.2 of the fixtures: 91-2010, openings 0.09 thousand, -12.5% over 2098–08; OEWS "#" at the ceiling;
    // all of them the broad group's, marked
    const projections = { period: "2098–08", source: "BLS Employment Projections", asOf: "2098", blsBasis: "broad" };
    expect(data.results.find((r: { id: string }) => r.id === "cloud-shepherds")).toEqual({
      id: "cloud-shepherds",
      code: "91-2013.00",
      title: "Cloud Shepherds",
      source: "onet",
      aliases: [],
      median: { amount: 312000, currency: "USD", period: "year", atLeast: true, source: "BLS OEWS", asOf: "May 2098", blsBasis: "broad" },
      growth: { percent: -12.5, ...projections },
      openings: { perYear: 90, ...projections },
      jobZone: { zone: 4, name: null, source: "O*NET", asOf: expect.any(String) },
      education: { typical: "Bachelor's degree", source: "BLS Employment Projections", asOf: "2098" },
      ladder: null,
      ladderStep: null,
    });
    expect(data.shown).toEqual({ rows: 12, of: 12 });
  });

  it("the table: codes for occupations, a zone column, every row when there are few", async () => {
    const r = await run(["list"], { env: { ...env(), COLUMNS: "120" } });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/│ 91-2013\.00 +│ Cloud Shepherds +│ +≥ 312,000 USD‡ │ +-12\.5%‡ │ Bachelor's degree +│ +4 │/);
    expect(r.stdout).toContain("7 roles and 5 occupations.");
  });

  it("--zone, --education, --min-median", async () => {
    expect(occupations((await runJson(["list", "--json", "--zone", "2"], { env: env() })).data)).toEqual(["lantern-keepers"]);
    expect(occupations((await runJson(["list", "--json", "--zone", "4,5"], { env: env() })).data)).toEqual([
      "dream-counselors",
      "cloud-shepherds",
    ]);
    expect(occupations((await runJson(["list", "--json", "--education", "master"], { env: env() })).data)).toEqual(["dream-counselors"]);
    // OEWS medians: dream 57,800, lantern and beacon 41,230 (91-1011), cloud at least 312,000; moon none
    expect(occupations((await runJson(["list", "--json", "--min-median", "41230"], { env: env() })).data)).toEqual([
      "dream-counselors",
      "lantern-keepers",
      "beacon-polishers",
      "cloud-shepherds",
    ]);
    expect(occupations((await runJson(["list", "--json", "--min-median", "57.801k"], { env: env() })).data)).toEqual(["cloud-shepherds"]);
  });

  it("--sort median, growth, openings: highest first, none last, ties by title", async () => {
    const sorted = async (key: string) => occupations((await runJson(["list", "--json", "--sort", key], { env: env() })).data);
    expect(await sorted("median")).toEqual(["cloud-shepherds", "dream-counselors", "beacon-polishers", "lantern-keepers", "moon-wardens"]);
    // projections: dream 9.9 (21-1018), lantern and beacon 9.8 (91-1011), cloud -12.5 (91-2010)
    expect(await sorted("growth")).toEqual(["dream-counselors", "beacon-polishers", "lantern-keepers", "cloud-shepherds", "moon-wardens"]);
    expect(await sorted("openings")).toEqual([
      "dream-counselors",
      "beacon-polishers",
      "lantern-keepers",
      "cloud-shepherds",
      "moon-wardens",
    ]);
    expect(await sorted("title")).toEqual(["beacon-polishers", "cloud-shepherds", "dream-counselors", "lantern-keepers", "moon-wardens"]);
  });

  it("--limit cuts the list and says so", async () => {
    const { data } = await runJson(["list", "--json", "--zone", "1,2,4,5", "--sort", "title", "--limit", "2"], { env: env() });
    expect(occupations(data)).toEqual(["beacon-polishers", "cloud-shepherds"]);
    expect(data.shown).toEqual({ rows: 2, of: 4 });
    const table = await run(["list", "--zone", "1,2,4,5", "--limit", "2"], { env: env() });
    expect(table.stdout.replace(/\s+/g, " ")).toContain("2 of 4 shown");
  });

  it("bad values are usage errors", async () => {
    for (const args of [
      ["--zone", "7"],
      ["--min-median", "lots"],
      ["--limit", "x"],
      ["--sort", "salary"],
      ["--education", "wizardry"],
    ]) {
      const r = await run(["list", ...args], { env: env() });
      expect(r.status, args.join(" ")).toBe(2);
      expect(r.stdout).toBe("");
    }
  });

  it("without a data set, the list of roles is as it was", async () => {
    const r = await runJson(["list", "--json"]);
    expect(r.data.results.every((x: { source: string }) => x.source === "bundled")).toBe(true);
    expect(r.data.shown).toEqual({ rows: 7, of: 7 });
  });
});

describe("careers search", () => {
  it("ranks the occupations and says why each matched", async () => {
    const { data, result } = await runJson(["search", "rain", "--json"], { env: env() });
    expect(result.status).toBe(0);
    expect(data.query).toBe("rain");
    expect(data.shown).toEqual({ rows: 1, of: 1 });
    expect(data.results[0]).toEqual({
      id: "cloud-shepherds",
      code: "91-2013.00",
      title: "Cloud Shepherds",
      source: "onet",
      median: { amount: 312000, currency: "USD", period: "year", atLeast: true, source: "BLS OEWS", asOf: "May 2098", blsBasis: "broad" },
      growth: expect.objectContaining({ percent: -12.5, blsBasis: "broad" }),
      openings: expect.objectContaining({ perYear: 90 }),
      jobZone: expect.objectContaining({ zone: 4 }),
      education: expect.objectContaining({ typical: "Bachelor's degree" }),
      score: expect.any(Number),
      matched: [
        { field: "alternate title", text: "Rain Herder" },
        { field: "task", text: "Herd low clouds toward fields that growers have booked for rain." },
      ],
    });
  });

  it("titles first, then alternate titles and tasks; words match the start of words", async () => {
    const { data } = await runJson(["search", "lantern", "--json"], { env: env() });
    expect(data.results.map((r: { id: string }) => r.id)).toEqual(["lantern-keepers"]);
    const lamp = await runJson(["search", "lamp", "--json"], { env: env() });
    // "lamp" is a word of the alternate title "Street Lamp Attendant (SLA)", and only starts "Lamplighter"
    expect(lamp.data.results[0].matched[0]).toEqual({ field: "alternate title", text: "Street Lamp Attendant (SLA)" });
  });

  it("the table, and --limit", async () => {
    const r = await run(["search", "dream"], { env: { ...env(), COLUMNS: "120" } });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/│ 21-1011\.00 │ Dream Counselors │ 57,800 USD‡ │ +5 │ title/);
    const limited = await runJson(["search", "c", "--json", "--limit", "1"], { env: env() });
    expect(limited.data.shown.of).toBeGreaterThan(1);
    expect(limited.data.results).toHaveLength(1);
  });

  it("no match is not an error; no words, or no data set, is", async () => {
    const none = await run(["search", "submarine"], { env: env() });
    expect(none.status).toBe(0);
    expect(none.stdout).toBe('No occupation matches "submarine". Fewer or shorter words find more.\n');
    expect((await run(["search", "the", "of"], { env: env() })).status).toBe(2);
    const bare = await run(["search", "nurse"]);
    expect(bare.status).toBe(2);
    expect(bare.stderr).toContain("no occupations to search: none are imported");
  });
});

describe("the data set reader", () => {
  it("a row made alone is the row of the whole index; names keep the index's order", async () => {
    const { openInstalled } = await import("../../src/store/dataset.js");
    const alone = openInstalled({ CAREERS_HOME: home })!;
    const whole = openInstalled({ CAREERS_HOME: home })!;
    const rows = whole.index().occupations;
    rows.forEach((r, i) => expect(alone.row(i)).toEqual(r));
    expect(alone.names().map((n) => [n.i, n.code])).toEqual(rows.map((r, i) => [i, r.code]));
    expect(alone.find("91-1011")).toEqual({ row: rows.find((r) => r.code === "91-1011.00") });
  });
});
