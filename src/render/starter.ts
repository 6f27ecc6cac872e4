/**
 * The starter role file `careers new` writes: valid as written, with the optional sections commented out.
 * Prose comments start with "##"; an example line starts with "# " so that removing those two characters
 * uncomments it (the file stays valid with every example uncommented).
 */

import { shellWord } from "./text.js";

export const OPTIONAL_MARKER = "## Optional sections:";

/** "team-lead" -> "Team Lead" */
export const titleFromId = (id: string): string =>
  id
    .split("-")
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(" ");

/** `file`: the path the file is written to, as the user typed it (the validate command in its header). */
export function starterRole(id: string, schemaFile: string, file = `${id}.yaml`): string {
  const title = titleFromId(id);
  return `# yaml-language-server: $schema=${schemaFile}
## A role file for \`careers\`. Check it with: careers validate ${shellWord(file)}
## Required: id (the file name without .yaml), title, summary and sources. Every group of facts names
## its source by id (an entry of \`sources\`). Money is a whole number in the currency's main unit: 52000.
id: ${id}
title: ${JSON.stringify(title)}
# aliases: [another name for the role, an abbreviation]
summary: >-
  Replace this with a few sentences on what a ${title} does and why the role exists.
sources:
  - id: my-notes
    title: My own notes
#     publisher: where the facts come from
#     date: November 2026

${OPTIONAL_MARKER} remove the "# " in front of a section's lines to use it.
# keyFacts:
#   medianSalary:
#     amount: 52000
#     currency: USD
#     period: year
#     date: November 2026
#     source: my-notes
#   salaryRange:
#     low: 45000
#     high: 60000
#     currency: USD
#     source: my-notes
## Any figure may say that it is inferred or borrowed, not stated by its source; careers prints why.
#   growth:
#     percent: 5
#     source: my-notes
#     inferred:
#       reason: Read from a chart in the notes, which give no number.
# responsibilities:
#   source: my-notes
#   items:
#     - What the role does, one statement an item.
# skills:
#   source: my-notes
#   technical:
#     - name: Scheduling software
#       detail: e.g. a shared calendar or rota tool
#   soft:
## A skill's id: the same id in another role is the same skill, however each words it.
#     - id: coaching
#       name: Coaching
# tools:
#   source: my-notes
#   groups:
#     - name: Scheduling
#       items: [a shared calendar, a rota tool]
# education:
#   source: my-notes
#   options:
#     - name: Bachelor's degree
#       duration: 4 years
#       source: my-notes
# level:
#   source: my-notes
#   title: ${title}
#   step: 1
#   years: {min: 2, max: 4}
#   scope: What this level is responsible for and how far its decisions reach.
#   focusAreas:
#     - What to get good at on this step.
## What careers assess asks about and scores: what the role needs of a person. Skill levels are on the
## rating scale 0 none, 1 basic, 2 working, 3 strong, 4 expert; advice points at this file's own data.
# requirements:
#   source: my-notes
#   skills:
#     - id: coaching
#       name: Coaching
#       kind: leadership
#       level: 2
#       advice:
#         - focusArea: 1
#   measures:
#     - {id: typing-speed, name: Typing speed, unit: WPM, min: 40}
#   experience:
#     of: work in the field
#   education:
#     level: bachelor
#     note: A degree in a related field.
#     advice:
#       - education: Bachelor's degree
#   credentials:
#     - {id: licence, name: A licence to practise, kind: licence}
## Pay by level: this role's row, and others where the source gives them.
# salaryByLevel:
#   source: my-notes
#   currency: USD
#   region: US
#   period: year
#   levels:
#     - {level: ${JSON.stringify(title)}, role: ${id}, median: 52000, average: 54000}
#     - {level: The next level, median: 60000}
## A career ladder, held by one role: its levels in order, each the id of a role file (careers path walks it).
# ladder:
#   source: my-notes
#   name: ${JSON.stringify(`${title} ladder`)}
#   tracks:
#     - id: main
#       name: Main track
#   levels:
#     - {role: ${id}, title: ${JSON.stringify(title)}, track: main}
#     - {role: next-level, title: The next level, track: main}
# relatedCareers:
#   source: my-notes
#   items:
#     - title: Another role you could move to
# pros:
#   source: my-notes
#   items:
#     - A good thing about the job.
# cons:
#   source: my-notes
#   items:
#     - A hard thing about the job.
`;
}
