/**
 * What to do next about a gap: the advice its need points to in the data of the role stating it (a focus
 * area of that level, an entry step, an education option with its cost and duration, a certification, or
 * the source's own words). A need that points to nothing gets no advice: nothing generic is made up.
 */

import type { AdviceRef } from "../../schema/requirements.js";
import type { MoneyRange, Role } from "../../schema/role.js";
import type { ScoredItem } from "./score.js";

export interface Advice {
  kind: "focus" | "step" | "education" | "certification" | "text";
  text: string;
  detail?: string;
  cost?: MoneyRange;
  costNote?: string;
  duration?: string;
  /** for a focus area: the level it is a focus of */
  level?: string;
  /** id of the role whose data it comes from */
  from: string;
}

/** One advice pointer resolved against the role that holds it; undefined if it points at nothing. */
export function resolveAdvice(ref: AdviceRef, role: Role): Advice | undefined {
  const from = role.id;
  if (ref.focusArea !== undefined) {
    const text = role.level?.focusAreas[ref.focusArea - 1];
    return text === undefined ? undefined : { kind: "focus", text, level: role.level!.title, from };
  }
  if (ref.entryStep !== undefined) {
    const step = role.entry?.steps[ref.entryStep - 1];
    return step && { kind: "step", text: step.title, ...(step.detail ? { detail: step.detail } : {}), from };
  }
  if (ref.education !== undefined) {
    const o = role.education?.options.find((x) => x.name === ref.education);
    return (
      o && {
        kind: "education",
        text: o.name,
        ...(o.cost ? { cost: o.cost } : {}),
        ...(o.costNote ? { costNote: o.costNote } : {}),
        ...(o.duration ? { duration: o.duration } : {}),
        from,
      }
    );
  }
  if (ref.certification !== undefined) {
    const c = role.certifications?.items?.find((x) => x.name === ref.certification);
    return (
      c && {
        kind: "certification",
        text: `${c.name}${c.provider ? ` from ${c.provider}` : ""}`,
        ...(c.note ? { detail: c.note } : {}),
        from,
      }
    );
  }
  return ref.text === undefined ? undefined : { kind: "text", text: ref.text, from };
}

/** The advice for a gap, from the data of the role stating its need (none for a need without pointers). */
export function adviceFor(item: ScoredItem, roles: ReadonlyMap<string, Role>): Advice[] {
  const o = item.origin;
  const role = o && roles.get(o.from);
  if (!o || !role) return [];
  return o.advice.map((ref) => resolveAdvice(ref, role)).filter((a): a is Advice => a !== undefined);
}
