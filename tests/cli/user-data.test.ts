/** Users' own roles: data folders and their order, overriding bundled roles, `careers new` and `careers schema`. */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { describe, expect, it } from "vitest";
import { OPTIONAL_MARKER } from "../../src/render/starter.js";
import { minimalRole } from "../helpers/hostile.js";
import { ROOT, run, runJson } from "../helpers/run.js";

const tmp = (prefix = "careers-user-") => mkdtempSync(join(tmpdir(), prefix));

/** A folder with `<id>.yaml` files whose titles say where they come from. */
function folder(roles: Record<string, string>): string {
  const dir = tmp();
  for (const [id, title] of Object.entries(roles)) writeFileSync(join(dir, `${id}.yaml`), minimalRole(id).replace("title: Demo Role", `title: ${title}`));
  return dir;
}

const titleOf = (args: string[], env: Record<string, string> = {}) => runJson(["show", ...args, "--json"], { env }).data.title;

describe("data folders", () => {
  it("user roles appear beside the bundled ones in list and show", () => {
    const dir = folder({ "team-lead": "Team Lead" });
    const { data, result } = runJson(["list", "--json", "--data-dir", dir]);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe("");
    expect(data.roles).toHaveLength(8);
    expect(data.roles.find((r: { id: string }) => r.id === "team-lead")).toMatchObject({ origin: "user", file: join(dir, "team-lead.yaml") });
    expect(titleOf(["team-lead", "--data-dir", dir])).toBe("Team Lead");
    expect(titleOf(["Team Lead", "--data-dir", dir])).toBe("Team Lead");
    expect(run(["show", "team-lead"]).status).toBe(2);
  });

  it("the --data-dir flag wins over CAREERS_DATA_DIR; earlier folders win over later ones", () => {
    const fromEnv = folder({ x: "From env", "only-env": "Env only" });
    const fromFlag = folder({ x: "From flag" });
    const second = folder({ x: "From second flag" });
    const env = { CAREERS_DATA_DIR: fromEnv };
    expect(titleOf(["x"], env)).toBe("From env");
    expect(titleOf(["x", "--data-dir", fromFlag], env)).toBe("From flag");
    expect(titleOf(["x", "--data-dir", fromFlag, "--data-dir", second], env)).toBe("From flag");
    expect(titleOf(["x", "--data-dir", second, "--data-dir", fromFlag], env)).toBe("From second flag");
    // the flag replaces the variable: its folders are not read at all
    expect(run(["show", "only-env", "--data-dir", fromFlag], { env }).status).toBe(2);
    expect(titleOf(["x"], { CAREERS_DATA_DIR: [second, fromEnv].join(delimiter) })).toBe("From second flag");
    expect(titleOf(["only-env"], { CAREERS_DATA_DIR: [second, fromEnv].join(delimiter) })).toBe("Env only");
  });

  it("a user role with a bundled role's id overrides it, with a note on stderr naming both files", () => {
    const dir = folder({ clerk: "My Clerk" });
    const note = `note: ${join(dir, "clerk.yaml")} overrides the bundled role "clerk" (data/roles/clerk.yaml)\n`;
    const show = run(["show", "clerk", "--data-dir", dir]);
    expect(show.status).toBe(0);
    expect(show.stdout).toMatch(/^My Clerk \(clerk\)/);
    expect(show.stderr).toBe(note);
    const list = runJson(["list", "--json", "--data-dir", dir]);
    expect(list.data.roles).toHaveLength(7);
    expect(list.data.roles.find((r: { id: string }) => r.id === "clerk")).toMatchObject({ title: "My Clerk", origin: "user" });
    expect(list.result.stderr).toBe(note);
  });

  it("of two folders with the same id, the first is used and the note names both", () => {
    const one = folder({ x: "One" });
    const two = folder({ x: "Two" });
    const r = run(["list", "--data-dir", one, "--data-dir", two]);
    expect(r.stderr).toBe(`note: ${join(one, "x.yaml")} overrides ${join(two, "x.yaml")} (both define "x")\n`);
  });
});

