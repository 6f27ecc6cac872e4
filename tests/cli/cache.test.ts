/** The cache of parsed user roles: used when files are unchanged, never stale, never trusted when broken. */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run, runJson } from "../helpers/run.js";

const role = (id: string, title: string) => `id: ${id}
title: ${title}
summary: A role of my own.
sources:
  - id: me
    title: My notes
`;

function setup() {
  const dir = mkdtempSync(join(tmpdir(), "careers-roles-"));
  const cache = mkdtempSync(join(tmpdir(), "careers-cache-"));
  writeFileSync(join(dir, "team-lead.yaml"), role("team-lead", "Team Lead"));
  writeFileSync(join(dir, "analyst.yaml"), role("analyst", "Analyst"));
  const env = { XDG_CACHE_HOME: cache };
  const entries = () => (existsSync(join(cache, "careers", "roles")) ? readdirSync(join(cache, "careers", "roles")) : []);
  const titles = async () =>
    (await runJson(["list", "--json", "--data-dir", dir], { env })).data.results
      .filter((r: { source: string }) => r.source === "user")
      .map((r: { title: string }) => r.title);
  return { dir, cache, env, entries, titles };
}

describe("user role cache", () => {
  it("is written on the first run and gives the same answer on the next", async () => {
    const { entries, titles } = setup();
    const first = await titles();
    expect(entries()).toHaveLength(2);
    expect(await titles()).toEqual(first);
    expect(first).toEqual(["Analyst", "Team Lead"]);
  });

  it("an edited file is read again", async () => {
    const { dir, env, titles } = setup();
    await titles();
    const file = join(dir, "team-lead.yaml");
    writeFileSync(file, role("team-lead", "Team Lead, edited"));
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    expect(await titles()).toContain("Team Lead, edited");
    expect((await runJson(["show", "team-lead", "--json", "--data-dir", dir], { env })).data.title).toBe("Team Lead, edited");
  });

  it("a deleted file is gone from the list", async () => {
    const { dir, titles } = setup();
    await titles();
    rmSync(join(dir, "analyst.yaml"));
    expect(await titles()).toEqual(["Team Lead"]);
  });

  it("corrupt or foreign entries are ignored and rebuilt", async () => {
    const { cache, entries, titles } = setup();
    const expected = await titles();
    const [a, b] = entries().map((f) => join(cache, "careers", "roles", f));
    writeFileSync(a!, "{ not json");
    writeFileSync(b!, JSON.stringify({ format: 1, schema: "other", path: "/elsewhere", result: { ok: true, role: { id: "x" } } }));
    expect(await titles()).toEqual(expected);
    for (const f of [a!, b!]) expect(() => JSON.parse(readFileSync(f, "utf8"))).not.toThrow();
    expect(JSON.parse(readFileSync(a!, "utf8")).result.ok).toBe(true);
  });

  it("a broken file is reported the same way from the cache", async () => {
    const { dir, env } = setup();
    writeFileSync(join(dir, "broken.yaml"), "id: broken\ntitle: [unclosed\n");
    const first = await run(["list", "--json", "--data-dir", dir], { env });
    const second = await run(["list", "--json", "--data-dir", dir], { env });
    expect(first.status).toBe(1);
    expect(second.status).toBe(1);
    expect(second.stderr).toBe(first.stderr);
    expect(JSON.parse(first.stderr).error.file).toBe(join(dir, "broken.yaml"));
  });

  it("the cache is what later runs read (an entry for an unchanged file is used as stored)", async () => {
    const { cache, dir, env, entries } = setup();
    await run(["list", "--json", "--data-dir", dir], { env });
    const file = entries()
      .map((f) => join(cache, "careers", "roles", f))
      .find((f) => readFileSync(f, "utf8").includes("team-lead"))!;
    const entry = JSON.parse(readFileSync(file, "utf8"));
    entry.result.role.title = "Read From Cache";
    writeFileSync(file, JSON.stringify(entry));
    expect((await runJson(["show", "team-lead", "--json", "--data-dir", dir], { env })).data.title).toBe("Read From Cache");
    expect((await runJson(["show", "team-lead", "--json", "--data-dir", dir], { env: { ...env, CAREERS_NO_CACHE: "1" } })).data.title).toBe(
      "Team Lead",
    );
  });
});
