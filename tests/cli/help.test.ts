/** Help on every command (snapshots, read by hand once), `careers help <command>`, and suggestions for typos. */
import { describe, expect, it } from "vitest";
import { run } from "../helpers/run.js";

const COMMANDS = ["list", "show", "compare", "path", "assess", "validate", "new", "schema", "completion", "help"];

describe("help", () => {
  it("careers --help lists every command with a one-line description, and examples", () => {
    const r = run(["--help"], { env: { COLUMNS: "100" } });
    expect(r.status).toBe(0);
    for (const c of COMMANDS) expect(r.stdout).toMatch(new RegExp(`^  ${c}\\b.*\\S`, "m"));
    expect(r.stdout).toContain("Examples:");
    expect(r.stdout).toMatchSnapshot();
  });

  it.each(COMMANDS)("careers %s --help has examples, and careers help <command> prints the same", (c) => {
    const r = run([c, "--help"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Examples:\n {2}\$ careers /);
    expect(run(["help", c]).stdout).toBe(r.stdout);
    expect(r.stdout).toMatchSnapshot();
  });

  it("help for a command that does not exist is a usage error with a suggestion", () => {
    const r = run(["help", "shwo"]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^careers: unknown command "shwo"\nDid you mean "show"\? Commands: list, show, compare/);
    expect(run(["help"]).stdout).toBe(run(["--help"]).stdout);
  });
});

describe("typos", () => {
  it("a mistyped command gets a suggestion, exit 2, on stderr", () => {
    const r = run(["comapre", "clerk", "manager"]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^careers: unknown command 'comapre'\n\(Did you mean compare\?\)/);
  });

  it("a mistyped option gets a suggestion, exit 2, on stderr", () => {
    const r = run(["show", "clerk", "--sectoin", "facts"]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^careers: unknown option '--sectoin'\n\(Did you mean --section\?\)/);
    expect(run(["list", "--fromat", "csv"]).stderr).toMatch(/Did you mean --format\?/);
    expect(run(["list", "--no-pagr"]).stderr).toMatch(/Did you mean --no-pager\?/);
  });
});
