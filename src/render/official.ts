/**
 * The `official` section of `careers show <role>`: the guide's figures and the official ones (BLS, O*NET)
 * of the occupation the role links to, in two labelled columns, each figure with its source and date.
 * Pure: figures in, string out.
 */
import type { BlsSource, OfficialFigures } from "../core/official.js";
import type { Wage } from "../schema/occupation.js";
import { INFERRED_MARK, joinBlocks, marked, paragraph } from "./blocks.js";
import { DASH, formatGrowth, formatMoney, formatNumber, formatRange, formatSignedPercent } from "./format.js";
import { formatWage } from "./occupation.js";
import type { Style } from "./style.js";
import { renderTable } from "./table.js";

const BASIS: Record<BlsSource["basis"], string> = {
  detailed: "the same SOC code",
  part: "the SOC occupation this one is part of",
  combined: "a code BLS publishes for several SOC occupations",
  broad: "the broad group BLS publishes",
};

/** "BLS 43-4051 Customer Service Representatives (the same SOC code)"; the join's note in words where there is one */
const blsName = (b: BlsSource): string => `BLS ${b.code} ${b.title} (${b.note ?? BASIS[b.basis]})`;

/** "42,830 USD", "≥ 239,200 USD" (top-coded), "n/a" (no estimate) */
const usd = (w: Wage, cents = false): string => {
  const text = formatWage(w, cents);
  return /\d/.test(text) ? `${text} USD` : text;
};

export function renderOfficial(f: OfficialFigures, style: Style): string {
  const g = f.guide;
  const w = f.wages;
  const o = f.outlook;
  const guideMedian = g.median
    ? `${marked(formatMoney(g.median.amount, g.median.currency), g.median.inferred)} a year\n(${g.median.label})`
    : DASH;
  const rows: string[][] = [
    ["Median pay", guideMedian, w ? `${usd(w.annual.median)} a year\n(U.S. national median, OEWS ${w.period})` : DASH],
    ["Hourly median", DASH, w ? `${usd(w.hourlyMedian, true)} (${w.period})` : DASH],
    [
      "Pay range",
      g.range ? marked(formatRange(g.range), g.range.inferred) : DASH,
      w ? `${formatWage(w.annual.pct10)}–${formatWage(w.annual.pct90)} USD\n(10th–90th percentile)` : DASH,
    ],
    [
      "Growth",
      g.growth ? `${marked(formatGrowth(g.growth), g.growth.inferred)}${g.growth.label ? ` (${g.growth.label})` : ""}` : DASH,
      o?.changePercent !== null && o?.changePercent !== undefined ? `${formatSignedPercent(o.changePercent)} (${o.period})` : DASH,
    ],
    [
      "Openings a year",
      g.annualOpenings
        ? `${g.annualOpenings.approximate ? "about " : ""}${marked(formatNumber(g.annualOpenings.count), g.annualOpenings.inferred)}`
        : DASH,
      o?.openings !== null && o?.openings !== undefined ? `${formatNumber(o.openings)} (${o.period})` : DASH,
    ],
    ["Entry education", g.typicalEducation?.text ?? DASH, o?.entryEducation ?? DASH],
    ["Job zone", DASH, f.jobZone ? (f.jobZone.name ?? `Job Zone ${f.jobZone.zone}`) : DASH],
  ];
  const shown = rows.filter((r) => r[1] !== DASH || r[2] !== DASH);
  const table = renderTable(style, {
    head: ["", "The guide", "Official (BLS, O*NET)"],
    rows: shown.map(([label, ...rest]) => [style.c.bold(label!), ...rest]),
  });
  const percentiles = w
    ? renderTable(style, {
        head: ["USD a year", "10th", "25th", "Median", "75th", "90th", "Mean"],
        rows: [
          [`OEWS ${w.period}`, ...(["pct10", "pct25", "median", "pct75", "pct90", "mean"] as const).map((p) => formatWage(w.annual[p]))],
        ],
        align: ["left", "right", "right", "right", "right", "right", "right"],
      })
    : "";
  const guideSources = [
    ...new Set([g.median, g.range, g.growth, g.annualOpenings, g.typicalEducation].flatMap((x) => (x ? [x.sourceTitle] : []))),
  ];
  const inferred = [g.median, g.range, g.growth, g.annualOpenings].some((x) => x?.inferred);
  const official = [
    `O*NET ${f.onet.code} ${f.onet.title}.`,
    w ? `Wages: ${blsName(w.bls)}, OEWS ${w.period}${w.employment !== null ? `, ${formatNumber(w.employment)} employed` : ""}.` : "",
    o ? `Outlook: ${blsName(o.bls)}, Employment Projections ${o.period}.` : "",
    `Releases: ${f.sources.map((s) => `${s.name} ${s.version}${s.date && s.date !== s.version ? ` (${s.date})` : ""}`).join("; ")}.`,
  ].filter(Boolean);
  return joinBlocks([
    table,
    percentiles,
    style.c.dim(
      [
        paragraph(
          style,
          `The guide: ${guideSources.length ? guideSources.join("; ") : "no figures"}.${inferred ? ` ${INFERRED_MARK}: borrowed or inferred (careers show --section facts).` : ""}`,
        ),
        paragraph(style, `Official: ${official.join(" ")}`),
      ].join("\n"),
    ),
    style.c.dim(f.attribution.map((a) => paragraph(style, a)).join("\n")),
  ]);
}
