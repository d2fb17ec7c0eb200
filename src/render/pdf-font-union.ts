/**
 * One font program for a face printed in parts (pdf-parts.ts, pdf-join.ts). Chromium cuts each print's own
 * subset of a web font and keeps the glyph IDs (a glyph not used is left empty), so the subsets of the parts
 * differ only in which glyphs are filled: their union, glyph by glyph, is a subset that draws every part, and one
 * copy serves all the parts' font dictionaries instead of one ~700 KB copy per part. No library merges subsets
 * of one font; subset-font (harfbuzz) cuts from the whole font, which the joined PDF does not have.
 * Anything unexpected (another glyph count, other metrics, a table missing) gives no union: the parts keep theirs.
 */
import { deflateSync } from 'node:zlib';
import { decodePDFRawStream, PDFDict, type PDFDocument, PDFName, PDFRawStream, PDFRef } from 'pdf-lib';

interface Sfnt {
  version: number;
  tables: Map<string, Uint8Array>;
}

function readSfnt(b: Uint8Array): Sfnt | undefined {
  if (b.length < 12) return undefined;
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const count = v.getUint16(4);
  if (12 + count * 16 > b.length) return undefined;
  const tables = new Map<string, Uint8Array>();
  for (let i = 0; i < count; i++) {
    const at = 12 + i * 16;
    const tag = String.fromCharCode(b[at], b[at + 1], b[at + 2], b[at + 3]);
    const offset = v.getUint32(at + 8);
    const length = v.getUint32(at + 12);
    if (offset + length > b.length) return undefined;
    tables.set(tag, b.subarray(offset, offset + length));
  }
  return { version: v.getUint32(0), tables };
}

const view = (b: Uint8Array) => new DataView(b.buffer, b.byteOffset, b.byteLength);

/** Each glyph's bytes (empty for an empty glyph), from glyf by loca. */
function glyphsOf(font: Sfnt): Uint8Array[] | undefined {
  const head = font.tables.get('head');
  const maxp = font.tables.get('maxp');
  const loca = font.tables.get('loca');
  const glyf = font.tables.get('glyf');
  if (!head || !maxp || !loca || !glyf || head.length < 54 || maxp.length < 6) return undefined;
  const count = view(maxp).getUint16(4);
  const long = view(head).getInt16(50) === 1;
  const lv = view(loca);
  if (loca.length < (count + 1) * (long ? 4 : 2)) return undefined;
  const at = (i: number) => (long ? lv.getUint32(i * 4) : lv.getUint16(i * 2) * 2);
  const glyphs: Uint8Array[] = [];
  for (let i = 0; i < count; i++) {
    const start = at(i);
    const end = at(i + 1);
    if (end < start || end > glyf.length) return undefined;
    glyphs.push(glyf.subarray(start, end));
  }
  return glyphs;
}

const sameBytes = (a: Uint8Array | undefined, b: Uint8Array | undefined) =>
  a !== undefined && b !== undefined && Buffer.from(a).equals(Buffer.from(b));

/** A glyph's advance and side bearing from a metrics table (hmtx, vmtx) with `long` full entries. */
function metricOf(table: Uint8Array, long: number, gid: number): [number, number] {
  const v = view(table);
  if (long === 0) return [0, 0];
  if (gid < long) return [v.getUint16(gid * 4), v.getInt16(gid * 4 + 2)];
  const at = long * 4 + (gid - long) * 2;
  return [v.getUint16((long - 1) * 4), at + 2 <= table.length ? v.getInt16(at) : 0];
}

/**
 * The union of subsets of one font with the same glyph IDs (each part's glyph count runs to its highest glyph
 * used); undefined where they are not that. Each glyph, with its metrics, comes from the first part that drew it;
 * the tables of the glyph count and maxima (maxp, head's box, hhea/vhea) are widened to hold them all.
 */
