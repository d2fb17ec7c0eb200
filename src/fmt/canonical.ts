/**
 * The canonical form of a report YAML file, produced with the `yaml` Document API so that comments
 * survive: keys in the schema's order (recursively; year-keyed maps by ascending year; unknown keys
 * last, in their original order, so that validate still reports them), block style, two-space
 * indentation, multi-line texts as literal block scalars, quotes only where YAML needs them, the
 * `# yaml-language-server: $schema=…` line first, LF line endings and one trailing newline (empty
 * lists and mappings as `[]` and `{}`).
 *
 * Comments keep their place, in a way that reads back the same, so that the canonical form of the
 * canonical form is itself: a comment line goes with the entry below it (and moves with it), comment
 * lines at the end of a block go with the block they are indented like (comments.ts), a comment
 * after a value stays on its line (lines that continue it go above the next entry), blank lines
 * between comment lines are dropped except the one that separates the file's header.
 *
 * Pure: no I/O. The result is checked before it is returned: the parsed value must be deep-equal
 * to the input's, formatting it again must not change it, and every comment of the input must
 * still be there.
 */
import { isDeepStrictEqual } from 'node:util';
import {
  Lexer,
  isMap,
  isPair,
  isScalar,
  isSeq,
  Scalar,
  type Document,
  type Node,
  type Pair,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';
import { parseSource } from '../load/source.js';
import { dropBlankCommentLines, placeTrailingComments } from './comments.js';
import { schemaAt, type SchemaName } from '../validate/schema.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';

/** The comment that binds a file to its schema in VS Code (redhat.vscode-yaml) and other editors. */
export const SCHEMA_COMMENT_PREFIX = 'yaml-language-server: $schema=';
const SCHEMA_COMMENT = /^\s*yaml-language-server:\s*\$schema=(\S*)\s*$/;

/** Options of `Document.toString` that define the canonical layout. */
export const CANONICAL_TO_STRING = {
  indent: 2,
  indentSeq: true,
  lineWidth: 0,
  minContentWidth: 0,
  blockQuote: 'literal',
  defaultStringType: 'PLAIN',
  defaultKeyType: 'PLAIN',
  singleQuote: null,
} as const;

export type CanonicalResult =
  | { ok: true; text: string; changed: boolean }
  /** The input has YAML errors: reported like validate, file left alone. */
  | { ok: false; reason: 'yaml'; diagnostics: Diagnostic[] }
  /**
   * The canonical text would not parse to the same data, would lose a comment, or would not be its
   * own canonical form: a bug, file left alone.
   */
  | { ok: false; reason: 'data-changed' | 'comment-lost' | 'unstable'; detail: string };

/** The `$schema` path written in a file's first comment, if any. */
export function schemaCommentOf(text: string): string | undefined {
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*#(.*)$/.exec(line);
    if (!m) {
      if (line.trim() === '' || line.startsWith('%') || line.startsWith('---')) continue;
      return undefined;
    }
    const s = SCHEMA_COMMENT.exec(m[1]);
    if (s) return s[1];
  }
  return undefined;
}

/**
 * Formats one file's text. `schemaRef` is the path (or URL) for the `$schema` line; undefined keeps
 * whatever line the file has (or none).
 */
export function canonicalize(text: string, kind: SchemaName, displayPath: string, schemaRef?: string): CanonicalResult {
  // CRLF → LF before parsing: YAML reads both as one line break, so the data is the same, and
  // comments (which keep a trailing CR otherwise) come out clean.
  // The data to keep is the data of the text as it is (checked below), not of the normalised text.
  const original = parseSource(text.replace(/^\uFEFF/, ''), displayPath, displayPath);
  if (!original.source) return { ok: false, reason: 'yaml', diagnostics: original.diagnostics };
  const value = original.source.value;
  const input = text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
  const parsed = input === original.source.text ? original : parseSource(input, displayPath, displayPath);
  if (!parsed.source) return { ok: false, reason: 'yaml', diagnostics: parsed.diagnostics };

  let out = render(parsed.source.doc, input, kind, schemaRef);
  // A text that formats to itself is its own canonical form with its own data and comments: nothing to check
  // (the common case of `fmt --check` in CI, on a tree that is already formatted).
  if (out === text) return { ok: true, text: out, changed: false };
  // The result must read back as the same data, and be its own canonical form: formatted again it
  // stays as it is (else the next run of fmt, or fmt --check, would change it again). The placement
  // of comments is designed for that; should a corner of the yaml package still move a comment on
  // the second pass, the text it settles on is taken, and a text that does not settle is refused.
  for (let pass = 1; ; pass++) {
    const again = parseSource(out, displayPath, displayPath);
    if (!again.source || !isDeepStrictEqual(again.source.value, value)) {
      const detail = again.source
        ? firstDifference(value, again.source.value)
        : again.diagnostics.map((d) => d.code).join(', ');
      return { ok: false, reason: 'data-changed', detail: `${displayPath}: ${detail}` };
    }
    const next = render(again.source.doc, out, kind, schemaRef);
    if (next === out) break;
    if (pass === MAX_PASSES)
      return { ok: false, reason: 'unstable', detail: `${displayPath}: ${firstLineDifference(out, next)}` };
    out = next;
  }
  const lost = lostComments(input, out);
  if (lost.length > 0) return { ok: false, reason: 'comment-lost', detail: lost[0] };
  return { ok: true, text: out, changed: out !== text };
}

