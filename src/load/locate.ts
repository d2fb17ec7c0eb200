/** Maps a data path (as ajv reports it) back to the YAML node and its line and column. */
import { isMap, isPair, isScalar, isSeq, type Node, type Pair } from 'yaml';
import type { Position } from '../diagnostics/diagnostic.js';
import type { SourceFile } from './source.js';

export interface Located {
  /** The value node at the path, when it exists. */
  node?: Node;
  /** The key node, when the last segment is a mapping key. */
  key?: Node;
  /** The deepest node found along the path (for missing values). */
  nearest: Node | null;
  /** Key of the deepest pair found along the path. */
  nearestKey?: Node;
}

export function locate(source: SourceFile, segments: readonly (string | number)[]): Located {
  let node = source.doc.contents as Node | null;
  let nearestKey: Node | undefined;
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i];
    if (isMap(node)) {
      const pair = node.items.find((p: Pair) => isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) return { nearest: node, nearestKey };
      const key = pair.key as Node;
      if (i === segments.length - 1)
        return { node: (pair.value as Node) ?? undefined, key, nearest: (pair.value as Node) ?? key, nearestKey: key };
      nearestKey = key;
      node = pair.value as Node;
    } else if (isSeq(node)) {
      const item = node.items[Number(seg)] as Node | undefined;
      if (!item) return { nearest: node, nearestKey };
      node = isPair(item) ? ((item as unknown as Pair).value as Node) : item;
    } else return { nearest: node, nearestKey };
  }
  return { node: node ?? undefined, nearest: node, nearestKey };
}

export function positionOf(source: SourceFile, node: Node | null | undefined): { start: Position; end?: Position } {
  if (!node?.range) return { start: { line: 1, column: 1 } };
  const s = source.lineCounter.linePos(node.range[0]);
  const e = source.lineCounter.linePos(node.range[1]);
  return { start: { line: s.line, column: s.col }, end: { line: e.line, column: e.col } };
}

/** Position of the value at `segments`, else of its key, else of the nearest existing parent. */
export function positionAt(
  source: SourceFile,
  segments: readonly (string | number)[],
  prefer: 'value' | 'key' = 'value',
) {
  const found = locate(source, segments);
  if (prefer === 'key' && found.key) return positionOf(source, found.key);
  if (found.node) return positionOf(source, found.node);
  if (found.key) return positionOf(source, found.key);
  return positionOf(source, found.nearestKey ?? found.nearest);
}
