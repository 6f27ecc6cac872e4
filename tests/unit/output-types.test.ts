/**
 * The result types the commands print against the zod schemas of their `--json` output (src/schema/outputs.ts):
 * a type the code builds that no longer fits its schema (a key renamed, a figure's type changed, null where
 * the schema allows none) fails `npm run typecheck`, before any test runs. The schema test
 * (tests/cli/json-schema.test.ts) checks the printed values, and keys the types leave out. Result types
 * that are the schemas' own (`z.output` of them) are checked both ways, so one written by hand again in
 * their place that differs fails too.
 */
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import type { ListingArea } from "../../src/core/area-rows.js";
import type { templateAnswers } from "../../src/core/assess/answers.js";
import type { AssessmentResult } from "../../src/core/assess/assess.js";
import type { HistoryRow } from "../../src/core/assess/history.js";
import type { OccupationAssessment, OccupationTemplate } from "../../src/core/assess/occupation.js";
import type { CompareResult } from "../../src/core/compare.js";
import type { AreaComparison } from "../../src/core/compare-areas.js";
import type { OccupationComparison } from "../../src/core/compare-occupations.js";
import type { QuizResult, QuizTemplate } from "../../src/core/interests.js";
import type { ItemMatchResult } from "../../src/core/item-match.js";
import type { ListRow } from "../../src/core/listing.js";
import type { OccupationView } from "../../src/core/occupation.js";
import type { OfficialFigures } from "../../src/core/official.js";
import type { MatchTemplate } from "../../src/core/profile.js";
import type { WagesResult } from "../../src/core/wages.js";
import type { ErrorData } from "../../src/errors.js";
import type { ImportSummary } from "../../src/render/import.js";
import type { OccupationPathResult } from "../../src/render/lattice.js";
import type { ListResult } from "../../src/render/list.js";
import type { ExplainResult, MatchResult } from "../../src/render/match.js";
import type { PathResult } from "../../src/render/path.js";
import type { SearchResult } from "../../src/render/search.js";
import type { ValidateResult } from "../../src/render/validate.js";
import type { errorOutput } from "../../src/schema/error.js";
import type { OccupationFigures } from "../../src/schema/output.js";
import type * as out from "../../src/schema/outputs.js";
import type { listingArea } from "../../src/schema/outputs-common.js";
import type { Role } from "../../src/schema/role.js";

type Of<T extends z.ZodType> = z.output<T>;
/** Compiles only where A is assignable to B: what the code builds fits what the schema allows. */
const fits = <A extends B, B>(value?: A): void => expect(value).toBeUndefined();

describe("each command's result type fits the schema of its output", () => {
  it("list, search, match", () => {
    fits<ListResult, Of<typeof out.listOutput>>();
    fits<Of<typeof out.listOutput>, ListResult>();
    fits<SearchResult, Of<typeof out.searchOutput>>();
    fits<Of<typeof out.searchOutput>, SearchResult>();
    fits<MatchResult, Of<typeof out.matchOutput>>();
    fits<Of<typeof out.matchOutput>, MatchResult>();
    fits<ExplainResult, Of<typeof out.matchExplainOutput>>();
    fits<Of<typeof out.matchExplainOutput>, ExplainResult>();
    fits<MatchTemplate, Of<typeof out.matchTemplateOutput>>();
    fits<ItemMatchResult, Of<typeof out.matchItemsOutput>>();
    fits<Of<typeof out.matchItemsOutput>, ItemMatchResult>();
    fits<ListRow, Of<typeof out.listOutput>["results"][number]>();
    fits<Of<typeof out.listOutput>["results"][number], ListRow>();
  });

  it("show, compare, path", () => {
    fits<Role & { official?: OfficialFigures }, Of<typeof out.showRoleOutput>>();
    fits<OccupationView, Of<typeof out.showOccupationOutput>>();
    fits<CompareResult, Of<typeof out.compareOutput>>();
    fits<Of<typeof out.compareOutput>, CompareResult>();
    // compare adds each side's reference and key figures to the comparison (src/commands/compare-run.ts)
    fits<
      Omit<OccupationComparison, "sides"> & { sides: (OccupationComparison["sides"][number] & { figures: OccupationFigures | null })[] },
      Of<typeof out.compareOccupationsOutput>
    >();
    fits<AreaComparison, Of<typeof out.compareAreasOutput>>();
    fits<WagesResult, Of<typeof out.wagesOutput>>();
    fits<Of<typeof out.wagesOutput>, WagesResult>();
    fits<ListingArea, Of<typeof listingArea>>();
    fits<Of<typeof listingArea>, ListingArea>();
    fits<PathResult, Of<typeof out.pathOutput>>();
    fits<Of<typeof out.pathOutput>, PathResult>();
    fits<OccupationPathResult, Of<typeof out.pathOccupationOutput>>();
    fits<Of<typeof out.pathOccupationOutput>, OccupationPathResult>();
  });

  it("assess, interests", () => {
    fits<AssessmentResult, Of<typeof out.assessOutput>>();
    fits<Of<typeof out.assessOutput>, AssessmentResult>();
    fits<OccupationAssessment, Of<typeof out.assessOccupationOutput>>();
    fits<ReturnType<typeof templateAnswers> | OccupationTemplate, Of<typeof out.assessTemplateOutput>>();
    fits<
      { file: string; role: string | null; results: HistoryRow[]; otherRoles: { role: string; results: number }[] },
      Of<typeof out.assessHistoryOutput>
    >();
    fits<QuizResult, Of<typeof out.interestsOutput>>();
    fits<Of<typeof out.interestsOutput>, QuizResult>();
    fits<QuizTemplate, Of<typeof out.interestsTemplateOutput>>();
  });

  it("an error, both ways: what errors.ts builds is what the schema describes", () => {
    fits<ErrorData, Of<typeof errorOutput>["error"]>();
    fits<Of<typeof errorOutput>["error"], ErrorData>();
  });

  it("validate, new, import", () => {
    fits<ValidateResult, Of<typeof out.validateOutput>>();
    fits<Of<typeof out.validateOutput>, ValidateResult>();
    fits<{ id: string; file: string }, Of<typeof out.newOutput>>();
    fits<ImportSummary, Of<typeof out.importOutput>>();
    fits<Of<typeof out.importOutput>, ImportSummary>();
  });
});
