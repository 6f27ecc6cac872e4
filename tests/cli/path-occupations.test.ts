/**
 * `careers path <occupation>` over the harbour-town release (tests/helpers/scale-fixture.ts): the lattice
 * of an occupation, a route with --to, the errors, and the onward moves from the top of a role's ladder.
 * Expected figures are worked by hand from the fixture's tables.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { linesWiderThan } from "../helpers/layout.js";
import { ROOT, run, runJson } from "../helpers/run.js";
import { scaleHome } from "../helpers/scale-fixture.js";

let home: { home: string; cleanup: () => void };
const env = (more: Record<string, string> = {}) => ({ env: { CAREERS_HOME: home.home, COLUMNS: "160", ...more } });

beforeAll(async () => {
  home = await scaleHome();
});
afterAll(() => home.cleanup());

/** The text between one heading and the next blank line before another heading. */
const sectionOf = (text: string, heading: string): string => {
  const start = text.indexOf(heading);
  expect(start, heading).toBeGreaterThanOrEqual(0);
  const rest = text.slice(start + heading.length);
  const end = rest.search(/\n\n(Steps up|Lateral moves|Stepping stones|Step up:)/);
  return end < 0 ? rest : rest.slice(0, end);
};

describe("careers path <occupation>", () => {
  it("splits Tide Clerks' related occupations into steps up, lateral moves and stepping stones", async () => {
    const r = await run(["path", "Tide Clerks"], env());
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain("Career lattice: Tide Clerks (91-3011.00)");
    expect(r.stdout).toContain("Median 38,000 USD · job zone 2 · growth +2.5%");
    const up = sectionOf(r.stdout, "Steps up (2)");
    expect(up).toMatch(/Tide Desk Leads\s+│ Primary-Short │ 52,000 USD │ +\+14,000 USD \(\+36\.8%\) │ +3 │ Management of Personnel/);
    expect(up).toMatch(/Tide Analysts\s+│ Supplemental\s+│ 81,000 USD │ \+43,000 USD \(\+113\.2%\) │ +4 │/);
    // the leads' three biggest gaps of eight, and none of the eight already reached
    expect(up).toContain("Resources 1→4");
    expect(up).toMatch(/Administration and Management 2→4/);
    expect(up).toMatch(/Judgment and Decision Making 2\.5→4/);
    expect(up).toContain("+5 more");
    expect(up).toContain("0 of 8");
    const lateral = sectionOf(r.stdout, "Lateral moves (1)");
    expect(lateral).toMatch(
      /Harbour Greeters\s+│ Primary-Short │ 39,500 USD │ +\+1,500 USD \(\+3\.9%\) │ +2 │ Speaking 3\.5→4 +│ +3 of 5 │/,
    );
    expect(lateral).toContain("Social Perceptiveness 3→3.5");
    const stones = sectionOf(r.stdout, "Stepping stones (1)");
    expect(stones).toMatch(/Shell Sorters\s+│ Primary-Long\s+│ 31,000 USD │ +-7,000 USD \(-18\.4%\) │ +1 │/);
    expect(r.stdout).toContain("in the same zone a median more than 10% higher");
    expect(r.stdout).toContain("careers path 91-3011.00 --to <occupation>");
  });

  it("prints the lattice as JSON: every gap, the pay and zone changes, the band", async () => {
    const { data, result } = await runJson(["path", "91-3011", "--json"], env());
    expect(result.status).toBe(0);
    expect(data.occupation).toEqual({
      id: expect.any(String),
      code: "91-3011.00",
      title: "Tide Clerks",
      source: "onet",
      median: expect.objectContaining({ amount: 38000, currency: "USD", period: "year", source: "BLS OEWS" }),
      growth: expect.objectContaining({ percent: 2.5 }),
      openings: expect.anything(),
      jobZone: expect.objectContaining({ zone: 2 }),
      education: expect.anything(),
      rated: true,
    });
    expect(data.lateralBand).toBe(0.1);
    expect(data.gapsShown).toBe(3);
    expect(data.route).toBeNull();
    expect(data.up.map((m: any) => m.code)).toEqual(["91-1021.00", "91-4011.00"]);
    expect(data.lateral.map((m: any) => m.code)).toEqual(["91-3012.00"]);
    expect(data.steppingStones.map((m: any) => m.code)).toEqual(["91-3013.00"]);
    const leads = data.up[0];
    expect(leads).toMatchObject({ direction: "up", tier: "Primary-Short", pay: { amount: 14000, percent: 36.8 }, zoneChange: 1 });
    expect(leads.gaps).toHaveLength(8);
    expect(leads.weightedGap).toBeCloseTo(38.5, 10);
    expect(leads.gaps[0]).toEqual({
      element: "2.B.5.d",
      name: "Management of Personnel Resources",
      kind: "skill",
      importance: 3.5,
      level: 4,
      have: 1,
      gap: 3,
      weighted: 10.5,
    });
  });

  it("says n/a for the pay of a move where BLS gives no median, and calls the move lateral", async () => {
    const r = await run(["path", "Lighthouse Tour Guides"], env());
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain("Median n/a · job zone 2");
    expect(r.stdout).toContain("Steps up: none among the related occupations.");
    expect(sectionOf(r.stdout, "Lateral moves (1)")).toMatch(/Harbour Greeters\s+│ Primary-Short │ 39,500 USD │\s+n\/a │/);
  });

  it("fits narrow terminals", async () => {
    for (const columns of ["60", "80"]) {
      const r = await run(["path", "Tide Clerks"], env({ COLUMNS: columns }));
      expect(linesWiderThan(r.stdout, Number(columns))).toEqual([]);
      const route = await run(["path", "Kelp Farmers", "--to", "Tide Office Managers"], env({ COLUMNS: columns }));
      expect(linesWiderThan(route.stdout, Number(columns))).toEqual([]);
    }
  });

  it("writes one row per move as csv", async () => {
    const r = await run(["path", "Tide Clerks", "--format", "csv"], env());
    const lines = r.stdout.trim().split(/\r?\n/);
    expect(lines[0]).toBe("direction,code,title,tier,median,payChange,payChangePercent,jobZone,rated,transferable,weightedGap,gaps");
    expect(lines.slice(1).map((l) => l.split(",").slice(0, 2).join(" "))).toEqual([
      "up 91-1021.00",
      "up 91-4011.00",
      "lateral 91-3012.00",
      "stepping-stone 91-3013.00",
    ]);
  });
});

