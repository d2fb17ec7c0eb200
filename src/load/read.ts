/**
 * The one way reform reads a file of a report: a regular file only (a symbolic link is never
 * followed, a FIFO or a directory never opened, also when one replaces the file after it was listed),
 * a size limit checked before reading, and the encoding checked (UTF-8 with or without BOM; other
 * encodings are recognised and refused with advice, a stray byte or NUL is said at its line and column).
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync } from 'node:fs';
import type { Stats } from 'node:fs';
import type { Diagnostic, Position } from '../diagnostics/diagnostic.js';

/** Larger files are refused before parsing: the whole sample is 60 KB. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

/** O_NOFOLLOW: a symbolic link put in place after the listing is not followed; O_NONBLOCK: nor does a FIFO block. */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

export type ReadResult = { bytes: Buffer } | { tooLarge: number } | { error: 'not-a-regular-file' | 'file-vanished' };

/**
 * Reads a regular file without following a symbolic link or opening anything else.
 * With synchronous calls: a report is a thousand small files, and each asynchronous call is a trip through the
 * thread pool and a promise (most of the time of a read); none of these calls can block (O_NONBLOCK, a regular
 * file's size known before reading).
 */
export async function readRegularFile(abs: string, maxBytes = MAX_FILE_BYTES): Promise<ReadResult> {
  return readRegularFileSync(abs, maxBytes);
}

function readRegularFileSync(abs: string, maxBytes: number): ReadResult {
  const code = (e: unknown) => (e as NodeJS.ErrnoException | undefined)?.code;
  let before: Stats;
  try {
    before = lstatSync(abs);
  } catch (e) {
    if (code(e) === 'ENOENT') return { error: 'file-vanished' };
    throw e;
  }
  if (!before.isFile()) return { error: 'not-a-regular-file' };
  if (before.size > maxBytes) return { tooLarge: before.size };
  let fd: number;
  try {
    fd = openSync(abs, OPEN_FLAGS);
  } catch (e) {
    // Replaced since the lstat: by a symbolic link (ELOOP; EMLINK on BSD), or removed.
    if (code(e) === 'ELOOP' || code(e) === 'EMLINK') return { error: 'not-a-regular-file' };
    if (code(e) === 'ENOENT') return { error: 'file-vanished' };
    throw e;
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) return { error: 'not-a-regular-file' };
    if (info.size > maxBytes) return { tooLarge: info.size };
    // The size as stated, and more if the file grows meanwhile (up to the limit: one byte over says too large).
    let buf = Buffer.allocUnsafe(Math.max(info.size, 1));
    let length = 0;
    for (;;) {
      if (length === buf.length) {
        if (length > maxBytes) return { tooLarge: length };
        const grown = Buffer.allocUnsafe(Math.min(buf.length * 2, maxBytes + 1));
        buf.copy(grown, 0, 0, length);
        buf = grown;
      }
      const n = readSync(fd, buf, length, buf.length - length, null);
      if (n === 0) break;
      length += n;
    }
    if (length > maxBytes) return { tooLarge: length };
    return { bytes: buf.subarray(0, length) };
  } finally {
    closeSync(fd);
  }
}

const at = (line: number, column: number): Position => ({ line, column });

export type DecodeFailure = 'encoding-detected' | 'encoding-invalid-byte' | 'encoding-nul' | 'yaml-cr-only';

export interface Decoded {
  text?: string;
  /** Message key when the bytes are not usable UTF-8 text. */
  code?: DecodeFailure;
  params?: Record<string, string | number>;
  /** Where the problem is (the first bad byte), when it is at one place. */
  start?: Position;
}

/** Line and column (in characters) of a byte offset, counting the bytes before it as UTF-8. */
function bytePosition(bytes: Uint8Array, offset: number): Position {
  let lineStart = 0;
  let line = 1;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  const before = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset));
  return at(line, [...before].length + 1);
}

/** The first byte where UTF-8 decoding fails. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const n = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (n === 0 || i + n > bytes.length) return i;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(i, i + n));
    } catch {
      return i;
    }
    i += n;
  }
  return -1;
}

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff\u3000-\u303f\uff01-\uff5e]/gu;

/** Share of Japanese characters among the non-ASCII characters of a decoding (higher is likelier). */
function japaneseScore(bytes: Uint8Array, encoding: string): number {
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return -1;
  }
  const nonAscii = text.replace(/[\x00-\x7f]/g, '').length;
  return nonAscii === 0 ? 0 : (text.match(JAPANESE)?.length ?? 0) / nonAscii;
}

/** cp1252 bytes an English Windows editor writes for typographic characters (“ ” ‘ ’ – — … •). */
const CP1252 = new Set([0x85, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97]);

