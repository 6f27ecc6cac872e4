/** loader/skills-file.ts: a skills checklist's lines to entries (schema/skills-checklist.ts), and its mistakes at their lines. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CareersError } from "../../src/errors.js";
import { parseChecklist, readChecklist } from "../../src/loader/skills-file.js";

const U = "http://data.europa.eu/esco/skill/5a000000-0000-4000-8000-000000000001";
const caught = (f: () => unknown): CareersError => {
  try {
    f();
  } catch (e) {
    return e as CareersError;
  }
  throw new Error("no error");
};

describe("parseChecklist", () => {
  it("boxes, bare lines, URIs, comments and blanks", () => {
    const text = [
      "# a comment",
      "",
      "- [x] trim lamp wicks",
      "- [X] lamp oils  # a note",
      "* [ ] polish brass",
      "+ [] read the weather",
      "- [~] keep route logs",
      "  bare label  ",
      "- bulleted label",
      U,
      `- [x] anything  # ${U}  skill; essential to 2 of 3`,
      `[ ] boxed, no bullet #${U}`,
      "- [x] C#",
      "C# for scripts\t# not a URI",
    ].join("\r\n");
    expect(parseChecklist("f", text)).toEqual([
      { line: 3, mark: "had", label: "trim lamp wicks", uri: null },
      { line: 4, mark: "had", label: "lamp oils", uri: null },
      { line: 5, mark: "not", label: "polish brass", uri: null },
      { line: 6, mark: "not", label: "read the weather", uri: null },
      { line: 7, mark: "learning", label: "keep route logs", uri: null },
      { line: 8, mark: "had", label: "bare label", uri: null },
      { line: 9, mark: "had", label: "bulleted label", uri: null },
      { line: 10, mark: "had", label: null, uri: U },
      { line: 11, mark: "had", label: "anything", uri: U },
      { line: 12, mark: "not", label: "boxed, no bullet", uri: U },
      { line: 13, mark: "had", label: "C#", uri: null },
      { line: 14, mark: "had", label: "C# for scripts", uri: null },
    ]);
    expect(parseChecklist("f", "")).toEqual([]);
  });

  it("a box of another mark and a line of no item: each at its line, a data error", () => {
    const e = caught(() => parseChecklist("mine.txt", "ok\n- [?] polish brass\n- [x]\n- [x]   # no uri here\n"));
    expect(e).toBeInstanceOf(CareersError);
    expect(e.kind).toBe("invalid-data");
    expect(e.message).toBe("mine.txt: 3 lines not understood");
    expect(e.diagnostics.map((d) => [d.file, d.line, d.col, d.message])).toEqual([
      ["mine.txt", 2, 1, "the box [?] is none of [x] (had), [~] (learning) and [ ] (not had)"],
      ["mine.txt", 3, 1, "names no item: give its label or its URI"],
      ["mine.txt", 4, 1, "names no item: give its label or its URI"],
    ]);
    expect(caught(() => parseChecklist("f", "- [x]")).message).toBe("f: 1 line not understood");
  });

  it("a URI that is not one: refused by the schema at its line", () => {
    const e = caught(() => parseChecklist("f", "fine\nhttp://[bad\n"));
    expect(e.kind).toBe("invalid-data");
    expect(e.diagnostics[0]).toMatchObject({ file: "f", line: 2 });
  });
});

describe("readChecklist", () => {
  it("a file, and stdin as <stdin>", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "careers-checklist-")), "s.txt");
    writeFileSync(path, "- [x] polish brass\n");
    expect(await readChecklist(path)).toEqual({ file: path, entries: [{ line: 1, mark: "had", label: "polish brass", uri: null }] });
    const stdin = await readChecklist("-", () => Buffer.from("lamp oils\n"));
    expect(stdin).toEqual({ file: "<stdin>", entries: [{ line: 1, mark: "had", label: "lamp oils", uri: null }] });
  });
});
