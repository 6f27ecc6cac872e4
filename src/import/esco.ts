/**
 * ESCO, the European Commission's classification of occupations and skills, as its portal publishes it:
 * two zips of CSV files (quoted, comma-separated, multi-line cells). The classification zip of a language
 * (`occupations_<lang>.csv`, `skills_<lang>.csv`, `ISCOGroups_<lang>.csv`, `skillGroups_<lang>.csv`)
 * names the occupations and items; the language-neutral one holds the relations
 * (`occupationSkillRelations.csv`: essential and optional items; `broaderRelationsOccPillar.csv`: the
 * occupations' hierarchy; `broaderRelationsSkillPillar.csv`: the items' skill groups). Read a row at a
 * time as each entry is inflated; columns are found by their header, and a file lacking one of the
 * documented columns is refused, the column named. Nesta's crosswalk links ESCO occupations to O*NET-SOC
 * codes. This adapter maps them into the one model of an occupation (schema/occupation.ts).
 */
import { dataError } from "../errors.js";
import type { ConceptLink, CrosswalkLink, Occupation, RequiredItem, Skipped, SourceFile } from "../schema/occupation.js";
import { SKIPPED_EXAMPLES } from "../schema/occupation.js";
import { type CsvRow, csvRows } from "./csv.js";
import { type Hooks, slugify } from "./onet.js";
import type { Zip } from "./zip.js";

/** ESCO's classification zip of one language, as recognised (inputs.ts). */
export interface EscoClassification {
  input: string;
  zip: Zip;
  /** the entries' folder inside the zip ("" at its root) */
  prefix: string;
  /** the language code of its files: en in occupations_en.csv */
  language: string;
}

/** ESCO's language-neutral relations zip, as recognised. */
export interface EscoRelations {
  input: string;
  zip: Zip;
  prefix: string;
}

export const RELATIONS_FILE = "occupationSkillRelations.csv";
export const OCCUPATIONS_FILE = /^occupations_([a-z]{2}(?:-[a-z]+)?)\.csv$/i;
const OCC_BROADER = "broaderRelationsOccPillar.csv";
const SKILL_BROADER = "broaderRelationsSkillPillar.csv";

/** The documented columns of each file read (ESCO v1.1): a file of another version must have them. */
const COLUMNS = {
  occupations: ["conceptUri", "iscoGroup", "preferredLabel", "altLabels", "description", "code"],
  skills: ["conceptUri", "skillType", "preferredLabel"],
  isco: ["conceptUri", "code", "preferredLabel"],
  skillGroups: ["conceptUri", "preferredLabel"],
  relations: ["occupationUri", "relationType", "skillType", "skillUri"],
  broader: ["conceptType", "conceptUri", "broaderType", "broaderUri"],
} as const;

/** What each file gives, and what is missing without it. */
export const ESCO_OPTIONAL = {
  isco: "the ISCO-08 groups above each occupation (titles of the path)",
  skillGroups: "the skill groups of the essential and optional items",
  relations: "the essential and optional skills and knowledge of each occupation (the relations zip was not given)",
  broader: "the broader and narrower occupations (the relations zip was not given)",
} as const;

/** The ESCO version, from the zip's name as the portal names it ("ESCO dataset - v1.1.1 - ..."); its files do not say. */
export const escoVersion = (input: string): string => /\bv(\d+(?:\.\d+){1,2})\b/.exec(input)?.[1] ?? "unknown";

const REGULATED = "http://data.europa.eu/esco/regulated-professions/";

export interface EscoRelease {
  version: string;
  language: string;
  occupations: Occupation[];
  files: SourceFile[];
  missing: { file: string; unavailable: string }[];
  skipped: Skipped[];
}

/** Splits one of ESCO's lists (one item a line; the collections' files use " | "). */
const lines = (cell: string): string[] =>
  cell
    .split(/\n| \| /)
    .map((s) => s.trim())
    .filter((s) => s !== "");

/** ESCO ids: `esco:` and the preferred label made a slug; where two labels give one, the URI's first characters follow. */
function assignEscoIds(occupations: readonly { uri: string; label: string }[]): Map<string, string> {
  const ids = new Map<string, string>();
  const taken = new Set<string>();
  for (const o of [...occupations].sort((a, b) => (a.uri < b.uri ? -1 : 1))) {
    let id = slugify(o.label, 58);
    if (taken.has(id))
      id = `${slugify(o.label, 49)}-${o.uri
        .split("/")
        .pop()!
        .replace(/[^a-z0-9]/gi, "")
        .slice(0, 8)
        .toLowerCase()}`;
    taken.add(id);
    ids.set(o.uri, `esco:${id}`);
  }
  return ids;
}