const MAX_PASSES = 3;

/**
 * One pass of formatting over a freshly parsed document (`text` is the text it was parsed from),
 * without the checks of canonicalize. Exported for the tests, which check that one pass suffices.
 */
export function formatOnce(text: string, kind: SchemaName, schemaRef?: string): string | undefined {
  const parsed = parseSource(text, 'text', 'text');
  return parsed.source ? render(parsed.source.doc, text, kind, schemaRef) : undefined;
}

function render(doc: Document.Parsed, text: string, kind: SchemaName, schemaRef: string | undefined): string {
  placeTrailingComments(doc, text);
  dropBlankCommentLines(doc);
  normaliseDocument(doc, kind, schemaRef);
  // toString ends with one newline, or more when the last value is a `|+` text that ends in blank lines.
  const out = doc.toString(CANONICAL_TO_STRING);
  return out.endsWith('\n') ? out : `${out}\n`;
}

function firstLineDifference(a: string, b: string): string {
  const x = a.split('\n');
  const y = b.split('\n');
  let i = x.findIndex((line, n) => line !== y[n]);
  if (i < 0) i = x.length;
  return `line ${i + 1}: ${JSON.stringify(x[i])?.slice(0, 80)} → ${JSON.stringify(y[i])?.slice(0, 80)}`;
}

/** Comment texts of a YAML text (without the `$schema` line), as a sorted list. */
function comments(text: string): string[] {
  const out: string[] = [];
  for (const token of new Lexer().lex(text)) {
    if (token.startsWith('#')) {
      const body = token.slice(1);
      if (!SCHEMA_COMMENT.test(body)) out.push(body.trimEnd());
    }
  }
  return out.sort();
}

function lostComments(before: string, after: string): string[] {
  const remaining = new Map<string, number>();
  for (const c of comments(after)) remaining.set(c, (remaining.get(c) ?? 0) + 1);
  const lost: string[] = [];
  for (const c of comments(before)) {
    const n = remaining.get(c) ?? 0;
    if (n === 0) lost.push(`#${c}`);
    else remaining.set(c, n - 1);
  }
  return lost;
}

