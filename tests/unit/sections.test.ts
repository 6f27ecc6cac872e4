/** `careers show --section`: resolving the names asked for, and cutting a role down to those sections. */
import { describe, expect, it } from "vitest";
import {
  OCCUPATION_SECTION_IDS,
  pickSections,
  resolveOccupationSections,
  resolveSections,
  SECTION_IDS,
  SECTIONS,
} from "../../src/core/sections.js";
import { CareersError } from "../../src/errors.js";
import { loadShipped } from "../helpers/roles.js";

const ids = (names: string[] | undefined) => resolveSections(names).map((s) => s.id);

const ALL = [
  "facts",
  "official",
  "responsibilities",
  "environment",
  "level",
  "requirements",
  "skills",
  "skill-map",
  "tools",
  "education",
  "entry",
  "certifications",
  "salary-levels",
  "pay",
  "regions",
  "remote",
  "global",
  "outlook",
  "work-life",
  "diversity",
  "pros",
  "cons",
  "faq",
  "related",
  "ladder",
  "portfolio",
];

function usageErrorOf(f: () => unknown): CareersError {
  try {
    f();
  } catch (e) {
    if (e instanceof CareersError) return e;
    throw e;
  }
  throw new Error("expected a CareersError");
}

describe("resolveSections", () => {
  it("no names, or an empty list: every section, in the table's order", () => {
    expect(ids(undefined)).toEqual(ALL);
    expect(ids([])).toEqual(ALL);
    expect(SECTION_IDS).toEqual(ALL);
  });

  it("names in the order given, split at commas, trimmed, any case, each once", () => {
    expect(ids(["pros"])).toEqual(["pros"]);
    expect(ids(["skills,facts", " Pros "])).toEqual(["skills", "facts", "pros"]);
    expect(ids(["facts,,", "FACTS", "facts"])).toEqual(["facts"]);
    expect(resolveSections(["tools"])[0]).toBe(SECTIONS.find((s) => s.id === "tools"));
  });

  it("an unknown name is a usage error naming it, with a suggestion and the list", () => {
    const e = usageErrorOf(() => resolveSections(["facts", "skils"]));
    expect(e.kind).toBe("usage");
    expect(e.message).toBe('unknown section "skils" for a guide role');
    expect(e.hint).toBe(`Did you mean "skills"? Sections of a guide role: ${ALL.join(", ")}.`);
  });

  it("with nothing close, the list alone", () => {
    expect(usageErrorOf(() => resolveSections(["zzzzzzzz"])).hint).toBe(`Sections of a guide role: ${ALL.join(", ")}.`);
  });

  it("a section of an occupation asked of a role is said so, with the role's sections and where its BLS wages are", () => {
    const e = usageErrorOf(() => resolveSections(["wages"]));
    expect(e.message).toBe('"wages" is a section of an imported occupation, not of a guide role');
    expect(e.hint).toBe(
      `Sections of a guide role: ${ALL.join(", ")}. A role's official figures (BLS wages and outlook, O*NET job zone) are its section "official".`,
    );
    const o = usageErrorOf(() => resolveOccupationSections(["salary-levels"]));
    expect(o.message).toBe('"salary-levels" is a section of a guide role, not of an occupation');
    expect(o.hint).toBe(`Sections of an occupation: ${OCCUPATION_SECTION_IDS.join(", ")}.`);
  });
});

describe("pickSections", () => {
  const clerk = loadShipped("clerk");

  it("every section: the role itself, untouched", () => {
    expect(pickSections(clerk, SECTIONS)).toBe(clerk);
  });

  it("some sections: id, title and sources always, then the sections' keys, in the file's order", () => {
    // clerk.yaml's keys in order: id title aliases summary sources keyFacts ... salaryByLevel ... level ladder;
    // "facts" covers onet, keyFacts and level, "salary-levels" salaryByLevel
    const picked = pickSections(clerk, resolveSections(["salary-levels", "facts"]));
    expect(Object.keys(picked)).toEqual(["id", "title", "sources", "onet", "keyFacts", "salaryByLevel", "level"]);
    expect(picked.keyFacts).toBe(clerk.keyFacts);
    expect(picked.level).toBe(clerk.level);
  });

  it("a section the role lacks adds nothing", () => {
    // clerk.yaml has no skillMap (the representative guide's skill map)
    expect(Object.keys(pickSections(clerk, resolveSections(["skill-map"])))).toEqual(["id", "title", "sources"]);
  });

  it("all sections but one leaves that one out (and aliases and summary, which no section covers)", () => {
    const picked = pickSections(
      clerk,
      SECTIONS.filter((s) => s.id !== "pros"),
    );
    expect(Object.keys(picked)).toEqual(Object.keys(clerk).filter((k) => k !== "pros" && k !== "aliases" && k !== "summary"));
  });
});
