/** `careers completion`: the scripts it prints and its errors (the scripts run in their shells in tests/e2e). */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { useImportedHome } from "../helpers/import-fixtures.js";
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

describe("completion of imported occupations (the invented release of tests/fixtures/onet-mini)", () => {
  const home = useImportedHome();

  const complete = async (words: string[], dataHome = home()) => {
    const r = await run(["completion", "--complete", "--", "careers", ...words], { env: { CAREERS_HOME: dataHome } });
    expect(r.status, r.stderr).toBe(0);
    return r.stdout.split("\n").filter(Boolean);
  };

  it("show offers the occupations' ids beside the roles', and their codes once a digit is typed", async () => {
    // Occupation Data.txt: 91-1011.00 Lantern Keepers, 91-1011.02 Beacon Polishers, 91-2013.00 Cloud Shepherds
    expect(await complete(["show", "lan"])).toEqual(["lantern-keepers"]);
    expect(await complete(["show", "cl"])).toEqual(["clerk", "cloud-shepherds"]);
    expect(await complete(["show", "91-10"])).toEqual(["91-1011.00", "91-1011.02"]);
    expect(await complete(["show", "--json", "bea"])).toEqual(["beacon-polishers"]);
  });

  it("wages offers the occupations alone (no role), their codes once a digit is typed; its --sort and --type their choices", async () => {
    expect(await complete(["wages", "cl"])).toEqual(["cloud-shepherds"]);
    expect(await complete(["wages", "91-2"])).toEqual(["91-2013.00"]);
    expect(await complete(["wages", "91-1011", "lan"])).toEqual([]);
    expect(await complete(["wages", "91-1011", "--sort", ""])).toEqual(["median", "employment", "lq", "p90"]);
    expect(await complete(["wages", "91-1011", "--type", ""])).toEqual(["state", "metro"]);
  });

  it("only for the role of show: not its second word, nor the commands that take roles alone", async () => {
    expect(await complete(["show", "clerk", "lan"])).toEqual([]);
    expect(await complete(["compare", "clerk", "lan"])).toEqual([]);
    expect(await complete(["path", "cl"])).toEqual(["clerk"]);
  });

  it("show --section offers the sections of the kind named, both kinds before a name, and more after the first", async () => {
    // src/core/sections.ts: "wages" and "alternate-titles" are an occupation's, "salary-levels" and "skill-map" a role's
    expect(await complete(["show", "91-1011.00", "--section", "wa"])).toEqual(["wages"]);
    expect(await complete(["show", "lantern-keepers", "--section", "al"])).toEqual(["alternate-titles"]);
    expect(await complete(["show", "clerk", "--section", "wa"])).toEqual([]);
    expect(await complete(["show", "clerk", "--section", "sal"])).toEqual(["salary-levels"]);
    // no name yet: a role's sections then an occupation's, each once
    expect(await complete(["show", "--section", "sk"])).toEqual(["skills", "skill-map"]);
    expect(await complete(["show", "--section", "w"])).toEqual(["work-life", "wages"]);
    // --section takes several names: after one, the next is a section too, not the occupation's name
    expect(await complete(["show", "91-1011.00", "--section", "tasks", "ou"])).toEqual(["outlook"]);
    expect(await complete(["show", "clerk", "--section", "facts", "po"])).toEqual(["portfolio"]);
    expect(await complete(["show", "clerk", "--section", "facts", "--js"])).toEqual(["--json"]);
  });

  it("none without a data set", async () => {
    expect(await complete(["show", "cl"], join(home(), "nothing-here"))).toEqual(["clerk"]);
  });
});
