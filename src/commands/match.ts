import { Command } from "commander";
import { lazyAction, withFormats } from "../app/output.js";
import { sourceOption } from "../app/source-option.js";

export const matchCommand = (): Command =>
  withFormats(
    new Command("match")
      .description("rank the imported occupations by how well they fit your skills (and interests), with each one's biggest gap")
      .option(
        "--like <occupations...>",
        "your levels from occupations you have held (code, id or title, or a guide role with an O*NET link)",
      )
      .option("-a, --answers <file>", "your levels from a YAML or JSON file (- for stdin): skills and knowledge 0-7, interests 1-7")
      .option("--from-history", "your levels from your most recent saved assessment of an occupation")
      .option("--limit <n>", "show the best this many (default 10; 0: all)")
      .option("--zone <zones>", "only occupations in these O*NET job zones (1-5, e.g. 2 or 3,4)")
      .option("--min-median <amount>", "only those with a median wage of at least this (e.g. 50000 or 50k)")
      .option("--education <words>", 'only those whose typical entry education says this (e.g. "bachelor")')
      .option(
        "--area <name>",
        'medians of a state or area in place of the national ones, and --min-median on them: "Texas", TX, "Austin-Round Rock" (default: $CAREERS_AREA)',
      )
      .option("--skills <file>", "the ESCO skills and knowledge you have, a checklist (- for stdin): ranks ESCO's occupations")
      .option("--isco <group>", "only ESCO's occupations under this ISCO-08 group (4, 42, 422 or 4222); with --template, its items")
      .addOption(sourceOption())
      .option("--interests <scores>", "your six interest scores 1-7, e.g. R=2,I=5,A=1,S=6,E=4,C=3 (letters or names)")
      .option("--template", "print an answers file with every skill, knowledge area and interest to fill in (YAML; JSON with --json)")
      .option("--explain <occupation>", "show how one occupation's fit was computed (id, code or title), and its rank"),
    "print the result as JSON",
    true,
  )
    .addHelpText(
      "after",
      `
Examples:
  $ careers match                                   # rate the 35 skills, then (optionally) your interests
  $ careers match --like 43-4051 --zone 3,4         # from a job you have held: what else it leads to
  $ careers match --like 43-4051 43-1011 --answers mine.yaml   # two jobs, some levels of your own
  $ careers match --answers levels.yaml --zone 3,4 --min-median 50k
  $ careers match --from-history --education bachelor --limit 20
  $ careers match --answers levels.yaml --area TX --min-median 60k   # Texas medians
  $ careers match --answers levels.yaml --explain 43-4051.00
  $ careers match --template > levels.yaml           # every element, each null: rate what you can
  $ careers match --interests R=2,I=5,A=1,S=6,E=4,C=3 --zone 2   # by interests and job zone
  $ careers match --answers levels.yaml --json | jq -r '.results[] | "\\(.fit) \\(.title)"'
  $ careers match --template --source esco --isco 4222 > skills.txt   # ESCO's items of a group to mark
  $ careers match --skills skills.txt --isco 42      # ESCO's occupations by the items you have
  $ careers match --like esco:lamplighter            # an ESCO occupation's items as yours

An answers file names skills and knowledge areas by name or O*NET id with a level 0-7, and interests by
letter or name with a score 1-7:
  skills: { Active Listening: 4, Speaking: 4, Reading Comprehension: 3.5 }
  interests: { R: 2, I: 3, A: 2, S: 6, E: 4, C: 5 }
An answer left null (as the templates of match and assess leave them) is not rated, never 0; the output
says how many were rated, and that a ranking from few is rough.
--interests takes scores on O*NET's 1-7 scale, such as careers interests gives: that quiz is built from
O*NET's illustrative activities, not the validated O*NET Interest Profiler.
--like combines several jobs element by element: the highest level among them, the mean of each interest;
the jobs given are left out of the ranking, and --answers sets levels of your own beside them.
Fit: how closely the work's needs resemble your levels, less how far they are short or beyond, and how
unlike its work activities are to those of the jobs held (or, from levels alone, of the occupation your
levels resemble most); the method: docs/matching.md.
ESCO's occupations rate no levels: --skills takes a checklist, a line an item, "- [x] label  # URI" had,
"- [ ] label" not had (a bare label or URI: had); fit is then the weighted share of an occupation's items
you have, times the share of yours it lists to a power (docs/matching.md, "match over ESCO").
Needs occupations imported first: careers import --help.`,
    )
    .action(lazyAction(() => import("./match-run.js")));
