/** `assess --history` as text: an occupation's education and experience are shares of its workers, and say so. */
import { describe, expect, it } from "vitest";
import { historyRows } from "../../src/core/assess/history.js";
import { renderHistory } from "../../src/render/assess.js";
import type { HistoryEntry } from "../../src/schema/history.js";
import { makeStyle } from "../helpers/style.js";

const occupation = (date: string, education: number): HistoryEntry => ({
  date,
  role: "tide-clerks",
  title: "Tide Clerks",
  code: "91-3011.00",
  readiness: 79,
  band: "nearly-ready",
  categories: [
    { id: "skills", score: 79 },
    { id: "education", score: education },
  ],
});
const role: HistoryEntry = {
  date: "2026-12-03T10:00:00.000Z",
  role: "clerk",
  title: "Customer Service Clerk",
  readiness: 90,
  band: "ready",
  categories: [
    { id: "skills", score: 88 },
    { id: "education", score: 100 },
  ],
};
const text = (entries: HistoryEntry[]) =>
  renderHistory({ role: null, results: historyRows(entries), otherRoles: [] }, makeStyle(false, 140));
const NOTE = "the share of its workers who say the work requires what you have or less (O*NET), not a score and not part of readiness.";

describe("the history of assessments as text", () => {
  it("occupations alone: the column's head says its figures are shares of workers", () => {
    const out = text([occupation("2026-12-01T10:00:00.000Z", 55), occupation("2026-12-02T10:00:00.000Z", 60)]);
    expect(out).toContain("│ Education (share of workers) │");
    expect(out).toMatch(/│ +55% \(—\) │/);
    expect(out).toMatch(/│ +60% \(\+5\) │/);
    expect(out.replace(/\s+/g, " ")).toContain(`Education and experience of an occupation: ${NOTE}`);
    expect(out).not.toMatch(/%\*/);
  });

  it("mixed with a role's scores: each share is marked, the role's score is not", () => {
    const out = text([occupation("2026-12-01T10:00:00.000Z", 55), role]);
    expect(out).toMatch(/│ Education │/);
    expect(out).toMatch(/│ +55%\* \(—\) │/);
    expect(out).toMatch(/│ +100% \(—\) │/);
    expect(out.replace(/\s+/g, " ")).toContain(`Education and experience of an occupation (marked *): ${NOTE}`);
  });

  it("roles alone: their education is a score, and nothing is said of shares", () => {
    const out = text([role]);
    expect(out).toMatch(/│ Education │/);
    expect(out).not.toContain("share of");
    expect(out).not.toMatch(/%\*/);
  });
});
