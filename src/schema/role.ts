/**
 * The role format: the single source of truth. Types are inferred from it, the JSON Schema is generated
 * from it and docs/role-format.md describes it. Every object is strict: an unknown key is an error.
 *
 * Every group of facts names its source by id (`source: clerk-guide`), an id listed in the role's
 * `sources`. Money is a whole number in the currency's main unit (38400, not "38.4k").
 */
import { z } from "zod";
import { roleId, sourceRef, text } from "./primitives.js";
import { checkRequirements, requirements } from "./requirements.js";

export { roleId };

const currency = z
  .string()
  .regex(/^[A-Z]{3}$/, "must be an ISO 4217 code such as USD")
  .describe("ISO 4217 currency code");
const money = z.number().int().nonnegative();

export const source = z
  .strictObject({
    id: roleId.describe("short id that sections use to cite this source"),
    title: text,
    publisher: text.optional(),
    date: text.optional().describe("publication or data date as the source gives it, e.g. May 2023"),
    note: text.optional(),
  })
  .describe("a document the role's facts come from");

/** A list of plain statements from one source. */
const sourcedList = z.strictObject({ source: sourceRef, items: z.array(text).min(1) });
const sourcedText = z.strictObject({ source: sourceRef, text });

export const moneyRange = z.strictObject({
  low: money,
  high: money,
  currency,
  highOpenEnded: z.boolean().optional().describe("true where the source writes the high end as 'N+'"),
});

export const keyFacts = z.strictObject({
  medianSalary: z
    .strictObject({
      amount: money,
      currency,
      period: z.enum(["year", "hour"]),
      date: text.describe("when the figure was measured, e.g. May 2023"),
      scope: text.optional().describe("e.g. U.S. national median"),
      source: sourceRef,
    })
    .optional(),
  salaryRange: moneyRange.extend({ note: text.optional(), source: sourceRef }).optional(),
  growth: z
    .strictObject({ percent: z.number(), label: text.optional(), source: sourceRef })
    .optional()
    .describe("projected employment growth"),
  annualOpenings: z
    .strictObject({ count: z.number().int().nonnegative(), approximate: z.boolean().optional(), source: sourceRef })
    .optional(),
  topIndustries: sourcedList.optional(),
  typicalEducation: sourcedText.optional(),
});

export const toolGroup = z.strictObject({
  name: text.describe("e.g. CRM, Ticketing, Call centre, Live chat, Knowledge base"),
  items: z.array(text).optional().describe("named products; empty where the source names the kind only"),
});

export const skill = z.strictObject({ name: text, detail: text.optional() });

export const skills = z.strictObject({
  source: sourceRef,
  technical: z.array(skill).optional(),
  soft: z.array(skill).optional(),
  typingSpeed: z
    .strictObject({ minWpm: z.number().int().positive(), maxWpm: z.number().int().positive().optional() })
    .optional()
    .describe("words per minute the role asks for"),
});

export const skillMap = z.strictObject({
  source: sourceRef,
  summary: text.optional(),
  tiers: z.array(z.strictObject({ name: text, description: text.optional(), skills: z.array(text).min(1) })).min(1),
});

export const educationOption = z.strictObject({
  name: text,
  cost: moneyRange.optional(),
  costNote: text.optional().describe("where the source gives no figure, e.g. free, paid by employer"),
  duration: text.optional().describe("as the source gives it, e.g. 2 years, 6-18 months"),
  note: text.optional(),
  source: sourceRef,
});

export const entry = z.strictObject({
  source: sourceRef,
  timeline: text.optional(),
  steps: z.array(z.strictObject({ title: text, detail: text.optional() })).min(1),
});

export const certifications = z.strictObject({
  source: sourceRef,
  summary: text.optional(),
  items: z.array(z.strictObject({ name: text, provider: text.optional(), note: text.optional() })).optional(),
  providers: z.array(text).optional().describe("organisations offering training or certificates"),
});

export const salaryByLevel = z.strictObject({
  source: sourceRef,
  currency,
  region: text.optional().describe("where the figures hold, as short as the source puts it: US, UK; labels them (median (US))"),
  period: z.enum(["year", "hour"]).optional(),
  levels: z
    .array(
      z.strictObject({
        level: text.describe("level name as the source gives it"),
        role: roleId.optional().describe("id of the role that describes this level"),
        median: money.optional(),
        average: money.optional(),
      }),
    )
    .min(1),
});

export const regionalSalaries = z.strictObject({
  source: sourceRef,
  note: text.optional(),
  regions: z
    .array(
      moneyRange.extend({
        region: text,
        examples: z.array(text).optional().describe("countries the source names for the region"),
        usdEquivalent: z
          .strictObject({ low: money, high: money })
          .optional()
          .describe("the source's own USD conversion, where it gives one"),
        note: text.optional(),
      }),
    )
    .min(1),
});

