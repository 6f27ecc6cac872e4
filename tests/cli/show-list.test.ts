/** `careers show` and `careers list` through the built binary. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadShipped } from "../helpers/roles.js";
import { ANSI, BIN, run, runJson } from "../helpers/run.js";

describe("careers show", () => {
  it("prints the role as sections with the guide's figures", async () => {
    const r = await run(["show", "clerk"]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    for (const heading of [
      "Key facts",
      "Responsibilities",
      "Skills",
      "Tools and technology",
      "Education options",
      "Salary by level",
      "Salaries by region",
      "Market outlook",
      "Pros",
      "Cons",
      "Frequently asked questions",
      "Related careers",
    ]) {
      expect(r.stdout).toContain(`\n${heading}\n`);
    }
    expect(r.stdout).toContain("38,400 USD a year (U.S. national median, May 2023)");
    expect(r.stdout).toContain("29,000–55,000+ USD");
    expect(r.stdout).toContain("about 348,600");
    expect(r.stdout).toMatch(/Customer Service Manager\s+│\s+72,000 USD │\s+75,000 USD/);
    // the salary table's figures are labelled with the region it gives
    expect(r.stdout).toMatch(/│ Level\s+│ Median \(US\) │ Average \(US\) │/);
    expect(r.stdout).toMatch(/Canada\s+│ 35,000–50,000 CAD/);
  });

  it("--json prints the role in the shape of its file", async () => {
    const { data, result } = await runJson(["show", "clerk", "--json"]);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe("");
    expect(data).toEqual(loadShipped("clerk"));
  });

  it.each([["CLERK"], ["Customer Service Clerk"], ["cs clerk"], ["customer-service-clerk"]])("finds the role by %j", async (name) => {
    const { data } = await runJson(["show", name, "--json"]);
    expect(data.id).toBe("clerk");
  });

  it("finds the representative by its ladder title", async () => {
    expect((await runJson(["show", "Customer Service Representative", "--json"])).data.id).toBe("representative");
  });

  it("--section limits the output, in text and JSON", async () => {
    const r = await run(["show", "supervisor", "--section", "salary-levels"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Salary by level");
    expect(r.stdout).toMatch(/Customer Service Supervisor \(this role\)\s+│\s+58,000 USD │\s+60,000 USD/);
    expect(r.stdout).not.toContain("Key facts");
    const { data } = await runJson(["show", "clerk", "--json", "--section", "facts,pros"]);
    expect(Object.keys(data)).toEqual(["id", "title", "sources", "onet", "keyFacts", "pros", "level"]);
  });

  it("the representative's ladder step is shown as the clerk guide's, marked, with the care guide's own statement beside it", async () => {
    const r = await run(["show", "representative", "--section", "facts"], { env: { COLUMNS: "100" } });
    expect(r.status).toBe(0);
    const flat = r.stdout.replace(/[\s│]+/g, " ");
    expect(flat).toContain("Career ladder step 4: Customer Service Representative†");
    expect(flat).toContain("Experience at step 4 3–5 years total†");
    expect(flat).toContain("Experience asked Entry-level roles ask for little formal experience;");
    expect(flat).toContain(
      "† Career ladder and its experience: The representative guide puts the role on no ladder; this is the clerk guide's step Customer Service Representative",
    );
    // the salary is labelled as the level table's, borrowed from the clerk guide
    expect(flat).toContain(
      "Level median (US) 40,000 USD† a year (Customer Service Representative in the salary-by-level table of How to Become a Customer Service Clerk: Career Path & Guide, Himalayas; average 42,000 USD)",
    );
    expect(flat).toContain("† Level median: The representative guide gives no salary;");
    expect(flat).toContain("O*NET occupation 43-4051.00 Customer Service Representatives");
  });

  it("the clerk's key facts name both salary figures, with the pay context of the guide", async () => {
    const r = await run(["show", "clerk", "--section", "facts"], { env: { COLUMNS: "120" } });
    const flat = r.stdout.replace(/[\s│]+/g, " ");
    expect(flat).toContain("Median salary 38,400 USD a year (U.S. national median, May 2023)");
    expect(flat).toContain("Level median (US) 35,000 USD a year (Customer Service Clerk in the salary-by-level table");
    expect(flat).toContain("Entry-level pay 30,000–40,000 USD a year");
    // the benefits follow in the pay section, right after the salary by level
    const all = (await run(["show", "clerk"], { env: { COLUMNS: "120" } })).stdout;
    const at = (heading: string) => all.indexOf(`\n\n${heading}\n`);
    expect(at("Salary by level")).toBeGreaterThan(0);
    expect([at("Salary by level") < at("Pay and benefits"), at("Pay and benefits") < at("Salaries by region")]).toEqual([true, true]);
    expect(all.slice(all.indexOf("\nPay and benefits\n")).replace(/\s+/g, " ")).toContain(
      "Beyond the wage • Performance bonuses • Health insurance • Paid time off • Retirement contributions such as 401(k) matching",
    );
  });

  it("--section pay, global and diversity carry the clerk guide's sections over", async () => {
    const r = await run(["show", "clerk", "--section", "pay", "global", "diversity"], { env: { COLUMNS: "100" } });
    expect(r.status).toBe(0);
    for (const heading of [
      "Pay and benefits",
      "Working abroad",
      "Diversity and inclusion",
      "Negotiating",
      "Visas",
      "Immigration",
      "Inclusive hiring",
      "Workplace culture",
      "Resources and support networks",
    ]) {
      expect(r.stdout).toContain(`\n${heading}\n`);
    }
    const flat = r.stdout.replace(/\s+/g, " ");
    expect(flat).toContain("Digital nomad visas (Portugal, Spain, Estonia)");
    expect(flat).toContain("Points-based systems (Canada, Australia, New Zealand)");
    expect(flat).toContain("Skilled Worker visa (United Kingdom)");
    expect(flat).toContain("Dress for Success");
    // the representative's guide has a global outlook of its own, and no diversity section
    const rep = await run(["show", "representative", "--section", "global", "diversity"], { env: { COLUMNS: "100" } });
    expect(rep.stdout).toContain("\nWorking abroad\n");
    expect(rep.stdout).not.toContain("\nDiversity and inclusion\n");
  });

  it("--section requirements: what assess asks, whom it inherits from, and each source the needs cite", async () => {
    const r = await run(["show", "representative", "--section", "requirements"], { env: { COLUMNS: "100" } });
    expect(r.status).toBe(0);
    const flat = r.stdout.replace(/\s+/g, " ");
    expect(flat).toContain("Also needs what senior-clerk needs (careers show senior-clerk --section requirements).");
    expect(r.stdout).toMatch(/│ Helpdesk ticketing systems\s+│ technical │\s+2 │/);
    // its focus-area needs come from the clerk guide, the rest from the representative guide
    expect(flat).toContain(
      "Sources: Customer Care Representative career guide; How to Become a Customer Service Clerk: Career Path & Guide, Himalayas",
    );
    const { data } = await runJson(["show", "supervisor", "--json", "--section", "requirements"]);
    expect(Object.keys(data)).toEqual(["id", "title", "sources", "requirements"]);
    expect(data.requirements.skills.map((s: { id: string }) => s.id)).toContain("coaching");
  });

  it("an unknown section is a usage error with a suggestion", async () => {
    const r = await run(["show", "clerk", "--section", "salry-levels"]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain('unknown section "salry-levels"');
    expect(r.stderr).toContain('Did you mean "salary-levels"?');
  });

  it("an unknown role exits 2 with a did-you-mean on stderr and nothing on stdout", async () => {
    const r = await run(["show", "clerck"]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe('careers: unknown role "clerck"\nDid you mean "clerk"?\n');
  });

  it("a path instead of an id is a usage error and reads nothing", async () => {
    const r = await run(["show", "../../etc/passwd"]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^careers: "\.\.\/\.\.\/etc\/passwd" is not a role id/);
  });

  it("no colour when piped, under NO_COLOR and with --no-color; colour when forced", async () => {
    expect((await run(["show", "clerk"])).stdout).not.toMatch(ANSI);
    expect((await run(["show", "clerk"], { env: { FORCE_COLOR: "1", NO_COLOR: "1" } })).stdout).not.toMatch(ANSI);
    expect((await run(["show", "clerk", "--no-color"], { env: { FORCE_COLOR: "1" } })).stdout).not.toMatch(ANSI);
    expect((await run(["show", "clerk"], { env: { FORCE_COLOR: "1" } })).stdout).toMatch(ANSI);
  });

  it("tables fit the terminal width", async () => {
    for (const columns of ["60", "100"]) {
      const r = await run(["show", "representative"], { env: { COLUMNS: columns } });
      const widest = Math.max(...r.stdout.split("\n").map((l) => [...l].length));
      expect(widest).toBeLessThanOrEqual(Number(columns));
    }
  });

  it("stops quietly when the reader goes away (| head -1, | true)", async () => {
    const sh = (pipe: string) =>
      spawnSync("bash", ["-c", `sleep 0.2 | "${process.execPath}" "${BIN}" show clerk | ${pipe}; echo "status=\${PIPESTATUS[1]}" >&2`], {
        encoding: "utf8",
      });
    const head = sh("head -1");
    expect(head.stdout).toBe("Customer Service Clerk (clerk)\n");
    expect(head.stderr).toBe("status=0\n");
    const gone = sh("true");
    expect(gone.stdout).toBe("");
    expect(gone.stderr).toBe("status=0\n");
  });
});

describe("careers list", () => {
  it("lists every role with median salary, growth and education", async () => {
    const r = await run(["list"]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/clerk\s+│ Customer Service\s+│\s+38,400 USD │\s+\+4% │/);
    expect(r.stdout).toMatch(/manager\s+│ Customer Service\s+│\s+72,000 USD\* │/);
    expect(r.stdout).toContain("7 roles.");
  });

  it("its footnotes name the clerk guide's table for the level medians and say the representative's is borrowed", async () => {
    const r = await run(["list"], { env: { COLUMNS: "120" } });
    expect(r.stdout).toMatch(/representative\s+│ Customer Care Representative\s+│\s+40,000 USD\*† │/);
    const notes = r.stdout
      .slice(r.stdout.lastIndexOf("┘") + 1)
      .replace(/\s+/g, " ")
      .trim();
    expect(notes).toBe(
      "* The median of the role's level in the salary-by-level table of How to Become a Customer Service Clerk: Career Path & Guide, Himalayas. " +
        "Unmarked: the role's own median (clerk: U.S. national median, May 2023, from U.S. Bureau of Labor Statistics wage data, May 2023). " +
        "† representative: The representative guide gives no salary; these are the clerk guide's figures for its level Customer Service Representative, taken as this role by its title. " +
        "7 roles. Details: careers show <id>",
    );
  });

  it("--json lists the roles in ladder order with the salary's basis", async () => {
    const { data } = await runJson(["list", "--json"]);
    expect(data.results.map((r: { id: string }) => r.id)).toEqual([
      "clerk",
      "junior-clerk",
      "senior-clerk",
      "representative",
      "specialist",
      "supervisor",
      "manager",
    ]);
    expect(data.results[0].median).toMatchObject({
      amount: 38400,
      currency: "USD",
      period: "year",
      basis: "key-facts",
      sourceId: "bls-may-2023",
    });
    expect(data.results[3].median).toMatchObject({
      amount: 40000,
      basis: "level-table",
      sourceId: "clerk-guide",
      source: "How to Become a Customer Service Clerk: Career Path & Guide, Himalayas",
    });
    expect(data.results[3].median.inferred).toEqual({
      reason: expect.stringMatching(/^The representative guide gives no salary/),
      from: null,
    });
    expect(data.results[0].median).not.toHaveProperty("inferred");
  });

  it("reports a broken user file as file:line:col and still lists the rest (exit 1)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "careers-"));
    writeFileSync(
      join(dir, "broken.yaml"),
      "id: broken\ntitle: Broken\nsummary: x\nsources:\n  - id: g\n    title: G\nkeyFacts:\n  growth:\n    percent: lots\n    source: g\n",
    );
    const r = await run(["list", "--data-dir", dir]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("7 roles");
    expect(r.stderr).toContain(`${join(dir, "broken.yaml")}:9:14: keyFacts.growth.percent: `);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    // with --json, the problem is in the output and in the error, as data
    const json = await run(["list", "--json", "--data-dir", dir]);
    expect(json.status).toBe(1);
    expect(JSON.parse(json.stdout).results).toHaveLength(7);
    expect(JSON.parse(json.stderr).error.problems).toMatchObject([
      { file: join(dir, "broken.yaml"), line: 9, col: 14, path: "keyFacts.growth.percent" },
    ]);
  });
});

describe("usage", () => {
  it("an unknown command gets a suggestion and exit 2", async () => {
    const r = await run(["shwo", "clerk"]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/unknown command 'shwo'/);
    expect(r.stderr).toMatch(/Did you mean show\?/);
  });

  it("--help shows examples and exit codes; --version prints the version", async () => {
    const h = await run(["--help"]);
    expect(h.status).toBe(0);
    expect(h.stdout).toContain("Examples:");
    expect(h.stdout).toContain("Exit codes:");
    expect((await run(["show", "--help"])).stdout).toContain("$ careers show clerk");
    expect((await run(["--version"])).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
