/**
 * Reading one YAML file safely (read.ts: regular files only, size limit, encoding), then parsing it:
 * CRLF accepted, aliases refused (they are never needed here and are the vector of "billion laughs"
 * bombs), duplicate keys refused.
 */
import { type Document, isAlias, isNode, isScalar, LineCounter, parseDocument, visit, type Node } from 'yaml';
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
function refinePosition(
  text: string,
  code: string,
  message: string,
  start: Position,
  end: Position,
): { start: Position; end?: Position } {
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
    if (odd)
      return {
        diagnostics: [
          {
            severity: 'error',
            code: 'yaml-odd-indent',
            file: displayPath,
            start: odd.start,
            params: { codePoint: odd.codePoint },
          },
        ],
      };
  }
  for (const err of doc.errors) {
    const [s, e] = err.pos;
    diagnostics.push({
      severity: 'error',
      code: codeOf('yaml', err.code),
      file: displayPath,
      ...refinePosition(text, err.code, err.message, pos(s), pos(e)),
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
          diagnostics.push({
            severity: 'error',
            code: 'yaml-complex-key',
            file: displayPath,
            start: pos(s),
            params: {},
          });
          continue;
        }
        const text = String(isScalar(key) ? key.value : key);
        if (seen.has(text))
          diagnostics.push({
            severity: 'error',
            code: 'yaml-DUPLICATE_KEY',
            file: displayPath,
            start: pos(s),
            params: { key: text },
          });
        seen.add(text);
      }
    },
  });
  if (diagnostics.length > 0) return { diagnostics };

  if (doc.contents === null || doc.contents === undefined) {
    diagnostics.push({
      severity: 'error',
      code: /(^|[\\/])report\.ya?ml$/.test(displayPath) ? 'empty-manifest' : 'empty-file',
      file: displayPath,
      start: at(1, 1),
      params: {},
    });
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
