/**
 * Cards (個票, `layout: cards`), end to end on an invented report of that shape (not the example): one card per
 * initiative with label/value rows, a small table of 主要事業 with their budgets and a 合計, and yearly targets
 * under 目標（参考） (one after the plan period). Checks the printed form: the PDF's text page by page (a card a
 * page), the workbook's cells and number formats (one block per card, page breaks), open data (a row per
 * initiative and a row per 主要事業, numbers as numbers, units in the headers, the column dictionary), and the
 * diff of a changed budget with the 計 and 合計 it moves.
 */
import { execFileSync } from 'node:child_process';
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from './helpers.js';

const MANIFEST = `title: みどり町 改革工程表
organisation: みどり町
planPeriod: { from: 2026, to: 2028 }
edition: { fiscalYear: 2026, period: fullYear }
sections: [{ id: A, mark: "1", title: 行政運営 }]
departments: [{ name: 企画課, divisions: [行革係, 財政係] }]
tables:
  - id: sheet
    label: 様式2
    title: 改革工程表
    rows: initiatives
    layout: cards
    groupBy: none
    numbering: "No.{number}"
    card:
      tables:
        - id: jigyo
          title: 主要事業
          rows: projects
          total: true
          totalLabel: 事業費計
          columns:
            - { kind: project.name, heading: 事業, width: 16 }
            - { kind: project.budget, heading: R8, year: 2026, group: 事業費, format: { unit: 千円 } }
            - { kind: project.budget, heading: R9, year: 2027, group: 事業費, format: { unit: 千円 } }
            - { kind: project.budgetTotal, heading: 計, group: 事業費, format: { unit: 千円 } }
        - id: kpi
          title: 指標
          rows: indicators
          columns:
            - { kind: indicator.label, heading: 指標名, width: 14 }
            - { kind: indicator.yearTarget, heading: R8, year: 2026, group: 目標（参考） }
            - { kind: indicator.yearTarget, heading: R12, year: 2030, group: 目標（参考） }
    columns:
      - { kind: text, heading: 概要, field: gaiyo }
      - { kind: division, heading: 所管 }
`;

const INITIATIVES = [
  `number: 1
section: A
title: 窓口予約の導入
division: 企画課/行革係
fields: { gaiyo: "来庁予約を受け付ける" }
projects:
  - name: 予約システム導入
    budgets: { 2026: 2500, 2027: 800 }
  - name: 案内表示の改修
    budgets: { 2026: 1200 }
indicators:
  - label: 予約の件数
    unit: 件
    target: { value: 900, year: 2030 }
    targets: { 2026: 300, 2030: 900 }
`,
  `number: 2
section: A
title: 補助金の整理
division: 企画課/財政係
fields: { gaiyo: "効果の薄い補助金を廃止する" }
indicators:
  - label: 廃止した補助金
    unit: 件
    target: { value: 12 }
    targets: { 2026: 4, 2030: 12 }
`,
];

let tmp: { dir: string; cleanup: () => Promise<void> };
let report: string;
let out: string;

beforeAll(async () => {
  tmp = await tempDir('reform-cards-');
  report = path.join(tmp.dir, 'report');
  await mkdir(path.join(report, 'initiatives'), { recursive: true });
  await writeFile(path.join(report, 'report.yaml'), MANIFEST);
  for (const [k, text] of INITIATIVES.entries())
    await writeFile(path.join(report, 'initiatives', `0${k + 1}.yaml`), text);
  out = path.join(tmp.dir, 'out');
  const r = await runCli(['build', report, '--out', out], { cwd: tmp.dir });
  expect(r.code, r.stdout + r.stderr).toBe(0);
}, 240_000);
afterAll(() => tmp?.cleanup());

const squash = (s: string) => s.normalize('NFKC').replace(/[\s\u3000]+/g, '');
const pdfPage = (file: string, page: number) =>
  squash(
    execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-layout', file, '-'], { encoding: 'utf8' }),
  );

