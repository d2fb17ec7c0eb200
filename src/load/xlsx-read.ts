/**
 * Reading an .xlsx from someone else (a returned form, an office's workbook) with bounded memory.
 * A zip declares its sizes in headers that anyone can write, and a 1 MB file can inflate to 1 GB:
 * exceljs (through jszip) inflates every part whole before looking at it. So before exceljs sees
 * the bytes, this reads the zip's central directory itself, refuses too many parts or a part whose
 * declared size is over its limit, and then inflates each part with a hard output limit
 * (zlib's maxOutputLength), so a part that lies about its size is stopped at the limit. A worksheet
 * is also counted (rows and cells) on its bytes, since a small sheet of empty cells still becomes a
 * million objects in exceljs. Written here because no maintained library checks a zip this way
 * without inflating it first. Only after all that is the workbook loaded.
 */
import { inflateRawSync } from 'node:zlib';
import type ExcelJS from 'exceljs';
import Workbook from 'exceljs/lib/doc/workbook.js';

export interface XlsxLimits {
  /** The file itself. */
  fileBytes: number;
  /** Parts (entries) of the zip. */
  parts: number;
  /** One part once inflated. */
  partBytes: number;
  /** All parts once inflated. */
  totalBytes: number;
  /** Rows and cells of one worksheet. */
  sheetRows: number;
  sheetCells: number;
}

/**
 * Far above any form or office table (a form of 100 initiatives with long texts is under 2 MB inflated and
 * 2,000 cells), and low enough that exceljs stays well under 300 MB on anything within them.
 */
export const DEFAULT_XLSX_LIMITS: XlsxLimits = {
  fileBytes: 32 * 1024 * 1024,
  parts: 1000,
  partBytes: 16 * 1024 * 1024,
  totalBytes: 40 * 1024 * 1024,
  sheetRows: 10_000,
  sheetCells: 50_000,
};

export type XlsxProblem =
  /** Not a zip at all: `kind` says what it looks like (an .xls, a CSV) or is ''. */
  | { problem: 'not-xlsx'; kind: string }
  /** A zip that cannot be read (truncated, encrypted, ZIP64, a part outside the file). */
  | { problem: 'corrupt'; detail: string }
  /** Over a limit: `part` is the zip entry (xl/worksheets/sheet1.xml), `limit` what was exceeded. */
  | { problem: 'too-large'; part: string; limit: keyof XlsxLimits; value: number; max: number };

export interface ZipPart {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  /** Offset of the local header. */
  offset: number;
}

const u16 = (b: Uint8Array, o: number) => b[o] | (b[o + 1] << 8);
const u32 = (b: Uint8Array, o: number) => (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16)) + b[o + 3] * 0x1000000;

/** What the bytes are, when they are not a zip. */
export function notZipKind(bytes: Uint8Array, name: string): string | undefined {
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b) return undefined;
  if (bytes.length >= 4 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)
    return 'Excel 97-2003 (.xls)';
  if (/\.csv$/i.test(name)) return 'CSV';
  return '';
}

/** The central directory of a zip, read without inflating anything. */
export function zipParts(bytes: Uint8Array, limits: XlsxLimits = DEFAULT_XLSX_LIMITS): ZipPart[] | XlsxProblem {
  const corrupt = (detail: string): XlsxProblem => ({ problem: 'corrupt', detail });
  // The end-of-central-directory record is in the last 22 + 65535 bytes (its comment is at most 65535).
  let eocd = -1;
  for (let o = bytes.length - 22; o >= Math.max(0, bytes.length - 22 - 0xffff); o--) {
    if (u32(bytes, o) === 0x06054b50) {
      eocd = o;
      break;
    }
  }
  if (eocd < 0) return corrupt('no end of central directory');
  const count = u16(bytes, eocd + 10);
  const cdSize = u32(bytes, eocd + 12);
  const cdOffset = u32(bytes, eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) return corrupt('ZIP64');
  if (count > limits.parts) return { problem: 'too-large', part: '', limit: 'parts', value: count, max: limits.parts };
  if (cdOffset + cdSize > eocd) return corrupt('central directory outside the file');
  const parts: ZipPart[] = [];
  let o = cdOffset;
  let total = 0;
  for (let i = 0; i < count; i++) {
    if (o + 46 > eocd || u32(bytes, o) !== 0x02014b50) return corrupt('central directory entry');
    const flags = u16(bytes, o + 8);
    const method = u16(bytes, o + 10);
    const compressedSize = u32(bytes, o + 20);
    const size = u32(bytes, o + 24);
    const nameLength = u16(bytes, o + 28);
    const extra = u16(bytes, o + 30);
    const comment = u16(bytes, o + 32);
    const offset = u32(bytes, o + 42);
    const name = Buffer.from(bytes.subarray(o + 46, o + 46 + nameLength)).toString('utf8');
    if (flags & 1) return corrupt('encrypted');
    if (method !== 0 && method !== 8) return corrupt(`compression method ${method}`);
    if (size > limits.partBytes)
      return { problem: 'too-large', part: name, limit: 'partBytes', value: size, max: limits.partBytes };
    total += size;
    if (total > limits.totalBytes)
      return { problem: 'too-large', part: name, limit: 'totalBytes', value: total, max: limits.totalBytes };
    if (offset + 30 > bytes.length || offset + compressedSize > bytes.length)
      return corrupt(`${name} outside the file`);
    parts.push({ name, method, compressedSize, size, offset });
    o += 46 + nameLength + extra + comment;
  }
  return parts;
}