export function unionTrueType(programs: readonly Uint8Array[]): Uint8Array | undefined {
  const parsed = programs.map(readSfnt);
  if (parsed.length === 0 || parsed.some((f) => !f)) return undefined;
  const fonts = parsed as Sfnt[];
  const lists = fonts.map(glyphsOf);
  if (lists.some((g) => !g)) return undefined;
  const glyphs = lists as Uint8Array[][];
  const count = Math.max(...glyphs.map((l) => l.length));
  const widest = fonts[glyphs.findIndex((l) => l.length === count)];
  const first = fonts[0];
  // The same font: the same tables but for what a subset changes.
  for (const f of fonts)
    for (const tag of ['cvt ', 'fpgm', 'prep'])
      if (
        f.tables.has(tag) !== first.tables.has(tag) ||
        (f.tables.has(tag) && !sameBytes(f.tables.get(tag), first.tables.get(tag)))
      )
        return undefined;
  const source: number[] = [];
  const chosen: Uint8Array[] = [];
  let size = 0;
  for (let i = 0; i < count; i++) {
    let from = glyphs.findIndex((l) => i < l.length && l[i].length > 0);
    if (from < 0) from = glyphs.findIndex((l) => i < l.length);
    source.push(from);
    chosen.push(glyphs[from][i]);
    size += (chosen[i].length + 3) & ~3;
  }
  const glyf = new Uint8Array(size);
  const loca = new Uint8Array((count + 1) * 4);
  const lv = view(loca);
  let offset = 0;
  chosen.forEach((g, i) => {
    lv.setUint32(i * 4, offset);
    glyf.set(g, offset);
    offset += (g.length + 3) & ~3;
  });
  lv.setUint32(count * 4, offset);

  const tables = new Map(widest.tables);
  tables.set('glyf', glyf);
  tables.set('loca', loca);
  // maxp: the glyph count, and every maximum (version 1.0's fields after numGlyphs) the largest of the parts'.
  const maxp = Uint8Array.from(widest.tables.get('maxp')!);
  const mv = view(maxp);
  mv.setUint16(4, count);
  for (let at = 6; at + 2 <= maxp.length; at += 2)
    for (const f of fonts) {
      const other = f.tables.get('maxp')!;
      if (at + 2 <= other.length) mv.setUint16(at, Math.max(mv.getUint16(at), view(other).getUint16(at)));
    }
  tables.set('maxp', maxp);
  // head: long loca, the box of all glyphs, the checksum adjustment set when written.
  const head = Uint8Array.from(widest.tables.get('head')!);
  const hv = view(head);
  hv.setInt16(50, 1);
  hv.setUint32(8, 0);
  for (const f of fonts) {
    const o = view(f.tables.get('head')!);
    hv.setInt16(36, Math.min(hv.getInt16(36), o.getInt16(36)));
    hv.setInt16(38, Math.min(hv.getInt16(38), o.getInt16(38)));
    hv.setInt16(40, Math.max(hv.getInt16(40), o.getInt16(40)));
    hv.setInt16(42, Math.max(hv.getInt16(42), o.getInt16(42)));
  }
  tables.set('head', head);
  // Metrics: one full entry per glyph, from the part its outline came from.
  for (const [metrics, header] of [
    ['hmtx', 'hhea'],
    ['vmtx', 'vhea'],
  ] as const) {
    if (!fonts.every((f) => f.tables.has(metrics) && (f.tables.get(header)?.length ?? 0) >= 36)) {
      tables.delete(metrics);
      tables.delete(header);
      continue;
    }
    const out = new Uint8Array(count * 4);
    const ov = view(out);
    for (let i = 0; i < count; i++) {
      const f = fonts[source[i]];
      const [advance, bearing] = metricOf(f.tables.get(metrics)!, view(f.tables.get(header)!).getUint16(34), i);
      ov.setUint16(i * 4, advance);
      ov.setInt16(i * 4 + 2, bearing);
    }
    const h = Uint8Array.from(widest.tables.get(header)!);
    const v = view(h);
    v.setUint16(34, count);
    for (const f of fonts) v.setUint16(10, Math.max(v.getUint16(10), view(f.tables.get(header)!).getUint16(10)));
    tables.set(metrics, out);
    tables.set(header, h);
  }
  return writeSfnt(first.version, tables);
}

