/**
 * Reading one YAML file safely (read.ts: regular files only, size limit, encoding), then parsing it:
 * CRLF accepted, aliases refused (they are never needed here and are the vector of "billion laughs"
 * bombs), duplicate keys refused.
 */
import { Document, isAlias, isNode, isScalar, LineCounter, parseDocument, visit, type Node } from 'yaml';
import { codeOf, type Diagnostic, type Position } from '../diagnostics/diagnostic.js';
import { MAX_FILE_BYTES, readReportText } from './read.js';

export { decodeText, MAX_FILE_BYTES } from './read.js';

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
  /** The text as read, also when it does not parse (for code frames: nothing is read twice). */
  text?: string;
  diagnostics: Diagnostic[];
}

const at = (line: number, column: number): Position => ({ line, column });

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
      code: codeOf('yaml', err.code),
      file: displayPath,
      start: pos(s),
      end: pos(e),
      params: { detail: err.message.split('\n')[0] },
    });
  }
  for (const warn of doc.warnings) {
    diagnostics.push({
      severity: 'error',
      code: codeOf('yaml', warn.code),
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
  const read = await readReportText(absPath, displayPath, maxBytes);
  if (read.diagnostic) return { diagnostics: [read.diagnostic] };
  return { ...parseSource(read.text, absPath, displayPath), text: read.text };
}
