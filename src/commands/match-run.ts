import type { Command } from "commander";
import { createContext, emit, importedOccupations, type RunContext } from "../app/context.js";
import { readHistory } from "../app/history.js";
import { type Format, resolveFormat } from "../app/output.js";
import { type DatasetDates, datasetDates, occupationFigures, occupationReference } from "../core/figures.js";
import { type LikeProfile, likeProfileAt, overrideProfile } from "../core/like.js";
import { parseAmount, parseLimit, parseZones } from "../core/listing.js";
import { explain, filterPlaces, type MatchRow, partsOf, rankProfile, selectMatches, type Work } from "../core/match.js";
import { latestInterests, latestProfile, matchTemplate, parseInterestScores, profileFromAnswers, ratedCount } from "../core/profile.js";
import type { Profile } from "../core/scale.js";
import { parseSource, ratesLevels } from "../core/sources.js";
import { CareersError, dataError, notFoundError, usageError } from "../errors.js";
import { readMatchAnswersCached } from "../loader/answers-cache.js";
import { loadModel } from "../loader/bundled.js";
import { ambiguousOccupation } from "../loader/occupation-lookup.js";
import type { Dataset } from "../loader/occupations.js";
import { requireTerminal } from "../prompts/terminal.js";
import { usableWidth } from "../prompts/wrap.js";
import type { ExplainResult, MatchOutputRow, MatchResult, MatchWork, ProfileSource } from "../render/match.js";
import { type Index, type IndexRow, sourceOfId } from "../schema/occupation.js";
import { heldOccupations, heldOnly } from "./match-held.js";

/** match's rows in the output vocabulary: each occupation's reference and key figures, as every command gives them. */
function withFigures(rows: readonly MatchRow[], index: Index, dates: DatasetDates): MatchOutputRow[] {
  const byCode = new Map(index.occupations.map((o) => [o.code, o]));
  return rows.map((r) => ({
    rank: r.rank,
    ...occupationFigures(byCode.get(r.code)!, dates),
    fit: r.fit,
    distance: r.distance,
    biggestGap: r.biggestGap,
  }));
}

/** Whose work activities the fit measured, with each occupation's reference. */
function workOf(work: Work | null, index: Index): MatchWork | null {
  if (!work) return null;
  return { kind: work.kind, occupations: work.from.map((i) => occupationReference(index.occupations[i]!)) };
}

interface MatchOptions {
  like?: string[];
  answers?: string;
  fromHistory?: boolean;
  limit?: string;
  zone?: string;
  minMedian?: string;
  education?: string;
  area?: string;
  source?: string;
  explain?: string;
  interests?: string;
  template?: boolean;
  skills?: string;
  isco?: string;
  json?: boolean;
  format?: Format;
}

/** What match says of occupations whose source rates no levels (ESCO's). */
const unrated = (what = "ESCO's occupations rate none") =>
  usageError(
    `match ranks occupations by the levels their source rates (O*NET's skills, knowledge and interests): ${what}`,
    "Rank ESCO's by the skills you have: careers match --skills FILE (to mark: careers match --template --source esco --isco <group>), or --like <ESCO occupation>. Rank O*NET's: --source onet.",
  );

/** Occupations shown when --limit is not given. */
const DEFAULT_LIMIT = 10;

const ANSWERS_HINT =
  "Give your levels from a file instead: careers match --answers levels.yaml (skills: { Active Listening: 4, ... }), or from a saved assessment: careers match --from-history.";

/** The place in the index of the occupation a name given on the command line names. */
function occupationPlace(dataset: Dataset, query: string): number {
  const found = dataset.find(query);
  if (!found) {
    const hint = dataset.suggest(query);
    throw notFoundError(`unknown occupation "${query}"`, `${hint ? hint + " " : ""}Search the occupations: careers search ${query.trim()}`);
  }
  if ("ambiguous" in found) throw ambiguousOccupation(query, found.ambiguous);
  return dataset.placeOf(found.row.code);
}

