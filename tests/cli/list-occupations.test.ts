/**
 * `careers list` in csv, markdown and JSON with occupations imported (the invented releases of
 * tests/helpers/import-fixtures.ts): occupations' rows carry their code, job zone and openings, and a
 * top-coded median says so. Expected figures are read off the fixture rows.
 */
import { describe, expect, it } from "vitest";
import { useImportedHome } from "../helpers/import-fixtures.js";
import { run, runJson } from "../helpers/run.js";

const dataHome = useImportedHome();
const env = () => ({ CAREERS_HOME: dataHome() });

/** csv rows as objects by the header's names (no quoted commas in the cells read here) */
function csvRows(text: string): Record<string, string>[] {
  const [head, ...rows] = text.trim().split("\r\n");
  const names = head!.split(",");
  return rows.map((r) => Object.fromEntries(r.split(",").map((v, i) => [names[i], v])));
}

describe("careers list with occupations", () => {
  it("csv: code, job zone, openings and a top-coded median's floor marked, for each occupation", async () => {
    const r = await run(["list", "--format", "csv", "--zone", "1,2,3,4,5"], { env: env() });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.split("\r\n")[0]).toBe(
      "id,title,medianSalary,currency,salaryBasis,growthPercent,typicalEducation,origin,file,code,jobZone,openings,medianAtLeast",
    );
    const byCode = new Map(csvRows(r.stdout).map((row) => [row.code, row]));
    // Job Zones.txt: 91-1011.00 2, 91-1011.02 1, 91-2013.00 4; Table 1.2: 91-1011 openings 1.9 thousand
    expect(byCode.get("91-1011.00")).toMatchObject({ id: "lantern-keepers", jobZone: "2", openings: "1900", medianSalary: "41230" });
    expect(byCode.get("91-1011.02")).toMatchObject({ id: "beacon-polishers", jobZone: "1", medianAtLeast: "" });
    // OEWS 91-2010: A_MEDIAN "#", at least the release's ceiling ($312,000 a year in its notes)
    expect(byCode.get("91-2013.00")).toMatchObject({ jobZone: "4", medianSalary: "312000", medianAtLeast: "true", openings: "90" });
  });

  it("markdown: the same columns", async () => {
    const r = await run(["list", "--format", "markdown", "--zone", "2"], { env: env() });
    expect(r.stdout).toContain("| origin | file | code | jobZone | openings | medianAtLeast |");
    expect(r.stdout).toMatch(/\| lantern-keepers \| Lantern Keepers \| 41230 \| USD \| bls \|.*\| 91-1011\.00 \| 2 \| 1900 \| {2}\|/);
  });

  it("--json: code and job zone on occupations, openings on every row, and how many are shown", async () => {
    const { data } = await runJson(["list", "--json", "--sort", "openings", "--limit", "2"], { env: env() });
    // the clerk guide's 348,600 openings a year, then the largest of the fixtures' (21-1018: 44.4 thousand)
    expect(data.roles.map((r: { id: string; openings: number }) => [r.id, r.openings])).toEqual([
      ["clerk", 348600],
      ["dream-counselors", 44400],
    ]);
    expect(data.roles[1]).toMatchObject({ code: "21-1011.00", jobZone: 5, origin: "occupation" });
    expect(data.shown).toEqual({ rows: 2, of: 12 });
  });

  it("without occupations, csv keeps the roles' columns alone", async () => {
    const r = await run(["list", "--format", "csv"], { env: { CAREERS_HOME: `${dataHome()}/nothing-here` } });
    expect(r.stdout.split("\r\n")[0]).toBe("id,title,medianSalary,currency,salaryBasis,growthPercent,typicalEducation,origin,file");
  });
});