describe('a report of cards', () => {
  it('prints a card a page in the PDF, with its rows, 主要事業, 計 and 合計, and targets under their group', () => {
    const file = path.join(out, 'sheet.pdf');
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
    expect(pages).toBe(2);
    const first = pdfPage(file, 1);
    for (const t of [
      'No.1窓口予約の導入',
      '概要',
      '来庁予約を受け付ける',
      '所管',
      '企画課行革係',
      '主要事業',
      '事業費',
    ]) {
      expect(first).toContain(squash(t));
    }
    // Budgets in their unit, each project's 計, the 合計 labelled as declared; targets, one after the plan.
    for (const t of [
      '2,500千円',
      '800千円',
      '3,300千円',
      '1,200千円',
      '3,700千円',
      '事業費計',
      '4,500千円',
      '目標（参考）',
    ]) {
      expect(first).toContain(squash(t));
    }
    expect(first).toMatch(/予約の件数300件900件/);
    expect(first).not.toContain('補助金の整理');
    const second = pdfPage(file, 2);
    expect(second).toContain('No.2補助金の整理');
    expect(second).toContain('該当なし');
    expect(second).toMatch(/廃止した補助金4件12件/);
    expect(second).not.toContain('事業費計');
  });

  it('lays out one block per card in the workbook, numbers with their format, a page break between cards', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(out, 'reform.xlsx'));
    const ws = wb.getWorksheet('様式2')!;
    const find = (text: string) => {
      let at: ExcelJS.Cell | undefined;
      ws.eachRow((row) =>
        row.eachCell((c) => {
          if (!at && c.value === text) at = c;
        }),
      );
      expect(at, text).toBeDefined();
      return at!;
    };
    const heading2 = find('No.2 補助金の整理');
    const label = find('概要');
    expect(ws.getCell(Number(label.row), 2).value).toBe('来庁予約を受け付ける');
    const total = find('事業費計');
    const row = ws.getRow(Number(total.row));
    // 合計 of R8 (2,500 + 1,200), R9 and 計, as numbers with a 千円 format: never text, never formulas.
    const numbers = [2, 3, 4].map((c) => row.getCell(c));
    expect(numbers.map((c) => c.value)).toEqual([3700, 800, 4500]);
    for (const c of numbers) expect(c.numFmt).toContain('"千円"');
    const project = ws.getRow(Number(find('予約システム導入').row));
    expect([2, 3, 4].map((c) => project.getCell(c).value)).toEqual([2500, 800, 3300]);
    // Row heights are set, and the second card starts a printed page.
    expect(row.height).toBeGreaterThan(0);
    const xml = execFileSync('unzip', ['-p', path.join(out, 'reform.xlsx'), 'xl/worksheets/sheet1.xml'], {
      encoding: 'utf8',
    });
    expect(xml).toContain(`<brk id="${Number(heading2.row) - 1}"`);
    expect(xml).toMatch(/<pageSetup[^>]*orientation="landscape"/);
  });

  it('publishes a row per initiative and a row per 主要事業, numbers as numbers, units in the headers', async () => {
    const text = (name: string) => readFile(path.join(out, 'opendata', name), 'utf8');
    const rows = async (name: string) => parseCsv(await text(name), { bom: true }) as string[][];
    const main = await rows('sheet.csv');
    expect(main).toHaveLength(3);
    expect(main[0]).toEqual(expect.arrayContaining(['番号', '取組名', '概要', '担当課']));
    const [head, ...projects] = await rows('sheet-jigyo.csv');
    expect(head).toEqual([
      '公表年度',
      '公表年度（和暦）',
      '番号',
      '表示番号',
      '取組名',
      '事業名',
      '予算額 2026年度（令和8年度）（千円）',
      '予算額 2027年度（令和9年度）（千円）',
      '予算額の計（千円）',
    ]);
    expect(projects).toEqual([
      ['2026', '令和8年度', '1', 'No.1', '窓口予約の導入', '予約システム導入', '2500', '800', '3300'],
      ['2026', '令和8年度', '1', 'No.1', '窓口予約の導入', '案内表示の改修', '1200', '', '1200'],
    ]);
    const json = JSON.parse(await text('sheet-jigyo.json'));
    expect(json.rows[0].budget_2026).toBe(2500);
    expect(json.columns.find((c: { key: string }) => c.key === 'budget_total').unit).toBe('千円');
    const dict = await rows('sheet-jigyo-columns.csv');
    expect(dict.slice(1).map((r) => r[0])).toEqual(head);
    const [kpiHead, ...kpi] = await rows('sheet-kpi.csv');
    expect(kpiHead).toContain('目標値 2030年度（令和12年度）');
    expect(kpi.map((r) => r.slice(-2))).toEqual([
      ['300', '900'],
      ['4', '12'],
    ]);
  });

  it('flows the cards one after another with newPage: false (no page break in HTML or the workbook)', async () => {
    const flow = path.join(tmp.dir, 'flow');
    await cp(report, flow, { recursive: true });
    const manifest = path.join(flow, 'report.yaml');
    await writeFile(
      manifest,
      (await readFile(manifest, 'utf8')).replace('    card:\n', '    card:\n      newPage: false\n'),
    );
    const dest = path.join(tmp.dir, 'flow-out');
    const r = await runCli(['build', flow, '--out', dest, '--no-pdf'], { cwd: tmp.dir });
    expect(r.code, r.stderr).toBe(0);
    const html = await readFile(path.join(dest, 'sheet.html'), 'utf8');
    expect(html).toContain('No.2 補助金の整理');
    expect(html).not.toMatch(/class="card new-page"/);
    const xml = execFileSync('unzip', ['-p', path.join(dest, 'reform.xlsx'), 'xl/worksheets/sheet1.xml'], {
      encoding: 'utf8',
    });
    expect(xml).not.toContain('<brk ');
    // With newPage (the default) the second card starts a page.
    expect(await readFile(path.join(out, 'sheet.html'), 'utf8')).toMatch(/class="card new-page"/);
  });

  it('shows a changed budget in diff with the 計 and 合計 it moves', async () => {
    const file = path.join(report, 'initiatives', '01.yaml');
    const base = path.join(tmp.dir, 'base');
    await cp(report, base, { recursive: true });
    await writeFile(file, (await readFile(file, 'utf8')).replace('2026: 2500', '2026: 2700'));
    const r = await runCli(['diff', base, report], { cwd: tmp.dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('主要事業「予約システム導入」 › 予算額（令和8年度）: 2500 → 2700');
    for (const line of [
      '様式2 › No.1 窓口予約の導入 › 主要事業 › 予約システム導入 › 事業費 R8: 2,500千円 → 2,700千円',
      '様式2 › No.1 窓口予約の導入 › 主要事業 › 予約システム導入 › 事業費 計: 3,300千円 → 3,500千円',
      '様式2 › No.1 窓口予約の導入 › 主要事業 › 事業費計 › 事業費 R8: 3,700千円 → 3,900千円',
      '様式2 › No.1 窓口予約の導入 › 主要事業 › 事業費計 › 事業費 計: 4,500千円 → 4,700千円',
    ])
      expect(r.stdout).toContain(line);
  });
});
