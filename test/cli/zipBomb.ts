/**
 * Zip files written byte by byte, for the memory tests: a real workbook's parts with one part replaced
 * by a deflate stream that unpacks to gigabytes (a zip bomb) — made from one compressed megabyte
 * repeated, so the test builds a 6 MB bomb in a moment without ever holding what it unpacks to.
 */
import { deflateRawSync, constants } from "node:zlib";
import JSZip from "jszip";

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

interface Entry {
  readonly name: string;
  readonly data: Buffer;
  readonly crc: number;
  readonly size: number;
}

/** A deflate stream of `megabytes` MB of spaces: one flushed megabyte repeated, then an empty final block. */
export function bombStream(megabytes: number): Buffer {
  const block = deflateRawSync(Buffer.alloc(1024 * 1024, 0x20), { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const end = deflateRawSync(Buffer.alloc(0));
  return Buffer.concat([...Array.from({ length: megabytes }, () => block), end]);
}

/** Write the entries as a zip (deflated, 32-bit sizes: a larger declared size is capped, as a liar's would be). */
function writeZip(entries: readonly Entry[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const size = Math.min(e.size, 0xfffffffe);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(e.crc, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(0x0800, 8);
    dir.writeUInt16LE(8, 10);
    dir.writeUInt32LE(e.crc, 16);
    dir.writeUInt32LE(e.data.length, 20);
    dir.writeUInt32LE(size, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    locals.push(local, name, e.data);
    central.push(dir, name);
    offset += local.length + name.length + e.data.length;
  }
  const dirBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dirBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dirBytes, end]);
}

/**
 * The workbook with each of `parts` replaced by a bomb that unpacks to `megabytes` MB (its CRC is
 * not worked out: a reader must stop before it could check one, or find the part is no XML).
 */
export async function workbookBomb(workbook: Uint8Array, parts: readonly string[], megabytes: number): Promise<Buffer> {
  const zip = await JSZip.loadAsync(workbook);
  const entries: Entry[] = [];
  for (const f of Object.values(zip.files)) {
    if (f.dir) continue;
    if (parts.includes(f.name)) {
      entries.push({ name: f.name, data: bombStream(megabytes), crc: 0, size: megabytes * 1024 * 1024 });
      continue;
    }
    const bytes = await f.async("uint8array");
    entries.push({ name: f.name, data: deflateRawSync(bytes), crc: crc32(bytes), size: bytes.length });
  }
  return writeZip(entries);
}
