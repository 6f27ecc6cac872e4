/**
 * `careers compare`: the result as side-by-side tables (one column a role), a salary chart, notes on
 * missing figures and currencies, and the numbered sources the cells cite. Pure: result in, string out.
 */
import {
  type ComparedRole,
  type CompareResult,
  type DifferenceKey,
  type NameComparison,
  type NamedItem,
  type SharedItem,
  sharedName,
} from "../core/compare.js";
import { figureLabel as figureLabelIn } from "../core/summary.js";
import type { Role } from "../schema/role.js";
import { joinBlocks, section, sourceTitle } from "./blocks.js";
import { renderSalaryChart } from "./compare-chart.js";
import {
  DASH,
  formatGrowth,
  formatMoney,
  formatNumber,
  formatRange,
  formatSignedMoney,
  formatSignedPercent,
  formatYears,
} from "./format.js";
import type { Style } from "./style.js";
import { renderTable } from "./table.js";
import { hang } from "./text.js";

/** Marks a figure its data says is inferred or borrowed; the notes give the reason. */
const INFERRED = "†";

/** Numbers the sources in the order cells cite them; the same document cited by two roles gets one number. */
export class SourceRefs {
  private readonly titles: string[] = [];
  constructor(private readonly roles: readonly Pick<Role, "sources">[]) {}
  ref(role: number, id: string): string {
    const title = sourceTitle(this.roles[role]!, id);
    let n = this.titles.indexOf(title);
    if (n < 0) n = this.titles.push(title) - 1;
    return `[${n + 1}]`;
  }
  render(style: Style): string {
    return this.titles.map((t, i) => hang(`[${i + 1}] `, t, style.width)).join("\n");
  }
}

type Cell = (r: ComparedRole, i: number) => string;
type Row = [label: string, cell: Cell];

const FIGURE_LABELS: Record<string, string> = {
  "salary.levelMedian": "level median",
  "salary.levelAverage": "level average",
  "salary.median": "median",
  "salary.range": "salary range",
  "salary.entryLevel": "entry-level pay",
  "outlook.growth": "growth",
  "outlook.annualOpenings": "annual openings",
  "outlook.typicalEducation": "typical education",
  "outlook.typicalExperience": "experience asked",
  "outlook.level": "ladder level",
  "outlook.experience": "years of a ladder level",
  "outlook.stress": "stress rating",
  "outlook.balance": "balance rating",
  skills: "skills list",
  tools: "tools list",
};

export const figureLabel = (key: string): string =>
  key.startsWith("salary.region:") ? `salary in ${key.slice("salary.region:".length)}` : (FIGURE_LABELS[key] ?? key);

const listWords = (items: readonly string[]): string =>
  items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;

