/**
 * The OEWS estimates of states and metropolitan areas in a data set: areas.json names the areas, the
 * releases they come from and the occupations, and areas.bin holds the figures, one fixed-size record per
 * area and occupation, grouped by occupation and in area order within it, so that one occupation's figures
 * in every area (or in one) are one small read at a known offset. Written by import/write.ts; read by
 * loader/occupations.ts. Pure: figures in, bytes out, and back.
 *
 * A record is 16 int32, little-endian: the area's place in `areas` (low 16 bits) and flags (high 16 bits:
 * 1 annual only, 2 hourly only, 4 a broad group), employment, jobs per 1,000 (thousandths), location
 * quotient (thousandths), then the annual mean, 10th, 25th, median, 75th and 90th percentile (dollars)
 * and the same hourly (cents). A figure below zero is a marker: see MARKERS.
 */
import { type AreaFigures, type AreaInfo, type AreaType, type AreaWages, PERCENTILES } from "../schema/areas.js";
import { DATASET_FORMAT, type Wage } from "../schema/occupation.js";

export { AREA_TYPES, type AreaFigures, type AreaType, isAreaType, PERCENTILES, type Percentile } from "../schema/areas.js";

export const AREAS_JSON = "areas.json";
export const AREAS_BIN = "areas.bin";

export const RECORD_INTS = 16;
export const RECORD_BYTES = RECORD_INTS * 4;

/** Where there is no figure: blank, `*`, `**`, `N/A`, a dash; `#` is top-coded (at least the release's ceiling). */
const MARKERS: Readonly<Record<number, string>> = { [-1]: "", [-2]: "*", [-3]: "**", [-4]: "N/A", [-5]: "—" };
const TOP_CODED = -6;
const NONE = -1;

/** One area of areas.json: its AREA code, title, type, state (PRIM_STATE) and the release (`sources`) it is from. */
export type StoredArea = [code: string, title: string, type: AreaType, state: string | null, source: number];
/** One occupation of areas.json: its BLS code and title, its first record in areas.bin and how many. */
export type StoredAreaOccupation = [code: string, title: string, start: number, count: number];

export interface AreaSource {
  /** "May 2023" */
  version: string;
  input: string;
  annualCeiling: number | null;
  hourlyCeiling: number | null;
}

/** areas.json */
export interface AreaHead {
  format: number;
  sources: AreaSource[];
  areas: StoredArea[];
  occupations: StoredAreaOccupation[];
}

/** A wage as a record holds it: dollars (annual) or cents (hourly), else a marker. */
export function wageInt(w: Wage, scale: number): number {
  if (w.amount !== null) return Math.round(w.amount * scale);
  if (w.topCoded) return TOP_CODED;
  const marker = Object.entries(MARKERS).find(([, m]) => m === (w.notAvailable ?? ""));
  return marker ? Number(marker[0]) : NONE;
}

export const figureInt = (n: number | null, scale: number): number => (n === null ? NONE : Math.round(n * scale));

function wageOf(n: number, scale: number, ceiling: number | null): Wage {
  if (n >= 0) return { amount: n / scale };
  if (n === TOP_CODED) return { amount: null, topCoded: true, atLeast: ceiling };
  return { amount: null, notAvailable: MARKERS[n] ?? "" };
}

const figureOf = (n: number, scale: number): number | null => (n < 0 ? null : n / scale);

