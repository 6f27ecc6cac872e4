/**
 * The arithmetic and the rules of `careers compare`, on the shipped roles and on small made-up roles.
 * Expected figures are the guides' (level table: junior 30,000/32,000, clerk 35,000/37,000, representative
 * 40,000/42,000, supervisor 58,000/60,000, manager 72,000/75,000; clerk's BLS median 38,400 USD, May 2023),
 * with the differences worked out by hand.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { type ComparedRole, type CompareResult, compareRoles, difference, percentChange, sharedName } from "../../src/core/compare.js";
import { CareersError } from "../../src/errors.js";
import { type Role, type RoleInput, roleSchema } from "../../src/schema/role.js";
import { normalizeName, overlap, uniqueNames } from "../../src/text/names.js";
import { loadShipped } from "../helpers/roles.js";

const clerk = loadShipped("clerk");
const rep = loadShipped("representative");
const supervisor = loadShipped("supervisor");
const manager = loadShipped("manager");
const junior = loadShipped("junior-clerk");

const made = (id: string, extra: Partial<RoleInput> = {}): Role =>
  roleSchema.parse({ id, title: `Role ${id}`, summary: "A made-up role.", sources: [{ id: "g", title: "Guide G" }], ...extra });
const levels = (id: string, currency: string, median: number, average?: number): Partial<RoleInput> => ({
  salaryByLevel: {
    source: "g",
    currency,
    period: "year",
    levels: [{ level: `Level ${id}`, role: id, median, ...(average === undefined ? {} : { average }) }],
  },
});

const usageErrorOf = (f: () => unknown): CareersError => {
  try {
    f();
  } catch (e) {
    if (e instanceof CareersError) return e;
    throw e;
  }
  throw new Error("expected a CareersError");
};

describe("percentChange", () => {
  it.each([
    [35000, 40000, 14.3], // clerk -> representative level medians: 5,000 / 35,000 = 14.2857%
    [37000, 42000, 13.5], // averages: 5,000 / 37,000 = 13.5135%
    [38400, 40000, 4.2], // BLS median -> representative level median: 1,600 / 38,400 = 4.1667%
    [40000, 35000, -12.5],
    [30000, 72000, 140],
    [58000, 72000, 24.1], // 14,000 / 58,000 = 24.138%
    [60000, 75000, 25],
  ])("%d -> %d is %d%%", (base, value, expected) => {
    expect(percentChange(base, value)).toBe(expected);
  });

  it("rounds halves away from zero, both ways", () => {
    expect(percentChange(16, 23)).toBe(43.8); // +43.75%
    expect(percentChange(16, 9)).toBe(-43.8); // -43.75%; Math.round alone would give -43.7
    expect(percentChange(2000, 2001)).toBe(0.1); // +0.05%
    expect(percentChange(2000, 1999)).toBe(-0.1);
    expect(percentChange(80, 81)).toBe(1.3); // +1.25%
  });

  it("is 0 (never -0) for no or tiny changes, and null against a zero base", () => {
    expect(Object.is(percentChange(38400, 38400), 0)).toBe(true);
    expect(Object.is(percentChange(1_000_000, 999_999), 0)).toBe(true);
    expect(percentChange(0, 5000)).toBeNull();
  });
});

describe("difference", () => {
  const usd = (amount: number, period: "year" | "hour" | null = "year") => ({ amount, currency: "USD", period, source: "g" });
  it("subtracts amounts in the same currency and period", () => {
    expect(difference(usd(35000), usd(40000))).toEqual({ ok: true, difference: { amount: 5000, currency: "USD", percent: 14.3 } });
    expect(difference(usd(40000), usd(35000))).toEqual({ ok: true, difference: { amount: -5000, currency: "USD", percent: -12.5 } });
  });
  it("never subtracts across currencies or periods, and says why", () => {
    expect(difference(usd(35000), { ...usd(35000), currency: "CAD" })).toEqual({
      ok: false,
      reason: "currency",
      base: "USD",
      other: "CAD",
    });
    expect(difference(usd(38400), usd(20, "hour"))).toEqual({ ok: false, reason: "period", base: "year", other: "hour" });
    expect(difference(null, usd(1))).toEqual({ ok: false, reason: "missing" });
    expect(difference(usd(1), null)).toEqual({ ok: false, reason: "missing" });
  });
});

describe("names and overlap", () => {
  it("matches only exact names after case and punctuation", () => {
    expect(normalizeName("Problem-Solving")).toBe("problem solving");
    const o = overlap(
      ["Active Listening", "Empathy", "Problem-Solving"],
      ["active listening", "Empathy and emotional intelligence", "problem solving", "Time management"],
    );
    expect(o.shared).toEqual(["Active Listening", "Problem-Solving"]);
    expect(o.added).toEqual(["Empathy and emotional intelligence", "Time management"]);
    expect(o.dropped).toEqual(["Empathy"]);
  });
  it("counts a name once", () => {
    expect(uniqueNames(["CRM", "crm", "C.R.M.", "Slack"])).toEqual(["CRM", "C.R.M.", "Slack"]);
    expect(overlap(["Slack", "slack"], ["SLACK"]).shared).toEqual(["Slack"]);
  });
});

describe("compareRoles: clerk and representative", () => {
  // made before each test, not once while the file loads: a test sees the code as it is while it runs
  // (mutation testing switches a change on for the tests only)
  let r: CompareResult;
  let c: ComparedRole | undefined;
  let p: ComparedRole | undefined;
  beforeEach(() => {
    r = compareRoles([clerk, rep]);
    [c, p] = r.roles;
  });

  it("takes every difference against the first role", () => {
    expect(r.base).toBe("clerk");
    // like for like first: both level rows come from the clerk guide's table; clerk's BLS median and the
    // representative's level median are different measures, so that difference is not taken
    expect(p!.differences).toEqual({
      levelMedian: { amount: 5000, currency: "USD", percent: 14.3 },
      levelAverage: { amount: 5000, currency: "USD", percent: 13.5 },
      median: null,
    });
    expect(Object.keys(p!.differences)).toEqual(["levelMedian", "levelAverage", "median"]);
    expect(Object.keys(p!.salary)).toEqual(["levelMedian", "levelAverage", "median", "range", "entryLevel", "regions"]);
    for (const d of Object.values(c!.differences)) expect(d).toMatchObject({ amount: 0, percent: 0 });
  });

  it("keeps each median's source, date and basis", () => {
    expect(c!.salary.median).toEqual({
      amount: 38400,
      currency: "USD",
      period: "year",
      source: "bls-may-2023",
      basis: "key-facts",
      label: "U.S. national median, May 2023",
      inferred: null,
    });
    expect(p!.salary.median).toMatchObject({ amount: 40000, basis: "level-table", source: "clerk-guide" });
    expect(c!.salary.levelMedian).toMatchObject({ amount: 35000, level: "Customer Service Clerk", region: "US", inferred: null });
    expect(p!.salary.levelAverage).toMatchObject({ amount: 42000, level: "Customer Service Representative" });
    expect(r.notes.find((n) => n.kind === "basis")?.message).toMatch(/different measures .*not subtracted/);
  });

  it("keeps the data's reason where a figure is borrowed: the representative's level row and ladder step", () => {
    expect(p!.salary.levelMedian?.inferred?.reason).toMatch(/^The representative guide gives no salary/);
    expect(p!.outlook.level?.inferred?.reason).toMatch(/puts the role on no ladder/);
    expect(p!.outlook.experience).toMatchObject({ min: 3, max: 5, total: true, source: "clerk-guide" });
    expect(p!.outlook.experience?.inferred).toEqual(p!.outlook.level?.inferred);
    // the care guide's own statement beside it
    expect(p!.outlook.typicalExperience).toMatchObject({
      source: "representative-guide",
      value: expect.stringMatching(/little formal experience/),
    });
    expect(c!.outlook.level?.inferred).toBeNull();
  });

  it("lists each missing figure with the sources that lack it", () => {
    expect(r.missing).toEqual([
      { role: "clerk", figures: ["outlook.stress", "outlook.balance"], sources: ["clerk-guide", "bls-may-2023"] },
      {
        role: "representative",
        figures: ["salary.range", "salary.entryLevel", "outlook.growth", "outlook.annualOpenings"],
        sources: ["representative-guide", "clerk-guide"],
      },
    ]);
    expect(p!.salary.range).toBeNull();
    expect(p!.outlook.growth).toBeNull();
    expect(c!.outlook.stress).toBeNull();
    expect(p!.outlook.stress).toEqual({ value: "Moderate to High", source: "representative-guide" });
  });

  it("matches skills and kinds of tool by id, naming each as both guides word it", () => {
    expect(c!.skills?.count).toBe(16); // 8 technical + 8 soft
    // 17 technical + 15 soft, and three skills only the skill map names (computer navigation, mentoring,
    // cross-departmental communication); its other twelve entries are skills of the list by id
    expect(p!.skills?.count).toBe(35);
    const shared = Object.fromEntries(p!.skills!.sharedWithFirst!.map((s) => [s.firstName, s.name]));
    expect(shared).toMatchObject({
      Empathy: "Empathy and emotional intelligence",
      Patience: "Patience and resilience",
      "Data Entry and accuracy": "Data entry accuracy and speed",
      "Customer Relationship Management (CRM) software operation": "Proficiency in Customer Relationship Management (CRM) software",
      "Microsoft Office Suite proficiency (Word, Excel, Outlook)": "Use of Microsoft Office Suite (Word, Excel, Outlook)",
      "Basic troubleshooting": "Basic troubleshooting for company products or services",
      "Live chat and instant messaging platforms": "Familiarity with live chat and messaging platforms",
      "Stress Management": "Stress management",
    });
    // every clerk skill but typing speed, which the representative guide does not list
    expect(p!.skills?.sharedWithFirst).toHaveLength(15);
    expect(c!.skills?.items.filter((s) => !p!.skills!.sharedWithFirst!.some((x) => x.id === s.id)).map((s) => s.id)).toEqual([
      "typing-speed",
    ]);
    expect(p!.skills?.notInFirst).toHaveLength(35 - 15);
    expect(p!.skills?.notInFirst?.map((s) => s.id)).toEqual(
      expect.arrayContaining(["ticketing", "computer-navigation", "cross-department-communication"]),
    );
    expect(r.sharedByAll.skills).toHaveLength(15);
    expect(r.sharedByAll.skills?.find((s) => s.id === "empathy")).toEqual({ id: "empathy", name: "Empathy" });
    // kinds of tool: CRM, phone, email and live chat in both
    expect(c!.tools?.count).toBe(6);
    expect(p!.tools?.count).toBe(18);
    expect(p!.tools?.sharedWithFirst?.map((t) => t.id).sort()).toEqual(["crm", "email", "live-chat", "phone"]);
    expect(c!.skills?.sharedWithFirst).toHaveLength(16);
    expect(c!.skills?.notInFirst).toEqual([]);
  });

  it("names a shared item once where the two wordings differ in case only", () => {
    expect(sharedName({ id: "a", name: "Active listening", firstName: "Active Listening" })).toBe("Active listening");
    expect(sharedName({ id: "e", name: "Empathy and emotional intelligence", firstName: "Empathy" })).toBe(
      "Empathy = Empathy and emotional intelligence",
    );
  });

  it("matches two skills of different ids that name the same O*NET element, and never by name alone", () => {
    const withSkills = (id: string, skills: { id?: string; name: string; onet?: { id: string; name: string } }[]): Role =>
      ({ ...made(id, levels(id, "USD", 1, 1)), skills: { source: "g", soft: skills } }) as Role;
    const a = withSkills("a", [
      { id: "listening", name: "Listening", onet: { id: "2.A.1.b", name: "Active Listening" } },
      { name: "Coaching" },
    ]);
    const b = withSkills("b", [
      { id: "active-listening", name: "Active Listening", onet: { id: "2.A.1.b", name: "Active Listening" } },
      { id: "coach", name: "Coaching" },
    ]);
    const r = compareRoles([a, b]);
    expect(r.roles[1]!.skills?.sharedWithFirst).toEqual([{ id: "active-listening", name: "Active Listening", firstName: "Listening" }]);
    // "Coaching" without an id is "coaching", not "coach": ids decide
    expect(r.roles[1]!.skills?.notInFirst).toEqual([{ id: "coach", name: "Coaching" }]);
  });

  it("shows no region unless every role has it, and says so", () => {
    expect(r.regions).toEqual({ selected: null, shown: [] });
    expect(r.notes.find((n) => n.kind === "regions")?.roles).toEqual(["clerk"]);
  });
});

describe("compareRoles: other cases", () => {
  it("a role with itself: every difference zero, every skill shared, every region shown", () => {
    const r = compareRoles([clerk, clerk]);
    for (const d of Object.values(r.roles[1]!.differences)) expect(d).toEqual({ amount: 0, currency: "USD", percent: 0 });
    expect(r.roles[1]!.skills?.sharedWithFirst).toHaveLength(16);
    expect(r.roles[1]!.skills?.notInFirst).toEqual([]);
    expect(r.regions.shown).toEqual([
      "United States",
      "Canada",
      "Western Europe",
      "Eastern Europe",
      "Australia",
      "Southeast Asia",
      "Latin America",
    ]);
    expect(r.notes).toEqual([]);
  });

  it("ladder levels from the level table, negative differences included", () => {
    const r = compareRoles([supervisor, manager, junior]);
    expect(r.roles[1]!.differences.levelMedian).toEqual({ amount: 14000, currency: "USD", percent: 24.1 });
    expect(r.roles[1]!.differences.levelAverage).toEqual({ amount: 15000, currency: "USD", percent: 25 });
    expect(r.roles[2]!.differences.levelMedian).toEqual({ amount: -28000, currency: "USD", percent: -48.3 }); // 28,000 / 58,000
    expect(r.roles[2]!.outlook.experience).toEqual({ min: 1, max: 2, total: false, source: "clerk-guide", inferred: null });
    expect(r.roles[1]!.outlook.experience).toMatchObject({ min: 9, max: null });
    expect(r.notes.some((n) => n.kind === "basis")).toBe(false);
    expect(r.sharedByAll).toEqual({ skills: null, tools: null });
    expect(r.roles[0]!.skills).toBeNull();
    expect(r.missing[0]!.figures).toEqual(expect.arrayContaining(["salary.range", "skills", "tools"]));
  });

  it("never subtracts or converts across currencies", () => {
    const a = made("a", levels("a", "USD", 40000, 42000));
    const b = made("b", levels("b", "CAD", 50000, 52000));
    const r = compareRoles([a, b]);
    expect(r.roles[1]!.differences).toEqual({ median: null, levelMedian: null, levelAverage: null });
    expect(r.roles[1]!.salary.levelMedian).toMatchObject({ amount: 50000, currency: "CAD" });
    const notes = r.notes.filter((n) => n.kind === "currency");
    expect(notes).toHaveLength(3);
    expect(notes[0]!.message).toBe("level median: b (CAD) and a (USD) are in different currencies; not subtracted and not converted.");
  });

  it("never subtracts or converts across pay periods (a year against an hour), and says so", () => {
    // clerk: 38,400 USD a year (key facts) and 35,000 / 37,000 USD a year (level table);
    // the made-up role is paid by the hour: 18 USD (key facts) and 18 / 19 USD (its level row)
    const hourly = made("hourly", {
      keyFacts: { medianSalary: { amount: 18, currency: "USD", period: "hour", date: "2024", source: "g" } },
      salaryByLevel: {
        source: "g",
        currency: "USD",
        period: "hour",
        levels: [{ level: "Hourly", role: "hourly", median: 18, average: 19 }],
      },
    });
    const r = compareRoles([clerk, hourly]);
    expect(r.roles[1]!.differences).toEqual({ median: null, levelMedian: null, levelAverage: null });
    expect(r.roles[1]!.salary.median).toMatchObject({ amount: 18, currency: "USD", period: "hour" });
    expect(r.notes.filter((n) => n.kind === "period")).toEqual(
      // like for like first: the level rows, then the medians
      ["level median", "level average", "median"].map((what) => ({
        kind: "period",
        roles: ["clerk", "hourly"],
        message: `${what}: hourly (hour) and clerk (year) are in different periods; not subtracted and not converted.`,
      })),
    );
    // both medians are key facts: no basis note; only clerk has regions
    expect(r.notes.map((n) => n.kind)).toEqual(["period", "period", "period", "regions"]);
  });

  it("a key-facts median keeps its own period, whatever the level table's", () => {
    const a = made("a", {
      keyFacts: { medianSalary: { amount: 18, currency: "USD", period: "hour", date: "2024", source: "g" } },
      salaryByLevel: { source: "g", currency: "USD", period: "year", levels: [{ level: "A", role: "a", median: 36000 }] },
    });
    const [x] = compareRoles([a, a]).roles;
    expect([x!.salary.median?.period, x!.salary.levelMedian?.period]).toEqual(["hour", "year"]);
  });

  it("a level table that gives no period is not subtracted from one that does", () => {
    const unsaid = made("unsaid", {
      salaryByLevel: { source: "g", currency: "USD", levels: [{ level: "Unsaid", role: "unsaid", median: 36000 }] },
    });
    const r = compareRoles([clerk, unsaid]);
    expect(r.roles[1]!.differences.levelMedian).toBeNull();
    // unsaid has no key facts: its median is its level row, another measure than clerk's own median, so the
    // medians are not subtracted at all (no period note for them); it has no average (nothing to compare)
    expect(r.notes.map((n) => n.message)).toEqual([
      "level median: unsaid (period not given) and clerk (year) are in different periods; not subtracted and not converted.",
      "The medians are different measures (own key-facts median: clerk; a level's median in a salary-by-level table: unsaid), so they are not subtracted from each other; the level rows compare like with like.",
      "Salaries by region are shown only where every role has them; only clerk has them. Pick one with --region <name>.",
    ]);
    // and the other way round: the base gives no period
    expect(compareRoles([unsaid, clerk]).notes[0]!.message).toBe(
      "level median: clerk (year) and unsaid (period not given) are in different periods; not subtracted and not converted.",
    );
  });

  it("a missing base figure leaves every difference empty", () => {
    const r = compareRoles([made("a"), made("b", levels("b", "USD", 40000))]);
    expect(r.roles[1]!.differences).toEqual({ median: null, levelMedian: null, levelAverage: null });
    expect(r.missing).toEqual([
      {
        role: "a",
        figures: expect.arrayContaining(["salary.median", "salary.levelMedian", "salary.levelAverage", "skills", "tools"]),
        sources: ["g"],
      },
      { role: "b", figures: expect.arrayContaining(["salary.levelAverage"]), sources: ["g"] },
    ]);
    expect(r.missing[1]!.figures).not.toContain("salary.levelMedian");
  });

  it("a zero base gives an amount but no percentage", () => {
    const r = compareRoles([made("a", levels("a", "USD", 0)), made("b", levels("b", "USD", 100))]);
    expect(r.roles[1]!.differences.levelMedian).toEqual({ amount: 100, currency: "USD", percent: null });
  });

  it("--region picks one region by name or by a country the source names", () => {
    const r = compareRoles([clerk, rep], { region: "canada" });
    expect(r.regions).toEqual({ selected: "Canada", shown: ["Canada"] });
    expect(r.roles[0]!.salary.regions).toEqual([
      {
        region: "Canada",
        range: { low: 35000, high: 50000, currency: "CAD", highOpenEnded: false, note: null, usdEquivalent: null, source: "clerk-guide" },
      },
    ]);
    expect(r.roles[1]!.salary.regions).toEqual([{ region: "Canada", range: null }]);
    expect(r.missing[1]!.figures).toContain("salary.region:Canada");
    expect(compareRoles([clerk, clerk], { region: "Germany" }).regions.selected).toBe("Western Europe");
    const au = compareRoles([clerk, clerk], { region: "australia" }).roles[0]!.salary.regions[0]!.range;
    expect(au).toMatchObject({ low: 40000, high: 55000, currency: "AUD", usdEquivalent: { low: 26000, high: 36000 } });
  });

  it("an unknown region is a usage error with a suggestion", () => {
    const e = usageErrorOf(() => compareRoles([clerk, rep], { region: "canda" }));
    expect(e.kind).toBe("usage");
    expect(e.message).toBe('unknown region "canda"');
    expect(e.hint).toMatch(/^Did you mean "Canada"\? Regions: United States, Canada,/);
    const none = usageErrorOf(() => compareRoles([rep, manager], { region: "Canada" }));
    expect([none.message, none.hint]).toEqual(['unknown region "Canada"', "None of these roles has salaries by region."]);
  });

  it("takes 2 to 4 roles", () => {
    expect(usageErrorOf(() => compareRoles([clerk])).message).toBe("compare takes 2 to 4 roles, not 1");
    expect(usageErrorOf(() => compareRoles([clerk, rep, clerk, rep, clerk])).exitCode).toBe(2);
    expect(compareRoles([clerk, rep, supervisor, manager]).roles.map((x) => x.id)).toEqual([
      "clerk",
      "representative",
      "supervisor",
      "manager",
    ]);
  });
});

describe("compareRoles: each figure as the role files give it", () => {
  it("clerk's range and outlook, and representative's level and work-life, with their sources", () => {
    const [c, p] = compareRoles([clerk, rep]).roles;
    // clerk.yaml: range 29,000-55,000+ USD; 4% growth "as fast as average"; about 348,600 openings; level step 1, 0-1 years
    expect(c!.salary.range).toEqual({
      low: 29000,
      high: 55000,
      currency: "USD",
      highOpenEnded: true,
      note: "Varies by experience, industry and location.",
      source: "clerk-guide",
    });
    expect(c!.outlook).toEqual({
      growth: { percent: 4, label: "as fast as average", source: "clerk-guide" },
      annualOpenings: { count: 348600, approximate: true, source: "clerk-guide" },
      typicalEducation: {
        value: "High school diploma or equivalent; many employers prefer some college or vocational training.",
        source: "clerk-guide",
      },
      level: { title: "Customer Service Clerk", step: 1, source: "clerk-guide", inferred: null },
      experience: { min: 0, max: 1, total: false, source: "clerk-guide", inferred: null },
      typicalExperience: { value: clerk.keyFacts!.typicalExperience!.text, source: clerk.keyFacts!.typicalExperience!.source },
      stress: null,
      balance: null,
    });
    // representative.yaml: step 4, 3-5 years in total; stress "Moderate to High", balance "Challenging"
    // both borrowed from the clerk guide's ladder, which representative.yaml marks with its reason
    const repLevel = loadShipped("representative").level!;
    expect(p!.outlook.level).toEqual({
      title: "Customer Service Representative",
      step: 4,
      source: "clerk-guide",
      inferred: { reason: repLevel.inferred!.reason, from: null },
    });
    expect(p!.outlook.experience).toMatchObject({ min: 3, max: 5, total: true, source: "clerk-guide" });
    expect(p!.outlook.balance).toEqual({ value: "Challenging", source: "representative-guide" });
    // the clerk guide's table (region US), borrowed: representative.yaml gives the reason
    expect(p!.salary.levelMedian).toEqual({
      amount: 40000,
      currency: "USD",
      period: "year",
      region: "US",
      source: "clerk-guide",
      level: "Customer Service Representative",
      inferred: { reason: loadShipped("representative").salaryByLevel!.inferred!.reason, from: null },
    });
    expect(p!.title).toBe("Customer Care Representative"); // the role's own title; its level keeps the clerk guide's name
    expect(p!.sources.map((s) => s.id)).toEqual(["representative-guide", "clerk-guide"]);
  });

  it("what a source leaves unsaid: not open-ended, no note, no label, not approximate", () => {
    const a = made("a", {
      keyFacts: {
        salaryRange: { low: 1, high: 2, currency: "USD", source: "g" },
        growth: { percent: -3, source: "g" },
        annualOpenings: { count: 12, source: "g" },
      },
      workLife: { source: "g", stress: "Low" },
    });
    const [x] = compareRoles([a, a]).roles;
    expect(x!.salary.range).toEqual({ low: 1, high: 2, currency: "USD", highOpenEnded: false, note: null, source: "g" });
    expect(x!.outlook.growth).toEqual({ percent: -3, label: null, source: "g" });
    expect(x!.outlook.annualOpenings).toEqual({ count: 12, approximate: false, source: "g" });
    expect(x!.outlook.stress).toEqual({ value: "Low", source: "g" });
    expect(x!.outlook.balance).toBeNull();
  });

  it("a level table without the role's own row gives it no level figures", () => {
    const a = made("a", {
      salaryByLevel: { source: "g", currency: "USD", period: "year", levels: [{ level: "B", role: "b", median: 5, average: 6 }] },
    });
    const [x] = compareRoles([a, a]).roles;
    expect(x!.salary).toMatchObject({ median: null, levelMedian: null, levelAverage: null });
  });

  it("tools are compared by kind (a group, by its id or the id its name gives), as the first role words them", () => {
    const a = made("a", {
      tools: {
        source: "g",
        groups: [{ name: "CRM", items: ["Salesforce", "Zendesk"] }, { name: "Headsets", items: [] }, { name: "Phones" }],
      },
    });
    const b = made("b", { tools: { source: "g", groups: [{ name: "Ticketing", items: ["zendesk", "Jira"] }, { name: "phones" }] } });
    const r = compareRoles([a, b]);
    const kinds = [
      { id: "crm", name: "CRM" },
      { id: "headsets", name: "Headsets" },
      { id: "phones", name: "Phones" },
    ];
    expect(r.roles[0]!.tools).toEqual({
      count: 3,
      items: kinds,
      sharedWithFirst: kinds.map((k) => ({ ...k, firstName: k.name })),
      notInFirst: [],
      source: "g",
    });
    // a product named in two kinds does not make them one kind; "phones" is Phones in other case
    expect(r.roles[1]!.tools).toEqual({
      count: 2,
      items: [
        { id: "ticketing", name: "Ticketing" },
        { id: "phones", name: "phones" },
      ],
      sharedWithFirst: [{ id: "phones", name: "phones", firstName: "Phones" }],
      notInFirst: [{ id: "ticketing", name: "Ticketing" }],
      source: "g",
    });
  });

  it("a list the first role lacks is still counted, but nothing is shared with it", () => {
    const r = compareRoles([supervisor, clerk]);
    expect(r.roles[1]!.skills).toMatchObject({ count: 16, sharedWithFirst: null, notInFirst: null, source: "clerk-guide" });
    // clerk.yaml's tools: six kinds (groups)
    expect(r.roles[1]!.tools).toMatchObject({ count: clerk.tools!.groups.length, sharedWithFirst: null, notInFirst: null });
    expect(clerk.tools!.groups).toHaveLength(6);
    expect(r.roles[0]!.skills).toBeNull();
  });

  it("names shared by all of three roles", () => {
    // clerk and representative share Active Listening, Stress Management and Attention to Detail; a third
    // role listing one of them (in other case) leaves that one
    const third = made("third", { skills: { source: "g", soft: [{ name: "stress management" }, { name: "Humour" }] } });
    expect(compareRoles([clerk, rep, third]).sharedByAll.skills).toEqual([{ id: "stress-management", name: "Stress Management" }]);
  });

  it("regions held by some roles but shared by none: every holder is named in the note", () => {
    const region = (name: string) => ({ regionalSalaries: { source: "g", regions: [{ region: name, low: 1, high: 2, currency: "EUR" }] } });
    const r = compareRoles([made("a", region("North")), made("b", region("South")), made("c")]);
    expect(r.regions).toEqual({ selected: null, shown: [] });
    expect(r.notes).toEqual([
      {
        kind: "regions",
        roles: ["a", "b"],
        message: "Salaries by region are shown only where every role has them; only a, b have them. Pick one with --region <name>.",
      },
    ]);
  });

  it("a region is matched by name or by a country either role names for it", () => {
    const a = made("a", {
      regionalSalaries: {
        source: "g",
        regions: [{ region: "Western Europe", examples: ["Germany"], low: 20, high: 30, currency: "EUR", note: "n" }],
      },
    });
    const b = made("b", {
      regionalSalaries: {
        source: "g",
        regions: [{ region: "W. Europe", examples: ["Germany", "France"], low: 25, high: 35, currency: "EUR" }],
      },
    });
    const c = made("c", { regionalSalaries: { source: "g", regions: [{ region: "Europe West", low: 1, high: 2, currency: "EUR" }] } });
    // asked by the country: b's region goes by another name, but names Germany too
    const r = compareRoles([a, b, c], { region: "germany" });
    expect(r.regions).toEqual({ selected: "Western Europe", shown: ["Western Europe"] });
    expect(r.roles.map((x) => x.salary.regions)).toEqual([
      [
        {
          region: "Western Europe",
          range: { low: 20, high: 30, currency: "EUR", highOpenEnded: false, note: "n", usdEquivalent: null, source: "g" },
        },
      ],
      [
        {
          region: "Western Europe",
          range: { low: 25, high: 35, currency: "EUR", highOpenEnded: false, note: null, usdEquivalent: null, source: "g" },
        },
      ],
      [{ region: "Western Europe", range: null }],
    ]);
    // not asked: b's "W. Europe" does not match a's "Western Europe" by name, so nothing is shown
    expect(compareRoles([a, b]).regions.shown).toEqual([]);
    // asked by a name only b uses
    expect(compareRoles([a, b], { region: "France" }).regions).toEqual({ selected: "W. Europe", shown: ["W. Europe"] });
  });

  it("an unknown region with nothing close lists the regions alone", () => {
    const e = usageErrorOf(() => compareRoles([clerk, rep], { region: "zzzzzz" }));
    expect(e.message).toBe('unknown region "zzzzzz"');
    expect(e.hint).toBe("Regions: United States, Canada, Western Europe, Eastern Europe, Australia, Southeast Asia, Latin America.");
  });

  it("two roles are enough; the count error shows an example", () => {
    expect(compareRoles([clerk, rep]).roles).toHaveLength(2);
    const e = usageErrorOf(() => compareRoles([]));
    expect([e.message, e.hint]).toEqual(["compare takes 2 to 4 roles, not 0", "Example: careers compare clerk representative"]);
  });
});

describe("compareRoles: entry-level pay, the medians' notes and what is missing, at their edges", () => {
  const keyFactsMedian = (amount: number): Partial<RoleInput> => ({
    keyFacts: { medianSalary: { amount, currency: "USD", period: "year", date: "2024", source: "g" } },
  });

  it("a level-table median keeps the table's period", () => {
    const r = compareRoles([made("a", levels("a", "USD", 30000)), made("b", levels("b", "USD", 40000))]);
    expect(r.roles[1]!.salary.median).toMatchObject({ amount: 40000, currency: "USD", period: "year", basis: "level-table" });
    expect(r.roles[1]!.differences.median).toEqual({ amount: 10000, currency: "USD", percent: 33.3 });
  });

  it("entry-level pay as the pay section gives it; what it leaves unsaid is false or null", () => {
    const entry = { low: 30000, high: 35000, currency: "USD" };
    const r = compareRoles([
      made("a", { pay: { source: "g", entryLevel: { ...entry, highOpenEnded: true, note: "first year", period: "year" } } }),
      made("b", { pay: { source: "g", entryLevel: entry } }),
      made("c", { pay: { source: "g", summary: "No figures." } }),
    ]);
    expect(r.roles.map((x) => x.salary.entryLevel)).toEqual([
      { ...entry, highOpenEnded: true, note: "first year", source: "g", period: "year" },
      { ...entry, highOpenEnded: false, note: null, source: "g", period: null },
      null,
    ]);
    expect(r.missing.find((m) => m.role === "c")!.figures).toContain("salary.entryLevel");
    expect(r.missing.find((m) => m.role === "a")!.figures).not.toContain("salary.entryLevel");
  });

  it("medians of two bases: each basis's roles named, and a base with no median at all", () => {
    const r = compareRoles([
      made("none"),
      made("a", keyFactsMedian(30000)),
      made("b", keyFactsMedian(32000)),
      made("c", levels("c", "USD", 40000)),
    ]);
    // the base has no median: no difference is taken, whatever the basis
    expect(r.roles.map((x) => x.differences.median)).toEqual([null, null, null, null]);
    expect(r.notes.filter((n) => n.kind === "basis")).toEqual([
      {
        kind: "basis",
        roles: ["a", "b", "c"],
        message:
          "The medians are different measures (own key-facts median: a, b; a level's median in a salary-by-level table: c), so they are not subtracted from each other; the level rows compare like with like.",
      },
    ]);
    // medians of one basis are subtracted, against a base that has one
    const same = compareRoles([made("a", keyFactsMedian(30000)), made("b", keyFactsMedian(33000))]);
    expect(same.roles[1]!.differences.median).toEqual({ amount: 3000, currency: "USD", percent: 10 });
    expect(same.notes).toEqual([]);
  });

  it("no role with regions: no note about regions", () => {
    expect(compareRoles([made("a", levels("a", "USD", 1)), made("b", levels("b", "USD", 2))]).notes).toEqual([]);
  });

  it("a region every role has is not missing; a role lacking nothing is not listed", () => {
    expect(
      compareRoles([clerk, clerk])
        .missing.flatMap((m) => m.figures)
        .filter((f) => f.startsWith("salary.region")),
    ).toEqual([]);
    const complete = made("full", {
      keyFacts: {
        ...keyFactsMedian(40000).keyFacts,
        salaryRange: { low: 30000, high: 50000, currency: "USD", source: "g" },
        growth: { percent: 5, source: "g" },
        annualOpenings: { count: 100, source: "g" },
        typicalEducation: { text: "A diploma", source: "g" },
        typicalExperience: { text: "None", source: "g" },
      },
      ...levels("full", "USD", 41000, 42000),
      pay: { source: "g", entryLevel: { low: 30000, high: 32000, currency: "USD" } },
      level: { source: "g", title: "Full", step: 1, years: { min: 0 }, scope: "All of it.", focusAreas: ["Everything."] },
      workLife: { source: "g", stress: "Low", balance: "Good" },
      skills: { source: "g", soft: [{ name: "Tact" }] },
      tools: { source: "g", groups: [{ name: "Phones" }] },
    });
    const r = compareRoles([complete, made("bare")]);
    expect(r.missing.map((m) => m.role)).toEqual(["bare"]);
    expect(r.missing[0]!.figures).toEqual([
      "salary.levelMedian",
      "salary.levelAverage",
      "salary.median",
      "salary.range",
      "salary.entryLevel",
      "outlook.growth",
      "outlook.annualOpenings",
      "outlook.typicalEducation",
      "outlook.typicalExperience",
      "outlook.level",
      "outlook.experience",
      "outlook.stress",
      "outlook.balance",
      "skills",
      "tools",
    ]);
  });
});