/**
 * UTF-8 text, or what else the bytes are: UTF-16/32 (byte-order mark, or the zero bytes of the
 * first character, as the YAML specification detects them), ISO-2022-JP (its escape sequences),
 * Shift_JIS or EUC-JP (whichever decodes to Japanese), or a stray byte (cp1252 quote, a damaged
 * character) at its own line and column; NUL at its own line and column; CR-only line endings.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  const [b0, b1, b2, b3] = [bytes[0], bytes[1], bytes[2], bytes[3]];
  const utf = (encoding: string): Decoded => ({ code: 'encoding-detected', params: { encoding }, start: at(1, 1) });
  const four = bytes.length >= 4;
  if (four && b0 === 0 && b1 === 0 && ((b2 === 0xfe && b3 === 0xff) || (b2 === 0 && b3 !== 0))) return utf('UTF-32BE');
  if (four && b2 === 0 && b3 === 0 && ((b0 === 0xff && b1 === 0xfe) || (b0 !== 0 && b1 === 0))) return utf('UTF-32LE');
  if (bytes.length >= 2 && ((b0 === 0xfe && b1 === 0xff) || (b0 === 0 && b1 !== 0))) return utf('UTF-16BE');
  if (bytes.length >= 2 && ((b0 === 0xff && b1 === 0xfe) || (b0 !== 0 && b1 === 0))) return utf('UTF-16LE');
  // ISO-2022-JP is 7-bit: it decodes as ASCII, with ESC $ B … ESC ( B around the Japanese.
  if (bytes.indexOf(0x1b) >= 0 && bytes.every((b) => b < 0x80)) {
    if (/\x1b\$[@B]|\x1b\(J/.test(Buffer.from(bytes).toString('latin1'))) return utf('ISO-2022-JP（JIS）');
  }
  let text: string | undefined;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    text = undefined;
  }
  if (text === undefined) {
    const bad = firstInvalidUtf8(bytes);
    // Mostly valid multi-byte UTF-8: a UTF-8 file with a damaged or foreign byte, said at its place.
    // Mostly invalid: a file in another encoding.
    const lossy = new TextDecoder('utf-8').decode(bytes);
    const good = lossy.match(/[^\x00-\x7f\ufffd]/gu)?.length ?? 0;
    const broken = lossy.match(/\ufffd/gu)?.length ?? 0;
    if (broken * 4 >= good) {
      if (bytes.every((b) => b < 0x80 || CP1252.has(b))) {
        const params = { byte: bytes[bad].toString(16).toUpperCase(), cp1252: 1 };
        return { code: 'encoding-invalid-byte', params, start: bytePosition(bytes, bad) };
      }
      const sjis = japaneseScore(bytes, 'shift_jis');
      const euc = japaneseScore(bytes, 'euc-jp');
      if (sjis > 0.5 || euc > 0.5) return utf(euc > sjis ? 'EUC-JP' : 'Shift_JIS');
    }
    return {
      code: 'encoding-invalid-byte',
      params: { byte: bytes[bad].toString(16).toUpperCase(), ...(CP1252.has(bytes[bad]) ? { cp1252: 1 } : {}) },
      start: bytePosition(bytes, bad),
    };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { code: 'encoding-nul', params: {}, start: bytePosition(bytes, nul) };
  // A YAML parser reading LF would take a CR-only file for one long line (a comment, often): refuse it plainly.
  if (text.includes('\r') && !text.includes('\n') && /\r./s.test(text)) {
    return { code: 'yaml-cr-only', params: {}, start: at(1, 1) };
  }
  return { text };
}

/**
 * A report file's text (BOM removed), or the diagnostic that says why it cannot be read.
 * `displayPath` is the path as shown in messages.
 */
export async function readReportText(
  abs: string,
  displayPath: string,
  maxBytes = MAX_FILE_BYTES,
): Promise<{ text: string; diagnostic?: undefined } | { text?: undefined; diagnostic: Diagnostic }> {
  const start = { line: 1, column: 1 };
  const read = await readRegularFile(abs, maxBytes);
  if ('error' in read) {
    return {
      diagnostic: { severity: 'error', code: read.error, file: displayPath, start, params: { file: displayPath } },
    };
  }
  if ('tooLarge' in read) {
    const params = { size: Math.round(read.tooLarge / 1024), limit: Math.round(maxBytes / 1024) };
    return { diagnostic: { severity: 'error', code: 'file-too-large', file: displayPath, start, params } };
  }
  const decoded = decodeText(read.bytes);
  if (decoded.text === undefined) return { diagnostic: decodeDiagnostic(decoded, displayPath) };
  return { text: decoded.text.replace(/^\uFEFF/, '') };
}

/** The diagnostic for bytes that are not usable UTF-8 text. */
export function decodeDiagnostic(decoded: Decoded, file: string): Diagnostic {
  const code = decoded.code ?? 'encoding-detected';
  return { severity: 'error', code, file, start: decoded.start ?? at(1, 1), params: decoded.params ?? {} };
}
