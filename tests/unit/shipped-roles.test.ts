/** Every shipped role file passes the schema, and the data is clean text. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseRole } from "../../src/loader/parse.js";
import { loadShipped, ROLES_DIR, shippedRoleFiles } from "../helpers/roles.js";

const files = shippedRoleFiles();

describe("shipped role files", () => {
  it("are the seven roles of the two guides", () => {
    expect(files).toEqual(["clerk", "junior-clerk", "manager", "representative", "senior-clerk", "specialist", "supervisor"].map((id) => `${id}.yaml`));
  });

  it.each(files)("%s validates against the schema", (name) => {
    const text = readFileSync(join(ROLES_DIR, name), "utf8");
    const r = parseRole(name, text, name.replace(/\.yaml$/, ""));
    expect(r.ok ? [] : r.diagnostics).toEqual([]);
  });

  it.each(files)("%s has no mis-encoded punctuation", (name) => {
    const text = readFileSync(join(ROLES_DIR, name), "utf8");
    expect(text).not.toMatch(/[βâ€™Ã\uFFFD]/);
  });

  it("every ladder level and related-career link names a shipped role", () => {
    const ids = new Set(files.map((f) => f.replace(/\.yaml$/, "")));
    for (const f of files) {
      const role = loadShipped(f.replace(/\.yaml$/, ""));
      for (const l of role.ladder?.levels ?? []) expect(ids, `${f} ladder`).toContain(l.role);
      for (const r of role.relatedCareers?.items ?? []) if (r.role) expect(ids, `${f} related`).toContain(r.role);
      for (const l of role.salaryByLevel?.levels ?? []) if (l.role) expect(ids, `${f} salary level`).toContain(l.role);
    }
  });
});
