/** Pure parts of the cycle: editions, cell-text normalisation, byte-preserving YAML edits. */
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { answersByDivision } from '../src/cycle/asked.js';
import { editionLabel, nextEdition } from '../src/cycle/model.js';
import type { Initiative, Manifest } from '../src/model/schema-types.js';
import { normaliseCellText } from '../src/cycle/normalise.js';
import { setFields, setScalars } from '../src/cycle/yaml-edit.js';
import { canonicalize } from '../src/fmt/canonical.js';

describe('editions', () => {
  it('上半期 → 年間 → next 上半期, none after the last', () => {
    expect(nextEdition({ fiscalYear: 2019, period: 'firstHalf' }, 2020)).toEqual({
      fiscalYear: 2019,
      period: 'fullYear',
    });
    expect(nextEdition({ fiscalYear: 2019, period: 'fullYear' }, 2020)).toEqual({
      fiscalYear: 2020,
      period: 'firstHalf',
    });
    expect(nextEdition({ fiscalYear: 2020, period: 'fullYear' }, 2020)).toBeUndefined();
    expect(editionLabel({ fiscalYear: 2019, period: 'firstHalf' })).toBe('令和元年度上半期');
  });

  it('quarterly: Q1 → Q2 (上半期) → Q3 → Q4 (年間) → next year Q1, period and quarter together', () => {
    const seq = [];
    let e: Parameters<typeof nextEdition>[0] | undefined = { fiscalYear: 2025, period: 'firstHalf', quarter: 1 };
    while (e) {
      seq.push(`${e.fiscalYear}-${e.period}-Q${e.quarter}`);
      e = nextEdition(e, 2026);
    }
    expect(seq).toEqual([
      '2025-firstHalf-Q1',
      '2025-firstHalf-Q2',
      '2025-fullYear-Q3',
      '2025-fullYear-Q4',
      '2026-firstHalf-Q1',
      '2026-firstHalf-Q2',
      '2026-fullYear-Q3',
      '2026-fullYear-Q4',
    ]);
    expect(editionLabel({ fiscalYear: 2025, period: 'fullYear', quarter: 3 })).toBe('令和7年度第3四半期');
  });
});

describe('answersByDivision', () => {
  it("in a 年間 edition, the year's plan is required as well as the full-year results", () => {
    const m = {
      planPeriod: { from: 2019, to: 2020 },
      edition: { fiscalYear: 2019, period: 'fullYear' },
      departments: [{ name: '総務部', divisions: ['人事課', '財政課'] }],
    } as unknown as Manifest;
    const i = (number: number, division: string, plans: object, results: object) => ({
      file: `${number}.yaml`,
      data: { number, title: `t${number}`, division, items: [], plans, results } as unknown as Initiative,
    });
    const out = answersByDivision(m, [
      i(1, '総務部/人事課', { 2019: 'p' }, { 2019: { firstHalf: 'a', fullYear: 'b' } }),
      i(2, '総務部/人事課', {}, { 2019: { fullYear: 'b' } }),
      i(3, '総務部/財政課', { 2019: 'p' }, { 2019: { firstHalf: 'a' } }),
    ]);
    expect(
      out.map((d) => [d.division, d.answered.map((x) => x.number), d.missing.map((x) => [x.number, x.fields])]),
    ).toEqual([
      ['人事課', [1], [[2, ['令和元年度 年次計画']]]],
      ['財政課', [], [[3, ['令和元年度 年間実績（4月～3月）']]]],
    ]);
  });
});

describe('normaliseCellText', () => {
  it('line breaks, trailing spaces, full-width indentation and bullets as the YAML conventions write them', () => {
    expect(normaliseCellText('・a　 \r\n･b\r\u3000・c\n\n')).toBe('・a\n・b\n  ・c\n');
    // a blank line inside the text is kept (a blank line of the printed text)
    expect(normaliseCellText('a\n  \nb')).toBe('a\n\nb\n');
    expect(normaliseCellText('一行だけ  ')).toBe('一行だけ');
    expect(normaliseCellText('6月\u301C7月')).toBe('6月\uFF5E7月');
    expect(normaliseCellText('_x000D_\n・x_x000D_\n・y')).toBe('・x\n・y\n');
    expect(normaliseCellText('  \n\u3000')).toBe('');
    // a full-width space inside a line is text, kept
    expect(normaliseCellText('A　B')).toBe('A　B');
  });
});

const INITIATIVE = `# yaml-language-server: $schema=../../schema/initiative.schema.json
# 取組のコメント
number: 1
title: x # 行末のコメント
plans:
  2019: |
    ・計画
results:
  2019:
    # 上半期のコメント
    firstHalf: |
      ・上半期
  # 年度の後のコメント
verification:
  - item: 項目
    content: 古い内容
    outcome: |
      ・効果1
      ・効果2
    direction: A   # 区分のコメント
    reason: 理由
`;

