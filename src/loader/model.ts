/** The readiness model, validated at build time into dist/assessment.json next to the CLI bundle. */
import { readFileSync } from "node:fs";
import type { AssessmentModel } from "../schema/assessment.js";
import { distUrl } from "./bundled.js";

export function loadModel(url = new URL("assessment.json", distUrl())): AssessmentModel {
  return JSON.parse(readFileSync(url, "utf8")) as AssessmentModel;
}