interface Item {
  item: RequiredItem;
  /** broader items (a skill under another skill takes its groups) */
  broader: string[];
}

export async function readEsco(cls: EscoClassification, rel: EscoRelations | null, hooks: Hooks = {}): Promise<EscoRelease> {
  const progress = hooks.progress ?? (() => {});
  const pause = hooks.pause ?? (async () => {});
  const files: SourceFile[] = [];
  const missing: { file: string; unavailable: string }[] = [];
  const skipped: Skipped[] = [];
  const lang = cls.language;
  const entry = (zip: Zip, prefix: string, name: string) => (zip.entries.some((e) => e.name === prefix + name) ? prefix + name : null);
  /** Each row of a file of a zip; false when the zip has no such file. */
  const each = async (
    zip: Zip,
    input: string,
    prefix: string,
    name: string,
    columns: readonly string[],
    row: (r: CsvRow) => void,
    multiLine: readonly string[] = [],
  ): Promise<boolean> => {
    const at = entry(zip, prefix, name);
    if (!at) return false;
    await pause();
    let n = 0;
    let since = 0;
    for await (const r of csvRows(zip.stream(at)!, `${input}: ${at}`, columns, multiLine)) {
      row(r);
      n++;
      if (++since >= 20000) {
        since = 0;
        await pause();
      }
    }
    files.push({ name: at, rows: n });
    progress(at, n);
    return true;
  };
  const classification = (name: string, columns: readonly string[], row: (r: CsvRow) => void, multiLine: readonly string[] = []) =>
    each(cls.zip, cls.input, cls.prefix, name, columns, row, multiLine);

  // occupations
  const drafts: {
    uri: string;
    label: string;
    alt: string[];
    isco: string;
    code: string;
    description: string;
    note: string;
  }[] = [];
  const seen = new Set<string>();
  await classification(
    `occupations_${lang}.csv`,
    COLUMNS.occupations,
    (r) => {
      const uri = r.get("conceptUri");
      if (!uri || seen.has(uri)) {
        if (uri) throw dataError(`${cls.input}: occupations_${lang}.csv: row ${r.row}: ${uri} is listed twice`);
        return;
      }
      seen.add(uri);
      drafts.push({
        uri,
        label: r.get("preferredLabel") || uri,
        alt: lines(r.get("altLabels")),
        isco: r.get("iscoGroup"),
        code: r.get("code"),
        description: r.get("description"),
        note: r.get("regulatedProfessionNote"),
      });
    },
    ["altLabels"],
  );
  if (drafts.length === 0) throw dataError(`${cls.input}: occupations_${lang}.csv lists no occupations`);

  // skills and knowledge
  const items = new Map<string, Item>();
  await classification(`skills_${lang}.csv`, COLUMNS.skills, (r) => {
    const uri = r.get("conceptUri");
    if (!uri) return;
    items.set(uri, {
      item: { uri, label: r.get("preferredLabel") || uri, kind: r.get("skillType") === "knowledge" ? "knowledge" : "skill", groups: [] },
      broader: [],
    });
  });

  // ISCO groups, by code
  const isco = new Map<string, ConceptLink>();
  const hasIsco = await classification(`ISCOGroups_${lang}.csv`, COLUMNS.isco, (r) => {
    isco.set(r.get("code"), { uri: r.get("conceptUri"), id: null, code: r.get("code"), title: r.get("preferredLabel") });
  });
  if (!hasIsco) missing.push({ file: `ISCOGroups_${lang}.csv`, unavailable: ESCO_OPTIONAL.isco });
  const groups = new Map<string, { uri: string; label: string }>();
  const hasGroups = await classification(`skillGroups_${lang}.csv`, COLUMNS.skillGroups, (r) => {
    groups.set(r.get("conceptUri"), { uri: r.get("conceptUri"), label: r.get("preferredLabel") });
  });
  if (!hasGroups) missing.push({ file: `skillGroups_${lang}.csv`, unavailable: ESCO_OPTIONAL.skillGroups });

  const ids = assignEscoIds(drafts);
  const link = (uri: string): ConceptLink | null => {
    const d = byUri.get(uri);
    return d ? { uri, id: ids.get(uri)!, code: d.code || null, title: d.label } : null;
  };
  const byUri = new Map(drafts.map((d) => [d.uri, d]));

  // relations
  const essential = new Map<string, RequiredItem[]>();
  const optional = new Map<string, RequiredItem[]>();
  const broader = new Map<string, ConceptLink[]>();
  const narrower = new Map<string, ConceptLink[]>();
  let unknownOccupations = 0;
  const unknownExamples: string[] = [];
  let unknownItems = 0;
  if (rel) {
    const relations = (name: string, columns: readonly string[], row: (r: CsvRow) => void) =>
      each(rel.zip, rel.input, rel.prefix, name, columns, row);
    const skillBroader = new Map<string, string[]>();
    await relations(SKILL_BROADER, COLUMNS.broader, (r) => {
      const item = items.get(r.get("conceptUri"));
      if (!item) return;
      const up = r.get("broaderUri");
      if (r.get("broaderType") === "SkillGroup") {
        const g = groups.get(up);
        if (g && !item.item.groups.includes(g)) item.item.groups.push(g);
      } else item.broader.push(up);
      skillBroader.set(r.get("conceptUri"), item.broader);
    });
    // an item under another item takes the groups of the nearest one that has some
    for (const item of items.values()) {
      let up = item.broader;
      for (let depth = 0; item.item.groups.length === 0 && up.length > 0 && depth < 8; depth++) {
        const next = up.map((u) => items.get(u)).filter((i): i is Item => Boolean(i));
        for (const n of next) for (const g of n.item.groups) if (!item.item.groups.includes(g)) item.item.groups.push(g);
        up = next.flatMap((n) => n.broader);
      }
    }
    const hasRelations = await relations(RELATIONS_FILE, COLUMNS.relations, (r) => {
      const occ = r.get("occupationUri");
      if (!byUri.has(occ)) {
        unknownOccupations++;
        if (unknownExamples.length < SKIPPED_EXAMPLES) unknownExamples.push(`${RELATIONS_FILE} row ${r.row}`);
        return;
      }
      const item = items.get(r.get("skillUri"));
      if (!item) return void unknownItems++;
      const to = r.get("relationType") === "essential" ? essential : optional;
      let list = to.get(occ);
      if (!list) to.set(occ, (list = []));
      list.push(item.item);
    });
    if (!hasRelations) missing.push({ file: RELATIONS_FILE, unavailable: ESCO_OPTIONAL.relations });
    const hasBroader = await relations(OCC_BROADER, COLUMNS.broader, (r) => {
      if (r.get("conceptType") !== "Occupation" || r.get("broaderType") !== "Occupation") return;
      const down = link(r.get("conceptUri"));
      const up = link(r.get("broaderUri"));
      if (!down || !up) return;
      (broader.get(down.uri) ?? broader.set(down.uri, []).get(down.uri)!).push(up);
      (narrower.get(up.uri) ?? narrower.set(up.uri, []).get(up.uri)!).push(down);
    });
    if (!hasBroader) missing.push({ file: OCC_BROADER, unavailable: ESCO_OPTIONAL.broader });
  } else {
    missing.push({ file: RELATIONS_FILE, unavailable: ESCO_OPTIONAL.relations }, { file: OCC_BROADER, unavailable: ESCO_OPTIONAL.broader });
  }
  if (unknownOccupations > 0)
    skipped.push({
      file: rel!.input,
      reason: `relations of occupations the classification does not list`,
      rows: unknownOccupations,
      examples: unknownExamples,
    });
  if (unknownItems > 0)
    skipped.push({ file: rel!.input, reason: "relations naming items the classification does not list", rows: unknownItems });

  const byLabel = (a: RequiredItem, b: RequiredItem) => a.label.localeCompare(b.label, "en");
  const occupations = drafts.map((d): Occupation => {
    const path = [1, 2, 3, 4].flatMap((n) => (d.isco.length >= n && isco.has(d.isco.slice(0, n)) ? [isco.get(d.isco.slice(0, n))!] : []));
    const regulated = d.note.startsWith(REGULATED)
      ? { regulated: d.note.slice(REGULATED.length) === "regulated", note: null }
      : d.note
        ? { regulated: null, note: d.note }
        : null;
    return {
      id: ids.get(d.uri)!,
      code: d.code,
      soc: "",
      title: d.label,
      description: d.description,
      tasks: null,
      skills: null,
      knowledge: null,
      technology: null,
      education: null,
      jobZone: null,
      interests: null,
      wages: null,
      outlook: null,
      related: null,
      alternateTitles: d.alt,
      source: "esco",
      uri: d.uri,
      isco: path.length > 0 ? path : d.isco ? [{ uri: "", id: null, code: d.isco, title: d.isco }] : [],
      requirements: rel
        ? {
            kind: "essential-optional",
            essential: (essential.get(d.uri) ?? []).sort(byLabel),
            optional: (optional.get(d.uri) ?? []).sort(byLabel),
          }
        : null,
      broader: broader.get(d.uri) ?? [],
      narrower: narrower.get(d.uri) ?? [],
      ...(regulated ? { regulated } : {}),
      crosswalk: null,
    };
  });
  return { version: escoVersion(cls.input), language: lang, occupations, files, missing, skipped };
}

