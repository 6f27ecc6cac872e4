/**
 * The role format: the single source of truth. Types are inferred from it, the JSON Schema is generated
 * from it and docs/role-format.md describes it. Every object is strict: an unknown key is an error.
 *
 * Every group of facts names its source by id (`source: clerk-guide`), an id listed in the role's
 * `sources`. Money is a whole number in the currency's main unit (38400, not "38.4k").
 */
import { z } from "zod";
import { inferred, line, onetElement, roleId, sourceRef, text } from "./primitives.js";
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
    title: line,
    publisher: text.optional(),
    date: text.optional().describe("publication or data date as the source gives it, e.g. May 2023"),
    note: text.optional(),
  })
  .describe("a document the role's facts come from");

/** A list of plain statements from one source. */
const sourcedList = z.strictObject({ source: sourceRef, items: z.array(text).min(1) });
const sourcedText = z.strictObject({ source: sourceRef, text });
const marked = inferred.optional();

export const moneyRange = z.strictObject({
  low: money,
  high: money,
  currency,
  highOpenEnded: z.boolean().optional().describe("true where the source writes the high end as 'N+'"),
});

const period = z.enum(["year", "hour"]);

export const keyFacts = z.strictObject({
  medianSalary: z
    .strictObject({
      amount: money,
      currency,
      period,
      date: text.describe("when the figure was measured, e.g. May 2023"),
      scope: text.optional().describe("e.g. U.S. national median"),
      source: sourceRef,
      inferred: marked,
    })
    .optional(),
  salaryRange: moneyRange.extend({ note: text.optional(), source: sourceRef, inferred: marked }).optional(),
  growth: z
    .strictObject({ percent: z.number(), label: text.optional(), source: sourceRef, inferred: marked })
    .optional()
    .describe("projected employment growth"),
  annualOpenings: z
    .strictObject({ count: z.number().int().nonnegative(), approximate: z.boolean().optional(), source: sourceRef, inferred: marked })
    .optional(),
  topIndustries: sourcedList.optional(),
  typicalEducation: sourcedText.optional(),
  typicalExperience: sourcedText.optional().describe("the experience the source says the role asks for, in its words"),
});

export const toolGroup = z.strictObject({
  id: roleId.optional().describe("the kind of tool's id: the same id in two roles is the same kind (default: from the name)"),
  name: text.describe("e.g. CRM, Ticketing, Call centre, Live chat, Knowledge base"),
  items: z.array(text).optional().describe("named products; empty where the source names the kind only"),
});

export const skill = z.strictObject({
  id: roleId
    .optional()
    .describe(
      "the skill's id: the same id in two roles, or in a role's skill list and skill map, is the same skill (default: from the name)",
    ),
  name: text.describe("the source's wording"),
  detail: text.optional(),
  onet: onetElement.optional(),
});

/** A skill map entry: a name, or a name with the id of the skill it is (the same id as in the skill list). */
export const skillMapEntry = z.union([text, z.strictObject({ id: roleId, name: text })]);

export const skills = z.strictObject({
  source: sourceRef,
  summary: text.optional().describe("what the source says of the skills as a whole"),
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
  tiers: z.array(z.strictObject({ name: text, description: text.optional(), skills: z.array(skillMapEntry).min(1) })).min(1),
});

export const educationOption = z.strictObject({
  name: text,
  cost: moneyRange.optional(),
  costNote: text.optional().describe("where the source gives no figure, e.g. free, paid by employer"),
  duration: text.optional().describe("as the source gives it, e.g. 2 years, 6-18 months"),
  note: text.optional(),
  source: sourceRef,
  inferred: marked,
});

export const entry = z.strictObject({
  source: sourceRef,
  summary: text.optional(),
  timeline: text.optional(),
  steps: z.array(z.strictObject({ title: line, detail: text.optional() })).min(1),
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
  period: period.optional(),
  inferred: marked.describe("where the table is another source's, or read from one: why it is used for this role"),
  levels: z
    .array(
      z.strictObject({
        level: text.describe("level name as the source gives it"),
        role: roleId.optional().describe("id of the role that describes this level"),
        median: money.optional(),
        average: money.optional(),
        inferred: marked,
      }),
    )
    .min(1),
});

