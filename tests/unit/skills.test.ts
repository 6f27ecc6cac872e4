/** A role's skills and kinds of tool, each once by id, with the other wordings a role gives them. */
import { describe, expect, it } from "vitest";
import { entryName, idFromName, roleSkills, roleTools } from "../../src/core/skills.js";

describe("idFromName", () => {
  it("lower case, words joined by hyphens, punctuation gone", () => {
    expect(idFromName("Active Listening")).toBe("active-listening");
    expect(idFromName("  CRM / Ticketing, e.g. Zendesk ")).toBe("crm-ticketing-e-g-zendesk");
  });
});

describe("roleSkills", () => {
  it("the skill list in order, then what only the skill map names; each skill once, with its other wordings", () => {
    const listening = { id: "2.A.1.b", name: "Active Listening" };
    const skills = roleSkills({
      skills: {
        source: "g",
        technical: [
          { name: "Active Listening", detail: "Hearing the customer out." },
          { id: "crm", name: "CRM software" },
        ],
        soft: [
          { name: "active listening", onet: listening },
          { name: "Patience", onet: { id: "1.C.2.b", name: "Patience" } },
        ],
      },
      skillMap: {
        source: "g",
        tiers: [
          { name: "Core", skills: ["Planning", { id: "crm", name: "Customer records" }, "Active Listening"] },
          { name: "More", skills: [{ id: "patience", name: "Staying calm" }, "active listening", "Planning"] },
        ],
      },
    });
    expect(skills).toEqual([
      // the first wording is the name; a later one in other case is another wording; the same one is not repeated
      {
        id: "active-listening",
        name: "Active Listening",
        aliases: ["active listening"],
        kind: "technical",
        detail: "Hearing the customer out.",
        onet: listening, // from the second wording, the first giving none
      },
      { id: "crm", name: "CRM software", aliases: ["Customer records"], kind: "technical" },
      { id: "patience", name: "Patience", aliases: ["Staying calm"], kind: "soft", onet: { id: "1.C.2.b", name: "Patience" } },
      { id: "planning", name: "Planning", aliases: [], kind: "skill-map" },
    ]);
  });

  it("a skill's first O*NET link is kept", () => {
    const [s] = roleSkills({
      skills: {
        source: "g",
        technical: [
          { id: "a", name: "A", onet: { id: "2.A.1.a", name: "First" } },
          { id: "a", name: "A", onet: { id: "2.A.1.b", name: "Second" } },
        ],
      },
    });
    expect(s).toEqual({ id: "a", name: "A", aliases: [], kind: "technical", onet: { id: "2.A.1.a", name: "First" } });
  });

  it("no skill list or map: none", () => {
    expect(roleSkills({})).toEqual([]);
  });
});

describe("roleTools", () => {
  it("each kind of tool once by id, its products merged without repeats", () => {
    expect(
      roleTools({
        tools: {
          source: "g",
          groups: [
            { name: "CRM", items: ["Salesforce", "Zendesk"] },
            { name: "Phones" },
            { id: "crm", name: "CRM again", items: ["Zendesk", "HubSpot"] },
            { name: "phones", items: ["Headsets"] },
          ],
        },
      }),
    ).toEqual([
      { id: "crm", name: "CRM", items: ["Salesforce", "Zendesk", "HubSpot"] },
      { id: "phones", name: "Phones", items: ["Headsets"] },
    ]);
    expect(roleTools({})).toEqual([]);
  });

  it("the role's own lists are left as they are", () => {
    const groups = [
      { name: "CRM", items: ["Salesforce"] },
      { name: "CRM", items: ["HubSpot"] },
    ];
    roleTools({ tools: { source: "g", groups } });
    expect(groups[0]!.items).toEqual(["Salesforce"]);
  });
});

describe("entryName", () => {
  it("a skill map entry's name, written as a name or with an id", () => {
    expect(entryName("Planning")).toBe("Planning");
    expect(entryName({ name: "Customer records" })).toBe("Customer records");
  });
});
