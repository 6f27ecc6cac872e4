/**
 * The style human output is rendered with: colour on or off (see terminal.ts), the width, and a chalk
 * instance of its own at the right level. Passed down, never global state.
 */
import { Chalk, type ChalkInstance } from "chalk";

export interface Style {
  color: boolean;
  width: number;
  c: ChalkInstance;
}

export function makeStyle(color: boolean, width = 80): Style {
  return { color, width: Math.max(40, width), c: new Chalk({ level: color ? 1 : 0 }) };
}
