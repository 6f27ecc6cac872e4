/**
 * Zip archives (the O*NET text release, and xlsx workbooks, which are zips of XML), read in memory with
 * fflate. Before anything is inflated every entry is checked: a name that could escape a folder (`..`,
 * an absolute path, a drive letter, a backslash, a control character), a name given twice, or sizes that look like a zip bomb
 * (too much in total, or squeezed too hard) refuse the whole archive. fflate inflates each entry into a
 * buffer of its declared size, so an entry that lies about its size cannot grow past it; one that comes
 * out shorter, or whose checksum differs from the one the archive records, is damaged.
 */
import { crc32 } from "node:zlib";
import { Inflate, unzipSync } from "fflate";
import { CareersError, dataError } from "../errors.js";

export interface ZipLimits {
  /** the most all entries may declare together, in bytes */
  maxTotal: number;
  /** the most an entry of more than `ratioFrom` bytes may be squeezed (uncompressed / compressed) */
  maxRatio: number;
  ratioFrom: number;
  maxEntries: number;
}

/**
 * The O*NET 29.3 text release is 34 MB in 38 files, squeezed about 8 times; the workbooks are smaller. These
 * limits leave room for larger releases while keeping memory well inside the import's budget.
 */
export const ZIP_LIMITS: ZipLimits = { maxTotal: 400 * 2 ** 20, maxRatio: 200, ratioFrom: 2 ** 20, maxEntries: 5000 };

export interface ZipEntry {
  name: string;
  size: number;
  compressedSize: number;
}

export interface Zip {
  file: string;
  entries: ZipEntry[];
  /** the named entries, inflated */
  extract: (names: readonly string[]) => Map<string, Uint8Array>;
  /**
   * One entry inflated a piece at a time (pieces of about half a megabyte), checked as `extract` checks
   * it: what a sheet of tens of megabytes is read by, without holding it whole. Null when there is no
   * such entry.
   */
  stream: (name: string) => Generator<Uint8Array> | null;
  /**
   * Lets go of the archive's bytes, once the import has read what it takes from it (the O*NET release's
   * 4 MB would otherwise stay to the end); nothing more can be read from it after.
   */
  close: () => void;
}

/** What the central directory says of an entry: where its data starts and how it is packed. */
interface Placed {
  crc: number;
  method: number;
  compressedSize: number;
  size: number;
  localHeader: number;
}

/** Compressed bytes handed to the inflater at a time when streaming an entry. */
const STREAM_PIECE = 256 * 1024;

const ZIP_MAGIC = [0x50, 0x4b];

/** Does the file start like a zip (local file header, or the end record of an empty archive)? */
export const looksLikeZip = (bytes: Uint8Array): boolean =>
  bytes.length >= 4 &&
  bytes[0] === ZIP_MAGIC[0] &&
  bytes[1] === ZIP_MAGIC[1] &&
  ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6));

const UNSAFE_NAME = /(^|\/)\.\.(\/|$)|^\/|^[A-Za-z]:|\\|[\u0000-\u001f\u007f]/;

/** Why an archive entry's name is refused, or null when it is a plain relative path. */
export function unsafeEntryName(name: string): string | null {
  if (!UNSAFE_NAME.test(name)) return null;
  if (/[\u0000-\u001f\u007f]/.test(name)) return "a control character";
  if (name.includes("\\")) return "a backslash";
  return /(^|\/)\.\.(\/|$)/.test(name) ? "a path out of the archive (..)" : "an absolute path";
}

const damaged = (file: string, why: string) => dataError(`${file}: the zip file is damaged or incomplete (${why}); download it again`);