function firstDifference(a: unknown, b: unknown, path = ''): string {
  if (isDeepStrictEqual(a, b)) return '';
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a as object), ...Object.keys(b as object)]);
    for (const k of keys) {
      const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}/${k}`);
      if (d) return d;
    }
  }
  return `${path || '/'}: ${JSON.stringify(a)?.slice(0, 80)} → ${JSON.stringify(b)?.slice(0, 80)}`;
}

function normaliseDocument(doc: Document.Parsed, kind: SchemaName, schemaRef: string | undefined): void {
  // No `---` / `...` markers unless directives require them.
  doc.directives.docStart = null;
  doc.directives.docEnd = false;

  // Header comments. The yaml package attaches comments at the top of a file to the document when a
  // blank line follows them, else to the first key. Either way they stay at the top (with the
  // $schema line first), even when key ordering moves that first key down. Only when there is a
  // blank-line-separated header does a comment directly above the first key travel with that key.
  const root = doc.contents as Node | null;
  let existingRef: string | undefined;
  const stripSchemaLine = (comment: string | null | undefined): string | undefined => {
    if (!comment) return undefined;
    const lines = comment.split('\n').filter((line) => {
      const m = SCHEMA_COMMENT.exec(line);
      if (m && existingRef === undefined) existingRef = m[1];
      return !m;
    });
    return lines.length > 0 ? lines.join('\n') : undefined;
  };
  const join = (...parts: (string | null | undefined)[]) =>
    parts.filter((p): p is string => Boolean(p)).join('\n') || undefined;

  let docHeader = join(stripSchemaLine(doc.commentBefore), stripSchemaLine(root?.commentBefore));
  if (root) root.commentBefore = null;
  let keyHeader: string | undefined;
  const firstKey = isMap(root) ? (root.items[0]?.key as Node | undefined) : undefined;
  if (firstKey && isScalar(firstKey)) {
    // Comments at the top with a blank line among them (and none after them) all come to the first
    // key: those above the last blank line are the file's header, the rest is the key's own.
    const before = firstKey.commentBefore ?? '';
    const blank = before.search(/\n\n(?![\s\S]*\n\n)/);
    if (blank >= 0) docHeader = join(docHeader, stripSchemaLine(before.slice(0, blank).replace(/\n+$/, '')));
    const own = stripSchemaLine(blank >= 0 ? before.slice(blank).replace(/^\n+/, '') : before);
    if (docHeader) firstKey.commentBefore = own ?? null;
    else {
      keyHeader = own;
      firstKey.commentBefore = null;
    }
  }

  normaliseNode(root, kind, []);
  // A comment after the closing bracket of a top-level `{ … }` is a comment at the end of the file.
  if (root && (isMap(root) || isSeq(root)) && root.comment) {
    doc.comment = join(root.comment, doc.comment) ?? null;
    root.comment = null;
  }

  const ref = schemaRef ?? existingRef;
  const schemaLine = ref !== undefined ? ` ${SCHEMA_COMMENT_PREFIX}${ref}` : undefined;
  const newFirst = isMap(root) ? (root.items[0]?.key as Node | undefined) : undefined;
  if (docHeader || !newFirst) {
    docHeader = join(schemaLine, docHeader, keyHeader);
  } else {
    newFirst.commentBefore = join(schemaLine, keyHeader, newFirst.commentBefore) ?? null;
  }
  doc.commentBefore = docHeader ?? null;
}

/** Key order of the map at `segments`: the schema's properties, or years ascending, unknown keys last. */
export function keyRank(
  kind: SchemaName,
  segments: readonly (string | number)[],
): ((key: unknown) => number) | undefined {
  const schema = schemaAt(kind, segments);
  if (!schema) return undefined;
  if (schema.properties) {
    const order = Object.keys(schema.properties);
    return (key) => {
      const i = order.indexOf(String(key));
      return i < 0 ? Number.POSITIVE_INFINITY : i;
    };
  }
  if (schema.additionalProperties && typeof schema.additionalProperties === 'object') {
    // Year-keyed maps (plans, results): ascending years.
    return (key) => (/^\d{1,6}$/.test(String(key)) ? Number(key) : Number.POSITIVE_INFINITY);
  }
  return undefined;
}

const isYearKeyed = (kind: SchemaName, segments: readonly (string | number)[]) => {
  const schema = schemaAt(kind, segments);
  return Boolean(
    schema && !schema.properties && schema.additionalProperties && typeof schema.additionalProperties === 'object',
  );
};

function normaliseNode(node: Node | null | undefined, kind: SchemaName, segments: (string | number)[]): void {
  if (!node) return;
  node.spaceBefore = false;
  if (isMap(node)) {
    normaliseMap(node, kind, segments);
  } else if (isSeq(node)) {
    // Block style; an empty list is written `[]` on the line of its key.
    node.flow = node.items.length === 0;
    node.items.forEach((item, i) => {
      normaliseNode(item as Node, kind, [...segments, i]);
    });
    splitValueComments(node);
  } else if (isScalar(node)) {
    normaliseScalar(node);
  }
}

function normaliseMap(map: YAMLMap, kind: SchemaName, segments: (string | number)[]): void {
  map.flow = map.items.length === 0;
  // A comment between `key:` and the first entry belongs to that entry: keep them together. (Above a
  // list item, `- `, it stays there: it is about the whole item.)
  const listItem = typeof segments[segments.length - 1] === 'number';
  const first = map.items[0]?.key as Node | undefined;
  if (map.commentBefore && first && isScalar(first) && segments.length > 0 && !listItem) {
    first.commentBefore = first.commentBefore ? `${map.commentBefore}\n${first.commentBefore}` : map.commentBefore;
    map.commentBefore = null;
  }
  const yearKeyed = isYearKeyed(kind, segments);
  for (const pair of map.items as Pair<Node, Node>[]) {
    const key = pair.key;
    if (isScalar(key)) {
      key.spaceBefore = false;
      // '2019': → 2019: (the same key once read; plain, as the schema's examples write it)
      if (yearKeyed && typeof key.value === 'string' && /^[1-9]\d{3}$/.test(key.value)) key.value = Number(key.value);
      normaliseScalar(key);
    }
    const keyName = isScalar(key) ? String(key.value) : undefined;
    if (keyName !== undefined) normaliseNode(pair.value, kind, [...segments, keyName]);
    else normaliseNode(pair.value, kind, [...segments, '\u0000']);
  }
  const rank = keyRank(kind, segments);
  if (rank) {
    const ranked = map.items.map((pair, index) => ({
      pair,
      index,
      r: rank(isScalar(pair.key) ? pair.key.value : undefined),
    }));
    ranked.sort((a, b) => (a.r === b.r ? a.index - b.index : a.r < b.r ? -1 : 1));
    map.items = ranked.map((x) => x.pair);
  }
  splitValueComments(map);
  // A list item's mapping is written after `- `: a comment above its (new) first key is written
  // above the `- ` line, where it is read back as the item's comment.
  const newFirst = map.items[0]?.key as Node | undefined;
  if (listItem && newFirst && isScalar(newFirst) && newFirst.commentBefore) {
    map.commentBefore = map.commentBefore ? `${map.commentBefore}\n${newFirst.commentBefore}` : newFirst.commentBefore;
    newFirst.commentBefore = null;
  }
}

/**
 * A comment after a value may go on over the next lines (indented deeper than the key). Such a
 * comment cannot be written back after a block text (`|`), and after other values the yaml package
 * writes all of it below the value. Keep its first line after the value; the other lines go above the
 * next entry of the block (or to its end), where they are read back in the same place.
 */
function splitValueComments(block: YAMLMap | YAMLSeq): void {
  const items = block.items as unknown[];
  items.forEach((item, i) => {
    const value = isPair(item) ? item.value : item;
    if (!isScalar(value) || !value.comment?.includes('\n')) return;
    const [first, ...rest] = value.comment.split('\n').filter((line) => line !== '');
    value.comment = first ?? null;
    if (rest.length === 0) return;
    const next = items[i + 1];
    const nextNode = (isPair(next) ? next.key : next) as Node | null | undefined;
    if (i + 1 < items.length && nextNode && (isScalar(nextNode) || isMap(nextNode) || isSeq(nextNode))) {
      nextNode.commentBefore = nextNode.commentBefore
        ? `${rest.join('\n')}\n${nextNode.commentBefore}`
        : rest.join('\n');
    } else {
      block.comment = block.comment ? `${rest.join('\n')}\n${block.comment}` : rest.join('\n');
    }
  });
}

function normaliseScalar(scalar: Scalar): void {
  scalar.spaceBefore = false;
  const v = scalar.value;
  if (typeof v === 'string') {
    if (v.includes('\n')) scalar.type = literalSafe(v) ? Scalar.BLOCK_LITERAL : Scalar.QUOTE_DOUBLE;
    // YAML 1.1 readers (older tools, PyYAML) take these words for booleans: quote them for everyone.
    else scalar.type = YAML11_BOOL.test(v) ? Scalar.QUOTE_DOUBLE : Scalar.PLAIN;
  } else if (typeof v === 'number' || typeof v === 'boolean' || v === null) {
    // true / false / 12 as the core schema writes them (not True, 0x0C, 12.0 …); empty stays empty.
    scalar.type = undefined;
    if (v !== null) delete (scalar as { source?: string }).source;
    if (typeof v === 'number') delete (scalar as { format?: string }).format;
  }
}

const YAML11_BOOL = /^(?:yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF)$/;

/**
 * A multi-line text is written as a literal block unless that would hide part of it: trailing
 * spaces or tabs at the end of a line (editors strip them), carriage returns or other control
 * characters (block scalars cannot hold them), or only whitespace. Those texts are double-quoted.
 */
function literalSafe(v: string): boolean {
  if (/[ \t](\n|$)/.test(v)) return false;
  if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff]/u.test(v)) return false;
  if (v.trim() === '') return false;
  return true;
}
