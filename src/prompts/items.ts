/**
 * The `careers assess <ESCO occupation>` conversation: each essential item asked, have / learning / no.
 * Prompts go through `PromptFns` (prompts/assess.ts), so tests can supply their own. Returns the answers
 * by URI, as a checklist gives them (core/assess/items.ts).
 */
import type { ItemAnswer } from "../core/assess/items.js";
import type { RequiredItem } from "../schema/occupation.js";
import type { PromptFns } from "./assess.js";
import { ask } from "./terminal.js";
import { usableWidth, wrapAnswer, wrapMessage } from "./wrap.js";

const CHOICES: { name: string; value: ItemAnswer }[] = [
  { name: "have: I can do this (or know it)", value: "have" },
  { name: "learning: I am learning it", value: "learning" },
  { name: "no: not yet", value: "no" },
];

/** Ask each essential item in turn. */
export async function askItems(
  p: Pick<PromptFns, "select">,
  title: string,
  items: readonly RequiredItem[],
  { width }: { width: number } = { width: usableWidth(undefined) },
): Promise<Map<string, ItemAnswer>> {
  const answers = new Map<string, ItemAnswer>();
  for (const [k, item] of items.entries()) {
    const groups = item.groups.length ? ` (${item.groups.map((g) => g.label).join(", ")})` : "";
    const message = wrapMessage(`${title} · essential ${k + 1} of ${items.length} · ${item.kind}: ${item.label}${groups}`, width);
    answers.set(
      item.uri,
      await ask(
        p.select<ItemAnswer>({
          message,
          choices: CHOICES.map((c) => ({ ...c, short: wrapAnswer(c.value, message, width) })),
        }),
      ),
    );
  }
  return answers;
}
