/**
 * Setting a few text fields of a YAML file while keeping every other byte: the text of the changed
 * value is spliced into the original text at the place the parser reports, written as `fmt` writes
 * it (a literal block for several lines, plain otherwise; two spaces per level). A missing key is
 * inserted after its preceding sibling in the schema's order (years ascending). The yaml package's
 * own writer would re-emit the whole file, so the splice is ours; its result is checked by parsing
 * it again, and when a file has a shape the splice does not handle (a flow mapping `{…}`, a value
 * with a comment in its header) the file is rewritten in the canonical form instead (fallback).
 * Pure: no I/O.
 */
import { isDeepStrictEqual } from 'node:util';
import { Document, isMap, isScalar, isSeq, parseDocument, Scalar, type Node, type Pair, type YAMLMap } from 'yaml';
import { CANONICAL_TO_STRING, canonicalize, keyRank } from '../fmt/canonical.js';
import type { SchemaName } from '../validate/schema.js';

export type Segment = string | number;

export interface FieldEdit {
  /** Data path, e.g. ['results', '2019', 'fullYear'] or ['verification', 0, 'content']. */
  path: Segment[];
  value: string | number;
}

export interface EditResult {
  text: string;
  /** True when the file had to be rewritten in the canonical form (every byte may have changed). */
  rewritten: boolean;
}

/** Key order of a map (the schema's, as fmt writes it; years ascending); unknown keys last. */
function rank(kind: SchemaName, parentPath: Segment[], key: string): number {
  return keyRank(kind, parentPath)?.(key) ?? Number.POSITIVE_INFINITY;
}

const keyNode = (seg: Segment): unknown => (typeof seg === 'string' && /^[1-9]\d{3}$/.test(seg) ? Number(seg) : seg);

/** A value as `fmt` writes it: multi-line texts as literal blocks, others plain (quoted only where YAML needs it). */
function valueScalar(doc: Document, value: string | number): Scalar {
  const scalar = doc.createNode(value) as Scalar;
  if (typeof value === 'string') {
    if (value.includes('\n')) scalar.type = Scalar.BLOCK_LITERAL;
    else
      scalar.type = /^(?:yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF)$/.test(value) ? Scalar.QUOTE_DOUBLE : Scalar.PLAIN;
  }
  return scalar;
}

/** `key: value` (or a nested mapping) as fmt writes it, at column 0, without the final newline. */
function renderPair(keys: Segment[], value: string | number): string {
  const doc = new Document();
  let node: Node = valueScalar(doc, value);
  for (let i = keys.length - 1; i >= 1; i--) {
    const map = doc.createNode(new Map()) as YAMLMap;
    map.add(doc.createPair(keyNode(keys[i]), node));
    node = map;
  }
  const root = doc.createNode(new Map()) as YAMLMap;
  root.add(doc.createPair(keyNode(keys[0]), node));
  doc.contents = root;
  return doc.toString(CANONICAL_TO_STRING).replace(/\n$/, '');
}

const indentLines = (s: string, column: number): string =>
  s
    .split('\n')
    .map((line, i) => (i === 0 || line === '' ? line : ' '.repeat(column) + line))
    .join('\n');

class Unsupported extends Error {}

function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

/** Offset of the end of a value's content (before the newline(s) a block scalar's range includes). */
function contentEnd(text: string, node: Node): number {
  const [start, valueEnd] = rangeOf(node);
  let end = valueEnd;
  while (end > start && text[end - 1] === '\n') end--;
  return end;
}

/** A node's source range (every parsed node has one; a node without is a shape we do not splice). */
function rangeOf(node: unknown): [number, number, number] {
  const range = (node as Node | null | undefined)?.range;
  if (!range) throw new Unsupported('range');
  return range;
}

/** One edit spliced into `text`. */
function spliceOne(text: string, edit: FieldEdit, kind: SchemaName): string {
  const doc = parseDocument(text, { keepSourceTokens: false });
  if (doc.errors.length > 0) throw new Unsupported('parse');
  let node: unknown = doc.contents;
  for (let depth = 0; depth < edit.path.length; depth++) {
    const seg = edit.path[depth];
    if (isSeq(node)) {
      if (node.flow || typeof seg !== 'number' || seg >= node.items.length) throw new Unsupported('seq');
      node = node.items[seg];
      continue;
    }
    if (!isMap(node) || node.flow || node.items.length === 0) throw new Unsupported('map');
    const map = node as YAMLMap<Node, Node>;
    const pair = map.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
    const rest = edit.path.slice(depth);
    if (!pair) return insertPair(text, map, kind, edit.path.slice(0, depth), rest, edit.value);
    if (depth === edit.path.length - 1) return replaceValue(text, pair as Pair<Node, Node>, edit.value);
    node = pair.value;
  }
  throw new Unsupported('path');
}

