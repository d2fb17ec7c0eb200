/**
 * Text measurement for row heights. Excel and LibreOffice never grow a row for a merged, wrapped
 * cell, and Excel does not re-measure rows with a stored height: the workbook must carry heights
 * that fit its text. We estimate them from the characters and the column widths, erring on the
 * generous side (a little white space is harmless, a hidden line is not).
 *
 * Widths are in em (1 = the font size), read from the font files (fonts/metrics.ts advanceEm): the
 * wider of BIZ UDPゴシック, the font the workbook names, and Noto Sans JP, which stands for a viewer's
 * substitute with full-width punctuation (Noto Sans CJK, Yu Gothic). No hand-kept width table.
 */
import { advanceEm } from '../../fonts/metrics.js';

/** Width of one character in em: the shipped fonts' advance widths (see advanceEm). */
export function charEm(ch: string): number {
  const cp = ch.codePointAt(0)!;
  if (cp < 0x20) return 0;
  return advanceEm(cp);
}

export function textEm(text: string): number {
  let w = 0;
  for (const ch of text) w += charEm(ch);
  return w;
}

/** ASCII letters, digits and the punctuation glued to them: Excel breaks such runs only at spaces. */
const WORD_CHARS = new Uint8Array(128);
for (const ch of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.,:;%\'"()-+/&@#$_!?')
  WORD_CHARS[ch.charCodeAt(0)] = 1;

/**
 * Lines a paragraph takes when wrapped to `widthEm`: greedy, breaking anywhere between Japanese
 * characters and at spaces between Latin words (a word longer than a line is broken by characters).
 * One pass over the characters without intermediate strings: the workbook of a large report
 * measures every cell with it.
 */
export function wrappedLineCount(paragraph: string, widthEm: number): number {
  if (widthEm <= 0) return Math.max(1, paragraph.length);
  let lines = 1;
  let x = 0;
  // The pending Latin word: its start index and width.
  let wordStart = -1;
  let wordWidth = 0;
  const place = (token: string, w: number, isSpace: boolean) => {
    if (x + w <= widthEm) {
      x += w;
    } else if (isSpace) {
      // A space at the end of a line is swallowed by the break.
      lines++;
      x = 0;
    } else if (w <= widthEm) {
      lines++;
      x = w;
    } else {
      // A token wider than a line: break it by characters.
      for (const ch of token) {
        const c = charEm(ch);
        if (x + c > widthEm && x > 0) {
          lines++;
          x = 0;
        }
        x += c;
      }
    }
  };
  const flush = (end: number) => {
    if (wordStart >= 0) place(paragraph.slice(wordStart, end), wordWidth, false);
    wordStart = -1;
    wordWidth = 0;
  };
  for (let i = 0; i < paragraph.length; i++) {
    const code = paragraph.charCodeAt(i);
    if (code < 128 && WORD_CHARS[code]) {
      if (wordStart < 0) wordStart = i;
      wordWidth += charEm(paragraph[i]);
      continue;
    }
    flush(i);
    // A surrogate pair is one character.
    const wide = code >= 0xd800 && code <= 0xdbff && i + 1 < paragraph.length;
    const ch = wide ? paragraph.slice(i, i + 2) : paragraph[i];
    if (wide) i++;
    place(ch, charEm(ch), ch === ' ');
  }
  flush(paragraph.length);
  return lines;
}

/** Geometry of the rendered cells. */
export const METRICS = {
  /** Pixels of one unit of Excel column width (the maximum digit width of the default font, Calibri 11). */
  pxPerWidthUnit: 7,
  /** Points per pixel at 96 dpi. */
  ptPerPx: 0.75,
  /** Horizontal space a cell does not give to its text (left and right margins, border), in px. */
  cellPaddingPx: 6,
  /**
   * Share of the width a wrapped line really fills: line-breaking rules (no 、。」 at the start of a
   * line, Latin words kept whole) break lines before the right edge.
   */
  fillRatio: 0.96,
  /**
   * Line height in em. BIZ UDPゴシック's own line is 1.0 em (ascent 1802 + descent 246 of 2048),
   * which Windows rounds to whole pixels (13 px for 9 pt at 96 dpi: 1.08 em); the rest is margin.
   */
  lineHeightEm: 1.2,
  /** Vertical space a cell does not give to its text (top and bottom margins), in pt. */
  cellPaddingPt: 4,
  /** Excel's maximum row height is 409 pt; blocks that need more get more rows. */
  maxRowHeightPt: 409,
  /** Heights are rounded up to whole pixels, as Excel stores and shows them. */
  rowHeightStepPt: 0.75,
} as const;

/** The Excel column width (in character units) of a column `px` pixels wide. */
export function pxToColumnWidth(px: number): number {
  return Math.round((px / METRICS.pxPerWidthUnit) * 1000) / 1000;
}

export interface TextBox {
  /** Total width of the (merged) cell in px. */
  widthPx: number;
  fontSizePt: number;
  /** Indent (alignment.indent) in levels; Excel indents by about three characters' width per level. */
  indent?: number;
}

/** Number of lines `text` (with \n line breaks) takes in a wrapped cell. */
export function lineCount(text: string, box: TextBox): number {
  const usablePx = box.widthPx - METRICS.cellPaddingPx - (box.indent ?? 0) * 3 * METRICS.pxPerWidthUnit;
  const widthEm = ((usablePx * METRICS.ptPerPx) / box.fontSizePt) * METRICS.fillRatio;
  let lines = 0;
  for (const paragraph of text.split('\n')) lines += wrappedLineCount(paragraph, widthEm);
  return lines;
}

/** The height in pt a wrapped cell needs to show all of `text`. */
export function textHeightPt(text: string, box: TextBox): number {
  return lineCount(text, box) * box.fontSizePt * METRICS.lineHeightEm + METRICS.cellPaddingPt;
}

/** Rounds a height up to the next whole pixel. */
export function roundHeight(pt: number): number {
  const step = METRICS.rowHeightStepPt;
  return Math.round(Math.ceil(pt / step - 1e-9) * step * 100) / 100;
}
