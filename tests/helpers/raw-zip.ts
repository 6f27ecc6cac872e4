/**
 * A zip written byte by byte (entries stored, not deflated), for archives fflate's writer will not make:
 * two entries of one name, as `zip` leaves when a file is appended to an archive that already holds it.
 */
import { crc32 } from "node:zlib";

export function storedZip(entries: readonly (readonly [name: string, data: Uint8Array | string])[]): Uint8Array {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, raw] of entries) {
    const data = typeof raw === "string" ? Buffer.from(raw) : Buffer.from(raw);
    const nameBytes = Buffer.from(name);
    const crc = crc32(data);
    /** a header: its signature, then from `at` the version, flags (UTF-8 names), checksum, sizes, name length */
    const header = (length: number, signature: number, at: number) => {
      const b = Buffer.alloc(length);
      b.writeUInt32LE(signature, 0);
      b.writeUInt16LE(20, at);
      b.writeUInt16LE(0x800, at + 2);
      b.writeUInt32LE(crc, at + 10);
      b.writeUInt32LE(data.length, at + 14);
      b.writeUInt32LE(data.length, at + 18);
      b.writeUInt16LE(nameBytes.length, at + 22);
      return b;
    };
    local.push(header(30, 0x04034b50, 4), nameBytes, data);
    const dir = header(46, 0x02014b50, 6);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt32LE(offset, 42);
    central.push(dir, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const centralBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...local, centralBytes, end]));
}