/** The figures of the records in `bin` (a whole number of them), as the head's sources say. */
export function decodeRecords(head: AreaHead, bin: Uint8Array): AreaFigures[] {
  const view = new DataView(bin.buffer, bin.byteOffset, bin.byteLength);
  const out: AreaFigures[] = [];
  for (let at = 0; at + RECORD_BYTES <= bin.byteLength; at += RECORD_BYTES) {
    const int = (k: number) => view.getInt32(at + 4 * k, true);
    const first = int(0);
    const area = first & 0xffff;
    const flags = first >>> 16;
    const source = head.sources[head.areas[area]?.[4] ?? -1];
    if (!source) return [];
    const wages = (from: number, scale: number, ceiling: number | null) =>
      Object.fromEntries(PERCENTILES.map((p, k) => [p, wageOf(int(from + k), scale, ceiling)])) as AreaWages;
    const f: AreaFigures = {
      area,
      employment: figureOf(int(1), 1),
      jobsPer1000: figureOf(int(2), 1000),
      locationQuotient: figureOf(int(3), 1000),
      annual: wages(4, 1, source.annualCeiling),
      hourly: wages(10, 100, source.hourlyCeiling),
    };
    if (flags & 1) f.annualOnly = true;
    if (flags & 2) f.hourlyOnly = true;
    if (flags & 4) f.broad = true;
    out.push(f);
  }
  return out;
}

/**
 * Each record of areas.bin with its occupation's code and title, as `AreaRecords.add` takes one: the area's
 * place, its flags and its 15 figures. What an import keeps of the areas of the set it replaces.
 */
export function* storedRecords(
  head: AreaHead,
  bin: Uint8Array,
): Generator<{
  code: string;
  title: string;
  area: number;
  flags: { annualOnly: boolean; hourlyOnly: boolean; broad: boolean };
  ints: number[];
}> {
  const view = new DataView(bin.buffer, bin.byteOffset, bin.byteLength);
  for (const [code, title, start, count] of head.occupations) {
    for (let r = start; r < start + count && (r + 1) * RECORD_BYTES <= bin.byteLength; r++) {
      const ints = Array.from({ length: RECORD_INTS }, (_, k) => view.getInt32(r * RECORD_BYTES + 4 * k, true));
      const bits = ints[0]! >>> 16;
      yield {
        code,
        title,
        area: ints[0]! & 0xffff,
        flags: { annualOnly: !!(bits & 1), hourlyOnly: !!(bits & 2), broad: !!(bits & 4) },
        ints: ints.slice(1),
      };
    }
  }
}

/** A head as JSON.parse gave it, if it is one of this version. */
export function isAreaHead(value: unknown): value is AreaHead {
  const h = value as AreaHead | null;
  return (
    h?.format === DATASET_FORMAT &&
    Array.isArray(h.sources) &&
    Array.isArray(h.areas) &&
    h.areas.every((a) => Array.isArray(a) && typeof a[0] === "string" && typeof a[1] === "string" && Number.isInteger(a[4])) &&
    Array.isArray(h.occupations) &&
    h.occupations.every((o) => Array.isArray(o) && typeof o[0] === "string" && Number.isInteger(o[2]) && Number.isInteger(o[3]))
  );
}

/** The head's areas with their releases, as the commands look them up. */
export function areaInfos(head: AreaHead): AreaInfo[] {
  return head.areas.map(([code, title, type, state, source], place) => {
    const s = head.sources[source];
    return {
      place,
      code,
      title,
      type,
      state,
      release: s?.version ?? "unknown",
      annualCeiling: s?.annualCeiling ?? null,
      hourlyCeiling: s?.hourlyCeiling ?? null,
    };
  });
}

