/**
 * `careers compare` over imported occupations, in-process, on the harbour-town release of
 * tests/helpers/scale-fixture.ts. Wages are the fixture's OEWS rows: 10th, 25th, median, 75th and 90th
 * percentiles 0.7, 0.85, 1, 1.2 and 1.45 times the median, the mean 1.05 times it, hourly = annual / 2080.
 * Gaps are worked by hand from the fixture's ratings (see tests/unit/compare-occupations.test.ts).
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importedHome } from "../helpers/import-fixtures.js";
import { tableRow as row, widestLine as widest } from "../helpers/layout.js";
import { run, runJson } from "../helpers/run.js";
import { harbourRoles, scaleHome, tideClerksEntry } from "../helpers/scale-fixture.js";

let home: string;
let cleanup: () => void;
let roles: string;
const env = (more: Record<string, string> = {}) => ({ env: { CAREERS_HOME: home, ...more } });
const flat = (text: string) => text.replace(/[\s│]+/g, " ");

beforeAll(async () => {
  ({ home, cleanup } = await scaleHome());
  roles = harbourRoles();
});
afterAll(() => cleanup());

describe("careers compare <occupations>", () => {
  it("--json: the sides with their wages, the rows on the common scales, and the move", async () => {
    const { data, result } = await runJson(["compare", "tide-clerks", "91-1021", "--json"], env());
    expect(result.status).toBe(0);
    expect(result.stderr).toBe("");
    expect(Object.keys(data)).toEqual([
      "kind",
      "base",
      "sides",
      "scales",
      "skills",
      "knowledge",
      "moves",
      "essential",
      "sources",
      "attribution",
      "notes",
    ]);
    expect(data.kind).toBe("occupations");
    // O*NET's occupations list no ESCO items
    expect(data.essential).toBeNull();
    expect(data.sides.map((s: { id: string; code: string }) => [s.id, s.code])).toEqual([
      ["tide-clerks", "91-3011.00"],
      ["tide-desk-leads", "91-1021.00"],
    ]);
    // Tide Clerks' median 38,000: 0.7 x = 26,600; the leads' 52,000 x 1.45 = 75,400
    expect(data.sides[0].wages.annual.pct10).toEqual({ amount: 26600 });
    expect(data.sides[1].wages.annual.pct90).toEqual({ amount: 75400 });
    expect(data.sides[0].wages.period).toBe("May 2098");
    expect(data.sides[1].outlook).toMatchObject({ changePercent: 1.5, entryEducation: "High school diploma or equivalent" });
    expect(data.sides[1].jobZone.zone).toBe(3);
    expect(data.skills.map((s: { name: string }) => s.name)).toEqual([
      "Active Listening",
      "Reading Comprehension",
      "Speaking",
      "Judgment and Decision Making",
      "Management of Personnel Resources",
      "Social Perceptiveness",
    ]);
    const move = data.moves[0];
    expect(move.transferable).toEqual([]);
    expect(move.toBuild.map((g: { name: string; weighted: number }) => [g.name, g.weighted])).toEqual([
      ["Management of Personnel Resources", 10.5],
      ["Administration and Management", 7],
      ["Judgment and Decision Making", 5.25],
      ["Reading Comprehension", 4],
      ["Speaking", 4],
      ["Social Perceptiveness", 3.5],
      ["Customer and Personal Service", 2.25],
      ["Active Listening", 2],
    ]);
    expect(data.sources.map((s: { name: string }) => s.name)).toEqual([
      "O*NET Database",
      "BLS Employment Projections",
      "BLS Occupational Employment and Wage Statistics (OEWS), national",
    ]);
    expect(data.attribution[0]).toMatch(/^careers includes information from the O\*NET 98\.2 Database/);
  });

  it("the tables: wages as levels, outlook, the levels each needs, and the biggest gaps", async () => {
    const r = await run(["compare", "Tide Clerks", "tide-desk-leads"], env({ COLUMNS: "80" }));
    expect(r.status).toBe(0);
    for (const h of ["Wages", "Outlook and education", "Skills", "Knowledge", "From Tide Clerks to Tide Desk Leads", "Notes", "Sources"])
      expect(r.stdout).toContain(`\n${h}\n`);
    expect(row(r.stdout, "10th")).toEqual(["26,600", "36,400"]);
    expect(row(r.stdout, "Median")).toEqual(["38,000", "52,000"]);
    expect(row(r.stdout, "Mean")).toEqual(["39,900", "54,600"]);
    // 38,000 / 2080 = 18.27; 52,000 / 2080 = 25.00
    expect(row(r.stdout, "Hourly median")).toEqual(["18.27", "25.00"]);
    expect(row(r.stdout, "OEWS")).toEqual(["91-3011", "91-1021"]);
    expect(row(r.stdout, "Openings a year")).toEqual(["10,000", "10,000"]);
    expect(row(r.stdout, "Job zone")).toEqual(["2: Job Zone Two", "3: Job Zone Three"]);
    expect(row(r.stdout, "Management of Personnel Resources")).toEqual(["1.00 (1.50)", "4.00 (3.50)"]);
    expect(r.stdout).toContain("Transferable: none (every element that matters is needed above the level had).");
    expect(flat(r.stdout)).toContain(
      "To build (8), the 3 biggest gaps, by the gap times its importance: " +
        "• Management of Personnel Resources: 1.00 → 4.00 (gap 3.00 × importance 3.50 = 10.50) " +
        "• Administration and Management: 2.00 → 4.00 (gap 2.00 × importance 3.50 = 7.00) " +
        "• Judgment and Decision Making: 2.50 → 4.00 (gap 1.50 × importance 3.50 = 5.25) 5 more in --json.",
    );
    expect(flat(r.stdout)).toContain("careers includes information from the O*NET 98.2 Database");
  });

  it("what carries over, where some does: Harbour Greeters -> Tide Clerks", async () => {
    const r = await run(["compare", "harbour-greeters", "tide-clerks"], env({ COLUMNS: "100" }));
    expect(r.stdout).toContain("Transferable (3): Active Listening; Speaking; Social Perceptiveness.");
    expect(flat(r.stdout)).toContain(
      "To build (2), by the gap times its importance: • Customer and Personal Service: 4.00 → 4.50 (gap 0.50 × importance 4.50 = 2.25) " +
        "• Reading Comprehension: 2.50 → 3.00 (gap 0.50 × importance 3.50 = 1.75)",
    );
  });

  it.each(["40", "60", "80", "120"])("at COLUMNS=%s every line fits, four sides with a role", async (columns) => {
    const r = await run(
      ["compare", "tide-clerks", "desk-lead", "lighthouse-tour-guides", "tide-office-managers", "--data-dir", roles],
      env({ COLUMNS: columns }),
    );
    expect(r.status).toBe(0);
    expect(widest(r.stdout)).toBeLessThanOrEqual(Number(columns));
  });

  it("csv: a row per figure and per element's level, a column per side", async () => {
    const r = await run(["compare", "tide-clerks", "tide-desk-leads", "--format", "csv"], env());
    expect(r.status).toBe(0);
    const lines = r.stdout.split("\r\n");
    expect(lines[0]).toBe("figure,tide-clerks,tide-desk-leads");
    expect(lines).toContain("wages.annual.pct10,26600,36400");
    expect(lines).toContain("level:Management of Personnel Resources,1,4");
    expect(lines).toContain("importance:Management of Personnel Resources,1.5,3.5");
  });
});

describe("careers compare: a role with an occupation", () => {
  it("a role linked to an imported code: its guide's salary rows, that code's figures and ratings, labelled via the code", async () => {
    const { data, result } = await runJson(["compare", "tide-clerks", "desk-lead", "--json", "--data-dir", roles], env());
    expect(result.status).toBe(0);
    const lead = data.sides[1];
    expect(lead).toMatchObject({ kind: "role", id: "desk-lead", code: "91-1021.00", onScale: true, offScale: null });
    expect(lead.via).toEqual({ code: "91-1021.00", title: "Tide Desk Leads", note: "The guide's desk lead is O*NET's tide desk lead." });
    expect(lead.guide.levelMedian).toMatchObject({ amount: 50000, currency: "USD", level: "Desk Lead", source: "harbour-guide" });
    expect(lead.guide.typicalEducation).toEqual({ value: "High school diploma and two years at the desk.", source: "harbour-guide" });
    expect(lead.wages.annual.median).toEqual({ amount: 52000 });
    // measured through 91-1021.00: the same move as Tide Clerks -> Tide Desk Leads
    expect(data.moves[0].toBuild[0]).toMatchObject({ name: "Management of Personnel Resources", gap: 3, weighted: 10.5 });

    const r = await run(["compare", "tide-clerks", "desk-lead", "--data-dir", roles], env({ COLUMNS: "100" }));
    expect(r.status).toBe(0);
    // in the column's head of every table: wages, outlook, skills, knowledge
    expect(r.stdout.match(/│ +via 91-1021\.00 Tide Desk Leads +│\n/g)).toHaveLength(4);
    expect(row(r.stdout, "Guide's level median")).toEqual(["—", "50,000 USD [1]"]);
    expect(row(r.stdout, "Guide's level average")).toEqual(["—", "51,000 USD [1]"]);
    expect(row(r.stdout, "Median")).toEqual(["38,000", "52,000"]);
    expect(r.stdout).toContain("[1] The Harbour Careers Guide, Harbour Town\n");
    expect(flat(r.stdout)).toContain(
      "desk-lead: its wages, outlook, job zone and ratings are those of 91-1021.00 Tide Desk Leads, the O*NET occupation its role file links it to (The guide's desk lead is O*NET's tide desk lead).",
    );
  });

  it("a role without an O*NET link shows what it has and says its skills are not on the common scales", async () => {
    const r = await run(["compare", "ferry-hand", "tide-clerks", "--data-dir", roles], env({ COLUMNS: "100" }));
    expect(r.status).toBe(0);
    expect(flat(r.stdout)).toContain(
      "ferry-hand: its role file links it to no O*NET occupation, so its skills are not on the common scales.",
    );
    expect(r.stdout).toContain("Not measured: ferry-hand is not on the common scales.");
    expect(row(r.stdout, "Median")).toEqual(["—", "38,000"]);
  });

  it("a bundled role whose code is not imported: said so", async () => {
    const { data } = await runJson(["compare", "supervisor", "tide-desk-leads", "--json"], env());
    expect(data.sides[0].offScale).toBe(
      "its O*NET link 43-1011.00 is not among the imported occupations, so its skills are not on the common scales",
    );
    expect(data.sides[0].guide.levelMedian.amount).toBe(58000);
    expect(data.moves[0].transferable).toBeNull();
  });

  it("roles only: the roles' comparison, exactly as without occupations", async () => {
    const without = await run(["compare", "clerk", "representative", "--json"]);
    const withSet = await run(["compare", "clerk", "representative", "--json"], env());
    expect(withSet.status).toBe(0);
    expect(withSet.stdout).toBe(without.stdout);
    expect(JSON.parse(withSet.stdout).roles).toHaveLength(2);
  });
});

describe("careers compare <occupations>: wages as BLS marks them", () => {
  it("top-coded as a floor, and n/a, as show gives them; a broad BLS group said so", async () => {
    // the mini release (tests/helpers/import-fixtures.ts): Cloud Shepherds' OEWS row is the broad group 91-2010,
    // its median "#" (the notes sheet's ceiling, $312,000); Dream Counselors' hourly median "*"
    const mini = await importedHome();
    try {
      const r = await run(["compare", "lantern-keepers", "cloud-shepherds", "dream-counselors"], {
        env: { CAREERS_HOME: mini.home, COLUMNS: "120" },
      });
      expect(r.status).toBe(0);
      expect(row(r.stdout, "Median")[1]).toBe("≥ 312,000");
      expect(row(r.stdout, "Hourly median")[2]).toBe("n/a");
      expect(row(r.stdout, "OEWS")[1]).toBe("91-2010 (broad group)");
      expect(flat(r.stdout)).toContain("≥: BLS gives only a floor for wages this high (top-coded). n/a: BLS publishes no estimate.");
      expect(flat(r.stdout)).toContain("cloud-shepherds: BLS publishes only the broad group 91-2010 Cloud Shepherds and Rain Herders");
    } finally {
      mini.cleanup();
    }
  });

  it("a guide's figure the role file marks as borrowed: marked, and why", async () => {
    const r = await run(["compare", "representative", "tide-clerks"], env({ COLUMNS: "100" }));
    expect(r.status).toBe(0);
    // the clerk guide's level Customer Service Representative: 40,000 USD median, 42,000 average
    expect(row(r.stdout, "Guide's level median (US)")).toEqual(["40,000 USD† [1]", "—"]);
    expect(flat(r.stdout)).toContain("† representative, level median and average: The representative guide gives no salary;");
  });
});

describe("careers compare --from-history", () => {
  const history = (entries: object[]) => writeFileSync(join(home, "history.json"), JSON.stringify({ format: 1, entries }));
  const entry = tideClerksEntry;

  it("you first: the latest saved assessment with levels, against the named occupations", async () => {
    history([]);
    const none = await run(["compare", "--from-history", "tide-desk-leads"], env());
    expect(none.status).toBe(2);
    expect(none.stdout).toBe("");
    expect(none.stderr).toBe(
      "careers: no saved assessment holds levels on the common scales\nAssess an occupation and save the result: careers assess <occupation> --save.\n",
    );

    history([
      entry("2098-03-01T09:00:00.000Z", { "2.A.1.a": 1 }),
      // the latest with levels: Reading Comprehension 4, Active Listening 4, Speaking 3, Social Perceptiveness 3, Judgment 2
      entry("2098-04-01T09:00:00.000Z", { "2.A.1.a": 4, "2.A.1.b": 4, "2.A.1.d": 3, "2.B.1.a": 3, "2.B.4.e": 2 }),
      entry("2098-05-01T09:00:00.000Z"),
    ]);
    const { data, result } = await runJson(["compare", "--from-history", "tide-desk-leads", "--json"], env());
    expect(result.status).toBe(0);
    expect(data.base).toBe("you");
    expect(data.sides[0]).toMatchObject({ kind: "you", assessment: { date: "2098-04-01T09:00:00.000Z", title: "Tide Clerks" } });
    const move = data.moves[0];
    expect(move.transferable.map((t: { name: string }) => t.name)).toEqual(["Reading Comprehension"]);
    // Management of Personnel Resources not rated: 4 - 0 = 4, x 3.5 = 14
    expect(move.toBuild.map((g: { name: string; weighted: number }) => [g.name, g.weighted])).toEqual([
      ["Management of Personnel Resources", 14],
      ["Judgment and Decision Making", 7],
      ["Speaking", 6],
      ["Social Perceptiveness", 3.5],
      ["Active Listening", 2],
    ]);
    expect(move.leftOut).toEqual(["knowledge"]);

    const r = await run(["compare", "--from-history", "tide-desk-leads"], env({ COLUMNS: "100" }));
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("\nFrom you to Tide Desk Leads\n");
    expect(row(r.stdout, "Reading Comprehension")).toEqual(["4", "4.00 (4.00)"]);
    expect(row(r.stdout, "Management of Personnel Resources")).toEqual(["—", "4.00 (3.50)"]);
    expect(flat(r.stdout)).toContain("• Management of Personnel Resources: not rated → 4.00 (gap 4.00 × importance 3.50 = 14.00)");
    expect(flat(r.stdout)).toContain("tide-desk-leads: knowledge left out of what carries over: your assessment rates none.");
    // you have no wages: the wage table shows the occupation only
    expect(row(r.stdout, "Median")).toEqual(["52,000"]);
  });

  it("counts you among the four sides", async () => {
    const r = await run(["compare", "--from-history", "tide-clerks", "tide-desk-leads", "kelp-farmers", "shell-sorters"], env());
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      "careers: compare --from-history takes 1 to 3 roles or occupations (you are the first), not 4\nExample: careers compare --from-history customer-service-representatives\n",
    );
  });

  it("needs the imported occupations", async () => {
    const r = await run(["compare", "--from-history", "clerk"], { env: { CAREERS_HOME: mkdtempSync(join(tmpdir(), "careers-empty-")) } });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("--from-history compares on the common scales of the imported occupations, and none are imported");
  });
});

describe("careers compare <occupations>: errors", () => {
  it("an unknown occupation: a suggestion among the occupations, exit 2, nothing on stdout", async () => {
    const r = await run(["compare", "tide-clerks", "tidal-clerks"], env());
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(
      'careers: unknown role or occupation "tidal-clerks"\nDid you mean "tide-clerks" or "Tide Clerks"? Search the occupations: careers search tidal-clerks\n',
    );
  });

  it("five names: a usage error, before any is looked up", async () => {
    const r = await run(["compare", "tide-clerks", "tide-desk-leads", "kelp-farmers", "shell-sorters", "nowhere"], env());
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("careers: compare takes 2 to 4 roles, not 5\nExample: careers compare clerk representative\n");
  });

  it("--region with an occupation: a usage error", async () => {
    const r = await run(["compare", "clerk", "tide-clerks", "--region", "canada"], env());
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("careers: --region picks among the guides' regional salaries: it compares roles only");
  });
});
