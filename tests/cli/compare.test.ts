/**
 * `careers compare` through the built binary: table, chart, JSON, widths, colour and errors.
 * Figures are the guides': clerk's BLS median 38,400 USD (May 2023); level table medians/averages clerk
 * 35,000/37,000, representative 40,000/42,000, supervisor 58,000/60,000, manager 72,000/75,000.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tableRow as row, widestLine as widest } from "../helpers/layout.js";
import { ANSI, ROOT, run, runJson } from "../helpers/run.js";

const cols100 = { env: { COLUMNS: "100" } };

const r = await run(["compare", "clerk", "representative"], cols100);

describe("careers compare: table", () => {
  it("prints the groups side by side, one column a role", async () => {
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    for (const heading of ["Salary", "Outlook and entry", "Skills and tools", "Salary chart", "Notes", "Sources"]) {
      expect(r.stdout).toContain(`\n${heading}\n`);
    }
    expect(r.stdout).toMatch(/│\s+│ Customer Service Clerk\s+│ Customer Care Representative\s+│/);
  });

  it("salary rows: like for like first, each figure labelled, the borrowed ones marked", async () => {
    const labels = r.stdout
      .slice(0, r.stdout.indexOf("\nOutlook and entry\n"))
      .split("\n")
      .filter((l) => /^│ \S/.test(l))
      .map((l) => l.split("│")[1]!.trim());
    expect(labels).toEqual([
      "Level median (US)",
      "vs clerk",
      "Level average (US)",
      "vs clerk",
      "Median",
      "vs clerk",
      "Range",
      "Entry-level pay",
    ]);
    // both level rows are the clerk guide's table: 35,000 -> 40,000 is +5,000 (+14.3%), 37,000 -> 42,000 +5,000 (+13.5%)
    expect(row(r.stdout, "Level median (US)")).toEqual(["35,000 USD [1]", "40,000 USD† [1]"]);
    expect(row(r.stdout, "Level average (US)")).toEqual(["37,000 USD [1]", "42,000 USD† [1]"]);
    const diffs = r.stdout.split("\n").filter((l) => l.startsWith("│ vs clerk "));
    expect(
      diffs.map((l) =>
        l
          .split("│")
          .slice(2, -1)
          .map((c) => c.trim()),
      ),
    ).toEqual([
      ["base", "+5,000 USD (+14.3%)"],
      ["base", "+5,000 USD (+13.5%)"],
      // a national median against a level's median: not subtracted
      ["base", "not like for like"],
    ]);
    expect(row(r.stdout, "Median")).toEqual(["38,400 USD [2]", "40,000 USD† [1]"]);
    expect(r.stdout).toContain("U.S. national median, May 2023");
    expect(r.stdout).toContain("[1] How to Become a Customer Service Clerk: Career Path & Guide, Himalayas\n");
    expect(r.stdout).toContain("[2] U.S. Bureau of Labor Statistics wage data, May 2023\n");
    expect(row(r.stdout, "Range")).toEqual(["29,000–55,000+ USD [1]", "—"]);
    // the clerk guide's FAQ: entry-level positions generally range from $30,000 to $40,000
    expect(row(r.stdout, "Entry-level pay")).toEqual(["30,000–40,000 USD a year [1]", "—"]);
    expect(r.stdout).toMatch(/† representative, level median and level average: The representative guide gives no salary;/);
    expect(r.stdout).toContain("so they are not subtracted from each other; the level rows");
  });

  it("outlook and entry, with a dash and a footnote naming the sources that lack a figure", async () => {
    expect(row(r.stdout, "Growth")).toEqual(["+4% (as fast as average) [1]", "—"]);
    expect(row(r.stdout, "Annual openings")).toEqual(["about 348,600 [1]", "—"]);
    // the representative's years are the clerk guide's step, marked; the care guide's own statement beside them
    expect(row(r.stdout, "Experience at level")).toEqual(["0–1 year [1]", "3–5 years total† [1]"]);
    expect(row(r.stdout, "Experience asked")[1]).toBe("Entry-level roles ask for little");
    expect(r.stdout).toMatch(/† representative, ladder level and its experience: The representative guide puts the role on no\s+ladder/);
    expect(row(r.stdout, "Stress")).toEqual(["—", "Moderate to High [3]"]);
    expect(row(r.stdout, "Balance")).toEqual(["—", "Challenging [3]"]);
    expect(r.stdout).toContain("— clerk: stress rating and balance rating not given in its sources [1][2].\n");
    expect(r.stdout).toContain(
      "— representative: salary range, entry-level pay, growth and annual openings not given in its sources\n  [1][3].\n",
    );
    expect(r.stdout).toContain("[3] Customer Care Representative career guide\n");
  });

  it("skills and kinds of tool: counts, what is shared (as each guide words it) and what each adds", async () => {
    // 16 clerk skills; 32 in the care guide's list and 3 only in its skill map; 15 the same skill by id
    expect(row(r.stdout, "Skills")).toEqual(["16 [1]", "35 [3]"]);
    expect(row(r.stdout, "shared with clerk")).toEqual(["base", "15 of 16:"]);
    expect(row(r.stdout, "adds vs clerk")).toEqual(["base", "20 new:"]);
    expect(row(r.stdout, "Kinds of tool")).toEqual(["6 [1]", "18 [3]"]);
    const cells = r.stdout
      .split("\n")
      .map((l) => l.split("│")[3]?.trim() ?? "")
      .join(" ");
    expect(cells).toContain("Empathy = Empathy and emotional intelligence;");
    expect(cells).toContain("Patience = Patience and resilience;");
    expect(cells).toContain("CRM = Customer Relationship Management (CRM) Software;");
  });

  it("a salary chart: one scale, bars proportional to the figures", async () => {
    const chart = r.stdout.slice(r.stdout.indexOf("\nSalary chart\n"), r.stdout.indexOf("\nNotes\n"));
    const bar = (text: string, nth = 0) => {
      const line = chart.split("\n").filter((l) => l.trimEnd().endsWith(text))[nth]!;
      return (line.match(/[\u2588-\u258f]/g) ?? []).length;
    };
    expect(chart).toContain("Customer Care Representative (representative)\n");
    expect(chart).toContain("USD a year. Bars start at 0; a full bar is 42,000 USD.");
    const full = bar("42,000 USD");
    expect(full).toBeGreaterThan(40);
    expect(Math.abs(bar("35,000 USD") - (full * 35) / 42)).toBeLessThanOrEqual(1);
    expect(Math.abs(bar("38,400 USD") - (full * 38.4) / 42)).toBeLessThanOrEqual(1);
  });

  it("no colour when piped or under NO_COLOR; colour when forced", async () => {
    expect(r.stdout).not.toMatch(ANSI);
    expect((await run(["compare", "clerk", "representative"], { env: { FORCE_COLOR: "1", NO_COLOR: "1" } })).stdout).not.toMatch(ANSI);
    expect((await run(["compare", "clerk", "representative", "--no-color"], { env: { FORCE_COLOR: "1" } })).stdout).not.toMatch(ANSI);
    expect((await run(["compare", "clerk", "representative"], { env: { FORCE_COLOR: "1" } })).stdout).toMatch(ANSI);
    // a wrapped bold header closes its bold at each line's end: no border is drawn bold
    for (const args of [["list"], ["compare", "clerk", "representative"]]) {
      const lines = (await run(args, { env: { FORCE_COLOR: "1", COLUMNS: "60" } })).stdout.split("\n");
      const open = lines.filter((l) => /\u001b\[(1|2|3[0-7]|9[0-7])m(?!.*\u001b\[(0|22|39)m)[^\u001b]*$/.test(l));
      expect(open, `lines that leave a style open:\n${open.join("\n")}`).toEqual([]);
    }
  });

  it.each([
    ["60", ["clerk", "representative"]],
    ["120", ["clerk", "representative"]],
    ["60", ["clerk", "supervisor", "junior-clerk", "manager", "--region", "australia"]],
    ["120", ["representative", "clerk", "specialist", "senior-clerk"]],
  ])("at COLUMNS=%s every line fits and no word is cut (%j)", async (columns, args) => {
    const out = await run(["compare", ...args], { env: { COLUMNS: columns } });
    expect(out.status).toBe(0);
    expect(widest(out.stdout)).toBeLessThanOrEqual(Number(columns));
    expect(out.stdout).not.toContain("…");
  });
});

describe("careers compare: roles", () => {
  it("ladder levels and aliases work; differences from the level table", async () => {
    const r = await run(["compare", "supervisor", "CS manager"], cols100);
    expect(r.status).toBe(0);
    expect(row(r.stdout, "Level median")).toEqual(["58,000 USD [1]", "72,000 USD [1]"]);
    expect(r.stdout).toContain("+14,000 USD (+24.1%)");
    expect(r.stdout).toContain("+15,000 USD (+25%)");
    expect((await runJson(["compare", "cs clerk", "CSR", "--json"])).data.roles.map((x: { id: string }) => x.id)).toEqual([
      "clerk",
      "representative",
    ]);
  });

  it("a role with itself: every difference zero, every region shown", async () => {
    const r = await run(["compare", "clerk", "clerk"], cols100);
    expect(r.status).toBe(0);
    const diffs = r.stdout.split("\n").filter((l) => l.startsWith("│ vs clerk "));
    expect(diffs.map((l) => l.split("│")[3]!.trim())).toEqual(["0 USD (0%)", "0 USD (0%)", "0 USD (0%)"]);
    expect(row(r.stdout, "Canada")).toEqual(["35,000–50,000 CAD [1]", "35,000–50,000 CAD [1]"]);
    expect(row(r.stdout, "Australia")).toEqual(["40,000–55,000 AUD [1]", "40,000–55,000 AUD [1]"]);
    expect(r.stdout).toMatch(/source's USD equivalent:[\s│]+26,000–36,000[\s│]+USD/);
  });

  it("--region picks one region, currency shown, a dash where a role lacks it", async () => {
    const r = await run(["compare", "clerk", "representative", "--region", "germany"], cols100);
    expect(r.status).toBe(0);
    expect(row(r.stdout, "Western Europe")).toEqual(["20,000–30,000 EUR [1]", "—"]);
    expect(r.stdout).toContain(
      "— representative: salary range, entry-level pay, salary in Western Europe, growth and annual\n  openings not given",
    );
  });
});

const { data, result } = await runJson(["compare", "clerk", "representative", "--json"]);

describe("careers compare --json", () => {
  it("is one object with stable keys and nothing else on stdout or stderr", async () => {
    expect(result.status).toBe(0);
    expect(result.stderr).toBe("");
    expect(Object.keys(data)).toEqual(["base", "roles", "regions", "sharedByAll", "missing", "notes"]);
    expect(Object.keys(data.roles[0])).toEqual(["id", "title", "sources", "salary", "differences", "outlook", "skills", "tools"]);
    expect(Object.keys(data.roles[0].salary)).toEqual(["levelMedian", "levelAverage", "median", "range", "entryLevel", "regions"]);
    expect(Object.keys(data.roles[0].outlook)).toEqual([
      "growth",
      "annualOpenings",
      "typicalEducation",
      "typicalExperience",
      "level",
      "experience",
      "stress",
      "balance",
    ]);
    expect(Object.keys(data.roles[1].skills)).toEqual(["count", "items", "sharedWithFirst", "notInFirst", "source"]);
  });

  it("every key is documented in docs/json-output.md", async () => {
    const docs = readFileSync(join(ROOT, "docs", "json-output.md"), "utf8");
    const doc = docs.slice(docs.indexOf("## `careers compare"), docs.indexOf("## `careers path"));
    const keys = new Set<string>();
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) keys.add(k), walk(x);
    };
    const all = (await runJson(["compare", "clerk", "representative", "--region", "australia", "--json"])).data;
    walk({ ...all, roles: all.roles.map((r: { sources: unknown }) => ({ ...r, sources: [] })) });
    // a key of the shape block, or `key`, or a path ending in it, such as `roles[].salary`
    for (const k of keys) expect(doc, `docs/json-output.md documents ${k}`).toMatch(new RegExp(`[\`.{\\s]${k}(\\[\\])?[\`:,?\\s}]`));
  });

  it("the example in docs/output-formats.md is real output (at 100 columns)", async () => {
    const doc = readFileSync(join(ROOT, "docs", "output-formats.md"), "utf8");
    const start = doc.indexOf("$ careers compare clerk representative\n");
    const example = doc.slice(start, doc.indexOf("```", start)).split("\n").slice(1);
    const out = (await run(["compare", "clerk", "representative"], cols100)).stdout.split("\n");
    const shown = example.filter((l) => l !== "...");
    expect(shown.length).toBeGreaterThan(40);
    for (const line of shown) expect(out).toContain(line);
  });

  it("holds every figure of the table, the differences and the overlaps", async () => {
    expect(data.base).toBe("clerk");
    expect(data.roles[0].salary.median).toEqual({
      amount: 38400,
      currency: "USD",
      period: "year",
      source: "bls-may-2023",
      basis: "key-facts",
      label: "U.S. national median, May 2023",
      inferred: null,
    });
    expect(data.roles[1].differences).toEqual({
      levelMedian: { amount: 5000, currency: "USD", percent: 14.3 },
      levelAverage: { amount: 5000, currency: "USD", percent: 13.5 },
      median: null,
    });
    expect(data.roles[1].salary.levelMedian.inferred).toEqual({
      reason: expect.stringMatching(/^The representative guide gives no salary/),
      from: null,
    });
    expect(data.roles[0].salary.entryLevel).toEqual({
      low: 30000,
      high: 40000,
      currency: "USD",
      highOpenEnded: false,
      note: expect.any(String),
      source: "clerk-guide",
      period: "year",
    });
    expect(data.roles[0].salary.range).toMatchObject({ low: 29000, high: 55000, highOpenEnded: true, currency: "USD" });
    expect(data.roles[1].salary.range).toBeNull();
    expect(data.roles[0].outlook.annualOpenings).toEqual({ count: 348600, approximate: true, source: "clerk-guide" });
    expect(data.sharedByAll.tools.map((t: { id: string }) => t.id)).toEqual(["crm", "phone", "email", "live-chat"]);
    expect(data.roles[1].skills.sharedWithFirst).toContainEqual({
      id: "empathy",
      name: "Empathy and emotional intelligence",
      firstName: "Empathy",
    });
    expect(data.missing.map((m: { role: string }) => m.role)).toEqual(["clerk", "representative"]);
    expect(data.notes.map((n: { kind: string }) => n.kind)).toEqual(["basis", "regions"]);
  });
});

describe("careers compare: errors", () => {
  it("an unknown role: did-you-mean on stderr, exit 2, nothing on stdout", async () => {
    const r = await run(["compare", "clerk", "clerck"]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe('careers: unknown role "clerck"\nDid you mean "clerk"?\n');
    // the same, as data
    const json = await run(["compare", "clerk", "clerck", "--json"]);
    expect(json.status).toBe(2);
    expect(json.stdout).toBe("");
    expect(JSON.parse(json.stderr).error).toEqual({
      kind: "not-found",
      message: 'unknown role "clerck"',
      hint: 'Did you mean "clerk"?',
      exitCode: 2,
    });
  });

  it.each([
    [["clerk"], "not 1"],
    [["clerk", "representative", "supervisor", "manager", "specialist"], "not 5"],
  ])("fewer than two or more than four roles is a usage error (%j)", async (roles, count) => {
    const r = await run(["compare", ...roles]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(`careers: compare takes 2 to 4 roles, ${count}\nExample: careers compare clerk representative\n`);
  });

  it("no roles at all, and an unknown region, are usage errors", async () => {
    const none = await run(["compare"]);
    expect(none.status).toBe(2);
    expect(none.stdout).toBe("");
    expect(none.stderr).toContain("missing required argument 'roles'");
    const region = await run(["compare", "clerk", "representative", "--region", "canda"]);
    expect(region.status).toBe(2);
    expect(region.stdout).toBe("");
    expect(region.stderr).toMatch(/^careers: unknown region "canda"\nDid you mean "Canada"\? Regions: United States, Canada,/);
  });

  it("--help shows examples", async () => {
    const h = await run(["compare", "--help"]);
    expect(h.status).toBe(0);
    expect(h.stdout).toContain("$ careers compare clerk representative");
    expect(h.stdout).toContain("--region <name>");
  });
});
