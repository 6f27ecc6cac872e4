/**
 * `careers compare` over imported occupations: two to four sides (occupations, roles, and with
 * --from-history "you", the profile of a saved assessment) side by side on O*NET's common scales. Wages,
 * outlook, job zone and education as the data set gives them; a role adds its guide's salary rows and,
 * where its role file links it to an O*NET code that is imported, measures through that code. Skills and
 * knowledge: the level each side needs of every element that matters to one of them, and from the first
 * side to each other one what carries over and what has to be built (core/scale.ts, docs/matching.md).
 * Pure: data in, one result out.
 */

import { usageError } from "../errors.js";
import type { RequirementsModel, ScaleModel } from "../schema/assessment.js";
import type { JobZone, Manifest, Occupation, Outlook, Reference, RequiredItem, Share, Wages } from "../schema/occupation.js";
import type { Role } from "../schema/role.js";
import { type LevelFigure, levelFigure, MAX_ROLES, type MedianFigure, MIN_ROLES, medianOf, type Sourced } from "./compare.js";
import type { ProfileEntry } from "./profile.js";
import { sharedEssential, similarity, toGain, weightedItems } from "./requirements.js";
import { type ElementKind, type Gap, gaps, kindOfElement, mattering, type Need, type Profile, profileOf, type Transfer } from "./scale.js";

/** An imported occupation's details, and its ratings on the common scales (scale.ts needsAt). */
export interface OccupationData {
  occupation: Occupation;
  needs: Need[];
}

/** A saved assessment that holds a profile on the common scales. */

export type SideInput =
  /** `linked`: for an occupation whose source rates no levels (ESCO), the O*NET occupation its crosswalk links, where imported */
  | { kind: "occupation"; data: OccupationData; linked?: OccupationData | null }
  /** `linked`: the occupation its `onet.code` names, or null where it has none or that code is not imported */
  | { kind: "role"; role: Role; linked: OccupationData | null }
  | { kind: "you"; entry: ProfileEntry };

export interface CompareOccupationsInput {
  sides: readonly SideInput[];
  model: ScaleModel;
  /** how essential and optional items are weighed (ESCO's occupations) */
  requirements: RequirementsModel;
  /** the data set's element names and scales; null when no occupations are imported */
  reference: Reference | null;
  manifest: Manifest | null;
}

/** The typical required education: O*NET's category with the largest share of workers. */
export interface TypicalEducation {
  category: number;
  label: string;
  percent: number;
}

export interface GuideFigures {
  levelMedian: LevelFigure | null;
  levelAverage: LevelFigure | null;
  median: MedianFigure | null;
  typicalEducation: Sourced<string> | null;
}

export interface ComparedSide {
  kind: SideInput["kind"];
  /** the occupation's or role's id; "you" for a saved assessment */
  id: string;
  title: string;
  /** the O*NET-SOC code whose figures are shown: the occupation's own, or the one a role is linked to */
  code: string | null;
  /** a role's O*NET link (its role file's `onet`), whether or not that code is imported; an ESCO occupation's crosswalk link, where imported */
  via: { code: string; title: string; note: string | null } | null;
  /** its skills and knowledge are on the common scales */
  onScale: boolean;
  /** why they are not, in words; null when they are */
  offScale: string | null;
  /** as `careers show <occupation> --json` gives them */
  wages: Wages | null;
  outlook: Outlook | null;
  jobZone: JobZone | null;
  typicalEducation: TypicalEducation | null;
  /** a role's own figures, from its role file (with their sources) */
  guide: GuideFigures | null;
  sources: Role["sources"];
  /** the saved assessment the levels of "you" come from */
  assessment: { date: string; role: string; title: string; code: string | null } | null;
  /** your levels (element id -> 0-7), for "you" */
  levels: Record<string, number> | null;
}

/** What one side needs of an element (for "you": the level you have, no importance). */
export interface ElementNeed {
  importance: number | null;
  level: number;
  /** it matters to this side: importance at or above the model's threshold, some level needed */
  matters: boolean;
}

export interface ElementRow {
  element: string;
  name: string;
  /** one a side, in the sides' order; null where the side does not rate it (or is not on the scales) */
  needs: (ElementNeed | null)[];
}

export interface Move {
  from: string;
  to: string;
  /** what matters to `to` and is needed at or below the level `from` has; null when either side is not on the scales */
  transferable: Transfer[] | null;
  /** the rest, biggest weighted gap first */
  toBuild: Gap[] | null;
  /** kinds left out: your assessment rates none of them */
  leftOut: ElementKind[];
  /** why the lists are null; else null */
  reason: string | null;
}

