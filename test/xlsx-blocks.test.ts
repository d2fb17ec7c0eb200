/**
 * The sheet engine's blocks (render/xlsx/blocks.ts), from inline cells: a block that fits is placed whole, its
 * cells merged over their lines; a block taller than a page is cut into pieces no taller than a page: whole units
 * (a 取組項目 over its lanes) while they fit, paragraphs cut between lines and read in order, a row header marked
 * （続き）, a 番号 or a code repeated; a single line taller than a page is cut too.
 */
import { describe, expect, it } from 'vitest';
import { type Block, type BlockCell, CONTINUED, placeBlock } from '../src/render/xlsx/blocks.js';
import { computeRowHeights, type GridCell, newSheet, type SheetModel } from '../src/render/xlsx/grid.js';

const paragraphs = (n: number) =>
  Array.from({ length: n }, (_, i) => `第${i + 1}回の研修を実施し、参加者の声を聞いた。`);
const cell = (c: Partial<BlockCell> & Pick<BlockCell, 'col' | 'line' | 'lines'>): BlockCell => ({
  colSpan: 1,
  style: 'body',
  goes: 'repeat',
  ...c,
});
const at = (sheet: SheetModel, row: number, col: number): GridCell | undefined =>
  sheet.cells.find((c) => c.row === row && c.col === col);

/** 番号 | 具体的取組 | 取組項目 | 工程 (one slot) | 年次計画: two 取組項目 of two lanes each, the plan over all. */
function initiative(plan: string): Block {
  const cells: BlockCell[] = [
    cell({ line: 0, lines: 4, col: 1, value: 7, style: 'number' }),
    cell({ line: 0, lines: 4, col: 2, value: '① 研修の充実', goes: 'continued' }),
    cell({ line: 0, lines: 4, col: 5, value: plan, goes: 'cut' }),
  ];
  for (const item of [0, 1]) {
    cells.push(cell({ line: item * 2, lines: 2, col: 3, value: `□項目${item + 1}`, goes: 'continued', lane: true }));
    for (const lane of [0, 1])
      cells.push(cell({ line: item * 2 + lane, lines: 1, col: 4, value: '実施', style: 'phase', lane: true }));
  }
  const blank = [
    cell({ line: 0, lines: 1, col: 3, value: '', lane: true }),
    cell({ line: 0, lines: 1, col: 4, style: 'phase', lane: true }),
  ];
  return { lines: 4, cells, blank };
}

describe('a block of rows', () => {
  it('fits: placed whole, each cell merged over its lines', () => {
    const sheet = newSheet('t', [36, 132, 156, 60, 264]);
    expect(placeBlock(sheet, initiative('計画'), 5, 500)).toEqual([5, 9]);
    expect(at(sheet, 5, 1)).toMatchObject({ rowSpan: 4, value: 7, style: 'number' });
    expect(at(sheet, 5, 3)).toMatchObject({ rowSpan: 2, value: '□項目1' });
    expect(at(sheet, 7, 3)).toMatchObject({ rowSpan: 2, value: '□項目2' });
    expect(at(sheet, 8, 4)).toMatchObject({ rowSpan: 1, value: '実施', style: 'phase' });
    expect(sheet.rowCount).toBe(8);
  });

  it('taller than a page: pieces no taller than a page, the plan read in order, （続き）, 番号 repeated', () => {
    const sheet = newSheet('t', [36, 132, 156, 60, 264]);
    const plan = paragraphs(40).join('\n');
    const capacity = 200;
    const bounds = placeBlock(sheet, initiative(plan), 1, capacity);
    expect(bounds.length).toBeGreaterThanOrEqual(4);
    const heights = computeRowHeights(sheet);
    const pieces = bounds.slice(0, -1).map((top, p) => ({ top, end: bounds[p + 1] }));
    for (const { top, end } of pieces) {
      const h = heights.slice(top - 1, end - 1).reduce((a, b) => a + b, 0);
      expect(h, `rows ${top}–${end - 1}`).toBeLessThanOrEqual(capacity + (end - top));
      // Every merged cell stays inside its piece: no page break inside a merged range.
      for (const c of sheet.cells.filter((x) => x.row >= top && x.row < end))
        expect(c.row + c.rowSpan).toBeLessThanOrEqual(end);
      expect(at(sheet, top, 1)?.value).toBe(7);
    }
    expect(at(sheet, 1, 2)?.value).toBe('① 研修の充実');
    for (const { top } of pieces.slice(1)) expect(at(sheet, top, 2)?.value).toBe(`① 研修の充実${CONTINUED}`);
    // The plan, cut between paragraphs, reads whole and in order over the pieces.
    const read = pieces.map(({ top }) => String(at(sheet, top, 5)?.value ?? '')).filter(Boolean);
    expect(read.join('\n')).toBe(plan);
    // Both 取組項目 whole (with their lanes) in the first piece; the later pieces have an empty 取組項目.
    expect(sheet.cells.filter((c) => c.col === 3 && c.value === '□項目2')).toHaveLength(1);
    expect(at(sheet, pieces[1].top, 3)?.value).toBe('');
  });

  it('one line taller than a page: its paragraphs cut, its row header （続き）, its code repeated', () => {
    const sheet = newSheet('t', [132, 144, 222, 48]);
    const content = paragraphs(30).join('\n');
    const block: Block = {
      lines: 1,
      cells: [
        cell({ line: 0, lines: 1, col: 1, value: '研修の充実', goes: 'continued' }),
        cell({ line: 0, lines: 1, col: 2, value: '研修', goes: 'continued' }),
        cell({ line: 0, lines: 1, col: 3, value: content, goes: 'cut' }),
        cell({ line: 0, lines: 1, col: 4, value: 'A', style: 'direction' }),
      ],
      blank: [],
    };
    const bounds = placeBlock(sheet, block, 3, 150);
    expect(bounds.length).toBeGreaterThanOrEqual(4);
    const tops = bounds.slice(0, -1);
    expect(tops.map((t) => at(sheet, t, 4)?.value)).toEqual(tops.map(() => 'A'));
    expect(tops.slice(1).map((t) => at(sheet, t, 2)?.value)).toEqual(tops.slice(1).map(() => `研修${CONTINUED}`));
    expect(tops.map((t) => at(sheet, t, 3)?.value).join('\n')).toBe(content);
  });
});
