/**
 * `careers path <occupation>`: the career lattice of an occupation (steps up, lateral moves, stepping
 * stones), a route through related occupations, and the onward moves from the top of a role's ladder, as
 * tables that fit the terminal. Pure.
 */

import type { z } from "zod";
import type { Move, Place } from "../core/lattice.js";
import type { pathOccupationOutput, pathOutput } from "../schema/outputs-path.js";
import { areaMedianNote, renderAreaLine } from "./area.js";
import { joinBlocks, paragraph, WIDER_MARK } from "./blocks.js";
import type { Cell, Sheet } from "./flat.js";
import { formatGrowth, formatMoneyFigure, formatSignedMoney, formatSignedPercent } from "./format.js";
import type { Style } from "./style.js";
import { renderTable } from "./table.js";
import { hang } from "./text.js";

/**
 * What `careers path <occupation>` prints, in text and (as is) in JSON: with --area (or CAREERS_AREA) the
 * area whose medians the places hold, the occupation's lattice, how many gaps the tables show per move (all
 * are in the JSON), and with --to the route (the table then shows the route alone): the type of the schema
 * of `path --to`'s output (schema/outputs-path.ts).
 */
export type OccupationPathResult = z.output<typeof pathOccupationOutput>;

/**
 * The steps up from the O*NET occupation the top role of a ladder links to: the ladder's top role (its id
 * and title), its O*NET-SOC code, the occupation and its moves: path's `onward` (schema/outputs-path.ts).
 */
export type Onward = NonNullable<z.output<typeof pathOutput>["onward"]>;

const NA = "n/a";

const median = (p: Pick<Place, "median">): string => (p.median ? formatMoneyFigure(p.median) + (p.median.blsBasis ? WIDER_MARK : "") : NA);

export const formatPay = (pay: Move["pay"]): string =>
  pay === null ? NA : `${formatSignedMoney(pay.amount, "USD")}${pay.percent === null ? "" : ` (${formatSignedPercent(pay.percent)})`}`;

const level = (n: number): string => String(Math.round(n * 10) / 10);

const zone = (z: Place["jobZone"]): string => (z === null ? NA : String(z.zone));

/** The biggest gaps of a move, one a line: "Speaking 3.5→4.5", and how many more. */
function gapLines(move: Move, shown: number): string {
  if (!move.rated) return "not rated by O*NET";
  if (move.gaps.length === 0) return "nothing";
  const lines = move.gaps.slice(0, shown).map((g) => `${g.name} ${level(g.have)}→${level(g.level)}`);
  const more = move.gaps.length - shown;
  return [...lines, ...(more > 0 ? [`+${more} more`] : [])].join("\n");
}

/** One table of moves: where each leads, its pay and zone, what it takes and what carries over. */
function movesTable(style: Style, moves: readonly Move[], gapsShown: number, from?: readonly Place[]): string {
  const zoneCell = (m: Move, k: number) => (from ? `${zone(from[k]!.jobZone)}→${zone(m.jobZone)}` : zone(m.jobZone));
  return renderTable(style, {
    head: [...(from ? ["Move"] : []), "Occupation", "Tier", "Median", "Change", "Zone", "To build (biggest gaps)", "Transfer"],
    rows: moves.map((m, k) => [
      ...(from ? [String(k + 1)] : []),
      `${m.title}\n${m.code}`,
      m.tier ?? NA,
      median(m),
      formatPay(m.pay),
      zoneCell(m, k),
      gapLines(m, gapsShown),
      m.rated ? `${m.transferable} of ${m.transferable + m.gaps.length}` : NA,
    ]),
    align: [...(from ? (["right"] as const) : []), "left", "left", "right", "right", "right", "left", "right"],
    lead: from ? 2 : 1,
  });
}

const percentOf = (band: number) => `${Math.round(band * 1000) / 10}%`;

/** What the columns hold, under the tables. */
function legend(style: Style, gapsShown: number, band?: number): string {
  const lines = [
    ...(band === undefined
      ? []
      : [
          `Step up: a higher job zone, or in the same zone a median more than ${percentOf(band)} higher; stepping stone: a lower zone, or a median more than ${percentOf(band)} lower; lateral: the rest (and where a median is missing).`,
        ]),
    `Tier: how closely O*NET relates the occupations (Primary-Short, Primary-Long, Supplemental). Median: annual, USD (BLS; ≥: BLS gives only a floor, and the change is n/a). Zone: O*NET job zone 1-5.`,
    `To build: the ${gapsShown} biggest gaps (level had→level needed, O*NET's 0-7 scale), the levels had being those of the occupation the move starts from, biggest gap × importance first; all of them in --json. Transfer: of the skills and knowledge areas that matter to the occupation moved to, how many are already reached.`,
  ];
  return style.c.dim(lines.map((l) => hang("", l, style.width)).join("\n"));
}

const placeLine = (p: Place): string =>
  `Median ${median(p)} · job zone ${zone(p.jobZone)}${p.growth === null ? "" : ` · growth ${formatGrowth(p.growth)}${p.growth.blsBasis ? WIDER_MARK : ""}`}`;

