/**
 * A rating on a scale: every level on screen at once (no scrolling, no wrapping round from the last to
 * the first), each wrapped at word boundaries. It starts on no answer, so that Enter alone never rates
 * anything: a number key picks the level with that number (2 is "2 working", not the second line), arrows
 * move (down from no answer to the first level, up to the last), Enter answers once a level is picked.
 */
import type { Theme } from "@inquirer/core";
import { createPrompt, isDownKey, isEnterKey, isNumberKey, isUpKey, makeTheme, useKeypress, usePrefix, useState } from "@inquirer/core";
import { hang } from "../render/text.js";
import { shownLine, shownText } from "./shown.js";
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
  // -1: no level picked yet
  const [active, setActive] = useState(-1);
  const [unanswered, setUnanswered] = useState(false);
  const width = config.width;

  useKeypress((key, rl) => {
    setUnanswered(false);
    if (isEnterKey(key)) {
      if (active < 0) {
        setUnanswered(true);
        return;
      }
      setStatus("done");
      done(levels[active]!.value);
    } else if (isUpKey(key)) {
      setActive(active < 0 ? levels.length - 1 : Math.max(0, active - 1));
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
  // a level's name and example come from data (O*NET's anchors, a role file's): shown without control characters
  const ids = levels.map((l) => shownLine(l.id));
  const idWidth = Math.max(...ids.map((id) => id.length));
  const rows = levels.map((l, i) => {
    const line = hang(`${i === active ? "❯" : " "} ${l.value} ${ids[i]!.padEnd(idWidth)}  `, shownText(l.example), width);
    return i === active ? theme.style.highlight(line) : line;
  });
  const first = levels[0]!.value;
  const last = levels.at(-1)!.value;
  const help = unanswered
    ? theme.style.error(`Pick a level first: ${first}-${last} or ↑↓`)
    : theme.style.help(`${first}-${last} pick · ↑↓ move · ⏎ answer`);
  return `${[`${prefix} ${theme.style.message(wrapMessage(config.message, width), status)}`, ...rows, help].join("\n")}${HIDE_CURSOR}`;
});
