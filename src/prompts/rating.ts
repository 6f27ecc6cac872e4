/**
 * A rating on a scale: every level on screen at once (no scrolling, no wrapping round from the last to
 * the first), each wrapped at word boundaries. A number key picks the level with that number (2 is
 * "2 working", not the second line), arrows move, Enter answers.
 */
import type { Theme } from "@inquirer/core";
import { createPrompt, isDownKey, isEnterKey, isNumberKey, isUpKey, makeTheme, useKeypress, usePrefix, useState } from "@inquirer/core";
import { hang } from "../render/text.js";
import { wrapAnswer, wrapMessage } from "./wrap.js";

export interface RatingLevel {
  value: number;
  id: string;
  example: string;
}

export interface RatingConfig {
  /** the question; its first line is echoed with the answer */
  message: string;
  levels: RatingLevel[];
  default?: number;
  /** the width to wrap at (see usableWidth) */
  width: number;
  theme?: Partial<Theme>;
}

const HIDE_CURSOR = "\u001b[?25l";

export default createPrompt<number, RatingConfig>((config, done) => {
  const theme = makeTheme(config.theme);
  const [status, setStatus] = useState<"idle" | "done">("idle");
  const prefix = usePrefix({ status, theme });
  const levels = config.levels;
  const start = levels.findIndex((l) => l.value === config.default);
  const [active, setActive] = useState(Math.max(start, 0));
  const width = config.width;

  useKeypress((key, rl) => {
    if (isEnterKey(key)) {
      setStatus("done");
      done(levels[active]!.value);
    } else if (isUpKey(key)) {
      setActive(Math.max(0, active - 1));
    } else if (isDownKey(key)) {
      setActive(Math.min(levels.length - 1, active + 1));
    } else if (isNumberKey(key)) {
      const i = levels.findIndex((l) => String(l.value) === key.name);
      if (i >= 0) setActive(i);
      rl.clearLine(0);
    } else {
      rl.clearLine(0);
    }
  });

  if (status === "done") {
    const title = wrapMessage(config.message.split("\n")[0]!, width);
    const chosen = levels[active]!;
    return [prefix, theme.style.message(title, status), theme.style.answer(wrapAnswer(`${chosen.value} ${chosen.id}`, title, width))].join(
      " ",
    );
  }
  const idWidth = Math.max(...levels.map((l) => l.id.length));
  const rows = levels.map((l, i) => {
    const line = hang(`${i === active ? "❯" : " "} ${l.value} ${l.id.padEnd(idWidth)}  `, l.example, width);
    return i === active ? theme.style.highlight(line) : line;
  });
  const first = levels[0]!.value;
  const last = levels.at(-1)!.value;
  const help = theme.style.help(`${first}-${last} pick · ↑↓ move · ⏎ answer`);
  return `${[`${prefix} ${theme.style.message(wrapMessage(config.message, width), status)}`, ...rows, help].join("\n")}${HIDE_CURSOR}`;
});