/** A profile from an answers file on the common scales; names not understood are a data error naming the file. */
async function answersProfile(ctx: RunContext, dataset: Dataset, source: string): Promise<{ profile: Profile; source: ProfileSource }> {
  const where = source === "-" ? "<stdin>" : source;
  const answers = await readMatchAnswersCached(source === "-" ? source : ctx.path(source), ctx.io.env, ctx.io.stdin);
  const { profile, problems } = profileFromAnswers(answers, dataset.reference());
  if (problems.length > 0)
    throw dataError(
      `${where}: ${problems.length} answer${problems.length > 1 ? "s" : ""} not understood`,
      problems.map((p) => ({
        file: where,
        line: 0,
        col: 0,
        path: p.path.join("."),
        message: p.suggestion ? `${p.message}. ${p.suggestion}` : p.message,
        severity: "error",
      })),
    );
  if (Object.keys(profile.levels).length === 0 && !profile.interests)
    throw new CareersError(
      "invalid-data",
      `${where} rates nothing yet: every level is null or left out`,
      [],
      "Replace a null with your level 0-7 (the comments give O*NET's examples of each level); one left null is not rated. A file to fill in: careers match --template > levels.yaml",
    );
  return { profile, source: { kind: "answers", file: where } };
}

/**
 * The profile of the history: the levels of the most recent saved assessment that holds them, with the
 * interests of the most recent saved result that rates them (an interests quiz, or that assessment).
 */
function historyProfile(ctx: RunContext): { profile: Profile; source: ProfileSource } {
  const saved = readHistory(ctx);
  const entry = latestProfile(saved);
  const quiz = latestInterests(saved);
  if (!entry && !quiz)
    throw notFoundError(
      "no saved assessment holds your levels on O*NET's scales, nor any saved interests",
      "Save one: careers assess <occupation> --save (an imported occupation, e.g. 43-4051.00), or careers interests --save; or give them from a file: careers match --answers levels.yaml.",
    );
  const interests = quiz?.profile.interests;
  const from = quiz && quiz !== entry ? { interests: { date: quiz.date, title: quiz.title } } : {};
  const main = entry ?? quiz!;
  return {
    profile: { levels: entry?.profile.levels ?? {}, ...(interests ? { interests } : {}) },
    source: { kind: "history", date: main.date, title: main.title, code: entry?.code ?? null, ...from },
  };
}

/** The profile of the occupations held, with the levels (and interests) an answers file sets, if one is given. */
async function likeChoice(
  ctx: RunContext,
  dataset: Dataset,
  held: readonly IndexRow[],
  answers: string | undefined,
): Promise<{ profile: LikeProfile; source: ProfileSource }> {
  const places = held.map((r) => dataset.placeOf(r.code));
  // the rows of the occupations held alone: decoding every row here as well doubled the command's time
  const like = likeProfileAt(dataset.ratingsFor(places), places, dataset.reference());
  const occupations = held.map(occupationReference);
  if (answers === undefined) return { profile: like, source: { kind: "like", occupations } };
  const own = await answersProfile(ctx, dataset, answers);
  const file = own.source.kind === "answers" ? own.source.file : answers;
  return { profile: overrideProfile(like, own.profile), source: { kind: "like", occupations, file } };
}

/** The quick profile: every skill of the data set, then optionally the interests. */
async function interactiveProfile(ctx: RunContext, dataset: Dataset): Promise<{ profile: Profile; source: ProfileSource }> {
  const reference = dataset.reference();
  const skills = Object.entries(reference.elements)
    .filter(([, e]) => e.kind === "skill")
    .map(([id, e]) => ({ id, name: e.name, description: e.description, anchors: e.anchors ?? [] }));
  const { askProfile } = await import("../prompts/match.js");
  const profile = await askProfile(skills, reference.interests, { width: usableWidth(ctx.io.columns, ctx.io.env) });
  return { profile, source: { kind: "interactive" } };
}

