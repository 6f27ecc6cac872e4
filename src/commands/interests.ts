import { Command } from "commander";
import { lazyAction, withFormats } from "../app/output.js";

export const interestsCommand = (): Command =>
  withFormats(
    new Command("interests")
      .description("a quiz of your interests on O*NET's illustrative activities, scored to the six RIASEC interests 1-7")
      .option("-a, --answers <file>", "answer from a YAML or JSON file (- for stdin): activity id or words -> like, not sure or dislike")
      .option("--template", "print an answers file with every activity to fill in (YAML; JSON with --json)")
      .option("--save", "add the scores to your history (match --from-history uses them)"),
    "print the scores as JSON",
  )
    .addHelpText(
      "after",
      `
The quiz is built from O*NET's Interests Illustrative Activities (four for each of the six interests and
four for each basic interest, from the imported release); it is not the validated O*NET Interest
Profiler, and its scores are a rough guide, not a measure: docs/matching.md, "The interests quiz".

Examples:
  $ careers interests --save                         # answer each activity in the terminal
  $ careers interests --template > interests.yaml    # fill it in, then:
  $ careers interests --answers interests.yaml --json
  $ careers match --from-history --zone 2            # then: occupations by your interests and job zone`,
    )
    .action(lazyAction(() => import("./interests-run.js")));
