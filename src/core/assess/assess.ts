/** An assessment, end to end: questions + answers + model -> one result object. Pure. */
import type { AssessmentModel } from "../../schema/assessment.js";
import type { Role } from "../../schema/role.js";
import { adviceFor, type Advice } from "./advice.js";
import type { Answers } from "./answers.js";
import type { Questionnaire } from "./questions.js";
import { findLadder } from "../ladder.js";
import { gapsOf, ratingsLookUniform, score, type Category, type NotMeasuredItem, type Score, type ScoredItem } from "./score.js";

export interface Gap {
  category: Category;
  name: string;
  now: string;
  needed: string;
  /** overall percentage points the gap costs, one decimal */
  impact: number;
  advice: Advice[];
}

export interface LevelReadiness {
  role: string;
  title: string;
  step: number;
  yearsNeeded: number;
  readiness: number;
  band: string;
}

export interface LadderReadiness {
  name: string;
  /** the ladder's owner role id */
  from: string;
  levels: LevelReadiness[];
  /** the level you said you hold, else the highest level you are ready for */
  youAreHere: string | null;
  youAreHereBasis: "current-role" | "readiness" | null;
  next: { role: string; title: string; readiness: number; needs: Omit<Gap, "advice">[] } | null;
}

export interface AssessmentResult {
  role: { id: string; title: string };
  skillsFrom: string;
  currentRole: string | null;
  readiness: number;
  band: string;
  categories: { id: Category; score: number; weight: number }[];
  gaps: Gap[];
  /** questions answered "not measured" (typing speed): left out of every score, never a gap */
  notMeasured: NotMeasuredItem[];
  ladder: LadderReadiness | null;
  warnings: string[];
}

const round1 = (x: number) => Math.round(x * 10) / 10;
const plainGap = (i: ScoredItem): Omit<Gap, "advice"> => ({ category: i.category, name: i.name, now: i.now, needed: i.needed, impact: round1(i.impact) });

/** The role holding the ladder `roleId` is on (the role itself if it holds one). */
export const ladderOwner = (role: Role, roles: readonly Role[]): Role | undefined => findLadder(role, roles)?.owner;

function ladderReadiness(q: Questionnaire, answers: Answers, model: AssessmentModel, owner: Role, roles: readonly Role[]): LadderReadiness {
  const byId = new Map(roles.map((r) => [r.id, r]));
  const ready = [...model.bands].sort((a, b) => b.min - a.min)[0]!;
  const scored = owner.ladder!.levels.map((lv, i) => {
    const r = byId.get(lv.role);
    const step = r?.level?.step ?? i + 1;
    const yearsNeeded = r?.level?.years.min ?? 0;
    const s = score(q, answers, model, { step, years: yearsNeeded });
    return { level: { role: lv.role, title: lv.title, step, yearsNeeded, readiness: Math.round(s.overall), band: s.band }, score: s };
  });
  let here = answers.currentRole ? scored.findIndex((x) => x.level.role === answers.currentRole) : -1;
  const basis = here >= 0 ? "current-role" : null;
  if (here < 0) scored.forEach((x, i) => x.level.readiness >= ready.min && (here = i));
  const nxt = scored[here + 1];
  return {
    name: owner.ladder!.name,
    from: owner.id,
    levels: scored.map((x) => x.level),
    youAreHere: here >= 0 ? scored[here]!.level.role : null,
    youAreHereBasis: here >= 0 ? (basis ?? "readiness") : null,
    next: nxt ? { role: nxt.level.role, title: nxt.level.title, readiness: nxt.level.readiness, needs: gapsOf(nxt.score).slice(0, 3).map(plainGap) } : null,
  };
}

export interface AssessInput {
  role: Role;
  questionnaire: Questionnaire;
  answers: Answers;
  model: AssessmentModel;
  /** every known role, to find the ladder and the roles whose data gives advice */
  roles: readonly Role[];
  /** how many gaps to report */
  maxGaps?: number;
}

export function assess({ role, questionnaire: q, answers, model, roles, maxGaps = 8 }: AssessInput): AssessmentResult {
  const s: Score = score(q, answers, model, { ...(q.step !== undefined ? { step: q.step } : {}), years: q.experienceYears });
  const owner = ladderOwner(role, roles);
  const dataRoles = [role, ...roles.filter((r) => r.id === q.skillsFrom && r.id !== role.id)];
  const warnings: string[] = [];
  if (ratingsLookUniform(answers, model)) {
    warnings.push("Every skill got the same rating, so the result may not be reliable: rate each skill on its own.");
  }
  if (q.skillsFrom !== role.id) warnings.push(`${role.title} lists no skills of its own; the skills and tools asked about are those of ${q.skillsFrom}.`);
  return {
    role: { id: role.id, title: role.title },
    skillsFrom: q.skillsFrom,
    currentRole: answers.currentRole,
    readiness: Math.round(s.overall),
    band: s.band,
    categories: s.categories.map((c) => ({ id: c.id, score: Math.round(c.score), weight: round1(c.weight * 100) / 100 })),
    gaps: gapsOf(s)
      .slice(0, maxGaps)
      .map((i) => ({ ...plainGap(i), advice: adviceFor(i, dataRoles) })),
    notMeasured: s.notMeasured,
    ladder: owner ? ladderReadiness(q, answers, model, owner, roles) : null,
    warnings,
  };
}
