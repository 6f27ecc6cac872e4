/**
 * The interactive ladder walk as a pure state machine: where you are, how you got there (for "back"),
 * and which moves are open. The prompt layer only shows the choices and applies the one picked.
 *
 * Moves from a level:
 * - up: a level one step up on the same track;
 * - switch: a level of another track. On a ladder that gives branches (any level has `next`), only a
 *   level of another track that the current level's `next` names; on a linear ladder (no `next`
 *   anywhere, such as the guide's), the first level of the other track listed after the current one;
 * - lateral: look at one of the ladder's lateral moves (you stay where you are);
 * - back: return to the level you came from; quit.
 */
import type { LadderStep, LadderView } from "./ladder.js";
import { stepOf } from "./ladder.js";

export interface WalkState {
  current: string;
  /** levels walked through, oldest first; "back" pops the last */
  history: string[];
  /** index of the lateral move being looked at, or null */
  lateral: number | null;
  done: boolean;
}

export type WalkAction =
  | { type: "up"; to: string }
  | { type: "switch"; to: string; track: string }
  | { type: "lateral"; index: number }
  | { type: "back" }
  | { type: "quit" };

export function startWalk(view: LadderView, at?: string): WalkState {
  const first = at && stepOf(view, at) ? at : view.steps[0]!.role;
  return { current: first, history: [], lateral: null, done: false };
}

/** The moves open from the current level, in menu order. */
export function walkActions(view: LadderView, state: WalkState): WalkAction[] {
  if (state.done) return [];
  const here = stepOf(view, state.current);
  if (!here) return [{ type: "quit" }];
  const nextSteps = here.next.map((id) => stepOf(view, id)).filter((s): s is LadderStep => s !== undefined);
  const linear = !view.steps.some((s) => s.nextGiven);
  const actions: WalkAction[] = nextSteps.filter((s) => s.track === here.track).map((s) => ({ type: "up", to: s.role }));
  for (const track of view.tracks) {
    if (track.id === here.track) continue;
    const branch = nextSteps.filter((s) => s.track === track.id);
    const targets = !linear ? branch : firstAfter(view, here, track.id);
    for (const s of targets) actions.push({ type: "switch", to: s.role, track: track.id });
  }
  view.lateralMoves.forEach((_, index) => actions.push({ type: "lateral", index }));
  if (state.history.length > 0) actions.push({ type: "back" });
  actions.push({ type: "quit" });
  return actions;
}

function firstAfter(view: LadderView, here: LadderStep, track: string): LadderStep[] {
  const s = view.steps.find((x) => x.position > here.position && x.track === track);
  return s ? [s] : [];
}

/** Apply a move. A move that is not open from the current state is an error (a bug in the caller). */
export function applyWalk(state: WalkState, action: WalkAction): WalkState {
  if (state.done) throw new Error("applyWalk: the walk has ended");
  switch (action.type) {
    case "up":
    case "switch":
      return { current: action.to, history: [...state.history, state.current], lateral: null, done: false };
    case "lateral":
      return { ...state, lateral: action.index };
    case "back": {
      const previous = state.history.at(-1);
      if (previous === undefined) throw new Error("applyWalk: nowhere to go back to");
      return { current: previous, history: state.history.slice(0, -1), lateral: null, done: false };
    }
    case "quit":
      return { ...state, lateral: null, done: true };
  }
}