export function renderCompare(result: CompareResult, style: Style): string {
  const roles = result.roles;
  const refs = new SourceRefs(roles);
  const base = roles[0]!;
  const sourced = (i: number, text: string, source: string) => `${text} ${refs.ref(i, source)}`;
  const isBase = (i: number) => i === 0;

  const table = (rows: Row[]): string =>
    renderTable(style, {
      head: ["", ...roles.map((r) => `${r.title}\n(${r.id})`)],
      rows: rows.map(([label, cell]) => [style.c.bold(label), ...roles.map((r, i) => cell(r, i))]),
    });

  const diffRow = (key: DifferenceKey): Row => [
    `vs ${base.id}`,
    (r, i) => {
      if (isBase(i)) return style.c.dim("base");
      const d = r.differences[key];
      if (!d)
        return key === "median" && r.salary.median && base.salary.median && r.salary.median.basis !== base.salary.median.basis
          ? style.c.dim("not like for like")
          : DASH;
      return `${formatSignedMoney(d.amount, d.currency)} (${d.percent === null ? "no %: base is 0" : formatSignedPercent(d.percent)})`;
    },
  ];
  const mark = (m: { inferred: unknown } | null) => (m?.inferred ? INFERRED : "");
  const money =
    (pick: (r: ComparedRole) => { amount: number; currency: string; source: string; inferred: unknown } | null): Cell =>
    (r, i) => {
      const m = pick(r);
      return m ? sourced(i, formatMoney(m.amount, m.currency) + mark(m), m.source) : DASH;
    };
  const regionsOf = new Set(roles.map((r) => r.salary.levelMedian?.region ?? null).filter((x) => x !== null));
  const region = regionsOf.size === 1 ? [...regionsOf][0]! : null;

  const salaryRows: Row[] = [
    [
      figureLabelIn("Level median", region),
      (r, i) => {
        const m = r.salary.levelMedian;
        return m ? `${money(() => m)(r, i)}\n${style.c.dim(m.level)}` : DASH;
      },
    ],
    diffRow("levelMedian"),
    [figureLabelIn("Level average", region), money((r) => r.salary.levelAverage)],
    diffRow("levelAverage"),
    [
      "Median",
      (r, i) => {
        const m = r.salary.median;
        return m
          ? `${sourced(i, formatMoney(m.amount, m.currency) + mark(m), m.source)}\n${style.c.dim(m.basis === "level-table" ? "the level median above" : m.label)}`
          : DASH;
      },
    ],
    diffRow("median"),
    ["Range", (r, i) => (r.salary.range ? sourced(i, formatRange(r.salary.range), r.salary.range.source) : DASH)],
    [
      "Entry-level pay",
      (r, i) => {
        const e = r.salary.entryLevel;
        return e ? sourced(i, `${formatRange(e)}${e.period ? ` a ${e.period}` : ""}`, e.source) : DASH;
      },
    ],
    ...result.regions.shown.map(
      (name, k): Row => [
        name,
        (r, i) => {
          const x = r.salary.regions[k]?.range;
          if (!x) return DASH;
          const usd = x.usdEquivalent
            ? `\n${style.c.dim(`source's USD equivalent: ${formatRange({ ...x.usdEquivalent, currency: "USD" })}`)}`
            : "";
          return `${sourced(i, formatRange(x), x.source)}${x.note ? `\n${style.c.dim(x.note)}` : ""}${usd}`;
        },
      ],
    ),
  ];

  const text =
    (pick: (r: ComparedRole) => { value: string; source: string } | null): Cell =>
    (r, i) => {
      const t = pick(r);
      return t ? sourced(i, t.value, t.source) : DASH;
    };
  const outlookRows: Row[] = [
    [
      "Growth",
      (r, i) => {
        const g = r.outlook.growth;
        return g ? sourced(i, `${formatGrowth(g)}${g.label ? ` (${g.label})` : ""}`, g.source) : DASH;
      },
    ],
    [
      "Annual openings",
      (r, i) => {
        const o = r.outlook.annualOpenings;
        return o ? sourced(i, `${o.approximate ? "about " : ""}${formatNumber(o.count)}`, o.source) : DASH;
      },
    ],
    ["Typical education", text((r) => r.outlook.typicalEducation)],
    [
      "Ladder level",
      (r, i) => {
        const l = r.outlook.level;
        return l ? sourced(i, `step ${l.step}: ${l.title}${mark(l)}`, l.source) : DASH;
      },
    ],
    [
      "Experience at level",
      (r, i) => {
        const e = r.outlook.experience;
        return e ? sourced(i, formatYears({ min: e.min, max: e.max ?? undefined, total: e.total }) + mark(e), e.source) : DASH;
      },
    ],
    ["Experience asked", text((r) => r.outlook.typicalExperience)],
    ["Stress", text((r) => r.outlook.stress)],
    ["Balance", text((r) => r.outlook.balance)],
  ];

  const names = (label: string, pick: (r: ComparedRole) => NameComparison | null): Row[] => {
    const baseCount = pick(base)?.count;
    const list = (items: (NamedItem | SharedItem)[] | null, i: number, what: string): string => {
      if (isBase(i)) return style.c.dim("base");
      if (items === null) return DASH;
      return items.length === 0 ? `0 ${what}` : `${items.length} ${what}:\n${items.map(sharedName).join("; ")}`;
    };
    return [
      [
        label,
        (r, i) => {
          const n = pick(r);
          return n ? sourced(i, String(n.count), n.source) : DASH;
        },
      ],
      [`shared with ${base.id}`, (r, i) => list(pick(r)?.sharedWithFirst ?? null, i, `of ${baseCount}`)],
      [`adds vs ${base.id}`, (r, i) => list(pick(r)?.notInFirst ?? null, i, "new")],
    ];
  };
  const skillRows = [...names("Skills", (r) => r.skills), ...names("Kinds of tool", (r) => r.tools)];

  const title = `${style.c.bold("Compare")} ${roles.map((r) => `${r.title} (${r.id})`).join(" · ")}`;
  const blocks = [
    hang("", title, style.width),
    section(style, "Salary", table(salaryRows)),
    section(style, "Outlook and entry", table(outlookRows)),
    section(style, "Skills and tools", table(skillRows)),
    section(style, "Salary chart", renderSalaryChart(result, style)),
    section(style, "Notes", renderNotes(result, style, refs)),
    section(style, "Sources", refs.render(style)),
  ];
  return joinBlocks(blocks) + "\n";
}

