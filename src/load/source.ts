/**
 * Reading one YAML file safely (read.ts: regular files only, size limit, encoding), then parsing it:
 * CRLF accepted, aliases refused (they are never needed here and are the vector of "billion laughs"
 * bombs), duplicate keys refused.
 */
import {
  type Document,
  isAlias,
  isMap,
  isNode,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Node,
} from 'yaml';
import { codeOf, type Diagnostic, type Position } from '../diagnostics/diagnostic.js';
import { MAX_FILE_BYTES, readReportText } from './read.js';

export { decodeText, MAX_FILE_BYTES } from './read.js';

export interface SourceFile {
  /** Absolute path. */
  path: string;
  /** Path as shown in messages. */
  displayPath: string;
  text: string;
  /**
   * The parsed document, with source positions (for locating a diagnostic). A report directory's files do not
   * hold it: it is parsed again from `text` when first asked for (only a file with something to report is), so
   * that a large report's syntax trees are not all kept while the rest is read (memory, garbage collection).
   */
  readonly doc: Document.Parsed;
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

const parse = (text: string, lineCounter?: LineCounter) =>
  parseDocument(text, {
    ...(lineCounter ? { lineCounter } : {}),
    prettyErrors: false,
    uniqueKeys: true,
    strict: true,
    merge: false,
    keepSourceTokens: false,
  });

export interface ParseOptions {
  /** Keep the syntax tree (fmt renders from it); otherwise it is parsed again when asked for (SourceFile.doc). */
  keepDoc?: boolean;
}

/** Parses YAML text into a document with source positions; reports syntax problems as diagnostics. */
export function parseSource(
  text: string,
  absPath: string,
  displayPath: string,
  opts: ParseOptions = { keepDoc: true },
): ReadResult {
  const diagnostics: Diagnostic[] = [];
  const lineCounter = new LineCounter();
  const doc = parse(text, lineCounter);
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

  // One walk over the tree: an alias or anchor stops it (and is the only thing said); keys that YAML tells apart
  // but JSON data cannot (2019 and "2019": one would silently replace the other) and keys that are lists or
  // mappings are said where they are.
  const alias = findAliasAndKeyProblems(doc.contents, displayPath, pos, diagnostics);
  if (alias) return { diagnostics: [alias] };
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
  let held: Document.Parsed | undefined = opts.keepDoc ? doc : undefined;
  const source = { path: absPath, displayPath, text, lineCounter, value } as SourceFile;
  // The same text with the same options: the same tree, the same ranges.
  Object.defineProperty(source, 'doc', { get: () => (held ??= parse(text)), enumerable: true });
  return { source, diagnostics };
}

/**
 * Walks the tree in document order: returns the diagnostic of the first alias or anchor; pushes a diagnostic for
 * each complex or repeated key. Written for this (not yaml's visit, which copies the path at every node).
 */
function findAliasAndKeyProblems(
  root: unknown,
  file: string,
  pos: (offset: number) => Position,
  diagnostics: Diagnostic[],
): Diagnostic | undefined {
  const walk = (node: unknown): Diagnostic | undefined => {
    if (isPair(node)) return walk(node.key) ?? walk(node.value);
    if (!isNode(node)) return undefined;
    if (isAlias(node) || (node as { anchor?: string }).anchor) {
      const [s] = node.range ?? [0];
      return { severity: 'error', code: 'yaml-alias', file, start: pos(s), params: {} };
    }
    if (isMap(node)) {
      const seen = new Set<string>();
      for (const pair of node.items) {
        const key = pair.key as Node | null;
        const [s] = key?.range ?? node.range ?? [0];
        if (key !== null && !isScalar(key)) {
          diagnostics.push({ severity: 'error', code: 'yaml-complex-key', file, start: pos(s), params: {} });
          continue;
        }
        const text = String(isScalar(key) ? key.value : key);
        if (seen.has(text))
          diagnostics.push({
            severity: 'error',
            code: 'yaml-DUPLICATE_KEY',
            file,
            start: pos(s),
            params: { key: text },
          });
        seen.add(text);
      }
      for (const pair of node.items) {
        const found = walk(pair.key) ?? walk(pair.value);
        if (found) return found;
      }
    } else if (isSeq(node)) {
      for (const item of node.items) {
        const found = walk(item);
        if (found) return found;
      }
    }
    return undefined;
  };
  return walk(root);
}

export async function readSource(
  absPath: string,
  displayPath: string,
  maxBytes = MAX_FILE_BYTES,
  opts: ParseOptions = { keepDoc: true },
): Promise<ReadResult> {
  const read = await readReportText(absPath, displayPath, maxBytes);
  if (read.diagnostic) return { diagnostics: [read.diagnostic] };
  return { ...parseSource(read.text, absPath, displayPath, opts), text: read.text };
}
