/**
 * The readiness score: deterministic arithmetic over answers, questions and the model's weights.
 *
 * - Each item scores 0..1: a skill min(rating / target, 1); typing speed min(wpm / required wpm, 1), or,
 *   when not measured, no item at all (listed in `notMeasured`, its weight not counted);
 *   experience min(years / required years, 1) (1 when none are required); education
 *   min(rank(answer) / rank(required), 1) by the model's ordered levels; tools: the share of tool groups
 *   covered, divided by the model's coverage target, at most 1.
 * - A category's score is the weighted mean of its items (skill groups weighted by the model).
 * - The overall score is the weighted mean of the categories present, as a percentage.
 * - An item's impact is the overall percentage points it costs: (1 - item score) x its share of the total.
 * Rounding happens only for display: scores to whole percents, impacts to one decimal.
 */
import { compareText } from "../../text/names.js";
import type { AssessmentModel } from "../../schema/assessment.js";
import type { Answers } from "./answers.js";
import { skillTargetFor, type Questionnaire, type SkillGroup } from "./questions.js";

export type Category = "skills" | "experience" | "education" | "tools";
export const CATEGORIES: readonly Category[] = ["skills", "experience", "education", "tools"];

export interface ScoredItem {
  category: Category;
  /** the skill or tool group name, or the category for single-item categories */
  name: string;
  group?: SkillGroup | "typing";
  score: number;
  now: string;
  needed: string;
  /** overall percentage points this item costs (0 when fully met) */
  impact: number;
}

/** A question the role asks that was not answered with a measurement: left out of the score. */
export interface NotMeasuredItem {
  category: Category;
  name: string;
  needed: string;
}

export interface CategoryScore {
  id: Category;
  /** 0-100 */
  score: number;
  /** the category's share of the overall score, after leaving out absent categories (0-1) */
  weight: number;
}

export interface Score {
  /** 0-100 */
  overall: number;
  band: string;
  categories: CategoryScore[];
  items: ScoredItem[];
  notMeasured: NotMeasuredItem[];
}

export interface Target {
  /** ladder step (sets the skill target) */
  step?: number;
  /** years of experience required */
  years: number;
}

const clamp01 = (x: number) => Math.max(0, Math.min(1, x));

export function bandFor(model: AssessmentModel, overall: number): string {
  const sorted = [...model.bands].sort((a, b) => b.min - a.min);
  return (sorted.find((b) => overall >= b.min) ?? sorted[sorted.length - 1]!).id;
}

interface Weighted {
  item: Omit<ScoredItem, "impact">;
  weight: number;
}

function skillItems(q: Questionnaire, a: Answers, model: AssessmentModel, target: Target): Weighted[] {
  const need = skillTargetFor(model, target.step);
  const label = (v: number) => model.ratingScale.find((r) => r.value === v)?.id ?? String(v);
  const items: Weighted[] = q.skills.map((s) => {
    const rating = a.skills[s.name] ?? 0;
    return {
      item: { category: "skills", name: s.name, group: s.group, score: clamp01(rating / need), now: label(rating), needed: label(need) },
      weight: model.skillGroupWeights[s.group],
    };
  });
  if (q.typing && a.typingWpm !== undefined) {
    const wpm = a.typingWpm;
    items.push({
      item: { category: "skills", name: TYPING, group: "typing", score: clamp01(wpm / q.typing.minWpm), now: `${wpm} WPM`, needed: typingNeeded(q.typing) },
      weight: model.skillGroupWeights.technical,
    });
  }
  return items;
}

const TYPING = "Typing speed";
const typingNeeded = (t: NonNullable<Questionnaire["typing"]>) => `${t.minWpm}${t.maxWpm ? `-${t.maxWpm}` : ""} WPM`;

/** Typing speed, when the role asks for it and no speed was measured. */
const notMeasured = (q: Questionnaire, a: Answers): NotMeasuredItem[] =>
  q.typing && a.typingWpm === undefined ? [{ category: "skills", name: TYPING, needed: typingNeeded(q.typing) }] : [];

