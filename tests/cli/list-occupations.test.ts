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

/** list's csv columns, the same whatever is listed */
const LIST_COLUMNS =
  "id,code,title,source,median,currency,period,medianAtLeast,medianAsOf,growthPercent,openingsPerYear,jobZone,education,blsBasis,medianBasis,ladder,ladderStep";

describe("careers list with occupations", () => {
  it("csv: code, job zone, openings and a top-coded median's floor marked, for each occupation", async () => {
    const r = await run(["list", "--format", "csv", "--zone", "1,2,3,4,5"], { env: env() });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.split("\r\n")[0]).toBe(LIST_COLUMNS);
    const byCode = new Map(csvRows(r.stdout).map((row) => [row.code, row]));
    // Job Zones.txt: 91-1011.00 2, 91-1011.02 1, 91-2013.00 4; Table 1.2: 91-1011 openings 1.9 thousand
    expect(byCode.get("91-1011.00")).toMatchObject({ id: "lantern-keepers", jobZone: "2", openingsPerYear: "1900", median: "41230" });
    expect(byCode.get("91-1011.02")).toMatchObject({ id: "beacon-polishers", jobZone: "1", medianAtLeast: "false", blsBasis: "part" });
    // OEWS 91-2010: A_MEDIAN "#", at least the release's ceiling ($312,000 a year in its notes)
    expect(byCode.get("91-2013.00")).toMatchObject({ jobZone: "4", median: "312000", medianAtLeast: "true", openingsPerYear: "90" });
  });

  it("markdown: the same columns", async () => {
    const r = await run(["list", "--format", "markdown", "--zone", "2"], { env: env() });
    expect(r.stdout).toContain(`| ${LIST_COLUMNS.split(",").join(" | ")} |`);
    expect(r.stdout).toMatch(
      /\| lantern-keepers \| 91-1011\.00 \| Lantern Keepers \| onet \| 41230 \| USD \| year \| false \| May 2098 \|.*\| 1900 \| 2 \|/,
    );
  });

  it("--json: code and job zone on occupations, openings on every row, and how many are shown", async () => {
    const { data } = await runJson(["list", "--json", "--sort", "openings", "--limit", "2"], { env: env() });
    // the clerk guide's 348,600 openings a year, then the largest of the fixtures' (21-1018: 44.4 thousand)
    expect(data.results.map((r: { id: string; openings: { perYear: number } }) => [r.id, r.openings.perYear])).toEqual([
      ["clerk", 348600],
      ["dream-counselors", 44400],
    ]);
    expect(data.results[1]).toMatchObject({ code: "21-1011.00", jobZone: { zone: 5 }, source: "onet" });
    expect(data.shown).toEqual({ rows: 2, of: 12 });
  });

  it("without occupations, csv has the same columns", async () => {
    const r = await run(["list", "--format", "csv"], { env: { CAREERS_HOME: `${dataHome()}/nothing-here` } });
    expect(r.stdout.split("\r\n")[0]).toBe(LIST_COLUMNS);
  });
});
