/**
 * What to do next about a gap, drawn from the role's own data: steps to enter, education options with
 * cost and duration, certifications and training providers. Deterministic: steps are matched by the
 * words they share with the gap; education options are listed cheapest first.
 */
import type { MoneyRange, Role } from "../../schema/role.js";
import type { ScoredItem } from "./score.js";

export interface Advice {
  kind: "step" | "education" | "certification";
  text: string;
  detail?: string;
  cost?: MoneyRange;
  costNote?: string;
  duration?: string;
  /** id of the role whose data it comes from */
  from: string;
}

const COMMON = new Set(["customer", "service", "skills", "skill", "with", "and", "the", "for", "basic", "software", "proficiency", "systems"]);
const wordsOf = (s: string) => new Set(s.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length >= 3 && !COMMON.has(w)));

const CATEGORY_WORDS: Record<string, string[]> = {
  experience: ["experience", "volunteer", "part", "time", "internship", "internships", "apply", "entry", "level", "jobs"],
  education: ["education", "diploma", "ged", "degree", "course", "courses", "training", "certificate"],
  tools: ["crm", "tools", "platforms", "software", "technologies", "office", "email", "databases"],
};

function bestStep(role: Role, words: Set<string>): Advice | undefined {
  let best: { step: { title: string; detail?: string | undefined }; hits: number } | undefined;
  for (const step of role.entry?.steps ?? []) {
    const stepWords = wordsOf(`${step.title} ${step.detail ?? ""}`);
    const hits = [...words].filter((w) => stepWords.has(w)).length;
    if (hits > 0 && (!best || hits > best.hits)) best = { step, hits };
  }
  return best && { kind: "step", text: best.step.title, ...(best.step.detail ? { detail: best.step.detail } : {}), from: role.id };
}

function educationOptions(role: Role, limit: number): Advice[] {
  const priced = (role.education?.options ?? []).filter((o) => o.cost || o.costNote || o.duration);
  const cost = (o: (typeof priced)[number]) => o.cost?.low ?? (o.costNote?.toLowerCase().includes("free") ? 0 : Number.MAX_SAFE_INTEGER);
  return [...priced]
    .sort((a, b) => cost(a) - cost(b))
    .slice(0, limit)
    .map((o) => ({
      kind: "education" as const,
      text: o.name,
      ...(o.cost ? { cost: o.cost } : {}),
      ...(o.costNote ? { costNote: o.costNote } : {}),
      ...(o.duration ? { duration: o.duration } : {}),
      from: role.id,
    }));
}

function certifications(role: Role): Advice[] {
  const c = role.certifications;
  if (!c) return [];
  const items = (c.items ?? []).map((i) => `${i.name}${i.provider ? ` from ${i.provider}` : ""}`);
  const providers = c.providers?.length ? [`Training from ${c.providers.slice(0, 3).join(", ")}`] : [];
  return [...items, ...providers].slice(0, 2).map((text) => ({ kind: "certification" as const, text, from: role.id }));
}

/** Up to three pieces of advice for a gap, from the assessed role first, then the role holding its data. */
export function adviceFor(item: ScoredItem, roles: readonly Role[]): Advice[] {
  const words = item.category === "skills" ? wordsOf(item.name) : new Set(CATEGORY_WORDS[item.category] ?? []);
  const out: Advice[] = [];
  const push = (a: Advice | undefined) => {
    if (a && !out.some((o) => o.text === a.text)) out.push(a);
  };
  for (const role of roles) push(bestStep(role, words));
  const technical = item.category === "skills" && item.group !== "soft";
  if (technical || item.category === "education") for (const role of roles) educationOptions(role, 2).forEach(push);
  if (technical) for (const role of roles) certifications(role).forEach(push);
  if (out.length === 0) for (const role of roles) push(role.entry?.steps[0] && { kind: "step", text: role.entry.steps[0].title, from: role.id });
  return out.slice(0, 3);
}
