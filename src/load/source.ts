/**
 * Reading one YAML file safely: size limit, encoding detection (UTF-8 with or without BOM; other
 * encodings are recognised and refused with advice, see decodeText), CRLF accepted, aliases refused
 * (they are never needed here and are the vector of "billion laughs" bombs), duplicate keys refused.
 */
import { lstat, readFile } from 'node:fs/promises';
import { Document, isAlias, isNode, isScalar, LineCounter, parseDocument, visit, type Node } from 'yaml';
import type { Diagnostic, Position } from '../validate/diagnostic.js';

/** Larger files are refused before parsing: the whole sample is 60 KB. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

export interface SourceFile {
  /** Absolute path. */
  path: string;
  /** Path as shown in messages. */
  displayPath: string;
  text: string;
  doc: Document.Parsed;
  lineCounter: LineCounter;
  /** The parsed value (plain JSON data). */
  value: unknown;
}

export interface ReadResult {
  source?: SourceFile;
  diagnostics: Diagnostic[];
}

const at = (line: number, column: number): Position => ({ line, column });

export interface Decoded {
  text?: string;
  /** Message key when the bytes are not usable UTF-8 text. */
  code?: string;
  params?: Record<string, string | number>;
  /** Where the problem is (the first bad byte), when it is at one place. */
  start?: Position;
}

/** Line and column (in characters) of a byte offset, counting the bytes before it as UTF-8. */
function bytePosition(bytes: Uint8Array, offset: number): Position {
  let lineStart = 0;
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) (line++, (lineStart = i + 1));
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
  if (bytes.length >= 4 && b0 === 0 && b1 === 0 && ((b2 === 0xfe && b3 === 0xff) || (b2 === 0 && b3 !== 0))) return utf('UTF-32BE');
  if (bytes.length >= 4 && b2 === 0 && b3 === 0 && ((b0 === 0xff && b1 === 0xfe) || (b0 !== 0 && b1 === 0))) return utf('UTF-32LE');
  if (bytes.length >= 2 && ((b0 === 0xfe && b1 === 0xff) || (b0 === 0 && b1 !== 0))) return utf('UTF-16BE');
  if (bytes.length >= 2 && ((b0 === 0xff && b1 === 0xfe) || (b0 !== 0 && b1 === 0))) return utf('UTF-16LE');
  // ISO-2022-JP is 7-bit: it decodes as ASCII, with ESC $ B … ESC ( B around the Japanese.
  const ascii = bytes.every((b) => b < 0x80);
  if (ascii && /\x1b\$[@B]|\x1b\(J/.test(Buffer.from(bytes).toString('latin1'))) return utf('ISO-2022-JP（JIS）');
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
        return { code: 'encoding-invalid-byte', params: { byte: bytes[bad].toString(16).toUpperCase(), cp1252: 1 }, start: bytePosition(bytes, bad) };
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
  if (text.includes('\r') && !text.includes('\n') && /\r./s.test(text)) return { code: 'yaml-cr-only', params: {}, start: at(1, 1) };
  return { text };
}

/** The first line indented with a no-break space or a full-width space (only asked when the YAML does not parse). */
function oddIndentation(text: string): { start: Position; codePoint: number } | undefined {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^[ \t]*([\u00a0\u3000])[\s\u00a0\u3000]*\S/u.exec(lines[i]);
    if (m) return { start: at(i + 1, m[0].indexOf(m[1]) + 1), codePoint: m[1].codePointAt(0)! };
  }
  return undefined;
}