function group(style: Style, title: string, moves: readonly Move[], gapsShown: number): string {
  if (moves.length === 0) return `${style.c.bold(title)}: none among the related occupations.`;
  return `${style.c.bold(`${title} (${moves.length})`)}\n${movesTable(style, moves, gapsShown)}`;
}

export function renderOccupationPath(result: OccupationPathResult, style: Style): string {
  const body = result.route ? renderRoute(result.route, result.gapsShown, style) : renderLattice(result, style);
  const area = result.area;
  if (!area) return body;
  const places = result.route
    ? [result.route.from, ...result.route.moves]
    : [result.occupation, ...result.up, ...result.lateral, ...result.steppingStones];
  const note = style.c.dim(hang("", areaMedianNote(area, places), style.width));
  return `${renderAreaLine(style, area, area.origin)}\n${body.replace(/\n*$/, "")}\n${note}\n`;
}

function renderLattice(result: OccupationPathResult, style: Style): string {
  const o = result.occupation;
  const none = result.up.length + result.lateral.length + result.steppingStones.length === 0;
  return (
    joinBlocks([
      style.c.bold(paragraph(style, `Career lattice: ${o.title} (${o.code})`)),
      paragraph(style, placeLine(o)),
      o.rated ? "" : paragraph(style, `O*NET rates no skills or knowledge for ${o.title}: every gap counts from level 0.`),
      ...(none
        ? [paragraph(style, "O*NET relates no other occupation to this one.")]
        : [
            group(style, "Steps up", result.up, result.gapsShown),
            group(style, "Lateral moves", result.lateral, result.gapsShown),
            group(style, "Stepping stones", result.steppingStones, result.gapsShown),
            legend(style, result.gapsShown, result.lateralBand),
          ]),
      style.c.dim(paragraph(style, `A route to another occupation: careers path ${o.code} --to <occupation>`)),
    ]) + "\n"
  );
}

function renderRoute(result: NonNullable<OccupationPathResult["route"]>, gapsShown: number, style: Style): string {
  const n = result.moves.length;
  const pay = result.pay === null ? "" : `, ${formatPay(result.pay)}`;
  return (
    joinBlocks([
      style.c.bold(paragraph(style, `Route: ${result.from.title} (${result.from.code}) to ${result.to.title} (${result.to.code})`)),
      paragraph(
        style,
        `${n} ${n === 1 ? "move" : "moves"} through related occupations (the fewest; at most ${result.maxMoves} searched). Median ${median(result.from)} → ${median(result.to)}${pay}; job zone ${zone(result.from.jobZone)} → ${zone(result.to.jobZone)}.`,
      ),
      movesTable(
        style,
        result.moves,
        gapsShown,
        result.moves.map((m) => m.from),
      ),
      legend(style, gapsShown),
    ]) + "\n"
  );
}

/** The onward block under a role's ladder. */
export function renderOnward(style: Style, onward: Onward): string {
  const head = style.c.bold(paragraph(style, `Onward from ${onward.title} via O*NET ${onward.code} ${onward.occupation.title}`));
  const moves = onward.moves.length > 0;
  return joinBlocks([
    head,
    paragraph(style, placeLine(onward.occupation)),
    moves ? movesTable(style, onward.moves, onward.gapsShown) : paragraph(style, "No related occupation is a step up from it."),
    moves ? legend(style, onward.gapsShown, onward.lateralBand) : "",
  ]);
}

/** The onward moves as lines, for the markdown notes of a ladder. */
export const onwardLines = (onward: Onward): string[] =>
  onward.moves.map((m) => `${m.title} (${m.code}): ${median(m)}, ${formatPay(m.pay)}, job zone ${zone(m.jobZone)}`);

const HEAD = [
  "direction",
  "code",
  "title",
  "tier",
  "median",
  "payChange",
  "payChangePercent",
  "jobZone",
  "rated",
  "transferable",
  "weightedGap",
  "gaps",
];

const moveCells = (m: Move, gapsShown: number): Cell[] => [
  m.direction,
  m.code,
  m.title,
  m.tier,
  m.median?.amount ?? null,
  m.pay?.amount ?? null,
  m.pay?.percent ?? null,
  m.jobZone?.zone ?? null,
  m.rated,
  m.transferable,
  Math.round(m.weightedGap * 100) / 100,
  m.gaps
    .slice(0, gapsShown)
    .map((g) => g.name)
    .join("; "),
];

export function occupationPathSheet(result: OccupationPathResult): Sheet {
  const r = result.route;
  if (r)
    return {
      title: `Route: ${r.from.title} to ${r.to.title}`,
      head: ["move", "fromCode", "fromTitle", ...HEAD],
      rows: r.moves.map((m, k) => [k + 1, m.from.code, m.from.title, ...moveCells(m, result.gapsShown)]),
    };
  return {
    title: `Career lattice: ${result.occupation.title} (${result.occupation.code})`,
    head: HEAD,
    rows: [...result.up, ...result.lateral, ...result.steppingStones].map((m) => moveCells(m, result.gapsShown)),
  };
}
