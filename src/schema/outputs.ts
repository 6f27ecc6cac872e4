/**
 * The shape of every command's `--json` output, built from the vocabulary of schema/output.ts: what
 * `careers schema <command>` prints as JSON Schema (draft 2020-12), what tests/cli/json-schema.test.ts
 * validates the commands' real output against, and what docs/json-output.md is checked against. Loaded by
 * `careers schema` alone (zod stays off every other command's start-up, docs/architecture.md).
 *
 * Each command has one schema per shape it prints (its variants: `match` and `match --explain`), keyed by
 * the label of its block in docs/json-output.md. A closed shape is a strict object (no other key), so a
 * renamed key fails the check; a map keyed by data (element ids, skill names) is a record.
 */
import { z } from "zod";
import { errorOutput } from "./error.js";
import { blsBasis, borrowed, diagnostic, employment, keyFigures, money, occupationReference, reference, shown } from "./output.js";
import { roleSchema } from "./role.js";
import { SCHEMA_VERSION } from "./version.js";

const int = z.number().int();
const strings = z.array(z.string());
/** A map from ids or names the data holds (element ids, skill names) to values of one type. */
const mapOf = <T extends z.ZodType>(t: T) => z.record(z.string(), t);
const inferred = z.strictObject({ reason: z.string(), from: z.string().nullable() });

/** A role's or an occupation's reference and key figures, as list, search, match and path give them. */
const figures = z.strictObject({ ...reference.shape, ...keyFigures });
/** An occupation's reference and key figures: its code is always there. */
const occupationFigures = z.strictObject({ ...figures.shape, ...occupationReference.shape });

// ---- --area in a listing: list, match ----

/** A state or area of the OEWS estimates, as every output names one. */
const areaReference = z
  .strictObject({
    code: z.string().describe("BLS's AREA code"),
    title: z.string(),
    type: z.enum(["state", "territory", "metropolitan", "nonmetropolitan"]),
    state: z.string().nullable().describe("PRIM_STATE: the state's postal code (a metropolitan area's main state)"),
    source: z.string(),
    asOf: z.string().describe("the OEWS release the area's figures are of, e.g. May 2023"),
  })
  .describe("a state or area of the OEWS estimates");
/** The state or area whose medians a listing shows (--area, or CAREERS_AREA). */
const listingArea = z
  .strictObject({
    ...areaReference.shape,
    origin: z.enum(["--area", "CAREERS_AREA"]),
    line: z.string().describe("the line the table starts with"),
  })
  .describe("the area whose medians the rows hold");
/** A row's figures in the area; its `median` is the area's. */
const rowInArea = z
  .strictObject({
    estimate: z.boolean().describe("false: BLS gives no estimate for the area, or the row has no SOC figures (a guide role)"),
    note: z.string().nullable().describe('"no estimate for Texas" where the row has no median of the area'),
    employment: employment.nullable(),
    jobsPer1000: z.number().nullable(),
    locationQuotient: z.number().nullable().describe("1.0 = the national share of jobs"),
    national: money.nullable().describe("the median without --area: the national one, or a guide role's own"),
  })
  .describe("with --area: the row's figures in the area");

// ---- compare --area ----

const wageSet = z.strictObject({
  mean: money.nullable(),
  pct10: money.nullable(),
  pct25: money.nullable(),
  median: money.nullable(),
  pct75: money.nullable(),
  pct90: money.nullable(),
});
const wageDifference = z.strictObject({ amount: z.number(), percent: z.number() }).nullable();
const differenceSet = z.strictObject({
  mean: wageDifference,
  pct10: wageDifference,
  pct25: wageDifference,
  median: wageDifference,
  pct75: wageDifference,
  pct90: wageDifference,
});
export const compareAreasOutput = z.strictObject({
  areas: z.array(listingArea.omit({ line: true })).describe("the states and areas compared, in the order given"),
  occupations: z.array(
    z.strictObject({
      ...occupationReference.shape,
      national: z.strictObject({
        median: money.nullable(),
        annual: wageSet,
        hourly: wageSet,
        employment: employment.nullable(),
        asOf: z.string().nullable(),
      }),
      areas: z.array(
        z.strictObject({
          area: z.string().describe("the area's code, as in areas"),
          estimate: z.boolean().describe("false: BLS gives no estimate there; every figure is null, never 0"),
          median: money.nullable(),
          annual: wageSet,
          hourly: wageSet,
          employment: employment.nullable(),
          jobsPer1000: z.number().nullable(),
          locationQuotient: z.number().nullable(),
          difference: z.strictObject({ annual: differenceSet, hourly: differenceSet }).describe("area minus national"),
          sameRelease: z.boolean().describe("false: the area's release is not the national one; the difference spans two"),
        }),
      ),
    }),
  ),
});

// ---- list, search ----

export const listOutput = z.strictObject({
  area: listingArea.optional(),
  results: z.array(
    z.strictObject({
      ...figures.shape,
      aliases: strings,
      ladder: z.string().nullable().describe("the id of the role that holds the ladder this role is on"),
      ladderStep: int.nullable(),
      area: rowInArea.optional(),
    }),
  ),
  shown,
  problems: z.array(diagnostic).describe("role files that could not be loaded"),
});

export const searchOutput = z.strictObject({
  query: z.string(),
  results: z.array(
    z.strictObject({
      ...occupationFigures.shape,
      score: z.number(),
      matched: z.array(z.strictObject({ field: z.enum(["title", "alternate title", "task"]), text: z.string() })),
    }),
  ),
  shown,
});