describe("careers path <occupation> --to <occupation>", () => {
  it("Kelp Farmers to Tide Office Managers: four moves, each with its pay, zone and gaps", async () => {
    const r = await run(["path", "Kelp Farmers", "--to", "Tide Office Managers"], env());
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain("Route: Kelp Farmers (91-5011.00) to Tide Office Managers (91-1022.00)");
    expect(r.stdout).toContain("4 moves through related occupations");
    expect(r.stdout).toContain("Median 36,000 USD → 98,000 USD, +62,000 USD (+172.2%); job zone 2 → 4.");
    const rows = ["Shell Sorters", "Tide Clerks", "Tide Desk Leads", "Tide Office Managers"].map((t) =>
      r.stdout.search(new RegExp(`│ +\\d │ ${t}`)),
    );
    expect(rows.every((i) => i > 0)).toBe(true);
    expect([...rows].sort((a, b) => a - b)).toEqual(rows);
    expect(r.stdout).toMatch(/│ +1 │ Shell Sorters +│ Primary-Short │ 31,000 USD │ +-5,000 USD \(-13\.9%\) │ +2→1 │ nothing/);
    expect(r.stdout).toMatch(
      /│ +4 │ Tide Office Managers +│ Primary-Short │ 98,000 USD │ +\+46,000 USD \(\+88\.5%\) │ +3→4 │ Administration and Management 4→5\.5/,
    );
  });

  it("prints the route as JSON", async () => {
    const { data: all, result } = await runJson(["path", "91-5011", "--to", "91-1022", "--json"], env());
    expect(result.status).toBe(0);
    // the lattice of the start, and the route
    expect(all.occupation.code).toBe("91-5011.00");
    expect(all.steppingStones.map((m: any) => m.code)).toEqual(["91-3013.00"]);
    const data = all.route;
    expect(data.from.code).toBe("91-5011.00");
    expect(data.to.code).toBe("91-1022.00");
    expect(data.maxMoves).toBe(6);
    expect(data.moves.map((m: any) => [m.from.code, m.code])).toEqual([
      ["91-5011.00", "91-3013.00"],
      ["91-3013.00", "91-3011.00"],
      ["91-3011.00", "91-1021.00"],
      ["91-1021.00", "91-1022.00"],
    ]);
    expect(data.moves.map((m: any) => m.weightedGap)).toEqual([0, 36.75, 38.5, 22]);
    expect(data.weightedGap).toBeCloseTo(97.25, 10);
    expect(data.pay).toEqual({ amount: 62000, percent: 172.2 });
  });

  it("says so in one line when no route is short enough, and suggests the moves there are", async () => {
    const r = await run(["path", "Kelp Farmers", "--to", "Tide Office Managers", "--max-moves", "3"], env());
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(
      "careers: no route from Kelp Farmers to Tide Office Managers within 3 moves through related occupations; see the moves there are: careers path 91-5011.00\n",
    );
  });

  it("refuses a route from an occupation to itself, and a bad --max-moves", async () => {
    const same = await run(["path", "Kelp Farmers", "--to", "91-5011"], env());
    expect(same.status).toBe(2);
    expect(same.stderr).toContain("careers: Kelp Farmers is both the start and the end of the route");
    for (const bad of ["0", "two", "1.5"]) {
      const r = await run(["path", "Kelp Farmers", "--to", "Tide Clerks", "--max-moves", bad], env());
      expect(r.status, bad).toBe(2);
      expect(r.stderr).toContain("--max-moves must be a whole number of moves");
    }
  });

  it("refuses the ladder's options for an occupation, and --max-moves without a route", async () => {
    for (const args of [
      ["--from", "Tide Clerks"],
      ["--track", "ic"],
      ["--max-moves", "3"],
    ]) {
      const r = await run(["path", "Tide Clerks", ...args], env());
      expect(r.status, args.join(" ")).toBe(2);
      expect(r.stderr.split("\n")[0]).toMatch(/^careers: --(from|track|max-moves) /);
    }
    const role = await run(["path", "clerk", "--max-moves", "3"], env());
    expect(role.status).toBe(2);
    expect(role.stderr).toContain("--max-moves is for routes between occupations");
  });

  it("takes a role for --to only where its O*NET occupation is in the data set", async () => {
    const r = await run(["path", "Tide Clerks", "--to", "clerk"], env());
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("Customer Service Clerk is a role, not an occupation (its O*NET code 43-4051.00 is not in the data set)");
  });
});

