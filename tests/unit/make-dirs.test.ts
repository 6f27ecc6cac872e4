import { mkdtempSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { makeDirs } from "../../src/loader/write.js";

describe("makeDirs", () => {
  const tmp = () => mkdtempSync(join(tmpdir(), "careers-dirs-"));

  it("makes every missing folder of the path, and is content when they exist", () => {
    const deep = join(tmp(), "a", "b", "c");
    makeDirs(deep);
    expect(statSync(deep).isDirectory()).toBe(true);
    expect(() => makeDirs(deep)).not.toThrow();
  });

  it("fails at once where a file stands in the path", () => {
    const base = tmp();
    writeFileSync(join(base, "file"), "x");
    expect(() => makeDirs(join(base, "file", "sub"))).toThrow(/ENOTDIR/);
  });

  it.skipIf(!statSync("/proc", { throwIfNoEntry: false }))(
    "fails at once under /proc, where a folder can neither be made nor found",
    () => {
      expect(() => makeDirs("/proc/careers-nope/x/y")).toThrow(/ENOENT.*mkdir '\/proc\/careers-nope'/);
    },
  );
});
