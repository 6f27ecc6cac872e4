/**
 * `careers assess <occupation>` for an occupation that lists essential and optional items and rates no
 * levels (ESCO's): each essential item is asked, have / learning / no (or read from a skills checklist),
 * and
 *
 *   readiness = 100 x (essential items had + learning x essential items being learnt) / essential items
 *
 * rounded to a whole percent, with `learning` from data/assessment.yaml (`requirements.learning`) and the
 * band of every readiness (`bands`). What to learn: the essential items not had, then those being learnt,
 * then the optional items a checklist marks not had, then being learnt. The method: docs/matching.md,
 * "assess over ESCO". Pure.
 */
import type { AssessmentModel } from "../../schema/assessment.js";
import type { RequiredItem, Requirements } from "../../schema/occupation.js";
import type { OccupationReference } from "../../schema/output.js";
import type { ChecklistEntry } from "../../schema/skills-checklist.js";
import { type ChecklistProblem, type ItemCatalog, itemCatalog, resolveChecklist } from "../item-match.js";
import { bandFor } from "./score.js";

/** An answer to an item: had, being learnt, not had. */
export const ITEM_ANSWERS = ["have", "learning", "no"] as const;
export type ItemAnswer = (typeof ITEM_ANSWERS)[number];

/** Where the answers came from: a checklist file, or the questions asked in the terminal. */
export type ItemAnswersSource = { kind: "answers"; file: string } | { kind: "interactive" };

export interface ItemAssessment {
  occupation: OccupationReference;
  source: ItemAnswersSource;
  /** the share of the essential items had (one being learnt counts `learning` of one), percent */
  readiness: number;
  band: string;
  categories: { id: "skills"; score: number }[];
  /** what an item being learnt counts, of one had */
  learning: number;
  /** the essential items by answer; `notListed`: those a checklist does not list, counted as no */
  essential: { have: number; learning: number; no: number; of: number; notListed: number };
  /** the optional items a checklist marks had and being learnt (none are asked), of how many */
  optional: { have: number; learning: number; of: number };
  /** the items a checklist names that the occupation does not list: left out of the result */
  ignored: number;
  /** every essential item, in the occupation's order, with its answer */
  answers: (RequiredItem & { answer: ItemAnswer })[];
  /** what to learn: the essential items not had, then those being learnt, then the optional ones a checklist marks not had, then being learnt */
  toLearn: (RequiredItem & { essential: boolean; answer: ItemAnswer })[];
}

/** The answers a checklist gives, by URI, and what it names that the occupation does not list. */
export interface ChecklistAnswers {
  answers: Map<string, ItemAnswer>;
  /** items of the data set the occupation does not list (counted, not used) */
  ignored: number;
  /** lines that name no item of the data set */
  problems: ChecklistProblem[];
}

const ANSWER_OF = { had: "have", learning: "learning", not: "no" } as const;

/**
 * A checklist's entries as answers to the occupation's items: looked up among the occupation's own items
 * first (a label shared by items of other occupations is then not ambiguous), and what is not among them
 * among every item of the data set (`all`, asked only then): found there, it is ignored; found nowhere, a
 * problem at its line. An item named twice takes the strongest mark (core/item-match.ts).
 */
export function checklistAnswers(entries: readonly ChecklistEntry[], requirements: Requirements, all: () => ItemCatalog): ChecklistAnswers {
  const own = resolveChecklist(entries, itemCatalog([{ requirements }]));
  const answers = new Map<string, ItemAnswer>();
  for (const mark of ["not", "learning", "had"] as const) for (const i of own[mark]) answers.set(i.uri, ANSWER_OF[mark]);
  if (own.problems.length === 0) return { answers, ignored: 0, problems: [] };
  const lines = new Set(own.problems.map((p) => p.line));
  const elsewhere = resolveChecklist(
    entries.filter((e) => lines.has(e.line)),
    all(),
  );
  return {
    answers,
    ignored: elsewhere.had.length + elsewhere.learning.length + elsewhere.not.length,
    problems: elsewhere.problems,
  };
}

/** The assessment of an occupation's items against the answers (by URI; an essential item not answered counts as no). */
export function assessItems(
  occupation: OccupationReference,
  requirements: Pick<Requirements, "essential" | "optional">,
  given: Pick<ChecklistAnswers, "answers" | "ignored">,
  source: ItemAnswersSource,
  model: Pick<AssessmentModel, "bands"> & { requirements: Pick<AssessmentModel["requirements"], "learning"> },
): ItemAssessment {
  const { answers } = given;
  const essentialUris = new Set(requirements.essential.map((i) => i.uri));
  // an item listed as both essential and optional is essential (requirements.ts weightedItems)
  const optional = requirements.optional.filter((i) => !essentialUris.has(i.uri));
  const answerOf = (i: RequiredItem): ItemAnswer => answers.get(i.uri) ?? "no";
  const asked = requirements.essential.map((i) => ({ ...i, answer: answerOf(i) }));
  // the optional items are not asked: those a checklist marks count, the others are not known
  const optionalAnswered = optional.filter((i) => answers.has(i.uri)).map((i) => ({ ...i, answer: answerOf(i) }));
  const count = (list: readonly { answer: ItemAnswer }[], a: ItemAnswer) => list.filter((x) => x.answer === a).length;
  const have = count(asked, "have");
  const learning = count(asked, "learning");
  const weight = model.requirements.learning;
  const readiness = asked.length > 0 ? Math.round((100 * (have + weight * learning)) / asked.length) : 100;
  const lacking = (list: typeof asked, answer: ItemAnswer, essential: boolean) =>
    list.filter((x) => x.answer === answer).map((x) => ({ ...x, essential }));
  return {
    occupation,
    source,
    readiness,
    band: bandFor(model, readiness),
    categories: [{ id: "skills", score: readiness }],
    learning: weight,
    essential: {
      have,
      learning,
      no: count(asked, "no"),
      of: asked.length,
      notListed: requirements.essential.filter((i) => !answers.has(i.uri)).length,
    },
    optional: { have: count(optionalAnswered, "have"), learning: count(optionalAnswered, "learning"), of: optional.length },
    ignored: given.ignored,
    answers: asked,
    toLearn: [
      ...lacking(asked, "no", true),
      ...lacking(asked, "learning", true),
      ...lacking(optionalAnswered, "no", false),
      ...lacking(optionalAnswered, "learning", false),
    ],
  };
}
