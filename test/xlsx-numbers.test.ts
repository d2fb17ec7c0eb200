/**
 * The workbooks of the sample and of every example read back with exceljs as an Excel user meets them:
 * frozen header rows on every sheet, 番号 and counts stored as numbers, percentages as fractions with a
 * percentage format, 中項目 rows indented by Excel rather than by spaces in the text.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { loadReport } from '../src/pipeline/load-report.js';
import { renderWorkbook } from '../src/render/xlsx.js';
import { repoRoot } from './helpers.js';

async function workbookOf(dir: string): Promise<ExcelJS.Workbook> {
  const loaded = await loadReport(dir, { cwd: repoRoot });
  expect(loaded.report, dir).toBeDefined();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await renderWorkbook(loaded.report!)) as unknown as ArrayBuffer);
  return wb;
}

/** The row (1-based) whose cells hold the header texts, and the column of each. */
function headerRow(ws: ExcelJS.Worksheet, first: string): { row: number; cols: Map<string, number> } {
  for (let r = 1; r <= ws.rowCount; r++) {
    if (ws.getCell(r, 1).value !== first) continue;
    const cols = new Map<string, number>();
    ws.getRow(r).eachCell((c, col) => {
      if (typeof c.value === 'string' && !cols.has(c.value)) cols.set(c.value, col);
    });
    return { row: r, cols };
  }
  throw new Error(`no header row starting with ${first} on ${ws.name}`);
}

/** A cell with a solid fill: a header, 章 / 中項目 row or a total. */
const solid = (c: ExcelJS.Cell) => c.style.fill?.type === 'pattern' && c.style.fill.pattern === 'solid';

const DIRS = ['data', 'examples/effects', 'examples/kpi', 'examples/ratings'];

describe.each(DIRS)('the workbook of %s', (dir) => {
  it('freezes the header rows of every sheet, below the last header row', async () => {
    const wb = await workbookOf(dir);
    expect(wb.worksheets.length).toBeGreaterThan(0);
    for (const ws of wb.worksheets) {
      const view = ws.views[0] as ExcelJS.WorksheetViewFrozen;
      expect(view?.state, ws.name).toBe('frozen');
      const [, last] = ws.pageSetup.printTitlesRow!.split(':').map(Number);
      expect(view.ySplit, ws.name).toBe(last);
    }
  });

  it('stores a 番号 that is a plain number as a number, and no header text indented with spaces', async () => {
    const wb = await workbookOf(dir);
    for (const ws of wb.worksheets) {
      const head = (() => {
        try {
          return headerRow(ws, '番号');
        } catch {
          return undefined;
        }
      })();
      if (head) {
        for (let r = head.row + 1; r <= ws.rowCount; r++) {
          const v = ws.getCell(r, 1).value;
          if (typeof v === 'string') expect(v, `${ws.name} A${r}`).not.toMatch(/^\d+$/);
        }
      }
      ws.eachRow((row) =>
        row.eachCell((c) => {
          if (typeof c.value === 'string' && solid(c)) expect(c.value, ws.name).not.toMatch(/^[\u3000 ]/);
        }),
      );
    }
  });
});

describe('numbers of the examples', () => {
  it('effects: every 番号 is numeric', async () => {
    const ws = (await workbookOf('examples/effects')).getWorksheet('別表1')!;
    const { row } = headerRow(ws, '番号');
    const numbers: unknown[] = [];
    for (let r = row + 1; r <= ws.rowCount; r++) {
      const v = ws.getCell(r, 1).value;
      // Heading rows span the whole row (every cell gives the master's value); 小計 rows have no 番号.
      if (v !== null && v !== undefined && v !== ws.getCell(r, 2).value) numbers.push(v);
    }
    expect(numbers.length).toBeGreaterThanOrEqual(6);
    expect(numbers.every((v) => typeof v === 'number')).toBe(true);
  });

  it('kpi: 進捗率 (and every % figure) is a fraction with a percentage format', async () => {
    const ws = (await workbookOf('examples/kpi')).getWorksheet('別表1')!;
    const { row, cols } = headerRow(ws, '番号');
    const col = cols.get('進捗率')!;
    const cells = [];
    for (let r = row + 1; r <= ws.rowCount; r++)
      if (typeof ws.getCell(r, col).value === 'number') cells.push(ws.getCell(r, col));
    expect(cells.map((c) => c.value)).toContain(1.375);
    for (const c of cells) {
      expect(c.value as number).toBeLessThan(10);
      expect(c.numFmt).toMatch(/^#,##0\.0%;"△"#,##0\.0%;0\.0%$/);
    }
    ws.eachRow((r) =>
      r.eachCell((c) => {
        if (c.numFmt) expect(c.numFmt).not.toContain('"%"');
      }),
    );
  });

  it('ratings: the counts of the summary are numbers, one a row beside their level', async () => {
    const ws = (await workbookOf('examples/ratings')).getWorksheet('別表1')!;
    const counts: [string, number][] = [];
    ws.eachRow((r) => {
      // A merged label gives its value in each of its cells: one value per run.
      const values = (r.values as unknown[])
        .filter((v) => v !== undefined && v !== null)
        .filter((v, i, a) => i === 0 || v !== a[i - 1]);
      if (values.length === 2 && typeof values[0] === 'string' && typeof values[1] === 'number')
        counts.push([values[0], values[1]]);
    });
    expect(counts).toEqual([
      ['達成', 3],
      ['一部達成', 2],
      ['未達成', 1],
    ]);
  });
});
