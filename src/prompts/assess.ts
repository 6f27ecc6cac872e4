/**
 * The `careers assess` conversation. Every prompt goes through `PromptFns`, so tests (and any other
 * front end) can supply their own; by default the inquirer prompts are imported on first use.
 * The flow returns plain answers, the same shape an answers file has.
 */

import { measureNeeded, type Questionnaire } from "../core/assess/questions.js";
import type { AnswersInput } from "../schema/assessment.js";
import type { RatingConfig } from "./rating.js";
import { shownChoice, shownConfig } from "./shown.js";
import { ask } from "./terminal.js";
import { usableWidth, wrapAnswer, wrapMessage } from "./wrap.js";

export interface Choice<T> {
  name: string;
  value: T;
  description?: string;
  /** what is echoed after the message once answered (default: name) */
  short?: string;
}

export interface PromptFns {
  search(config: { message: string; source: (term: string | undefined) => Choice<string>[]; pageSize?: number }): Promise<string>;
  select<T>(config: { message: string; choices: Choice<T>[]; default?: T; pageSize?: number }): Promise<T>;
  /** `required: false` lets Enter on an empty line answer `undefined`; `step: "any"` takes decimals */
  number(config: {
    message: string;
    default?: number;
    min: number;
    max: number;
    required: boolean;
    step?: "any";
  }): Promise<number | undefined>;
  checkbox<T>(config: {
    message: string;
    choices: (Choice<T> | { separator: string })[];
    pageSize?: number;
    echo?: (chosen: string[]) => string;
  }): Promise<T[]>;
  /** a level of a scale: all levels shown, a number key picks the level with that number */
  rating(config: RatingConfig): Promise<number>;
}

/** The inquirer prompts, loaded only when an interactive assessment starts. */
export async function inquirerPrompts(): Promise<PromptFns> {
  const [{ default: search }, { default: select }, { default: number }, { default: checkbox, Separator }, { default: rating }] =
    await Promise.all([
      import("@inquirer/search"),
      import("@inquirer/select"),
      import("@inquirer/number"),
      import("@inquirer/checkbox"),
      import("./rating.js"),
    ]);
  // every message and choice as shown: without the control and hidden characters data may hold (prompts/shown.ts)
  return {
    search: (c) => search({ ...shownConfig(c), source: (term) => c.source(term).map(shownChoice) }),
    select: (c) => select(shownConfig(c)),
    number: (c) => number(shownConfig(c)),
    checkbox: ({ echo, ...config }) => {
      const c = shownConfig(config);
      return checkbox({
        ...c,
        choices: c.choices.map((x) => ("separator" in x ? new Separator(x.separator) : x)),
        ...(echo
          ? { theme: { style: { renderSelectedChoices: (chosen: readonly { short: string }[]) => echo(chosen.map((x) => x.short)) } } }
          : {}),
      });
    },
    rating: (c) => rating(c),
  };
}

export interface RoleChoice {
  id: string;
  title: string;
  aliases: string[];
}

const matches = (r: RoleChoice, term: string) =>
  [r.id, r.title, ...r.aliases].some((n) => n.toLowerCase().includes(term.trim().toLowerCase()));

/** Pick a role, searching as you type. */
export function pickRole(
  p: PromptFns,
  roles: readonly RoleChoice[],
  message = "Which role do you want to check your readiness for?",
  width = usableWidth(undefined),
): Promise<string> {
  const wrapped = wrapMessage(message, width);
  return ask(
    p.search({
      message: wrapped,
      pageSize: 10,
      source: (term) =>
        roles
          .filter((r) => !term || matches(r, term))
          .map((r) => ({ name: `${r.title} (${r.id})`, value: r.id, short: wrapAnswer(`${r.title} (${r.id})`, wrapped, width) })),
    }),
  );
}

/** Optionally, the role you hold now. */
export function pickCurrentRole(p: PromptFns, roles: readonly RoleChoice[], width = usableWidth(undefined)): Promise<string | null> {
  const message = wrapMessage("Do you hold one of these roles now? (optional)", width);
  const choice = (name: string, value: string | null) => ({ name, value, short: wrapAnswer(name, message, width) });
  return ask(
    p.select<string | null>({
      message,
      pageSize: 10,
      default: null,
      choices: [choice("None of these / skip", null), ...roles.map((r) => choice(`${r.title} (${r.id})`, r.id))],
    }),
  );
}

export interface AskOptions {
  /** the width to wrap at (see usableWidth) */
  width: number;
}

/** Ask every question of the questionnaire, in groups with a progress line. */
export async function askQuestions(
  p: PromptFns,
  q: Questionnaire,
  { width }: AskOptions = { width: usableWidth(undefined) },
): Promise<AnswersInput> {
  const answers: AnswersInput = {};
  if (q.skills.length > 0) {
    const skills: Record<string, number> = {};
    for (const [i, s] of q.skills.entries()) {
      const anchors = new Map((s.anchors ?? []).map((a) => [a.level, a.text]));
      skills[s.id] = await ask(
        p.rating({
          message: `Skills ${i + 1} of ${q.skills.length} · ${s.name} (${s.kind})${s.detail ? `\n${s.detail}` : ""}\nHow well can you do this?`,
          levels: q.scale.levels.map((l) => ({ value: l.value, id: l.id, example: anchors.get(l.value) ?? l.example })),
          width,
        }),
      );
    }
    answers.skills = skills;
  }
  if (q.measures.length > 0) {
    const measures: Record<string, number | null> = {};
    for (const m of q.measures) {
      const message = wrapMessage(
        `Measures · ${m.name} in ${m.unit} (the role asks for ${measureNeeded(m)}; leave empty if you have not measured it)`,
        width,
        12,
      );
      const value = await ask(p.number({ message, min: 0, max: 1_000_000, required: false, step: "any" }));
      measures[m.id] = value ?? null; // null: not measured, left out of the score
    }
    answers.measures = measures;
  }
  if (q.experience) {
    const message = wrapMessage(`Experience · Years of ${q.experience.of} (decimals such as 0.5 are fine)`, width, 8);
    answers.experienceYears = (await ask(p.number({ message, default: 0, min: 0, max: 80, required: true, step: "any" }))) ?? 0;
  }
  if (q.education) {
    const message = wrapMessage("Education · Your highest education", width);
    answers.education = await ask(
      p.select<string>({
        message,
        choices: q.educationLevels.map((l) => ({ name: l.label, value: l.id, short: wrapAnswer(l.label, message, width) })),
      }),
    );
  }
  if (q.credentials.length > 0) {
    const message = wrapMessage("Licences and certifications · Which of these do you hold? (space to tick, enter when done)", width);
    answers.credentials = await ask(
      p.checkbox<string>({
        message,
        pageSize: 12,
        choices: q.credentials.map((c) => ({ name: `${c.name} (${c.kind})`, value: c.id })),
        echo: (chosen) => wrapAnswer(chosen.length ? chosen.join(", ") : "none", message, width),
      }),
    );
  }
  if (q.tools.length > 0) {
    const message = wrapMessage("Tools · Which of these have you used? (space to tick, enter when done)", width);
    answers.tools = await ask(
      p.checkbox<string>({
        message,
        pageSize: 12,
        choices: q.tools.flatMap((g) => [
          ...(g.options.length > 1 || g.options[0] !== g.name ? [{ separator: `── ${g.name}` }] : []),
          ...g.options.map((o) => ({ name: o, value: o })),
        ]),
        echo: (chosen) => wrapAnswer(chosen.length ? chosen.join(", ") : "none", message, width),
      }),
    );
  }
  return answers;
}
