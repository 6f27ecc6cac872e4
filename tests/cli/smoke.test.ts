/**
 * One run of the built binary per command, as a user's shell runs it: stdout piped (so no colour), the
 * exit code, stderr empty, and JSON that parses. Everything else about the commands is tested in-process.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { importedAreaHome } from "../helpers/import-fixtures.js";
import { ANSI, spawnCli, spawnJson } from "../helpers/run.js";
import { scaleHome } from "../helpers/scale-fixture.js";

describe("the built binary", () => {
  it("list --json", async () => {
    const { data, result } = spawnJson(["list", "--json"]);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe("");
    expect(data.results.map((r: { id: string }) => r.id)).toContain("clerk");
  });

  it("show clerk (tables, no colour when piped)", async () => {
    const r = spawnCli(["show", "clerk"]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain("Customer Service Clerk");
    expect(r.stdout).not.toMatch(ANSI);
  });

  it("compare clerk representative --json", async () => {
    const { data, result } = spawnJson(["compare", "clerk", "representative", "--json"]);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe("");
    expect(data.roles.map((r: { id: string }) => r.id)).toEqual(["clerk", "representative"]);
  });

  it("path clerk --json", async () => {
    const { data, result } = spawnJson(["path", "clerk", "--json"]);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe("");
    expect(Array.isArray(data.steps)).toBe(true);
  });

  it("assess clerk --template --json, then the template as answers on stdin", async () => {
    const template = spawnCli(["assess", "clerk", "--template", "--json"]);
    expect(template.status).toBe(0);
    const { data, result } = spawnJson(["assess", "clerk", "--answers", "-", "--json"], { input: template.stdout });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe("");
    expect(typeof data.readiness).toBe("number");
  });

  it("assess without a terminal refuses at once (exit 2)", async () => {
    const r = spawnCli(["assess", "clerk"]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^careers: the interactive assessment needs a terminal/);
  });

  it("match --answers - --json over an imported release", async () => {
    const { home, cleanup } = await scaleHome();
    try {
      const { data, result } = spawnJson(["match", "--answers", "-", "--json", "--limit", "1"], {
        env: { CAREERS_HOME: home },
        input: "skills:\n  Reading Comprehension: 3\n  Active Listening: 4\n  Speaking: 3.5\n  Social Perceptiveness: 3\n",
      });
      expect(result.status).toBe(0);
      expect(result.stderr).toBe("");
      expect(data.results.map((r: { title: string }) => r.title)).toEqual(["Tide Clerks"]);
    } finally {
      cleanup();
    }
  });

  it("wages <occupation> --json over the invented releases with the state and metropolitan workbooks", async () => {
    const { home, cleanup } = await importedAreaHome();
    try {
      const { data, result } = spawnJson(["wages", "91-1011", "--type", "state", "--json"], { env: { CAREERS_HOME: home } });
      expect(result.status).toBe(0);
      expect(result.stderr).toBe("");
      expect(data.results.map((r: { area: { code: string } }) => r.area.code)).toEqual(["48", "01"]);
    } finally {
      cleanup();
    }
  });

  it("validate --json", async () => {
    const { data, result } = spawnJson(["validate", "--json"]);
    expect(result.status).toBe(0);
    expect(data.valid).toBe(true);
  });

  it("schema", async () => {
    const { data, result } = spawnJson(["schema"]);
    expect(result.status).toBe(0);
    expect(data.type).toBe("object");
  });

  it("new <id> --json into a folder, completion bash, help show", async () => {
    const dir = join(mkdtempSync(join(tmpdir(), "careers-smoke-")), "roles");
    const made = spawnJson(["new", "smoke-role", "--data-dir", dir, "--json"]);
    expect(made.result.status).toBe(0);
    expect(made.data.id).toBe("smoke-role");
    const completion = spawnCli(["completion", "bash"]);
    expect(completion.status).toBe(0);
    expect(completion.stdout).toContain("complete");
    const help = spawnCli(["help", "show"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("Examples:");
  });

  it("an unknown role: one line on stderr, exit 2, no stack trace", async () => {
    const r = spawnCli(["show", "clerc"]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^careers: unknown role "clerc"\n/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
