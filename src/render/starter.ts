/**
 * The starter role file `careers new` writes: valid as written, with the optional sections commented out.
 * Prose comments start with "##"; an example line starts with "# " so that removing those two characters
 * uncomments it (the file stays valid with every example uncommented).
 */

export const OPTIONAL_MARKER = "## Optional sections:";

/** "team-lead" -> "Team Lead" */
export const titleFromId = (id: string): string =>
  id
    .split("-")
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(" ");

export function starterRole(id: string, schemaFile: string): string {
  const title = titleFromId(id);
  return `# yaml-language-server: $schema=${schemaFile}
## A role file for \`careers\`. Check it with: careers validate ${id}.yaml
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
#   growth:
#     percent: 5
#     source: my-notes
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
#     - name: Coaching
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
