/**
 * `careers completion bash|zsh|fish`: each script loaded in its shell and asked for completions (zsh and
 * fish only where they are installed; .ci/run installs them).
 */
import { chmodSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
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
function bashComplete(words: string[], env: Record<string, string> = {}): string[] {
  const script = run(["completion", "bash"]).stdout;
  const file = join(tmp(), "careers.bash");
  writeFileSync(file, script);
  const quoted = words.map((w) => `'${w.replace(/'/g, "'\\''")}'`).join(" ");
  const r = spawnSync("bash", ["-c", `source ${file}; COMP_WORDS=(${quoted}); COMP_CWORD=${words.length - 1}; _careers; printf '%s\\n' "\${COMPREPLY[@]}"`], {
    encoding: "utf8",
    env: { ...process.env, CAREERS_DATA_DIR: "", ...env, PATH: `${shimDir}:${process.env.PATH}` },
  });
  expect(r.stderr).toBe("");
  return r.stdout.split("\n").filter(Boolean);
}

describe("bash completion", () => {
  it("completes commands, role ids, options and their values", () => {
    expect(bashComplete(["careers", "co"])).toEqual(["compare", "completion"]);
    expect(bashComplete(["careers", "show", "cl"])).toEqual(["clerk"]);
    expect(bashComplete(["careers", "compare", "clerk", "s"])).toEqual(["senior-clerk", "specialist", "supervisor"]);
    expect(bashComplete(["careers", "show", "clerk", "--sec"])).toEqual(["--section"]);
    expect(bashComplete(["careers", "show", "clerk", "--section", "sal"])).toEqual(["salary-levels"]);
    expect(bashComplete(["careers", "list", "--format", ""])).toEqual(["table", "json", "yaml", "markdown", "csv"]);
    expect(bashComplete(["careers", "path", "clerk", "--from", "jun"])).toEqual(["junior-clerk"]);
    expect(bashComplete(["careers", "help", "p"])).toEqual(["path"]);
    expect(bashComplete(["careers", "completion", ""])).toEqual(["bash", "zsh", "fish"]);
    expect(bashComplete(["careers", "list", "--no-"])).toEqual(["--no-color", "--no-pager"]);
  });

  it("offers the roles of --data-dir folders typed on the line, and of $CAREERS_DATA_DIR", () => {
    const dir = tmp();
    writeFileSync(join(dir, "team-lead.yaml"), minimalRole("team-lead"));
    expect(bashComplete(["careers", "show", "t"])).toEqual([]);
    expect(bashComplete(["careers", "show", "--data-dir", dir, "t"])).toEqual(["team-lead"]);
    // bash splits --data-dir=<dir> into three words
    expect(bashComplete(["careers", "--data-dir", "=", dir, "compare", "clerk", "t"])).toEqual(["team-lead"]);
    expect(bashComplete(["careers", "assess", "t"], { CAREERS_DATA_DIR: dir })).toEqual(["team-lead"]);
  });

  it("completes folders after --data-dir and files for validate", () => {
    const dir = tmp();
    writeFileSync(join(dir, "role.yaml"), "");
    expect(bashComplete(["careers", "validate", join(dir, "ro")])).toEqual([join(dir, "role.yaml")]);
    expect(bashComplete(["careers", "list", "--data-dir", join(dir, "ro")])).toEqual([]);
  });

  it("the script is valid bash and registers _careers for careers", () => {
    const r = spawnSync("bash", ["-c", `source <(${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} completion bash) && complete -p careers`], { encoding: "utf8" });
    expect(r.stdout.trim()).toBe("complete -F _careers careers");
  });
});

const installed = (shell: string) => spawnSync(shell, ["-c", "exit 0"]).status === 0;

/** fish's own `complete -C` answers for the line as typed. */
function fishComplete(line: string): string[] {
  const file = join(tmp(), "careers.fish");
  writeFileSync(file, run(["completion", "fish"]).stdout);
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
function zshComplete(words: string[]): string[] {
  const file = join(tmp(), "_careers");
  writeFileSync(file, run(["completion", "zsh"]).stdout);
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
  it("completes commands, role ids, options and their values", () => {
    expect(fishComplete("careers co")).toEqual(["compare", "completion"]);
    expect(fishComplete("careers show cl")).toEqual(["clerk"]);
    expect(fishComplete("careers compare clerk s")).toEqual(["senior-clerk", "specialist", "supervisor"]);
    expect(fishComplete("careers show clerk --section sal")).toEqual(["salary-levels"]);
    expect(fishComplete("careers list --format c")).toEqual(["csv"]);
  });
});

describe.skipIf(!installed("zsh"))("zsh completion", () => {
  it("completes commands, role ids and option values, and hands folders to _files", () => {
    expect(zshComplete(["careers", "co"])).toEqual(["compare", "completion"]);
    expect(zshComplete(["careers", "show", "cl"])).toEqual(["clerk"]);
    expect(zshComplete(["careers", "path", "clerk", "--from", "jun"])).toEqual(["junior-clerk"]);
    expect(zshComplete(["careers", "list", "--data-dir", ""])).toEqual([":files -/"]);
  });
  it("the script is valid zsh", () => {
    const file = join(tmp(), "_careers");
    writeFileSync(file, run(["completion", "zsh"]).stdout);
    expect(spawnSync("zsh", ["-n", file]).status).toBe(0);
  });
});

describe("careers completion", () => {
  it("prints zsh and fish scripts that ask the same helper", () => {
    const zsh = run(["completion", "zsh"]);
    expect(zsh.status).toBe(0);
    expect(zsh.stdout).toMatch(/^#compdef careers/);
    const fish = run(["completion", "fish"]);
    expect(fish.stdout).toContain("complete -c careers");
    for (const s of [zsh.stdout, fish.stdout]) expect(s).toContain("completion --complete --");
  });

  it("an unknown or missing shell is a usage error", () => {
    const r = run(["completion", "powershell"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/no completion for the shell "powershell"\nShells: bash, zsh, fish/);
    expect(run(["completion"]).status).toBe(2);
  });
});