// ---- match ----

const part = z.enum(["skill", "knowledge", "interests"]);
const levels = mapOf(z.number()).describe("element id (2.A.1.b) -> level 0-7");
const interestScores = mapOf(z.number()).describe("RIASEC letter -> score 1-7");
const gap = z.strictObject({
  element: z.string(),
  name: z.string(),
  kind: z.enum(["skill", "knowledge"]),
  importance: z.number(),
  level: z.number().describe("the level needed"),
  have: z.number(),
  gap: z.number(),
  weighted: z.number().describe("gap times importance"),
});
const profileSource = z
  .strictObject({
    kind: z.enum(["answers", "history", "interactive", "like", "interests"]),
    file: z.string().optional(),
    date: z.string().optional(),
    title: z.string().optional(),
    code: z.string().nullable().optional(),
    interests: z.strictObject({ date: z.string(), title: z.string() }).optional(),
    occupations: z.array(occupationReference).optional(),
    interestsGiven: z.literal(true).optional(),
  })
  .describe("where the profile came from");

export const matchOutput = z.strictObject({
  area: listingArea.optional(),
  source: profileSource,
  profile: z.strictObject({ levels, importance: mapOf(z.number()).optional(), interests: interestScores.optional() }),
  rated: z.strictObject({
    skills: int,
    knowledge: int,
    interests: z.boolean(),
    of: z.strictObject({ skills: int, knowledge: int }),
    rough: z.boolean(),
  }),
  parts: z.strictObject({ measured: z.array(part), unrated: z.array(part) }),
  filters: z.strictObject({ zones: z.array(int).nullable(), minMedian: z.number().nullable(), education: z.string().nullable() }),
  total: int,
  results: z.array(
    z.strictObject({
      rank: int,
      ...occupationFigures.shape,
      fit: z.number(),
      distance: z.number(),
      biggestGap: gap.nullable(),
      area: rowInArea.optional(),
    }),
  ),
  shown,
});

const fitElement = z.strictObject({
  element: z.string(),
  name: z.string(),
  importance: z.number(),
  need: z.number(),
  have: z.number(),
  met: z.number(),
});
const explainedElement = z.strictObject({
  element: z.string(),
  name: z.string(),
  kind: z.enum(["skill", "knowledge"]),
  importance: z.number(),
  need: z.number(),
  have: z.number(),
});
export const matchExplainOutput = z.strictObject({
  source: profileSource,
  occupation: occupationReference,
  rank: int,
  of: int,
  fit: z.strictObject({
    kinds: z.array(z.strictObject({ part: z.enum(["skill", "knowledge"]), correlation: z.number(), elements: int, weight: z.number() })),
    resemblance: z.number(),
    under: z.number(),
    over: z.number(),
    distance: z.number(),
    interests: z.number().nullable(),
    hasInterests: z.boolean(),
    activities: z.strictObject({ dwa: z.number(), iwa: z.number(), shared: int }).nullable(),
    score: z.number(),
    weights: z.strictObject({
      needImportance: z.number(),
      weights: z.strictObject({ skill: z.number(), knowledge: z.number() }),
      distance: z.number(),
      interests: z.number(),
      activities: z.strictObject({ dwa: z.number(), iwa: z.number() }),
    }),
  }),
  elements: z.array(explainedElement),
  unrated: z.array(part),
  interests: z.array(z.strictObject({ code: z.string(), name: z.string(), have: z.number(), occupation: z.number() })).nullable(),
});

const nulls = mapOf(z.null());
export const matchTemplateOutput = z.strictObject({ skills: nulls, knowledge: nulls, interests: nulls });

// ---- path ----

const yearsRange = z.strictObject({ min: z.number(), max: z.number().optional(), total: z.boolean().optional() });
const ladderStep = z.strictObject({
  position: int,
  role: z.string(),
  title: z.string(),
  track: z.string(),
  trackName: z.string(),
  trackInferred: z.boolean(),
  step: z.number().nullable(),
  years: yearsRange.nullable(),
  scope: z.string().nullable(),
  focusAreas: strings,
  median: z.number().nullable(),
  average: z.number().nullable(),
  currency: z.string().nullable(),
  region: z.string().nullable(),
  previous: z.string().nullable(),
  previousTitle: z.string().nullable(),
  change: z.number().nullable(),
  changePercent: z.number().nullable(),
  next: strings,
  nextGiven: z.boolean(),
  described: z.boolean(),
});

const place = z.strictObject({ ...occupationFigures.shape, rated: z.boolean(), area: rowInArea.optional() });
const pay = z.strictObject({ amount: z.number(), percent: z.number().nullable() });
const move = z.strictObject({
  ...place.shape,
  tier: z.string().nullable(),
  direction: z.enum(["up", "lateral", "stepping-stone"]),
  pay: pay.nullable(),
  zoneChange: z.number().nullable(),
  transferable: int,
  weightedGap: z.number(),
  gaps: z.array(gap),
});