function checksum(b: Uint8Array): number {
  const padded = new Uint8Array((b.length + 3) & ~3);
  padded.set(b);
  const v = view(padded);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + v.getUint32(i)) >>> 0;
  return sum;
}

function writeSfnt(version: number, tables: Map<string, Uint8Array>): Uint8Array {
  const tags = [...tables.keys()].sort();
  const n = tags.length;
  let size = 12 + n * 16;
  for (const t of tags) size += (tables.get(t)!.length + 3) & ~3;
  const out = new Uint8Array(size);
  const v = view(out);
  const pow = 2 ** Math.floor(Math.log2(n));
  v.setUint32(0, version);
  v.setUint16(4, n);
  v.setUint16(6, pow * 16);
  v.setUint16(8, Math.log2(pow));
  v.setUint16(10, n * 16 - pow * 16);
  let offset = 12 + n * 16;
  let headAt = -1;
  tags.forEach((tag, i) => {
    const data = tables.get(tag)!;
    const at = 12 + i * 16;
    for (let k = 0; k < 4; k++) out[at + k] = tag.charCodeAt(k);
    v.setUint32(at + 4, checksum(data));
    v.setUint32(at + 8, offset);
    v.setUint32(at + 12, data.length);
    out.set(data, offset);
    if (tag === 'head') headAt = offset;
    offset += (data.length + 3) & ~3;
  });
  if (headAt >= 0) v.setUint32(headAt + 8, (0xb1b0afba - checksum(out)) >>> 0);
  return out;
}

const FontFile2 = PDFName.of('FontFile2');
const FontName = PDFName.of('FontName');
const FontDescriptor = PDFName.of('FontDescriptor');

/**
 * Gives the font descriptors of one face (FontName without its subset tag) one FontFile2, the union of theirs,
 * and drops the others. Returns how many programs were dropped.
 */
export function shareFontPrograms(doc: PDFDocument): number {
  const ctx = doc.context;
  const faces = new Map<string, { descriptor: PDFDict; ref: PDFRef }[]>();
  for (const [, obj] of ctx.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFDict) || obj.get(PDFName.of('Type')) !== FontDescriptor) continue;
    const file = obj.get(FontFile2);
    const name = obj.get(FontName);
    if (!(file instanceof PDFRef) || !(name instanceof PDFName)) continue;
    const face = name.decodeText().replace(/^[A-Z]{6}\+/, '');
    faces.set(face, [...(faces.get(face) ?? []), { descriptor: obj, ref: file }]);
  }
  let dropped = 0;
  for (const list of faces.values()) {
    const refs = [...new Set(list.map((l) => l.ref))];
    if (refs.length < 2) continue;
    const streams = refs.map((r) => ctx.lookup(r));
    if (!streams.every((s) => s instanceof PDFRawStream)) continue;
    let programs: Uint8Array[];
    try {
      programs = (streams as PDFRawStream[]).map((s) => decodePDFRawStream(s).decode());
    } catch {
      continue;
    }
    const union = unionTrueType(programs);
    if (!union) continue;
    const data = deflateSync(union, { level: 6 });
    const dict = ctx.obj({ Filter: 'FlateDecode', Length: data.length, Length1: union.length });
    const shared = ctx.register(PDFRawStream.of(dict as PDFDict, data));
    for (const { descriptor } of list) descriptor.set(FontFile2, shared);
    for (const r of refs) ctx.delete(r);
    dropped += refs.length;
  }
  return dropped;
}
