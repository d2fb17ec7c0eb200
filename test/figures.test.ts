/**
 * The computed figures and the table model of declared tables, from inline data: 差額, 累計, 進捗率
 * (over 100 %), subtotals and totals without memo rows, rating counts with 再掲 counted once,
 * 2-(1)-① numbering, half-year 工程 slots, printed numbers (△66,669千円, 137.5%).
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  countRatings,
  countsText,
  effectDifference,
  effectYearTotal,
  excelNumberFormat,
  formatNumber,
  indicatorFigures,
  sumCounted,
} from '../src/model/figures.js';
import { buildReport } from '../src/model/report.js';
import { buildTables, layoutSlots, type TableView } from '../src/model/tables.js';
import type { Initiative, Manifest } from '../src/model/schema-types.js';

const yen = { unit: '千円', unitIn: 'cell' as const, negative: 'triangle' as const };

describe('printed numbers', () => {
  it('groups digits, marks negatives with △ and appends the unit', () => {
    expect(formatNumber(-66669, yen)).toBe('△66,669千円');
    expect(formatNumber(1234567.5, { ...yen, unit: '' })).toBe('1,234,567.5');
    expect(formatNumber(137.5, { unit: '%', unitIn: 'cell', negative: 'triangle', decimals: 1 })).toBe('137.5%');
    expect(formatNumber(100, { unit: '%', unitIn: 'cell', negative: 'triangle', decimals: 1 })).toBe('100.0%');
    expect(formatNumber(-5, { ...yen, negative: 'minus' })).toBe('-5千円');
    expect(formatNumber(12000, { ...yen, memo: true })).toBe('(12,000千円)');
    expect(formatNumber(45298, { ...yen, unitIn: 'header' })).toBe('45,298');
    // Rounding to zero prints no sign.
    expect(formatNumber(-0.04, { ...yen, decimals: 1 })).toBe('0.0千円');
  });

  it('has an Excel number format that prints the same', () => {
    expect(excelNumberFormat(-66669, yen)).toBe('#,##0"千円";"△"#,##0"千円";0"千円"');
    expect(excelNumberFormat(137.5, { unit: '%', unitIn: 'cell', negative: 'triangle', decimals: 1 })).toBe(
      '#,##0.0"%";"△"#,##0.0"%";0.0"%"',
    );
    expect(excelNumberFormat(1, { ...yen, memo: true })).toBe('"("#,##0"千円"")";"(""△"#,##0"千円"")";"("0"千円"")"');
  });
});

describe('computed figures', () => {
  it('差額 = 実績 − 見込', () => {
    expect(effectDifference({ planned: 80000, actual: 13331 })).toBe(-66669);
    expect(effectDifference({ planned: 80000 })).toBeUndefined();
    expect(effectYearTotal({ byYear: { 2023: 18200, 2024: 51380, 2025: 40000 } })).toBe(109580);
  });

  it('累計 and 進捗率 (cumulative), which may exceed 100 %', () => {
    const f = indicatorFigures(
      { label: 'x', unit: '人', target: { value: 8 }, actuals: { 2024: 5, 2025: 6, 2026: 9 } },
      2025,
    );
    expect(f).toEqual({ cumulative: 11, latest: 6, progressRate: 137.5 });
  });

  it('進捗率 (level): how far from the base towards the target', () => {
    const f = indicatorFigures(
      {
        label: 'x',
        unit: '㎡',
        measure: 'level',
        base: { value: 45298 },
        target: { value: 43000 },
        actuals: { 2024: 44870, 2025: 43960.5 },
      },
      2025,
    );
    expect(f.progressRate).toBe(58.2);
    expect(f.latest).toBe(43960.5);
  });

  it('sums leave memo rows out', () => {
    expect(sumCounted([{ value: 42000 }, { value: 12000, memo: true }, { value: 80000 }])).toBe(122000);
    expect(sumCounted([{ value: 1, memo: true }])).toBeUndefined();
  });

  it('counts ratings in the scale order', () => {
    const scale = {
      id: 'a',
      title: '達成度',
      levels: [
        { code: 'A', label: '達成' },
        { code: 'B', label: '部分実施' },
        { code: 'C', label: '検討中' },
      ],
    };
    const counts = countRatings(['A', 'B', 'A', undefined, 'C', 'B', 'B'], scale);
    expect(countsText(counts)).toBe('達成 2項目、部分実施 3項目、検討中 1項目');
  });

  it('lays out half-year slots', () => {
    const cells = layoutSlots(
      [
        { label: '検討', from: 2024, fromPart: 1, toPart: 1 },
        { label: '実行', from: 2024, fromPart: 2, to: 2025 },
      ],
      2024,
      3,
      2,
    );
    expect(cells).toEqual([
      { start: 0, span: 1, text: '検討', phase: { label: '検討', arrow: false } },
      { start: 1, span: 3, text: '← 実行 →', phase: { label: '実行', arrow: true } },
      { start: 4, span: 1 },
      { start: 5, span: 1 },
    ]);
  });
});

const MANIFEST = parse(`
title: 表
organisation: 市
planPeriod: { from: 2024, to: 2025 }
edition: { fiscalYear: 2025, period: fullYear }
numbering: "{section}-({subsection})-{local}"
sections:
  - { id: S1, mark: "1", title: 財政, subsections: [{ id: a, title: 歳入 }, { id: b, title: 歳出 }] }
  - { id: S2, mark: "2", title: 組織, subsections: [{ id: c, title: 組織 }] }
categories: [{ id: rev, label: 歳入確保対策 }, { id: exp, label: 歳出削減対策 }]
ratingScales:
  - id: ach
    title: 達成度
    levels: [{ code: A, label: 達成, symbol: ◎ }, { code: B, label: 部分実施, symbol: ○ }, { code: C, label: 検討中 }]
departments: [{ name: 総務部, divisions: [財政課] }]
tables:
  - id: fx
    label: 別表1
    title: 効果額
    rows: effects
    groupBy: category
    subtotals: true
    total: true
    columns:
      - { kind: effect.label, heading: 項目 }
      - { kind: effect.planned, heading: 見込(A), format: { unit: 千円 } }
      - { kind: effect.actual, heading: 実績(B), format: { unit: 千円 } }
      - { kind: effect.difference, heading: 差額, format: { unit: 千円 } }
  - id: rated
    label: 別表2
    title: 評価
    rows: initiatives
    summary: ach
    columns:
      - { kind: number, heading: 番号 }
      - { kind: title, heading: 取組 }
      - { kind: rating, heading: 達成度, scale: ach }
      - { kind: rating.change, heading: 変化, scale: ach }
`) as Manifest;

const ini = (n: number, extra: object): { data: Initiative; file: string } => ({
  data: { number: n, section: 'S1', title: `取組${n}`, division: '総務部/財政課', ...extra } as Initiative,
  file: `${n}.yaml`,
});

function tables(): TableView[] {
  const report = buildReport(MANIFEST, [
    ini(1, {
      subsection: 'a',
      effects: [
        { category: 'rev', planned: 42000, actual: 51380 },
        { category: 'rev', label: 'うち', memo: true, planned: 12000, actual: 15640 },
      ],
      ratings: { 2024: { ach: 'B' }, 2025: { ach: 'A' } },
    }),
    ini(2, {
      subsection: 'a',
      effects: [{ category: 'rev', planned: 80000, actual: 13331 }],
      ratings: { 2025: { ach: 'B' } },
    }),
    ini(3, {
      subsection: 'b',
      alsoUnder: ['c'],
      effects: [{ category: 'exp', planned: 25000, actual: -3200 }],
      ratings: { 2024: { ach: 'A' }, 2025: { ach: 'C' } },
    }),
  ]);
  return buildTables(report);
}

const rowsOf = (t: TableView) => t.blocks.flatMap((b) => ('row' in b ? [b.row] : []));

describe('table model', () => {
  it('computes 差額, subtotals and the total without the memo row', () => {
    const [fx] = tables();
    const texts = rowsOf(fx).map((r) => r.cells.map((c) => c.text));
    expect(texts).toEqual([
      ['取組1', '42,000千円', '51,380千円', '9,380千円'],
      ['うち', '(12,000千円)', '(15,640千円)', '(3,640千円)'],
      ['取組2', '80,000千円', '13,331千円', '△66,669千円'],
      ['小計', '122,000千円', '64,711千円', '△57,289千円'],
      ['取組3', '25,000千円', '△3,200千円', '△28,200千円'],
      ['小計', '25,000千円', '△3,200千円', '△28,200千円'],
      ['合計', '147,000千円', '61,511千円', '△85,489千円'],
    ]);
    const total = rowsOf(fx).at(-1)!;
    expect(total.kind).toBe('total');
    expect(total.cells[2].value).toBe(61511);
    expect(fx.blocks.flatMap((b) => ('heading' in b ? [b.heading.text] : []))).toEqual([
      '歳入確保対策',
      '歳出削減対策',
    ]);
  });

  it('numbers 2-(1)-①, lists 再掲 rows and counts each initiative once', () => {
    const rated = tables()[1];
    const rows = rowsOf(rated);
    expect(rows.map((r) => `${r.cells[0].text} ${r.cells[1].text}`)).toEqual([
      '1-(1)-① 取組1',
      '1-(1)-② 取組2',
      '1-(2)-① 取組3',
      '1-(2)-① 取組3（再掲）',
    ]);
    expect(rows.map((r) => r.cells[2].text)).toEqual(['◎', '○', 'C', 'C']);
    expect(rows[0].cells[3].text).toBe('↑（○→◎）');
    expect(rows[2].cells[3].text).toBe('↓（◎→C）');
    expect(rated.summary?.text).toBe('達成 1項目、部分実施 1項目、検討中 1項目');
    const headings = rated.blocks.flatMap((b) => ('heading' in b ? [`${b.heading.level} ${b.heading.text}`] : []));
    expect(headings).toEqual(['1 1 財政', '2 (1) 歳入', '2 (2) 歳出', '1 2 組織', '2 (1) 組織']);
  });
});