/** From the first side to another, both listing essential and optional items (ESCO): the same items by URI. */
export interface EssentialMove {
  from: string;
  to: string;
  /** the weighted Jaccard similarity of their items (core/requirements.ts), 0-1 */
  similarity: number;
  /** the items essential to `to` that are essential to `from` too */
  shared: RequiredItem[];
  /** what `from` lacks: the items essential to `to` that are not essential to `from` */
  toGain: RequiredItem[];
}

export interface EssentialComparison {
  /** the sides that list essential items, by id */
  sides: string[];
  /** the items essential to every one of them */
  shared: RequiredItem[];
  /** from the first side to each other one that lists them; none when the first lists none */
  moves: EssentialMove[];
}

export interface OccupationComparison {
  kind: "occupations";
  /** id of the first side: the moves start from it */
  base: string;
  sides: ComparedSide[];
  scales: { importance: [number, number] | null; level: [number, number] | null; matters: number };
  /** rows: elements that matter to a compared side, the targets' most important first */
  skills: ElementRow[];
  knowledge: ElementRow[];
  /** from the first side to each other one */
  moves: Move[];
  /** the essential items of the sides whose source lists them (ESCO's), compared exactly by URI; null where fewer than two list them */
  essential: EssentialComparison | null;
  sources: { name: string; version: string; date: string | null }[];
  attribution: string[];
  notes: string[];
}

/** A usage error unless the names, with "you" first under --from-history, make 2 to 4 sides. */
export function checkSideCount(names: number, fromHistory: boolean): void {
  if (!fromHistory) {
    if (names < MIN_ROLES || names > MAX_ROLES)
      throw usageError(`compare takes ${MIN_ROLES} to ${MAX_ROLES} roles, not ${names}`, "Example: careers compare clerk representative");
    return;
  }
  const min = MIN_ROLES - 1;
  const max = MAX_ROLES - 1;
  if (names < min || names > max)
    throw usageError(
      `compare --from-history takes ${min} to ${max} roles or occupations (you are the first), not ${names}`,
      "Example: careers compare --from-history customer-service-representatives",
    );
}

/** O*NET's required-education category with the largest share (the lower category where shares tie). */
export function typicalEducation(required: readonly Share[] | undefined): TypicalEducation | null {
  let top: Share | null = null;
  for (const s of required ?? []) if (!top || s.percent > top.percent || (s.percent === top.percent && s.category < top.category)) top = s;
  return top ? { category: top.category, label: top.label, percent: top.percent } : null;
}

/** What a side is measured by: its needs on the scales (an occupation's), your levels, or nothing. */
type Measure = { kind: "needs"; needs: readonly Need[] } | { kind: "profile"; profile: Profile } | { kind: "none" };

function occupationFigures(o: Occupation) {
  return { wages: o.wages, outlook: o.outlook, jobZone: o.jobZone, typicalEducation: typicalEducation(o.education?.required) };
}

const none = { wages: null, outlook: null, jobZone: null, typicalEducation: null };

