/** The `--json` output shapes of path (a ladder, a route, an occupation's moves, moves by shared items) (the registry: schema/outputs.ts). */
import { z } from "zod";
import { inferred, int, listingArea, occupationFigures, rowInArea, strings } from "./outputs-common.js";
import { gap } from "./outputs-match.js";
import { requiredItem } from "./outputs-occupation.js";

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
