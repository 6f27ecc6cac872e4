/**
 * From the recognised inputs to one data set: the O*NET occupations, each joined by code to its BLS wages
 * (OEWS) and outlook (Employment Projections), with the manifest saying where everything came from, what
 * was skipped and what is unavailable. Pure, given the inputs.
 */

import { usageError } from "../errors.js";
import type { AreaHead } from "../loader/area-file.js";
import { AREA_TYPES, storedRecords } from "../loader/area-file.js";
import {
  BLS_ATTRIBUTION,
  DATASET_FORMAT,
  type IndexRow,
  type JoinCounts,
  type Manifest,
  type Occupation,
  type Outlook,
  onetAttribution,
  type Reference,
  type Source,
  type SourceChange,
  type SourceChanges,
  type Wages,
} from "../schema/occupation.js";
import {
  type AreaCollector,
  newAreaCollector,
  type Oews,
  type OewsRead,
  PROJECTIONS_SHEET,
  type Projections,
  readOewsBook,
  readProjections,
} from "./bls.js";
import { escoPart } from "./build-esco.js";
import type { CrosswalkRow } from "./esco.js";
import type { Input } from "./inputs.js";
import { emptyCounts, joinCode } from "./join.js";
import { type Hooks, type OnetRelease, readOnet } from "./onet.js";
import type { Previous } from "./previous.js";

/** No O*NET release (an import of ESCO alone): no occupations, no reference. */
const NO_ONET: OnetRelease = {
  version: "",
  date: null,
  occupations: [],
  reference: { scales: {}, elements: {} },
  files: [],
  missing: [],
  skipped: [],
};

export interface Built {
  occupations: Occupation[];
  index: Omit<IndexRow, "at">[];
  reference: Reference;
  manifest: Omit<Manifest, "created">;
  /** the states' and areas' figures (areas.json without its format, and the records for areas.bin), or null */
  areas: { head: Omit<AreaHead, "format" | "occupations">; records: AreaCollector["records"] } | null;
  /** the BLS rows as read (or kept), written into the set so that a later import of O*NET alone joins them again */
  rows: { projections: Projections | null; oews: Oews | null; crosswalk: CrosswalkRow[] | null };
}

/** A previous set's area source: how many of its areas the new set keeps (those no workbook given holds), and the workbooks that hold the others */
interface KeptAreaSource {
  source: Source;
  areas: number;
  kept: number;
  replacedBy: Set<string>;
}

/**
 * The previous set's states and areas that no workbook given holds, added to the collector with their
 * release; per previous area source (the manifest's bls-oews-areas), how many of its areas were kept.
 */
function keepAreas(collector: AreaCollector, previous: Previous, head: AreaHead, bin: Buffer): KeptAreaSource[] {
  const places = new Map<number, number>();
  const sourcePlaces = new Map<number, number>();
  const per = head.sources.map((a): KeptAreaSource => {
    const source = previous.manifest.sources.find((s) => s.id === "bls-oews-areas" && s.input === a.input && s.version === a.version);
    return {
      source: source ?? {
        id: "bls-oews-areas",
        name: AREAS_NAME,
        version: a.version,
        date: a.version,
        input: a.input,
        rows: 0,
        skipped: [],
        attribution: BLS_ATTRIBUTION,
      },
      areas: 0,
      kept: 0,
      replacedBy: new Set(),
    };
  });
  head.areas.forEach(([code, title, type, state, source], place) => {
    const p = per[source]!;
    p.areas++;
    const now = collector.places.get(code);
    if (now !== undefined) {
      p.replacedBy.add(collector.sources[collector.areas[now]![4]]!.input);
      return;
    }
    p.kept++;
    let to = sourcePlaces.get(source);
    if (to === undefined) sourcePlaces.set(source, (to = collector.sources.push(head.sources[source]!) - 1));
    places.set(place, collector.areas.push([code, title, type, state, to]) - 1);
    collector.places.set(code, places.get(place)!);
  });
  for (const r of storedRecords(head, bin)) {
    const to = places.get(r.area);
    if (to !== undefined) collector.records.add(r.code, r.title, to, r.flags, r.ints);
  }
  return per;
}

