import type { Command } from "commander";
import { createContext, emit, failOnProblems, flushNotes, type RunContext } from "../app/context.js";
import { type FormatOptions, resolveFormat } from "../app/output.js";
import { buildLadder, filterTrack, findLadder, findRoute, type LadderView, salaryInversions, stepsAhead } from "../core/ladder.js";
import { notFoundError, usageError } from "../errors.js";
import { requireTerminal } from "../prompts/terminal.js";
import { sourceTitle } from "../render/blocks.js";
import type { PathResult } from "../render/path.js";
import type { Role } from "../schema/role.js";
import { normalizeName } from "../text/names.js";
import { didYouMean } from "../text/suggest.js";

interface PathOptions extends FormatOptions {
  from?: string;
  to?: string;
  track?: string;
  interactive?: boolean;
  maxMoves?: string;
  area?: string;
}

/** The handler of `careers path`, loaded only when the command runs. */
export const run = async (query: string | undefined, opts: PathOptions, cmd: Command) => {
  const ctx = createContext(cmd);
  const format = resolveFormat(opts);
  if (opts.interactive) {
    requireTerminal(
      ctx.io,
      "careers path --interactive",
      `Use the plain form instead: careers path ${query ?? "<role>"} (add --json for data).`,
    );
  }
  // a role, or an imported occupation (its lattice, or a route to another with --to)
  const entry = query !== undefined ? await ctx.catalog.find(query) : undefined;
  if (entry?.kind === "occupation") {
    const { occupationPath } = await import("./path-occupation.js");
    return occupationPath(ctx, entry, opts, format);
  }
  if (opts.maxMoves !== undefined)
    throw usageError("--max-moves is for routes between occupations", "Example: careers path 43-4051 --to 43-1011 --max-moves 3");
  if (opts.area?.trim())
    throw usageError("--area is for the moves of an imported occupation, not a role's ladder", "Example: careers path 43-4051 --area TX");
  const named = query ?? opts.from ?? opts.to;
  if (!named) throw usageError("name a role, or a level with --from or --to", "Example: careers path clerk");
  const { role } = entry ?? (await ctx.catalog.get(named));
  const { roles, problems } = await ctx.catalog.all();
  const all = new Map(roles.map((r) => [r.id, r.role]));
  all.set(role.id, role);
  const found = findLadder(role, [...all.values()]);
  if (!found)
    throw notFoundError(`${role.title} is on no career ladder`, "Run `careers show clerk --section ladder` to see the bundled one.");
  const view = buildLadder(found.owner, found.ladder, all);
  const current = view.steps.some((s) => s.role === role.id) && query !== undefined ? role.id : null;

  if (opts.interactive) {
    flushNotes(ctx);
    const { walkLadder, walkSummary } = await import("../prompts/path.js");
    const style = await ctx.style();
    const state = await walkLadder(view, current ?? undefined, { write: ctx.io.stdout, style });
    ctx.io.stdout(walkSummary(view, state, style.width));
    return failOnProblems(ctx, problems, "the ladder was drawn without those files");
  }
  const result = await pathResult(ctx, view, found.owner, all, current, opts);
  const onward = await onwardOf(ctx, view, result, all);
  if (onward) result.onward = onward;
  await emit(ctx, result, format, {
    table: () => import("../render/path.js").then((m) => m.renderPath),
    sheet: () => import("../render/flatten-results.js").then((m) => m.pathSheet),
  });
  failOnProblems(ctx, problems, "the ladder was drawn without those files");
};