export const pathOutput = z.strictObject({
  ladder: z.strictObject({
    owner: z.string(),
    name: z.string(),
    summary: z.string().nullable(),
    source: z.string(),
    sourceTitle: z.string(),
    levels: int,
  }),
  tracks: z.array(z.strictObject({ id: z.string(), name: z.string(), description: z.string().nullable(), inferred: inferred.nullable() })),
  current: z.string().nullable(),
  track: z.string().nullable(),
  steps: z.array(ladderStep),
  route: z
    .strictObject({
      from: z.string(),
      to: z.string(),
      track: z.string().nullable(),
      years: z.strictObject({ min: z.number(), max: z.number().nullable() }).nullable(),
      salaryChange: z.strictObject({ amount: z.number(), percent: z.number().nullable(), currency: z.string() }).nullable(),
    })
    .nullable(),
  ahead: strings,
  lateralMoves: z.array(z.strictObject({ name: z.string(), detail: z.string().nullable() })),
  inversions: z.array(
    z.strictObject({
      role: z.string(),
      title: z.string(),
      median: z.number(),
      previous: z.string(),
      previousTitle: z.string(),
      previousMedian: z.number(),
      change: z.number(),
      currency: z.string(),
    }),
  ),
  salary: z.strictObject({
    table: z.string().nullable(),
    otherMedians: z.array(
      z.strictObject({
        role: z.string(),
        title: z.string(),
        amount: z.number(),
        currency: z.string(),
        label: z.string(),
        source: z.string(),
      }),
    ),
  }),
  onward: z
    .strictObject({
      role: z.string(),
      title: z.string(),
      code: z.string(),
      occupation: place,
      lateralBand: z.number(),
      gapsShown: int,
      moves: z.array(move),
    })
    .optional(),
});

export const pathOccupationOutput = z.strictObject({
  area: listingArea.optional(),
  occupation: place,
  lateralBand: z.number(),
  up: z.array(move),
  lateral: z.array(move),
  steppingStones: z.array(move),
  gapsShown: int,
  route: z
    .strictObject({
      from: place,
      to: place,
      maxMoves: int,
      moves: z.array(z.strictObject({ from: place, ...move.shape })),
      pay: pay.nullable(),
      weightedGap: z.number(),
    })
    .nullable(),
});

// ---- validate, new, import, interests ----

export const validateOutput = z.strictObject({
  valid: z.boolean(),
  errors: int,
  warnings: int,
  files: z.array(z.strictObject({ file: z.string(), id: z.string(), origin: z.enum(["bundled", "user"]), valid: z.boolean() })),
  problems: z.array(diagnostic),
});

export const newOutput = z.strictObject({ id: z.string(), file: z.string() });

const joinCounts = z.strictObject({ detailed: int, part: int, broad: int, combined: int, none: int });
const sourceId = z.enum(["onet", "bls-projections", "bls-oews", "bls-oews-areas", "esco", "esco-crosswalk"]);
const sourceChange = z.strictObject({
  id: sourceId,
  name: z.string(),
  version: z.string(),
  input: z.string(),
  by: z.strictObject({ version: z.string(), input: z.string() }).optional(),
  note: z.string().optional(),
});
const manifest = z
  .strictObject({
    format: int,
    occupations: int,
    sources: z.array(
      z.strictObject({
        id: sourceId,
        name: z.string(),
        version: z.string(),
        date: z.string().nullable(),
        stated: z
          .strictObject({ text: z.string(), where: z.string() })
          .optional()
          .describe("where the release gives no date: the time it states of itself (2024–2034 projections) and where it says so"),
        input: z.string(),
        rows: int,
        files: z.array(z.strictObject({ name: z.string(), rows: int })).optional(),
        missing: z.array(z.strictObject({ file: z.string(), unavailable: z.string() })).optional(),
        skipped: z.array(z.strictObject({ file: z.string(), reason: z.string(), rows: int, examples: strings.optional() })),
        attribution: z.string(),
        lacking: z
          .array(z.strictObject({ code: z.string(), title: z.string(), rows: int }))
          .optional()
          .describe("the crosswalk's rows naming O*NET-SOC codes the O*NET release lacks, by code: never linked"),
        keptFrom: z.string().optional().describe("carried over from the data set an import replaced (that set's creation time)"),
      }),
    ),
    escoOccupations: int.optional().describe("of the occupations, those from ESCO"),
    join: z.strictObject({ wages: joinCounts.nullable(), outlook: joinCounts.nullable() }),
    unavailable: strings,
    attribution: strings,
    created: z.string(),
    changes: z
      .strictObject({
        added: z.array(sourceChange),
        replaced: z.array(sourceChange),
        kept: z.array(sourceChange),
        unreadable: z.string().optional(),
      })
      .optional()
      .describe("what the import added, replaced and kept of the data set before it"),
    files: mapOf(z.strictObject({ bytes: int, sha256: z.string() })).optional(),
  })
  .describe("the data set's manifest (docs/import.md)");

export const importOutput = z.discriminatedUnion("action", [
  z.strictObject({
    action: z.literal("import"),
    dir: z.string(),
    bytes: int,
    seconds: z.number(),
    ignored: strings,
    manifest,
  }),
  z.strictObject({ action: z.literal("status"), installed: z.literal(true), dir: z.string(), bytes: int, manifest }),
  z.strictObject({ action: z.literal("status"), installed: z.literal(false), dir: z.null() }),
  z.strictObject({ action: z.literal("remove"), removed: z.boolean(), dir: z.string().nullable() }),
  z.strictObject({
    action: z.literal("verify"),
    dir: z.string(),
    ok: z.boolean(),
    files: z.array(z.strictObject({ file: z.string(), bytes: int, ok: z.boolean(), problem: z.string().optional() })),
  }),
]);

