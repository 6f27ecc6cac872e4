/** The history store: atomic saves, a crash between write and rename, corrupt files moved aside. */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { historyRows } from "../../src/core/assess/history.js";
import { assessmentsOf, type InterestsEntry } from "../../src/schema/history.js";
import { appendHistory, dataHome, type HistoryEntry, loadHistory } from "../../src/store/history.js";

const entry = (date: string, readiness: number, skills: number, role = "clerk"): HistoryEntry => ({
  date,
  role,
  title: role,
  readiness,
  band: "building",
  categories: [
    { id: "skills", score: skills },
    { id: "tools", score: 50 },
  ],
});

const tempHistory = () => join(mkdtempSync(join(tmpdir(), "careers-history-")), "history.json");

describe("dataHome", () => {
  it.each([
    [{ CAREERS_HOME: "/c", XDG_DATA_HOME: "/x" }, "linux", "/c"],
    [{ XDG_DATA_HOME: "/x" }, "linux", "/x/careers"],
    [{}, "linux", "/home/u/.local/share/careers"],
    [{}, "darwin", "/home/u/Library/Application Support/careers"],
  ])("%j on %s -> %s", (env, platform, expected) => {
    expect(dataHome(env, platform, "/home/u")).toBe(expected);
  });
});

describe("appendHistory", () => {
  it("creates the file and appends entries", () => {
    const path = tempHistory();
    appendHistory(path, entry("2026-01-01T00:00:00.000Z", 40, 30));
    appendHistory(path, entry("2026-02-01T00:00:00.000Z", 55, 50));
    expect(assessmentsOf(loadHistory(path).entries).map((e) => e.readiness)).toEqual([40, 55]);
  });

  it("a crash between write and rename leaves the previous history intact", () => {
    const path = tempHistory();
    appendHistory(path, entry("2026-01-01T00:00:00.000Z", 40, 30));
    const before = readFileSync(path, "utf8");
    let temp = "";
    expect(() =>
      appendHistory(path, entry("2026-02-01T00:00:00.000Z", 55, 50), {
        beforeRename: (t) => {
          temp = t;
          expect(JSON.parse(readFileSync(t, "utf8")).entries).toHaveLength(2); // the new file was fully written
          throw new Error("simulated crash");
        },
      }),
    ).toThrow(/cannot save the history/);
    expect(readFileSync(path, "utf8")).toBe(before);
    expect(existsSync(temp)).toBe(false);
    expect(loadHistory(path).entries).toHaveLength(1);
  });

  it("a leftover temporary file from a killed save is ignored", () => {
    const path = tempHistory();
    appendHistory(path, entry("2026-01-01T00:00:00.000Z", 40, 30));
    writeFileSync(join(path, "..", ".history-999-1.tmp"), '{"format":1,"entries":[');
    expect(loadHistory(path).entries).toHaveLength(1);
  });

  it("a corrupt history is moved aside with a warning, never overwritten", () => {
    const path = tempHistory();
    writeFileSync(path, "{ not json");
    const r = appendHistory(path, entry("2026-03-01T00:00:00.000Z", 60, 60));
    expect(r.warning).toMatch(/corrupt; it was moved to .*history\.json\.corrupt-/);
    const aside = readdirSync(join(path, "..")).find((f) => f.startsWith("history.json.corrupt-"))!;
    expect(readFileSync(join(path, "..", aside), "utf8")).toBe("{ not json");
    expect(assessmentsOf(loadHistory(path).entries).map((e) => e.readiness)).toEqual([60]);
  });

  it("a file of the wrong shape counts as corrupt", () => {
    const path = tempHistory();
    writeFileSync(path, JSON.stringify({ format: 1, entries: [{ date: 5 }] }));
    expect(loadHistory(path).warning).toMatch(/corrupt/);
  });
});

describe("a saved interests quiz beside assessments", () => {
  const quiz: InterestsEntry = {
    date: "2026-02-10T00:00:00.000Z",
    kind: "interests",
    title: "Interests quiz",
    release: "29.3",
    answered: 188,
    asked: 188,
    profile: { levels: {}, interests: { R: 2, I: 3.5, A: 1, S: 7, E: 5.5, C: 4 } },
  };

  it("is kept with its kind and scores, and is no assessment", () => {
    const path = tempHistory();
    appendHistory(path, entry("2026-01-01T00:00:00.000Z", 40, 30));
    appendHistory(path, quiz);
    const { entries, warning } = loadHistory(path);
    expect(warning).toBeUndefined();
    expect(entries.at(-1)).toEqual(quiz);
    expect(assessmentsOf(entries).map((e) => e.date)).toEqual(["2026-01-01T00:00:00.000Z"]);
  });

  it("a file written before the quiz (entries without a kind) reads as it did", () => {
    const path = tempHistory();
    const old = { date: "2026-01-01T00:00:00.000Z", role: "clerk", title: "clerk", readiness: 40, band: "early", categories: [] };
    writeFileSync(path, JSON.stringify({ format: 1, entries: [old] }));
    expect(loadHistory(path)).toEqual({ entries: [old] });
    expect(assessmentsOf(loadHistory(path).entries)).toEqual([old]);
  });

  it("a quiz entry without its scores counts as corrupt", () => {
    const path = tempHistory();
    writeFileSync(path, JSON.stringify({ format: 1, entries: [{ ...quiz, profile: { levels: {} } }] }));
    expect(loadHistory(path).warning).toMatch(/corrupt/);
  });
});

describe("historyRows", () => {
  const entries = [
    entry("2026-01-01T00:00:00.000Z", 40, 30),
    entry("2026-01-15T00:00:00.000Z", 70, 65, "supervisor"),
    entry("2026-02-01T00:00:00.000Z", 55, 50),
  ];
  it("change since the previous result for the same role, overall and per category", () => {
    const rows = historyRows(entries);
    expect(rows.map((r) => [r.role, r.change, r.categoryChanges.skills, r.categoryChanges.tools])).toEqual([
      ["clerk", null, null, null],
      ["supervisor", null, null, null],
      ["clerk", 15, 20, 0],
    ]);
  });
  it("filters by role", () => {
    expect(historyRows(entries, "supervisor").map((r) => r.readiness)).toEqual([70]);
  });
});
