/**
 * The department forms of every report come from its table declarations (cycle/asked.ts): the seed's 実績 and
 * 検証 sheets are the built-in 別表1・別表2 declarations' sheets, asked by their column kinds. They keep the
 * layout of the forms the previous version issued (its digest, which import checks, pinned here per 課 and
 * edition), and a report.yaml that declares the seed's tables itself (docs/formats.md's worked case) gets the
 * same forms: the same sheets, columns, locked texts, answers, labels, prompts and choices.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askedOf, asksOf, layoutDigest } from '../src/cycle/asked.js';
import { loadCycleReport, type CycleReport } from '../src/cycle/load.js';
import type { Manifest } from '../src/model/schema-types.js';
import { copySample, repoRoot, sampleDir, tempDir } from './helpers.js';

type Variant = 'firstHalf' | 'fullYear' | 'fullYear+next';

/** The digests (first 16 hex digits) of the sample's forms as the previous version laid them out. */
const ISSUED: Record<Variant, Record<string, string>> = {
  firstHalf: {
    '地域連携部/情報システム課': 'c198c9a54c776d9c',
    '総務部/人事課': '3eea42bc2cf1c4bc',
    '総務部/福利厚生課': '72e3b9c80b78cc1b',
    '総務部/税務企画課': '7356db60e4e3ddaf',
    '総務部/管財課': '2eb636523703c448',
    '総務部/総務課': '941c7025786ee250',
    '総務部/行財政改革推進課': '0f4c630f0fe277f3',
    '総務部/財政課': 'fc9c93aa11ffd9e3',
  },
  fullYear: {
    '地域連携部/情報システム課': 'e71146700b9cc474',
    '総務部/人事課': '116036139efef618',
    '総務部/福利厚生課': '18959852bc4ced25',
    '総務部/税務企画課': '7a2f252762df829f',
    '総務部/管財課': 'f8e8bb5fc909f901',
    '総務部/総務課': '6442ba9b7e2a9a20',
    '総務部/行財政改革推進課': 'a0a80ae9ae71897f',
    '総務部/財政課': '73da57072a969d2a',
  },
  'fullYear+next': {
    '地域連携部/情報システム課': '36a494744c381510',
    '総務部/人事課': 'f133ef5353f7006e',
    '総務部/福利厚生課': 'cb28ce17ab1f3dbc',
    '総務部/税務企画課': 'cb7fe6019d3c2b19',
    '総務部/管財課': '1dda0a2af6d24644',
    '総務部/総務課': '67c69f0d13ca4b10',
    '総務部/行財政改革推進課': '01d833c32a459f76',
    '総務部/財政課': 'b208d59fad67adff',
  },
};

/** The sample's manifest in an edition: its 上半期, its 年間 (last year of the plan), or a 年間 with a next year. */
function inEdition(m: Manifest, v: Variant): Manifest {
  const period = v === 'firstHalf' ? 'firstHalf' : 'fullYear';
  const to = v === 'fullYear+next' ? m.edition.fiscalYear + 1 : m.planPeriod.to;
  return { ...m, edition: { ...m.edition, period }, planPeriod: { ...m.planPeriod, to } };
}

/** The YAML of docs/formats.md's worked case: the seed's tables declared in report.yaml. */
async function documentedDeclaration(): Promise<string> {
  const docs = await readFile(path.join(repoRoot, 'docs/formats.md'), 'utf8');
  const block = /```yaml\n([\s\S]*?)```/.exec(docs.slice(docs.indexOf('## 別表1・別表2 を自分で書く')));
  if (!block) throw new Error('docs/formats.md has no YAML block for the seed tables');
  return block[1];
}

const VARIANTS = Object.keys(ISSUED) as Variant[];
let builtIn: CycleReport;
let declared: CycleReport;
let tmp: { dir: string; cleanup: () => Promise<void> };
beforeAll(async () => {
  builtIn = await loadCycleReport(sampleDir, repoRoot);
  tmp = await tempDir('reform-forms-tables-');
  const dir = await copySample(path.join(tmp.dir, 'declared'));
  const manifest = path.join(dir, 'report.yaml');
  await writeFile(manifest, `${await readFile(manifest, 'utf8')}\n${await documentedDeclaration()}`);
  declared = await loadCycleReport(dir, dir);
});
afterAll(() => tmp.cleanup());

