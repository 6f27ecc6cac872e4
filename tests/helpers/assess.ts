/** A small role with a need of every kind but credentials, and answers to it, for the readiness model's arithmetic. */
import type { Answers } from "../../src/core/assess/answers.js";
import type { Role } from "../../src/schema/role.js";

type ToolGroups = NonNullable<Role["tools"]>["groups"];

/** A role of one source and nothing else, with `more` in it. */
export const plainRole = (id: string, title: string, more: Partial<Role> = {}): Role => ({
  id,
  title,
  summary: "x",
  sources: [{ id: "g", title: "Guide" }],
  ...more,
});

/** Four skills (levels 3, 3, 3, 2), a measure of minimum 40, the level's 2 years, an associate's degree. */
export function demoRole(
  groups: ToolGroups = [
    { name: "A", items: ["x", "y"] },
    { name: "B", items: ["z"] },
  ],
): Role {
  return {
    id: "demo",
    title: "Demo Role",
    summary: "For arithmetic.",
    sources: [{ id: "g", title: "Guide" }],
    tools: { source: "g", groups },
    level: { source: "g", title: "Demo", step: 3, years: { min: 2 }, scope: "Demo scope.", focusAreas: ["Practise tech two."] },
    requirements: {
      source: "g",
      skills: [
        { id: "tech-one", name: "Tech One", kind: "technical", level: 3 },
        { id: "tech-two", name: "Tech Two", kind: "technical", level: 3, advice: [{ focusArea: 1 }] },
        { id: "soft-one", name: "Soft One", kind: "soft", level: 3 },
        { id: "soft-two", name: "Soft Two", kind: "soft", level: 2 },
      ],
      measures: [{ id: "speed", name: "Speed", unit: "u/min", min: 40 }],
      experience: { of: "demo work" },
      education: { level: "associate" },
    },
  };
}

/** Answers that claim nothing and were asked nothing, with `over` in their place. */
export const noAnswers = (over: Partial<Answers> = {}): Answers => ({
  currentRole: null,
  skills: {},
  measures: {},
  experienceYears: null,
  education: null,
  credentials: {},
  tools: [],
  toolsFrom: null,
  ...over,
});

/** The demo's answers: skills 3, 0, 2, 4; speed 20 of 40; 1 year of 2; high school of associate; tool y. */
export const demoAnswers = (over: Partial<Answers> = {}): Answers =>
  noAnswers({
    skills: { "tech-one": 3, "tech-two": 0, "soft-one": 2, "soft-two": 4 },
    measures: { speed: 20 },
    experienceYears: 1,
    education: "high-school",
    tools: ["y"],
    toolsFrom: "demo",
    ...over,
  });
