/** `npm run dev`: the CLI runs from its TypeScript source through tsx, without dist/. */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/run.js";

const dev = (args: string[]) =>
  spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "src", "dev.ts"), ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
    timeout: 30_000,
  });

describe("running from source", () => {
  it("prints the version in package.json", async () => {
    const r = dev(["--version"]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe((JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version);
  });

  it("prints the help and maps a usage error to exit 2", async () => {
    const help = dev(["--help"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: careers \[options\] \[command\]/);
    const wrong = dev(["nosuch"]);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain("careers: unknown command 'nosuch'");
  });
});
