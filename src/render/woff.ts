/**
 * Wraps an SFNT (TrueType) font as WOFF 1.0 (W3C WOFF File Format 1.0), each table compressed with
 * Node's zlib. Written here because the encoders subset-font brings (fontverter: wawoff2 for WOFF2,
 * a JavaScript deflate for WOFF) take 1 to 5 seconds per font, where native zlib takes milliseconds;
 * the format is a header, a table directory and the tables.
 */
import { deflateSync } from 'node:zlib';

const align4 = (n: number) => (n + 3) & ~3;

export function sfntToWoff(sfnt: Uint8Array): Uint8Array {
  const src = Buffer.from(sfnt.buffer, sfnt.byteOffset, sfnt.byteLength);
  const flavor = src.readUInt32BE(0);
  const numTables = src.readUInt16BE(4);
  const tables: { tag: number; checksum: number; data: Buffer; packed: Buffer }[] = [];
  for (let i = 0; i < numTables; i++) {
    const rec = 12 + i * 16;
    const offset = src.readUInt32BE(rec + 8);
    const length = src.readUInt32BE(rec + 12);
    const data = src.subarray(offset, offset + length);
    const deflated = deflateSync(data, { level: 9 });
    tables.push({
      tag: src.readUInt32BE(rec),
      checksum: src.readUInt32BE(rec + 4),
      data,
      packed: deflated.length < length ? deflated : data,
    });
  }
  tables.sort((a, b) => a.tag - b.tag);
  const headerSize = 44 + 20 * numTables;
  const total = tables.reduce((n, t) => n + align4(t.packed.length), headerSize);
  const out = Buffer.alloc(total);
  out.writeUInt32BE(0x774f4646, 0); // 'wOFF'
  out.writeUInt32BE(flavor, 4);
  out.writeUInt32BE(total, 8);
  out.writeUInt16BE(numTables, 12);
  out.writeUInt32BE(12 + 16 * numTables + tables.reduce((n, t) => n + align4(t.data.length), 0), 16);
  out.writeUInt16BE(1, 20); // font version 1.0
  let offset = headerSize;
  tables.forEach((t, i) => {
    const rec = 44 + i * 20;
    out.writeUInt32BE(t.tag, rec);
    out.writeUInt32BE(offset, rec + 4);
    out.writeUInt32BE(t.packed.length, rec + 8);
    out.writeUInt32BE(t.data.length, rec + 12);
    out.writeUInt32BE(t.checksum, rec + 16);
    t.packed.copy(out, offset);
    offset += align4(t.packed.length);
  });
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}
