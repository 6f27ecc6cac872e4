/**
 * Shipped figures checked against the guides. Each row below was read from the guide by hand and is checked
 * against the role files always; where the guide text is present (../shared/seeds), a second group checks
 * that the guide really says it. Without the guide text that group is skipped, visibly (its name and a
 * warning say why); with REQUIRE_GUIDE_SEEDS=1 (for CI) it fails instead.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadShipped } from "../helpers/roles.js";
import { ROOT } from "../helpers/run.js";

const SEEDS = join(ROOT, "..", "shared", "seeds");
const haveSeeds = existsSync(SEEDS);
const requireSeeds = process.env.REQUIRE_GUIDE_SEEDS === "1";
const seeds = haveSeeds ? readdirSync(SEEDS).map((f) => readFileSync(join(SEEDS, f), "utf8")) : [];
const seedText = (needle: string): string | undefined => seeds.find((t) => t.includes(needle));
if (!haveSeeds) {
  console.warn(`guide-figures: no guide text at ${SEEDS}; the quotes are not checked against the guides`);
}

/** Quotes the guides must hold, gathered from the tables below. */
const quotes: string[] = [];

const clerk = loadShipped("clerk");
const rep = loadShipped("representative");

describe("clerk key facts match the clerk guide", () => {
  const f = clerk.keyFacts!;
  const facts: [string, number | undefined, number, string][] = [
    ["median salary", f.medianSalary?.amount, 38400, "$38,400 USD"],
    ["range low", f.salaryRange?.low, 29000, "Range: $29k - $55k+ USD"],
    ["range high", f.salaryRange?.high, 55000, "Range: $29k - $55k+ USD"],
    ["growth", f.growth?.percent, 4, "4%\n\nas fast as average"],
    ["annual openings", f.annualOpenings?.count, 348600, "≈348,600"],
  ];
  quotes.push(...facts.map((row) => row[3]));
  it.each(facts)("%s", (_label, actual, expected) => {
    expect(actual).toBe(expected);
  });

  it("cites May 2023 BLS data for the median, in USD a year", () => {
    expect(f.medianSalary).toMatchObject({ currency: "USD", period: "year", date: "May 2023", source: "bls-may-2023" });
    expect(f.salaryRange).toMatchObject({ highOpenEnded: true, currency: "USD" });
    expect(f.annualOpenings?.approximate).toBe(true);
    expect(f.growth?.label).toBe("as fast as average");
  });

  it("lists the four top industries in the guide's order", () => {
    expect(f.topIndustries?.items).toEqual([
      "Retail Trade",
      "Healthcare and Social Assistance",
      "Finance and Insurance",
      "Administrative and Support Services",
    ]);
  });
});

describe("salary by experience level matches the guide's table, in its order", () => {
  const table: [string, string, number, number][] = [
    ["Junior Customer Service Clerk", "junior-clerk", 30000, 32000],
    ["Customer Service Clerk", "clerk", 35000, 37000],
    ["Customer Service Representative", "representative", 40000, 42000],
    ["Customer Service Specialist", "specialist", 46000, 48000],
    ["Senior Customer Service Clerk", "senior-clerk", 50000, 52000],
    ["Customer Service Supervisor", "supervisor", 58000, 60000],
    ["Customer Service Manager", "manager", 72000, 75000],
  ];
  // the guide's table row as its text reads: "Customer Service Clerk$35k USD$37k USD"
  quotes.push(...table.map(([level, , median, average]) => `${level}$${median / 1000}k USD$${average / 1000}k USD`));
  it("clerk.yaml holds all seven rows", () => {
    expect(clerk.salaryByLevel?.levels.map((l) => [l.level, l.role, l.median, l.average])).toEqual(table);
    expect(clerk.salaryByLevel?.currency).toBe("USD");
  });
  it.each(table)("%s: each level role carries its own row", (level, id, median, average) => {
    const row = loadShipped(id).salaryByLevel?.levels.find((l) => l.role === id);
    expect(row).toMatchObject({ level, median, average });
  });
});

describe("career ladder levels match the guide", () => {
  const ladder: [string, string, number, number, number | undefined, boolean][] = [
    ["clerk", "Customer Service Clerk", 1, 0, 1, false],
    ["junior-clerk", "Junior Customer Service Clerk", 2, 1, 2, false],
    ["senior-clerk", "Senior Customer Service Clerk", 3, 2, 4, false],
    ["representative", "Customer Service Representative", 4, 3, 5, true],
    ["specialist", "Customer Service Specialist", 5, 5, 7, true],
    ["supervisor", "Customer Service Supervisor", 6, 6, 9, true],
    ["manager", "Customer Service Manager", 7, 9, undefined, true],
  ];
  it.each(ladder)("%s is step %i of the ladder", (id, title, step, min, max, total) => {
    const lv = loadShipped(id).level!;
    expect(lv).toMatchObject({ title, step });
    expect(lv.years.min).toBe(min);
    expect(lv.years.max).toBe(max);
    expect(Boolean(lv.years.total)).toBe(total);
  });
  it("clerk.yaml keeps the ladder in the guide's order, with two tracks", () => {
    expect(clerk.ladder?.levels.map((l) => l.role)).toEqual(ladder.map((l) => l[0]));
    expect(clerk.ladder?.tracks.map((t) => t.id)).toEqual(["ic", "management"]);
  });
});