/** One row of Nesta's crosswalk: an ESCO occupation's URI, its best O*NET-SOC code, that code's title, the confidence. */
export interface CrosswalkRow {
  uri: string;
  code: string;
  title: string;
  confidence: number;
}

export const CROSSWALK_COLUMNS = ["concept_uri", "onet_code", "onet_occupation", "confidence"] as const;

/** The crosswalk's rows; a row without a URI, an O*NET-SOC code or a confidence is an error at its row. */
export async function readCrosswalk(input: string, bytes: Uint8Array): Promise<CrosswalkRow[]> {
  const rows: CrosswalkRow[] = [];
  for await (const r of csvRows([bytes], input, CROSSWALK_COLUMNS)) {
    const code = r.get("onet_code");
    const confidence = Number(r.get("confidence"));
    if (!/^\d{2}-\d{4}\.\d{2}$/.test(code) || !/^\d+(\.\d+)?$/.test(r.get("confidence")) || !r.get("concept_uri"))
      throw dataError(
        `${input}: row ${r.row}: not a crosswalk row (concept_uri ${JSON.stringify(r.get("concept_uri"))}, onet_code ${JSON.stringify(code)}, confidence ${JSON.stringify(r.get("confidence"))})`,
      );
    rows.push({ uri: r.get("concept_uri"), code, title: r.get("onet_occupation"), confidence });
  }
  return rows;
}

