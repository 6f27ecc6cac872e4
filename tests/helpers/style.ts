/** A style built synchronously with chalk, for tests and callers that already load chalk. */
import { Chalk } from "chalk";
import { layoutWidth, plainStyle, type Style } from "../../src/render/style.js";

export function makeStyle(color: boolean, width = 80): Style {
  return color ? { color: true, width: layoutWidth(width), c: new Chalk({ level: 1 }) } : plainStyle(width);
}