/** The line that opens what the parser finds unclosed: an odd number of quotes, or more [ { than ] }. */
function unclosedOpener(text: string, before: number, kind: 'quote' | 'flow'): Position | undefined {
  const lines = text.split('\n').slice(0, before);
  for (let i = lines.length - 1; i >= 0; i--) {
    const value = /^\s*(?:- |[^:#]*:\s)(.*)$/.exec(lines[i])?.[1];
    if (value === undefined) continue;
    if (kind === 'quote' && /^(["'])/.test(value)) {
      const q = value[0];
      const body = value.slice(1).replace(q === '"' ? /\\./g : /''/g, '');
      if (!body.includes(q)) return at(i + 1, lines[i].length - value.length + 1);
    }
    if (kind === 'flow' && /^[[{]/.test(value)) {
      const open = (value.match(/[[{]/g) ?? []).length;
      const close = (value.match(/[\]}]/g) ?? []).length;
      if (open > close) return at(i + 1, lines[i].length - value.length + 1);
    }
  }
  return undefined;
}

/**
 * Where a syntax error is for the person who must fix it: the parser reports an unclosed quote at the
 * end of the file and a key running over two lines at its first line; the defect is where the quote
 * opens and where the second line starts.
 */
function refinePosition(text: string, code: string, message: string, start: Position, end: Position): { start: Position; end?: Position } {
  if (code === 'MISSING_CHAR' && /quote/i.test(message)) {
    const opener = unclosedOpener(text, start.line, 'quote');
    if (opener) return { start: opener };
  }
  if (/flow (sequence|mapping|collection)|end with a [\]}]/i.test(message)) {
    const opener = unclosedOpener(text, start.line, 'flow');
    if (opener) return { start: opener };
  }
  if ((code === 'MULTILINE_IMPLICIT_KEY' || code === 'BLOCK_AS_IMPLICIT_KEY') && end.line > start.line) {
    const line = text.split('\n')[end.line - 1] ?? '';
    return { start: at(end.line, line.search(/\S/) + 1), end };
  }
  return { start, end };
}

/** Parses YAML text into a document with source positions; reports syntax problems as diagnostics. */
export function parseSource(text: string, absPath: string, displayPath: string): ReadResult {
  const diagnostics: Diagnostic[] = [];
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    strict: true,
    merge: false,
    keepSourceTokens: false,
  });
  const pos = (offset: number): Position => {
    const p = lineCounter.linePos(offset);
    return at(p.line, p.col);
  };
  if (doc.errors.length > 0) {
    // Indentation with a no-break or full-width space looks like spaces but is not: said as precisely as tabs.
    const odd = oddIndentation(text);
    if (odd) return { diagnostics: [{ severity: 'error', code: 'yaml-odd-indent', file: displayPath, start: odd.start, params: { codePoint: odd.codePoint } }] };
  }
  for (const err of doc.errors) {
    const [s, e] = err.pos;
    diagnostics.push({
      severity: 'error',
      code: `yaml-${err.code}`,
      file: displayPath,
      ...refinePosition(text, err.code, err.message, pos(s), pos(e)),
      params: { detail: err.message.split('\n')[0] },
    });
  }
  for (const warn of doc.warnings) {
    diagnostics.push({
      severity: 'error',
      code: `yaml-${warn.code}`,
      file: displayPath,
      start: pos(warn.pos[0]),
      params: { detail: warn.message.split('\n')[0] },
    });
  }
  if (diagnostics.length > 0) return { diagnostics };

  let aliasFound = false;
  visit(doc, {
    Node(_key, node) {
      const n = node as Node;
      if (isAlias(n) || (isNode(n) && (n as { anchor?: string }).anchor)) {
        aliasFound = true;
        const [s] = n.range ?? [0];
        diagnostics.push({ severity: 'error', code: 'yaml-alias', file: displayPath, start: pos(s), params: {} });
        return visit.BREAK;
      }
      return undefined;
    },
  });
  if (aliasFound) return { diagnostics };

  // Keys that YAML tells apart but JSON data cannot: 2019 and "2019" (one would silently replace
  // the other), and keys that are lists or mappings.
  visit(doc, {
    Map(_key, map) {
      const seen = new Set<string>();
      for (const pair of map.items) {
        const key = pair.key as Node | null;
        const [s] = (key as Node | null)?.range ?? map.range ?? [0];
        if (key !== null && !isScalar(key)) {
          diagnostics.push({ severity: 'error', code: 'yaml-complex-key', file: displayPath, start: pos(s), params: {} });
          continue;
        }
        const text = String(isScalar(key) ? key.value : key);
        if (seen.has(text)) diagnostics.push({ severity: 'error', code: 'yaml-DUPLICATE_KEY', file: displayPath, start: pos(s), params: { key: text } });
        seen.add(text);
      }
    },
  });
  if (diagnostics.length > 0) return { diagnostics };

  if (doc.contents === null || doc.contents === undefined) {
    diagnostics.push({ severity: 'error', code: /(^|[\\/])report\.ya?ml$/.test(displayPath) ? 'empty-manifest' : 'empty-file', file: displayPath, start: at(1, 1), params: {} });
    return { diagnostics };
  }
  const value = doc.toJS({ maxAliasCount: 0 });
  return { source: { path: absPath, displayPath, text, doc, lineCounter, value }, diagnostics };
}

export async function readSource(absPath: string, displayPath: string, maxBytes = MAX_FILE_BYTES): Promise<ReadResult> {
  // lstat: a symbolic link is not followed (it could point outside the report, into a log), and a
  // FIFO or a directory is never opened (reading a FIFO would hang).
  const info = await lstat(absPath).catch(() => undefined);
  if (!info?.isFile()) {
    return { diagnostics: [{ severity: 'error', code: info ? 'not-a-regular-file' : 'file-vanished', file: displayPath, start: at(1, 1), params: { file: displayPath } }] };
  }
  if (info.size > maxBytes) {
    return {
      diagnostics: [
        {
          severity: 'error',
          code: 'file-too-large',
          file: displayPath,
          start: at(1, 1),
          params: { size: Math.round(info.size / 1024), limit: Math.round(maxBytes / 1024) },
        },
      ],
    };
  }
  const bytes = await readFile(absPath);
  const decoded = decodeText(bytes);
  if (decoded.text === undefined) return { diagnostics: [decodeDiagnostic(decoded, displayPath)] };
  return parseSource(decoded.text.replace(/^\uFEFF/, ''), absPath, displayPath);
}

/** The diagnostic for bytes that are not usable UTF-8 text. */
export function decodeDiagnostic(decoded: Decoded, file: string): Diagnostic {
  return { severity: 'error', code: decoded.code ?? 'encoding-unknown', file, start: decoded.start ?? at(1, 1), params: decoded.params ?? {} };
}
