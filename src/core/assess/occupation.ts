/**
 * `assess <occupation>`: an imported occupation's questions on O*NET's common scales (the skills that
 * matter most, rated 0-7 against their level anchors; the required education and related experience held,
 * among the occupation's categories), the answers checked, and the result: the skill fit as readiness, the
 * gaps weighted by importance, where you stand among the occupation's workers on education and experience,
 * and related occupations the answers fit better. The method: docs/matching.md, "assess". Pure.
 */

import type { AssessmentModel, OccupationAnswers, ScaleModel } from "../../schema/assessment.js";
import type { Anchor, IndexRow, Occupation, Reference, Share, StoredRatings } from "../../schema/occupation.js";
import type { Money, OccupationReference } from "../../schema/output.js";
import { normalizeName } from "../../text/names.js";
import { didYouMean } from "../../text/suggest.js";
import { occupationReference, wageMoney } from "../figures.js";
import { type ProfileProblem, profileFromAnswers } from "../profile.js";
import { fit as fitTo, gaps, interestsAt, type Need, needsAt, type Profile, rank } from "../scale.js";
import { bandFor } from "./score.js";

export interface SkillQuestion extends Need {
  description?: string;
  /** O*NET's examples of work at some levels of the skill, lowest first */
  anchors: Anchor[];
}

/** One category of required education (or related experience) to pick from. */
export interface CategoryChoice {
  /** the release's category number; BELOW for "none of these / less" */
  category: number;
  label: string;
  /** share of the occupation's workers who say the work requires this category */
  percent: number;
}

/** The choice below every category an occupation lists: offered where the lowest listed is not the release's first. */
export const BELOW = 0;
export const BELOW_LABEL = "None of these / less";

export interface OccupationQuestionnaire {
  occupation: { id: string; code: string; title: string };
  /** skills of at least the model's `assessImportance` that need some level: most important first */
  skills: SkillQuestion[];
  /** the categories of required education the occupation's workers name, lowest first; null without data */
  education: CategoryChoice[] | null;
  experience: CategoryChoice[] | null;
}

const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** The categories listed (with a share above 0), lowest first, with BELOW first where the lowest is above 1. */
export function categoryChoices(shares: readonly Share[] | null | undefined): CategoryChoice[] | null {
  const listed = (shares ?? [])
    .filter((s) => s.percent > 0)
    .map((s) => ({ category: s.category, label: s.label, percent: s.percent }))
    .sort((a, b) => a.category - b.category);
  if (listed.length === 0) return null;
  return listed[0]!.category > 1 ? [{ category: BELOW, label: BELOW_LABEL, percent: 0 }, ...listed] : listed;
}

/** The questions of an occupation: its details (one line of the data set) and the release's reference. */
export function occupationQuestionnaire(
  row: Pick<IndexRow, "id" | "code" | "title">,
  occupation: Pick<Occupation, "skills" | "education">,
  reference: Reference,
  model: Pick<ScaleModel, "assessImportance">,
): OccupationQuestionnaire {
  const skills: SkillQuestion[] = [];
  for (const s of occupation.skills ?? []) {
    if (s.importance === null || s.level === null || s.importance < model.assessImportance || s.level <= 0) continue;
    const info = reference.elements[s.element];
    skills.push({
      element: s.element,
      name: info?.name ?? s.name,
      kind: "skill",
      importance: s.importance,
      level: s.level,
      ...(info?.description ? { description: info.description } : {}),
      anchors: [...(info?.anchors ?? [])].sort((a, b) => a.value - b.value),
    });
  }
  skills.sort((a, b) => b.importance - a.importance || b.level - a.level || byName(a, b));
  return {
    occupation: { id: row.id, code: row.code, title: row.title },
    skills,
    education: categoryChoices(occupation.education?.required),
    experience: categoryChoices(occupation.education?.experience),
  };
}

/**
 * The category an answer names: its number, or words of its label ("bachelor" for "Bachelor's Degree"),
 * or "none of these" / "less" for BELOW where it is offered.
 */
