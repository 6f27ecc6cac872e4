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
  for (const [id, title] of Object.entries(roles))
    writeFileSync(join(dir, `${id}.yaml`), minimalRole(id).replace("title: Demo Role", `title: ${title}`));
  return dir;
}

const titleOf = async (args: string[], env: Record<string, string> = {}) =>
  (await runJson(["show", ...args, "--json"], { env })).data.title;

describe("data folders", () => {
  it("user roles appear beside the bundled ones in list and show", async () => {
    const dir = folder({ "team-lead": "Team Lead" });
    const { data, result } = await runJson(["list", "--json", "--data-dir", dir]);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe("");
    expect(data.results).toHaveLength(8);
    expect(data.results.find((r: { id: string }) => r.id === "team-lead")).toMatchObject({
      source: "user",
    });
    // no machine-local path in the output
    expect(JSON.stringify(data)).not.toContain(dir);
    expect(await titleOf(["team-lead", "--data-dir", dir])).toBe("Team Lead");
    expect(await titleOf(["Team Lead", "--data-dir", dir])).toBe("Team Lead");
    expect((await run(["show", "team-lead"])).status).toBe(2);
  });

  it("the --data-dir flag wins over CAREERS_DATA_DIR; earlier folders win over later ones", async () => {
    const fromEnv = folder({ x: "From env", "only-env": "Env only" });
    const fromFlag = folder({ x: "From flag" });
    const second = folder({ x: "From second flag" });
    const env = { CAREERS_DATA_DIR: fromEnv };
    expect(await titleOf(["x"], env)).toBe("From env");
    expect(await titleOf(["x", "--data-dir", fromFlag], env)).toBe("From flag");
    expect(await titleOf(["x", "--data-dir", fromFlag, "--data-dir", second], env)).toBe("From flag");
    expect(await titleOf(["x", "--data-dir", second, "--data-dir", fromFlag], env)).toBe("From second flag");
    // the flag replaces the variable: its folders are not read at all
    expect((await run(["show", "only-env", "--data-dir", fromFlag], { env })).status).toBe(2);
    expect(await titleOf(["x"], { CAREERS_DATA_DIR: [second, fromEnv].join(delimiter) })).toBe("From second flag");
    expect(await titleOf(["only-env"], { CAREERS_DATA_DIR: [second, fromEnv].join(delimiter) })).toBe("Env only");
  });

  it("a user role with a bundled role's id overrides it, with a note on stderr naming both files", async () => {
    const dir = folder({ clerk: "My Clerk" });
    const note = `note: ${join(dir, "clerk.yaml")} overrides the bundled role "clerk" (data/roles/clerk.yaml)\n`;
    const show = await run(["show", "clerk", "--data-dir", dir]);
    expect(show.status).toBe(0);
    expect(show.stdout).toMatch(/^My Clerk \(clerk\)/);
    expect(show.stderr).toBe(note);
    const list = await runJson(["list", "--json", "--data-dir", dir]);
    expect(list.data.results).toHaveLength(7);
    expect(list.data.results.find((r: { id: string }) => r.id === "clerk")).toMatchObject({ title: "My Clerk", source: "user" });
    expect(list.result.stderr).toBe(note);
  });

  it("of two folders with the same id, the first is used and the note names both", async () => {
    const one = folder({ x: "One" });
    const two = folder({ x: "Two" });
    const r = await run(["list", "--data-dir", one, "--data-dir", two]);
    expect(r.stderr).toBe(`note: ${join(one, "x.yaml")} overrides ${join(two, "x.yaml")} (both define "x")\n`);
  });
});