const AREAS_NAME = "BLS Occupational Employment and Wage Statistics (OEWS), states and areas";

const changeOf = (s: Source, extra: Partial<SourceChange> = {}): SourceChange => ({
  id: s.id,
  name: s.name,
  version: s.version,
  input: s.input,
  ...extra,
});

/** What the import added, replaced and kept, against the set it replaces. */
function sourceChanges(sources: readonly Source[], previous: Previous | null, areas: readonly KeptAreaSource[]): SourceChanges {
  const changes: SourceChanges = { added: [], replaced: [], kept: [] };
  const areaBy = new Set(areas.flatMap((a) => [...a.replacedBy]));
  for (const s of sources) {
    if (s.keptFrom) {
      const a = areas.find((k) => k.source.input === s.input && k.source.version === s.version && s.id === "bls-oews-areas");
      changes.kept.push(changeOf(s, a && a.kept < a.areas ? { note: `${a.kept} of its ${a.areas} areas` } : {}));
      continue;
    }
    const was = s.id === "bls-oews-areas" ? undefined : previous?.source(s.id);
    if (was) changes.replaced.push(changeOf(was, { by: { version: s.version, input: s.input } }));
    else if (!(s.id === "bls-oews-areas" && areaBy.has(s.input))) changes.added.push(changeOf(s));
  }
  for (const a of areas)
    if (a.kept < a.areas) {
      const by = sources.find((s) => s.id === "bls-oews-areas" && !s.keptFrom && a.replacedBy.has(s.input));
      changes.replaced.push(
        changeOf(a.source, {
          ...(by ? { by: { version: by.version, input: [...a.replacedBy].join(", ") } } : {}),
          ...(a.kept > 0 ? { note: `${a.areas - a.kept} of its ${a.areas} areas` } : {}),
        }),
      );
    }
  return changes;
}

function wagesOf(o: Occupation, oews: Oews, counts: JoinCounts): Wages | null {
  const hit = joinCode(o.code, oews.rows);
  if (!hit) return (counts.none++, null);
  counts[hit.ref.basis]++;
  const { row, ref } = hit;
  const wages: Wages = { bls: ref, period: oews.version, employment: row.employment, annual: row.annual, hourly: row.hourly };
  if (row.annualOnly) wages.annualOnly = true;
  if (row.hourlyOnly) wages.hourlyOnly = true;
  return wages;
}

function outlookOf(o: Occupation, p: Projections, counts: JoinCounts): Outlook | null {
  const hit = joinCode(o.code, p.rows);
  if (!hit) return (counts.none++, null);
  counts[hit.ref.basis]++;
  const { row, ref } = hit;
  return {
    bls: ref,
    period: p.version,
    baseYear: p.baseYear,
    projectedYear: p.projectedYear,
    employmentBase: row.employmentBase,
    employmentProjected: row.employmentProjected,
    change: row.change,
    changePercent: row.changePercent,
    openings: row.openings,
    medianWage: row.medianWage,
    entryEducation: row.entryEducation,
    workExperience: row.workExperience,
    training: row.training,
  };
}