/** The bytes of one part, inflated with a hard limit whatever its header says. */
export function inflatePart(
  bytes: Uint8Array,
  part: ZipPart,
  limits: XlsxLimits = DEFAULT_XLSX_LIMITS,
): Buffer | XlsxProblem {
  const o = part.offset;
  if (u32(bytes, o) !== 0x04034b50) return { problem: 'corrupt', detail: `${part.name} local header` };
  const start = o + 30 + u16(bytes, o + 26) + u16(bytes, o + 28);
  const end = start + part.compressedSize;
  if (end > bytes.length) return { problem: 'corrupt', detail: `${part.name} outside the file` };
  const data = bytes.subarray(start, end);
  const tooLarge: XlsxProblem = {
    problem: 'too-large',
    part: part.name,
    limit: 'partBytes',
    value: part.size,
    max: limits.partBytes,
  };
  if (part.method === 0) return data.length > limits.partBytes ? tooLarge : Buffer.from(data);
  try {
    const out = inflateRawSync(data, { maxOutputLength: limits.partBytes });
    // A part that inflates to more than it declared is as suspect as one over the limit.
    if (out.length !== part.size) return { problem: 'corrupt', detail: `${part.name} size` };
    return out;
  } catch (e) {
    if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return { ...tooLarge, value: limits.partBytes + 1 };
    return { problem: 'corrupt', detail: `${part.name}: ${(e as Error).message.slice(0, 100)}` };
  }
}

/** Counts `<row` and `<c ` / `<c>` openings of a worksheet's XML without parsing it. */
export function countSheet(xml: Buffer): { rows: number; cells: number } {
  let rows = 0;
  let cells = 0;
  for (let i = xml.indexOf(0x3c); i >= 0 && i < xml.length - 2; i = xml.indexOf(0x3c, i + 1)) {
    // '<row' then a space or '>' / '<c' then a space, '>' or '/'
    const a = xml[i + 1];
    if (a === 0x63) {
      const b = xml[i + 2];
      if (b === 0x20 || b === 0x3e || b === 0x2f || b === 0x09 || b === 0x0a || b === 0x0d) cells++;
    } else if (a === 0x72 && xml[i + 2] === 0x6f && xml[i + 3] === 0x77) {
      const b = xml[i + 4];
      if (b === 0x20 || b === 0x3e || b === 0x2f || b === 0x09 || b === 0x0a || b === 0x0d) rows++;
    }
  }
  return { rows, cells };
}

/**
 * Checks every part of an .xlsx within the limits (memory stays around the largest part); undefined
 * when the workbook can be handed to exceljs.
 */
export function checkXlsx(
  bytes: Uint8Array,
  name: string,
  limits: XlsxLimits = DEFAULT_XLSX_LIMITS,
): XlsxProblem | undefined {
  const kind = notZipKind(bytes, name);
  if (kind !== undefined) return { problem: 'not-xlsx', kind } as XlsxProblem;
  if (bytes.length > limits.fileBytes)
    return {
      problem: 'too-large',
      part: '',
      limit: 'fileBytes',
      value: bytes.length,
      max: limits.fileBytes,
    } as XlsxProblem;
  const parts = zipParts(bytes, limits);
  if (!Array.isArray(parts)) return parts;
  for (const part of parts) {
    const out = inflatePart(bytes, part, limits);
    if (!Buffer.isBuffer(out)) return out;
    if (/^xl\/worksheets\/[^/]+\.xml$/i.test(part.name)) {
      const { rows, cells } = countSheet(out);
      if (rows > limits.sheetRows)
        return { problem: 'too-large', part: part.name, limit: 'sheetRows', value: rows, max: limits.sheetRows };
      if (cells > limits.sheetCells)
        return { problem: 'too-large', part: part.name, limit: 'sheetCells', value: cells, max: limits.sheetCells };
    }
  }
  return undefined;
}

/** The workbook, after checkXlsx; a problem when the bytes are refused or exceljs cannot read them. */
export async function readXlsx(
  bytes: Uint8Array,
  name: string,
  limits: XlsxLimits = DEFAULT_XLSX_LIMITS,
): Promise<ExcelJS.Workbook | XlsxProblem> {
  const problem = checkXlsx(bytes, name, limits);
  if (problem) return problem;
  const wb = new Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes) as never);
  } catch (e) {
    return { problem: 'corrupt', detail: (e as Error).message.split('\n')[0].slice(0, 200) };
  }
  return wb;
}
