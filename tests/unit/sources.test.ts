import { describe, expect, it } from "vitest";
import {
  checkFigureFilters,
  checkSourceImported,
  fromSource,
  OCCUPATION_SOURCES,
  parseIsco,
  parseSource,
  ratesLevels,
  SOURCE_NAMES,
  underIsco,
} from "../../src/core/sources.js";
import { CareersError } from "../../src/errors.js";

const error = (f: () => unknown): CareersError => {
  try {
    f();
  } catch (err) {
    expect(err).toBeInstanceOf(CareersError);
    return err as CareersError;
  }
  throw new Error("no error thrown");
};

describe("--source", () => {
  it("takes onet or esco, in any case and with spaces", () => {
    expect(OCCUPATION_SOURCES).toEqual(["onet", "esco"]);
    expect(parseSource("esco")).toBe("esco");
    expect(parseSource(" ONET ")).toBe("onet");
  });

  it("another word: a usage error with the closest source and the list", () => {
    const err = error(() => parseSource("escp"));
    expect(err.kind).toBe("usage");
    expect(err.message).toBe('--source "escp" is not a source of occupations');
    expect(err.hint).toBe("Did you mean \"esco\"? Give one of: onet, esco (O*NET's or ESCO's occupations).");
    expect(error(() => parseSource("bls")).hint).toBe("Give one of: onet, esco (O*NET's or ESCO's occupations).");
  });

  it("keeps a source's rows; no source keeps all, roles too", () => {
    expect(fromSource(undefined, "bundled")).toBe(true);
    expect(fromSource("esco", "esco")).toBe(true);
    expect(fromSource("esco", "onet")).toBe(false);
    expect(fromSource("onet", "bundled")).toBe(false);
  });

  it("names the sources; O*NET rates levels, ESCO none", () => {
    expect(SOURCE_NAMES).toEqual({ onet: "O*NET", esco: "ESCO" });
    expect(ratesLevels("onet")).toBe(true);
    expect(ratesLevels("esco")).toBe(false);
  });

  it("a source not imported: not found, with how to import it", () => {
    expect(() => checkSourceImported([{ id: "esco" }], "esco")).not.toThrow();
    expect(() => checkSourceImported([], undefined)).not.toThrow();
    const esco = error(() => checkSourceImported([{ id: "onet" }, { id: "bls-oews" }], "esco"));
    expect([esco.kind, esco.message]).toEqual(["not-found", "no ESCO occupations are imported"]);
    expect(esco.hint).toMatch(/ESCO's two zips/);
    const onet = error(() => checkSourceImported([{ id: "esco" }], "onet"));
    expect([onet.message, onet.hint]).toEqual(["no O*NET occupations are imported", "Import the O*NET database: careers import --help."]);
  });
});

describe("--isco", () => {
  it("a group of 1 to 4 digits", () => {
    for (const g of ["4", "42", "422", "4222"]) expect(parseIsco(g)).toBe(g);
    expect(parseIsco(" 42 ")).toBe("42");
    for (const bad of ["", "42221", "4a", "4.2"]) {
      const err = error(() => parseIsco(bad));
      expect([err.kind, err.message]).toEqual(["usage", `--isco ${JSON.stringify(bad)} is not an ISCO-08 group`]);
    }
  });

  it("an ESCO code is under its unit group and every group above it, no other", () => {
    for (const g of ["4", "42", "422", "4222"]) expect(underIsco("4222.1.2", g)).toBe(true);
    expect(underIsco("4222", "4222")).toBe(true);
    expect(underIsco("4223.1", "4222")).toBe(false);
    expect(underIsco("5422.1", "42")).toBe(false);
    // O*NET's codes are not ISCO's
    expect(underIsco("42-2011.00", "42")).toBe(false);
    expect(underIsco("42221.1", "4222")).toBe(false);
  });

  it("filters by a figure over ESCO's alone: an error naming them", () => {
    expect(() => checkFigureFilters("onet", ["--zone"])).not.toThrow();
    expect(() => checkFigureFilters(undefined, ["--zone"])).not.toThrow();
    expect(() => checkFigureFilters("esco", [])).not.toThrow();
    const one = error(() => checkFigureFilters("esco", ["--zone"]));
    expect([one.kind, one.message]).toEqual([
      "usage",
      "--zone needs figures ESCO's occupations do not have: ESCO gives no job zone, wage, outlook or education",
    ]);
    expect(one.hint).toMatch(/--isco 4222[\s\S]*--sort title[\s\S]*--source onet/);
    expect(error(() => checkFigureFilters("esco", ["--zone", "--sort"])).message).toMatch(/^--zone, --sort need figures/);
  });
});
