/** A style built synchronously with chalk, for tests and callers that already load chalk. */
import { Chalk } from "chalk";
import { plainStyle, type Style } from "./style.js";

export function makeStyle(color: boolean, width = 80): Style {
  return color ? { color: true, width: Math.max(40, width), c: new Chalk({ level: 1 }) } : plainStyle(width);
}
