/**
 * The one way reform reads a file of a report: a regular file only (a symbolic link is never
 * followed, a FIFO or a directory never opened, also when one replaces the file after it was listed),
 * a size limit checked before reading, and the encoding checked (UTF-8 with or without BOM;
 * Shift_JIS and UTF-16 are recognised and refused with advice).
 */
import { constants } from 'node:fs';
import type { Stats } from 'node:fs';
import { lstat, open, type FileHandle } from 'node:fs/promises';
import type { Diagnostic } from '../diagnostics/diagnostic.js';

/** Larger files are refused before parsing: the whole sample is 60 KB. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

/** O_NOFOLLOW: a symbolic link put in place after the listing is not followed; O_NONBLOCK: nor does a FIFO block. */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

export type ReadResult = { bytes: Buffer } | { tooLarge: number } | { error: 'not-a-regular-file' | 'file-vanished' };

/** Reads a regular file without following a symbolic link or opening anything else. */
export async function readRegularFile(abs: string, maxBytes = MAX_FILE_BYTES): Promise<ReadResult> {
  const code = (e: unknown) => (e as NodeJS.ErrnoException | undefined)?.code;
  let before: Stats;
  try {
    before = await lstat(abs);
  } catch (e) {
    if (code(e) === 'ENOENT') return { error: 'file-vanished' };
    throw e;
  }
  if (!before.isFile()) return { error: 'not-a-regular-file' };
  if (before.size > maxBytes) return { tooLarge: before.size };
  let handle: FileHandle;
  try {
    handle = await open(abs, OPEN_FLAGS);
  } catch (e) {
    // Replaced since the lstat: by a symbolic link (ELOOP; EMLINK on BSD), or removed.
    if (code(e) === 'ELOOP' || code(e) === 'EMLINK') return { error: 'not-a-regular-file' };
    if (code(e) === 'ENOENT') return { error: 'file-vanished' };
    throw e;
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) return { error: 'not-a-regular-file' };
    if (info.size > maxBytes) return { tooLarge: info.size };
    return { bytes: await handle.readFile() };
  } finally {
    await handle.close();
  }
}

export type DecodeFailure = 'encoding-utf16' | 'encoding-binary' | 'encoding-sjis' | 'encoding-unknown';

export function decodeText(
  bytes: Uint8Array,
): { text: string; code?: undefined } | { text?: undefined; code: DecodeFailure } {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return { code: 'encoding-utf16' };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    if (text.includes('\u0000')) return { code: 'encoding-binary' };
    return { text };
  } catch {
    try {
      new TextDecoder('shift_jis', { fatal: true }).decode(bytes);
      return { code: 'encoding-sjis' };
    } catch {
      return { code: 'encoding-unknown' };
    }
  }
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
  if (decoded.text === undefined)
    return { diagnostic: { severity: 'error', code: decoded.code, file: displayPath, start, params: {} } };
  return { text: decoded.text.replace(/^\uFEFF/, '') };
}
