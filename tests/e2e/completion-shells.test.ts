/**
 * `careers completion bash|zsh|fish`: each script loaded in its shell and asked for completions (zsh and
 * fish only where they are installed; .ci/run installs them).
 */

import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { minimalRole } from "../helpers/hostile.js";
import { BIN, run } from "../helpers/run.js";

const tmp = () => mkdtempSync(join(tmpdir(), "careers-completion-"));

/** A folder holding a `careers` on PATH that runs the built binary, as an installed one would. */
const shimDir = (() => {
  const dir = tmp();
  writeFileSync(join(dir, "careers"), `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} "$@"\n`);
  chmodSync(join(dir, "careers"), 0o755);
  return dir;
})();

/** Source the bash script, set the words as typed (the last is the cursor's), call _careers, read COMPREPLY. */
async function bashComplete(words: string[], env: Record<string, string> = {}): Promise<string[]> {
  const script = (await run(["completion", "bash"])).stdout;
  const file = join(tmp(), "careers.bash");
  writeFileSync(file, script);
  const quoted = words.map((w) => `'${w.replace(/'/g, "'\\''")}'`).join(" ");
  const r = spawnSync(
    "bash",
    ["-c", `source ${file}; COMP_WORDS=(${quoted}); COMP_CWORD=${words.length - 1}; _careers; printf '%s\\n' "\${COMPREPLY[@]}"`],
    {
      encoding: "utf8",
      env: { ...process.env, CAREERS_DATA_DIR: "", ...env, PATH: `${shimDir}:${process.env.PATH}` },
    },
  );
  expect(r.stderr).toBe("");
  return r.stdout.split("\n").filter(Boolean);
}

describe("bash completion", () => {
  it("completes commands, role ids, options and their values", async () => {
    expect(await bashComplete(["careers", "co"])).toEqual(["compare", "completion"]);
    expect(await bashComplete(["careers", "show", "cl"])).toEqual(["clerk"]);
    expect(await bashComplete(["careers", "compare", "clerk", "s"])).toEqual(["senior-clerk", "specialist", "supervisor"]);
    expect(await bashComplete(["careers", "show", "clerk", "--sec"])).toEqual(["--section"]);
    expect(await bashComplete(["careers", "show", "clerk", "--section", "sal"])).toEqual(["salary-levels"]);
    // before a name, an imported occupation's sections too (src/core/sections.ts), as show --help lists them
    expect(await bashComplete(["careers", "show", "--section", "wa"])).toEqual(["wages"]);
    // a listing takes jsonl too; show prints one object
    expect(await bashComplete(["careers", "list", "--format", ""])).toEqual(["table", "json", "yaml", "markdown", "csv", "jsonl"]);
    expect(await bashComplete(["careers", "show", "clerk", "--format", ""])).toEqual(["table", "json", "yaml", "markdown", "csv"]);
    expect(await bashComplete(["careers", "path", "clerk", "--from", "jun"])).toEqual(["junior-clerk"]);
    expect(await bashComplete(["careers", "help", "p"])).toEqual(["path"]);
    expect(await bashComplete(["careers", "completion", ""])).toEqual(["bash", "zsh", "fish"]);
    expect(await bashComplete(["careers", "list", "--no-"])).toEqual(["--no-color", "--no-pager"]);
  });

  it("offers the roles of --data-dir folders typed on the line, and of $CAREERS_DATA_DIR", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "team-lead.yaml"), minimalRole("team-lead"));
    expect(await bashComplete(["careers", "show", "t"])).toEqual([]);
    expect(await bashComplete(["careers", "show", "--data-dir", dir, "t"])).toEqual(["team-lead"]);
    // bash splits --data-dir=<dir> into three words
    expect(await bashComplete(["careers", "--data-dir", "=", dir, "compare", "clerk", "t"])).toEqual(["team-lead"]);
    expect(await bashComplete(["careers", "assess", "t"], { CAREERS_DATA_DIR: dir })).toEqual(["team-lead"]);
  });

  it("completes folders after --data-dir and files for validate", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "role.yaml"), "");
    expect(await bashComplete(["careers", "validate", join(dir, "ro")])).toEqual([join(dir, "role.yaml")]);
    expect(await bashComplete(["careers", "list", "--data-dir", join(dir, "ro")])).toEqual([]);
  });

  it("the script is valid bash and registers _careers for careers", async () => {
    const r = spawnSync(
      "bash",
      ["-c", `source <(${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} completion bash) && complete -p careers`],
      { encoding: "utf8" },
    );
    expect(r.stdout.trim()).toBe("complete -F _careers careers");
  });
});

