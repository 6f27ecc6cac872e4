/** Answers for assess <occupation> over the harbour-town release (scale-fixture.ts), shared by its tests. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * The skills Tide Desk Leads asks (importance 3 or more), most important first: Active Listening 4/4.5,
 * Speaking 4/4.5, Reading Comprehension 4/4, then Judgment, Personnel and Social Perceptiveness 3.5/4 by name.
 */
export const DESK_LEAD_SKILLS = [
  "Active Listening",
  "Speaking",
  "Reading Comprehension",
  "Judgment and Decision Making",
  "Management of Personnel Resources",
  "Social Perceptiveness",
];

/** An answers file for Tide Desk Leads: every skill at 3, high school (2), over 1 year up to 2 (6). */
export function deskLeadAnswers(): string {
  const file = join(mkdtempSync(join(tmpdir(), "careers-desk-lead-")), "answers.yaml");
  writeFileSync(
    file,
    `occupation: tide-desk-leads\nskills:\n${DESK_LEAD_SKILLS.map((n) => `  ${n}: 3`).join("\n")}\neducation: 2\nexperience: 6\n`,
  );
  return file;
}
