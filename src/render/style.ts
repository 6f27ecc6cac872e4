/**
 * The style human output is rendered with: colour on or off (see terminal.ts), the width, and a chalk
 * instance of its own at the right level. Passed down, never global state. Without colour no chalk is
 * loaded at all: a stand-in with chalk's chained API returns text unchanged.
 */
import type { ChalkInstance } from "chalk";

export interface Style {
  color: boolean;
  /** the width lines are laid out at: the terminal's, kept between MIN_WIDTH and MAX_WIDTH */
  width: number;
  c: ChalkInstance;
}

/** chalk's API (c.bold.underline("x"), c.dim("x"), ...) as the identity: what chalk at level 0 does. */
const plain: ChalkInstance = new Proxy(((...text: unknown[]) => text.join(" ")) as unknown as ChalkInstance, {
  get: (target, key) => (key === "level" ? 0 : typeof key === "symbol" ? Reflect.get(target, key) : plain),
});

/**
 * The width output is laid out at, from the terminal's: at least 40 columns (narrower leaves too little for
 * a table) and at most 160 (longer lines of prose and longer bars are hard to read on a wide terminal).
 */
export const MIN_WIDTH = 40;
export const MAX_WIDTH = 160;
export const layoutWidth = (columns: number): number => Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, columns));

/** A style without colour: synchronous, loads nothing. */
export function plainStyle(width = 80): Style {
  return { color: false, width: layoutWidth(width), c: plain };
}

/** The style for the terminal: chalk is imported only when colour is on. */
export async function loadStyle(color: boolean, width = 80): Promise<Style> {
  if (!color) return plainStyle(width);
  const { Chalk } = await import("chalk");
  return { color: true, width: layoutWidth(width), c: new Chalk({ level: 1 }) };
}