describe("the seed's forms through the table declarations", () => {
  it.each(VARIANTS)('keep the layout of the forms issued before (%s): a form issued then still imports', (v) => {
    const m = inEdition(builtIn.manifest!.data, v);
    const digests = Object.fromEntries(
      Object.keys(ISSUED[v]).map((d) => [d, layoutDigest(askedOf(m, builtIn.initiatives, d)).slice(0, 16)]),
    );
    expect(digests).toEqual(ISSUED[v]);
  });

  it('print the sheets, headings and notes the seed printed', () => {
    const m = inEdition(builtIn.manifest!.data, 'fullYear+next');
    const asked = askedOf(m, builtIn.initiatives, '総務部/人事課');
    expect(asked.sheets.map((s) => [s.name, s.title, s.rowsAre])).toEqual([
      ['実績', '令和元年度年間の取組状況（別表1）', 'initiatives'],
      ['検証', '現行の「三重県行財政改革取組」の検証（別表2）', 'verification'],
    ]);
    const [progress, verification] = asked.sheets;
    expect(progress.columns.map((c) => c.header)).toEqual([
      '番号',
      '具体的取組',
      '取組項目',
      '令和元年度 年次計画\n（公表済み）',
      '令和元年度 上半期実績（4月～9月）\n（公表済み）',
      '令和元年度 年間実績（4月～3月）\n【記入】',
      '令和2年度 年次計画（次年度）\n【記入（任意）】',
    ]);
    expect(verification.columns.map((c) => c.header)).toEqual([
      '番号',
      '具体的取組',
      '取組項目',
      '内容\n【記入】',
      '実績・効果\n【記入】',
      '区分\n【選択】',
      '区分の理由\n【記入】',
    ]);
    expect(verification.note).toBe(
      '黄色のセルに記入してください。「区分」は一覧から選びます。灰色のセルは変更できません。',
    );
    // The 取組項目 with their □, the next year's plan optional (not counted by status), the 区分 a choice.
    expect(String((progress.rows[0].cells[2] as { text: string }).text)).toMatch(/^□/);
    const asks = asksOf(asked);
    const next = asks.find((a) => a.ask.label === '令和2年度 年次計画（次年度）')!;
    expect(next.ask.required).toBe(false);
    expect(asks.find((a) => a.ask.label === '令和元年度 年間実績（4月～3月）')!.ask.required).toBe(true);
    const direction = asks.find((a) => a.ask.kind === 'choice')!;
    expect(direction.ask.choices).toEqual(['A', 'B']);
    expect(direction.ask.prompt).toContain('A: ');
  });

  it('ask a verification row of its own 担当課, not of its initiative', () => {
    // 07.yaml's third row is answered by 福利厚生課; the initiative is 行財政改革推進課's.
    const m = builtIn.manifest!.data;
    const rowsOf = (d: string) =>
      askedOf(m, builtIn.initiatives, d)
        .sheets.find((s) => s.name === '検証')!
        .rows.map((r) => [r.number, (r.cells[2] as { text: string }).text]);
    expect(rowsOf('総務部/福利厚生課')).toContainEqual([7, 'ストレスチェック実施体制の整備']);
    expect(rowsOf('総務部/行財政改革推進課')).not.toContainEqual([7, 'ストレスチェック実施体制の整備']);
    expect(rowsOf('総務部/行財政改革推進課')).toContainEqual([7, '職員提案制度の見直し']);
    // A reason shared with the row above is not asked again.
    const shared = askedOf(m, builtIn.initiatives, '総務部/行財政改革推進課')
      .sheets.find((s) => s.name === '検証')!
      .rows.find((r) => (r.cells[2] as { text: string }).text === 'MIE職員力アワードの見直し')!;
    expect(shared.cells[6]).toEqual({ text: '（上の行と共通）' });
  });

  it('read a half-written file leniently: odd entries are skipped, never thrown on', () => {
    const m = builtIn.manifest!.data;
    const odd = {
      file: 'odd.yaml',
      data: {
        number: 99,
        title: '書きかけ',
        division: '総務部/人事課',
        items: [null, 3, { label: '研修' }],
        plans: 'x',
        verification: [null, 'x', { item: '項目', division: 7 }],
      },
    } as unknown as (typeof builtIn.initiatives)[number];
    const asked = askedOf(m, [...builtIn.initiatives, odd], '総務部/人事課');
    const row = asked.sheets[0].rows.find((r) => r.number === 99)!;
    expect(row.cells[2]).toEqual({ text: '□研修' });
    // Only the verification row that is a mapping; its 担当課 not a name: the initiative's.
    expect(asked.sheets[1].rows.filter((r) => r.number === 99).map((r) => r.cells[2])).toEqual([{ text: '項目' }]);
  });

  it.each(VARIANTS)('are what a report.yaml that declares the same tables gets (%s)', (v) => {
    expect(declared.manifest!.data.tables).toHaveLength(2);
    const a = inEdition(builtIn.manifest!.data, v);
    const b = inEdition(declared.manifest!.data, v);
    // The files are shown from their own folders, and the widths follow the declared ones (the built-in
    // declaration's come from the plan period): compare without them.
    const strip = (x: ReturnType<typeof askedOf>) => ({
      ...x,
      sheets: x.sheets.map((s) => ({
        ...s,
        columns: s.columns.map((c) => c.header),
        rows: s.rows.map((r) => ({ ...r, file: path.basename(r.file) })),
      })),
    });
    for (const d of Object.keys(ISSUED[v])) {
      const own = strip(askedOf(b, declared.initiatives, d));
      expect(own).toEqual(strip(askedOf(a, builtIn.initiatives, d)));
      expect(own.sheets.some((s) => s.rows.length > 0)).toBe(true);
    }
  });
});