async function pathResult(
  ctx: RunContext,
  view: LadderView,
  owner: Role,
  roles: ReadonlyMap<string, Role>,
  current: string | null,
  opts: PathOptions,
): Promise<PathResult> {
  const track = opts.track === undefined ? undefined : resolveTrack(view, opts.track);
  let steps = track === undefined ? view.steps : filterTrack(view, track);
  let route: PathResult["route"] = null;
  if (opts.from !== undefined || opts.to !== undefined) {
    const candidates = track === undefined ? view.steps : steps;
    const from = opts.from !== undefined ? await resolveLevel(ctx, view, opts.from) : (current ?? candidates[0]!.role);
    const to = opts.to !== undefined ? await resolveLevel(ctx, view, opts.to) : highestAbove(view, from, track);
    const found = findRoute(view, from, to, track);
    if (!found.ok)
      throw usageError(found.message, `The ladder, in order: ${view.steps.map((s) => s.role).join(", ")}. See: careers path ${view.owner}`);
    const { steps: routeSteps, ...rest } = found.route;
    steps = routeSteps;
    route = rest;
  }
  return {
    ladder: {
      owner: view.owner,
      name: view.name,
      summary: view.summary,
      source: view.source,
      sourceTitle: sourceTitle(owner, view.source),
      levels: view.steps.length,
    },
    tracks: view.tracks,
    current,
    track: track ?? null,
    steps,
    route,
    ahead: current
      ? stepsAhead(view, current)
          .filter((s) => track === undefined || s.track === track)
          .map((s) => s.role)
      : [],
    lateralMoves: view.lateralMoves,
    inversions: salaryInversions(steps),
    salary: {
      table: owner.salaryByLevel ? sourceTitle(owner, owner.salaryByLevel.source) : null,
      otherMedians: steps.flatMap((s) => {
        const m = roles.get(s.role)?.keyFacts?.medianSalary;
        const role = roles.get(s.role)!;
        return m
          ? [
              {
                role: s.role,
                title: s.title,
                amount: m.amount,
                currency: m.currency,
                label: [m.scope, m.date].filter(Boolean).join(", ") || "median",
                source: sourceTitle(role, m.source),
              },
            ]
          : [];
      }),
    },
  };
}

/**
 * Where the steps shown end at the ladder's top role and a data set is installed that holds the O*NET
 * occupation the top role links to: the steps up from that occupation.
 */
async function onwardOf(
  ctx: RunContext,
  view: LadderView,
  result: PathResult,
  roles: ReadonlyMap<string, Role>,
): Promise<PathResult["onward"]> {
  const top = view.steps.at(-1);
  const role = top && roles.get(top.role);
  if (!role?.onet || result.steps.at(-1)?.role !== top!.role) return undefined;
  const dataset = await ctx.catalog.occupations();
  if (!dataset) return undefined;
  const { onwardFrom } = await import("./path-occupation.js");
  return onwardFrom(dataset, role);
}

function resolveTrack(view: LadderView, wanted: string): string {
  const name = normalizeName(wanted);
  const hit = view.tracks.find((t) => t.id === wanted.toLowerCase() || normalizeName(t.name) === name);
  if (hit) return hit.id;
  const hint = didYouMean(
    wanted,
    view.tracks.map((t) => t.id),
  );
  throw usageError(
    `unknown track "${wanted}"`,
    `${hint ? hint + " " : ""}Tracks of ${view.name}: ${view.tracks.map((t) => t.id).join(", ")}.`,
  );
}

/** A level named by role id, title or alias, or by its title on the ladder. */
async function resolveLevel(ctx: RunContext, view: LadderView, wanted: string): Promise<string> {
  const name = normalizeName(wanted);
  const direct = view.steps.find((s) => s.role === wanted.toLowerCase() || normalizeName(s.title) === name);
  if (direct) return direct.role;
  const { role } = await ctx.catalog.get(wanted);
  if (view.steps.some((s) => s.role === role.id)) return role.id;
  throw usageError(`${role.title} is not a level of the ${view.name}`, `Levels: ${view.steps.map((s) => s.role).join(", ")}.`);
}

/** The last level, in the ladder's order, reachable upwards from `from` (itself if none). */
function highestAbove(view: LadderView, from: string, track: string | undefined): string {
  const ahead = stepsAhead(view, from).filter((s) => track === undefined || s.track === track);
  return ahead.at(-1)?.role ?? from;
}
