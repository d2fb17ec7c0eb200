import { beforeAll, describe, expect, it } from 'vitest';
import { loadReport } from '../src/pipeline/load-report.js';
import { circledNumber, layoutLane, type Report } from '../src/model/report.js';
import { repoRoot } from './helpers.js';

let report: Report;
beforeAll(async () => {
  const loaded = await loadReport('data', { cwd: repoRoot });
  expect(loaded.diagnostics).toEqual([]);
  report = loaded.report!;
});

const byNumber = (n: number) => report.initiatives.find((i) => i.number === n)!;

describe('the sample report (the seed, transcribed)', () => {
  it('has the 11 initiatives of 別表1 in three sections, numbered ①② within each', () => {
    expect(report.initiatives.map((i) => i.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(report.sections.map((s) => [s.mark, s.initiatives.map((i) => i.localMark).join('')])).toEqual([
      ['I', '①②③'],
      ['II', '①②'],
      ['III', '①②③④⑤⑥'],
    ]);
    expect(byNumber(6).title).toBe('「三重県職員人づくり基本方針」の見直し');
  });

  it('has the item counts of the seed', () => {
    expect(report.initiatives.map((i) => i.items.length)).toEqual([1, 2, 1, 3, 4, 2, 3, 1, 2, 2, 3]);
    expect(byNumber(5).items[3]).toMatchObject({
      checkbox: false,
      printedLabel: '「三重県財政の健全化に向けた集中取組」(上記3取組を含む)',
    });
    expect(byNumber(1).items[0].printedLabel).toBe('□協創の取組を進めるための研修の充実');
  });

  it('has every row of 別表2, not one-to-one with the items (5 has four items and one row)', () => {
    expect(report.initiatives.map((i) => i.verification.length)).toEqual([1, 2, 1, 3, 1, 2, 3, 1, 2, 2, 3]);
    expect(report.initiatives.flatMap((i) => i.verification.map((r) => r.direction)).join('')).toBe(
      'AAAABABBBBBBABBBAAAAA',
    );
  });

  it('writes a shared 区分の理由 once and spans it over the rows (7 and 9)', () => {
    expect(byNumber(7).verification.map((r) => r.reasonRowSpan)).toEqual([2, 0, 1]);
    expect(byNumber(9).verification.map((r) => r.reasonRowSpan)).toEqual([2, 0]);
    expect(byNumber(7).verification[1].raw.reason).toBe(byNumber(7).verification[0].raw.reason);
    expect(byNumber(9).verification[0].raw.reason).toMatch(/^みえ公共施設等総合管理基本方針もふまえ/);
  });

  it('derives the fiscal-year columns and the edition headings from the manifest', () => {
    expect(report.years.map((y) => y.label)).toEqual(['28年度', '29年度', '30年度', '元年度']);
    expect(report.edition.planHeading).toBe('令和元年度 年次計画');
    expect(report.edition.resultHeading).toBe('上半期実績(4月～9月)');
    expect(byNumber(1).achievedNote).toBe('(H28年度達成済)');
    expect(byNumber(4).achievedNote).toBe('(H29年度達成済)');
  });

  it('lays out 工程 as cells: spans, single years, a change within a year, two lanes', () => {
    const texts = (n: number, item: number) =>
      byNumber(n).items[item].lanes.map((lane) => lane.map((c) => (c.phase ? `${c.phase.text}/${c.span}` : '-')));
    expect(texts(1, 0)).toEqual([['検討 → 順次実施/1', '-', '-', '-']]);
    expect(texts(4, 0)).toEqual([['← 随時実施 →/4']]);
    expect(texts(4, 1)).toEqual([['← 検討 →/1', '← 実施 →/3']]);
    expect(texts(6, 0)).toEqual([['検討/1', '実施/1', '-', '-']]);
    expect(texts(8, 0)).toEqual([
      ['実施/1', '-', '-', '-'],
      ['周知/1', '-', '-', '-'],
    ]);
  });

  it('stores 担当課 once as 部 + 課, printing 総務部人事課 in 別表1 and 人事課 in 別表2', () => {
    expect(byNumber(1).divisionBlocks).toEqual([
      { division: { department: '総務部', division: '人事課', full: '総務部人事課' } },
    ]);
    expect(byNumber(4).divisionBlocks.map((b) => `${b.heading}${b.division.full}`)).toEqual([
      '<組織体制・運営の検討>総務部総務課',
      '<みえ成果向上サイクルの見直し>総務部行財政改革推進課',
      '<弾力的な勤務形態の検討>総務部人事課',
    ]);
    expect(byNumber(4).verification.map((r) => r.division.division)).toEqual(['総務課', '行財政改革推進課', '人事課']);
    expect(byNumber(7).divisionBlocks.map((b) => b.division.division)).toEqual([
      '行財政改革推進課',
      '行財政改革推進課',
      '福利厚生課',
    ]);
  });

  it('keeps the rich text lines: headings, bullets, nesting, the centred arrow of 8', () => {
    const result8 = byNumber(8).result;
    expect(result8.find((l) => l.kind === 'center')?.text).toBe('↓');
    const plan10 = byNumber(10).plan;
    expect(plan10.filter((l) => l.level === 1).map((l) => l.text)).toContain('新規、割愛採用職員研修(4月)');
    expect(byNumber(4).plan[0]).toEqual({ kind: 'heading', level: 0, text: '<組織体制・運営の検討>' });
  });
});

describe('model helpers', () => {
  it('numbers with circled digits up to 50, then in brackets', () => {
    expect([1, 20, 21, 35, 36, 50, 51].map(circledNumber)).toEqual(['①', '⑳', '㉑', '㉟', '㊱', '㊿', '(51)']);
  });

  it('fills the empty years around phases and clips to the plan period', () => {
    const years = [2018, 2019, 2020, 2021, 2022].map((year) => ({ year, label: '', longLabel: '' }));
    const cells = layoutLane(
      [
        { label: '実施', from: 2019, to: 2020 },
        { label: '検証', from: 2022, arrow: true },
      ],
      years,
    );
    expect(cells.map((c) => [c.start, c.span, c.phase?.text ?? ''])).toEqual([
      [0, 1, ''],
      [1, 2, '← 実施 →'],
      [3, 1, ''],
      [4, 1, '← 検証 →'],
    ]);
  });
});
