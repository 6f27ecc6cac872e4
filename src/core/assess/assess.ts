/** An assessment, end to end: questions + answers + model -> one result object. Pure. */

import type { z } from "zod";
import { CareersError } from "../../errors.js";
import type { AssessmentModel } from "../../schema/assessment.js";
import type { assessOutput } from "../../schema/outputs-assess.js";
import type { Role } from "../../schema/role.js";
import { findLadder, successors } from "../ladder.js";
import { type Advice, adviceFor } from "./advice.js";
import type { Answers } from "./answers.js";
import { addedNeeds, buildQuestionnaire, type NeedSummary, needsList, type Questionnaire } from "./questions.js";
import { type Category, gapsOf, ratingsLookUniform, type Score, type ScoredItem, score } from "./score.js";

export interface Gap {
  category: Category;
  id: string;
  name: string;
  now: string;
  needed: string;
  /** overall percentage points the gap costs, one decimal */
  impact: number;
  /** true where the need is one the role inherits (or borrows) from another role */
  inherited: boolean;
  /** the role stating the need; null for tools */
  from: string | null;
  advice: Advice[];
}

export interface LevelReadiness {
  role: string;
  title: string;
  step: number;
  /** years of experience the level needs; null where it states none */
  yearsNeeded: number | null;
  /** null where the level has no role file, nothing to assess, or needs the answers do not cover */
  readiness: number | null;
  band: string | null;
  /**
   * needs of this level the answers did not cover: where there is any, the level is not assessed (no
   * readiness, no band), never scored as though they were not met
   */
  notAsked: string[];
}

export interface NextStep {
  role: string;
  title: string;
  /** null where the step is not assessed (the answers do not cover all its needs) */
  readiness: number | null;
  /** what the step needs beyond the level you are at (everything, where you are at none) */
  adds: NeedSummary[];
  /** its biggest gaps among the needs asked, by what they cost */
  needs: Omit<Gap, "advice">[];
}

export interface LadderReadiness {
  name: string;
  /** the ladder's owner role id */
  from: string;
  levels: LevelReadiness[];
  /** the level you said you hold, else the highest level you are ready for */
  youAreHere: string | null;
  youAreHereBasis: "current-role" | "readiness" | null;
  /**
   * one step up from where you are; where you are at none, the first level assessed (the role assessed,
   * or a level below it whose needs the answers cover); never a level below where you are
   */
  next: NextStep | null;
}

/**
 * A role's readiness check: the role, whose requirements were asked (its own, or the role it borrows them
 * from), the readiness and its band, the categories, every need asked (inherited ones marked), the gaps,
 * the needs answered "not measured" (left out of every score, never a gap), the ladder, what is said about
 * the questions and the answers: the type of the schema of assess's output (schema/outputs-assess.ts).
 */
export type AssessmentResult = z.output<typeof assessOutput>;

const round1 = (x: number) => Math.round(x * 10) / 10;
const plainGap = (i: ScoredItem): Omit<Gap, "advice"> => ({
  category: i.category,
  id: i.id,
  name: i.name,
  now: i.now,
  needed: i.needed,
  impact: round1(i.impact),
  inherited: i.origin?.inherited ?? false,
  from: i.origin?.from ?? null,
});

/** The role holding the ladder `role` is on (the role itself if it holds one). */
export const ladderOwner = (role: Role, roles: readonly Role[]): Role | undefined => findLadder(role, roles)?.owner;

/** A level's questions, or null where it has no role file or nothing to ask. */
function levelQuestionnaire(role: Role | undefined, model: AssessmentModel, roles: readonly Role[]): Questionnaire | null {
  if (!role) return null;
  try {
    return buildQuestionnaire(role, model, roles);
  } catch (err) {
    if (err instanceof CareersError) return null;
    throw err;
  }
}

