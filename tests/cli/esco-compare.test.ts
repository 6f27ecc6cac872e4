/**
 * compare over ESCO's occupations, in-process over the miniatures: ESCO against ESCO exactly by skill URI
 * (the essential items shared, what the first lacks, the similarity of their items), ESCO against O*NET on
 * the common scales through the crosswalk (said so), O*NET against O*NET as before. Expected items are read
 * off occupationSkillRelations.csv, the weights off data/assessment.yaml.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ESCO_MINI, useEscoHome } from "../helpers/esco-fixtures.js";
import { ROOT, run, runJson } from "../helpers/run.js";

const O = "http://data.europa.eu/esco/occupation/0a1b2c3d-0000-4000-8000-00000000000";
const { env } = useEscoHome();

/** An occupation's essential and optional skill URIs, as occupationSkillRelations.csv lists them. */
function relations(occupationUri: string): { essential: string[]; optional: string[] } {
  const rows = readFileSync(join(ESCO_MINI, "relations", "occupationSkillRelations.csv"), "utf8")
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((l) => l.split(","))
    .filter((c) => c[0] === occupationUri);
  const of = (type: string) => rows.filter((c) => c[1] === type).map((c) => c[3]!);
  return { essential: of("essential"), optional: of("optional") };
}
const weights = parse(readFileSync(join(ROOT, "data", "assessment.yaml"), "utf8")).requirements.weights as {
  essential: number;
  optional: number;
};
/** The weighted Jaccard similarity worked from the relations and the shipped weights. */
function jaccard(a: ReturnType<typeof relations>, b: ReturnType<typeof relations>): number {
  const w = (r: ReturnType<typeof relations>, uri: string) =>
    r.essential.includes(uri) ? weights.essential : r.optional.includes(uri) ? weights.optional : 0;
  const all = new Set([...a.essential, ...a.optional, ...b.essential, ...b.optional]);
  let min = 0;
  let max = 0;
  for (const u of all) {
    min += Math.min(w(a, u), w(b, u));
    max += Math.max(w(a, u), w(b, u));
  }
  return min / max;
}
const uris = (items: { uri: string }[]) => items.map((i) => i.uri);

describe("compare <ESCO occupation> <ESCO occupation>: exactly by skill URI", () => {
  it("the items essential to both, what the first lacks of the other, their similarity", async () => {
    const { data, result } = await runJson(["compare", "esco:lamplighter", "esco:senior-lamplighter", "--json"], { env });
    expect(result.status, result.stderr).toBe(0);
    const lamp = relations(`${O}1`);
    const senior = relations(`${O}2`);
    expect(data.essential.sides).toEqual(["esco:lamplighter", "esco:senior-lamplighter"]);
    const both = lamp.essential.filter((u) => senior.essential.includes(u));
    expect(both.length).toBe(1); // a guard: the fixture shares one essential item
    expect(uris(data.essential.shared)).toEqual(both);
    const [move] = data.essential.moves;
    expect(move).toMatchObject({ from: "esco:lamplighter", to: "esco:senior-lamplighter" });
    expect(uris(move.shared)).toEqual(both);
    // keep route logs: optional to a lamplighter, essential to a senior one: still to gain
    expect(uris(move.toGain)).toEqual(senior.essential.filter((u) => !lamp.essential.includes(u)));
    expect(move.toGain.map((i: { label: string }) => i.label)).toEqual(["keep route logs"]);
    expect(move.similarity).toBeCloseTo(jaccard(lamp, senior), 10);
  });

  it("four sides: the items essential to every one, moves from the first to each", async () => {
    const { data } = await runJson(
      ["compare", "esco:lamplighter", "esco:senior-lamplighter", "esco:harbour-beacon-keeper", "esco:cloud-herder", "--json"],
      { env },
    );
    expect(data.essential.shared).toEqual([]);
    expect(data.essential.moves.map((m: { to: string }) => m.to)).toEqual([
      "esco:senior-lamplighter",
      "esco:harbour-beacon-keeper",
      "esco:cloud-herder",
    ]);
    const herder = data.essential.moves[2];
    expect(uris(herder.toGain)).toEqual(relations(`${O}4`).essential);
    expect(herder.similarity).toBe(0);
  });

  it("tables: a section of essential items with what each move takes", async () => {
    const { stdout, status } = await run(["compare", "esco:lamplighter", "esco:senior-lamplighter"], { env });
    expect(status).toBe(0);
    const text = stdout.replace(/\s+/g, " ");
    expect(text).toContain("Essential skills and knowledge (ESCO)");
    expect(text).toContain("Essential to all of lamplighter, senior lamplighter (1): • trim lamp wicks (skill)");
    expect(text).toContain(
      `lamplighter → senior lamplighter: similarity ${Math.round(jaccard(relations(`${O}1`), relations(`${O}2`)) * 100)}%, 1 of 2 essential items shared.`,
    );
    expect(text).toContain("To gain (1): • keep route logs (skill)");
  });
});

describe("compare ESCO with O*NET: on the common scales through the crosswalk", () => {
  it("an ESCO side measured through the O*NET occupation its crosswalk links, said so", async () => {
    const { data, result } = await runJson(["compare", "esco:lamplighter", "91-1011.02", "--json"], { env });
    expect(result.status, result.stderr).toBe(0);
    const [lamp, beacon] = data.sides;
    expect(lamp).toMatchObject({
      id: "esco:lamplighter",
      code: "9629.9.1",
      via: { code: "91-1011.00", title: "Lantern Keepers", note: "crosswalk confidence 1" },
      onScale: true,
    });
    expect(beacon).toMatchObject({ id: "beacon-polishers", code: "91-1011.02", via: null });
    expect(data.moves[0].reason).toBeNull();
    expect(data.notes).toContain(
      "esco:lamplighter: its wages, outlook, job zone and ratings are those of 91-1011.00 Lantern Keepers, the O*NET occupation Nesta's crosswalk links it to (crosswalk confidence 1).",
    );
    // the lamplighter's levels are Lantern Keepers', as compare of the two O*NET occupations gives them
    const onet = (await runJson(["compare", "91-1011.00", "91-1011.02", "--json"], { env })).data;
    expect(data.skills).toEqual(onet.skills);
    expect(data.moves[0].toBuild).toEqual(onet.moves[0].toBuild);
    // one ESCO side: no essential items to compare
    expect(data.essential).toBeNull();
    expect(data.sources.map((s: { name: string }) => s.name)).toEqual(expect.arrayContaining(["ESCO classification"]));
  });

  it("an ESCO occupation the crosswalk does not link is off the scales, and says why", async () => {
    const { data } = await runJson(["compare", "91-1011.00", "esco:cloud-herder", "--json"], { env });
    expect(data.sides[1]).toMatchObject({ id: "esco:cloud-herder", onScale: false, via: null, wages: null });
    expect(data.sides[1].offScale).toContain("no crosswalk links it to an O*NET occupation");
    expect(data.moves[0]).toMatchObject({ transferable: null, toBuild: null });
  });

  it("O*NET against O*NET: no essential items, no link", async () => {
    const { data } = await runJson(["compare", "91-1011.00", "91-1011.02", "--json"], { env });
    expect(data.essential).toBeNull();
    expect(data.sides.map((s: { via: unknown }) => s.via)).toEqual([null, null]);
    expect(data.notes.some((n: string) => n.includes("crosswalk"))).toBe(false);
  });
});