export const interestsOutput = z.strictObject({
  basis: z.string(),
  release: z.string(),
  scores: z.array(z.strictObject({ code: z.string(), name: z.string(), score: z.number(), activities: int, answered: int })),
  profile: interestScores,
  highPoints: z.string(),
  answered: int,
  asked: int,
  saved: z.boolean(),
  next: strings,
});

export const interestsTemplateOutput = z.strictObject({ activities: nulls });

/** A wage as BLS publishes it: a figure, or a mark of why there is none (top-coded, not available). */
const wage = z
  .strictObject({
    amount: z.number().nullable(),
    topCoded: z.literal(true).optional(),
    atLeast: z.number().nullable().optional(),
    notAvailable: z.string().optional(),
  })
  .describe("a wage as BLS publishes it");

// ---- assess ----

const category = z.enum(["skills", "experience", "education", "credentials", "tools"]);
const need = z.strictObject({
  category,
  id: z.string(),
  name: z.string(),
  needed: z.string().describe("what the role needs, in words"),
  inherited: z.boolean(),
  from: z.string().describe("the role stating the need"),
});
const assessGap = z.strictObject({
  category,
  id: z.string(),
  name: z.string(),
  now: z.string(),
  needed: z.string(),
  impact: z.number().describe("overall percentage points the gap costs"),
  inherited: z.boolean(),
  from: z.string().nullable(),
});
const range = z.strictObject({ low: z.number(), high: z.number(), currency: z.string(), highOpenEnded: z.boolean().optional() });
const advice = z.strictObject({
  kind: z.enum(["focus", "step", "education", "certification", "text"]),
  text: z.string(),
  detail: z.string().optional(),
  cost: range.optional(),
  costNote: z.string().optional(),
  duration: z.string().optional(),
  level: z.string().optional(),
  from: z.string(),
});

export const assessOutput = z.strictObject({
  role: z.strictObject({ id: z.string(), title: z.string() }),
  requirementsFrom: z.string(),
  basis: z.enum(["requirements", "borrowed", "listed-skills"]),
  currentRole: z.string().nullable(),
  readiness: z.number(),
  band: z.string(),
  categories: z.array(z.strictObject({ id: category, score: z.number(), weight: z.number() })),
  requirements: z.array(need),
  levelsInferred: z.array(z.strictObject({ role: z.string(), text: z.string() })),
  gaps: z.array(z.strictObject({ ...assessGap.shape, advice: z.array(advice) })),
  notMeasured: z.array(z.strictObject({ category, id: z.string(), name: z.string(), needed: z.string() })),
  ladder: z
    .strictObject({
      name: z.string(),
      from: z.string(),
      levels: z.array(
        z.strictObject({
          role: z.string(),
          title: z.string(),
          step: z.number(),
          yearsNeeded: z.number().nullable(),
          readiness: z.number().nullable(),
          band: z.string().nullable(),
          notAsked: strings,
        }),
      ),
      youAreHere: z.string().nullable(),
      youAreHereBasis: z.enum(["current-role", "readiness"]).nullable(),
      next: z
        .strictObject({
          role: z.string(),
          title: z.string(),
          readiness: z.number().nullable(),
          adds: z.array(need),
          needs: z.array(assessGap),
        })
        .nullable(),
    })
    .nullable(),
  about: strings,
  warnings: strings,
});

/** An answers file to fill in (it has no schemaVersion): a role's, or an imported occupation's. */
export const assessTemplateOutput = z.union([
  z.strictObject({
    role: z.string(),
    currentRole: z.null(),
    skills: mapOf(z.union([z.number(), z.string()])).optional(),
    measures: mapOf(z.number().nullable()).optional(),
    experienceYears: z.number().optional(),
    education: z.string().optional(),
    credentials: strings.optional(),
    tools: strings.optional(),
  }),
  z.strictObject({ occupation: z.string(), skills: nulls, education: z.null().optional(), experience: z.null().optional() }),
]);

const savedProfile = z.strictObject({ levels, interests: interestScores.optional() });
export const assessHistoryOutput = z.strictObject({
  file: z.string(),
  role: z.string().nullable(),
  results: z.array(
    z.strictObject({
      date: z.string(),
      kind: z.literal("assessment").optional(),
      role: z.string(),
      title: z.string(),
      readiness: z.number(),
      band: z.string(),
      categories: z.array(z.strictObject({ id: z.string(), score: z.number() })),
      code: z.string().optional(),
      profile: savedProfile.optional(),
      change: z.number().nullable(),
      categoryChanges: mapOf(z.number().nullable()),
    }),
  ),
  otherRoles: z.array(z.strictObject({ role: z.string(), results: int })),
});

const standing = z.strictObject({ category: int, label: z.string(), share: z.number() }).nullable();
export const assessOccupationOutput = z.strictObject({
  occupation: z.strictObject({ id: z.string(), code: z.string(), title: z.string() }),
  readiness: z.number(),
  band: z.string(),
  categories: z.array(z.strictObject({ id: z.enum(["skills", "education", "experience"]), score: z.number() })),
  skills: z.array(fitElement),
  gaps: z.array(
    z.strictObject({
      element: z.string(),
      name: z.string(),
      importance: z.number(),
      need: z.number(),
      have: z.number(),
      gap: z.number(),
      weighted: z.number(),
    }),
  ),
  transferable: z.array(
    z.strictObject({ element: z.string(), name: z.string(), importance: z.number(), need: z.number(), have: z.number() }),
  ),
  education: standing,
  experience: standing,
  advice: z.strictObject({
    steppingStones: z.array(
      z.strictObject({
        ...occupationReference.shape,
        tier: z.string().nullable(),
        fit: z.number(),
        median: money.nullable(),
        jobZone: int.nullable(),
      }),
    ),
    education: z
      .strictObject({ above: z.number(), common: z.strictObject({ category: int, label: z.string(), percent: z.number() }) })
      .nullable(),
  }),
});

