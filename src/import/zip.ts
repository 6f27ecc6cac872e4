/**
 * Zip archives (the O*NET text release, and xlsx workbooks, which are zips of XML), read in memory with
 * fflate. Before anything is inflated every entry is checked: a name that could escape a folder (`..`,
 * an absolute path, a drive letter, a backslash, a control character) or sizes that look like a zip bomb
 * (too much in total, or squeezed too hard) refuse the whole archive. fflate inflates each entry into a
 * buffer of its declared size, so an entry that lies about its size cannot grow past it; one that comes
 * out shorter, or whose checksum differs from the one the archive records, is damaged.
 */
import { crc32 } from "node:zlib";
import { unzipSync } from "fflate";
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
}

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
export function openZip(bytes: Uint8Array, file: string, limits: ZipLimits = ZIP_LIMITS): Zip {
  const entries: ZipEntry[] = [];
  let total = 0;
  const check = (info: { name: string; size: number; originalSize: number }): false => {
    const why = unsafeEntryName(info.name);
    if (why) throw dataError(`${file}: refused: the archive holds an entry named with ${why}: ${JSON.stringify(info.name)}`);
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
  guarded(file, () => unzipSync(bytes, { filter: check }));
  const sizes = new Map(entries.map((e) => [e.name, e.size]));
  const crcs = centralCrcs(bytes);
  return {
    file,
    entries,
    extract(names) {
      const wanted = new Set(names);
      const out = guarded(file, () => unzipSync(bytes, { filter: (info) => wanted.has(info.name) }));
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
  };
}

const u16 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number) => (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;
const latin1 = new TextDecoder("latin1");
const utf8 = new TextDecoder("utf-8");

/**
 * The CRC-32 of each entry, from the central directory (fflate, having read the same directory, does not
 * pass them on). Entries it cannot place are left out, and so unchecked; fflate has vouched for the layout.
 */
function centralCrcs(bytes: Uint8Array): Map<string, number> {
  const crcs = new Map<string, number>();
  let end = bytes.length - 22;
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  while (end >= stop && u32(bytes, end) !== 0x06054b50) end--;
  if (end < stop) return crcs;
  let at = u32(bytes, end + 16);
  for (let n = u16(bytes, end + 10); n > 0 && at + 46 <= bytes.length && u32(bytes, at) === 0x02014b50; n--) {
    const nameLength = u16(bytes, at + 28);
    const raw = bytes.subarray(at + 46, at + 46 + nameLength);
    crcs.set((u16(bytes, at + 8) & 0x800 ? utf8 : latin1).decode(raw), u32(bytes, at + 16));
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
