/** `careers completion`: the scripts it prints and its errors (the scripts run in their shells in tests/e2e). */
import { describe, expect, it } from "vitest";
import { run } from "../helpers/run.js";

describe("careers completion", () => {
  it("prints zsh and fish scripts that ask the same helper", async () => {
    const zsh = await run(["completion", "zsh"]);
    expect(zsh.status).toBe(0);
    expect(zsh.stdout).toMatch(/^#compdef careers/);
    const fish = await run(["completion", "fish"]);
    expect(fish.stdout).toContain("complete -c careers");
    for (const s of [zsh.stdout, fish.stdout]) expect(s).toContain("completion --complete --");
  });

  it("completes match, its options and the answers file", async () => {
    const complete = async (...words: string[]) => (await run(["completion", "--complete", "--", "careers", ...words])).stdout;
    expect(await complete("m")).toBe("match\n");
    expect(await complete("match", "--fr")).toBe("--from-history\n");
    expect(await complete("match", "--answers", "")).toBe(":files\n");
  });

  it("an unknown or missing shell is a usage error", async () => {
    const r = await run(["completion", "powershell"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/no completion for the shell "powershell"\nShells: bash, zsh, fish/);
    expect((await run(["completion"])).status).toBe(2);
  });
});
