/**
 * ESCO's part of a data set: its occupations (read from the zips given, else kept from the set before),
 * the crosswalk linked to the O*NET release the set holds, and what the manifest says of them.
 */
import { CROSSWALK_ATTRIBUTION, escoAttribution, type Occupation, type Source } from "../schema/occupation.js";
import { type CrosswalkRow, escoVersion, linkCrosswalk, readCrosswalk, readEsco } from "./esco.js";
import type { Input } from "./inputs.js";
import type { Hooks } from "./onet.js";
import type { Previous } from "./previous.js";

export interface EscoPart {
  occupations: Occupation[];
  sources: Source[];
  unavailable: string[];
  attribution: string[];
  /** the crosswalk's rows, kept in the set so that a later O*NET release is linked again */
  crosswalk: CrosswalkRow[] | null;
}

const LANGUAGES: Record<string, string> = {
  en: "English",
  de: "German",
  fr: "French",
  es: "Spanish",
  it: "Italian",
  nl: "Dutch",
  pl: "Polish",
  pt: "Portuguese",
};
export const languageName = (code: string): string => LANGUAGES[code.toLowerCase()] ?? code;

/** The crosswalk's date, from its name as Nesta published it (esco_onet_crosswalk_Nov2020.csv). */
const crosswalkVersion = (input: string): string => {
  const m = /_([A-Z][a-z]{2})(\d{4})\b/.exec(input);
  return m ? `${m[1]} ${m[2]}` : "unknown";
};

export async function escoPart(
  inputs: readonly Input[],
  previous: Previous | null,
  onetTitles: ReadonlyMap<string, string>,
  hooks: Hooks,
): Promise<EscoPart> {
  const cls = inputs.find((i) => i.kind === "esco");
  const rel = inputs.find((i) => i.kind === "esco-relations");
  const cw = inputs.find((i) => i.kind === "crosswalk");
  const unavailable: string[] = [];
  const sources: Source[] = [];
  const kept = (id: Source["id"]) => {
    const s = previous?.source(id);
    return s ? { ...s, keptFrom: s.keptFrom ?? previous!.created } : null;
  };
  let occupations: Occupation[] = [];
  if (cls?.kind === "esco") {
    const esco = await readEsco(cls.classification, rel?.kind === "esco-relations" ? rel.relations : null, hooks);
    // read: the zips' bytes go, so that they do not stay through the build and the write
    cls.classification.zip.close();
    if (rel?.kind === "esco-relations") rel.relations.zip.close();
    occupations = esco.occupations;
    const relVersion = rel ? escoVersion(rel.input) : null;
    sources.push({
      id: "esco",
      name: "ESCO classification",
      version: esco.version,
      date: null,
      input: rel ? `${cls.input} and ${rel.input}` : cls.input,
      rows: esco.files.reduce((n, f) => n + f.rows, 0),
      files: esco.files,
      missing: esco.missing,
      skipped: esco.skipped,
      attribution: escoAttribution(esco.version, languageName(esco.language)),
    });
    unavailable.push(...esco.missing.map((m) => `ESCO: ${m.unavailable}: no ${m.file}`));
    if (relVersion && relVersion !== esco.version)
      unavailable.push(
        `ESCO: the relations zip is of version ${relVersion}, the classification of ${esco.version}: relations naming what this classification lacks are skipped`,
      );
  } else {
    const keptEsco = previous?.esco() ?? null;
    if (rel)
      unavailable.push(
        `ESCO: ${rel.input} holds the relations only; the classification zip (such as "ESCO dataset - v1.1.1 - classification - en - csv.zip") names the occupations and items, so ${keptEsco ? "the ESCO occupations imported before were kept as they were" : "no ESCO occupation was imported"}: give both zips`,
      );
    if (keptEsco) {
      occupations = keptEsco;
      sources.push(kept("esco")!);
    }
  }
  const attribution = sources.length > 0 ? [sources[0]!.attribution] : [];
  const rows = cw?.kind === "crosswalk" ? await readCrosswalk(cw.input, cw.bytes) : (previous?.crosswalk() ?? null);
  if (rows && occupations.length > 0) {
    const linked = linkCrosswalk(occupations, rows, onetTitles);
    const source: Source =
      cw?.kind === "crosswalk"
        ? {
            id: "esco-crosswalk",
            name: "ESCO to O*NET crosswalk (Nesta)",
            version: crosswalkVersion(cw.input),
            date: null,
            input: cw.input,
            rows: rows.length,
            skipped: [],
            attribution: CROSSWALK_ATTRIBUTION,
          }
        : kept("esco-crosswalk")!;
    source.files = [
      { name: "ESCO occupations linked to an O*NET occupation", rows: linked.linked },
      { name: "ESCO occupations linked through a broader one", rows: linked.inherited },
    ];
    source.lacking = linked.lacking;
    source.skipped = [
      ...(linked.lacking.length > 0
        ? [
            {
              file: source.input,
              reason: `rows naming O*NET-SOC codes the O*NET release lacks (${linked.lacking.length} code${linked.lacking.length === 1 ? "" : "s"}), not linked`,
              rows: linked.lacking.reduce((n, l) => n + l.rows, 0),
              examples: linked.lacking.slice(0, 10).map((l) => `${l.code} ${l.title}`),
            },
          ]
        : []),
      ...(linked.unknownUris > 0
        ? [{ file: source.input, reason: "rows naming an occupation ESCO does not list", rows: linked.unknownUris }]
        : []),
    ];
    if (onetTitles.size === 0) unavailable.push("ESCO: the crosswalk links to O*NET occupations, and no O*NET release is imported");
    sources.push(source);
    attribution.push(CROSSWALK_ATTRIBUTION);
  } else if (occupations.length > 0) {
    unavailable.push("ESCO: the U.S. figures borrowed through Nesta's crosswalk (esco_onet_crosswalk_Nov2020.csv was not given)");
  }
  return { occupations, sources, unavailable, attribution, crosswalk: rows && occupations.length > 0 ? rows : null };
}