// ---- compare ----

const amount = { amount: z.number(), currency: z.string(), period: z.enum(["year", "hour"]).nullable(), source: z.string() };
const levelFigure = z.strictObject({ ...amount, level: z.string(), region: z.string().nullable(), inferred: inferred.nullable() });
const medianFigure = z.strictObject({
  ...amount,
  basis: z.enum(["key-facts", "level-table"]),
  label: z.string(),
  inferred: inferred.nullable(),
});
const rangeFigure = {
  low: z.number(),
  high: z.number(),
  currency: z.string(),
  highOpenEnded: z.boolean(),
  note: z.string().nullable(),
  source: z.string(),
};
const difference = z.strictObject({ amount: z.number(), currency: z.string(), percent: z.number().nullable() });
const sourcedText = z.strictObject({ value: z.string(), source: z.string() });
const namedItem = z.strictObject({ id: z.string(), name: z.string() });
const nameComparison = z
  .strictObject({
    count: int,
    items: z.array(namedItem),
    sharedWithFirst: z.array(z.strictObject({ ...namedItem.shape, firstName: z.string() })).nullable(),
    notInFirst: z.array(namedItem).nullable(),
    source: z.string(),
  })
  .nullable();
const roleSource = z.strictObject({
  id: z.string(),
  title: z.string(),
  publisher: z.string().optional(),
  date: z.string().optional(),
  note: z.string().optional(),
});

export const compareOutput = z.strictObject({
  base: z.string(),
  roles: z.array(
    z.strictObject({
      id: z.string(),
      title: z.string(),
      sources: z.array(roleSource),
      salary: z.strictObject({
        levelMedian: levelFigure.nullable(),
        levelAverage: levelFigure.nullable(),
        median: medianFigure.nullable(),
        range: z.strictObject(rangeFigure).nullable(),
        entryLevel: z.strictObject({ ...rangeFigure, period: z.enum(["year", "hour"]).nullable() }).nullable(),
        regions: z.array(
          z.strictObject({
            region: z.string(),
            range: z
              .strictObject({ ...rangeFigure, usdEquivalent: z.strictObject({ low: z.number(), high: z.number() }).nullable() })
              .nullable(),
          }),
        ),
      }),
      differences: z.strictObject({
        levelMedian: difference.nullable(),
        levelAverage: difference.nullable(),
        median: difference.nullable(),
      }),
      outlook: z.strictObject({
        growth: z.strictObject({ percent: z.number(), label: z.string().nullable(), source: z.string() }).nullable(),
        annualOpenings: z.strictObject({ count: z.number(), approximate: z.boolean(), source: z.string() }).nullable(),
        typicalEducation: sourcedText.nullable(),
        typicalExperience: sourcedText.nullable(),
        level: z.strictObject({ title: z.string(), step: z.number(), source: z.string(), inferred: inferred.nullable() }).nullable(),
        experience: z
          .strictObject({
            min: z.number(),
            max: z.number().nullable(),
            total: z.boolean(),
            source: z.string(),
            inferred: inferred.nullable(),
          })
          .nullable(),
        stress: sourcedText.nullable(),
        balance: sourcedText.nullable(),
      }),
      skills: nameComparison,
      tools: nameComparison,
    }),
  ),
  regions: z.strictObject({ selected: z.string().nullable(), shown: strings }),
  sharedByAll: z.strictObject({ skills: z.array(namedItem).nullable(), tools: z.array(namedItem).nullable() }),
  missing: z.array(z.strictObject({ role: z.string(), figures: strings, sources: strings })),
  notes: z.array(z.strictObject({ kind: z.enum(["currency", "period", "basis", "regions"]), roles: strings, message: z.string() })),
});

// ---- an imported occupation: show, and the sides of compare ----

const blsRef = z.strictObject({
  code: z.string(),
  title: z.string(),
  basis: z.enum(["detailed", "part", "broad", "combined"]),
  note: z.string().optional(),
});
const wageTable = z.strictObject({ mean: wage, pct10: wage, pct25: wage, median: wage, pct75: wage, pct90: wage });
const wages = z
  .strictObject({
    bls: blsRef,
    period: z.string(),
    employment: z.number().nullable(),
    annual: wageTable,
    hourly: wageTable,
    annualOnly: z.literal(true).optional(),
    hourlyOnly: z.literal(true).optional(),
    borrowed: borrowed.optional(),
  })
  .describe("the OEWS national wages");
const outlook = z
  .strictObject({
    bls: blsRef,
    period: z.string(),
    baseYear: int,
    projectedYear: int,
    employmentBase: z.number().nullable(),
    employmentProjected: z.number().nullable(),
    change: z.number().nullable(),
    changePercent: z.number().nullable(),
    openings: z.number().nullable(),
    medianWage: wage,
    entryEducation: z.string().nullable(),
    workExperience: z.string().nullable(),
    training: z.string().nullable(),
    borrowed: borrowed.optional(),
  })
  .describe("the BLS employment projections");