function replaceValue(text: string, pair: Pair<Node, Node>, value: string | number): string {
  const v = pair.value;
  if (!isScalar(v) || !v.range || !isScalar(pair.key) || !pair.key.range) throw new Unsupported('value');
  const header = text.slice(
    v.range[0],
    text.indexOf('\n', v.range[0]) < 0 ? text.length : text.indexOf('\n', v.range[0]),
  );
  if ((v.type === Scalar.BLOCK_LITERAL || v.type === Scalar.BLOCK_FOLDED) && header.includes('#'))
    throw new Unsupported('comment');
  const column = columnOf(text, pair.key.range[0]);
  const rendered = renderPair(['k'], value).slice('k: '.length);
  return text.slice(0, v.range[0]) + indentLines(rendered, column) + text.slice(contentEnd(text, v));
}

function insertPair(
  text: string,
  map: YAMLMap<Node, Node>,
  kind: SchemaName,
  parentPath: Segment[],
  keys: Segment[],
  value: string | number,
): string {
  const newRank = rank(kind, parentPath, String(keys[0]));
  const column = columnOf(text, rangeOf(map.items[0].key)[0]);
  const rendered = indentLines(renderPair(keys, value), column);
  let before: Pair<Node, Node> | undefined;
  for (const p of map.items) if (isScalar(p.key) && rank(kind, parentPath, String(p.key.value)) < newRank) before = p;
  if (before) {
    const end = before.value?.range ? contentEnd(text, before.value) : rangeOf(before.key)[1];
    // After the sibling's last line (a comment on that line stays with it).
    const nl = text.indexOf('\n', end);
    const at = nl < 0 ? text.length : nl;
    return `${text.slice(0, at)}\n${' '.repeat(column)}${rendered}${nl < 0 ? '\n' : ''}${text.slice(at)}`;
  }
  // First in order: before the first key, on its own line (only where the key starts its line).
  const keyStart = rangeOf(map.items[0].key)[0];
  const lineStart = text.lastIndexOf('\n', keyStart - 1) + 1;
  if (text.slice(lineStart, keyStart).trim() !== '') throw new Unsupported('first');
  return `${text.slice(0, lineStart)}${' '.repeat(column)}${rendered}\n${text.slice(lineStart)}`;
}

function setIn(data: unknown, path: Segment[], value: unknown): unknown {
  const root = structuredClone(data) as Record<string, unknown>;
  let node: Record<string | number, unknown> = root;
  path.forEach((seg, i) => {
    if (i === path.length - 1) node[seg] = value;
    else {
      if (node[seg] === undefined || node[seg] === null) node[seg] = {};
      node = node[seg] as Record<string | number, unknown>;
    }
  });
  return root;
}

/**
 * Sets each field to its value. Returns the new text; the data read back equals the old data with
 * exactly these fields set (else the canonical rewrite is used, which keeps data and comments).
 */
export function setFields(text: string, edits: readonly FieldEdit[], kind: 'manifest' | 'initiative'): EditResult {
  // A file written with CR LF throughout (Windows editors) is edited as LF and given its CR LF back.
  if (text.includes('\r\n') && !/(^|[^\r])\n/.test(text)) {
    const r = setFields(text.replace(/\r\n/g, '\n'), edits, kind);
    return r.rewritten ? r : { text: r.text.replace(/\n/g, '\r\n'), rewritten: false };
  }
  const before = parseDocument(text).toJS();
  let expected: unknown = before;
  for (const e of edits) expected = setIn(expected, e.path, e.value);
  try {
    let out = text;
    for (const e of edits) out = spliceOne(out, e, kind);
    const back = parseDocument(out);
    if (back.errors.length === 0 && isDeepStrictEqual(back.toJS(), expected)) return { text: out, rewritten: false };
  } catch (e) {
    if (!(e instanceof Unsupported)) throw e;
  }
  const doc = parseDocument(text);
  for (const e of edits) {
    // A scalar that is there keeps its node, and so the comments on its line.
    const old = doc.getIn(e.path.map(keyNode), true) ?? doc.getIn(e.path, true);
    const fresh = valueScalar(doc, e.value);
    if (isScalar(old)) {
      old.value = fresh.value;
      old.type = fresh.type;
    } else doc.setIn(e.path.map(keyNode), fresh);
  }
  const result = canonicalize(doc.toString(CANONICAL_TO_STRING), kind, 'edit');
  if (!result.ok) throw new Error(`cannot write fields: ${result.reason}`);
  return { text: result.text, rewritten: true };
}

/** Same, for numbers and codes of the manifest (edition). */
export function setScalars(text: string, edits: readonly { path: Segment[]; value: string | number }[]): string {
  let out = text;
  for (const e of edits) {
    const doc = parseDocument(out);
    let node: unknown = doc.contents;
    for (const seg of e.path.slice(0, -1)) node = isMap(node) ? (node as YAMLMap).get(seg, true) : undefined;
    const pair = isMap(node)
      ? (node as YAMLMap<Node, Node>).items.find(
          (p) => isScalar(p.key) && String(p.key.value) === String(e.path.at(-1)),
        )
      : undefined;
    const v = pair?.value;
    if (!isScalar(v) || !v.range) throw new Error(`no scalar at ${e.path.join('.')}`);
    const rendered = renderPair(['k'], e.value).slice('k: '.length);
    out = out.slice(0, v.range[0]) + rendered + out.slice(contentEnd(out, v));
  }
  return out;
}