export const outlook = z.strictObject({
  source: sourceRef,
  summary: text.optional(),
  challenges: z.array(text).optional(),
  opportunities: z.array(text).optional(),
  trends: z.array(text).optional(),
});

export const workLife = z.strictObject({
  source: sourceRef,
  stress: text.optional().describe("as the source rates it, e.g. Moderate to High"),
  balance: text.optional().describe("as the source rates it, e.g. Challenging"),
  summary: text.optional(),
});

export const faq = z.strictObject({
  source: sourceRef,
  items: z.array(z.strictObject({ question: text, answer: text })).min(1),
});

export const relatedCareers = z.strictObject({
  source: sourceRef,
  items: z.array(z.strictObject({ title: text, role: roleId.optional() })).min(1),
  note: text.optional().describe("how the list was drawn where the source gives no list of its own, e.g. the steps next to it on the source's ladder"),
});

export const years = z
  .strictObject({
    min: z.number().nonnegative(),
    max: z.number().nonnegative().optional().describe("absent for an open end such as 9+"),
    total: z.boolean().optional().describe("true where the source counts total experience"),
  })
  .describe("years of experience");

/** Where a role stands on a career ladder: the facts about this level. */
export const level = z.strictObject({
  source: sourceRef,
  title: text.describe("the level's name in the source's ladder"),
  step: z.number().int().positive().describe("its position in the source's ladder, 1 first"),
  years,
  scope: text,
  focusAreas: z.array(text).min(1),
});

export const ladder = z.strictObject({
  source: sourceRef,
  name: text,
  summary: text.optional(),
  tracks: z
    .array(z.strictObject({ id: roleId, name: text, description: text.optional() }))
    .min(1),
  levels: z
    .array(
      z.strictObject({
        role: roleId,
        title: text,
        track: roleId.describe("id of one of the ladder's tracks"),
        next: z
          .array(roleId)
          .optional()
          .describe("roles one step up; default: the level listed after this one"),
      }),
    )
    .min(2),
  lateralMoves: z.array(z.strictObject({ name: text, detail: text.optional() })).optional(),
});

export const roleSchema = z
  .strictObject({
    id: roleId,
    title: text,
    aliases: z.array(text).optional(),
    summary: text,
    sources: z.array(source).min(1),
    keyFacts: keyFacts.optional(),
    responsibilities: sourcedList.optional(),
    workEnvironment: sourcedText.optional(),
    tools: z.strictObject({ source: sourceRef, groups: z.array(toolGroup).min(1) }).optional(),
    skills: skills.optional(),
    skillMap: skillMap.optional(),
    education: z
      .strictObject({ source: sourceRef, summary: text.optional(), options: z.array(educationOption).min(1) })
      .optional(),
    entry: entry.optional(),
    certifications: certifications.optional(),
    salaryByLevel: salaryByLevel.optional(),
    regionalSalaries: regionalSalaries.optional(),
    remoteWork: sourcedText.optional(),
    outlook: outlook.optional(),
    workLife: workLife.optional(),
    pros: sourcedList.optional(),
    cons: sourcedList.optional(),
    faq: faq.optional(),
    relatedCareers: relatedCareers.optional(),
    portfolioTips: sourcedList.optional(),
    level: level.optional(),
    requirements: requirements.optional(),
    ladder: ladder.optional(),
  })
  .superRefine((role, ctx) => {
    const known = new Set(role.sources.map((s) => s.id));
    const visit = (value: unknown, path: (string | number)[]): void => {
      if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...path, i]));
      else if (value && typeof value === "object") {
        for (const [k, v] of Object.entries(value)) {
          if (k === "source" && typeof v === "string" && !known.has(v) && path[0] !== "sources") {
            ctx.addIssue({
              code: "custom",
              path: [...path, k],
              message: `source "${v}" is not listed in sources (${[...known].join(", ")})`,
            });
          } else visit(v, [...path, k]);
        }
      }
    };
    visit(role, []);
    if (role.requirements) for (const issue of checkRequirements(role, role.requirements)) ctx.addIssue({ code: "custom", ...issue });
  });

export type Role = z.infer<typeof roleSchema>;
export type RoleInput = z.input<typeof roleSchema>;
export type Ladder = z.infer<typeof ladder>;
export type Level = z.infer<typeof level>;
export type MoneyRange = z.infer<typeof moneyRange>;

/** Top-level keys in the order the format defines them (used for suggestions and docs). */
export const ROLE_KEYS = Object.keys(roleSchema.shape ?? {}) as (keyof Role)[];

/** A role as read from its file, for checks across files (validate); `role` is absent where the file did not load. */
export interface RoleEntry {
  id: string;
  file: string;
  origin: "bundled" | "user";
  /** absent where the file did not load: its id still counts as known */
  role?: Role | undefined;
  /** where a path of the role is in its file (line 0 when unknown) */
  locate?: ((path: (string | number)[]) => { line: number; col: number }) | undefined;
}
