/**
 * The quick profile of `careers match`: every skill the data set rates, 0-7 against O*NET's level anchors,
 * then optionally the six interests, 1-7. The prompts go through `MatchPrompts`, so tests (and any other
 * front end) can supply their own; by default the inquirer prompts are imported on first use.
 */
import type { Profile } from "../core/scale.js";
import type { Anchor, InterestInfo } from "../schema/occupation.js";
import type { RatingConfig, RatingLevel } from "./rating.js";
import { shownConfig } from "./shown.js";
import { ask } from "./terminal.js";
import { usableWidth, wrapMessage } from "./wrap.js";

export interface MatchPrompts {
  /** a level of a scale: all levels shown, a number key picks the level with that number */
  rating(config: RatingConfig): Promise<number>;
  /** yes or no */
  confirm(config: { message: string; default: boolean }): Promise<boolean>;
}

/** The inquirer prompts, loaded only when the questions start. */
export async function inquirerMatchPrompts(): Promise<MatchPrompts> {
  const [{ default: rating }, { default: confirm }] = await Promise.all([import("./rating.js"), import("@inquirer/confirm")]);
  return { rating: (c) => rating(c), confirm: (c) => confirm(shownConfig(c)) };
}

export interface SkillQuestion {
  id: string;
  name: string;
  description: string;
  /** O*NET's examples of work at some levels */
  anchors: readonly Anchor[];
}

/** The levels 0-7, each with O*NET's example where there is one. */
export function skillLevels(anchors: readonly Anchor[]): RatingLevel[] {
  const examples = new Map(anchors.map((a) => [a.value, a.text]));
  return [0, 1, 2, 3, 4, 5, 6, 7].map((value) => ({
    value,
    id: value === 0 ? "none" : "",
    example: examples.get(value) ?? (value === 0 ? "I have not done this." : ""),
  }));
}

/** 1-7, how much work of that kind appeals. */
export const INTEREST_LEVELS: RatingLevel[] = [
  { value: 1, id: "", example: "Not for me at all." },
  { value: 2, id: "", example: "" },
  { value: 3, id: "", example: "" },
  { value: 4, id: "", example: "Some of it appeals." },
  { value: 5, id: "", example: "" },
  { value: 6, id: "", example: "" },
  { value: 7, id: "", example: "Very much what I want to do." },
];

export interface ProfileOptions {
  /** the width to wrap at (see usableWidth) */
  width?: number;
  /** replaces the inquirer prompts (tests use their own) */
  prompts?: MatchPrompts;
}

/**
 * Ask every skill (0-7, each starting on no answer), then whether to rate the interests too
 * (no by default), and if so the six interests (1-7). Ctrl-C: the cancelled error.
 */
export async function askProfile(
  skills: readonly SkillQuestion[],
  interests: readonly InterestInfo[] | undefined,
  opts: ProfileOptions = {},
): Promise<Profile> {
  const p = opts.prompts ?? (await inquirerMatchPrompts());
  const width = opts.width ?? usableWidth(undefined);
  const levels: Record<string, number> = {};
  for (const [i, s] of skills.entries()) {
    levels[s.id] = await ask(
      p.rating({
        message: `Skills ${i + 1} of ${skills.length} · ${s.name}\n${s.description}\nYour level?`,
        levels: skillLevels(s.anchors),
        width,
      }),
    );
  }
  const profile: Profile = { levels };
  if (!interests || interests.length === 0) return profile;
  const more = await ask(
    p.confirm({ message: wrapMessage("Rate your interests too? They count for a share of each fit.", width, 6), default: false }),
  );
  if (!more) return profile;
  const scores: Record<string, number> = {};
  for (const [i, x] of interests.entries()) {
    scores[x.code] = await ask(
      p.rating({
        message: `Interests ${i + 1} of ${interests.length} · ${x.name}\n${x.description}\nKeywords: ${x.keywords.join(", ")}\nHow much does work like this appeal to you?`,
        levels: INTEREST_LEVELS,
        width,
      }),
    );
  }
  return { levels, interests: scores };
}
