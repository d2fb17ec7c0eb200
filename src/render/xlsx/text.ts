/**
 * Rich text as the text of one wrapped cell: one line per paragraph, ・ bullets and <見出し> lines as
 * written, nesting as full-width spaces, a centred line (^ ↓) padded to the middle of the column.
 */
import type { RichLine } from '../../model/richtext.js';
import { METRICS, textEm } from './measure.js';

/**
 * Characters that XML 1.0 forbids (C0 controls other than tab and line feed, U+FFFE/U+FFFF, lone
 * surrogates): written into a sheet they make the file unreadable, so they are dropped.
 */
const XML_INVALID = new RegExp(
  String.raw`[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]` +
    String.raw`|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]`,
  'gu',
);

/** Excel's limit on the characters of a cell. */
export const MAX_CELL_CHARS = 32767;

export function cleanText(text: string): string {
  let t = text.replace(/\r\n?/g, '\n').replace(XML_INVALID, '');
  if (t.length > MAX_CELL_CHARS) t = t.slice(0, MAX_CELL_CHARS - 1) + '…';
  return t;
}

/** The lines of rich text as printed in a cell of `widthPx` at `fontSizePt`. */
export function richTextLines(lines: readonly RichLine[], box?: { widthPx: number; fontSizePt: number }): string[] {
  return lines.map((l) => {
    const indent = '\u3000'.repeat(l.level);
    if (l.kind === 'center' && box) {
      const widthEm = ((box.widthPx - METRICS.cellPaddingPx) * METRICS.ptPerPx) / box.fontSizePt;
      const pad = Math.max(0, Math.floor((widthEm - textEm(l.text)) / 2) - 1);
      return '\u3000'.repeat(pad) + l.text;
    }
    return indent + l.text;
  });
}

/** Trims blank lines at both ends (they would only add height). */
export function trimBlankLines(lines: string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start].trim() === '') start++;
  while (end > start && lines[end - 1].trim() === '') end--;
  return lines.slice(start, end);
}

export function cellText(lines: string[]): string {
  return cleanText(trimBlankLines(lines).join('\n'));
}
