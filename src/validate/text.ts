/**
 * One rule for text in every file (report.yaml and the initiatives): control characters are refused,
 * invisible characters (zero-width spaces, bidi controls) are warned about, each reported at the line
 * and column of the character itself and named (「ゼロ幅スペース（U+200B）」), so a clerk can find it.
 */
import type { Node } from 'yaml';
import type { SourceFile } from '../load/source.js';
import { locate } from '../load/locate.js';
import { CONTROL, INVISIBLE } from '../diagnostics/visible.js';
import { pathToString, type Diagnostic, type Position } from '../diagnostics/diagnostic.js';
import { fieldTitle, type SchemaName } from './schema.js';

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

/** Every string (and mapping key) of the data with its path. */
export function walkStrings(
  value: unknown,
  segs: (string | number)[],
  visit: (v: string, segs: (string | number)[], isKey: boolean) => void,
): void {
  if (typeof value === 'string') visit(value, segs, false);
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) walkStrings(v, [...segs, i], visit);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      visit(k, [...segs, k], true);
      walkStrings(v, [...segs, k], visit);
    }
  }
}

/**
 * Control characters (errors) and invisible characters (warnings) in the texts of one file.
 * `skip` names paths already reported by a more precise rule (e.g. an unknown 担当課).
 */
export function checkText(
  schema: SchemaName,
  source: SourceFile,
  data: unknown,
  skip: (segs: (string | number)[]) => boolean = () => false,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  walkStrings(data, [], (value, segs, isKey) => {
    const control = CONTROL.exec(value);
    const invisible = control ? null : INVISIBLE.exec(value);
    const m = control ?? invisible;
    if (!m || skip(segs)) return;
    const ch = m[0];
    const start = isKey ? positionOfKeyChar(source, segs, ch) : positionOfChar(source, segs, ch);
    out.push({
      severity: control ? 'error' : 'warning',
      code: control ? 'rule-control-char' : 'rule-invisible-char',
      file: source.displayPath,
      field: fieldTitle(schema, segs),
      path: pathToString(segs),
      ...start,
      params: {
        codePoint: ch.codePointAt(0)!,
        count: [...value].filter((c) => (control ? CONTROL : INVISIBLE).test(c)).length,
      },
    });
  });
  return out;
}

function positionOfKeyChar(source: SourceFile, segs: readonly (string | number)[], ch: string): { start: Position } {
  const found = locate(source, segs);
  const [s, e] = found.key?.range ?? [0, 0];
  const off = offsetOfChar(source.text.slice(s, e), ch);
  const p = source.lineCounter.linePos(s + (off ?? 0));
  return { start: { line: p.line, column: p.col } };
}