const jobZoneData = z.strictObject({
  zone: int,
  name: z.string().optional(),
  experience: z.string().optional(),
  education: z.string().optional(),
  training: z.string().optional(),
  examples: z.string().optional(),
  svpRange: z.string().optional(),
});
const rated = z.strictObject({
  element: z.string(),
  name: z.string(),
  importance: z.number().nullable(),
  level: z.number().nullable(),
  anchor: z.strictObject({ value: z.number(), text: z.string() }).optional(),
  levelNotRelevant: z.literal(true).optional(),
  suppressed: z.literal(true).optional(),
  description: z.string().optional(),
  borrowed: borrowed.optional(),
});
const share = z.strictObject({ category: int, label: z.string(), percent: z.number() });
const scaleRange = z.tuple([z.number(), z.number()]).nullable();
const releases = z.array(z.strictObject({ name: z.string(), version: z.string(), date: z.string().nullable() }));

const conceptLink = z.strictObject({ uri: z.string(), id: z.string().nullable(), code: z.string().nullable(), title: z.string() });
const requiredItem = z.strictObject({
  uri: z.string(),
  label: z.string(),
  kind: z.enum(["skill", "knowledge"]),
  groups: z.array(z.strictObject({ uri: z.string(), label: z.string() })),
});

const occupationShape = {
  kind: z.literal("occupation"),
  id: z.string(),
  code: z.string(),
  soc: z.string(),
  title: z.string(),
  source: z.enum(["onet", "esco"]),
  figures: z.strictObject({ ...occupationFigures.shape, employment: employment.nullable() }),
  description: z.string(),
  tasks: z.array(z.strictObject({ id: int.nullable(), text: z.string(), type: z.string().nullable() })).nullable(),
  skills: z.array(rated).nullable(),
  knowledge: z.array(rated).nullable(),
  technology: z
    .array(
      z.strictObject({
        category: z.string(),
        examples: z.array(z.strictObject({ name: z.string(), hot: z.literal(true).optional(), inDemand: z.literal(true).optional() })),
      }),
    )
    .nullable(),
  education: z.strictObject({ required: z.array(share), experience: z.array(share), training: z.array(share) }).nullable(),
  jobZone: jobZoneData.nullable(),
  interests: z
    .strictObject({ scores: z.array(z.strictObject({ code: z.string(), name: z.string(), score: z.number() })), highPoints: z.string() })
    .nullable(),
  wages: wages.nullable(),
  outlook: outlook.nullable(),
  related: z.array(z.strictObject({ code: z.string(), id: z.string(), title: z.string(), tier: z.string().nullable() })).nullable(),
  alternateTitles: strings.nullable(),
  uri: z.string().optional().describe("ESCO: the occupation's URI"),
  isco: z.array(conceptLink).optional().describe("ESCO: the ISCO-08 groups above it, from the top down"),
  requirements: z
    .strictObject({ kind: z.literal("essential-optional"), essential: z.array(requiredItem), optional: z.array(requiredItem) })
    .nullable()
    .optional()
    .describe("ESCO: the skills and knowledge essential and optional to it (no levels)"),
  broader: z.array(conceptLink).optional(),
  narrower: z.array(conceptLink).optional(),
  regulated: z.strictObject({ regulated: z.boolean().nullable(), note: z.string().nullable() }).optional(),
  crosswalk: z
    .strictObject({ code: z.string(), title: z.string(), confidence: z.number(), via: conceptLink.optional() })
    .nullable()
    .optional()
    .describe("ESCO: the O*NET occupation Nesta's crosswalk links it to, with its confidence"),
  scales: z.strictObject({ importance: scaleRange, level: scaleRange }),
  sources: releases,
  attribution: strings,
};
// ---- an occupation in a state or area: show --area, wages ----

/** An area's figures for an occupation: every figure null where `estimate` is false (never 0). */
const areaView = {
  area: areaReference,
  estimate: z.boolean().describe("false: BLS gives no estimate there (suppressed, or no row); every figure is then null"),
  median: money.nullable(),
  annual: wageSet,
  hourly: wageSet,
  employment: employment.nullable(),
  jobsPer1000: z.number().nullable(),
  locationQuotient: z.number().nullable().describe("the occupation's share of the area's jobs against its national share (1.0 = the same)"),
  blsBasis: blsBasis.optional(),
};
const areaNational = z.strictObject({
  annual: wageSet,
  hourly: wageSet,
  employment: employment.nullable(),
  asOf: z.string().nullable().describe("the national OEWS release"),
});
const areaBeside = z
  .strictObject({
    ...areaView,
    origin: z.enum(["--area", "CAREERS_AREA"]),
    national: areaNational,
    difference: z
      .strictObject({ annual: differenceSet, hourly: differenceSet })
      .describe("area minus national; null where either gives no exact figure"),
    sameRelease: z.boolean().describe("false: the area's release is not the national one's (the difference spans two)"),
  })
  .describe("show --area (or CAREERS_AREA): the occupation's figures in the area beside the national ones");

/** `careers wages <occupation> --json`: every area's figures, sorted, beside the national ones. */
export const wagesOutput = z.strictObject({
  occupation: occupationReference,
  bls: z
    .strictObject({ code: z.string(), title: z.string(), basis: z.enum(["detailed", "part", "broad", "combined"]) })
    .nullable()
    .describe("the BLS code the areas' figures are under; null where no area has the occupation"),
  sort: z.enum(["median", "employment", "lq", "p90"]),
  type: z.enum(["all", "state", "metro"]),
  national: areaNational,
  results: z.array(z.strictObject({ ...areaView, sameRelease: z.boolean() })),
  shown,
});