/** The occupation of the head with this BLS code (the head keeps them sorted by code), or undefined. */
export function headOccupation(head: AreaHead, code: string): StoredAreaOccupation | undefined {
  let lo = 0;
  let hi = head.occupations.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const o = head.occupations[mid]!;
    if (o[0] === code) return o;
    if (o[0] < code) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

/**
 * Records gathered while the workbooks are read, each kept as its 16 int32 from the start (a metropolitan
 * workbook has over 100,000 rows: objects for each would cost more memory than the import may use).
 */
export class AreaRecords {
  private ints = new Int32Array(RECORD_INTS * 4096);
  private count = 0;
  /** the records of each occupation code, by place */
  readonly byCode = new Map<string, { title: string; records: number[] }>();

  get size(): number {
    return this.count;
  }

  /**
   * One row: its area's place, flags, and its 15 figures as a record holds them (employment, jobs per
   * 1,000, location quotient, six annual and six hourly wages: figureInt, wageInt).
   */
  add(
    code: string,
    title: string,
    area: number,
    flags: { annualOnly?: boolean; hourlyOnly?: boolean; broad?: boolean },
    ints: number[],
  ): void {
    if ((this.count + 1) * RECORD_INTS > this.ints.length) {
      const bigger = new Int32Array(this.ints.length * 2);
      bigger.set(this.ints);
      this.ints = bigger;
    }
    const at = this.count * RECORD_INTS;
    const bits = (flags.annualOnly ? 1 : 0) | (flags.hourlyOnly ? 2 : 0) | (flags.broad ? 4 : 0);
    this.ints[at] = (area & 0xffff) | (bits << 16);
    this.ints.set(ints.slice(0, RECORD_INTS - 1), at + 1);
    let entry = this.byCode.get(code);
    if (!entry) this.byCode.set(code, (entry = { title, records: [] }));
    entry.records.push(this.count++);
  }

  /**
   * areas.bin, and the occupations of areas.json: by code, each occupation's records in area order, one
   * an area (a broad code BLS publishes at the detailed level has a row of each, alike: the detailed one
   * is kept, as nationally), so that an area's record is found where areaWindow says.
   */
  encode(): { occupations: StoredAreaOccupation[]; bin: Buffer } {
    const all = Buffer.alloc(this.count * RECORD_BYTES);
    const out = new Int32Array(all.buffer, all.byteOffset, this.count * RECORD_INTS);
    const occupations: StoredAreaOccupation[] = [];
    let next = 0;
    const area = (r: number) => this.ints[r * RECORD_INTS]! & 0xffff;
    const broad = (r: number) => (this.ints[r * RECORD_INTS]! >>> 16) & 4;
    for (const code of [...this.byCode.keys()].sort()) {
      const { title, records } = this.byCode.get(code)!;
      records.sort((a, b) => area(a) - area(b) || broad(a) - broad(b));
      const once = records.filter((r, k) => k === 0 || area(records[k - 1]!) !== area(r));
      occupations.push([code, title, next, once.length]);
      for (const r of once) out.set(this.ints.subarray(r * RECORD_INTS, (r + 1) * RECORD_INTS), next++ * RECORD_INTS);
    }
    // Int32Array is the platform's byte order; the file is little-endian
    if (new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1) for (let k = 0; k < next * RECORD_INTS; k++) all.writeInt32LE(out[k]!, 4 * k);
    return { occupations, bin: all.subarray(0, next * RECORD_BYTES) };
  }
}

/**
 * Where an area's record of an occupation can be, as [first record, how many]: its records are in area
 * order, one per area at most, so the record of the area at `place` (of `areas` in all) is at most `place`
 * records in, and at least `place - (areas - count)`. An occupation every area has is one record to
 * read; a rare one, at most its own records.
 */
export function areaWindow(o: StoredAreaOccupation, place: number, areas: number): [first: number, count: number] {
  const [, , start, count] = o;
  const from = Math.max(0, place - (areas - count));
  const to = Math.min(count - 1, place);
  return to < from ? [start, 0] : [start + from, to - from + 1];
}

/** The record of the area at `place` among records read whole (a window of areaWindow), or undefined. */
export function recordOfArea(head: AreaHead, bin: Uint8Array, place: number): AreaFigures | undefined {
  const view = new DataView(bin.buffer, bin.byteOffset, bin.byteLength);
  for (let at = 0; at + RECORD_BYTES <= bin.byteLength; at += RECORD_BYTES) {
    if ((view.getInt32(at, true) & 0xffff) === place) return decodeRecords(head, bin.subarray(at, at + RECORD_BYTES))[0];
  }
  return undefined;
}
