/** Help on every command (snapshots, read by hand once), `careers help <command>`, and suggestions for typos. */
import { describe, expect, it } from "vitest";
import { run } from "../helpers/run.js";

const COMMANDS = [
  "list",
  "show",
  "compare",
  "path",
  "assess",
  "validate",
  "new",
  "schema",
  "completion",
  "import",
  "search",
  "wages",
  "match",
  "interests",
  "help",
];

describe("help", () => {
  it("careers --help lists every command with a one-line description, and examples", async () => {
    const r = await run(["--help"], { env: { COLUMNS: "100" } });
    expect(r.status).toBe(0);
    for (const c of COMMANDS) expect(r.stdout).toMatch(new RegExp(`^  ${c}\\b.*\\S`, "m"));
    expect(r.stdout).toContain("Examples:");
    expect(r.stdout).toMatchSnapshot();
  });

  it.each(COMMANDS)("careers %s --help has examples, and careers help <command> prints the same", async (c) => {
    const r = await run([c, "--help"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Examples:\n {2}\$ careers /);
    expect((await run(["help", c])).stdout).toBe(r.stdout);
    expect(r.stdout).toMatchSnapshot();
  });

  it("help for a command that does not exist is a usage error with a suggestion", async () => {
    const r = await run(["help", "shwo"]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^careers: unknown command "shwo"\nDid you mean "show"\? Commands: list, show, compare/);
    expect((await run(["help"])).stdout).toBe((await run(["--help"])).stdout);
  });
});

describe("typos", () => {
  it("a mistyped command gets a suggestion, exit 2, on stderr", async () => {
    const r = await run(["comapre", "clerk", "manager"]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^careers: unknown command 'comapre'\n\(Did you mean compare\?\)/);
  });

  it("a mistyped option gets a suggestion, exit 2, on stderr", async () => {
    const r = await run(["show", "clerk", "--sectoin", "facts"]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^careers: unknown option '--sectoin'\n\(Did you mean --section\?\)/);
    expect((await run(["list", "--fromat", "csv"])).stderr).toMatch(/Did you mean --format\?/);
    expect((await run(["list", "--no-pagr"])).stderr).toMatch(/Did you mean --no-pager\?/);
  });
});