function renderNotes(result: CompareResult, style: Style, refs: SourceRefs): string {
  const roles = result.roles;
  const footnotes = result.missing.map((m) => {
    const i = roles.findIndex((r) => r.id === m.role);
    const cites = m.sources
      .map((s) => refs.ref(i, s))
      .sort((a, b) => a.localeCompare(b, "en", { numeric: true }))
      .join("");
    return hang(
      `${DASH} `,
      `${m.role}: ${listWords(m.figures.map(figureLabel))} not given in its source${m.sources.length > 1 ? "s" : ""} ${cites}.`,
      style.width,
    );
  });
  const inferred = roles.flatMap((r, i) => {
    const sameReason = r.outlook.experience?.inferred?.reason === r.outlook.level?.inferred?.reason;
    const figures = [
      ["level median and level average", r.salary.levelMedian?.inferred ?? r.salary.levelAverage?.inferred],
      ["median", r.salary.median?.basis === "key-facts" ? r.salary.median.inferred : null],
      [sameReason ? "ladder level and its experience" : "ladder level", r.outlook.level?.inferred],
      ["experience at level", sameReason ? null : r.outlook.experience?.inferred],
    ] as const;
    return figures.flatMap(([what, m]) =>
      m ? [hang(`${INFERRED} `, `${r.id}, ${what}: ${m.reason}${m.from ? ` From: ${refs.ref(i, m.from)}.` : ""}`, style.width)] : [],
    );
  });
  const lines = result.notes.map((n) => n.message);
  if (roles.length > 2) {
    const all = (label: string, items: NamedItem[] | null) =>
      items === null
        ? `${label}: unknown (a role has no list)`
        : `${label}: ${items.length}${items.length ? ` (${items.map((x) => x.name).join("; ")})` : ""}`;
    lines.push(
      `Shared by all ${roles.length} roles: ${all("skills", result.sharedByAll.skills)}; ${all("kinds of tool", result.sharedByAll.tools)}.`,
    );
  }
  lines.push(
    `Differences are each role's figure minus ${result.base}'s; percentages are relative to ${result.base}'s figure, rounded to one decimal (halves away from zero).`,
    'Skills and kinds of tool match by id (a name where the data gives no id), or where both name the same O*NET element; "A = B" names a shared one as each role words it.',
  );
  return [...footnotes, ...inferred, ...lines.map((l) => hang("", l, style.width))].join("\n");
}