/** `show <occupation> --json`: every section; with --section, only those (kind, id, code, soc, title, source, figures, sources and attribution always); `area` with --area. */
export const showOccupationOutput = z
  .strictObject({ ...occupationShape, area: areaBeside })
  .partial()
  .required({ kind: true, id: true, code: true, soc: true, title: true, source: true, figures: true, sources: true, attribution: true });

const guideFigure = { source: z.string(), sourceTitle: z.string(), inferred: inferred.nullable() };
const officialSource = z.strictObject({ code: z.string(), title: z.string(), basis: blsRef.shape.basis, note: z.string().nullable() });
const official = z
  .strictObject({
    onet: z.strictObject({ code: z.string(), title: z.string() }),
    guide: z.strictObject({
      median: z
        .strictObject({
          amount: z.number(),
          currency: z.string(),
          basis: z.enum(["key-facts", "level-table"]),
          label: z.string(),
          ...guideFigure,
        })
        .nullable(),
      range: z
        .strictObject({ low: z.number(), high: z.number(), currency: z.string(), highOpenEnded: z.boolean(), ...guideFigure })
        .nullable(),
      growth: z.strictObject({ percent: z.number(), label: z.string().nullable(), ...guideFigure }).nullable(),
      annualOpenings: z.strictObject({ count: z.number(), approximate: z.boolean(), ...guideFigure }).nullable(),
      typicalEducation: z.strictObject({ text: z.string(), ...guideFigure }).nullable(),
    }),
    wages: z
      .strictObject({
        bls: officialSource,
        period: z.string(),
        employment: z.number().nullable(),
        annual: wageTable,
        hourlyMedian: wage,
      })
      .nullable(),
    outlook: z
      .strictObject({
        bls: officialSource,
        period: z.string(),
        changePercent: z.number().nullable(),
        openings: z.number().nullable(),
        entryEducation: z.string().nullable(),
      })
      .nullable(),
    jobZone: z.strictObject({ zone: int, name: z.string().nullable() }).nullable(),
    sources: releases,
    attribution: strings,
  })
  .describe("the imported O*NET and BLS figures of the occupation the role links to, beside the role's own");

/**
 * `show <role> --json`: the role in the shape of its role file (so the output is a valid role), and
 * `official` with an imported data set; with --section, only those sections' keys plus id, title and sources.
 */
export const showRoleOutput = z
  .strictObject({ ...roleSchema.shape, official: official.optional() })
  .partial()
  .required({ id: true, title: true, sources: true });

const elementNeed = z.strictObject({ importance: z.number().nullable(), level: z.number(), matters: z.boolean() }).nullable();
const elementRows = z.array(z.strictObject({ element: z.string(), name: z.string(), needs: z.array(elementNeed) }));
const transfer = z.strictObject({
  element: z.string(),
  name: z.string(),
  kind: gap.shape.kind,
  importance: z.number(),
  level: z.number(),
  have: z.number(),
});
export const compareOccupationsOutput = z.strictObject({
  kind: z.literal("occupations"),
  base: z.string(),
  sides: z.array(
    z.strictObject({
      kind: z.enum(["occupation", "role", "you"]),
      id: z.string(),
      title: z.string(),
      code: z.string().nullable(),
      via: z.strictObject({ code: z.string(), title: z.string(), note: z.string().nullable() }).nullable(),
      onScale: z.boolean(),
      offScale: z.string().nullable(),
      wages: wages.nullable(),
      outlook: outlook.nullable(),
      jobZone: jobZoneData.nullable(),
      typicalEducation: share.nullable(),
      guide: z
        .strictObject({
          levelMedian: levelFigure.nullable(),
          levelAverage: levelFigure.nullable(),
          median: medianFigure.nullable(),
          typicalEducation: sourcedText.nullable(),
        })
        .nullable(),
      sources: z.array(roleSource),
      assessment: z.strictObject({ date: z.string(), role: z.string(), title: z.string(), code: z.string().nullable() }).nullable(),
      levels: levels.nullable(),
      figures: z.strictObject({ ...occupationFigures.shape }).nullable(),
    }),
  ),
  scales: z.strictObject({ importance: scaleRange, level: scaleRange, matters: z.number() }),
  skills: elementRows,
  knowledge: elementRows,
  moves: z.array(
    z.strictObject({
      from: z.string(),
      to: z.string(),
      transferable: z.array(transfer).nullable(),
      toBuild: z.array(gap).nullable(),
      leftOut: z.array(gap.shape.kind),
      reason: z.string().nullable(),
    }),
  ),
  essential: z
    .strictObject({
      sides: strings.describe("the sides that list essential items (ESCO's), by id"),
      shared: z.array(requiredItem).describe("the items essential to every one of them"),
      moves: z.array(
        z.strictObject({
          from: z.string(),
          to: z.string(),
          similarity: z.number().describe("the weighted Jaccard similarity of the two occupations' items, 0-1 (docs/matching.md)"),
          shared: z.array(requiredItem).describe("the items essential to both"),
          toGain: z.array(requiredItem).describe("what the first lacks: the items essential to `to` that are not essential to it"),
        }),
      ),
    })
    .nullable()
    .describe("ESCO's essential items, compared exactly by URI; null where fewer than two sides list them"),
  sources: releases,
  attribution: strings,
  notes: strings,
});

