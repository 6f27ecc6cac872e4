/** The `--json` output shapes of list, search (the registry: schema/outputs.ts). */
import { z } from "zod";
import { diagnostic, shown } from "./output.js";
import { figures, int, listingArea, occupationFigures, rowInArea, strings } from "./outputs-common.js";

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