describe("careers new", () => {
  it("writes a commented starter file to the current folder that validates as written, without warnings", () => {
    const cwd = tmp();
    const r = run(["new", "team-lead"], { cwd });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe("Wrote team-lead.yaml\nEdit it, then check it with: careers validate team-lead.yaml\nSee it with: careers show team-lead --data-dir .\n");
    expect(r.stderr).toBe("");
    const text = readFileSync(join(cwd, "team-lead.yaml"), "utf8");
    expect(text).toMatch(/^# yaml-language-server: \$schema=(.+)\n/);
    expect(existsSync(/^# yaml-language-server: \$schema=(.+)\n/.exec(text)![1]!)).toBe(true);
    expect(text).toContain('title: "Team Lead"');
    const v = run(["validate", "team-lead.yaml"], { cwd });
    expect(v.status).toBe(0);
    expect(v.stdout).toBe("Checked 1 role file: all valid.\n");
  });

  it("writes to the --data-dir folder (creating it), where show then finds the role", () => {
    const dir = join(tmp(), "my-roles");
    const { data, result } = runJson(["new", "night-shift-lead", "--data-dir", dir, "--json"]);
    expect(result.status).toBe(0);
    expect(data).toEqual({ id: "night-shift-lead", file: join(dir, "night-shift-lead.yaml") });
    expect(titleOf(["night-shift-lead", "--data-dir", dir])).toBe("Night Shift Lead");
  });

  it("says when the new file takes the place of a bundled role, and refuses a --data-dir that is a file", () => {
    const cwd = tmp();
    const r = run(["new", "clerk"], { cwd });
    expect(r.status).toBe(0);
    // from another folder the bundled file is named so that it resolves from there
    expect(r.stderr).toBe(`note: clerk.yaml overrides the bundled role "clerk" (${join(ROOT, "data", "roles", "clerk.yaml")})\n`);
    const f = run(["new", "x1", "--data-dir", "clerk.yaml"], { cwd });
    expect(f.status).toBe(1);
    expect(f.stdout).toBe("");
    expect(f.stderr).toBe("careers: cannot write clerk.yaml/x1.yaml: clerk.yaml is not a folder\n");
  });

  it("stays valid with every commented example taken in", () => {
    const cwd = tmp();
    run(["new", "full"], { cwd });
    const text = readFileSync(join(cwd, "full.yaml"), "utf8");
    expect(text).toContain(OPTIONAL_MARKER);
    const [head, ...rest] = text.split("\n");
    const uncommented = [head, ...rest.map((l) => l.replace(/^# /, ""))].join("\n");
    expect(uncommented).toContain("\nkeyFacts:\n  medianSalary:\n");
    writeFileSync(join(cwd, "full.yaml"), uncommented);
    const v = run(["validate", "full.yaml"], { cwd });
    expect(v.stdout).toBe("Checked 1 role file: all valid.\n");
    expect(v.status).toBe(0);
    // its requirements example is what assess asks
    expect(uncommented).toContain("\nrequirements:\n  source: my-notes\n");
    const t = run(["assess", "full", "--template", "--data-dir", cwd], { cwd });
    expect(t.status).toBe(0);
    expect(t.stdout).toContain("  coaching: 0 # Coaching (leadership; needs 2 working)\n");
    expect(t.stdout).toContain("#   licence: A licence to practise (licence)\n");
  });

  it("never overwrites an existing file (exit 1)", () => {
    const cwd = tmp();
    writeFileSync(join(cwd, "mine.yaml"), "keep me\n");
    const r = run(["new", "mine"], { cwd });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^careers: mine\.yaml already exists; not overwriting it/);
    expect(readFileSync(join(cwd, "mine.yaml"), "utf8")).toBe("keep me\n");
  });

  it.each([["Team Lead"], ["team_lead"], ["x-"], ["a--b"], ["x".repeat(65)]])("refuses the id %j and writes nothing (exit 2)", (id) => {
    const cwd = tmp();
    const r = run(["new", id], { cwd });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("is not a valid role id");
    expect(run(["validate", cwd]).stdout).toBe("Checked 0 role files: all valid.\n");
  });
});

describe("careers schema", () => {
  it("prints the JSON Schema the build writes, generated from the zod schema", () => {
    const r = run(["schema"]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe(readFileSync(join(ROOT, "dist", "role.schema.json"), "utf8"));
    const schema = JSON.parse(r.stdout);
    expect(schema.$schema).toMatch(/json-schema\.org/);
    expect(schema.required).toEqual(["id", "title", "summary", "sources"]);
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(schema.properties)).toContain("ladder");
  });
});