const installed = (shell: string) => spawnSync(shell, ["-c", "exit 0"]).status === 0;

/** fish's own `complete -C` answers for the line as typed. */
async function fishComplete(line: string): Promise<string[]> {
  const file = join(tmp(), "careers.fish");
  writeFileSync(file, (await run(["completion", "fish"])).stdout);
  const r = spawnSync("fish", ["--no-config", "-c", `source ${file}; complete -C ${JSON.stringify(line)}`], {
    encoding: "utf8",
    env: { ...process.env, CAREERS_DATA_DIR: "", PATH: `${shimDir}:${process.env.PATH}` },
  });
  expect(r.stderr).toBe("");
  return r.stdout.split("\n").filter(Boolean);
}

/**
 * zsh's completion system needs a line editor, so the script's function runs with `words` and `CURRENT`
 * set as zsh sets them, and compadd / _files replaced by functions that print what they are given.
 */
async function zshComplete(words: string[]): Promise<string[]> {
  const file = join(tmp(), "_careers");
  writeFileSync(file, (await run(["completion", "zsh"])).stdout);
  const quoted = words.map((w) => `'${w.replace(/'/g, "'\\''")}'`).join(" ");
  const mocks = `compdef() { :; }; compadd() { [[ $1 == -a ]] && print -l -- "\${(@P)2}"; }; _files() { print -- ":files $*"; }`;
  const r = spawnSync("zsh", ["-f", "-c", `${mocks}; source ${file}; words=(${quoted}); CURRENT=${words.length}; _careers`], {
    encoding: "utf8",
    env: { ...process.env, CAREERS_DATA_DIR: "", PATH: `${shimDir}:${process.env.PATH}` },
  });
  expect(r.stderr).toBe("");
  return r.stdout.split("\n").filter(Boolean);
}

describe.skipIf(!installed("fish"))("fish completion", () => {
  it("completes commands, role ids, options and their values", async () => {
    expect(await fishComplete("careers co")).toEqual(["compare", "completion"]);
    expect(await fishComplete("careers show cl")).toEqual(["clerk"]);
    expect(await fishComplete("careers compare clerk s")).toEqual(["senior-clerk", "specialist", "supervisor"]);
    expect(await fishComplete("careers show clerk --section sal")).toEqual(["salary-levels"]);
    expect(await fishComplete("careers list --format c")).toEqual(["csv"]);
  });
});

describe.skipIf(!installed("zsh"))("zsh completion", () => {
  it("completes commands, role ids and option values, and hands folders to _files", async () => {
    expect(await zshComplete(["careers", "co"])).toEqual(["compare", "completion"]);
    expect(await zshComplete(["careers", "show", "cl"])).toEqual(["clerk"]);
    expect(await zshComplete(["careers", "path", "clerk", "--from", "jun"])).toEqual(["junior-clerk"]);
    expect(await zshComplete(["careers", "list", "--data-dir", ""])).toEqual([":files -/"]);
  });
  it("the script is valid zsh", async () => {
    const file = join(tmp(), "_careers");
    writeFileSync(file, (await run(["completion", "zsh"])).stdout);
    expect(spawnSync("zsh", ["-n", file]).status).toBe(0);
  });
});
