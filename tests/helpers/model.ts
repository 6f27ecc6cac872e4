/** The shipped readiness model, parsed from data/assessment.yaml with the real loader. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseWithSchema } from "../../src/loader/parse.js";
import { type AssessmentModel, assessmentModelSchema } from "../../src/schema/assessment.js";
import { ROOT } from "./run.js";

export function loadShippedModel(): AssessmentModel {
  const file = join(ROOT, "data", "assessment.yaml");
  const r = parseWithSchema(file, readFileSync(file, "utf8"), assessmentModelSchema, "the readiness model");
  if (!r.ok) throw new Error(r.diagnostics.map((d) => `${d.file}:${d.line}: ${d.message}`).join("\n"));
  return r.value;
}