function sideOf(input: SideInput, reference: Reference | null): { side: ComparedSide; measure: Measure } {
  if (input.kind === "occupation") {
    const o = input.data.occupation;
    // a source that rates no levels (ESCO) is on the scales through the O*NET occupation its crosswalk links
    const linked = o.requirements ? (input.linked ?? null) : null;
    const off = o.requirements && !linked;
    const measured = linked ?? input.data;
    return {
      side: {
        kind: "occupation",
        id: o.id,
        title: o.title,
        code: o.code, // its own; the O*NET occupation measured is `via`
        via:
          linked && o.crosswalk
            ? { code: linked.occupation.code, title: linked.occupation.title, note: `crosswalk confidence ${o.crosswalk.confidence}` }
            : null,
        onScale: !off,
        offScale: off
          ? `its source rates no levels and ${o.crosswalk ? `the O*NET occupation its crosswalk links (${o.crosswalk.code}) is not imported` : "no crosswalk links it to an O*NET occupation"}, so it is not on the common scales`
          : null,
        ...(off ? none : occupationFigures(measured.occupation)),
        guide: null,
        sources: [],
        assessment: null,
        levels: null,
      },
      measure: off ? { kind: "none" } : { kind: "needs", needs: measured.needs },
    };
  }
  if (input.kind === "you") {
    const e = input.entry;
    // a history file is the user's to edit: a level that is not a number is no level
    const levels = Object.fromEntries(Object.entries(e.profile.levels).filter(([, v]) => typeof v === "number" && Number.isFinite(v)));
    return {
      side: {
        kind: "you",
        id: "you",
        title: "You",
        code: null,
        via: null,
        onScale: true,
        offScale: null,
        ...none,
        guide: null,
        sources: [],
        assessment: { date: e.date, role: e.role, title: e.title, code: e.code ?? null },
        levels,
      },
      measure: { kind: "profile", profile: { levels } },
    };
  }
  const { role, linked } = input;
  const link = role.onet;
  const offScale = linked
    ? null
    : !link
      ? "its role file links it to no O*NET occupation, so its skills are not on the common scales"
      : reference === null
        ? `its O*NET link ${link.code} cannot be followed: no occupations are imported, so its skills are not on the common scales`
        : `its O*NET link ${link.code} is not among the imported occupations, so its skills are not on the common scales`;
  const f = role.keyFacts;
  // the key-facts median only: a level's median is the level row already
  const ownMedian = medianOf(role);
  return {
    side: {
      kind: "role",
      id: role.id,
      title: role.title,
      code: linked?.occupation.code ?? null,
      via: link ? { code: link.code, title: linked?.occupation.title ?? link.title, note: link.note ?? null } : null,
      onScale: linked !== null,
      offScale,
      ...(linked ? occupationFigures(linked.occupation) : none),
      guide: {
        levelMedian: levelFigure(role, "median"),
        levelAverage: levelFigure(role, "average"),
        median: ownMedian?.basis === "key-facts" ? ownMedian : null,
        typicalEducation: f?.typicalEducation ? { value: f.typicalEducation.text, source: f.typicalEducation.source } : null,
      },
      sources: role.sources,
      assessment: null,
      levels: null,
    },
    measure: linked ? { kind: "needs", needs: linked.needs } : { kind: "none" },
  };
}

const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** The rows of one kind: every element that matters to a side, the targets' most important first. */
function elementRows(kind: ElementKind, measures: readonly Measure[], model: ScaleModel, reference: Reference | null): ElementRow[] {
  const names = new Map<string, string>();
  for (const m of measures)
    if (m.kind === "needs") for (const n of mattering(m.needs, model)) if (n.kind === kind) names.set(n.element, n.name);
  const cell = (m: Measure, element: string): ElementNeed | null => {
    if (m.kind === "needs") {
      const n = m.needs.find((x) => x.element === element);
      return n ? { importance: n.importance, level: n.level, matters: n.importance >= model.importance && n.level > 0 } : null;
    }
    if (m.kind === "profile") {
      const level = m.profile.levels[element];
      return level === undefined ? null : { importance: null, level, matters: false };
    }
    return null;
  };
  const rows = [...names].map(
    ([element, name]): ElementRow => ({
      element,
      name: reference?.elements[element]?.name ?? name,
      needs: measures.map((m) => cell(m, element)),
    }),
  );
  // by the importance to the targets (the sides after the first) on the scales, the highest of them; else the first side's
  const targets = measures.map((_, i) => i).filter((i) => i > 0 && measures[i]!.kind === "needs");
  const by = targets.length > 0 ? targets : [0];
  const key = (r: ElementRow) => Math.max(0, ...by.map((i) => r.needs[i]?.importance ?? 0));
  return rows.sort((a, b) => key(b) - key(a) || byName(a, b));
}

function moveOf(
  from: ComparedSide,
  fromMeasure: Measure,
  to: ComparedSide,
  toMeasure: Measure,
  model: ScaleModel,
  reference: Reference | null,
): Move {
  const off = [from, to].filter((s) => !s.onScale);
  if (off.length > 0 || fromMeasure.kind === "none" || toMeasure.kind !== "needs") {
    return {
      from: from.id,
      to: to.id,
      transferable: null,
      toBuild: null,
      leftOut: [],
      reason: `${off.map((s) => s.id).join(" and ")} ${off.length > 1 ? "are" : "is"} not on the common scales`,
    };
  }
  let profile: Profile;
  let target: readonly Need[] = toMeasure.needs;
  const leftOut: ElementKind[] = [];
  if (fromMeasure.kind === "profile") {
    profile = fromMeasure.profile;
    const rated = new Set(Object.keys(profile.levels).map((id) => kindOfElement(id, reference ?? undefined)));
    for (const kind of ["skill", "knowledge"] as const)
      if (!rated.has(kind) && mattering(target, model).some((n) => n.kind === kind)) leftOut.push(kind);
    target = target.filter((n) => rated.has(n.kind));
  } else profile = profileOf(fromMeasure.needs);
  const g = gaps(profile, target, model);
  return { from: from.id, to: to.id, transferable: g.transferable, toBuild: g.toBuild, leftOut, reason: null };
}