/** Open a zip held in memory: list and check its entries; inflate on demand. */
export function openZip(archive: Uint8Array, file: string, limits: ZipLimits = ZIP_LIMITS): Zip {
  let bytes: Uint8Array | null = archive;
  const open = (): Uint8Array => {
    if (!bytes) throw new Error(`${file}: read after the import let it go`);
    return bytes;
  };
  const entries: ZipEntry[] = [];
  const seen = new Set<string>();
  let total = 0;
  const check = (info: { name: string; size: number; originalSize: number }): false => {
    const why = unsafeEntryName(info.name);
    if (why) throw dataError(`${file}: refused: the archive holds an entry named with ${why}: ${JSON.stringify(info.name)}`);
    // two entries of one name: tools disagree on which is read (unzip the first, fflate the last)
    if (seen.has(info.name))
      throw dataError(
        `${file}: refused: the archive holds two entries named ${JSON.stringify(info.name)} (which one is the release's cannot be told); download it again`,
      );
    seen.add(info.name);
    if (entries.length >= limits.maxEntries) throw dataError(`${file}: refused: the archive holds more than ${limits.maxEntries} entries`);
    total += info.originalSize;
    if (total > limits.maxTotal) {
      throw dataError(`${file}: refused: the archive would unpack to more than ${Math.round(limits.maxTotal / 2 ** 20)} MB (a zip bomb?)`);
    }
    if (info.originalSize > limits.ratioFrom && info.originalSize > info.size * limits.maxRatio) {
      throw dataError(
        `${file}: refused: ${info.name} is squeezed ${Math.round(info.originalSize / Math.max(1, info.size))} to 1 (more than ${limits.maxRatio} to 1: a zip bomb?)`,
      );
    }
    entries.push({ name: info.name, size: info.originalSize, compressedSize: info.size });
    return false;
  };
  guarded(file, () => unzipSync(archive, { filter: check }));
  const sizes = new Map(entries.map((e) => [e.name, e.size]));
  const placed = centralDirectory(archive);
  const crcs = new Map([...placed].map(([name, p]) => [name, p.crc]));
  return {
    file,
    entries,
    extract(names) {
      const wanted = new Set(names);
      const out = guarded(file, () => unzipSync(open(), { filter: (info) => wanted.has(info.name) }));
      const files = new Map<string, Uint8Array>();
      for (const name of names) {
        const data = out[name];
        if (!data) continue;
        if (data.length !== sizes.get(name))
          throw damaged(file, `${name} holds ${data.length} bytes of the ${sizes.get(name)} it declares`);
        const crc = crcs.get(name);
        if (crc !== undefined && crc32(data) !== crc) throw damaged(file, `${name} does not match its checksum`);
        files.set(name, data);
      }
      return files;
    },
    stream(name) {
      const where = placed.get(name);
      if (!sizes.has(name)) return null;
      // an entry the directory does not place plainly (zip64, another packing) is inflated whole
      if (
        !where ||
        (where.method !== 0 && where.method !== 8) ||
        where.compressedSize === 0xffffffff ||
        u32(open(), where.localHeader) !== 0x04034b50
      )
        return (function* (zip: Zip) {
          yield zip.extract([name]).get(name)!;
        })(this);
      return streamEntry(open(), file, name, where, sizes.get(name)!);
    },
    close() {
      bytes = null;
    },
  };
}

function* streamEntry(bytes: Uint8Array, file: string, name: string, where: Placed, declared: number): Generator<Uint8Array> {
  const start = where.localHeader + 30 + u16(bytes, where.localHeader + 26) + u16(bytes, where.localHeader + 28);
  const data = bytes.subarray(start, start + where.compressedSize);
  if (data.length !== where.compressedSize) throw damaged(file, `${name} is cut short`);
  let length = 0;
  let crc = 0;
  const out: Uint8Array[] = [];
  const inflater = where.method === 8 ? new Inflate((chunk) => out.push(chunk)) : null;
  for (let at = 0; ; at += STREAM_PIECE) {
    const piece = data.subarray(at, at + STREAM_PIECE);
    const last = at + STREAM_PIECE >= data.length;
    if (inflater) guarded(file, () => inflater.push(piece, last));
    else out.push(piece);
    for (const chunk of out) {
      length += chunk.length;
      if (length > declared) throw damaged(file, `${name} holds more than the ${declared} bytes it declares`);
      crc = crc32(chunk, crc);
      yield chunk;
    }
    out.length = 0;
    if (last) break;
  }
  if (length !== declared) throw damaged(file, `${name} holds ${length} bytes of the ${declared} it declares`);
  if (crc !== where.crc) throw damaged(file, `${name} does not match its checksum`);
}

const u16 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number) => (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;
const latin1 = new TextDecoder("latin1");
const utf8 = new TextDecoder("utf-8");

/**
 * The CRC-32, packing, sizes and local header of each entry, from the central directory (fflate, having
 * read the same directory, does not pass them on). Entries it cannot place are left out, and so unchecked;
 * fflate has vouched for the layout.
 */
function centralDirectory(bytes: Uint8Array): Map<string, Placed> {
  const crcs = new Map<string, Placed>();
  let end = bytes.length - 22;
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  while (end >= stop && u32(bytes, end) !== 0x06054b50) end--;
  if (end < stop) return crcs;
  let at = u32(bytes, end + 16);
  for (let n = u16(bytes, end + 10); n > 0 && at + 46 <= bytes.length && u32(bytes, at) === 0x02014b50; n--) {
    const nameLength = u16(bytes, at + 28);
    const raw = bytes.subarray(at + 46, at + 46 + nameLength);
    crcs.set((u16(bytes, at + 8) & 0x800 ? utf8 : latin1).decode(raw), {
      crc: u32(bytes, at + 16),
      method: u16(bytes, at + 10),
      compressedSize: u32(bytes, at + 20),
      size: u32(bytes, at + 24),
      localHeader: u32(bytes, at + 42),
    });
    at += 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
  return crcs;
}

/** fflate's errors (invalid zip data, unexpected EOF, invalid block type...) say the archive is damaged. */
function guarded<T>(file: string, f: () => T): T {
  try {
    return f();
  } catch (err) {
    if (err instanceof CareersError) throw err;
    throw damaged(file, err instanceof Error ? err.message : String(err));
  }
}
