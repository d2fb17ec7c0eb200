/**
 * Where a character is inside a YAML value or key: its own line and column, written as itself or as a
 * double-quoted escape (\e, \u200B), so that a clerk can find a control or invisible character
 * (rules/no-control-chars.ts, rules/no-invisible-chars.ts, rules/known-division.ts, check-schema.ts).
 */
import type { Node } from 'yaml';
import type { SourceFile } from '../load/source.js';
import { locate } from '../load/locate.js';
import type { Position } from '../diagnostics/diagnostic.js';

const ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
};

/** Offset in `raw` (the source of one scalar) of `ch`, written as itself or as a double-quoted escape. */
export function offsetOfChar(raw: string, ch: string): number | undefined {
  const direct = raw.indexOf(ch);
  const re = /\\(x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)/gs;
  let escaped: number | undefined;
  for (const m of raw.matchAll(re)) {
    const e = m[1];
    const value = e.length > 1 ? String.fromCodePoint(parseInt(e.slice(1), 16)) : ESCAPES[e];
    if (value === ch) {
      escaped = m.index;
      break;
    }
  }
  if (direct < 0) return escaped;
  return escaped === undefined ? direct : Math.min(direct, escaped);
}

/** Where the character is in the file: at its own line and column when found, else at the value. */
export function positionOfChar(
  source: SourceFile,
  segs: readonly (string | number)[],
  ch: string,
): { start: Position } {
  const found = locate(source, segs);
  const node = (found.node ?? found.key ?? found.nearest) as Node | null | undefined;
  const [s, e] = node?.range ?? [0, 0];
  const off = offsetOfChar(source.text.slice(s, e), ch);
  const p = source.lineCounter.linePos(s + (off ?? 0));
  return { start: { line: p.line, column: p.col } };
}

/** Where a character of a mapping key is: at its own line and column when found, else at the key. */
export function positionOfKeyChar(
  source: SourceFile,
  segs: readonly (string | number)[],
  ch: string,
): { start: Position } {
  const found = locate(source, segs);
  const [s, e] = found.key?.range ?? [0, 0];
  const off = offsetOfChar(source.text.slice(s, e), ch);
  const p = source.lineCounter.linePos(s + (off ?? 0));
  return { start: { line: p.line, column: p.col } };
}
