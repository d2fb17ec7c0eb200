/**
 * Tables as offices publish them (issue 20), from inline data through the table model: a published
 * 累計 with its 進捗率, effects that recur in later years, rates against the year's plan and the plan's
 * total, totals labelled as the office words them, numbering that restarts per group, column groups,
 * a value printed with its words, a table without 担当課 or 別表 label, a lead sentence in 億・万 words,
 * several years of plan and actual, and the 累計 of a level left blank.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  countedSeries,
  effectCumulative,
  excelNumberFormat,
  formatNumber,
  indicatorFigures,
  yenWords,
} from '../src/model/figures.js';
import { buildReport } from '../src/model/report.js';
import { buildTables, type RowView, type TableView } from '../src/model/tables.js';
import type { Initiative, Manifest } from '../src/model/schema-types.js';

const rowsOf = (t: TableView): RowView[] => t.blocks.flatMap((b) => ('row' in b ? [b.row] : []));
const texts = (t: TableView) => rowsOf(t).map((r) => r.cells.map((c) => c.text));

function build(manifestYaml: string, initiatives: object[]): TableView[] {
  const m = parse(manifestYaml) as Manifest;
  return buildTables(
    buildReport(
      m,
      initiatives.map((x, k) => ({
        data: { number: k + 1, section: 'S', title: `取組${k + 1}`, ...x } as Initiative,
        file: `${k + 1}.yaml`,
      })),
    ),
  );
}

const HEAD = `
title: 表
organisation: 市
planPeriod: { from: 2024, to: 2026 }
edition: { fiscalYear: 2026, period: fullYear }
sections: [{ id: S, mark: "1", title: 改革 }]
departments: [{ name: 総務部, divisions: [財政課] }]
categories:
  - { id: rev, label: 歳入確保対策, subtotalLabel: 歳入確保対策計 }
  - { id: exp, label: 歳出削減対策 }
`;

describe('figures', () => {
  it('counts a recurring effect again in each later year of the plan', () => {
    const c = { recurring: true, to: 2026 };
    expect([...countedSeries({ 2024: 100, 2025: 50 }, c)]).toEqual([
      [2024, 100],
      [2025, 150],
      [2026, 150],
    ]);
    expect([2024, 2025, 2026].map((y) => effectCumulative({ byYear: { 2024: 100, 2025: 50 } }, y, c))).toEqual([
      100, 250, 400,
    ]);
    // Counted once, the running total is the sum of the amounts.
    expect(effectCumulative({ byYear: { 2024: 100, 2025: 50 } }, 2026)).toBe(150);
  });

  it('prints amounts in 億・万 words', () => {
    expect(yenWords(123456, '千円')).toBe('1億2,345万6千円');
    expect(yenWords(123450000, '円')).toBe('1億2,345万円');
    expect(yenWords(-5000, '千円')).toBe('△500万円');
    expect(yenWords(1234, '円')).toBe('1,234円');
    expect(yenWords(0, '千円')).toBe('0円');
    expect(yenWords(12, '台')).toBe('12台');
  });

  it('keeps a published 累計 and computes 進捗率 from it; a level has no 累計', () => {
    const given = indicatorFigures(
      { label: 'x', unit: '人', target: { value: 40 }, actuals: { 2026: 5 }, cumulative: 30, given: true },
      2026,
      2024,
    );
    expect(given).toEqual({ cumulative: 30, latest: 5, progressRate: 75 });
    const complete = indicatorFigures(
      { label: 'x', unit: '人', target: { value: 40 }, actuals: { 2024: 9, 2025: 9, 2026: 9 } },
      2026,
      2024,
    );
    expect(complete.checkable).toBe(27);
    const level = indicatorFigures(
      {
        label: '延床面積',
        unit: '平方メートル',
        measure: 'level',
        base: { value: 45298 },
        target: { value: 43000 },
        actuals: { 2024: 44870, 2025: 43960.5 },
      },
      2025,
    );
    expect(level.cumulative).toBeUndefined();
    expect(level.progressRate).toBe(58.2);
  });

  it('prints a value with its words, and the workbook format keeps it a number', () => {
    const f = {
      unit: '台',
      unitIn: 'cell' as const,
      negative: 'triangle' as const,
      wording: '公用車の台数 {value}削減',
    };
    expect(formatNumber(12, f)).toBe('公用車の台数 12台削減');
    expect(excelNumberFormat(12, f)).toBe(
      '"公用車の台数 "#,##0"台""削減";"公用車の台数 ""△"#,##0"台""削減";"公用車の台数 "0"台""削減"',
    );
  });
});

describe('table model', () => {
  it('labels totals as the office words them, drops the subtotal of a one-row group and restarts numbering', () => {
    const [t] = build(
      `${HEAD}
tables:
  - id: fx
    title: 効果額
    rows: effects
    groupBy: category
    numbering: "{row}"
    subtotals: true
    singleRowSubtotals: false
    total: true
    totalLabel: 総合計
    columns:
      - { kind: number, heading: 番号 }
      - { kind: effect.label, heading: 項目 }
      - { kind: effect.actual, heading: 実績, format: { unit: 千円 } }
  - id: fx2
    title: 効果額
    rows: effects
    groupBy: category
    subtotals: true
    subtotalLabel: "{group}の計"
    columns:
      - { kind: effect.label, heading: 項目 }
      - { kind: effect.actual, heading: 実績, format: { unit: 千円 } }
`,
      [
        { effects: [{ category: 'rev', actual: 100 }] },
        {
          effects: [
            { category: 'exp', actual: 20 },
            { category: 'exp', label: 'うち', memo: true, actual: 5 },
          ],
        },
        { effects: [{ category: 'exp', actual: 30 }] },
        { effects: [{ category: 'exp', actual: 40 }] },
      ],
    );
    expect(t.label).toBe('');
    expect(texts(t)).toEqual([
      ['1', '取組1', '100千円'],
      ['1', '取組2', '20千円'],
      ['1', 'うち', '(5千円)'],
      ['2', '取組3', '30千円'],
      ['3', '取組4', '40千円'],
      ['', '小計', '90千円'],
      ['', '総合計', '190千円'],
    ]);
    const t2 = build(
      `${HEAD}
tables:
  - id: fx2
    title: 効果額
    rows: effects
    groupBy: category
    subtotals: true
    subtotalLabel: "{group}の計"
    columns:
      - { kind: effect.label, heading: 項目 }
      - { kind: effect.actual, heading: 実績, format: { unit: 千円 } }
`,
      [{ effects: [{ category: 'rev', actual: 100 }] }, { effects: [{ category: 'exp', actual: 20 }] }],
    )[0];
    // The category's own label wins over the table's pattern.
    expect(
      rowsOf(t2)
        .filter((r) => r.kind === 'subtotal')
        .map((r) => r.cells[0].text),
    ).toEqual(['歳入確保対策計', '歳出削減対策の計']);
  });

  it('recurring effects, rates against the year plan and the plan total, column groups and a lead sentence', () => {
    const [t] = build(
      `${HEAD}
effectCounting: recurring
tables:
  - id: plan
    title: 年度別の効果額
    rows: effects
    groupBy: none
    total: true
    lead: 計画期間の見込額{total.ptotal|万円}に対し、実績額は{total.atotal|万円}（{total.rate}）です。
    columns:
      - { kind: effect.label, heading: 項目 }
      - { kind: effect.yearPlanned, heading: 見込額, year: 2024, group: 令和6年度, format: { unit: 千円 } }
      - { kind: effect.yearActual, heading: 実績額, year: 2024, group: 令和6年度, format: { unit: 千円 } }
      - { kind: effect.yearPlanned, heading: 見込額, year: 2025, group: 令和7年度, format: { unit: 千円 } }
      - { kind: effect.yearActual, heading: 実績額, year: 2025, group: 令和7年度, format: { unit: 千円 } }
      - { kind: effect.rate, heading: 対年度計画, year: 2025 }
      - { kind: effect.rate, heading: 対期間計画, year: 2025, base: plannedTotal }
      - { kind: effect.plannedTotal, heading: 見込額計, id: ptotal, format: { unit: 千円 } }
      - { kind: effect.actualTotal, heading: 実績額計, id: atotal, format: { unit: 千円 } }
      - { kind: effect.rate, heading: 達成率, id: rate, base: plannedTotal }
      - { kind: effect.cumulative, heading: 累計, year: 2026, format: { unit: 千円 } }
`,
      [
        {
          effects: [
            {
              category: 'rev',
              byYear: { 2024: 100, 2025: 50 },
              years: { 2024: { planned: 100, actual: 80 }, 2025: { planned: 100, actual: 120 } },
            },
          ],
        },
        {
          effects: [
            {
              category: 'exp',
              recurring: false,
              byYear: { 2024: 100, 2025: 50 },
              years: { 2024: { planned: 1000, actual: 1000 } },
            },
          ],
        },
      ],
    );
    expect(t.columns.map((c) => c.group)).toEqual([
      undefined,
      { text: '令和6年度', span: 2 },
      undefined,
      { text: '令和7年度', span: 2 },
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(t.headRows).toBe(2);
    // Recurring: 2025 counts 2024's 100 again (plan 200, actual 200), and so does 2026 (plan total 500);
    // the running total of byYear is 100, 250, 400. A rate of the total row is the rate of the totals.
    expect(texts(t)).toEqual([
      ['取組1', '100千円', '80千円', '200千円', '200千円', '100.0%', '40.0%', '500千円', '480千円', '96.0%', '400千円'],
      ['取組2', '1,000千円', '1,000千円', '', '', '', '', '1,000千円', '1,000千円', '100.0%', '150千円'],
      [
        '合計',
        '1,100千円',
        '1,080千円',
        '200千円',
        '200千円',
        '100.0%',
        '13.3%',
        '1,500千円',
        '1,480千円',
        '98.7%',
        '550千円',
      ],
    ]);
    expect(t.lead).toBe('計画期間の見込額150万円に対し、実績額は148万円（98.7%）です。');
  });

  it('prints a published 累計, a worded value, blank 担当課 and right-aligned numbers in text columns', () => {
    const [t] = build(
      `${HEAD}
tables:
  - id: kpi
    label: 別表1
    title: 指標
    rows: indicators
    columns:
      - { kind: indicator.label, heading: 指標 }
      - { kind: indicator.actual, heading: 最新 }
      - { kind: indicator.cumulative, heading: 累計 }
      - { kind: indicator.progress, heading: 進捗率 }
      - { kind: indicator.target, heading: 目標 }
      - { kind: text, heading: 面積, field: area }
      - { kind: division, heading: 担当課 }
`,
      [
        {
          fields: { area: '1,234平方メートル' },
          indicators: [
            { label: '職員数', unit: '人', target: { value: 40 }, actuals: { 2026: 5 }, cumulative: 30, given: true },
            { label: '公用車', unit: '台', wording: '公用車の台数 {value}削減', target: { value: 12 } },
          ],
        },
      ],
    );
    expect(texts(t)).toEqual([
      ['職員数', '5人', '30人', '75.0%', '40人', '1,234平方メートル', ''],
      ['公用車', '', '', '', '公用車の台数 12台削減', '1,234平方メートル', ''],
    ]);
    expect(rowsOf(t)[1].cells[4].value).toBe(12);
    expect(rowsOf(t)[0].cells[5].align).toBe('right');
  });
});
