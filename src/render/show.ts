/** `careers show`: a role as readable sections. Pure: role in, string out. */
import type { OfficialFigures } from "../core/official.js";
import type { SectionDef } from "../core/sections.js";
import { entryName } from "../core/skills.js";
import { figureLabel, levelRow } from "../core/summary.js";
import type { Role } from "../schema/role.js";
import { bullets, inferredNotes, joinBlocks, marked, numbered, paintWords, paragraph, section, sourceLine, sourceTitle } from "./blocks.js";
import { DASH, formatGrowth, formatMoney, formatNumber, formatRange, formatYears } from "./format.js";
import { renderOfficial } from "./official.js";
import type { Style } from "./style.js";
import { renderFacts, renderTable } from "./table.js";

type Renderer = (role: Role, style: Style) => { body: string; sources: (string | undefined)[] } | undefined;

const list = (style: Style, l: { items: string[]; source: string } | undefined) =>
  l && { body: bullets(style, l.items), sources: [l.source] };

const text = (style: Style, t: { text: string; source: string } | undefined) =>
  t && { body: paragraph(style, t.text), sources: [t.source] };

const RENDERERS: Record<string, Renderer> = {
  facts(role, style) {
    const f = role.keyFacts;
    const rows: [string, string][] = [];
    if (role.onet) rows.push(["O*NET occupation", `${role.onet.code} ${role.onet.title}${role.onet.note ? ` (${role.onet.note})` : ""}`]);
    if (f?.medianSalary) {
      const m = f.medianSalary;
      const scope = [m.scope, m.date].filter(Boolean).join(", ");
      rows.push(["Median salary", `${marked(formatMoney(m.amount, m.currency), m.inferred)} a ${m.period}${scope ? ` (${scope})` : ""}`]);
    }
    // the role's own row of a salary-by-level table: another measure than a key-facts median, labelled so
    const own = levelRow(role);
    if (own) {
      const average = own.average === null ? "" : `; average ${formatMoney(own.average, own.currency)}`;
      const table = `${own.level} in the salary-by-level table of ${sourceTitle(role, own.source)}`;
      rows.push([
        figureLabel("Level median", own.region),
        `${marked(formatMoney(own.median ?? undefined, own.currency), own.inferred)}${own.period ? ` a ${own.period}` : ""} (${table}${average})`,
      ]);
    }
    const pay = role.pay;
    if (pay?.entryLevel) {
      const e = pay.entryLevel;
      rows.push([
        "Entry-level pay",
        `${marked(formatRange(e), e.inferred)}${e.period ? ` a ${e.period}` : ""}${e.note ? ` (${e.note})` : ""}`,
      ]);
    }
    if (f?.salaryRange)
      rows.push([
        "Salary range",
        marked(formatRange(f.salaryRange), f.salaryRange.inferred) + (f.salaryRange.note ? ` (${f.salaryRange.note})` : ""),
      ]);
    if (f?.growth)
      rows.push(["Growth outlook", `${marked(formatGrowth(f.growth), f.growth.inferred)}${f.growth.label ? ` (${f.growth.label})` : ""}`]);
    if (f?.annualOpenings)
      rows.push([
        "Annual openings",
        `${f.annualOpenings.approximate ? "about " : ""}${marked(formatNumber(f.annualOpenings.count), f.annualOpenings.inferred)}`,
      ]);
    if (f?.topIndustries) rows.push(["Top industries", f.topIndustries.items.map((x, i) => `${i + 1}. ${x}`).join("\n")]);
    if (f?.typicalEducation) rows.push(["Typical education", f.typicalEducation.text]);
    if (f?.typicalExperience) rows.push(["Experience asked", f.typicalExperience.text]);
    const lv = role.level;
    if (lv) {
      rows.push(["Career ladder", marked(`step ${lv.step}: ${lv.title}`, lv.inferred)]);
      rows.push([`Experience at step ${lv.step}`, marked(formatYears(lv.years), lv.years.inferred ?? lv.inferred)]);
    }
    if (rows.length === 0) return undefined;
    const sources = [
      f?.medianSalary?.source,
      own?.source,
      pay?.entryLevel || pay?.benefits ? pay.source : undefined,
      f?.salaryRange?.source,
      f?.growth?.source,
      f?.annualOpenings?.source,
      f?.topIndustries?.source,
      f?.typicalEducation?.source,
      f?.typicalExperience?.source,
      lv?.source,
    ];
    const notes = inferredNotes(style, role, [
      ["Median salary", f?.medianSalary?.inferred],
      ["Level median", own?.inferred],
      ["Entry-level pay", pay?.entryLevel?.inferred],
      ["Salary range", f?.salaryRange?.inferred],
      ["Growth outlook", f?.growth?.inferred],
      ["Annual openings", f?.annualOpenings?.inferred],
      [lv && !lv.years.inferred ? "Career ladder and its experience" : "Career ladder", lv?.inferred],
      ["Experience", lv?.years.inferred],
    ]);
    return { body: joinBlocks([renderFacts(style, rows), notes]), sources };
  },
  responsibilities: (role, style) => list(style, role.responsibilities),
  environment: (role, style) => text(style, role.workEnvironment),
  level(role, style) {
    const lv = role.level;
    if (!lv) return undefined;
    const notes = inferredNotes(style, role, [[`This level (step ${lv.step}: ${lv.title})`, lv.inferred]]);
    const body = joinBlocks([paragraph(style, lv.scope), `${style.c.bold("Focus areas")}\n${bullets(style, lv.focusAreas)}`, notes]);
    return { body, sources: [lv.source, lv.inferred?.from] };
  },
  requirements(role, style) {
    const r = role.requirements;
    if (!r) return undefined;
    const scale = r.scale ? `the ${r.scale} scale` : "the default rating scale";
    const skills = r.skills?.length
      ? renderTable(style, {
          head: ["Skill", "Kind", "Level needed"],
          rows: r.skills.map((s) => [s.name, s.kind, String(s.level)]),
          align: ["left", "left", "right"],
        })
      : "";
    const lines = [
      ...(r.measures ?? []).map(
        (m) => `${m.name}: at least ${m.min}${m.max !== undefined ? ` (the source gives ${m.min}–${m.max})` : ""} ${m.unit}.`,
      ),
      ...(r.experience
        ? [
            `Experience: ${marked(`${r.experience.years ?? role.level?.years.min ?? 0}+ years`, r.experience.inferred)} of ${r.experience.of}${r.experience.years === undefined ? " (the years of its level)" : ""}.`,
          ]
        : []),
      ...(r.education ? [`Education: at least ${r.education.level}${r.education.note ? ` (${r.education.note})` : ""}.`] : []),
      ...(r.education?.distribution
        ? [`Education of people in the role: ${r.education.distribution.map((d) => `${d.level} ${d.percent}%`).join(", ")}.`]
        : []),
      ...(r.credentials ?? []).map((c) => `Required ${c.kind}: ${c.name}${c.detail ? ` (${c.detail})` : ""}.`),
    ];
    const body = joinBlocks([
      r.inherits
        ? paragraph(
            style,
            `Also needs what ${r.inherits} needs (careers show ${r.inherits} --section requirements).${r.note ? ` ${r.note}` : ""}`,
          )
        : r.note
          ? paragraph(style, r.note)
          : "",
      skills,
      skills
        ? style.c.dim(
            paragraph(
              style,
              `Levels are on ${scale} (careers assess ${role.id} --template shows it).${r.levelsInferred ? ` ${r.levelsInferred}` : ""}`,
            ),
          )
        : "",
      lines.length ? bullets(style, lines) : "",
      inferredNotes(style, role, [["Experience", r.experience?.inferred]]),
    ]);
    return { body, sources: [r.source, ...(r.skills ?? []).map((k) => k.source), r.experience?.inferred?.from] };
  },
  skills(role, style) {
    const s = role.skills;
    if (!s) return undefined;
    const onet = (k: { onet?: { id: string; name: string } | undefined }) => (k.onet ? `O*NET: ${k.onet.name} (${k.onet.id})` : "");
    const rows = (["technical", "soft"] as const).flatMap((kind) => (s[kind] ?? []).map((k) => [k.name, kind, k.detail ?? "", onet(k)]));
    const hasDetail = rows.some((r) => r[2]);
    const hasOnet = rows.some((r) => r[3]);
    const third = hasDetail ? "Why it matters" : hasOnet ? "Same as" : "";
    const table = renderTable(style, {
      head: third ? ["Skill", "Type", third] : ["Skill", "Type"],
      rows: rows.map(([name, kind, detail, link]) =>
        third ? [name!, kind!, [detail, link && style.c.dim(link)].filter(Boolean).join("\n")] : [name!, kind!],
      ),
    });
    const t = s.typingSpeed;
    const typing = t && paragraph(style, `Typing speed: at least ${t.minWpm}${t.maxWpm ? `–${t.maxWpm}` : ""} words per minute.`);
    return { body: joinBlocks([s.summary && paragraph(style, s.summary), table, typing]), sources: [s.source] };
  },
  "skill-map"(role, style) {
    const m = role.skillMap;
    if (!m) return undefined;
    const table = renderTable(style, {
      head: ["Tier", "Skills"],
      rows: m.tiers.map((t) => [t.description ? `${t.name}\n${style.c.dim(t.description)}` : t.name, t.skills.map(entryName).join("\n")]),
    });
    return { body: joinBlocks([m.summary && paragraph(style, m.summary), table]), sources: [m.source] };
  },
  tools(role, style) {
    const t = role.tools;
    if (!t) return undefined;
    const rows = t.groups.map((g) => [g.name, g.items?.length ? g.items.join(", ") : DASH]);
    return { body: renderTable(style, { head: ["Kind", "Examples"], rows }), sources: [t.source] };
  },
  education(role, style) {
    const e = role.education;
    if (!e) return undefined;
    const rows = e.options.map((o) => [
      marked(o.name, o.inferred),
      o.cost ? formatRange(o.cost) : (o.costNote ?? DASH),
      o.duration ?? DASH,
      o.note ?? "",
    ]);
    const hasNote = rows.some((r) => r[3]);
    const table = renderTable(style, {
      head: hasNote ? ["Option", "Cost", "Duration", "Note"] : ["Option", "Cost", "Duration"],
      rows: hasNote ? rows : rows.map((r) => r.slice(0, 3)),
    });
    const notes = inferredNotes(
      style,
      role,
      e.options.map((o) => [o.name, o.inferred] as const),
    );
    return {
      body: joinBlocks([e.summary && paragraph(style, e.summary), table, notes]),
      sources: [e.source, ...e.options.map((o) => o.source)],
    };
  },
  entry(role, style) {
    const e = role.entry;
    if (!e) return undefined;
    const steps = numbered(
      style,
      e.steps.map((s) => (s.detail ? `${s.title}: ${s.detail}` : s.title)),
    );
    return {
      body: joinBlocks([e.timeline && paragraph(style, `Typical time to a first job: ${e.timeline}.`), steps]),
      sources: [e.source],
    };
  },
  certifications(role, style) {
    const c = role.certifications;
    if (!c) return undefined;
    const items = (c.items ?? []).map((i) => `${i.name}${i.provider ? ` (${i.provider})` : ""}${i.note ? `: ${i.note}` : ""}`);
    const body = joinBlocks([
      c.summary && paragraph(style, c.summary),
      items.length ? bullets(style, items) : "",
      c.providers?.length ? `${style.c.bold("Training providers")}\n${bullets(style, c.providers)}` : "",
    ]);
    return { body, sources: [c.source] };
  },
  "salary-levels"(role, style) {
    const s = role.salaryByLevel;
    if (!s) return undefined;
    const rows = s.levels.map((l) => [
      marked(
        l.role === role.id ? style.c.bold(`${l.level} (this role)`) : l.level,
        l.inferred ?? (l.role === role.id ? s.inferred : undefined),
      ),
      formatMoney(l.median, s.currency),
      formatMoney(l.average, s.currency),
    ]);
    const head = ["Level", figureLabel("Median", s.region), figureLabel("Average", s.region)];
    const table = renderTable(style, { head, rows, align: ["left", "right", "right"] });
    const notes = inferredNotes(style, role, [["The table", s.inferred], ...s.levels.map((l) => [l.level, l.inferred] as const)]);
    return { body: joinBlocks([table, notes]), sources: [s.source, s.inferred?.from] };
  },
  pay(role, style) {
    const p = role.pay;
    if (!p) return undefined;
    const e = p.entryLevel;
    const part = (title: string, items: string[] | undefined) => (items?.length ? `${style.c.bold(title)}\n${bullets(style, items)}` : "");
    const body = joinBlocks([
      p.summary && paragraph(style, p.summary),
      e
        ? paragraph(
            style,
            `Entry-level pay: ${marked(formatRange(e), e.inferred)}${e.period ? ` a ${e.period}` : ""}${e.note ? ` (${e.note})` : ""}.`,
          )
        : "",
      part("Beyond the wage", p.benefits),
      part("What pay depends on", p.factors),
      p.negotiation ? `${style.c.bold("Negotiating")}\n${paragraph(style, p.negotiation)}` : "",
      inferredNotes(style, role, [["Entry-level pay", e?.inferred]]),
    ]);
    return { body, sources: [p.source, e?.inferred?.from] };
  },
  global(role, style) {
    const g = role.globalOpportunities;
    if (!g) return undefined;
    const visas = (g.visas ?? []).map(
      (v) => `${v.name}${v.countries?.length ? ` (${v.countries.join(", ")})` : ""}${v.detail ? `: ${v.detail}` : ""}`,
    );
    const part = (title: string, items: string[] | undefined) => (items?.length ? `${style.c.bold(title)}\n${bullets(style, items)}` : "");
    const body = joinBlocks([
      g.summary && paragraph(style, g.summary),
      part("Remote work across borders", g.remoteWork),
      part("Visas", visas),
      part("Immigration", g.immigration),
    ]);
    return { body, sources: [g.source] };
  },
  diversity(role, style) {
    const d = role.diversity;
    if (!d) return undefined;
    const part = (title: string, items: string[] | undefined) => (items?.length ? `${style.c.bold(title)}\n${bullets(style, items)}` : "");
    const body = joinBlocks([
      d.summary && paragraph(style, d.summary),
      part("Inclusive hiring", d.hiring),
      part("Workplace culture", d.culture),
      part("Resources and support networks", d.resources),
    ]);
    return { body, sources: [d.source] };
  },
  regions(role, style) {
    const r = role.regionalSalaries;
    if (!r) return undefined;
    const rows = r.regions.map((x) => [
      x.examples?.length ? `${x.region} (${x.examples.join(", ")})` : x.region,
      marked(formatRange(x), x.inferred),
      x.usdEquivalent ? `about ${formatRange({ ...x.usdEquivalent, currency: "USD" })}` : (x.note ?? ""),
    ]);
    const table = renderTable(style, { head: ["Region", "Yearly range (local currency)", "Note"], rows });
    const notes = inferredNotes(
      style,
      role,
      r.regions.map((x) => [x.region, x.inferred] as const),
    );
    return { body: joinBlocks([table, r.note && paragraph(style, r.note), notes]), sources: [r.source] };
  },
  remote: (role, style) => text(style, role.remoteWork),
  outlook(role, style) {
    const o = role.outlook;
    if (!o) return undefined;
    const part = (title: string, items: string[] | undefined) => (items?.length ? `${style.c.bold(title)}\n${bullets(style, items)}` : "");
    const body = joinBlocks([
      o.summary && paragraph(style, o.summary),
      part("Challenges", o.challenges),
      part("Opportunities", o.opportunities),
      part("Trends", o.trends),
    ]);
    return { body, sources: [o.source] };
  },
  "work-life"(role, style) {
    const w = role.workLife;
    if (!w) return undefined;
    const rows: [string, string][] = [];
    if (w.stress) rows.push(["Stress level", w.stress]);
    if (w.balance) rows.push(["Balance", w.balance]);
    return {
      body: joinBlocks([rows.length ? renderFacts(style, rows) : "", w.summary && paragraph(style, w.summary)]),
      sources: [w.source],
    };
  },
  pros: (role, style) => list(style, role.pros),
  cons: (role, style) => list(style, role.cons),
  faq(role, style) {
    const f = role.faq;
    if (!f) return undefined;
    const body = f.items.map((q) => `${style.c.bold(paragraph(style, q.question))}\n${paragraph(style, q.answer, 2)}`).join("\n\n");
    return { body, sources: [f.source] };
  },
  related(role, style) {
    const r = role.relatedCareers;
    if (!r) return undefined;
    const items = bullets(
      style,
      r.items.map((i) => (i.role ? `${i.title} (careers show ${i.role})` : i.title)),
    );
    return { body: r.note ? joinBlocks([items, paragraph(style, r.note)]) : items, sources: [r.source] };
  },
  ladder(role, style) {
    const l = role.ladder;
    if (!l) return undefined;
    const tracks = new Map(l.tracks.map((t) => [t.id, t]));
    const trackName = (id: string) => {
      const t = tracks.get(id);
      return t ? marked(`${t.name} track`, t.inferred) : id;
    };
    const steps = numbered(
      style,
      l.levels.map((lv) => `${lv.title} (${lv.role}; ${trackName(lv.track)})`),
    );
    const notes = inferredNotes(
      style,
      role,
      l.tracks.map((t) => [`${t.name} track`, t.inferred] as const),
    );
    return { body: joinBlocks([steps, notes, `Walk it with: careers path ${role.id}`]), sources: [l.source] };
  },
  portfolio: (role, style) => list(style, role.portfolioTips),
};