/** `path <ESCO occupation> --json`: moves by shared essential and optional items (core/requirements.ts). */
const itemMove = z.strictObject({
  ...occupationFigures.shape,
  similarity: z.number().describe("the weighted Jaccard similarity of the two occupations' items, 0-1"),
  sharedEssential: int.describe("of its essential items, those essential to the start too"),
  toGain: z.array(requiredItem).describe("what the move takes: its essential items the start does not hold as essential"),
});
export const pathItemsOutput = z.strictObject({
  occupation: occupationFigures,
  weights: z.strictObject({ essential: z.number(), optional: z.number() }).describe("an item's weight in the similarity"),
  related: z.array(itemMove).describe("the most similar occupations, most similar first (its broader and narrower ones listed apart)"),
  broader: z.array(itemMove),
  narrower: z.array(itemMove),
});

// ---- the registry: every command's shapes ----

/** A JSON document: the command's result with the output's schemaVersion first. */
function documentOf(schema: z.ZodType): z.ZodType {
  if (schema instanceof z.ZodObject) return z.strictObject({ schemaVersion: z.literal(SCHEMA_VERSION), ...schema.shape });
  if (schema instanceof z.ZodUnion) return z.union((schema.options as z.ZodType[]).map(documentOf));
  throw new Error("a document is an object");
}

/** `careers schema --json`: a JSON Schema (the role format's), not a document of the program's. */
const jsonSchemaOutput = z.looseObject({
  $schema: z.literal("https://json-schema.org/draft/2020-12/schema"),
  type: z.literal("object"),
  properties: mapOf(z.unknown()),
  required: strings,
  additionalProperties: z.boolean(),
});

/** `careers schema --list --json`. */
const schemaListOutput = z.strictObject({
  commands: z.array(z.strictObject({ name: z.string(), description: z.string(), shapes: strings })),
});

export interface OutputShape {
  /** the label of its block in docs/json-output.md: the command and the option that prints it */
  label: string;
  /** what it is, in a few words */
  title: string;
  schema: z.ZodType;
}
export interface CommandOutput {
  description: string;
  shapes: OutputShape[];
}

const shape = (label: string, title: string, schema: z.ZodType, file = false): OutputShape => ({
  label,
  title,
  // an answers template or a JSON Schema is a file to use as it is: it has no schemaVersion
  schema: file ? schema : documentOf(schema),
});

/** Every command whose `--json` output has a schema, with its shapes, by command name. */
export const OUTPUTS: Record<string, CommandOutput> = {
  list: { description: "the roles and occupations listed", shapes: [shape("list", "the roles and occupations listed", listOutput)] },
  show: {
    description: "a role (its role file), or an imported occupation",
    shapes: [shape("show", "a role", showRoleOutput), shape("show <occupation>", "an imported occupation", showOccupationOutput)],
  },
  compare: {
    description: "roles side by side, or occupations on O*NET's common scales",
    shapes: [
      shape("compare", "roles side by side", compareOutput),
      shape("compare --from-history", "occupations (or roles linked to them, or you) on the common scales", compareOccupationsOutput),
      shape("compare --area", "occupations' wages in states or areas beside the national ones", compareAreasOutput),
    ],
  },
  path: {
    description: "a career ladder, or an occupation's moves",
    shapes: [
      shape("path", "a role's career ladder", pathOutput),
      shape("path --to", "an occupation's moves, and a route", pathOccupationOutput),
      shape("path <ESCO occupation>", "an ESCO occupation's moves by shared essential skills", pathItemsOutput),
    ],
  },
  assess: {
    description: "a readiness check, its answers template and its history",
    shapes: [
      shape("assess", "a role's readiness check", assessOutput),
      shape("assess --answers", "an imported occupation's readiness check", assessOccupationOutput),
      shape("assess --template", "an answers file to fill in", assessTemplateOutput, true),
      shape("assess --history", "the saved results", assessHistoryOutput),
    ],
  },
  validate: { description: "the role files checked", shapes: [shape("validate", "the role files checked", validateOutput)] },
  new: { description: "the role file written", shapes: [shape("new", "the role file written", newOutput)] },
  schema: {
    description: "a JSON Schema, or the commands that have one",
    shapes: [
      shape("schema", "a JSON Schema", jsonSchemaOutput, true),
      shape("schema --list", "the commands with a schema", schemaListOutput),
    ],
  },
  import: {
    description: "an import, the data set installed (--status), checked (--verify) or removed (--remove)",
    shapes: [shape("import", "what was imported, installed, checked or removed", importOutput)],
  },
  search: { description: "the occupations found", shapes: [shape("search", "the occupations found", searchOutput)] },
  wages: {
    description: "an occupation's figures in every state and area",
    shapes: [shape("wages", "every area's figures, sorted", wagesOutput)],
  },
  match: {
    description: "the occupations that fit a profile best, one occupation's fit, the answers template",
    shapes: [
      shape("match", "the best fits", matchOutput),
      shape("match --explain", "how one occupation's fit was computed", matchExplainOutput),
      shape("match --template", "an answers file to fill in", matchTemplateOutput, true),
    ],
  },
  error: {
    description: "what a failure prints on stderr, under --json or --format json|yaml",
    shapes: [shape("error", "the error as data", errorOutput, true)],
  },
  interests: {
    description: "the interests quiz's result, its answers template",
    shapes: [
      shape("interests", "the quiz's scores", interestsOutput),
      shape("interests --template", "an answers file to fill in", interestsTemplateOutput, true),
    ],
  },
};
