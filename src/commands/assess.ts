import { Command } from "commander";
import { lazyAction, withFormats } from "../app/output.js";

export const assessCommand = (): Command =>
  withFormats(new Command("assess"), "print the result as JSON", true)
    .description("check your readiness for a role: skills, experience, education and tools, with the gaps to close")
    .argument("[role]", "role id, title or alias (asked for when left out), or an imported occupation's id, code or title")
    .option("-a, --answers <file>", "answer every question from a YAML or JSON file (- for stdin)")
    .option("--template", "print an answers file for the role to fill in (YAML; JSON with --json)")
    .option("--current <role>", "the role you hold now (marks where you are on the ladder)")
    .option("--save", "add the result to your history")
    .option("--history", "list saved results, with the change since the previous one")
    .addHelpText(
      "after",
      `
Examples:
  $ careers assess                                  # pick a role, then answer the questions
  $ careers assess clerk --save
  $ careers assess clerk --template > answers.yaml  # fill it in, then:
  $ careers assess clerk --answers answers.yaml --json
  $ careers assess --history clerk
  $ careers assess 43-4051                          # an imported occupation, on O*NET's scales
  $ careers assess esco:cook --template > skills.txt  # an ESCO occupation: mark its items, then:
  $ careers assess esco:cook --answers skills.txt

History is kept in $CAREERS_HOME, else $XDG_DATA_HOME/careers, else your platform's data folder.`,
    )
    .action(lazyAction(() => import("./assess-run.js")));
