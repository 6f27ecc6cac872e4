/**
 * The readiness score: deterministic arithmetic over answers, a questionnaire's needs and the model's
 * category weights.
 *
 * - Each need scores 0..1: a skill min(rating / level needed, 1) (1 where the level needed is 0); a
 *   measure min(value / minimum, 1), or, when not measured, no item at all (listed in `notMeasured`, its
 *   weight not counted); experience min(years / years needed, 1) (1 when none are needed); education
 *   min(rank(answer) / rank(needed), 1) by the role format's ordered levels (none = 0); a credential 1 if
 *   held, else 0; tools: the share of tool groups covered, divided by the model's coverage target, at most 1.
 * - A need that was not asked (scoring a level whose needs differ from the role assessed) scores 0 and
 *   is listed in `notAsked`: the score is then what the answers show at least.
 * - A category's score is the weighted mean of its needs (each weighs its importance, else 1).
 * - The overall score is the weighted mean of the categories present, as a percentage.
 * - A need's impact is the overall percentage points it costs: (1 - its score) x its share of the total.
 * Rounding happens only for display: scores to whole percents, impacts to one decimal.
 */

import type { AssessmentModel } from "../../schema/assessment.js";
import { compareText } from "../../text/names.js";
import type { Answers } from "./answers.js";
import { educationRank, experienceNeeded, levelLabel, measureNeeded, type NeedOrigin, type Questionnaire } from "./questions.js";

export type Category = "skills" | "experience" | "education" | "credentials" | "tools";
export const CATEGORIES: readonly Category[] = ["skills", "experience", "education", "credentials", "tools"];

export interface ScoredItem {
  category: Category;
  /** the need's id ("experience", "education", "tools" for those) */
  id: string;
  name: string;
  score: number;
  now: string;
  needed: string;
  /** overall percentage points this need costs (0 when fully met) */
  impact: number;
  /** false where the answers did not cover it */
  asked: boolean;
  /** where the need is stated, for its advice; absent for tools */
  origin?: NeedOrigin;
}

/** A need that was answered "not measured": left out of the score. */
export interface NotMeasuredItem {
  category: Category;
  id: string;
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
  /** names of needs the answers did not cover */
  notAsked: string[];
}

const clamp01 = (x: number) => Math.max(0, Math.min(1, x));
const NOT_ASKED = "not asked";

export function bandFor(model: Pick<AssessmentModel, "bands">, overall: number): string {
  const sorted = [...model.bands].sort((a, b) => b.min - a.min);
  return (sorted.find((b) => overall >= b.min) ?? sorted[sorted.length - 1]!).id;
}

interface Weighted {
  item: Omit<ScoredItem, "impact">;
  weight: number;
}

const years = (n: number) => `${n} year${n === 1 ? "" : "s"}`;

function skillItems(q: Questionnaire, a: Answers, notMeasured: NotMeasuredItem[]): Weighted[] {
  const items: Weighted[] = q.skills.map((s) => {
    const rating = a.skills[s.id];
    const asked = rating !== undefined;
    const score = s.level <= 0 ? 1 : asked ? clamp01(rating / s.level) : 0;
    const item = {
      category: "skills" as const,
      id: s.id,
      name: s.name,
      score,
      now: asked ? levelLabel(q.scale, rating) : NOT_ASKED,
      needed: levelLabel(q.scale, s.level),
      asked,
      origin: s,
    };
    return { item, weight: s.weight };
  });
  for (const m of q.measures) {
    const asked = m.id in a.measures;
    const value = a.measures[m.id];
    if (asked && (value === null || value === undefined)) {
      notMeasured.push({ category: "skills", id: m.id, name: m.name, needed: measureNeeded(m) });
      continue;
    }
    const item = {
      category: "skills" as const,
      id: m.id,
      name: m.name,
      score: asked ? clamp01(value! / m.min) : 0,
      now: asked ? `${value} ${m.unit}` : NOT_ASKED,
      needed: measureNeeded(m),
      asked,
      origin: m,
    };
    items.push({ item, weight: m.weight });
  }
  return items;
}

function experienceItems(q: Questionnaire, a: Answers): Weighted[] {
  const e = q.experience;
  if (!e) return [];
  const asked = a.experienceYears !== null;
  const score = e.years === 0 ? 1 : asked ? clamp01(a.experienceYears! / e.years) : 0;
  const item = {
    category: "experience" as const,
    id: "experience",
    name: `Experience of ${e.of}`,
    score,
    now: asked ? years(a.experienceYears!) : NOT_ASKED,
    needed: experienceNeeded(e),
    asked,
    origin: e,
  };
  return [{ item, weight: e.weight }];
}

function educationItems(q: Questionnaire, a: Answers): Weighted[] {
  const e = q.education;
  if (!e) return [];
  const label = (id: string) => q.educationLevels.find((l) => l.id === id)?.label ?? id;
  const need = educationRank(e.level);
  const asked = a.education !== null;
  const score = need <= 0 ? 1 : asked ? clamp01(educationRank(a.education!) / need) : 0;
  const item = {
    category: "education" as const,
    id: "education",
    name: "Education",
    score,
    now: asked ? label(a.education!) : NOT_ASKED,
    needed: label(e.level),
    asked,
    origin: e,
  };
  return [{ item, weight: e.weight }];
}

function credentialItems(q: Questionnaire, a: Answers): Weighted[] {
  return q.credentials.map((c) => {
    const held = a.credentials[c.id];
    const asked = held !== undefined;
    const item = {
      category: "credentials" as const,
      id: c.id,
      name: c.name,
      score: held ? 1 : 0,
      now: asked ? (held ? "held" : "not held") : NOT_ASKED,
      needed: c.kind,
      asked,
      origin: c,
    };
    return { item, weight: c.weight };
  });
}

function toolItems(q: Questionnaire, a: Answers, model: AssessmentModel): Weighted[] {
  if (q.tools.length === 0) return [];
  const asked = a.toolsFrom !== null && a.toolsFrom === (q.toolsFrom ?? null);
  const used = new Set(a.tools);
  const covered = q.tools.filter((g) => g.options.some((o) => used.has(o)));
  const targetGroups = Math.ceil(q.tools.length * model.tools.coverageTarget);
  const score = clamp01(covered.length / (q.tools.length * model.tools.coverageTarget));
  const missing = q.tools.filter((g) => !covered.includes(g)).map((g) => g.name);
  const item = {
    category: "tools" as const,
    id: "tools",
    name: "Tools used",
    score,
    // tools of another role than those asked: the ones named in both count, the rest as not used
    now: `${covered.length} of ${q.tools.length} kinds${asked ? "" : ` (${NOT_ASKED}: those of another role)`}`,
    needed: `${targetGroups} of ${q.tools.length} kinds${score < 1 && missing.length ? `, e.g. ${missing.slice(0, 3).join(", ")}` : ""}`,
    asked,
  };
  return [{ item, weight: 1 }];
}

export function score(q: Questionnaire, a: Answers, model: AssessmentModel): Score {
  const notMeasured: NotMeasuredItem[] = [];
  const byCategory = new Map<Category, Weighted[]>([
    ["skills", skillItems(q, a, notMeasured)],
    ["experience", experienceItems(q, a)],
    ["education", educationItems(q, a)],
    ["credentials", credentialItems(q, a)],
    ["tools", toolItems(q, a, model)],
  ]);
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
  return {
    overall: pct,
    band: bandFor(model, Math.round(pct)),
    categories,
    items,
    notMeasured,
    notAsked: items.filter((i) => !i.asked).map((i) => i.name),
  };
}

/** Needs not fully met, biggest impact first (ties: category order, then name). */
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
