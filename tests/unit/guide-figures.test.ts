/**
 * Shipped figures checked against the guides. Each row below was read from the guide by hand and is checked
 * against the role files always; where the guide text is present (../shared/seeds), a second group checks
 * that the guide really says it. Without the guide text that group is skipped, visibly (its name and a
 * warning say why); with REQUIRE_GUIDE_SEEDS=1 (for CI) it fails instead.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Role } from "../../src/schema/role.js";
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
      expect.arrayContaining([
        "Customer Service Institute",
        "International Customer Service Association",
        "LinkedIn Learning",
        "Alison.com",
      ]),
    );
  });
  it("its salary is the clerk guide's Customer Service Representative row, and says so", () => {
    expect(rep.keyFacts?.medianSalary).toBeUndefined();
    expect(rep.salaryByLevel).toMatchObject({
      source: "clerk-guide",
      levels: [{ level: "Customer Service Representative", median: 40000, average: 42000 }],
    });
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

describe("the clerk guide's pay context, carried over with the salary", () => {
  const pay = clerk.pay!;
  it("entry-level pay 30,000-40,000 USD a year (its FAQ)", () => {
    expect(pay.entryLevel).toMatchObject({ low: 30000, high: 40000, currency: "USD", period: "year" });
    expect(pay.source).toBe("clerk-guide");
    if (haveSeeds) expect(seedText("Entry-level positions generally range from $30,000 to $40,000 annually")).toBeDefined();
  });
  it("benefits beyond the wage, and what gives leverage in negotiation", () => {
    expect(pay.benefits).toEqual([
      "Performance bonuses",
      "Health insurance",
      "Paid time off",
      "Retirement contributions such as 401(k) matching",
    ]);
    if (haveSeeds)
      expect(
        seedText("including performance bonuses, health insurance, paid time off, and retirement contributions like 401(k) matching"),
      ).toBeDefined();
    expect(pay.negotiation).toMatch(/communication.*problem-solving.*customer satisfaction/);
    if (haveSeeds)
      expect(
        seedText(
          "Negotiation leverage comes from demonstrating strong communication skills, problem-solving abilities, and a proven track record of customer satisfaction",
        ),
      ).toBeDefined();
  });
  it("regional salaries keep the guide's notes on benefits and taxes", () => {
    expect(clerk.regionalSalaries?.note).toMatch(/health insurance and paid time off/);
    expect(clerk.regionalSalaries?.note).toMatch(/Middle East/);
  });
});

describe("the clerk guide's global opportunities", () => {
  const g = clerk.globalOpportunities!;
  const visa = (name: string) => g.visas?.find((v) => v.name === name);
  it.each([
    [
      "Digital nomad visas",
      ["Portugal", "Spain", "Estonia"],
      "Digital nomad visas, offered by countries like Portugal, Spain, and Estonia",
    ],
    [
      "Points-based systems",
      ["Canada", "Australia", "New Zealand"],
      "Countries like Canada, Australia, and New Zealand have points-based systems",
    ],
    [
      "Skilled Worker visa",
      ["United Kingdom"],
      "The UK's Skilled Worker visa can apply if the role meets specific salary and skill thresholds",
    ],
  ])("%s: %j", (name, countries, quote) => {
    expect(visa(name)?.countries).toEqual(countries);
    if (haveSeeds) expect(seedText(quote)).toBeDefined();
  });
  it("general skilled-worker visas, European sponsorship, timelines, permanent residency, language and family", () => {
    expect(visa("General skilled worker visas")).toBeDefined();
    expect(visa("Job offer and sponsorship")?.countries).toEqual(["European countries"]);
    const text = g.immigration!.join(" ");
    for (const fact of [
      "a few weeks to several months",
      "job offer, proof of financial stability and background checks",
      "Permanent residency",
      "several years of continuous employment",
      "English",
      "Family visas",
      "high school diploma",
    ]) {
      expect(text).toContain(fact);
    }
    if (haveSeeds) expect(seedText("Typical visa timelines vary from a few weeks to several months")).toBeDefined();
  });
  it("international remote work, with its legal, tax and time-zone questions", () => {
    expect(g.remoteWork!.join(" ")).toMatch(/chat, email or phone support.*Legal and tax.*time zones.*geographic arbitrage.*Upwork/s);
  });
  it("the representative guide's global outlook is its own section, with the countries it names", () => {
    const r = rep.globalOpportunities!;
    expect(r.source).toBe("representative-guide");
    for (const place of [
      "United States",
      "Canada",
      "United Kingdom",
      "Germany",
      "Australia",
      "Philippines",
      "India",
      "Malaysia",
      "European Union",
      "Latin America",
    ])
      expect(r.summary).toContain(place);
    expect(rep.outlook?.summary).toBeUndefined();
  });
});

describe("the clerk guide's diversity and inclusion", () => {
  const d = clerk.diversity!;
  it("inclusive hiring, workplace culture, resources and support networks", () => {
    expect(d.source).toBe("clerk-guide");
    expect(d.hiring!.join(" ")).toMatch(/Structured interviews.*blind.*people with disabilities, veterans.*Employee Resource Groups/s);
    expect(d.culture!.join(" ")).toMatch(/microaggressions.*Green flags.*Red flags.*caregiving/s);
    expect(d.resources!.join(" ")).toMatch(
      /workforce development boards.*Dress for Success.*LinkedIn.*scholarships.*Veterans.*Community centers/s,
    );
    if (haveSeeds) expect(seedText("Nonprofits like Dress for Success offer professional attire and interview coaching")).toBeDefined();
  });
});

describe("what each guide says of experience, and what is borrowed", () => {
  it("the representative's 3-5 years are the clerk guide's ladder step, marked as borrowed; its own guide asks minimal experience", () => {
    expect(rep.level).toMatchObject({ source: "clerk-guide", step: 4, years: { min: 3, max: 5, total: true } });
    expect(rep.level?.inferred?.reason).toMatch(/clerk guide's step Customer Service Representative/);
    expect(rep.keyFacts?.typicalExperience).toMatchObject({
      source: "representative-guide",
      text: expect.stringMatching(/little formal experience/),
    });
    if (haveSeeds) expect(seedText("Entry-level roles typically require minimal formal experience")).toBeDefined();
    if (haveSeeds) expect(seedText("Customer Service Representative\n\n    3-5 years total experience")).toBeDefined();
    // assess asks no years of it
    expect(rep.requirements?.experience).toMatchObject({
      years: 0,
      inferred: { reason: expect.stringMatching(/minimal formal experience/) },
    });
    expect(rep.salaryByLevel?.inferred?.reason).toMatch(/gives no salary/);
  });
  it("the ladder's tracks: named by the guide, the levels on them the data's reading", () => {
    expect(clerk.ladder?.tracks.map((t) => [t.id, Boolean(t.inferred)])).toEqual([
      ["ic", true],
      ["management", true],
    ]);
    if (haveSeeds) expect(seedText("Two primary pathways exist: the individual contributor (IC) track")).toBeDefined();
  });
});

/**
 * The O*NET links against the O*NET 29.3 database (../shared/data, read at test time, never copied):
 * each code and title as "Occupation Data.txt" gives it, each element id and name as "Content Model
 * Reference.txt" does.
 */
