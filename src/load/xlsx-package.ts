/**
 * The parts of an .xlsx (a zip) read with bounded memory: the central directory is read first and a
 * file whose declared sizes exceed the limits is refused before anything is inflated; each part is
 * then inflated with a ceiling of its declared size, so a zip bomb that lies about its sizes stops at
 * the ceiling instead of filling memory. Written here rather than with JSZip (which exceljs uses)
 * because JSZip inflates whatever it is given. Pure: bytes in, parts out.
 */
import { inflateRawSync } from 'node:zlib';

export interface ZipLimits {
  /** Parts in the file. */
  maxEntries: number;
  /** Inflated bytes of one part. */
  maxEntryBytes: number;
  /** Inflated bytes of all parts read. */
  maxTotalBytes: number;
}

/** Far above any office's table (a 30-page table is about 2 MB of XML), far below 300 MB of memory. */
export const XLSX_LIMITS: ZipLimits = {
  maxEntries: 4000,
  maxEntryBytes: 48 * 1024 * 1024,
  maxTotalBytes: 96 * 1024 * 1024,
};

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

export type ZipProblem =
  | { problem: 'not-zip' }
  | { problem: 'corrupt'; detail: string }
  | { problem: 'too-large'; part: string; bytes: number; limit: number };

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;

/** What the bytes are when they are not a zip: an .xls of Excel 97–2003, a CSV, or nothing known. */
export function notZipKind(bytes: Uint8Array, name: string): string | undefined {
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)
    return undefined;
  if (bytes.length >= 4 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)
    return 'Excel 97-2003 (.xls)';
  if (/\.csv$/i.test(name)) return 'CSV';
  if (/\.xls$/i.test(name)) return 'Excel 97-2003 (.xls)';
  return '';
}

/** The central directory, with every declared size checked against the limits. */
export function listZip(bytes: Uint8Array, limits: ZipLimits = XLSX_LIMITS): ZipEntry[] | ZipProblem {
  if (bytes.length < 22) return { problem: 'not-zip' };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === END_OF_CENTRAL_DIRECTORY) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return { problem: 'not-zip' };
  const count = view.getUint16(eocd + 10, true);
  if (count === 0xffff) return { problem: 'corrupt', detail: 'ZIP64' };
  if (count > limits.maxEntries) return { problem: 'too-large', part: '(zip)', bytes: count, limit: limits.maxEntries };
  let p = view.getUint32(eocd + 16, true);
  const entries: ZipEntry[] = [];
  let total = 0;
  const decoder = new TextDecoder('utf-8');
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== CENTRAL_HEADER)
      return { problem: 'corrupt', detail: `central directory entry ${n}` };
    const method = view.getUint16(p + 10, true);
    const compressedSize = view.getUint32(p + 20, true);
    const size = view.getUint32(p + 24, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    const localOffset = view.getUint32(p + 42, true);
    if (p + 46 + nameLength > bytes.length) return { problem: 'corrupt', detail: `entry name ${n}` };
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength));
    if (size === 0xffffffff || compressedSize === 0xffffffff) return { problem: 'corrupt', detail: 'ZIP64' };
    if (size > limits.maxEntryBytes)
      return { problem: 'too-large', part: name, bytes: size, limit: limits.maxEntryBytes };
    total += size;
    if (total > limits.maxTotalBytes)
      return { problem: 'too-large', part: '(zip)', bytes: total, limit: limits.maxTotalBytes };
    entries.push({ name, method, compressedSize, size, localOffset });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** One part inflated, never beyond its declared size (a part that inflates to more is refused). */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array | ZipProblem {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_HEADER)
    return { problem: 'corrupt', detail: `local header of ${entry.name}` };
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) return { problem: 'corrupt', detail: `data of ${entry.name}` };
  const data = bytes.subarray(start, end);
  if (entry.method === 0) {
    return entry.size === data.length ? data : { problem: 'corrupt', detail: `size of ${entry.name}` };
  }
  if (entry.method !== 8) return { problem: 'corrupt', detail: `compression ${entry.method} of ${entry.name}` };
  try {
    // One byte more than declared: a part that fills it has lied about its size.
    const out = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.size + 1) });
    if (out.length !== entry.size) return { problem: 'corrupt', detail: `size of ${entry.name}` };
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE')
      return { problem: 'too-large', part: entry.name, bytes: entry.size + 1, limit: entry.size };
    return { problem: 'corrupt', detail: `${entry.name}: ${(e as Error).message.split('\n')[0].slice(0, 120)}` };
  }
}

export function isZipProblem(x: unknown): x is ZipProblem {
  return typeof x === 'object' && x !== null && 'problem' in x;
}

/** The parts of a zip by name, each read on demand within the limits. */
export class ZipPackage {
  private readonly byName = new Map<string, ZipEntry>();
  constructor(
    private readonly bytes: Uint8Array,
    entries: ZipEntry[],
  ) {
    for (const e of entries) this.byName.set(e.name.replace(/^\/+/, ''), e);
  }
  static open(bytes: Uint8Array, limits: ZipLimits = XLSX_LIMITS): ZipPackage | ZipProblem {
    const entries = listZip(bytes, limits);
    return isZipProblem(entries) ? entries : new ZipPackage(bytes, entries);
  }
  has(name: string): boolean {
    return this.byName.has(name);
  }
  /** The part as text (UTF-8), undefined when absent. */
  text(name: string): string | undefined | ZipProblem {
    const entry = this.byName.get(name);
    if (!entry) return undefined;
    const data = readZipEntry(this.bytes, entry);
    return isZipProblem(data) ? data : new TextDecoder('utf-8').decode(data);
  }
}
