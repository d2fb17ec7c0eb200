/**
 * The parts of an .xlsx by name, for readers that need parts exceljs does not expose (the drawing
 * part's shapes): the whole file is first checked by xlsx-read.ts (central directory, declared and
 * real sizes, rows and cells of each sheet, within the same limits as a returned form), then each
 * part is inflated on demand with the same hard limit.
 */
import {
  checkXlsx,
  DEFAULT_XLSX_LIMITS,
  inflatePart,
  type XlsxLimits,
  type XlsxProblem,
  type ZipPart,
  zipParts,
} from './xlsx-read.js';

export type { XlsxProblem } from './xlsx-read.js';

export function isXlsxProblem(x: unknown): x is XlsxProblem {
  return typeof x === 'object' && x !== null && 'problem' in x;
}

export class ZipPackage {
  private readonly byName = new Map<string, ZipPart>();
  private constructor(
    private readonly bytes: Uint8Array,
    parts: ZipPart[],
    private readonly limits: XlsxLimits,
  ) {
    for (const p of parts) this.byName.set(p.name.replace(/^\/+/, ''), p);
  }

  /** The package, or why the bytes are refused (not an .xlsx, corrupt, over a limit). */
  static open(bytes: Uint8Array, name: string, limits: XlsxLimits = DEFAULT_XLSX_LIMITS): ZipPackage | XlsxProblem {
    const problem = checkXlsx(bytes, name, limits);
    if (problem) return problem;
    const parts = zipParts(bytes, limits);
    return Array.isArray(parts) ? new ZipPackage(bytes, parts, limits) : parts;
  }

  /** The part as UTF-8 text, undefined when absent. */
  text(name: string): string | undefined | XlsxProblem {
    const part = this.byName.get(name);
    if (!part) return undefined;
    const data = inflatePart(this.bytes, part, this.limits);
    return Buffer.isBuffer(data) ? data.toString('utf8') : data;
  }
}
