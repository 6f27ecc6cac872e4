/** Hundreds of user roles: parsed in worker threads on a first run, the same answer as one thread gives. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, run } from "../helpers/run.js";

const COUNT = 450; // above the threshold for worker threads (400)

describe("a folder of many role files", () => {
  const dir = mkdtempSync(join(tmpdir(), "careers-many-"));
  for (let i = 0; i < COUNT; i++) {
    const id = `role-${String(i).padStart(3, "0")}`;
    writeFileSync(join(dir, `${id}.yaml`), `id: ${id}\ntitle: Role ${i}\nsummary: Generated.\nsources:\n  - id: g\n    title: G\n`);
  }
  writeFileSync(join(dir, "broken.yaml"), "id: broken\ntitle: Broken\nsummary: x\nsources: 7\n");

  it("lists every valid role and reports the broken one at its line, with or without worker threads", async () => {
    const env = { CAREERS_NO_CACHE: "1" };
    const parallel = await run(["list", "--json", "--data-dir", dir], { env });
    expect(parallel.status).toBe(1);
    const ids = JSON.parse(parallel.stdout).roles.map((r: { id: string }) => r.id);
    expect(ids.filter((id: string) => id.startsWith("role-"))).toHaveLength(COUNT);
    expect(parallel.stderr).toContain(`${join(dir, "broken.yaml")}:4:10: sources: `);
    // one core: no workers; the output must be the same
    const single = spawnSync("taskset", ["-c", "0", process.execPath, BIN, "list", "--json", "--data-dir", dir], { encoding: "utf8", env: { ...process.env, ...env } });
    if (single.error) return; // no taskset here: the parallel run above is still checked
    expect(single.stdout).toBe(parallel.stdout);
    expect(single.stderr).toBe(parallel.stderr);
  });
});
