/**
 * The npm package as users get it: packed from a clean copy of the project (`prepare` builds it), then
 * installed globally into a temporary prefix. dist/ is a bundle that loads only Node's built-ins, so the
 * install adds careers and nothing else. The installed `careers` must work: show, compare, path,
 * assess --answers.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../helpers/run.js";

const SOURCES = ["package.json", "package-lock.json", "tsconfig.json", "bin", "src", "data", "README.md", "LICENSE"];
const work = mkdtempSync(join(tmpdir(), "careers-package-"));
const copy = join(work, "project");
const prefix = join(work, "prefix");
// npm run by `npm test` passes its package's settings down; the installs here are a user's own
const env = Object.fromEntries(
  Object.entries(process.env).filter(([k]) => !/^npm_(package|lifecycle|config_(prefix|global|local_prefix))/.test(k)),
);
const npm = (args: string[], cwd = copy) =>
  execFileSync("npm", args, { cwd, env, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], timeout: 240_000 });

let tarball = "";
let packedFiles: string[] = [];
let seconds = 0;

beforeAll(() => {
  const start = Date.now();
  mkdirSync(copy);
  for (const s of SOURCES) cpSync(join(ROOT, s), join(copy, s), { recursive: true });
  symlinkSync(join(ROOT, "node_modules"), join(copy, "node_modules"), "dir");
  npm(["pack", "--pack-destination", work, "--no-audit", "--no-fund"]);
  tarball = join(work, readdirSync(work).find((f) => f.endsWith(".tgz"))!);
  packedFiles = (JSON.parse(npm(["pack", "--dry-run", "--json", "--ignore-scripts"])) as { files: { path: string }[] }[])[0]!.files.map(
    (f) => f.path,
  );
  npm(["install", "--global", "--prefix", prefix, "--no-audit", "--no-fund", tarball], work);
  seconds = (Date.now() - start) / 1000;
}, 300_000);

afterAll(() => {
  console.info(`packed and installed in ${seconds.toFixed(1)} s`);
  rmSync(work, { recursive: true, force: true });
});

const careers = (args: string[]) =>
  spawnSync(join(prefix, "bin", "careers"), args, {
    cwd: work,
    encoding: "utf8",
    env: { PATH: process.env.PATH, HOME: work, CAREERS_HOME: join(work, "home") },
    timeout: 20_000,
  });

describe("the npm package", () => {
  it("holds only what runs: bin, built code, bundled data, README, LICENSE", async () => {
    expect(packedFiles).toContain("dist/cli.js");
    expect(packedFiles).toContain("dist/roles.json");
    expect(packedFiles).toContain("data/roles/clerk.yaml");
    for (const f of packedFiles) expect(f).toMatch(/^(bin\/|dist\/(?!build\/)|data\/|README\.md$|LICENSE$|package\.json$)/);
    const listed = execFileSync("tar", ["-tzf", tarball], { encoding: "utf8" })
      .split("\n")
      .filter(Boolean)
      .map((f) => f.replace(/^package\//, ""));
    expect(listed.sort()).toEqual([...packedFiles].sort());
  });

  it("installs careers alone: no dependency of any kind is fetched", () => {
    const installed = join(prefix, "lib", "node_modules", "careers");
    expect(existsSync(join(installed, "dist", "cli.js"))).toBe(true);
    expect(readdirSync(join(prefix, "lib", "node_modules"))).toEqual(["careers"]);
    expect(existsSync(join(installed, "node_modules"))).toBe(false);
    const manifest = JSON.parse(readFileSync(join(installed, "package.json"), "utf8")) as Record<string, unknown>;
    for (const field of ["dependencies", "optionalDependencies", "peerDependencies", "bundleDependencies"])
      expect(manifest[field], field).toBeUndefined();
  });

  it("the installed careers runs from its bundle alone", () => {
    const show = careers(["show", "clerk", "--json"]);
    expect(show.stderr).toBe("");
    expect(show.status).toBe(0);
    const role = JSON.parse(show.stdout) as { id: string; keyFacts: { medianSalary: { amount: number } } };
    expect(role.id).toBe("clerk");
    expect(role.keyFacts.medianSalary.amount).toBe(38400);
  });

  it("the installed careers shows, compares, walks a ladder and assesses from an answers file", async () => {
    const show = careers(["show", "clerk", "--section", "facts"]);
    expect(show.stderr).toBe("");
    expect(show.status).toBe(0);
    expect(show.stdout).toContain("38,400 USD a year");
    const compare = careers(["compare", "clerk", "manager", "--format", "csv"]);
    expect(compare.status).toBe(0);
    expect(compare.stdout).toContain("salary.levelMedian.amount,35000,72000");
    const path = careers(["path", "clerk", "--json"]);
    expect(JSON.parse(path.stdout).steps).toHaveLength(7);
    const template = careers(["assess", "clerk", "--template"]);
    writeFileSync(join(work, "answers.yaml"), template.stdout);
    const assess = careers(["assess", "--answers", join(work, "answers.yaml"), "--json"]);
    expect(assess.status).toBe(0);
    expect(JSON.parse(assess.stdout).role.id).toBe("clerk");
    expect(careers(["--version"]).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
