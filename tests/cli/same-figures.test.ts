/**
 * One vocabulary of shapes: the same occupation has the same reference (id, code, title, source) and the
 * same key figures (median, growth, openings, job zone, education) in the --json of list, show, search,
 * match, path and compare, object for object. Over the test fixtures' release imported with the BLS
 * workbooks: Lantern Keepers (its own SOC code) and Beacon Polishers (a detailed code given its parent's
 * BLS figures, marked blsBasis). The figures themselves are checked against the workbooks elsewhere
 * (tests/cli/occupations.test.ts); here, that no command writes them its own way.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { importedHome } from "../helpers/import-fixtures.js";
import { type RunOptions, runJson } from "../helpers/run.js";

const KEYS = ["id", "code", "title", "source", "median", "growth", "openings", "jobZone", "education"] as const;
const figuresOf = (o: Record<string, unknown>) => Object.fromEntries(KEYS.map((k) => [k, o[k]]));

let env: RunOptions;
let answers: string;
beforeAll(async () => {
  env = { env: { CAREERS_HOME: (await importedHome()).home } };
  // every skill and knowledge area of the release rated 3: a profile every occupation is ranked against
  const { data } = await runJson(["match", "--template", "--json"], env);
  const rate = (m: Record<string, null>) => Object.fromEntries(Object.keys(m).map((k) => [k, 3]));
  answers = join(mkdtempSync(join(tmpdir(), "careers-answers-")), "answers.json");
  writeFileSync(answers, JSON.stringify({ skills: rate(data.skills), knowledge: rate(data.knowledge) }));
});

/** The occupation's reference and key figures as each command prints them. */
async function everywhere(id: string, other: string): Promise<Record<string, Record<string, unknown>>> {
  const json = async (args: string[]) => (await runJson([...args, "--json"], env)).data;
  const find = (rows: Record<string, unknown>[]) => rows.find((r) => r.id === id)!;
  return {
    list: figuresOf(find((await json(["list", "--limit", "0"])).results)),
    show: figuresOf((await json(["show", id])).figures),
    search: figuresOf(find((await json(["search", (await json(["show", id])).title])).results)),
    match: figuresOf(find((await json(["match", "--answers", answers, "--limit", "0"])).results)),
    path: figuresOf((await json(["path", id])).occupation),
    compare: figuresOf(find((await json(["compare", id, other])).sides).figures as Record<string, unknown>),
  };
}

describe("the same occupation, the same objects in every command", () => {
  it.each([
    ["lantern-keepers", "beacon-polishers"],
    ["beacon-polishers", "lantern-keepers"],
  ])("%s", async (id, other) => {
    const seen = await everywhere(id, other);
    const show = seen.show!;
    // something to compare: a reference and a median with its unit, source and date
    expect(show).toMatchObject({ id, source: "onet", median: { currency: "USD", period: "year", source: "BLS OEWS" } });
    for (const [command, figures] of Object.entries(seen)) expect(figures, command).toEqual(show);
  });

  it("marks a detailed code's parent figures the same way everywhere", async () => {
    const seen = await everywhere("beacon-polishers", "lantern-keepers");
    for (const [command, f] of Object.entries(seen)) expect((f.median as { blsBasis?: string }).blsBasis, command).toBe("part");
  });
});
