/** `careers assess <ESCO occupation>`: readiness by essential items and what to learn; a sheet for csv and markdown. Pure. */
import type { ItemAssessment } from "../core/assess/items.js";
import { readinessHeadline } from "./assess-occupation.js";
import { bullets, heading, joinBlocks, paragraph } from "./blocks.js";
import type { Sheet } from "./flat.js";
import type { Style } from "./style.js";
import { renderTable } from "./table.js";

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** What the result's notes say: items a checklist leaves out or names beyond the occupation, optional items not asked. */
function notes(r: ItemAssessment): string[] {
  const e = r.essential;
  return [
    ...(e.notListed > 0 ? [`${plural(e.notListed, "essential item")} the answers do not list, counted as not had.`] : []),
    ...(r.ignored > 0
      ? [`${plural(r.ignored, "item")} of the answers ${r.ignored === 1 ? "is" : "are"} not listed by ${r.occupation.title}: left out.`]
      : []),
    ...(r.optional.of > 0 && r.source.kind === "interactive"
      ? [
          `Its ${plural(r.optional.of, "optional item")} ${r.optional.of === 1 ? "is" : "are"} not asked (careers show ${r.occupation.id} lists them).`,
        ]
      : []),
  ];
}

export function renderItemAssessment(r: ItemAssessment, style: Style): string {
  const e = r.essential;
  const headline = readinessHeadline(
    style,
    r,
    `The share of its ${plural(e.of, "essential ESCO skill or knowledge item", "essential ESCO skills and knowledge items")} you have: ${e.have} had, ${e.learning} being learnt (each counts ${r.learning} of one had), ${e.no} not yet.`,
  );
  const answers = renderTable(style, {
    head: ["Essential item", "Kind", "You"],
    rows: r.answers.map((a) => [a.label, a.kind, a.answer]),
    align: ["left", "left", "left"],
    compact: true,
  });
  const toLearn = r.toLearn.length
    ? `${heading(style, "What to learn")}\n${bullets(
        style,
        r.toLearn.map((i) => `${i.label}${i.essential ? "" : " (optional)"}${i.answer === "learning" ? ": being learnt" : ""}`),
      )}`
    : paragraph(style, "Nothing to learn: you have every essential item.");
  const said = notes(r);
  return (
    joinBlocks([
      headline,
      answers,
      toLearn,
      said.length ? style.c.dim(paragraph(style, said.join(" "))) : "",
      style.c.dim(paragraph(style, `See docs/matching.md, "assess over ESCO". Details: careers show ${r.occupation.id}`)),
    ]) + "\n"
  );
}

export function itemAssessmentSheet(r: ItemAssessment): Sheet {
  const learn = new Set(r.toLearn.map((i) => i.uri));
  return {
    title: `Readiness for ${r.occupation.title} (${r.occupation.code}): ${r.readiness}% (${r.band})`,
    head: ["uri", "label", "kind", "essential", "answer", "toLearn"],
    rows: [
      ...r.answers.map((a) => [a.uri, a.label, a.kind, true, a.answer, learn.has(a.uri)]),
      ...r.toLearn.filter((i) => !i.essential).map((i) => [i.uri, i.label, i.kind, false, i.answer, true]),
    ],
    ...(notes(r).length ? { notes: [{ heading: "Notes", items: notes(r) }] } : {}),
  };
}