describe("list order", () => {
  /** A ladder of three nursing levels, owned by the first, with steps; and one role on no ladder. */
  function nursing(): string {
    const dir = folder({ "ward-clerk": "Ward Clerk" });
    const role = (id: string, title: string, step: number, extra = "") =>
      `${minimalRole(id).replace("title: Demo Role", `title: ${title}`)}level:\n  source: guide\n  title: ${title}\n  step: ${step}\n  years:\n    min: ${step}\n  scope: Nursing.\n  focusAreas: [Care]\n${extra}`;
    const ladder =
      "ladder:\n  source: guide\n  name: Nursing ladder\n  tracks:\n    - id: clinical\n      name: Clinical\n  levels:\n" +
      [
        ["registered-nurse", "Registered Nurse"],
        ["charge-nurse", "Charge Nurse"],
        ["nurse-manager", "Nurse Manager"],
      ]
        .map(([id, title]) => `    - role: ${id}\n      title: ${title}\n      track: clinical\n`)
        .join("");
    writeFileSync(join(dir, "registered-nurse.yaml"), role("registered-nurse", "Registered Nurse", 1, ladder));
    writeFileSync(join(dir, "charge-nurse.yaml"), role("charge-nurse", "Charge Nurse", 2));
    writeFileSync(join(dir, "nurse-manager.yaml"), role("nurse-manager", "Nurse Manager", 3));
    return dir;
  }

  it("groups roles by ladder, each in ladder order, then the roles on no ladder by title", async () => {
    const { data, result } = await runJson(["list", "--json", "--data-dir", nursing()]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    // the bundled ladder (owned by clerk) by the steps in data/roles (clerk 1, junior-clerk 2, senior-clerk 3, representative 4, ...), then the nursing ladder (owned by registered-nurse), then Ward Clerk
    const ids = data.results.map((r: { id: string }) => r.id);
    expect(ids).toEqual([
      "clerk",
      "junior-clerk",
      "senior-clerk",
      "representative",
      "specialist",
      "supervisor",
      "manager",
      "registered-nurse",
      "charge-nurse",
      "nurse-manager",
      "ward-clerk",
    ]);
    expect(data.results.find((r: { id: string }) => r.id === "charge-nurse").ladder).toBe("registered-nurse");
    expect(data.results.find((r: { id: string }) => r.id === "ward-clerk").ladder).toBeNull();
  });
});

describe("careers new", () => {
  it("writes a commented starter file to the current folder that validates as written, without warnings", async () => {
    const cwd = tmp();
    const r = await run(["new", "team-lead"], { cwd });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(
      "Wrote team-lead.yaml\nEdit it, then check it with: careers validate team-lead.yaml\nSee it with: careers show team-lead --data-dir .\n",
    );
    expect(r.stderr).toBe("");
    const text = readFileSync(join(cwd, "team-lead.yaml"), "utf8");
    expect(text).toMatch(/^# yaml-language-server: \$schema=(.+)\n/);
    expect(existsSync(/^# yaml-language-server: \$schema=(.+)\n/.exec(text)![1]!)).toBe(true);
    expect(text).toContain('title: "Team Lead"');
    const v = await run(["validate", "team-lead.yaml"], { cwd });
    expect(v.status).toBe(0);
    expect(v.stdout).toBe("Checked 1 role file: all valid.\n");
  });

  it("writes to the --data-dir folder (creating it), where show then finds the role", async () => {
    const dir = join(tmp(), "my-roles");
    const { data, result } = await runJson(["new", "night-shift-lead", "--data-dir", dir, "--json"]);
    expect(result.status).toBe(0);
    expect(data).toEqual({ id: "night-shift-lead", file: join(dir, "night-shift-lead.yaml") });
    // the header's validate command names the file as written, so it runs from the current folder
    expect(readFileSync(join(dir, "night-shift-lead.yaml"), "utf8").split("\n")[1]).toBe(
      `## A role file for \`careers\`. Check it with: careers validate ${join(dir, "night-shift-lead.yaml")}`,
    );
    const cwd = tmp();
    await run(["new", "desk-lead", "--data-dir", "roles"], { cwd });
    expect(readFileSync(join(cwd, "roles", "desk-lead.yaml"), "utf8")).toContain("Check it with: careers validate roles/desk-lead.yaml\n");
    expect((await run(["validate", "roles/desk-lead.yaml"], { cwd })).stdout).toBe("Checked 1 role file: all valid.\n");
    expect(await titleOf(["night-shift-lead", "--data-dir", dir])).toBe("Night Shift Lead");
  });

  it("refuses a bundled role's id unless --force, then says what the new file overrides; refuses a --data-dir that is a file", async () => {
    const cwd = tmp();
    const refused = await run(["new", "clerk"], { cwd });
    expect(refused.status).toBe(2);
    expect(refused.stdout).toBe("");
    expect(refused.stderr).toBe(
      `careers: "clerk" is a bundled role (Customer Service Clerk, ${join(ROOT, "data", "roles", "clerk.yaml")}); clerk.yaml would take its place wherever that folder is used\n` +
        "To override it on purpose, add --force; to start a role of your own, pick another id (careers list shows those taken).\n",
    );
    expect(existsSync(join(cwd, "clerk.yaml"))).toBe(false);
    const r = await run(["new", "clerk", "--force"], { cwd });
    expect(r.status).toBe(0);
    // from another folder the bundled file is named so that it resolves from there
    expect(r.stderr).toBe(`note: clerk.yaml overrides the bundled role "clerk" (${join(ROOT, "data", "roles", "clerk.yaml")})\n`);
    const f = await run(["new", "x1", "--data-dir", "clerk.yaml"], { cwd });
    expect(f.status).toBe(1);
    expect(f.stdout).toBe("");
    expect(f.stderr).toBe("careers: cannot write clerk.yaml/x1.yaml: clerk.yaml is not a folder\n");
  });

  it("stays valid with every commented example taken in", async () => {
    const cwd = tmp();
    await run(["new", "full"], { cwd });
    const text = readFileSync(join(cwd, "full.yaml"), "utf8");
    expect(text).toContain(OPTIONAL_MARKER);
    const [head, ...rest] = text.split("\n");
    const uncommented = [head, ...rest.map((l) => l.replace(/^# /, ""))].join("\n");
    expect(uncommented).toContain("\nkeyFacts:\n  medianSalary:\n");
    // its salary-by-level and ladder examples; its ladder's second level names a role not written yet
    expect(uncommented).toContain("\nsalaryByLevel:\n  source: my-notes\n");
    expect(uncommented).toContain("\nladder:\n  source: my-notes\n");
    writeFileSync(join(cwd, "full.yaml"), uncommented);
    const v = await run(["validate", "full.yaml"], { cwd });
    expect(v.stdout).toMatch(
      /full\.yaml:\d+:\d+: warning: ladder\.levels\[1\]\.role: "next-level" names no known role\nChecked 1 role file: valid, with 1 warning\.\n$/,
    );
    expect(v.status).toBe(0);
    // an inferred figure says why, in show
    const shown = await run(["show", "full", "--section", "facts", "--data-dir", cwd], { cwd });
    expect(shown.stdout).toContain("† Growth outlook: Read from a chart in the notes, which give no number.");
    const p = await run(["path", "full", "--data-dir", cwd, "--json"], { cwd });
    expect(JSON.parse(p.stdout).steps.map((s: { role: string }) => s.role)).toEqual(["full", "next-level"]);
    // its requirements example is what assess asks
    expect(uncommented).toContain("\nrequirements:\n  source: my-notes\n");
    const t = await run(["assess", "full", "--template", "--data-dir", cwd], { cwd });
    expect(t.status).toBe(0);
    expect(t.stdout).toContain("  coaching: 0 # Coaching (leadership; needs 2 working)\n");
    expect(t.stdout).toContain("#   licence: A licence to practise (licence)\n");
  });

  it("never overwrites an existing file (exit 1)", async () => {
    const cwd = tmp();
    writeFileSync(join(cwd, "mine.yaml"), "keep me\n");
    const r = await run(["new", "mine"], { cwd });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^careers: mine\.yaml already exists; not overwriting it/);
    expect(readFileSync(join(cwd, "mine.yaml"), "utf8")).toBe("keep me\n");
  });

  it.each([["Team Lead"], ["team_lead"], ["x-"], ["a--b"], ["x".repeat(65)]])(
    "refuses the id %j and writes nothing (exit 2)",
    async (id) => {
      const cwd = tmp();
      const r = await run(["new", id], { cwd });
      expect(r.status).toBe(2);
      expect(r.stderr).toContain("is not a valid role id");
      expect((await run(["validate", cwd])).stdout).toBe("Checked 0 role files: all valid.\n");
    },
  );
});

describe("careers schema", () => {
  it("prints the JSON Schema the build writes, generated from the zod schema", async () => {
    const r = await run(["schema"]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe(readFileSync(join(ROOT, "dist", "role.schema.json"), "utf8"));
    const schema = JSON.parse(r.stdout);
    expect(schema.$schema).toMatch(/json-schema\.org/);
    expect(schema.required).toEqual(["id", "title", "summary", "sources"]);
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(schema.properties)).toContain("ladder");
  });

  it("takes --json, as every command does, and prints the same", async () => {
    const r = await run(["schema", "--json"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(readFileSync(join(ROOT, "dist", "role.schema.json"), "utf8"));
  });
});
