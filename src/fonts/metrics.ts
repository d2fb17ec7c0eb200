/**
 * Which shipped font draws each code point, and how wide it is, from tables generated from the fonts themselves
 * (scripts/gen-coverage.mjs → metrics.generated.ts; a test checks them against the fonts): the build splits its
 * subsets and lays out the workbook's text without importing fontkit or reading ~20 MB of TTFs (~0.4 s of CPU).
 */
import { ADVANCE_RUNS, ADVANCE_VALUES, FALLBACK_DELTAS, MAIN_DELTAS } from './metrics.generated.js';
import { isControl, needsGlyph } from './shipped.js';

/** Delta-encoded ranges (with a value per range when `stride` is 3) as [from, to, value, …] for a binary search. */
function decode(deltas: readonly number[], stride: 2 | 3): Int32Array {
  const out = new Int32Array((deltas.length / stride) * 3);
  let end = 0;
  for (let i = 0, o = 0; i < deltas.length; i += stride, o += 3) {
    const from = end + deltas[i];
    end = from + deltas[i + 1];
    out[o] = from;
    out[o + 1] = end;
    out[o + 2] = stride === 3 ? deltas[i + 2] : 0;
  }
  return out;
}

/** The index (in triples) of the range holding cp, or -1. */
function find(ranges: Int32Array, cp: number): number {
  let lo = 0;
  let hi = ranges.length / 3 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < ranges[3 * mid]) hi = mid - 1;
    else if (cp > ranges[3 * mid + 1]) lo = mid + 1;
    else return mid;
  }
  return -1;
}

let main: Int32Array | undefined;
let fallback: Int32Array | undefined;
let advances: Int32Array | undefined;

export interface Coverage {
  /** Code points the main font has (both weights). */
  main: number[];
  /** Code points only the fallback font has. */
  fallback: number[];
  /** Characters no shipped font has. */
  uncovered: string[];
}

/** Which shipped font draws each code point: the main font when both its weights do, else the fallback's. */
export function fontCoverage(codePoints: Iterable<number>): Coverage {
  main ??= decode(MAIN_DELTAS, 2);
  fallback ??= decode(FALLBACK_DELTAS, 2);
  const out: Coverage = { main: [], fallback: [], uncovered: [] };
  for (const cp of [...codePoints].sort((a, b) => a - b)) {
    if (isControl(cp)) continue;
    if (find(main, cp) >= 0) out.main.push(cp);
    else if (find(fallback, cp) >= 0) out.fallback.push(cp);
    else if (needsGlyph(cp)) out.uncovered.push(String.fromCodePoint(cp));
  }
  return out;
}

/**
 * Width of a character in em for laying out text that another application will draw (the workbook):
 * the wider of BIZ UDPGothic's and Noto Sans JP's advance widths (regular weight). The envelope is the
 * measured margin for a viewer that substitutes a font: Noto Sans JP stands for Noto Sans CJK (LibreOffice),
 * and like Yu Gothic it sets punctuation and brackets full width, where BIZ UDPGothic (and MS PGothic) set
 * them half width; BIZ UDPGothic has the wider Latin and digits. A character neither font has counts 1 em
 * (0 when it prints nothing by itself).
 */
export function advanceEm(cp: number): number {
  advances ??= decode(ADVANCE_RUNS, 3);
  const at = find(advances, cp);
  return at >= 0 ? ADVANCE_VALUES[advances[3 * at + 2]] : needsGlyph(cp) ? 1 : 0;
}