/** What goes with the salary: entry-level pay, benefits, what pay depends on, negotiation. */
export const pay = z.strictObject({
  source: sourceRef,
  summary: text.optional(),
  entryLevel: moneyRange
    .extend({ period: period.optional(), note: text.optional(), inferred: marked })
    .optional()
    .describe("what entry-level jobs pay, as the source gives it"),
  benefits: z.array(text).optional().describe("what total pay includes beyond the wage"),
  factors: z.array(text).optional().describe("what pay depends on"),
  negotiation: text.optional().describe("what gives leverage when negotiating pay"),
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
        inferred: marked,
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

/** Diversity and inclusion in the field: how hiring, workplace culture and support networks stand. */
export const diversity = z.strictObject({
  source: sourceRef,
  summary: text.optional(),
  hiring: z.array(text).optional().describe("inclusive hiring practices"),
  culture: z.array(text).optional().describe("workplace culture, with signs of an inclusive employer"),
  resources: z.array(text).optional().describe("organizations and networks that support people from underrepresented groups"),
});

/** Working in other countries: remote work across borders, visas and immigration. */
export const globalOpportunities = z.strictObject({
  source: sourceRef,
  summary: text.optional(),
  remoteWork: z.array(text).optional().describe("working remotely for employers abroad, or from abroad"),
  visas: z
    .array(z.strictObject({ name: text, countries: z.array(text).optional(), detail: text.optional() }))
    .optional()
    .describe("the kinds of visa the source names, with the countries it names for each"),
  immigration: z.array(text).optional().describe("timelines, the application process, permanent residency, language and family"),
});

export const relatedCareers = z.strictObject({
  source: sourceRef,
  items: z.array(z.strictObject({ title: line, role: roleId.optional() })).min(1),
  note: text
    .optional()
    .describe("how the list was drawn where the source gives no list of its own, e.g. the steps next to it on the source's ladder"),
});

export const years = z
  .strictObject({
    min: z.number().nonnegative(),
    max: z.number().nonnegative().optional().describe("absent for an open end such as 9+"),
    total: z.boolean().optional().describe("true where the source counts total experience"),
    inferred: marked,
  })
  .describe("years of experience");

/** Where a role stands on a career ladder: the facts about this level. */
export const level = z.strictObject({
  source: sourceRef,
  title: line.describe("the level's name in the source's ladder"),
  step: z.number().int().positive().describe("its position in the source's ladder, 1 first"),
  years,
  scope: text,
  focusAreas: z.array(text).min(1),
  inferred: marked.describe("where this level is another source's, taken as this role: why"),
});

export const ladder = z.strictObject({
  source: sourceRef,
  name: text,
  summary: text.optional(),
  tracks: z
    .array(
      z.strictObject({
        id: roleId,
        name: text,
        description: text.optional(),
        inferred: marked.describe("where the source names the track but does not say which levels are on it: how they were assigned"),
      }),
    )
    .min(1),
  levels: z
    .array(
      z.strictObject({
        role: roleId,
        title: line,
        track: roleId.describe("id of one of the ladder's tracks"),
        next: z.array(roleId).optional().describe("roles one step up; default: the level listed after this one"),
      }),
    )
    .min(2),
  lateralMoves: z.array(z.strictObject({ name: text, detail: text.optional() })).optional(),
});

export const roleSchema = z
  .strictObject({
    id: roleId,
    title: line,
    aliases: z.array(line).optional(),
    summary: text,
    sources: z.array(source).min(1),
    onet: z
      .strictObject({
        code: z.string().regex(/^[0-9]{2}-[0-9]{4}\.[0-9]{2}$/, "must be an O*NET-SOC code such as 43-4051.00"),
        title: line.describe("the occupation's title in O*NET"),
        note: text.optional().describe("how close the link is, e.g. where it is approximate"),
      })
      .optional()
      .describe("the closest O*NET-SOC occupation"),
    keyFacts: keyFacts.optional(),
    responsibilities: sourcedList.optional(),
    workEnvironment: sourcedText.optional(),
    tools: z.strictObject({ source: sourceRef, groups: z.array(toolGroup).min(1) }).optional(),
    skills: skills.optional(),
    skillMap: skillMap.optional(),
    education: z.strictObject({ source: sourceRef, summary: text.optional(), options: z.array(educationOption).min(1) }).optional(),
    entry: entry.optional(),
    certifications: certifications.optional(),
    salaryByLevel: salaryByLevel.optional(),
    pay: pay.optional(),
    regionalSalaries: regionalSalaries.optional(),
    remoteWork: sourcedText.optional(),
    globalOpportunities: globalOpportunities.optional(),
    outlook: outlook.optional(),
    workLife: workLife.optional(),
    diversity: diversity.optional(),
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
          const cites = k === "source" || (k === "from" && path.at(-1) === "inferred");
          if (cites && typeof v === "string" && !known.has(v) && path[0] !== "sources") {
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
