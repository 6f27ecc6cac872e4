/**
 * Terminal capabilities, decided once per run and passed down: never global state.
 * Colour is off when stdout is not a terminal, under NO_COLOR, with --no-color or TERM=dumb;
 * FORCE_COLOR turns it on. Width is the terminal's, else $COLUMNS, else 80.
 */
import { Chalk, type ChalkInstance } from "chalk";

export interface Style {
  color: boolean;
  width: number;
  c: ChalkInstance;
}

export interface StyleEnv {
  isTTY: boolean;
  columns?: number | undefined;
  env: Record<string, string | undefined>;
  /** false when --no-color was given */
  colorFlag?: boolean;
}

export function detectStyle({ isTTY, columns, env, colorFlag = true }: StyleEnv): Style {
  let color = isTTY && env.TERM !== "dumb";
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "0" && env.FORCE_COLOR !== "false") color = true;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") color = false;
  if (!colorFlag) color = false;
  const fromEnv = Number.parseInt(env.COLUMNS ?? "", 10);
  const width = columns && columns > 0 ? columns : fromEnv > 0 ? fromEnv : 80;
  return makeStyle(color, width);
}

export function makeStyle(color: boolean, width = 80): Style {
  return { color, width: Math.max(40, width), c: new Chalk({ level: color ? 1 : 0 }) };
}