function experienceItem(a: Answers, target: Target): Weighted {
  const score = target.years === 0 ? 1 : clamp01(a.experienceYears / target.years);
  const years = (n: number) => `${n} year${n === 1 ? "" : "s"}`;
  return { item: { category: "experience", name: "Customer-facing experience", score, now: years(a.experienceYears), needed: years(target.years) }, weight: 1 };
}

function educationItem(q: Questionnaire, a: Answers): Weighted {
  const levels = q.education.levels;
  const rank = (id: string) => levels.findIndex((l) => l.id === id);
  const need = rank(q.education.required);
  const score = need <= 0 ? 1 : clamp01(rank(a.education) / need);
  const label = (id: string) => levels.find((l) => l.id === id)?.label ?? id;
  return { item: { category: "education", name: "Highest education", score, now: label(a.education), needed: label(q.education.required) }, weight: 1 };
}

function toolsItem(q: Questionnaire, a: Answers, model: AssessmentModel): Weighted | undefined {
  if (q.tools.length === 0) return undefined;
  const used = new Set(a.tools);
  const covered = q.tools.filter((g) => g.options.some((o) => used.has(o)));
  const targetGroups = Math.ceil(q.tools.length * model.tools.coverageTarget);
  const score = clamp01(covered.length / (q.tools.length * model.tools.coverageTarget));
  const missing = q.tools.filter((g) => !covered.includes(g)).map((g) => g.name);
  return {
    item: {
      category: "tools",
      name: "Tools used",
      score,
      now: `${covered.length} of ${q.tools.length} kinds`,
      needed: `${targetGroups} of ${q.tools.length} kinds${score < 1 && missing.length ? `, e.g. ${missing.slice(0, 3).join(", ")}` : ""}`,
    },
    weight: 1,
  };
}

export function score(q: Questionnaire, a: Answers, model: AssessmentModel, target: Target): Score {
  const byCategory = new Map<Category, Weighted[]>([
    ["skills", skillItems(q, a, model, target)],
    ["experience", [experienceItem(a, target)]],
    ["education", [educationItem(q, a)]],
  ]);
  const tools = toolsItem(q, a, model);
  if (tools) byCategory.set("tools", [tools]);

  const present = CATEGORIES.filter((c) => (byCategory.get(c)?.length ?? 0) > 0 && model.weights[c] > 0);
  const totalWeight = present.reduce((s, c) => s + model.weights[c], 0);
  const categories: CategoryScore[] = [];
  const items: ScoredItem[] = [];
  let overall = 0;
  for (const c of present) {
    const list = byCategory.get(c)!;
    const share = model.weights[c] / totalWeight;
    const inner = list.reduce((s, w) => s + w.weight, 0);
    const catScore = inner === 0 ? 0 : list.reduce((s, w) => s + w.item.score * w.weight, 0) / inner;
    overall += share * catScore;
    categories.push({ id: c, score: catScore * 100, weight: share });
    for (const w of list) items.push({ ...w.item, impact: inner === 0 ? 0 : (1 - w.item.score) * (w.weight / inner) * share * 100 });
  }
  const pct = overall * 100;
  return { overall: pct, band: bandFor(model, Math.round(pct)), categories, items, notMeasured: notMeasured(q, a) };
}

/** Items not fully met, biggest impact first (ties: category order, then name). */
export function gapsOf(s: Score): ScoredItem[] {
  return s.items
    .filter((i) => i.score < 1)
    .sort((a, b) => b.impact - a.impact || CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category) || compareText(a.name, b.name));
}

/** True when many skills were rated and every rating is the same. */
export function ratingsLookUniform(a: Answers, model: AssessmentModel): boolean {
  const values = Object.values(a.skills);
  return values.length >= model.sameRatingWarningMin && values.every((v) => v === values[0]);
}