export function resolveCategory(answer: number | string, choices: readonly CategoryChoice[]): number | { problem: string } {
  const listed = choices.filter((c) => c.category !== BELOW);
  const offer = `one of ${choices.map((c) => (c.category === BELOW ? `"none of these"` : `${c.category} (${c.label})`)).join(", ")}`;
  if (typeof answer === "number") {
    return choices.some((c) => c.category === answer) ? answer : { problem: `category ${answer} is not ${offer}` };
  }
  const wanted = normalizeName(answer);
  const exact = choices.find((c) => normalizeName(c.label) === wanted);
  if (exact) return exact.category;
  if (/^\d+$/.test(wanted)) return resolveCategory(Number(wanted), choices);
  const words = wanted.split(" ").filter(Boolean);
  const hits = listed.filter((c) => {
    const label = normalizeName(c.label).split(" ");
    return words.length > 0 && words.every((w) => label.some((l) => l.startsWith(w)));
  });
  if (hits.length === 1) return hits[0]!.category;
  if (hits.length > 1)
    return { problem: `"${answer}" could be ${hits.map((c) => `${c.category} (${c.label})`).join(" or ")}: give the number` };
  if (choices.some((c) => c.category === BELOW) && ["none", "less", "none of these"].includes(wanted)) return BELOW;
  const hint = didYouMean(
    answer,
    choices.map((c) => c.label),
  );
  return { problem: `"${answer}" is not ${offer}${hint ? `. ${hint}` : ""}` };
}

export interface OccupationAnswersChecked {
  profile: Profile;
  /** the category held (BELOW: less than any listed); null where the occupation has no such data */
  education: number | null;
  experience: number | null;
}

export type OccupationCheck = { ok: true; answers: OccupationAnswersChecked } | { ok: false; problems: ProfileProblem[] };

/**
 * Answers against the questions: names resolved (an unknown one is reported with a suggestion), every
 * skill asked rated, education and experience each one of the occupation's categories. Skills, knowledge
 * and interests answered beyond the questions stay in the profile (they count where other occupations
 * need them).
 */
export function checkOccupationAnswers(input: OccupationAnswers, q: OccupationQuestionnaire, reference: Reference): OccupationCheck {
  const { profile, problems } = profileFromAnswers(input, reference);
  for (const s of q.skills) {
    if (profile.levels[s.element] === undefined) problems.push({ path: ["skills", s.name], message: `not rated: rate ${s.name} 0-7` });
  }
  const category = (key: "education" | "experience"): number | null => {
    const choices = q[key];
    if (!choices) return null;
    const answer = input[key];
    if (answer === undefined) {
      problems.push({
        path: [key],
        message: `not answered: give ${key === "education" ? "the education" : "the experience"} you have, by number or words of its label`,
      });
      return null;
    }
    const found = resolveCategory(answer, choices);
    if (typeof found === "number") return found;
    problems.push({ path: [key], message: found.problem });
    return null;
  };
  const education = category("education");
  const experience = category("experience");
  return problems.length > 0 ? { ok: false, problems } : { ok: true, answers: { profile, education, experience } };
}

export interface CategoryStanding {
  /** the category held; BELOW: less than any the occupation lists */
  category: number;
  label: string;
  /** percent (0-100) of the occupation's workers whose requirement is at or below the category held */
  share: number;
}

export interface SteppingStone extends OccupationReference {
  /** O*NET's relatedness tier (Primary-Short, Primary-Long, Supplemental) */
  tier: string | null;
  /** the answers' fit to it, percent */
  fit: number;
  /** the OEWS median a year, as every command gives it (core/figures.ts) */
  median: Money | null;
  jobZone: number | null;
}

export interface OccupationAssessment {
  occupation: { id: string; code: string; title: string };
  /** the skill fit over the skills asked, percent */
  readiness: number;
  band: string;
  categories: { id: "skills" | "education" | "experience"; score: number }[];
  /** every skill asked: importance, the level needed, yours, and the share of the need met (0-1) */
  skills: { element: string; name: string; importance: number; need: number; have: number; met: number }[];
  /** skills below the level needed, biggest weighted gap (gap x importance) first */
  gaps: { element: string; name: string; importance: number; need: number; have: number; gap: number; weighted: number }[];
  /** skills at or above the level needed */
  transferable: { element: string; name: string; importance: number; need: number; have: number }[];
  education: CategoryStanding | null;
  experience: CategoryStanding | null;
  advice: {
    /** related occupations the answers fit better than this one, best fit first */
    steppingStones: SteppingStone[];
    /** where most of the occupation's workers need more education than you hold */
    education: { above: number; common: { category: number; label: string; percent: number } } | null;
  };
}

const round2 = (x: number) => Math.round(x * 100) / 100;
const pct = (x: number) => Math.round(x * 100);

