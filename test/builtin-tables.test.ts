/**
 * The seed's 別表1 and 別表2 are built-in declarations (model/builtin-tables.ts) drawn by the one table engine:
 * a report.yaml that declares the same two tables itself, in the language of docs/formats.md (the YAML block
 * of "別表1・別表2 を自分で書く", read from the document), builds the same pages as the sample's default: the
 * same visible text of each table page, and the same links and summaries on the index; the same workbook
 * (every sheet's cells with value, format, style and merge, column widths, row heights, page breaks, print
 * titles); and, through the same open-data engine, the same open-data files byte for byte and the same index
 * description of them.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module without types, shared with the script that makes the golden fixture
import { htmlVisibleText } from '../scripts/sample-golden.mjs';
import { loadReport } from '../src/pipeline/load-report.js';
import { renderOpenData } from '../src/render/opendata.js';
import { outputLinks } from '../src/render/outputs.js';
import { renderPages } from '../src/render/pages.js';
import { decideTables } from '../src/render/report-tables.js';
import { buildSheets } from '../src/render/xlsx.js';
import { copySample, repoRoot, sampleDir, tempDir } from './helpers.js';

/** The YAML of the worked case in docs/formats.md. */
async function documentedDeclaration(): Promise<string> {
  const docs = await readFile(path.join(repoRoot, 'docs/formats.md'), 'utf8');
  const section = docs.slice(docs.indexOf('## 別表1・別表2 を自分で書く'));
  const block = /```yaml\n([\s\S]*?)```/.exec(section);
  if (!block) throw new Error('docs/formats.md has no YAML block for the seed tables');
  return block[1];
}

let tmp: { dir: string; cleanup: () => Promise<void> };
beforeAll(async () => {
  tmp = await tempDir('reform-builtin-');
});
afterAll(() => tmp.cleanup());

