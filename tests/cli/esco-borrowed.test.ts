/**
 * show <ESCO occupation> with the U.S. figures of the O*NET occupation Nesta's crosswalk links it to: the
 * miniatures' esco:lamplighter links 91-1011.00 Lantern Keepers (confidence 1), whose OEWS wages, projections
 * and O*NET ratings the invented releases give; each block marked borrowed, in tables, markdown and --json.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ESCO_MINI, useEscoHome } from "../helpers/esco-fixtures.js";
import { OEWS_HEADER, OEWS_ROWS, ONET_MINI, PROJECTION_ROWS, PROJECTIONS_HEADER } from "../helpers/import-fixtures.js";
import { run, runJson } from "../helpers/run.js";

const { env } = useEscoHome();

/** The crosswalk's row for an ESCO occupation: its O*NET code and confidence, read off the fixture. */
function crosswalkRow(escoLabel: string): { code: string; confidence: number } {
  const lines = readFileSync(join(ESCO_MINI, "esco_onet_crosswalk_Nov2020.csv"), "utf8").trim().split(/\r?\n/);
  const head = lines[0]!.split(",");
  const row = lines.map((l) => l.split(",")).find((cells) => cells.includes(escoLabel))!;
  const at = (re: RegExp) => row[head.findIndex((h) => re.test(h))]!;
  return { code: at(/onet_code/i), confidence: Number(at(/confidence/i)) };
}

const oews = (soc: string, column: string) =>
  OEWS_ROWS.find((r) => r[OEWS_HEADER.indexOf("OCC_CODE")] === soc)![OEWS_HEADER.indexOf(column)];
const projection = (soc: string, label: RegExp) =>
  PROJECTION_ROWS.find((r) => r[1] === soc)![PROJECTIONS_HEADER.findIndex((h) => label.test(h))];
/** Skills.txt's importance of an element for an O*NET-SOC code */
function importance(code: string, element: string): number {
  const line = readFileSync(join(ONET_MINI, "Skills.txt"), "utf8")
    .split("\n")
    .map((l) => l.split("\t"))
    .find((c) => c[0] === code && c[1] === element && c[3] === "IM")!;
  return Number(line[4]);
}

describe("show <ESCO occupation>: the linked O*NET occupation's figures, borrowed", () => {
  it("--json: wages, outlook, skills and knowledge of the linked code, each marked with the crosswalk's confidence", async () => {
    const link = crosswalkRow("lamplighter");
    expect(link).toEqual({ code: "91-1011.00", confidence: 1 });
    const { data, result } = await runJson(["show", "esco:lamplighter", "--json"], { env });
    expect(result.status, result.stderr).toBe(0);
    const borrowed = {
      from: { id: "lantern-keepers", code: link.code, title: "Lantern Keepers", source: "onet" },
      confidence: link.confidence,
    };
    expect(data.wages.borrowed).toEqual(borrowed);
    expect(data.wages.annual.median.amount).toBe(oews("91-1011", "A_MEDIAN"));
    expect(data.outlook.borrowed).toEqual(borrowed);
    expect(data.outlook.changePercent).toBeCloseTo(Number(projection("91-1011", /^Employment change, percent/)), 5);
    const listening = data.skills.find((s: { element: string }) => s.element === "2.A.1.b");
    expect(listening).toMatchObject({ importance: importance("91-1011.00", "2.A.1.b"), borrowed });
    expect(data.skills.every((s: { borrowed?: unknown }) => s.borrowed)).toBe(true);
    expect(data.knowledge.every((s: { borrowed?: unknown }) => s.borrowed)).toBe(true);
    // its own figures stay its own: no key figures borrowed into list's columns, its ESCO items kept
    expect(data.figures.median).toBeNull();
    expect(data.requirements.essential.length).toBe(2);
    // the borrowed figures' sources and their attribution, beside ESCO's
    expect(data.attribution.some((a: string) => a.includes("O*NET"))).toBe(true);
    expect(data.attribution.some((a: string) => a.includes("ESCO classification"))).toBe(true);
    expect(data.sources.map((s: { name: string }) => s.name)).toEqual(expect.arrayContaining([expect.stringMatching(/OEWS/)]));
  });

  it("an inherited link (a narrower occupation) borrows with its parent's confidence; an unlinked one borrows nothing", async () => {
    const senior = (await runJson(["show", "esco:senior-lamplighter", "--json"], { env })).data;
    expect(senior.wages.borrowed).toMatchObject({ from: { code: "91-1011.00" }, confidence: 1 });
    const beacon = (await runJson(["show", "esco:harbour-beacon-keeper", "--json"], { env })).data;
    expect(beacon.wages.borrowed).toEqual({
      from: { id: "beacon-polishers", code: "91-1011.02", title: "Beacon Polishers", source: "onet" },
      confidence: crosswalkRow("harbour beacon keeper").confidence,
    });
    const herder = (await runJson(["show", "esco:cloud-herder", "--json"], { env })).data;
    expect([herder.wages, herder.outlook, herder.skills]).toEqual([null, null, null]);
  });

  it("an O*NET occupation's own figures carry no mark", async () => {
    const { data } = await runJson(["show", "91-1011.00", "--json"], { env });
    expect(data.wages.borrowed).toBeUndefined();
    expect(data.skills.some((s: { borrowed?: unknown }) => s.borrowed)).toBe(false);
  });

  it("tables and the markdown brief say where each borrowed block comes from", async () => {
    const note = (what: string) =>
      `Borrowed from the U.S. occupation 91-1011.00 Lantern Keepers (crosswalk confidence 1): this occupation's source gives no ${what}.`;
    const table = (await run(["show", "esco:lamplighter"], { env })).stdout.replace(/\s+/g, " ");
    for (const what of ["wages", "outlook", "skill ratings", "knowledge ratings"]) expect(table).toContain(note(what));
    expect(table).toContain(
      `${Number(oews("91-1011", "A_MEDIAN")).toLocaleString("en-US")} USD a year (May 2098, borrowed from 91-1011.00)`,
    );
    const md = (await run(["show", "esco:lamplighter", "--format", "markdown"], { env })).stdout.replace(/\s+/g, " ");
    for (const what of ["wages", "outlook", "skill ratings"]) expect(md).toContain(note(what));
    const own = (await run(["show", "91-1011.00"], { env })).stdout;
    expect(own).not.toContain("Borrowed from");
  });
});
