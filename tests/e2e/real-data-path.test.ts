/**
 * `careers path` over the real releases (../shared/data, imported once by real-data.setup.ts): the lattice of
 * Customer Service Representatives, the onward moves from the clerk's ladder and a route, checked against
 * the Related Occupations and Job Zones rows of the O*NET release and the OEWS medians, read here
 * independently of the import code. Skipped, with a message from the setup, where the releases are absent.
 */
import { join } from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { sheet, tsv, unzip } from "../helpers/release-read.js";
import { spawnJson } from "../helpers/run.js";

const real = inject("realData");

type Direction = "up" | "lateral" | "stepping-stone";
interface Move {
  code: string;
  tier: string;
  jobZone: { zone: number } | null;
  direction: Direction;
  from?: { code: string };
}

describe.skipIf(!real)("careers path over the real releases", () => {
  const json = (args: string[]) => {
    const { data, result } = spawnJson(args, { env: { CAREERS_HOME: real!.home }, timeout: 60_000 });
    expect(result.status, result.stderr).toBe(0);
    return data;
  };

  /** code -> its related occupations in O*NET's order (by Index), with their tiers */
  let related: Map<string, { code: string; tier: string }[]>;
  let zones: Map<string, number>;
  /** SOC code -> OEWS A_MEDIAN cell */
  let medians: Map<string, string>;

  beforeAll(() => {
    const onet = unzip(join(real!.dir, "db_29_3_text.zip"));
    const file = (name: string) => tsv(onet.get(`db_29_3_text/${name}`)!.toString("utf8"));
    related = new Map();
    const rows = file("Related Occupations.txt").sort((a, b) => Number(a.Index) - Number(b.Index));
    for (const r of rows) {
      const list = related.get(r["O*NET-SOC Code"]!) ?? [];
      list.push({ code: r["Related O*NET-SOC Code"]!, tier: r["Relatedness Tier"]! });
      related.set(r["O*NET-SOC Code"]!, list);
    }
    zones = new Map(file("Job Zones.txt").map((r) => [r["O*NET-SOC Code"]!, Number(r["Job Zone"])]));
    const oews = sheet(join(real!.dir, "national_M2024_dl.xlsx"), "national_M2024_dl");
    const col = Object.fromEntries(Object.entries(oews[0]!.cells).map(([letter, name]) => [name, letter]));
    medians = new Map(oews.slice(1).map((r) => [r.cells[col.OCC_CODE!]!, r.cells[col.A_MEDIAN!] ?? ""]));
  });

  /** The median of an O*NET code's SOC code: a number, null where OEWS gives none, undefined where no row. */
  const median = (code: string): number | null | undefined => {
    const cell = medians.get(code.slice(0, 7));
    if (cell === undefined) return undefined;
    return /^\d+(\.\d+)?$/.test(cell) ? Number(cell) : null;
  };

  /** The direction of a move by the rule of docs/matching.md, or undefined where the rows do not tell. */
  const expected = (from: string, to: string, band: number): Direction | undefined => {
    const [za, zb] = [zones.get(from), zones.get(to)];
    if (za !== undefined && zb !== undefined && za !== zb) return zb > za ? "up" : "stepping-stone";
    const [ma, mb] = [median(from), median(to)];
    if (ma === undefined || mb === undefined) return undefined;
    if (ma === null || mb === null) return "lateral";
    return mb > ma * (1 + band) ? "up" : mb < ma * (1 - band) ? "stepping-stone" : "lateral";
  };

  it("path 43-4051: every related occupation once, with its tier and zone, and 43-1011.00 a step up", () => {
    const data = json(["path", "43-4051", "--json"]);
    const moves: Move[] = [...data.up, ...data.lateral, ...data.steppingStones];
    const rows = related.get("43-4051.00")!;
    expect(rows.length).toBeGreaterThan(5);
    expect(moves.map((m) => m.code).sort()).toEqual(rows.map((r) => r.code).sort());
    for (const group of [data.up, data.lateral, data.steppingStones] as Move[][]) {
      // each group keeps O*NET's order
      const places = group.map((m) => rows.findIndex((r) => r.code === m.code));
      expect([...places].sort((a, b) => a - b)).toEqual(places);
    }
    let checked = 0;
    for (const m of moves) {
      expect(m.tier, m.code).toBe(rows.find((r) => r.code === m.code)!.tier);
      expect(m.jobZone?.zone ?? null, m.code).toBe(zones.get(m.code) ?? null);
      const want = expected("43-4051.00", m.code, data.lateralBand);
      if (want) expect(m.direction, m.code).toBe(want), checked++;
    }
    expect(checked).toBeGreaterThan(moves.length / 2);
    expect(zones.get("43-4051.00")).toBe(2);
    expect(zones.get("43-1011.00")).toBe(3);
    expect(data.up.map((m: Move) => m.code)).toContain("43-1011.00");
  });

  it("path clerk: onward from the manager via 43-1011.00, the steps up O*NET's rows give", () => {
    const data = json(["path", "clerk", "--json"]);
    expect(data.onward.code).toBe("43-1011.00");
    expect(data.onward.role).toBe("manager");
    const got: string[] = data.onward.moves.map((m: Move) => m.code);
    for (const r of related.get("43-1011.00")!) {
      const want = expected("43-1011.00", r.code, data.onward.lateralBand);
      if (want === "up") expect(got, r.code).toContain(r.code);
      else if (want) expect(got, r.code).not.toContain(r.code);
    }
    expect(got.length).toBeGreaterThan(0);
  });

  it("path 43-4051 --to 11-1021: moves along O*NET's rows, and no shorter route in them", () => {
    const data = json(["path", "43-4051", "--to", "11-1021", "--json"]);
    const moves: Move[] = data.route.moves;
    let at = "43-4051.00";
    for (const m of moves) {
      expect(m.from!.code).toBe(at);
      expect(related.get(at)!.map((r) => r.code)).toContain(m.code);
      at = m.code;
    }
    expect(at).toBe("11-1021.00");
    // the fewest moves, by a breadth-first search over the rows
    const depth = new Map([["43-4051.00", 0]]);
    const queue = ["43-4051.00"];
    while (queue.length > 0 && !depth.has("11-1021.00")) {
      const code = queue.shift()!;
      for (const r of related.get(code) ?? []) if (!depth.has(r.code)) depth.set(r.code, depth.get(code)! + 1), queue.push(r.code);
    }
    expect(moves).toHaveLength(depth.get("11-1021.00")!);
  });
});