describe("O*NET links match the O*NET 29.3 database", () => {
  const zip = join(ROOT, "..", "shared", "data", "db_29_3_text.zip");
  const table = (file: string): Map<string, string> => {
    const out = spawnSync("unzip", ["-p", zip, `db_29_3_text/${file}`], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    return new Map(
      out.stdout
        .split(/\r?\n/)
        .slice(1)
        .map((l) => l.split("\t"))
        .filter((c) => c.length > 1)
        .map((c) => [c[0]!, c[1]!]),
    );
  };
  const haveZip = existsSync(zip) && spawnSync("unzip", ["-v"]).status === 0;
  const ids = ["clerk", "junior-clerk", "senior-clerk", "representative", "specialist", "supervisor", "manager"];

  it("every bundled role names its closest occupation; the representative's is Customer Service Representatives", () => {
    for (const id of ids) expect(loadShipped(id).onet, id).toBeDefined();
    expect(rep.onet).toMatchObject({ code: "43-4051.00", title: "Customer Service Representatives" });
    expect(loadShipped("manager").onet?.note).toMatch(/^Approximate/);
  });

  it.skipIf(!haveZip)("codes and titles, element ids and names (skipped without ../shared/data/db_29_3_text.zip and unzip)", () => {
    const occupations = table("Occupation Data.txt");
    const elements = table("Content Model Reference.txt");
    for (const id of ids) {
      const role = loadShipped(id);
      expect(occupations.get(role.onet!.code), `${id}: ${role.onet!.code}`).toBe(role.onet!.title);
      const links = [...(role.skills?.technical ?? []), ...(role.skills?.soft ?? []), ...(role.requirements?.skills ?? [])].flatMap((s) =>
        s.onet ? [s.onet] : [],
      );
      for (const link of links) expect(elements.get(link.id), `${id}: ${link.id}`).toBe(link.name);
    }
  });

  it("the guides' skills that are O*NET skills say so", () => {
    const linked = (role: Role) =>
      Object.fromEntries(
        [...(role.skills?.technical ?? []), ...(role.skills?.soft ?? [])].filter((s) => s.onet).map((s) => [s.id, s.onet!.name]),
      );
    expect(linked(clerk)).toMatchObject({
      "active-listening": "Active Listening",
      "clear-communication": "Speaking",
      "attention-to-detail": "Attention to Detail",
    });
    expect(linked(rep)).toMatchObject({
      "active-listening": "Active Listening",
      "time-management": "Time Management",
      "customer-centric": "Service Orientation",
      teamwork: "Coordination",
    });
    const sup = loadShipped("supervisor").requirements!.skills!.find((s) => s.id === "team-supervision");
    expect(sup?.onet).toEqual({ id: "2.B.5.d", name: "Management of Personnel Resources" });
  });
});