/** Percent of the listed shares at or below `category` (of all the shares listed, so that they add up to 100). */
function standing(choices: readonly CategoryChoice[] | null, category: number | null): CategoryStanding | null {
  if (!choices || category === null) return null;
  const total = choices.reduce((s, c) => s + c.percent, 0);
  const below = choices.filter((c) => c.category <= category).reduce((s, c) => s + c.percent, 0);
  const label = choices.find((c) => c.category === category)?.label ?? BELOW_LABEL;
  return { category, label, share: total > 0 ? Math.round((below / total) * 100) : 0 };
}

export interface OccupationAssessInput {
  q: OccupationQuestionnaire;
  answers: OccupationAnswersChecked;
  model: AssessmentModel;
  /** the data set's ratings: at least the occupation's, with its related occupations and theirs */
  ratings: StoredRatings;
  /** the occupation's place in the data set */
  place: number;
  /** a row of the index by place */
  row: (i: number) => IndexRow;
  reference: Reference;
  /** the OEWS period the index's medians are of (May 2024); null without OEWS */
  wagesAsOf: string | null;
}

export function assessOccupation({
  q,
  answers,
  model,
  ratings,
  place,
  row,
  reference,
  wagesAsOf,
}: OccupationAssessInput): OccupationAssessment {
  const scale = model.occupations;
  const { profile } = answers;
  const asked = q.skills.map(({ element, name, kind, importance, level }): Need => ({ element, name, kind, importance, level }));
  // readiness: how much of each needed level the answers reach (coverage); what else they rate is not asked here
  const skillFit = fitTo({ levels: profile.levels }, asked, { ...scale, use: 0 });
  const readiness = pct(skillFit.score);
  const g = gaps(profile, asked, scale);
  const education = standing(q.education, answers.education);
  const experience = standing(q.experience, answers.experience);

  // stepping stones: related occupations the whole profile fits better than this one, on the same measure
  const target = fitTo(profile, needsAt(ratings, place, reference), scale, interestsAt(ratings, place)).score;
  const related = (ratings.related[place] ?? []).filter(([i]) => i !== place);
  const tiers = new Map(related.map(([i, tier]) => [i, tier]));
  const stones = rank(
    profile,
    related.map(([i]) => ({ i, title: row(i).title, needs: needsAt(ratings, i, reference), interests: interestsAt(ratings, i) })),
    scale,
  )
    .filter((r) => r.fit.score > target)
    .slice(0, scale.steppingStones)
    .map((r): SteppingStone => {
      const o = row(r.i);
      return {
        ...occupationReference(o),
        tier: tiers.get(r.i) ?? null,
        fit: pct(r.fit.score),
        median: wageMoney(o.median, "year", wagesAsOf, o.blsBasis),
        jobZone: o.jobZone,
      };
    });

  let educationAdvice: OccupationAssessment["advice"]["education"] = null;
  if (education && education.share < 50) {
    const higher = q.education!.filter((c) => c.category > education.category);
    const common = higher.reduce((best, c) => (c.percent > best.percent ? c : best), higher[0]!);
    educationAdvice = { above: 100 - education.share, common: { category: common.category, label: common.label, percent: common.percent } };
  }

  return {
    occupation: q.occupation,
    readiness,
    band: bandFor(model, readiness),
    categories: [
      { id: "skills", score: readiness },
      ...(education ? [{ id: "education" as const, score: education.share }] : []),
      ...(experience ? [{ id: "experience" as const, score: experience.share }] : []),
    ],
    skills: asked.map((n) => {
      const have = profile.levels[n.element] ?? 0;
      return {
        element: n.element,
        name: n.name,
        importance: n.importance,
        need: n.level,
        have,
        met: round2(Math.min(have, n.level) / n.level),
      };
    }),
    gaps: g.toBuild.map((x) => ({
      element: x.element,
      name: x.name,
      importance: x.importance,
      need: x.level,
      have: x.have,
      gap: round2(x.gap),
      weighted: round2(x.weighted),
    })),
    transferable: g.transferable.map((x) => ({ element: x.element, name: x.name, importance: x.importance, need: x.level, have: x.have })),
    education,
    experience,
    advice: { steppingStones: stones, education: educationAdvice },
  };
}

/** An answers file to fill in: every question present, none answered (null, which --answers refuses until answered). */
export interface OccupationTemplate {
  occupation: string;
  /** skill name -> null, to be replaced by a level 0-7 */
  skills: Record<string, null>;
  education?: null;
  experience?: null;
}

export function occupationTemplate(q: OccupationQuestionnaire): OccupationTemplate {
  return {
    occupation: q.occupation.id,
    skills: Object.fromEntries(q.skills.map((s) => [s.name, null])),
    ...(q.education ? { education: null } : {}),
    ...(q.experience ? { experience: null } : {}),
  };
}
