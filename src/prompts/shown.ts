/**
 * What a prompt shows of text it did not write: role titles and tool names from role files, an
 * occupation's categories and O*NET's level anchors from a data set (one imported before its text was made
 * safe holds it as the release had it). It is shown without control or hidden characters, as everything
 * the commands print is (safeStrings, safeOutput): an ESC in a title would otherwise retitle the window or
 * clear the screen from inside a prompt. Applied where the prompts meet the terminal (the inquirer
 * adapters of prompts/assess.ts and prompts/match.ts, the walk's select, the rating prompt), so every
 * choice built from data passes through it. A choice's value, what the answer is, is kept as it is.
 */
import { safeText } from "../schema/control-chars.js";

/** A name or a separator: one line. */
export const shownLine = (text: string): string => safeText(text, { oneLine: true, shown: true });
/** A message, a description or an echoed answer: its line breaks kept (the prompts' wrapping makes them). */
export const shownText = (text: string): string => safeText(text, { shown: true });

interface TextChoice {
  name: string;
  description?: string;
  short?: string;
}

/** A choice as shown: its name, description and echoed short made safe, its value untouched. */
export function shownChoice<C extends TextChoice | { separator: string }>(choice: C): C {
  if ("separator" in choice) return { ...choice, separator: shownLine(choice.separator) };
  const c = choice as C & TextChoice;
  return {
    ...c,
    name: shownLine(c.name),
    ...(c.description === undefined ? {} : { description: shownText(c.description) }),
    ...(c.short === undefined ? {} : { short: shownText(c.short) }),
  };
}

/** A prompt's config as shown: its message and every choice (see shownChoice); the rest as it is. */
export function shownConfig<C extends { message: string; choices?: readonly (TextChoice | { separator: string })[] }>(config: C): C {
  return {
    ...config,
    message: shownText(config.message),
    ...(config.choices ? { choices: config.choices.map(shownChoice) } : {}),
  };
}