describe("careers path <role> with a data set", () => {
  /** A user folder whose manager (the top of the clerk's ladder) links to Tide Desk Leads. */
  const managerAtTheHarbour = (): string => {
    const dir = mkdtempSync(join(tmpdir(), "careers-onward-"));
    const manager = readFileSync(join(ROOT, "data", "roles", "manager.yaml"), "utf8");
    expect(manager).toContain("code: 43-1011.00");
    writeFileSync(join(dir, "manager.yaml"), manager.replace("code: 43-1011.00", "code: 91-1021.00"));
    return dir;
  };

  it("keeps the ladder as it is where the top role's occupation is not in the data set", async () => {
    const without = await run(["path", "clerk"], { env: { COLUMNS: "160" } });
    const withData = await run(["path", "clerk"], env());
    expect(withData.status).toBe(0);
    expect(withData.stdout).toBe(without.stdout);
    const { data } = await runJson(["path", "clerk", "--json"], env());
    expect(data).not.toHaveProperty("onward");
  });

  it("adds the steps up from the top role's O*NET occupation", async () => {
    const dir = managerAtTheHarbour();
    const r = await run(["path", "clerk", "--data-dir", dir], env());
    expect(r.status, r.stderr).toBe(0);
    const at = r.stdout.indexOf("Onward from Customer Service Manager via O*NET 91-1021.00 Tide Desk Leads");
    expect(at).toBeGreaterThan(r.stdout.indexOf("Source: How to Become a Customer Service Clerk"));
    const onward = r.stdout.slice(at);
    expect(onward).toContain("Median 52,000 USD · job zone 3");
    // the leads relate to the managers (zone 4: up) and the clerks (zone 2: not a step up)
    expect(onward).toMatch(/Tide Office Managers\s+│ Primary-Short │ 98,000 USD │ +\+46,000 USD \(\+88\.5%\) │ +4 │/);
    expect(onward).not.toContain("Tide Clerks");
    const { data } = await runJson(["path", "clerk", "--data-dir", dir, "--json"], env());
    expect(data.onward).toMatchObject({ role: "manager", title: "Customer Service Manager", code: "91-1021.00", gapsShown: 3 });
    expect(data.onward.occupation.title).toBe("Tide Desk Leads");
    expect(data.onward.moves.map((m: any) => [m.code, m.direction])).toEqual([["91-1022.00", "up"]]);
    // the ladder itself as before
    expect(data.steps.map((s: any) => s.role).at(-1)).toBe("manager");
  });

  it("leaves the onward moves out where the steps shown end below the top", async () => {
    const dir = managerAtTheHarbour();
    const { data } = await runJson(["path", "clerk", "--data-dir", dir, "--track", "ic", "--json"], env());
    expect(data).not.toHaveProperty("onward");
  });
});