/**
 * The figures of the O*NET occupation the role links to (core/official.ts), else, where the `official`
 * section was asked for by name, why there are none.
 */
export type OfficialPart = { figures: OfficialFigures } | { missing: string } | null;

const officialSection = (official: OfficialPart, style: Style): { body: string; sources: string[] } | undefined =>
  official === null
    ? undefined
    : {
        body: "figures" in official ? renderOfficial(official.figures, style) : style.c.dim(paragraph(style, official.missing)),
        sources: [],
      };

export function renderRole(role: Role, sections: readonly SectionDef[], style: Style, official: OfficialPart = null): string {
  const header = joinBlocks([
    paragraph(style, `${paintWords(style.c.bold, role.title)} ${style.c.dim(`(${role.id})`)}`),
    sections.length > 3 ? paragraph(style, role.summary) : "",
  ]);
  const blocks = sections.map((def) => {
    const out = def.id === "official" ? officialSection(official, style) : RENDERERS[def.id]?.(role, style);
    return out && section(style, def.title, out.body, sourceLine(style, role, out.sources));
  });
  const shown = blocks.filter(Boolean);
  const empty =
    shown.length === 0 ? style.c.dim(paragraph(style, `${role.title} has no ${sections.map((s) => s.id).join(", ")} data.`)) : "";
  return joinBlocks([header, ...shown, empty]) + "\n";
}
