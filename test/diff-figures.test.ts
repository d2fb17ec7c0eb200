/**
 * `reform diff` on reports with declared tables: a changed number is shown old → new, followed by its
 * computed consequences as printed (累計, 進捗率, 小計, 合計, counts).
 */
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { repoRoot, runCli, tempDir } from './helpers.js';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await tempDir('reform-diff-figures-'));
});
afterEach(() => cleanup());

async function sides(example: string, file: string, from: string, to: string): Promise<void> {
  await cp(path.join(repoRoot, 'examples', example), path.join(dir, 'base'), { recursive: true });
  await cp(path.join(repoRoot, 'examples', example), path.join(dir, 'head'), { recursive: true });
  const p = path.join(dir, 'head', 'initiatives', file);
  const text = await readFile(p, 'utf8');
  expect(text).toContain(from);
  await writeFile(p, text.replace(from, to));
}

describe('diff of declared tables', () => {
  it('shows 累計 and 進捗率 moved by a changed 実績値', async () => {
    await sides('kpi', '02.yaml', '      2025: 40\n', '      2025: 46\n');
    const r = await runCli(['diff', 'base', 'head'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('実績値（令和7年度）: 40 → 46');
    expect(r.stdout).toContain('別表1 › 窓口手続のオンライン化 › オンラインで申請できる手続 › 累計: 70件 → 76件');
    expect(r.stdout).toContain('別表1 › 窓口手続のオンライン化 › オンラインで申請できる手続 › 進捗率: 87.5% → 95.0%');
  });

  it('shows 差額, 小計 and 合計 moved by a changed 効果実績額, in text and JSON', async () => {
    await sides('effects', '03.yaml', 'actual: 102450', 'actual: 110000');
    const r = await runCli(['diff', 'base', 'head'], { cwd: dir });
    expect(r.stdout).toContain(
      '別表1 › 職員数の適正化 › 職員数の適正化（一般職員 15人削減） › 差額(B-A): 6,450千円 → 14,000千円',
    );
    expect(r.stdout).toContain('別表1 › 小計（歳出削減対策） › 効果実績額(B): 102,850千円 → 110,400千円');
    expect(r.stdout).toContain('別表1 › 合計 › 効果実績額(B): 167,561千円 → 175,111千円');
    const j = await runCli(['diff', 'base', 'head', '--format', 'json'], { cwd: dir });
    const doc = JSON.parse(j.stdout);
    expect(doc.figures).toContainEqual({
      table: '別表1',
      row: '合計',
      column: '差額(B-A)',
      before: '△79,039千円',
      after: '△71,489千円',
    });
  });

  it('shows changed rating counts', async () => {
    await sides(
      'ratings',
      '03.yaml',
      '  2025:\n    status: doing\n    achievement: C',
      '  2025:\n    status: doing\n    achievement: A',
    );
    const r = await runCli(['diff', 'base', 'head'], { cwd: dir });
    expect(r.stdout).toContain(
      '別表1 › 件数 › 達成度: 達成 3項目、一部達成 2項目、未達成 1項目 → 達成 4項目、一部達成 2項目、未達成 0項目',
    );
  });

  it('follows a changed yearly actual through recurring effects, rates, labelled totals and the lead', async () => {
    await sides('savings', '01.yaml', '        actual: 13500', '        actual: 15500');
    const r = await runCli(['diff', 'base', 'head'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const t = '令和7年度 取組の効果額（見込額と実績額）';
    expect(r.stdout).toContain('効果額（1） › 実績額（令和6年度）: 13500 → 15500');
    // Recurring: 令和6年度's effect counts again in 令和7年度.
    expect(r.stdout).toContain(`${t} › 市税のコンビニ・スマホ納付の拡大 › 令和7年度 実績額: 17,700 → 19,700`);
    expect(r.stdout).toContain(`${t} › 市税のコンビニ・スマホ納付の拡大 › 令和7年度 達成率: 104.1% → 115.9%`);
    expect(r.stdout).toContain(`${t} › 歳入確保対策計（歳入確保対策） › 令和6年度 実績額: 61,500 → 63,500`);
    expect(r.stdout).toContain(`${t} › 総合計 › 計画期間（令和6～8年度） 対計画期間: 39.7% → 40.2%`);
    expect(r.stdout).toContain('実績額は1億5,915万円（達成率105.4%）');
    expect(r.stdout).toContain('実績額は1億6,115万円（達成率106.7%）');
    // reform's own words for the lead sentence in the user's language; the data's words as they are.
    expect(r.stdout).toContain(`${t} › 前文: 令和7年度の効果額は`);
    const en = await runCli(['diff', 'base', 'head', '--lang', 'en'], { cwd: dir });
    expect(en.stdout).toContain(`${t} › lead sentence: 令和7年度の効果額は`);
    expect(en.stdout).not.toContain('前文');
  });
});
