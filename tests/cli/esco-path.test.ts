/**
 * path <ESCO occupation>, in-process over the miniatures: the occupations most similar by essential and
 * optional items (the weighted Jaccard of core/requirements.ts, weights from data/assessment.yaml), the
 * broader and narrower ones, what each move takes. Expected items and similarities are worked from
 * occupationSkillRelations.csv and broaderRelationsOccPillar.csv.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ESCO_MINI, useEscoHome } from "../helpers/esco-fixtures.js";
import { ROOT, run, runJson } from "../helpers/run.js";

const O = "http://data.europa.eu/esco/occupation/0a1b2c3d-0000-4000-8000-00000000000";
const { env } = useEscoHome(false);

const csvRows = (file: string) =>
  readFileSync(join(ESCO_MINI, "relations", file), "utf8")
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((l) => l.split(","));
const model = parse(readFileSync(join(ROOT, "data", "assessment.yaml"), "utf8")).requirements as {
  weights: { essential: number; optional: number };
  related: number;
};
/** Each item's weight in an occupation, from the relations and the shipped weights. */
function weights(uri: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const [occ, type, , skill] of csvRows("occupationSkillRelations.csv"))
    if (occ === uri && (type === "essential" || !m.has(skill!)))
      m.set(skill!, type === "essential" ? model.weights.essential : model.weights.optional);
  return m;
}
function jaccard(a: string, b: string): number {
  const [x, y] = [weights(a), weights(b)];
  let min = 0;
  let max = 0;
  for (const u of new Set([...x.keys(), ...y.keys()])) {
    min += Math.min(x.get(u) ?? 0, y.get(u) ?? 0);
    max += Math.max(x.get(u) ?? 0, y.get(u) ?? 0);
  }
  return min / max;
}
const essential = (uri: string) =>
  csvRows("occupationSkillRelations.csv")
    .filter(([occ, type]) => occ === uri && type === "essential")
    .map((c) => c[3]!);

describe("path <ESCO occupation>: moves by shared essential skills", () => {
  it("related by similarity, none that shares nothing; the narrower one apart, with what it takes", async () => {
    const { data, result } = await runJson(["path", "esco:lamplighter", "--json"], { env });
    expect(result.status, result.stderr).toBe(0);
    expect(data.occupation).toMatchObject({ id: "esco:lamplighter", code: "9629.9.1", source: "esco" });
    expect(data.weights).toEqual(model.weights);
    // the harbour beacon keeper lists trim lamp wicks as optional: the one related; the cloud herder shares nothing
    expect(data.related.map((m: { id: string }) => m.id)).toEqual(["esco:harbour-beacon-keeper"]);
    expect(data.related[0].similarity).toBeCloseTo(jaccard(`${O}1`, `${O}3`), 10);
    expect(data.related[0].toGain.map((i: { uri: string }) => i.uri)).toEqual(essential(`${O}3`));
    expect(data.related[0].sharedEssential).toBe(0);
    // senior lamplighter is narrower (broaderRelationsOccPillar.csv): listed there, not among the related
    const narrower = csvRows("broaderRelationsOccPillar.csv")
      .filter((c) => c[3] === `${O}1`)
      .map((c) => c[1]);
    expect(narrower).toEqual([`${O}2`]);
    expect(data.narrower.map((m: { id: string }) => m.id)).toEqual(["esco:senior-lamplighter"]);
    const senior = data.narrower[0];
    expect(senior.similarity).toBeCloseTo(jaccard(`${O}1`, `${O}2`), 10);
    const gain = essential(`${O}2`).filter((u) => !essential(`${O}1`).includes(u));
    expect(senior.toGain.map((i: { uri: string }) => i.uri)).toEqual(gain);
    expect(senior.sharedEssential).toBe(essential(`${O}2`).length - gain.length);
    expect(data.broader).toEqual([]);
  });

  it("the narrower one's broader, and an ISCO group is not an occupation to move to", async () => {
    const { data } = await runJson(["path", "esco:senior-lamplighter", "--json"], { env });
    expect(data.broader.map((m: { id: string }) => m.id)).toEqual(["esco:lamplighter"]);
    const beacon = (await runJson(["path", "esco:harbour-beacon-keeper", "--json"], { env })).data;
    expect(beacon.broader).toEqual([]);
    // most similar first: the senior lamplighter (trim lamp wicks essential to it) before the lamplighter
    const expected = [
      ["esco:senior-lamplighter", jaccard(`${O}3`, `${O}2`)],
      ["esco:lamplighter", jaccard(`${O}3`, `${O}1`)],
    ] as const;
    expect(expected[0][1]).toBeGreaterThan(expected[1][1]);
    expect(beacon.related.map((m: { id: string; similarity: number }) => [m.id, m.similarity])).toEqual(
      expected.map(([id, s]) => [id, expect.closeTo(s, 10)]),
    );
  });

  it("tables: similarity, essential items shared and to gain; --to refused with a hint", async () => {
    const { stdout, status } = await run(["path", "esco:lamplighter"], { env });
    expect(status).toBe(0);
    expect(stdout).toContain("Related by shared skills and knowledge");
    expect(stdout).toMatch(
      new RegExp(`harbour beacon keeper\\s+│\\s+${Math.round(jaccard(`${O}1`, `${O}3`) * 100)}% │\\s+0 of 1 │ polish brass`),
    );
    expect(stdout).toMatch(/Narrower\n[\s\S]*senior lamplighter[\s\S]*1 of 2 │ keep route logs/);
    const to = await run(["path", "esco:lamplighter", "--to", "esco:senior-lamplighter"], { env });
    expect(to.status).toBe(2);
    expect(to.stderr).toContain("--to follows O*NET's related occupations");
    const csv = await run(["path", "esco:lamplighter", "--format", "csv"], { env });
    expect(csv.stdout.split("\r\n")[0]).toBe("relation,id,code,title,similarity,sharedEssential,toGain");
  });

  it("an O*NET occupation's path is its lattice, as before", async () => {
    const { data } = await runJson(["path", "91-1011.00", "--json"], { env });
    expect(data).toHaveProperty("lateralBand");
    expect(data).not.toHaveProperty("related");
  });
});