/** The options that give a profile, or ask for one, which --template does without. */
const PROFILE_OPTIONS = [
  "like",
  "answers",
  "fromHistory",
  "interests",
  "explain",
  "zone",
  "minMedian",
  "education",
  "limit",
  "area",
  "source",
] as const;
/** an option's flag, from its name: fromHistory -> --from-history */
const flag = (option: string): string => `--${option.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/** `match --template`: every skill, knowledge area and interest of the data set, each null, to fill in. */
async function printTemplate(ctx: RunContext, dataset: Dataset, format: Format): Promise<void> {
  if (format !== "table" && format !== "yaml" && format !== "json")
    throw usageError(`--template writes an answers file: YAML or JSON, not ${format}`, "Give --format yaml (the default) or --json.");
  const reference = dataset.reference();
  const template = matchTemplate(reference);
  const release = dataset.manifest().sources.find((x) => x.id === "onet")?.version ?? "";
  // JSON is YAML too: `--answers` reads either back as it is
  ctx.io.stdout(
    format === "json"
      ? JSON.stringify(template, null, 2) + "\n"
      : (await import("../render/match.js")).renderMatchTemplate(template, reference, release),
  );
}

/** The handler of `careers match`, loaded only when the command runs. */
export const run = async (opts: MatchOptions, cmd: Command) => {
  const ctx = createContext(cmd);
  const format = resolveFormat(opts);
  // over ESCO's items (match-items.ts): a checklist, a group's, or (below) ESCO's occupations held
  const esco = opts.source !== undefined && parseSource(opts.source) === "esco";
  if (opts.skills !== undefined || opts.isco !== undefined || (esco && opts.template))
    return (await import("./match-items.js")).runItems(ctx, opts, format, await heldOnly(ctx, opts.like));
  if (opts.template) {
    const given = PROFILE_OPTIONS.filter((o) => opts[o] !== undefined).map(flag);
    if (given.length > 0)
      throw usageError(
        `--template writes an answers file to fill in: ${given.join(", ")} ${given.length > 1 ? "do" : "does"} not apply`,
        "Write it, fill some in, then: careers match --answers levels.yaml.",
      );
  }
  if (opts.answers !== undefined && opts.fromHistory)
    throw usageError("--answers and --from-history give two profiles", "Give one: a file of levels, or your saved assessment.");
  if (opts.like !== undefined && opts.fromHistory)
    throw usageError(
      "--like and --from-history give two profiles",
      "Give one: the occupations you have held (with --answers for levels of your own), or your saved assessment.",
    );
  const only = opts.source === undefined ? undefined : parseSource(opts.source);
  if (only !== undefined && !ratesLevels(only) && opts.like === undefined) throw unrated();
  const filters = {
    zones: opts.zone === undefined ? undefined : parseZones(opts.zone),
    minMedian: opts.minMedian === undefined ? undefined : parseAmount(opts.minMedian, "--min-median"),
    education: opts.education,
    limit: opts.limit === undefined ? DEFAULT_LIMIT : parseLimit(opts.limit),
  };
  const interests = opts.interests === undefined ? undefined : parseInterestScores(opts.interests);
  if (opts.explain !== undefined && format === "jsonl")
    throw usageError("--explain shows one occupation: --format jsonl prints a listing, one result a line", "Give --format json.");
  if (opts.explain !== undefined && [opts.zone, opts.minMedian, opts.education, opts.limit, opts.area].some((o) => o !== undefined))
    throw usageError(
      "--explain shows one occupation: --zone, --min-median, --education, --limit and --area do not apply",
      "Its rank is among all occupations.",
    );
  const dataset = await importedOccupations(ctx, "no occupations to match: none are imported");
  if (opts.template) return printTemplate(ctx, dataset, format);
  // a misspelt occupation or education fails before any question is asked
  const target = opts.explain === undefined ? undefined : occupationPlace(dataset, opts.explain);
  const held = opts.like === undefined ? [] : await heldOccupations(ctx, dataset, opts.like);
  if (held.some((r) => !ratesLevels(sourceOfId(r.id)))) return (await import("./match-items.js")).runItems(ctx, opts, format, held);
  if (esco) throw unrated();
  const heldPlaces = new Set(held.map((r) => dataset.placeOf(r.code)));
  if (target !== undefined && !ratesLevels(sourceOfId(dataset.row(target).id)))
    throw unrated(`--explain ${opts.explain} is ESCO's, which rates none`);
  if (target !== undefined && heldPlaces.has(target))
    throw usageError(
      `--explain ${opts.explain}: an occupation given to --like is left out of the ranking`,
      "Explain another occupation, one of those ranked.",
    );
  const index = dataset.index();
  // --area: the area's medians, and --min-median on them
  const inArea =
    opts.explain === undefined && (opts.area !== undefined || ctx.io.env.CAREERS_AREA)
      ? (await import("../app/areas.js")).areaRows(ctx, dataset, opts.area)
      : null;
  const passing = filterPlaces(index, filters, inArea ? (rows) => inArea.rows(rows) : undefined);
  let chosen: { profile: Profile; source: ProfileSource };
  if (opts.like !== undefined) chosen = await likeChoice(ctx, dataset, held, opts.answers);
  else if (opts.answers !== undefined) chosen = await answersProfile(ctx, dataset, opts.answers);
  else if (opts.fromHistory) chosen = historyProfile(ctx);
  else if (interests) chosen = { profile: { levels: {} }, source: { kind: "interests" } };
  else {
    requireTerminal(ctx.io, "the interactive profile", ANSWERS_HINT);
    chosen = await interactiveProfile(ctx, dataset);
  }
  // --interests: the six scores given replace those of the profile, if it has any
  const profile: Profile = interests ? { ...chosen.profile, interests } : chosen.profile;
  const source: ProfileSource =
    interests && chosen.source.kind !== "interests" ? { ...chosen.source, interestsGiven: true } : chosen.source;
  const reference = dataset.reference();
  // a saved profile from another release may name no element of this one
  if (!Object.keys(profile.levels).some((id) => reference.elements[id]) && !profile.interests)
    throw dataError(
      `${source.kind === "answers" ? source.file : source.kind === "like" ? "the occupations given to --like" : "your saved assessment"} rates no skill, knowledge area or interest of the occupations data set`,
    );
  const assessment = await loadModel();
  const model = assessment.occupations;
  // the occupations held are left out, and those whose source rates no levels (ESCO's): ranks count the
  // others; the work activities of the jobs held, or of the occupation the levels resemble most, are measured
  const rated = (i: number) => ratesLevels(sourceOfId(index.occupations[i]!.id));
  // the ratings up to the last occupation ranked: ESCO's, after O*NET's, have none to read
  let records = index.occupations.length;
  while (records > 0 && !rated(records - 1)) records--;
  const ranking = rankProfile(profile, index, dataset.figures(records), reference, model, dataset.activities(), heldPlaces, rated);
  const work = workOf(ranking.work, index);
  if (target !== undefined) {
    const explained = explain(profile, ranking, index, target, reference, model);
    const result: ExplainResult = { source, work, ...explained, occupation: occupationReference(explained.occupation) };
    return emit(ctx, result, format, () => import("../render/match.js").then((m) => m.renderExplain));
  }
  const selected = selectMatches(profile, ranking, index, model, passing, filters.limit);
  const rows = withFigures(selected.rows, index, datasetDates(dataset.manifest()));
  const result: MatchResult = {
    ...(inArea ? { area: inArea.area } : {}),
    source,
    profile,
    rated: ratedCount(profile, reference, assessment.partialProfile),
    parts: partsOf(ranking.ranked),
    work,
    filters: { zones: filters.zones ?? null, minMedian: filters.minMedian ?? null, education: filters.education ?? null },
    total: ranking.ranked.length,
    results: inArea ? inArea.rows(rows) : rows,
    shown: { rows: selected.rows.length, of: selected.matched },
  };
  await emit(ctx, result, format, {
    table: () => import("../render/match.js").then((m) => m.renderMatch),
    sheet: () => import("../render/match.js").then((m) => m.matchSheet),
  });
};