describe("the seed's tables as declarations", () => {
  it('are what a report without tables gets', async () => {
    const loaded = await loadReport(sampleDir, { cwd: sampleDir });
    const tables = decideTables(loaded.report!);
    expect(tables.declared).toBe(false);
    expect(tables.views.map((v) => [v.id, v.label, v.pages?.heading])).toEqual([
      ['progress', '別表1', 'row'],
      ['verification', '別表2', 'above'],
    ]);
  });

  it('declared in report.yaml as docs/formats.md shows, build the same pages as the default', async () => {
    const dir = await copySample(path.join(tmp.dir, 'declared'));
    const manifest = path.join(dir, 'report.yaml');
    await writeFile(manifest, `${await readFile(manifest, 'utf8')}\n${await documentedDeclaration()}`);
    const own = await loadReport(dir, { cwd: dir });
    expect(own.diagnostics).toEqual([]);
    expect(decideTables(own.report!).declared).toBe(true);
    const builtIn = await loadReport(sampleDir, { cwd: sampleDir });
    const pages = (report: NonNullable<typeof own.report>) =>
      renderPages(report, { outputs: { pdf: true } }).map((p) => ({
        name: p.name,
        title: p.title,
        text: htmlVisibleText(p.data) as string,
      }));
    const expected = pages(builtIn.report!);
    const actual = pages(own.report!);
    expect(actual.map((p) => p.name)).toEqual(['index.html', 'progress.html', 'verification.html']);
    expect(actual).toEqual(expected);
    // Not vacuous: the pages hold the tables.
    expect(actual[1].text).toContain('□協創の取組を進めるための研修の充実');
    expect(actual[2].text).toContain('A: 現在の取組を基本的に継続するもの');
  });

  it('declared in report.yaml as docs/formats.md shows, give the same workbook as the default', async () => {
    const dir = await copySample(path.join(tmp.dir, 'declared-xlsx'));
    const manifest = path.join(dir, 'report.yaml');
    await writeFile(manifest, `${await readFile(manifest, 'utf8')}\n${await documentedDeclaration()}`);
    const own = await loadReport(dir, { cwd: dir });
    expect(own.diagnostics).toEqual([]);
    const builtIn = await loadReport(sampleDir, { cwd: sampleDir });
    const sheets = (report: NonNullable<typeof own.report>) =>
      buildSheets(report).map((s) => ({
        name: s.name,
        columnsPx: s.columnsPx,
        printTitleRows: s.printTitleRows,
        freezeRows: s.freezeRows,
        rowHeights: s.rowHeights,
        pageBreaksBefore: s.pageBreaksBefore,
        cells: s.cells,
      }));
    const expected = sheets(builtIn.report!);
    expect(sheets(own.report!)).toEqual(expected);
    // Not vacuous: the seed's shape, drawn by the engine from the declaration.
    const [progress, verification] = expected;
    expect(progress.name).toBe('別表1');
    const at = (s: (typeof expected)[number], value: string) => s.cells.find((c) => c.value === value);
    // 工程 over 取組項目 and the fiscal years (one column each), the 工程's lanes and phases below.
    expect(at(progress, '工程')).toMatchObject({ row: 2, col: 3, colSpan: 5, style: 'header' });
    expect(at(progress, '取組項目')).toMatchObject({ row: 3, col: 3, rowSpan: 1 });
    expect(progress.cells.filter((c) => c.style === 'phase' && c.value).length).toBeGreaterThan(10);
    // 番号 a number over the initiative's lanes, a section row across the sheet, each 章 from a new page.
    const first = progress.cells.find((c) => c.col === 1 && c.value === 1);
    expect(first).toMatchObject({ style: 'number' });
    expect(progress.cells.find((c) => c.style === 'section')).toMatchObject({
      col: 1,
      colSpan: progress.columnsPx.length,
    });
    expect(progress.pageBreaksBefore.length).toBeGreaterThanOrEqual(2);
    // 別表2: the directions' legend above the head, 区分の理由 shared over rows, the 区分 in its own style.
    expect(at(verification, '・今後の取組方向は、次のとおり区分しています。')).toMatchObject({ row: 2 });
    expect(at(verification, '今後の取組方向')).toMatchObject({ colSpan: 2, style: 'header' });
    expect(verification.cells.some((c) => c.style === 'direction' && c.value === 'A')).toBe(true);
    const reasons = verification.cells.filter((c) => c.col === 7 && c.style === 'body');
    expect(reasons.some((c) => c.rowSpan > 1)).toBe(true);
  });

  it('declared in report.yaml, publish the same open-data files, and the index describes them the same', async () => {
    const dir = await copySample(path.join(tmp.dir, 'declared-opendata'));
    const manifest = path.join(dir, 'report.yaml');
    await writeFile(manifest, `${await readFile(manifest, 'utf8')}\n${await documentedDeclaration()}`);
    const own = (await loadReport(dir, { cwd: dir })).report!;
    const builtIn = (await loadReport(sampleDir, { cwd: sampleDir })).report!;
    const [ownTables, builtInTables] = [decideTables(own), decideTables(builtIn)];
    expect(ownTables.declared).toBe(true);
    const files = renderOpenData(own, ownTables);
    expect(files.map((f) => f.name)).toEqual([
      'opendata/initiatives.csv',
      'opendata/initiatives.json',
      'opendata/initiatives-columns.csv',
      'opendata/schedule.csv',
      'opendata/schedule.json',
      'opendata/schedule-columns.csv',
      'opendata/plans-results.csv',
      'opendata/plans-results.json',
      'opendata/plans-results-columns.csv',
      'opendata/verification.csv',
      'opendata/verification.json',
      'opendata/verification-columns.csv',
    ]);
    expect(files).toEqual(renderOpenData(builtIn, builtInTables));
    // Not vacuous: rows of every table.
    const text = (name: string) => String(files.find((f) => f.name === name)?.data);
    expect(text('opendata/schedule.csv')).toContain('協創の取組を進めるための研修の充実');
    expect(text('opendata/verification.csv')).toContain('現在の取組を基本的に継続するもの');
    // The index's open-data section (links, what a row is, row counts, column dictionaries).
    const index = (report: typeof own, tables: typeof ownTables) =>
      htmlVisibleText(
        renderPages(report, { outputs: outputLinks(tables, { pdf: false }), tables }).find(
          (p) => p.name === 'index.html',
        )!.data,
      ) as string;
    const ownIndex = index(own, ownTables);
    expect(ownIndex).toEqual(index(builtIn, builtInTables));
    expect(ownIndex).toContain('年次計画・実績');
    expect(ownIndex).toContain('achieved_fiscal_year');
  });

  it("let any declared table publish the seed's normalised tables beside its own rows", async () => {
    const dir = await copySample(path.join(tmp.dir, 'mixed'));
    const manifest = path.join(dir, 'report.yaml');
    await writeFile(
      manifest,
      `${await readFile(manifest, 'utf8')}
tables:
  - id: mine
    title: 取組の一覧
    rows: initiatives
    openData:
      - rows: table
      - rows: plans-results
        title: 計画と実績
      - rows: verification
      - rows: initiatives
        id: list-columns
        title: 取組の表
    columns:
      - { kind: number, heading: 番号 }
      - { kind: title, heading: 取組名 }
      - { kind: division, heading: 担当課 }
`,
    );
    const loaded = await loadReport(dir, { cwd: dir });
    expect(loaded.diagnostics).toEqual([]);
    const own = loaded.report!;
    const files = renderOpenData(own, decideTables(own));
    const ids = files.filter((f) => f.name.endsWith('.json')).map((f) => f.name.replace(/\.json$/, ''));
    expect(ids).toEqual([
      'opendata/mine',
      'opendata/mine-plans-results',
      'opendata/mine-verification',
      'opendata/list-columns',
    ]);
    const sample = renderOpenData((await loadReport(sampleDir, { cwd: sampleDir })).report!);
    const data = (list: typeof files, name: string) => String(list.find((f) => f.name === name)?.data);
    // The same rows and columns as the sample's files, under this table's names.
    expect(data(files, 'opendata/mine-plans-results.csv')).toBe(data(sample, 'opendata/plans-results.csv'));
    expect(data(files, 'opendata/mine-verification.csv')).toBe(data(sample, 'opendata/verification.csv'));
    const json = JSON.parse(data(files, 'opendata/mine-plans-results.json'));
    expect(json.title).toMatch(/：計画と実績$/);
    expect(json.table).toBe('mine-plans-results');
    expect(json.rowsAre).toContain('年次計画または実績');
    // The table's own rows: one per initiative, its division in 部 and 課.
    const [header, ...rows] = data(files, 'opendata/mine.csv')
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(header).toContain('担当課');
    expect(rows).toHaveLength(own.initiatives.length);
    // The index names each file by its table, an id that ends in -columns too.
    const tables = decideTables(own);
    const index = htmlVisibleText(
      renderPages(own, { outputs: outputLinks(tables, { pdf: false }), tables }).find((p) => p.name === 'index.html')!
        .data,
    ) as string;
    for (const text of ['計画と実績（CSV', '取組の表（CSV', '取組の表（JSON', '取組の表の列の説明（CSV'])
      expect(index).toContain(text);
  });
});