function notesOf(sides: readonly ComparedSide[], moves: readonly Move[]): string[] {
  const notes: string[] = [];
  for (const s of sides) {
    if (s.kind !== "you" && s.onScale && s.via)
      notes.push(
        `${s.id}: its wages, outlook, job zone and ratings are those of ${s.via.code} ${s.via.title}, the O*NET occupation ${s.kind === "role" ? "its role file" : "Nesta's crosswalk"} links it to${s.via.note ? ` (${s.via.note.replace(/\.$/, "")})` : ""}.`,
      );
    if (s.offScale) notes.push(`${s.id}: ${s.offScale}.`);
    if (s.kind === "you" && s.assessment)
      notes.push(
        `You: your levels from the assessment of ${s.assessment.title} saved ${s.assessment.date.slice(0, 10)}; an element you did not rate counts as 0 where an occupation needs it.`,
      );
  }
  for (const m of moves) {
    for (const kind of m.leftOut)
      notes.push(`${m.to}: ${kind === "skill" ? "skills" : "knowledge"} left out of what carries over: your assessment rates none.`);
  }
  return notes;
}

/** Sources of the data set the comparison uses, and the attribution they ask for. */
function sourcesOf(manifest: Manifest | null, sides: readonly ComparedSide[], inputs: readonly SideInput[]) {
  if (!manifest || !sides.some((s) => s.code !== null)) return { sources: [], attribution: [] };
  const used = new Set<string>(["onet"]);
  const occupations = inputs.flatMap((i) => (i.kind === "occupation" ? [i.data.occupation] : []));
  if (occupations.some((o) => o.source === "esco")) used.add("esco");
  if (occupations.some((o) => o.crosswalk)) used.add("esco-crosswalk");
  if (sides.some((s) => s.wages)) used.add("bls-oews");
  if (sides.some((s) => s.outlook)) used.add("bls-projections");
  const sources = manifest.sources.filter((s) => used.has(s.id));
  return {
    sources: sources.map((s) => ({ name: s.name, version: s.version, date: s.date })),
    attribution: [...new Set(sources.map((s) => s.attribution))],
  };
}

/** The sides that list essential and optional items (ESCO's), compared exactly by URI; null where fewer than two do. */
function essentialOf(inputs: readonly SideInput[], model: RequirementsModel): EssentialComparison | null {
  const listed = inputs.flatMap((i) => (i.kind === "occupation" && i.data.occupation.requirements ? [i.data.occupation] : []));
  if (listed.length < 2) return null;
  const first = inputs[0]?.kind === "occupation" ? inputs[0].data.occupation : null;
  const from = first?.requirements ? { o: first, r: first.requirements } : null;
  return {
    sides: listed.map((o) => o.id),
    shared: sharedEssential(listed.map((o) => o.requirements!)),
    moves: from
      ? listed.slice(1).map((o) => {
          const to = o.requirements!;
          const gain = toGain(from.r, to);
          const lacking = new Set(gain.map((i) => i.uri));
          return {
            from: from.o.id,
            to: o.id,
            similarity: similarity(weightedItems(from.r, model), weightedItems(to, model)),
            shared: to.essential.filter((i) => !lacking.has(i.uri)),
            toGain: gain,
          };
        })
      : [],
  };
}

const range = (reference: Reference | null, id: string): [number, number] | null => {
  const s = reference?.scales[id];
  return s ? [s.min, s.max] : null;
};

/** Compare 2 to 4 sides on the common scales; the first is where every move starts. */
export function compareOccupations(input: CompareOccupationsInput): OccupationComparison {
  const { model, reference } = input;
  if (input.sides.length < MIN_ROLES || input.sides.length > MAX_ROLES) checkSideCount(input.sides.length, false);
  const built = input.sides.map((s) => sideOf(s, reference));
  const sides = built.map((b) => b.side);
  const measures = built.map((b) => b.measure);
  const moves = sides.slice(1).map((to, k) => moveOf(sides[0]!, measures[0]!, to, measures[k + 1]!, model, reference));
  return {
    kind: "occupations",
    base: sides[0]!.id,
    sides,
    scales: { importance: range(reference, "IM"), level: range(reference, "LV"), matters: model.importance },
    skills: elementRows("skill", measures, model, reference),
    knowledge: elementRows("knowledge", measures, model, reference),
    moves,
    essential: essentialOf(input.sides, input.requirements),
    ...sourcesOf(input.manifest, sides, input.sides),
    notes: notesOf(sides, moves),
  };
}