describe("regional salaries and education costs match the guide", () => {
  it.each([
    ["United States", 30000, 45000, "USD"],
    ["Canada", 35000, 50000, "CAD"],
    ["Western Europe", 20000, 30000, "EUR"],
    ["Eastern Europe", 10000, 18000, "EUR"],
    ["Australia", 40000, 55000, "AUD"],
    ["Southeast Asia", 4000, 8000, "USD"],
    ["Latin America", 8000, 15000, "USD"],
  ])("%s: %i-%i %s", (region, low, high, currency) => {
    const r = clerk.regionalSalaries?.regions.find((x) => x.region === region);
    expect(r).toMatchObject({ low, high, currency });
  });
  it("Australia keeps the guide's own USD conversion", () => {
    expect(clerk.regionalSalaries?.regions.find((x) => x.region === "Australia")?.usdEquivalent).toEqual({ low: 26000, high: 36000 });
  });
  it("education costs and durations", () => {
    const opts = clerk.education!.options;
    const by = (word: string) => opts.find((o) => o.name.toLowerCase().includes(word));
    expect(by("bachelor")?.cost).toMatchObject({ low: 40000, high: 100000, highOpenEnded: true, currency: "USD" });
    expect(by("vocational")?.cost).toMatchObject({ low: 2000, high: 10000 });
    expect(by("online")?.cost).toMatchObject({ low: 100, high: 1000 });
    expect(by("self-study")?.duration).toBe("6-18 months");
    expect(by("associate")?.duration).toBe("2 years");
  });
  it("typing speed 40-50 WPM", () => {
    expect(clerk.skills?.typingSpeed).toEqual({ minWpm: 40, maxWpm: 50 });
  });
  it("counts: 7 responsibilities, 8 technical and 8 soft skills, 6 steps, 7 pros, 7 cons, 7 FAQ, 5 related", () => {
    expect(clerk.responsibilities?.items).toHaveLength(7);
    expect(clerk.skills?.technical).toHaveLength(8);
    expect(clerk.skills?.soft).toHaveLength(8);
    expect(clerk.entry?.steps).toHaveLength(6);
    expect(clerk.pros?.items).toHaveLength(7);
    expect(clerk.cons?.items).toHaveLength(7);
    expect(clerk.faq?.items).toHaveLength(7);
    expect(clerk.relatedCareers?.items).toHaveLength(5);
  });
});

describe("representative matches the care representative guide", () => {
  it("counts: 15 responsibilities, 18 tool groups, 17 technical and 15 soft skills, 3 tiers of 5", () => {
    expect(rep.responsibilities?.items).toHaveLength(15);
    expect(rep.tools?.groups).toHaveLength(18);
    expect(rep.skills?.technical).toHaveLength(17);
    expect(rep.skills?.soft).toHaveLength(15);
    expect(rep.skillMap?.tiers.map((t) => t.skills.length)).toEqual([5, 5, 5]);
  });
  it.each([
    ["Call Center Software", ["Five9", "Talkdesk", "Genesys"]],
    ["Helpdesk Ticketing Systems", ["Jira Service Desk", "ServiceNow"]],
    ["Knowledge Base Software", ["Confluence", "Guru"]],
    ["Live Chat Platforms", ["LiveChat", "Intercom", "Drift"]],
  ])("tool group %s", (name, items) => {
    expect(rep.tools?.groups.find((g) => g.name === name)?.items).toEqual(items);
  });
  it("work-life ratings, certification and providers", () => {
    expect(rep.workLife).toMatchObject({ stress: "Moderate to High", balance: "Challenging" });
    expect(rep.certifications?.items?.map((i) => i.name)).toContain("Certified Customer Service Professional (CCSP)");
    expect(rep.certifications?.providers).toEqual(
      expect.arrayContaining(["Customer Service Institute", "International Customer Service Association", "LinkedIn Learning", "Alison.com"]),
    );
  });
  it("its salary is the clerk guide's Customer Service Representative row, and says so", () => {
    expect(rep.keyFacts?.medianSalary).toBeUndefined();
    expect(rep.salaryByLevel).toMatchObject({ source: "clerk-guide", levels: [{ level: "Customer Service Representative", median: 40000, average: 42000 }] });
    expect(rep.sources.find((s) => s.id === "clerk-guide")?.note).toMatch(/salary/i);
  });
});

describe.skipIf(!haveSeeds && !requireSeeds)(
  haveSeeds ? "the guides say so" : `the guides say so: no guide text at ${SEEDS}${requireSeeds ? "" : ", skipped"}`,
  () => {
    it("the guide text is present", () => {
      expect(haveSeeds, `no guide text at ${SEEDS} (REQUIRE_GUIDE_SEEDS=1 asks for it)`).toBe(true);
    });
    it.each([...new Set(quotes)])("a guide says %j", (quote) => {
      expect(seedText(quote), `no guide says ${JSON.stringify(quote)}`).toBeDefined();
    });
  },
);
