/**
 * The style human output is rendered with: colour on or off (see terminal.ts), the width, and a chalk
 * instance of its own at the right level. Passed down, never global state. Without colour no chalk is
 * loaded at all: a stand-in with chalk's chained API returns text unchanged.
 */
import type { ChalkInstance } from "chalk";

export interface Style {
  color: boolean;
  width: number;
  c: ChalkInstance;
}

/** chalk's API (c.bold.underline("x"), c.dim("x"), ...) as the identity: what chalk at level 0 does. */
const plain: ChalkInstance = new Proxy(((...text: unknown[]) => text.join(" ")) as unknown as ChalkInstance, {
  get: (target, key) => (key === "level" ? 0 : typeof key === "symbol" ? Reflect.get(target, key) : plain),
});

/** A style without colour: synchronous, loads nothing. */
export function plainStyle(width = 80): Style {
  return { color: false, width: Math.max(40, width), c: plain };
}

/** The style for the terminal: chalk is imported only when colour is on. */
export async function loadStyle(color: boolean, width = 80): Promise<Style> {
  if (!color) return plainStyle(width);
  const { Chalk } = await import("chalk");
  return { color: true, width: Math.max(40, width), c: new Chalk({ level: 1 }) };
}