export async function buildDataset(inputs: readonly Input[], hooks: Hooks = {}, previous: Previous | null = null): Promise<Built> {
  const progress = hooks.progress ?? (() => {});
  const pause = hooks.pause ?? (async () => {});
  const onetInput = inputs.find((i) => i.kind === "onet");
  const keptOnet = onetInput?.kind === "onet" ? null : (previous?.onet() ?? null);
  const escoGiven = inputs.some((i) => i.kind === "esco") || Boolean(previous?.source("esco"));
  if (onetInput?.kind !== "onet" && !keptOnet && !escoGiven) {
    throw usageError(
      "the O*NET text release is needed: it names the occupations (or ESCO's classification zip, for ESCO's)",
      "Give the zip as downloaded (such as db_29_3_text.zip) or its unpacked folder, with the BLS workbooks if you have them.",
    );
  }
  const onet: OnetRelease = onetInput?.kind === "onet" ? await readOnet(onetInput.files, hooks) : (keptOnet ?? NO_ONET);
  // read: its bytes go, so that they do not stay through the rest of the import
  if (onetInput?.kind === "onet") onetInput.files.close?.();
  const pInput = inputs.find((i) => i.kind === "projections");
  await pause();
  const projections = pInput?.kind === "projections" ? readProjections(pInput.book) : (previous?.projections() ?? null);
  if (projections && pInput) progress(pInput.input, projections.read);
  const collector = newAreaCollector();
  const oewsRead: { input: Extract<Input, { kind: "oews" }>; read: OewsRead }[] = [];
  for (const input of inputs) {
    if (input.kind !== "oews") continue;
    await pause();
    const read = readOewsBook(input.book, input.sheet, input.input, collector);
    progress(input.input, read.read);
    oewsRead.push({ input, read });
  }
  const nationals = oewsRead.filter((o) => o.read.national);
  if (nationals.length > 1)
    throw usageError(
      `${nationals.map((o) => o.input.input).join(" and ")} both hold national estimates`,
      "Give one national OEWS workbook (national_M<year>_dl.xlsx, or the all-data workbook), with state and metropolitan workbooks beside it.",
    );
  const oInput = nationals[0]?.input;
  const oews: Oews | null = nationals[0]?.read.national ?? previous?.oews() ?? null;
  const previousAreas = previous?.areas() ?? null;
  const keptAreas = previousAreas ? keepAreas(collector, previous!, previousAreas.head, previousAreas.bin) : null;

  const wageCounts = oews ? emptyCounts() : null;
  const outlookCounts = projections ? emptyCounts() : null;
  for (const o of onet.occupations) {
    if (oews) o.wages = wagesOf(o, oews, wageCounts!);
    if (projections) o.outlook = outlookOf(o, projections, outlookCounts!);
  }

  const esco = await escoPart(inputs, previous, new Map(onet.occupations.map((o) => [o.code, o.title])), hooks);
  const occupations = [...onet.occupations, ...esco.occupations];
  const index = occupations.map((o): Omit<IndexRow, "at"> => {
    const row: Omit<IndexRow, "at"> = {
      id: o.id,
      code: o.code,
      title: o.title,
      median: o.wages ? o.wages.annual.median : o.outlook ? o.outlook.medianWage : null,
      jobZone: o.jobZone?.zone ?? null,
      growthPercent: o.outlook?.changePercent ?? null,
      openings: o.outlook?.openings ?? null,
      education: o.outlook?.entryEducation ?? null,
    };
    const basis = (o.wages ?? o.outlook)?.bls.basis;
    if (basis && basis !== "detailed") row.blsBasis = basis;
    return row;
  });

  const attribution = [
    ...(onet === NO_ONET ? [] : [onetAttribution(onet.version)]),
    ...(oews || projections || collector.areas.length > 0 ? [BLS_ATTRIBUTION] : []),
    ...esco.attribution,
  ];
  const kept = (id: Source["id"]) => {
    const s = previous?.source(id);
    return s ? { ...s, keptFrom: s.keptFrom ?? previous!.created } : null;
  };
  const sources: Source[] = [];
  if (onet !== NO_ONET)
    sources.push(
      keptOnet
        ? kept("onet")!
        : {
            id: "onet",
            name: "O*NET Database",
            version: onet.version,
            date: onet.date,
            input: onetInput!.input,
            rows: onet.files.reduce((n, f) => n + f.rows, 0),
            files: onet.files,
            missing: onet.missing,
            skipped: onet.skipped,
            attribution: attribution[0]!,
          },
    );
  if (projections && !pInput) sources.push(kept("bls-projections")!);
  if (projections && pInput) {
    const lineItems = [...projections.rows.values()].filter((r) => r.type === "Line item").length;
    sources.push({
      id: "bls-projections",
      name: "BLS Employment Projections",
      version: projections.version,
      date: null,
      ...(projections.titlePeriod
        ? { stated: { text: `${projections.titlePeriod} projections`, where: `the title of sheet ${PROJECTIONS_SHEET}` } }
        : {}),
      input: pInput.input,
      rows: projections.read,
      files: [
        { name: `Table 1.2: occupations (line items)`, rows: lineItems },
        { name: "Table 1.2: groups (summary rows)", rows: projections.read - lineItems },
      ],
      skipped: projections.skipped.map((s) => ({ file: pInput.input, ...s })),
      attribution: BLS_ATTRIBUTION,
    });
  }
  if (oews && !oInput) sources.push(kept("bls-oews")!);
  if (oews && oInput) {
    const detailed = [...oews.rows.values()].filter((r) => r.group === "detailed").length;
    sources.push({
      id: "bls-oews",
      name: "BLS Occupational Employment and Wage Statistics (OEWS), national",
      version: oews.version,
      date: oews.version,
      input: oInput.input,
      rows: oews.read,
      files: [{ name: `${oInput.sheet}: detailed occupations`, rows: detailed }],
      skipped: oews.skipped.map((s) => ({ file: oInput.input, ...s })),
      attribution: BLS_ATTRIBUTION,
    });
  }
  for (const { input, read } of oewsRead) {
    if (read.areas === 0) {
      if (!read.national)
        throw usageError(
          `${input.input} holds no national, state or area cross-industry estimates`,
          "Give the OEWS workbooks as BLS publishes them.",
        );
      continue;
    }
    sources.push({
      id: "bls-oews-areas",
      name: AREAS_NAME,
      version: read.version,
      date: read.version,
      input: input.input,
      rows: read.read,
      files: Object.entries(read.areaRows).map(([type, rows]) => ({
        name: `${input.sheet}: ${AREA_TYPES[Number(type) as keyof typeof AREA_TYPES]} estimates`,
        rows,
      })),
      skipped: read.skipped
        .filter((s) => !(read.national && s.reason.startsWith("not national")))
        .map((s) => ({ file: input.input, ...s })),
      attribution: BLS_ATTRIBUTION,
    });
  }
  // a set written before the BLS rows were kept in it has them only joined to its occupations
  const notKept = (id: Source["id"]) =>
    previous?.source(id) ? ", and the data set replaced was written before careers kept the BLS rows in it: give the workbook again" : "";
  const keptAreaSources = (keptAreas ?? [])
    .filter((k) => k.kept > 0)
    .map((k) => ({ ...k.source, keptFrom: k.source.keptFrom ?? previous!.created }));
  sources.push(...keptAreaSources);
  sources.push(...esco.sources);
  const unavailable = [
    ...esco.unavailable,
    ...onet.missing.map((m) => `${m.unavailable}: ${m.file} is not in the O*NET release`),
    ...(oews ? [] : [`wages (percentiles, mean, hourly): no OEWS national workbook was given${notKept("bls-oews")}`]),
    ...(projections
      ? []
      : [
          `outlook (employment change, openings, entry education): no Employment Projections workbook was given${notKept("bls-projections")}`,
        ]),
  ];
  return {
    occupations,
    index,
    reference: onet.reference,
    manifest: {
      format: DATASET_FORMAT,
      occupations: occupations.length,
      ...(esco.occupations.length > 0 ? { escoOccupations: esco.occupations.length } : {}),
      sources,
      join: { wages: wageCounts, outlook: outlookCounts },
      unavailable,
      attribution,
      changes: {
        ...sourceChanges(sources, previous, keptAreas ?? []),
        ...(previous?.problems.length ? { unreadable: previous.problems.join("; ") } : {}),
      },
    },
    rows: { projections, oews, crosswalk: esco.crosswalk },
    areas: collector.areas.length > 0 ? { head: { sources: collector.sources, areas: collector.areas }, records: collector.records } : null,
  };
}
