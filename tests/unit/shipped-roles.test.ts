/** Every shipped role file passes the schema, and the data is clean text. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseRole } from "../../src/loader/parse.js";
import { loadShipped, ROLES_DIR, shippedRoleFiles } from "../helpers/roles.js";

const files = shippedRoleFiles();

describe("shipped role files", () => {
  it("are the seven roles of the two guides", () => {
    expect(files).toEqual(
      ["clerk", "junior-clerk", "manager", "representative", "senior-clerk", "specialist", "supervisor"].map((id) => `${id}.yaml`),
    );
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

describe("ids and markers in the shipped data", () => {
  const roles = files.map((f) => loadShipped(f.replace(/\.yaml$/, "")));

  it("every skill, skill map entry and tool group gives its id, so the same skill matches across roles", () => {
    for (const role of roles) {
      for (const s of [...(role.skills?.technical ?? []), ...(role.skills?.soft ?? [])])
        expect(s.id, `${role.id}: ${s.name}`).toBeDefined();
      for (const t of role.skillMap?.tiers ?? [])
        for (const e of t.skills) expect(typeof e, `${role.id}: ${JSON.stringify(e)}`).toBe("object");
      for (const g of role.tools?.groups ?? []) expect(g.id, `${role.id}: ${g.name}`).toBeDefined();
    }
  });

  it("a skill id in a role's skill list is the id of the same need in its requirements (or those it inherits)", () => {
    const byId = new Map(roles.map((r) => [r.id, r]));
    const needs = (id: string | undefined): Map<string, string> => {
      const r = id ? byId.get(id) : undefined;
      if (!r?.requirements) return new Map();
      return new Map([
        ...needs(r.requirements.inherits),
        ...(r.requirements.skills ?? []).map((s) => [s.id, s.name] as const),
        ...(r.requirements.measures ?? []).map((m) => [m.id, m.name] as const),
      ]);
    };
    for (const role of roles.filter((r) => r.skills)) {
      const asked = needs(role.id);
      for (const s of [...role.skills!.technical!, ...role.skills!.soft!])
        expect(asked.has(s.id!), `${role.id}: ${s.id} (${s.name})`).toBe(true);
    }
  });

  it("an inferred marker names a source the role lists", () => {
    const bad = parseRole(
      "x.yaml",
      "id: x\ntitle: X\nsummary: s\nsources:\n  - id: g\n    title: G\nkeyFacts:\n  growth:\n    percent: 3\n    source: g\n    inferred:\n      reason: Read from a chart.\n      from: nowhere\n",
      "x",
    );
    expect(bad.ok ? [] : bad.diagnostics.map((d) => `${d.path}: ${d.message}`)).toEqual([
      'keyFacts.growth.inferred.from: source "nowhere" is not listed in sources (g)',
    ]);
  });
});
