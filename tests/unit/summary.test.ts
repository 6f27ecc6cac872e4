/**
 * One-line facts about a role (as `list` shows them) and the order roles are listed in. Expected values are
 * read from the role files: clerk's key facts give 38,400 USD a year (U.S. national median, May 2023, from
 * bls-may-2023), 4% growth, a high school diploma, ladder step 1; representative has no key-facts median,
 * only its row of the clerk guide's level table (40,000 USD).
 */
import { describe, expect, it } from "vitest";
import { compareSummaries, medianSalary, type RoleSummary, summarize } from "../../src/core/summary.js";
import { type Role, type RoleInput, roleSchema } from "../../src/schema/role.js";
import { loadShipped } from "../helpers/roles.js";

const made = (id: string, extra: Partial<RoleInput> = {}): Role =>
  roleSchema.parse({ id, title: `Role ${id}`, summary: "A made-up role.", sources: [{ id: "g", title: "Guide G" }], ...extra });

describe("medianSalary", () => {
  it("a key-facts median, labelled with its scope and date", () => {
    expect(medianSalary(loadShipped("clerk"))).toEqual({
      amount: 38400,
      currency: "USD",
      basis: "key-facts",
      label: "U.S. national median, May 2023",
      source: "bls-may-2023",
      sourceTitle: "U.S. Bureau of Labor Statistics wage data, May 2023", // clerk.yaml's source bls-may-2023
      inferred: null,
    });
  });

  it("without a scope the label is the date alone", () => {
    const role = made("a", { keyFacts: { medianSalary: { amount: 20, currency: "EUR", period: "hour", date: "2024", source: "g" } } });
    expect(medianSalary(role)).toEqual({
      amount: 20,
      currency: "EUR",
      basis: "key-facts",
      label: "2024",
      source: "g",
      sourceTitle: "Guide G",
      inferred: null,
    });
  });

  it("else the role's own row of a level table", () => {
    expect(medianSalary(loadShipped("representative"))).toEqual({
      amount: 40000,
      currency: "USD",
      basis: "level-table",
      label: "median (US) for Customer Service Representative",
      source: "clerk-guide",
      sourceTitle: "How to Become a Customer Service Clerk: Career Path & Guide, Himalayas",
      // representative.yaml marks its borrowed level table: the reason as the file gives it
      inferred: { reason: loadShipped("representative").salaryByLevel!.inferred!.reason, from: null },
    });
  });

  it("a level table with no row for the role, or a row with no median, gives none", () => {
    const others = made("a", { salaryByLevel: { source: "g", currency: "USD", levels: [{ level: "B", role: "b", median: 1 }] } });
    expect(medianSalary(others)).toBeUndefined();
    const noMedian = made("a", { salaryByLevel: { source: "g", currency: "USD", levels: [{ level: "A", role: "a", average: 5 }] } });
    expect(medianSalary(noMedian)).toBeUndefined();
    expect(medianSalary(made("a"))).toBeUndefined();
  });

  it("a median of 0 in the level table is a figure, not a missing one", () => {
    const zero = made("a", { salaryByLevel: { source: "g", currency: "USD", levels: [{ level: "A", role: "a", median: 0 }] } });
    expect(medianSalary(zero)).toMatchObject({ amount: 0, basis: "level-table" });
  });
});

describe("summarize", () => {
  it("clerk: every fact from its file", () => {
    expect(summarize(loadShipped("clerk"))).toEqual({
      id: "clerk",
      title: "Customer Service Clerk",
      aliases: ["Customer Service Clerk", "cs clerk"],
      medianSalary: {
        amount: 38400,
        currency: "USD",
        basis: "key-facts",
        label: "U.S. national median, May 2023",
        source: "bls-may-2023",
        sourceTitle: "U.S. Bureau of Labor Statistics wage data, May 2023",
        inferred: null,
      },
      growthPercent: 4,
      typicalEducation: "High school diploma or equivalent; many employers prefer some college or vocational training.",
      // clerk.yaml holds the ladder itself
      ladder: "clerk",
      ladderStep: 1,
    });
  });

  it("key facts without growth or education: those two are null", () => {
    const role = made("a", { keyFacts: { medianSalary: { amount: 1, currency: "USD", period: "year", date: "2024", source: "g" } } });
    expect(summarize(role)).toMatchObject({ growthPercent: null, typicalEducation: null, medianSalary: { amount: 1 } });
  });

  it("a role that gives none of them: empty aliases and nulls", () => {
    expect(summarize(made("a"))).toEqual({
      id: "a",
      title: "Role a",
      aliases: [],
      medianSalary: null,
      growthPercent: null,
      typicalEducation: null,
      ladder: null,
      ladderStep: null,
    });
  });
});

describe("compareSummaries", () => {
  const s = (id: string, ladderStep: number | null): RoleSummary => ({ ...summarize(made(id)), ladderStep });

  it("ladder steps first, lowest up; then the rest by id", () => {
    const sorted = [s("zeta", null), s("manager", 7), s("alpha", null), s("clerk", 1), s("junior", 2)].sort(compareSummaries);
    expect(sorted.map((x) => x.id)).toEqual(["clerk", "junior", "manager", "alpha", "zeta"]);
  });

  it("on the same step, by id; the sign says which comes first", () => {
    expect(compareSummaries(s("b", 3), s("a", 3))).toBe(1);
    expect(compareSummaries(s("a", 3), s("b", 3))).toBe(-1);
    expect(compareSummaries(s("a", 3), s("a", 3))).toBe(0);
    expect(compareSummaries(s("a", 2), s("b", 5))).toBe(-3); // 2 - 5
    expect(compareSummaries(s("z", 1), s("a", null))).toBeLessThan(0); // a step before no step, whatever the ids
    expect(compareSummaries(s("a", null), s("z", 1))).toBeGreaterThan(0);
  });
});
