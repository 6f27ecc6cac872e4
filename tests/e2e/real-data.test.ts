/**
 * Fidelity over the real releases (../shared/data, imported once by real-data.setup.ts): figures of the
 * data set checked against the source rows, read here independently of the import code
 * (tests/helpers/release-read.ts). Skipped, with a message from the setup, where the releases are absent.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { sheet, tsv, unzip } from "../helpers/release-read.js";
import { spawnCli, spawnJson } from "../helpers/run.js";

const real = inject("realData");

type Row = Record<string, string>;
type Wage = { amount: number | null; topCoded?: true; atLeast?: number | null; notAvailable?: string };

describe.skipIf(!real)("the real releases, imported", () => {
  const env = () => ({ CAREERS_HOME: real!.home });
  const json = (args: string[]) => {
    const { data, result } = spawnJson(args, { env: env(), timeout: 60_000 });
    expect(result.status, result.stderr).toBe(0);
    return data;
  };

  let onet: Map<string, string>;
  const file = (name: string) => tsv(onet.get(`db_29_3_text/${name}`)!);
  /** OEWS national rows by SOC code (a code listed twice, as broad and detailed, is the same figures) */
  let oews: Map<string, Row>;
  /** projections rows (Table 1.2) by SOC code */
  let projections: Map<string, Row>;
  let oewsCeiling: { annual: number; hourly: number };
  let listed: {
    id: string;
    code: string;
    source: string;
    median: { amount: number; atLeast?: boolean } | null;
    growth: { percent: number } | null;
    openings: { perYear: number } | null;
    education: { typical: string } | null;
    jobZone: { zone: number } | null;
  }[];

  beforeAll(() => {
    onet = new Map([...unzip(join(real!.dir, "db_29_3_text.zip"))].map(([k, v]) => [k, v.toString("utf8")]));
    const oewsSheet = sheet(join(real!.dir, "national_M2024_dl.xlsx"), "national_M2024_dl");
    const head = oewsSheet[0]!.cells;
    const col = Object.fromEntries(Object.entries(head).map(([letter, name]) => [name, letter]));
    oews = new Map(
      oewsSheet
        .slice(1)
        .map((r) => [
          r.cells[col.OCC_CODE!]!,
          Object.fromEntries(Object.entries(col).map(([name, letter]) => [name, r.cells[letter] ?? ""])),
        ]),
    );
    const note = sheet(join(real!.dir, "national_M2024_dl.xlsx"), "Field Descriptions")
      .flatMap((r) => Object.values(r.cells))
      .find((t) => t.trim().startsWith("#"))!;
    const m = /\$([\d.,]+) per hour or \$([\d,]+) per year/.exec(note)!;
    oewsCeiling = { hourly: Number(m[1]!.replace(/,/g, "")), annual: Number(m[2]!.replace(/,/g, "")) };
    const proj = sheet(join(real!.dir, "occupation.xlsx"), "Table 1.2");
    projections = new Map(proj.filter((r) => /^\d\d-\d{4}$/.test(r.cells.B ?? "")).map((r) => [r.cells.B!, r.cells]));
    listed = json(["list", "--json"]).results.filter((r: { source: string }) => r.source === "onet");
  });

  /** A wage cell as the data set should hold it. */
  const wage = (cell: string, ceiling: number): Wage =>
    cell === "#"
      ? { amount: null, topCoded: true, atLeast: ceiling }
      : cell === "*" || cell === "N/A" || cell === ""
        ? { amount: null, notAvailable: cell }
        : { amount: Number(cell) };

  it("counts: every occupation, and each file's rows", () => {
    const occupations = file("Occupation Data.txt");
    expect(real!.summary.manifest.occupations).toBe(occupations.length);
    expect(listed).toHaveLength(occupations.length);
    const onetSource = real!.summary.manifest.sources.find((s) => s.id === "onet")!;
    for (const f of onetSource.files!) expect(f.rows, f.name).toBe(file(f.name).length);
    expect(onetSource.files!.map((f) => f.name)).toContain("Skills.txt");
    expect(file("Skills.txt")).toHaveLength(61530);
  });

  it("the projections have no release date: the period the title of Table 1.2 states, and where it says so", () => {
    const title = sheet(join(real!.dir, "occupation.xlsx"), "Table 1.2")[0]!.cells.A!;
    const period = /projections, (\d{4}–\d{4})/.exec(title)![1]!; // "Table 1.2 Occupational projections, 2024–2034, ..."
    const source = real!.summary.manifest.sources.find((s) => s.id === "bls-projections") as unknown as Record<string, unknown>;
    expect(source.date).toBeNull();
    expect(source.stated).toEqual({ text: `${period} projections`, where: "the title of sheet Table 1.2" });
  });

  it("every median, top-coded or missing, is the OEWS A_MEDIAN of the occupation's own SOC code", () => {
    let compared = 0;
    let topCoded = 0;
    let missing = 0;
    for (const o of listed) {
      const row = oews.get(o.code.slice(0, 7));
      if (!row) continue;
      compared++;
      const cell = row.A_MEDIAN!;
      if (cell === "#") {
        topCoded++;
        expect(o.median, o.code).toMatchObject({ amount: oewsCeiling.annual, atLeast: true });
      } else if (cell === "*") {
        missing++;
        expect(o.median, o.code).toBeNull();
      } else expect(o.median?.amount, o.code).toBe(Number(cell));
    }
    expect(compared).toBeGreaterThan(900);
    expect(topCoded).toBeGreaterThan(10);
    expect(missing).toBeGreaterThan(0);
  });

  it("every growth, openings and entry education is the projections' line for the SOC code", () => {
    let compared = 0;
    for (const o of listed) {
      const p = projections.get(o.code.slice(0, 7));
      if (p?.C !== "Line item") continue;
      compared++;
      expect(o.growth?.percent, o.code).toBe(Number(p.I));
      expect(o.openings?.perYear, o.code).toBe(Math.round(Number(p.K) * 1000));
      expect(o.education?.typical ?? null, o.code).toBe(p.M === "—" ? null : p.M);
    }
    expect(compared).toBeGreaterThan(900);
  });

  it("every job zone is the occupation's row of Job Zones", () => {
    const zones = new Map(file("Job Zones.txt").map((r) => [r["O*NET-SOC Code"]!, Number(r["Job Zone"])]));
    expect(zones.size).toBe(923);
    for (const o of listed) expect(o.jobZone?.zone ?? null, o.code).toBe(zones.get(o.code) ?? null);
  });

  describe("customer service representatives, section by section", () => {
    const code = "43-4051.00";
    let d: any;
    beforeAll(() => {
      d = json(["show", code, "--json"]);
    });

    it("wages: every percentile, mean and employment of the OEWS row", () => {
      const row = oews.get("43-4051")!;
      expect(d.wages.bls).toEqual({ code: "43-4051", title: row.OCC_TITLE, basis: "detailed" });
      expect(d.wages.period).toBe("May 2024");
      expect(d.wages.employment).toBe(Number(row.TOT_EMP));
      for (const [key, name] of [
        ["mean", "MEAN"],
        ["pct10", "PCT10"],
        ["pct25", "PCT25"],
        ["median", "MEDIAN"],
        ["pct75", "PCT75"],
        ["pct90", "PCT90"],
      ]) {
        expect(d.wages.annual[key!], key).toEqual(wage(row[`A_${name}`]!, oewsCeiling.annual));
        expect(d.wages.hourly[key!], key).toEqual(wage(row[`H_${name}`]!, oewsCeiling.hourly));
      }
    });

    it("outlook: the projections' row, employment in thousands made whole", () => {
      const p = projections.get("43-4051")!;
      expect(d.outlook).toMatchObject({
        period: "2024–34",
        employmentBase: Math.round(Number(p.D) * 1000),
        employmentProjected: Math.round(Number(p.E) * 1000),
        change: Math.round(Number(p.H) * 1000),
        changePercent: Number(p.I),
        openings: Math.round(Number(p.K) * 1000),
        medianWage: { amount: Number(p.L) },
        entryEducation: p.M,
        workExperience: p.N,
        training: p.O,
      });
    });

    it("skills and knowledge: importance and level of every element, with the nearest level anchor", () => {
      const anchors = file("Level Scale Anchors.txt").filter((r) => r["Scale ID"] === "LV");
      for (const [name, list] of [
        ["Skills.txt", d.skills],
        ["Knowledge.txt", d.knowledge],
      ] as const) {
        const rows = file(name).filter((r) => r["O*NET-SOC Code"] === code);
        const elements = [...new Set(rows.map((r) => r["Element ID"]))];
        expect(list.map((s: { element: string }) => s.element).sort()).toEqual(elements.sort());
        for (const s of list) {
          const value = (scale: string) =>
            Number(rows.find((r) => r["Element ID"] === s.element && r["Scale ID"] === scale)!["Data Value"]);
          expect(s.importance, s.name).toBe(value("IM"));
          expect(s.level, s.name).toBe(value("LV"));
          const own = anchors
            .filter((a) => a["Element ID"] === s.element)
            .map((a) => ({ value: Number(a["Anchor Value"]), text: a["Anchor Description"]! }));
          const nearest = [...own].sort((a, b) => Math.abs(a.value - s.level) - Math.abs(b.value - s.level) || a.value - b.value)[0];
          expect(s.anchor, s.name).toEqual(nearest);
        }
        // by importance
        expect(list.map((s: { importance: number }) => s.importance)).toEqual(
          [...list.map((s: { importance: number }) => s.importance)].sort((a, b) => b - a),
        );
      }
      expect(d.skills.find((s: { name: string }) => s.name === "Active Listening").anchor).toEqual({
        value: 4,
        text: "Answer inquiries regarding credit references",
      });
    });

    it("tasks (core first), alternate titles, education shares, interests, job zone", () => {
      const tasks = file("Task Statements.txt").filter((r) => r["O*NET-SOC Code"] === code);
      expect(d.tasks.map((t: { text: string }) => t.text).sort()).toEqual(tasks.map((t) => t.Task).sort());
      const types = d.tasks.map((t: { type: string }) => t.type);
      expect(types.lastIndexOf("Core")).toBeLessThan(types.indexOf("Supplemental"));
      expect(d.alternateTitles.sort()).toEqual(
        [
          ...new Set(
            file("Alternate Titles.txt")
              .filter((r) => r["O*NET-SOC Code"] === code)
              .map((r) => r["Alternate Title"]),
          ),
        ].sort(),
      );
      const rl = file("Education, Training, and Experience.txt").filter(
        (r) => r["O*NET-SOC Code"] === code && r["Scale ID"] === "RL" && Number(r["Data Value"]) > 0,
      );
      expect(d.education.required.map((s: { category: number; percent: number }) => [s.category, s.percent])).toEqual(
        rl.map((r) => [Number(r.Category), Number(r["Data Value"])]),
      );
      const oi = file("Interests.txt").filter((r) => r["O*NET-SOC Code"] === code && r["Scale ID"] === "OI");
      expect(Object.fromEntries(d.interests.scores.map((s: { name: string; score: number }) => [s.name, s.score]))).toEqual(
        Object.fromEntries(oi.map((r) => [r["Element Name"], Number(r["Data Value"])])),
      );
      expect(d.jobZone.zone).toBe(Number(file("Job Zones.txt").find((r) => r["O*NET-SOC Code"] === code)!["Job Zone"]));
      expect(d.attribution[0]).toContain("includes information from the O*NET 29.3 Database by the U.S. Department of Labor");
    });
  });

  it("a top-coded median and a missing one, as BLS marks them", () => {
    const top = [...oews.values()].find((r) => r.O_GROUP === "detailed" && r.A_MEDIAN === "#")!;
    const d = json(["show", `${top.OCC_CODE}`, "--json"]);
    expect(d.wages.annual.median).toEqual({ amount: null, topCoded: true, atLeast: oewsCeiling.annual });
    expect(d.wages.hourly.median).toEqual(wage(top.H_MEDIAN!, oewsCeiling.hourly));
    const hourlyOnly = [...oews.values()].find(
      (r) => r.O_GROUP === "detailed" && r.A_MEDIAN === "*" && listed.some((o) => o.code === `${r.OCC_CODE}.00`),
    )!;
    const h = json(["show", `${hourlyOnly.OCC_CODE}`, "--json"]);
    expect(h.wages.annual.median).toEqual({ amount: null, notAvailable: "*" });
    expect(h.wages.hourly.median).toEqual({ amount: Number(hourlyOnly.H_MEDIAN) });
    expect(Boolean(h.wages.hourlyOnly)).toBe(hourlyOnly.HOURLY === "TRUE");
  });

  it("a broad and a combined BLS code: used, and said so", () => {
    const broad = json(["show", "13-1021.00", "--json", "--section", "wages"]);
    expect(broad.wages.bls).toMatchObject({ code: "13-1020", basis: "broad" });
    expect(broad.wages.annual.median).toEqual({ amount: Number(oews.get("13-1020")!.A_MEDIAN) });
    const combined = json(["show", "21-1014.00", "--json", "--section", "outlook"]);
    expect(combined.outlook.bls).toMatchObject({ code: "21-1018", basis: "combined" });
    expect(combined.outlook.changePercent).toBe(Number(projections.get("21-1018")!.I));
  });

  it("show 29-1141 --format markdown: a brief of at most three pages; 29-1141.01 marks Registered Nurses' figures", () => {
    const brief = (code: string) => {
      const r = spawnCli(["show", code, "--format", "markdown"], { env: env(), timeout: 60_000 });
      expect(r.status, r.stderr).toBe(0);
      return r.stdout;
    };
    const rn = brief("29-1141");
    // three pages of about 60 lines; before, 970 lines of keys
    expect(rn.split("\n").length).toBeLessThanOrEqual(180);
    const median = Number(oews.get("29-1141")!.A_MEDIAN).toLocaleString("en-US");
    expect(rn).toContain(`| Median wage | ${median} USD a year (May 2024) |`);
    expect(rn).toContain(`| Projected growth | +${Math.round(Number(projections.get("29-1141")!.I) * 10) / 10}% (2024–34) |`);
    const acute = brief("29-1141.01");
    expect(acute).toContain(`| Median wage | ${median} USD a year (May 2024) ‡ |`);
    expect(acute).toContain("‡ BLS publishes this figure for a wider occupation than this O*NET code: 29-1141 Registered Nurses.");
  });

  it("show clerk: the guide's 38,400 of May 2023 beside OEWS May 2024's median for 43-4051, never merged", () => {
    const d = json(["show", "clerk", "--json"]);
    const row = oews.get("43-4051")!;
    // the guide's figure, as clerk.yaml gives it
    expect(d.keyFacts.medianSalary).toMatchObject({ amount: 38400, date: "May 2023" });
    expect(d.official.guide.median).toMatchObject({ amount: 38400, label: "U.S. national median, May 2023" });
    // the official ones, read off the workbook's and projections' rows
    expect(d.official.onet.code).toBe("43-4051.00");
    expect(d.official.wages.period).toBe("May 2024");
    expect(d.official.wages.bls).toMatchObject({ code: "43-4051", basis: "detailed" });
    expect(d.official.wages.annual.median).toEqual(wage(row.A_MEDIAN!, oewsCeiling.annual));
    expect(d.official.wages.annual.pct90).toEqual(wage(row.A_PCT90!, oewsCeiling.annual));
    expect(d.official.wages.hourlyMedian).toEqual(wage(row.H_MEDIAN!, oewsCeiling.hourly));
    expect(d.official.wages.annual.median.amount).not.toBe(38400);
    const p = projections.get("43-4051")!;
    expect(d.official.outlook.changePercent).toBe(Number(p.I));
    expect(d.official.outlook.entryEducation).toBe(p.M);
    expect(d.official.attribution).toContain("Source: U.S. Bureau of Labor Statistics");
    // the supervisor and the manager link to 43-1011.00
    expect(json(["show", "manager", "--json", "--section", "official"]).official.wages.annual.median).toEqual(
      wage(oews.get("43-1011")!.A_MEDIAN!, oewsCeiling.annual),
    );
  });

  it("search finds customer service representatives first", () => {
    expect(json(["search", "customer", "service", "--json"]).results[0].code).toBe("43-4051.00");
  });

  it("compare customer service representatives with first-line supervisors: the levels are Skills.txt's", () => {
    const d = json(["compare", "customer-service-representatives", "43-1011", "--json"]);
    expect(d.sides.map((s: { code: string }) => s.code)).toEqual(["43-4051.00", "43-1011.00"]);
    /** an occupation's importance and level of an element, as Skills.txt gives them (a level not relevant is 0) */
    const skills = file("Skills.txt");
    const rated = (code: string, element: string) => {
      const rows = skills.filter((r) => r["O*NET-SOC Code"] === code && r["Element ID"] === element);
      const im = rows.find((r) => r["Scale ID"] === "IM")!;
      const lv = rows.find((r) => r["Scale ID"] === "LV")!;
      return { importance: Number(im["Data Value"]), level: lv["Not Relevant"] === "Y" ? 0 : Number(lv["Data Value"]) };
    };
    // Management of Personnel Resources: the supervisors' level, and the representatives'
    const element = "2.B.5.d";
    const sup = rated("43-1011.00", element);
    const csr = rated("43-4051.00", element);
    const skillRow = d.skills.find((s: { element: string }) => s.element === element);
    expect(skillRow.name).toBe("Management of Personnel Resources");
    expect(skillRow.needs.map((n: { importance: number; level: number }) => [n.importance, n.level])).toEqual([
      [csr.importance, csr.level],
      [sup.importance, sup.level],
    ]);
    // the supervisors need more of it than the representatives have, and it matters to them: to build
    expect(sup.importance).toBeGreaterThanOrEqual(3);
    expect(sup.level).toBeGreaterThan(csr.level);
    const gap = d.moves[0].toBuild.find((g: { element: string }) => g.element === element);
    expect(gap.gap).toBeCloseTo(sup.level - csr.level, 6);
    expect(gap.weighted).toBeCloseTo((sup.level - csr.level) * sup.importance, 6);
    // every row, every side: the rating of Skills.txt
    for (const row of d.skills)
      row.needs.forEach((n: { importance: number; level: number }, i: number) =>
        expect([n.importance, n.level], `${row.name}, ${d.sides[i].code}`).toEqual(Object.values(rated(d.sides[i].code, row.element))),
      );
  });

  it("a truncated copy of the real release is refused, and nothing is written", () => {
    const work = mkdtempSync(join(tmpdir(), "careers-truncated-"));
    const bytes = readFileSync(join(real!.dir, "db_29_3_text.zip"));
    writeFileSync(join(work, "db_29_3_text.zip"), bytes.subarray(0, Math.floor(bytes.length / 2)));
    const r = spawnCli(["import", join(work, "db_29_3_text.zip")], { env: { CAREERS_HOME: join(work, "home") }, timeout: 60_000 });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("the zip file is damaged or incomplete");
    expect(spawnJson(["import", "--status", "--json"], { env: { CAREERS_HOME: join(work, "home") } }).data.installed).toBe(false);
    rmSync(work, { recursive: true, force: true });
  });
});
