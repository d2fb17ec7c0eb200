/** Units of the workbook: text measure, row heights of merged cells, sheet names, zip dates, text cleaning. */
import { describe, expect, it } from 'vitest';
import { addCell, computeRowHeights, newSheet, waterFill } from '../src/render/xlsx/grid.js';
import { charEm, lineCount, METRICS, textHeightPt, wrappedLineCount } from '../src/render/xlsx/measure.js';
import { safeSheetName } from '../src/render/xlsx/sheet-name.js';
import { cleanText } from '../src/render/xlsx/text.js';
import { dosDateTime, normalizeZipTimestamps } from '../src/render/xlsx/zip.js';

describe('text measure', () => {
  it('reads widths from the font files: the wider of BIZ UDPGothic and Noto Sans JP (a substitute)', () => {
    expect(charEm('漢')).toBe(1);
    // BIZ UDPGothic's wide proportional digits (1556/2048 em)
    expect(charEm('0')).toBeCloseTo(0.76, 2);
    expect(charEm('i')).toBeLessThan(0.5);
    // half width in BIZ UDPGothic, full width in Noto Sans JP and Yu Gothic: counted full
    expect(charEm('「')).toBe(1);
    expect(charEm('ｱ')).toBe(0.5);
    expect(charEm('𠮷')).toBe(1);
    expect(charEm('\u{1F9FF}')).toBe(1);
  });

  it('wraps Japanese anywhere and Latin words whole', () => {
    expect(wrappedLineCount('あいうえおかきくけこ', 5)).toBe(2);
    expect(wrappedLineCount('', 5)).toBe(1);
    // "abc def": a word that does not fit moves whole to the next line.
    expect(wrappedLineCount('abc defgh', 4)).toBe(2);
    // A word longer than a line is broken by characters.
    expect(wrappedLineCount('a'.repeat(40), 5)).toBeGreaterThan(4);
  });

  it('gives a cell one line per paragraph at least, and more for long ones', () => {
    const box = { widthPx: 200, fontSizePt: 9 };
    expect(lineCount('一\n二\n三', box)).toBe(3);
    expect(lineCount('漢'.repeat(100), box)).toBeGreaterThan(5);
    expect(textHeightPt('一', box)).toBeCloseTo(9 * METRICS.lineHeightEm + METRICS.cellPaddingPt);
  });
});

describe('row heights', () => {
  it('raises the lowest rows first when a merged cell needs more than its rows have', () => {
    const h = [10, 30, 10];
    waterFill(h, [0, 1, 2], 20);
    expect(h).toEqual([20, 30, 20]);
    waterFill(h, [0, 1, 2], 50);
    expect(h).toEqual([40, 40, 40]);
  });

  it('shares a merged cell’s height over its rows and keeps single-row needs', () => {
    const sheet = newSheet('t', [100, 100]);
    addCell(sheet, {
      row: 1,
      col: 1,
      rowSpan: 3,
      value: Array.from({ length: 30 }, () => '行').join('\n'),
      style: 'body',
    });
    addCell(sheet, { row: 1, col: 2, value: 'a', style: 'body' });
    addCell(sheet, {
      row: 2,
      col: 2,
      value: '一\n二\n三\n四\n五\n六\n七\n八\n九\n十\n十一\n十二\n十三\n十四',
      style: 'body',
    });
    addCell(sheet, { row: 3, col: 2, value: 'c', style: 'body' });
    const heights = computeRowHeights(sheet);
    const need = textHeightPt(Array.from({ length: 30 }, () => '行').join('\n'), { widthPx: 100, fontSizePt: 9 });
    expect(heights.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(need);
    expect(heights[1]).toBeGreaterThanOrEqual(
      textHeightPt('一\n二\n三\n四\n五\n六\n七\n八\n九\n十\n十一\n十二\n十三\n十四', { widthPx: 100, fontSizePt: 9 }),
    );
    expect(heights[0]).toBe(heights[2]);
    for (const h of heights) expect(Math.round(h / 0.75) * 0.75).toBeCloseTo(h); // whole pixels
  });
});

describe('sheet names', () => {
  it('drops the characters Excel forbids, keeps 31 characters and makes names unique', () => {
    expect(safeSheetName('別表1', new Set())).toBe('別表1');
    expect(safeSheetName("a[b]:c*d?e/f\\g'h", new Set())).toBe('a_b__c_d_e_f_g_h');
    expect([...safeSheetName('あ'.repeat(40), new Set())]).toHaveLength(31);
    expect(safeSheetName('', new Set(), '別表')).toBe('別表');
    expect(safeSheetName('History', new Set(), '別表')).toBe('別表');
    expect(safeSheetName('別表1', new Set(['別表1']))).toBe('別表1 (2)');
  });
});

describe('cell text', () => {
  it('drops characters XML cannot hold and keeps line breaks', () => {
    expect(cleanText('a\u0001b\u000bc\r\nd\te\uFFFF')).toBe('abc\nd\te');
    expect(cleanText('\uD800x')).toBe('x');
    expect(cleanText('𠮷野家')).toBe('𠮷野家');
  });
});

describe('zip dates', () => {
  it('encodes a moment as MS-DOS date and time', () => {
    expect(dosDateTime(new Date(Date.UTC(2019, 8, 30)))).toEqual({ date: (39 << 9) | (9 << 5) | 30, time: 0 });
    expect(dosDateTime(new Date(Date.UTC(1970, 0, 1))).date).toBe((0 << 9) | (1 << 5) | 1);
  });

  it('refuses bytes that are not a zip', () => {
    expect(() => normalizeZipTimestamps(new Uint8Array(100), new Date())).toThrow(/not a zip/);
  });
});

describe('blocks of a tall initiative', () => {
  it('cuts a text at paragraphs, and inside a paragraph only when it alone is too tall', async () => {
    const { splitTextToHeight } = await import('../src/render/xlsx/grid.js');
    const box = { widthPx: 200, fontSizePt: 9 };
    const text = ['一行目', '二行目', '三行目', '四行目'].join('\n');
    const [head, rest] = splitTextToHeight(text, box, textHeightPt('一行目\n二行目', box));
    expect(head).toBe('一行目\n二行目');
    expect(rest).toBe('三行目\n四行目');
    expect(splitTextToHeight(text, box, 1000)).toEqual([text, '']);
    const long = '漢'.repeat(400);
    const [a, b] = splitTextToHeight(long, box, textHeightPt('漢', box) * 3);
    expect(a + b).toBe(long);
    expect(textHeightPt(a, box)).toBeLessThanOrEqual(textHeightPt('漢', box) * 3);
    expect(a.length).toBeGreaterThan(10);
  });
});