function ladderReadiness(
  assessed: { role: Role; q: Questionnaire },
  answers: Answers,
  model: AssessmentModel,
  owner: Role,
  roles: readonly Role[],
): LadderReadiness {
  const ladder = owner.ladder!;
  const byId = new Map(roles.map((r) => [r.id, r]));
  byId.set(owner.id, owner);
  const ready = [...model.bands].sort((a, b) => b.min - a.min)[0]!;
  const rows = ladder.levels.map((lv, i) => {
    const r = lv.role === assessed.role.id ? assessed.role : byId.get(lv.role);
    const q = lv.role === assessed.role.id ? assessed.q : levelQuestionnaire(r, model, roles);
    const s: Score | null = q && score(q, answers, model);
    const covered = s !== null && s.notAsked.length === 0;
    const level: LevelReadiness = {
      role: lv.role,
      title: lv.title,
      step: r?.level?.step ?? i + 1,
      yearsNeeded: q?.experience?.years ?? r?.level?.years.min ?? null,
      readiness: covered ? Math.round(s.overall) : null,
      band: covered ? s.band : null,
      notAsked: s?.notAsked ?? [],
    };
    return { level, q, s };
  });
  const indexOf = (id: string) => rows.findIndex((x) => x.level.role === id);
  let here = answers.currentRole ? indexOf(answers.currentRole) : -1;
  const basis = here >= 0 ? "current-role" : null;
  if (here < 0) rows.forEach((x, i) => (x.level.readiness ?? -1) >= ready.min && (here = i));
  const up = successors(ladder);
  // the steps up from where you are (where you are at none: the first level assessed), best readiness first
  const first = rows.find((x) => x.level.readiness !== null) ?? rows[0]!;
  const candidates = (here >= 0 ? (up.get(rows[here]!.level.role) ?? []) : [first.level.role])
    .map(indexOf)
    .filter((i) => i >= 0)
    .sort((a, b) => (rows[b]!.level.readiness ?? -1) - (rows[a]!.level.readiness ?? -1) || a - b);
  const nxt = candidates.length > 0 ? rows[candidates[0]!] : undefined;
  return {
    name: ladder.name,
    from: owner.id,
    levels: rows.map((x) => x.level),
    youAreHere: here >= 0 ? rows[here]!.level.role : null,
    youAreHereBasis: here >= 0 ? (basis ?? "readiness") : null,
    next: nxt
      ? {
          role: nxt.level.role,
          title: nxt.level.title,
          readiness: nxt.level.readiness,
          adds: nxt.q ? addedNeeds(here >= 0 ? rows[here]!.q : null, nxt.q) : [],
          needs: nxt.s
            ? gapsOf(nxt.s)
                .filter((g) => g.asked)
                .slice(0, 3)
                .map(plainGap)
            : [],
        }
      : null,
  };
}

export interface AssessInput {
  role: Role;
  questionnaire: Questionnaire;
  answers: Answers;
  model: AssessmentModel;
  /** every known role: the ladder, the levels' own requirements and the data advice comes from */
  roles: readonly Role[];
  /** how many gaps to report */
  maxGaps?: number;
}

export function assess({ role, questionnaire: q, answers, model, roles, maxGaps = 8 }: AssessInput): AssessmentResult {
  const s: Score = score(q, answers, model);
  const owner = ladderOwner(role, roles);
  const byId = new Map(roles.map((r) => [r.id, r]));
  byId.set(role.id, role);
  const warnings: string[] = [];
  if (ratingsLookUniform(answers, model)) {
    warnings.push("Every skill got the same rating, so the result may not be reliable: rate each skill on its own.");
  }
  return {
    role: { id: role.id, title: role.title },
    requirementsFrom: q.requirementsFrom,
    basis: q.basis,
    currentRole: answers.currentRole,
    readiness: Math.round(s.overall),
    band: s.band,
    categories: s.categories.map((c) => ({ id: c.id, score: Math.round(c.score), weight: round1(c.weight * 100) / 100 })),
    requirements: needsList(q),
    levelsInferred: q.levelsInferred,
    gaps: gapsOf(s)
      .slice(0, maxGaps)
      .map((i) => ({ ...plainGap(i), advice: adviceFor(i, byId) })),
    notMeasured: s.notMeasured,
    ladder: owner ? ladderReadiness({ role, q }, answers, model, owner, roles) : null,
    about: q.notes,
    warnings,
  };
}
