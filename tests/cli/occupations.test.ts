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
      "kind", "id", "code", "soc", "title", "description", "tasks", "skills", "knowledge", "technology", "education", "jobZone",
      "interests", "wages", "outlook", "related", "alternateTitles", "scales", "sources", "attribution",
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
    for (const h of ["Summary", "Tasks", "Skills", "Technology", "Job zone", "Wages", "Outlook", "Alternate titles", "Sources"]) expect(r.stdout).toContain(`\n${h}\n`);
    // OEWS: 91-2010 (broad) A_MEDIAN "#", the ceiling of the notes sheet ($312,000); projections: ">=$239,200"
    expect(r.stdout).toMatch(/│ Annual │ 125,010 │ 183,460 │ ≥ 312,000 │ ≥ 312,000 │ ≥ 312,000 │ 229,320 │/);
    expect(r.stdout).toMatch(/Median wage 2098\s+│ ≥ 239,200 USD/);
    expect(r.stdout.replace(/\s+/g, " ")).toContain("Note: BLS publishes only the broad group 91-2010 Cloud Shepherds and Rain Herders, which takes in this occupation and others.");
    expect(r.stdout.replace(/\s+/g, " ")).toContain(ATTRIBUTION);
  });

  it("--section for an occupation: its own section names", async () => {
    const { data } = await runJson(["show", "dream-counselors", "--json", "--section", "wages"], { env: env() });
    expect(Object.keys(data)).toEqual(["kind", "id", "code", "soc", "title", "wages", "sources", "attribution"]);
    expect(data.wages.hourly.median).toEqual({ amount: null, notAvailable: "*" });
    const bad = await run(["show", "dream-counselors", "--section", "pros"], { env: env() });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('unknown section "pros" for an occupation');
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
    const r = await run(["show", "lantern keeper"], { env: env() });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain('careers: unknown role or occupation "lantern keeper"');
    expect(r.stderr).toContain('Did you mean "Lantern Keepers"');
  });
});