describe('setFields: only the answered fields change, every other byte stays', () => {
  it('inserts a new key after its sibling, replaces values (plain and block), keeps comments', () => {
    const { text, rewritten } = setFields(
      INITIATIVE,
      [
        { path: ['results', '2019', 'fullYear'], value: '・年間1\n・年間2\n' },
        { path: ['verification', 0, 'content'], value: '新しい内容\n二行目\n' },
        { path: ['verification', 0, 'outcome'], value: '一行' },
        { path: ['verification', 0, 'direction'], value: 'B' },
        { path: ['plans', '2020'], value: '・来年度' },
      ],
      'initiative',
    );
    expect(rewritten).toBe(false);
    expect(text).toBe(`# yaml-language-server: $schema=../../schema/initiative.schema.json
# 取組のコメント
number: 1
title: x # 行末のコメント
plans:
  2019: |
    ・計画
  2020: ・来年度
results:
  2019:
    # 上半期のコメント
    firstHalf: |
      ・上半期
    fullYear: |
      ・年間1
      ・年間2
  # 年度の後のコメント
verification:
  - item: 項目
    content: |
      新しい内容
      二行目
    outcome: 一行
    direction: B   # 区分のコメント
    reason: 理由
`);
  });

  it('adds a new year under results as a nested mapping', () => {
    const { text } = setFields(INITIATIVE, [{ path: ['results', '2020', 'firstHalf'], value: 'a\nb\n' }], 'initiative');
    expect(text).toContain('      ・上半期\n  2020:\n    firstHalf: |\n      a\n      b\n  # 年度の後のコメント\n');
    expect(parseDocument(text).toJS().results['2020']).toEqual({ firstHalf: 'a\nb\n' });
  });

  it("on the sample file: the result is still in fmt's canonical form", async () => {
    const { readFile } = await import('node:fs/promises');
    const sample = await readFile(new URL('../data/initiatives/07.yaml', import.meta.url), 'utf8');
    const { text, rewritten } = setFields(
      sample,
      [{ path: ['results', '2019', 'fullYear'], value: '・年間\n  ・下の段\n' }],
      'initiative',
    );
    expect(rewritten).toBe(false);
    const c = canonicalize(text, 'initiative', '07.yaml');
    expect(c.ok && c.changed).toBe(false);
  });

  it('falls back to the canonical form for shapes it does not splice (a flow mapping), keeping the data', () => {
    const flow = 'number: 1\nplans: {}\nresults: {}\n';
    const { text, rewritten } = setFields(flow, [{ path: ['plans', '2019'], value: '・計画\n' }], 'initiative');
    expect(rewritten).toBe(true);
    expect(parseDocument(text).toJS()).toEqual({ number: 1, plans: { 2019: '・計画\n' }, results: {} });
  });

  it('the fallback rewrite keeps the comment on the line of a replaced value', () => {
    const text = 'number: 1\nplans: {}\nresults:\n  2019:\n    firstHalf: | # 注記\n      a\n';
    const r = setFields(text, [{ path: ['results', '2019', 'firstHalf'], value: 'b\nc\n' }], 'initiative');
    expect(r.rewritten).toBe(true);
    expect(r.text).toContain('# 注記');
    expect(parseDocument(r.text).toJS().results[2019].firstHalf).toBe('b\nc\n');
  });

  it('a missing key goes where fmt puts it (results after plans, not above number), numbers stay numbers', () => {
    const text = 'number: 1\ntitle: t\ndivision: 総務部/人事課\nitems: []\nplans:\n  2019: p\nverification: []\n';
    const r = setFields(text, [{ path: ['results', '2019', 'fullYear'], value: 'r' }], 'initiative');
    expect(r.rewritten).toBe(false);
    expect(r.text).toBe(text.replace('verification:', 'results:\n  2019:\n    fullYear: r\nverification:'));
    const k = setFields(
      'number: 1\nindicators:\n  - label: x\n    actuals:\n      2024: 5\n    progressRate: 50\n',
      [{ path: ['indicators', 0, 'actuals', '2025'], value: 6 }],
      'initiative',
    );
    expect(k.text).toBe(
      'number: 1\nindicators:\n  - label: x\n    actuals:\n      2024: 5\n      2025: 6\n    progressRate: 50\n',
    );
  });

  it('a file with CR LF line endings keeps them', () => {
    const crlf = INITIATIVE.replace(/\n/g, '\r\n');
    const { text, rewritten } = setFields(
      crlf,
      [{ path: ['results', '2019', 'fullYear'], value: 'a\nb\n' }],
      'initiative',
    );
    expect(rewritten).toBe(false);
    expect(text).toContain('      ・上半期\r\n    fullYear: |\r\n      a\r\n      b\r\n  # 年度の後のコメント\r\n');
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('setScalars changes the edition lines only', () => {
    const m = 'edition:\n  fiscalYear: 2019 # 年度\n  period: fullYear\ntitle: t\n';
    expect(
      setScalars(m, [
        { path: ['edition', 'fiscalYear'], value: 2020 },
        { path: ['edition', 'period'], value: 'firstHalf' },
      ]),
    ).toBe('edition:\n  fiscalYear: 2020 # 年度\n  period: firstHalf\ntitle: t\n');
  });
});
