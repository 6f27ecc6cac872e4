/**
 * `careers path --interactive`: a guided walk up a career ladder. The moves come from the pure state
 * machine in core/walk.ts; this module only shows them with inquirer and applies the one picked.
 * The select prompt is injectable so tests (and scripts) can drive the walk without a terminal.
 */
import type { LadderStep, LadderView } from "../core/ladder.js";
import { stepOf } from "../core/ladder.js";
import { applyWalk, startWalk, type WalkAction, type WalkState, walkActions } from "../core/walk.js";
import { formatMoney, formatYears } from "../render/format.js";
import { formatChange, renderLevelCard } from "../render/path.js";
import type { Style } from "../render/style.js";
import { hang } from "../render/text.js";
import { safeOutput } from "../schema/control-chars.js";
import { shownConfig, shownText } from "./shown.js";
import { ask } from "./terminal.js";

export interface SelectChoice<V> {
  name: string;
  value: V;
  /** what the prompt shows as the answer once picked */
  short?: string;
}

/** The subset of @inquirer/select's config the walk uses. */
export interface SelectConfig<V> {
  message: string;
  choices: SelectChoice<V>[];
  pageSize?: number;
  loop?: boolean;
}

export type SelectPrompt = <V>(config: SelectConfig<V>) => Promise<V>;

export interface WalkOptions {
  write: (text: string) => void;
  style: Style;
  /** replaces @inquirer/select (tests use @inquirer/testing's render) */
  select?: SelectPrompt;
}

type MenuValue = WalkAction | { type: "lateral-menu" };

const BACK_TO_LADDER = -1;

async function defaultSelect(): Promise<SelectPrompt> {
  const { default: select } = await import("@inquirer/select");
  return (config) => select(config);
}

const brief = (s: LadderStep): string =>
  [`step ${s.position}`, formatYears(s.years ?? undefined), formatMoney(s.median ?? undefined, s.currency ?? "USD")].join(", ");

/** The menu line for a move. */
export function actionLabel(view: LadderView, state: WalkState, action: MenuValue): string {
  const at = (id: string) => stepOf(view, id);
  switch (action.type) {
    case "up": {
      const s = at(action.to)!;
      return `Go up to ${s.title} (${brief(s)}; ${formatChange(s)})`;
    }
    case "switch": {
      const s = at(action.to)!;
      return `Switch to the ${s.trackName} track: ${s.title} (${brief(s)})`;
    }
    case "lateral-menu":
      return "Look at a lateral move";
    case "lateral":
      return view.lateralMoves[action.index]?.name ?? "?";
    case "back":
      return `Go back to ${at(state.history.at(-1)!)?.title ?? state.history.at(-1)}`;
    case "quit":
      return "Quit";
  }
}

/** The menu for the current level: the machine's moves, with the lateral moves folded into one entry. */
export function menuFor(view: LadderView, state: WalkState): SelectChoice<MenuValue>[] {
  const actions = walkActions(view, state);
  const menu: MenuValue[] = [];
  for (const a of actions) {
    if (a.type !== "lateral") menu.push(a);
    else if (!menu.some((m) => m.type === "lateral-menu")) menu.push({ type: "lateral-menu" });
  }
  // keep "back" and "quit" last, after the lateral entry
  menu.sort((a, b) => rank(a) - rank(b));
  return menu.map((value) => ({ name: actionLabel(view, state, value), value, short: shortLabel(view, value) }));
}

function shortLabel(view: LadderView, m: MenuValue): string {
  if (m.type === "up" || m.type === "switch") return stepOf(view, m.to)?.title ?? m.to;
  return { "lateral-menu": "Lateral moves", lateral: "Lateral move", back: "Back", quit: "Quit" }[m.type];
}

const rank = (m: MenuValue): number => ["up", "switch", "lateral-menu", "back", "quit"].indexOf(m.type);

function renderLateral(view: LadderView, index: number, style: Style): string {
  const m = view.lateralMoves[index]!;
  return `${style.c.bold(hang("", `Lateral move: ${m.name}`, style.width))}\n${m.detail ? hang("", m.detail, style.width) + "\n" : ""}`;
}

/** Walk the ladder from `start` until the user quits; returns the final state. Ctrl-C: cancelled error. */
export async function walkLadder(view: LadderView, start: string | undefined, opts: WalkOptions): Promise<WalkState> {
  // the titles of the menu and the card come from role files: shown without control characters (prompts/shown.ts)
  const chosen = opts.select ?? (await defaultSelect());
  const select: SelectPrompt = (config) => chosen(shownConfig(config));
  let state = startWalk(view, start);
  let shown: string | null = null;
  while (!state.done) {
    const here = stepOf(view, state.current)!;
    if (shown !== state.current) {
      opts.write("\n" + safeOutput(renderLevelCard(view, here, opts.style), opts.style.color));
      shown = state.current;
    }
    const picked = await ask(
      select<MenuValue>({ message: `${here.title}: where next?`, choices: menuFor(view, state), loop: false, pageSize: 12 }),
    );
    if (picked.type !== "lateral-menu") {
      state = applyWalk(state, picked);
      continue;
    }
    const choices = view.lateralMoves.map((m, index) => ({ name: m.name, value: index }));
    const index = await ask(
      select<number>({
        message: "Which lateral move?",
        choices: [...choices, { name: "Back to the ladder", value: BACK_TO_LADDER }],
        loop: false,
      }),
    );
    if (index !== BACK_TO_LADDER) {
      state = applyWalk(state, { type: "lateral", index });
      opts.write("\n" + safeOutput(renderLateral(view, index, opts.style), opts.style.color));
    }
  }
  return state;
}

/** The closing line: where the walk went. */
export function walkSummary(view: LadderView, state: WalkState, width = Infinity): string {
  const titles = [...state.history, state.current].map((id) => stepOf(view, id)?.title ?? id);
  return `${hang("", shownText(`You stopped at ${titles.at(-1)}. Your walk: ${titles.join(" → ")}.`), width)}\n`;
}
