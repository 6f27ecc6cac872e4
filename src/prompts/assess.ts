/**
 * The `careers assess` conversation. Every prompt goes through `PromptFns`, so tests (and any other
 * front end) can supply their own; by default the inquirer prompts are imported on first use.
 * The flow returns plain answers, the same shape an answers file has.
 */
import type { AnswersInput, AssessmentModel } from "../schema/assessment.js";
import type { Questionnaire } from "../core/assess/questions.js";
import { ask } from "./terminal.js";

export interface Choice<T> {
  name: string;
  value: T;
  description?: string;
}

export interface PromptFns {
  search(config: { message: string; source: (term: string | undefined) => Choice<string>[]; pageSize?: number }): Promise<string>;
  select<T>(config: { message: string; choices: Choice<T>[]; default?: T; pageSize?: number }): Promise<T>;
  /** `required: false` lets Enter on an empty line answer `undefined` */
  number(config: { message: string; default?: number; min: number; max: number; required: boolean }): Promise<number | undefined>;
  checkbox<T>(config: { message: string; choices: (Choice<T> | { separator: string })[]; pageSize?: number }): Promise<T[]>;
}

/** The inquirer prompts, loaded only when an interactive assessment starts. */
export async function inquirerPrompts(): Promise<PromptFns> {
  const [{ default: search }, { default: select }, { default: number }, { default: checkbox, Separator }] = await Promise.all([
    import("@inquirer/search"),
    import("@inquirer/select"),
    import("@inquirer/number"),
    import("@inquirer/checkbox"),
  ]);
  return {
    search: (c) => search(c),
    select: (c) => select(c),
    number: (c) => number(c),
    checkbox: (c) => checkbox({ ...c, choices: c.choices.map((x) => ("separator" in x ? new Separator(x.separator) : x)) }),
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
export function pickRole(p: PromptFns, roles: readonly RoleChoice[], message = "Which role do you want to check your readiness for?"): Promise<string> {
  return ask(
    p.search({
      message,
      pageSize: 10,
      source: (term) =>
        roles.filter((r) => !term || matches(r, term)).map((r) => ({ name: `${r.title} (${r.id})`, value: r.id })),
    }),
  );
}

/** Optionally, the role you hold now. */
export function pickCurrentRole(p: PromptFns, roles: readonly RoleChoice[]): Promise<string | null> {
  return ask(
    p.select<string | null>({
      message: "Do you hold one of these roles now? (optional)",
      pageSize: 10,
      default: null,
      choices: [{ name: "None of these / skip", value: null }, ...roles.map((r) => ({ name: `${r.title} (${r.id})`, value: r.id }))],
    }),
  );
}

/** Ask every question of the questionnaire, in groups with a progress line. */
export async function askQuestions(p: PromptFns, q: Questionnaire, model: AssessmentModel): Promise<AnswersInput> {
  const skills: Record<string, number> = {};
  const total = q.skills.length;
  let last = 1;
  for (const [i, s] of q.skills.entries()) {
    const kind = s.group === "skillMap" ? `${s.tier ?? "skill map"}` : `${s.group} skill`;
    const value = await ask(
      p.select<number>({
        message: `Skills ${i + 1} of ${total} · ${s.name} (${kind})${s.detail ? `\n  ${s.detail}` : ""}\n  How well can you do this?`,
        default: last,
        choices: model.ratingScale.map((r) => ({ name: `${r.value} ${r.id.padEnd(7)} ${r.example}`, value: r.value })),
        pageSize: 5,
      }),
    );
    skills[s.name] = value;
    last = value;
  }
  const years = await ask(
    p.number({ message: "Experience · Years of customer-facing work (any job where you served customers)", default: 0, min: 0, max: 80, required: true }),
  );
  let typingWpm: number | null | undefined;
  if (q.typing) {
    const range = q.typing.maxWpm ? `${q.typing.minWpm}-${q.typing.maxWpm}` : `at least ${q.typing.minWpm}`;
    const wpm = await ask(
      p.number({ message: `Experience · Typing speed in words per minute (the role asks for ${range}; leave empty if you have not measured it)`, min: 0, max: 300, required: false }),
    );
    typingWpm = wpm ?? null; // null: not measured, left out of the score (as is 0)
  }
  const education = await ask(
    p.select<string>({
      message: "Education · Your highest education",
      default: q.education.required,
      choices: q.education.levels.map((l) => ({ name: l.label, value: l.id })),
    }),
  );
  const tools =
    q.tools.length === 0
      ? []
      : await ask(
          p.checkbox<string>({
            message: "Tools · Which of these have you used? (space to tick, enter when done)",
            pageSize: 12,
            choices: q.tools.flatMap((g) => [
              ...(g.options.length > 1 || g.options[0] !== g.name ? [{ separator: `── ${g.name}` }] : []),
              ...g.options.map((o) => ({ name: o, value: o })),
            ]),
          }),
        );
  return { skills, experienceYears: years ?? 0, ...(typingWpm !== undefined ? { typingWpm } : {}), education, tools };
}