/** What linking the crosswalk did: the rows linked, those naming a code the O*NET release lacks, those naming no ESCO occupation. */
export interface CrosswalkLinked {
  linked: number;
  inherited: number;
  /** the codes the O*NET release lacks, each with its title in the crosswalk and how many rows name it */
  lacking: { code: string; title: string; rows: number }[];
  unknownUris: number;
}

/**
 * Each ESCO occupation's crosswalk link: its own row's O*NET occupation where the release has that code,
 * else the link of the nearest broader occupation that has one (the crosswalk's lower levels inherit
 * their parent's match). A row naming a code the release lacks is never linked.
 */
export function linkCrosswalk(esco: Occupation[], rows: readonly CrosswalkRow[], onetTitles: ReadonlyMap<string, string>): CrosswalkLinked {
  const byUri = new Map(esco.map((o) => [o.uri!, o]));
  const own = new Map<string, CrosswalkLink>();
  const lacking = new Map<string, { code: string; title: string; rows: number }>();
  let unknownUris = 0;
  for (const r of rows) {
    if (!byUri.has(r.uri)) {
      unknownUris++;
      continue;
    }
    const title = onetTitles.get(r.code);
    if (title === undefined) {
      const l = lacking.get(r.code) ?? { code: r.code, title: r.title, rows: 0 };
      l.rows++;
      lacking.set(r.code, l);
      continue;
    }
    own.set(r.uri, { code: r.code, title, confidence: r.confidence });
  }
  let inherited = 0;
  for (const o of esco) {
    o.crosswalk = own.get(o.uri!) ?? null;
    if (o.crosswalk || own.size === 0) continue;
    const seen = new Set<string>();
    let up = o.broader ?? [];
    for (let depth = 0; up.length > 0 && depth < 10; depth++) {
      const hit = up.find((b) => own.has(b.uri));
      if (hit) {
        o.crosswalk = { ...own.get(hit.uri)!, via: hit };
        inherited++;
        break;
      }
      up = up.flatMap((b) => (seen.has(b.uri) ? [] : (seen.add(b.uri), byUri.get(b.uri)?.broader ?? [])));
    }
  }
  return { linked: own.size, inherited, lacking: [...lacking.values()].sort((a, b) => (a.code < b.code ? -1 : 1)), unknownUris };
}
