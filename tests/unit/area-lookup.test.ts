/**
 * core/areas.ts, the edges of the look-up by name and of the figures: titles without states, accents,
 * areas that are not metropolitan, a state without its postal code, exactly ten areas for one name, a
 * national figure of 0, a record of annual wages alone.
 */
import { describe, expect, it } from "vitest";
import { AMBIGUOUS_AREAS, areaView, findArea, resolveArea, wageDifference } from "../../src/core/areas.js";
import type { AreaFigures, AreaInfo, AreaType, AreaWages } from "../../src/schema/areas.js";
import { areaInfo } from "../helpers/areas.js";
import { caught } from "../helpers/caught.js";

/** [code, title, type, state] */
const infos = (rows: [string, string, AreaType, string | null][]): AreaInfo[] =>
  rows.map(([code, title, type, state], place) => areaInfo(place, code, title, type, state, "May 2023", [null, null]));

const AREAS = infos([
  ["0801", "Cañon City, CO", 4, "CO"],
  ["0901", "Alpha-Beta", 4, "AB"],
  ["1501", "Kauai, HI", 6, "HI"],
  ["1502", "Big Island-Hilo, HI", 6, "HI"],
  ["99", "Freedonia", 2, null],
]);
const code = (q: string) => {
  const f = findArea(AREAS, q);
  return f && "area" in f ? f.area.code : f;
};

describe("findArea, at the edges", () => {
  it("accents are dropped: Canon City is Cañon City", () => {
    expect(code("Canon City")).toBe("0801");
    expect(code("canon city co")).toBe("0801");
  });

  it("a metropolitan title without states: each of its cities, and nothing doubled", () => {
    expect(code("Beta")).toBe("0901");
    expect(code("alpha beta")).toBe("0901");
    expect(code("alpha alpha beta")).toBeNull();
  });

  it("a nonmetropolitan area by its whole title, or without its states; never by a city of it", () => {
    expect(code("Kauai, HI")).toBe("1501");
    expect(code("kauai")).toBe("1501");
    expect(code("Big Island")).toBeNull();
    expect(code("Hilo")).toBeNull();
  });

  it("a state without a postal code is found by its name", () => {
    expect(code("Freedonia")).toBe("99");
    expect(code("FR")).toBeNull();
  });
});

describe("resolveArea, at the edges", () => {
  it("exactly ten areas for one name: all ten listed, none said to be more", () => {
    const ten = infos(
      Array.from({ length: AMBIGUOUS_AREAS }, (_, i): [string, string, AreaType, string] => [`${i}`, `Springfield, S${i}`, 4, `S${i}`]),
    );
    const err = caught(() => resolveArea(ten, "Springfield"));
    expect(err.message).toBe('"Springfield" names 10 areas');
    expect(err.hint).not.toContain("more");
  });

  it("the suggestion: a metropolitan area without its states (one without any whole), any other area by its title", () => {
    expect(caught(() => resolveArea(AREAS, "Alpha-Betta")).hint).toMatch(/^Did you mean "Alpha-Beta"\?/);
    expect(caught(() => resolveArea(AREAS, "Kauaii, HI")).hint).toMatch(/^Did you mean "Kauai, HI"\?/);
    expect(caught(() => resolveArea(AREAS, "  Freedonai  ")).hint).toMatch(/^Did you mean "Freedonia"\?/);
  });
});

describe("the figures, at the edges", () => {
  const none = { amount: null, notAvailable: "*" };
  const wages = (median: number | null): AreaWages => ({
    mean: none,
    pct10: none,
    pct25: none,
    median: median === null ? none : { amount: median },
    pct75: none,
    pct90: none,
  });
  const only = (annual: number | null, hourly: number | null): AreaFigures => ({
    area: 0,
    employment: null,
    jobsPer1000: null,
    locationQuotient: null,
    annual: wages(annual),
    hourly: wages(hourly),
  });

  it("a record of an annual wage alone is an estimate; of an hourly wage alone too", () => {
    expect(areaView(AREAS[0]!, only(50000, null)).estimate).toBe(true);
    expect(areaView(AREAS[0]!, only(null, 24)).estimate).toBe(true);
    expect(areaView(AREAS[0]!, only(null, null)).estimate).toBe(false);
  });

  it("a national figure of 0: no difference (no percentage of nothing)", () => {
    const area = areaView(AREAS[0]!, only(50000, null));
    const national = areaView(AREAS[0]!, only(0, null));
    expect(wageDifference(area, national).annual.median).toBeNull();
  });
});
