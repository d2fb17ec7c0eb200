/**
 * Reading one YAML file safely: size limit, encoding detection (UTF-8 with or without BOM;
 * Shift_JIS and UTF-16 are recognised and refused with advice), CRLF accepted, aliases refused
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

export function decodeText(bytes: Uint8Array): { text?: string; code?: string } {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return { code: 'encoding-utf16' };
  }
  try {
    let text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
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
  for (const err of doc.errors) {
    const [s, e] = err.pos;
    diagnostics.push({
      severity: 'error',
      code: `yaml-${err.code}`,
      file: displayPath,
      start: pos(s),
      end: pos(e),
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
  if (decoded.text === undefined) {
    return { diagnostics: [{ severity: 'error', code: decoded.code!, file: displayPath, start: at(1, 1), params: {} }] };
  }
  return parseSource(decoded.text.replace(/^\uFEFF/, ''), absPath, displayPath);
}
