/**
 * `reform validate` on reports with declared tables (copies of examples/ in a temporary directory):
 * a computed figure written wrongly is reported with both figures, unknown codes get "did you mean",
 * errors name file:line and the printed label (目標値, 効果実績額 …), and a report without declared
 * tables still needs 別表1 and 別表2's parts.
 */
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copySample, repoRoot, runCli, tempDir } from './helpers.js';

let dir: string;
let cleanup: () => Promise<void>;

beforeEach(async () => {
  ({ dir, cleanup } = await tempDir('reform-formats-'));
});
afterEach(() => cleanup());

async function example(name: string): Promise<string> {
  const target = path.join(dir, name);
  await cp(path.join(repoRoot, 'examples', name), target, { recursive: true });
  return target;
}

async function edit(file: string, from: string | RegExp, to: string): Promise<number> {
  const text = await readFile(file, 'utf8');
  const next = text.replace(from, to);
  expect(next, `edit of ${file} did not apply`).not.toBe(text);
  await writeFile(file, next);
  return next.split('\n').findIndex((l) => l.includes(to.split('\n')[0].trim())) + 1;
}

const validate = async (target: string, ...args: string[]) => {
  const r = await runCli(['validate', target, ...args], { cwd: dir });
  return { code: r.code, stdout: r.stdout + r.stderr };
};

describe('validate with declared tables', () => {
  it('reports a written 進捗率 that disagrees with the computation, with both figures', async () => {
    const ex = await example('kpi');
    const line = await edit(path.join(ex, 'initiatives', '01.yaml'), 'progressRate: 137.5', 'progressRate: 87.5');
    const r = await validate(ex);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`initiatives/01.yaml:${line}:`);
    expect(r.stdout).toContain('進捗率に 87.5% と書かれていますが、計算すると 137.5% です（累計 ÷ 目標値）');
  });

  it('reports a written 差額 and 累計 that disagree', async () => {
    const fx = await example('effects');
    await edit(path.join(fx, 'initiatives', '02.yaml'), 'difference: -66669', 'difference: -66000');
    const r1 = await validate(fx);
    expect(r1.stdout).toContain(
      '差額に △66,000 と書かれていますが、計算すると △66,669 です（効果実績額 13,331 − 効果見込額 80,000）',
    );
    const kpi = await example('kpi');
    await edit(path.join(kpi, 'initiatives', '03.yaml'), 'cumulative: 10500', 'cumulative: 10000');
    const r2 = await validate(kpi, '--lang', 'en');
    // English sentences hold no Japanese of reform's own (the figures' unit 千円 is the report's).
    expect(r2.stdout).toContain('The cumulative total is written as 10,000千円, but it computes to 10,500千円');
    expect(r2.stdout).toContain('(the sum of the actual values up to fiscal year 2025)');
    expect(r2.stdout).not.toMatch(/累計 is|（なし）|差額/);
  });

  it('suggests the code of an unknown rating', async () => {
    const ex = await example('ratings');
    await edit(path.join(ex, 'initiatives', '01.yaml'), 'achievement: A\n', 'achievement: 達成\n');
    await edit(path.join(ex, 'initiatives', '02.yaml'), 'status: doing\n', 'status: doign\n');
    const r = await validate(ex);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      '評価「達成」は尺度「達成度」の段階にありません。書ける記号: A（達成）, B（一部達成）, C（未達成）。もしかして「A」ですか？',
    );
    expect(r.stdout).toContain('評価「doign」は尺度「着手状況」の段階にありません。');
    expect(r.stdout).toContain('もしかして「doing」ですか？');
  });

  it('suggests a known category and names the field by its printed label', async () => {
    const ex = await example('effects');
    await edit(path.join(ex, 'initiatives', '03.yaml'), 'category: expenditure', 'category: expenditur');
    await edit(path.join(ex, 'initiatives', '05.yaml'), 'actual: 3600', 'actual: 三千六百');
    const r = await validate(ex);
    expect(r.stdout).toContain(
      '「expenditur」は report.yaml の categories にありません。書けるもの: revenue, expenditure。もしかして「expenditure」ですか？',
    );
    expect(r.stdout).toMatch(/項目: 効果実績額（effects\[0\]\.actual）/);
  });

  it('refuses a half-year part that the 工程 does not have', async () => {
    const ex = await example('kpi');
    await edit(path.join(ex, 'initiatives', '01.yaml'), 'toPart: 1', 'toPart: 3');
    const r = await validate(ex);
    expect(r.stdout).toContain('期 3 は工程の刻み（half）にありません。1～2 で書いてください。');
  });

  it('checks columns against their table', async () => {
    const ex = await example('effects');
    await edit(path.join(ex, 'report.yaml'), 'kind: effect.planned', 'kind: indicator.target');
    const r = await validate(ex);
    expect(r.stdout).toContain(
      '列「効果見込額(A)」（indicator.target）は、行の単位（rows）が effects の表では使えません。',
    );
  });

  it('still requires 別表1 and 別表2 parts when no table is declared', async () => {
    const data = await copySample(dir);
    const file = path.join(data, 'initiatives', '01.yaml');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace(/\nverification:[\s\S]*$/, '\n'));
    const r = await validate(data);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('必要な項目「verification」がありません。');
  });

  it('accepts a published 累計 declared as given, and checks it where the actuals can produce it', async () => {
    const kpi = await example('kpi');
    const file = path.join(kpi, 'initiatives', '01.yaml');
    // Only the latest year and the total since the plan began: accepted, 進捗率 from the total.
    await edit(
      file,
      /actuals:\n {6}2024: 5\n {6}2025: 6\n {4}progressRate: 137.5/,
      'actuals:\n      2025: 6\n    cumulative: 11\n    given: true',
    );
    expect((await validate(kpi)).code).toBe(0);
    // With every year from the plan's start, the sum checks it: both figures in the message.
    const line = await edit(
      file,
      'actuals:\n      2025: 6\n    cumulative: 11',
      'actuals:\n      2024: 5\n      2025: 6\n    cumulative: 12',
    );
    const r = await validate(kpi);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`initiatives/01.yaml:${line + 3}:`);
    expect(r.stdout).toContain('公表値の累計 12人 は、令和6年度から令和7年度までの実績値の合計 11人 と合いません。');
    await edit(file, '    cumulative: 12\n', '');
    expect((await validate(kpi)).stdout).toContain('累計（cumulative）が書かれていません');
  });

  it('needs 担当課 only where a table prints it, and refuses a lead sentence naming no column', async () => {
    const fx = await example('effects');
    const manifest = path.join(fx, 'report.yaml');
    const file = path.join(fx, 'initiatives', '02.yaml');
    await edit(file, /division: .*\n/, '');
    const r1 = await validate(fx);
    expect(r1.code).toBe(1);
    expect(r1.stdout).toContain(
      '担当課（division）がありません。表「別表1 令和6年度 財政効果額（見込額と実績額）」に担当課の列',
    );
    await edit(manifest, /\n {6}- kind: division\n {8}heading: 担当課\n {8}width: \d+/g, '');
    await edit(manifest, '    label: 別表1\n', '');
    expect((await validate(fx)).code).toBe(0);
    await edit(manifest, 'rows: effects', 'rows: effects\n    lead: 見込額は{total.nothing|万円}です。');
    const r2 = await validate(fx);
    expect(r2.code).toBe(1);
    expect(r2.stdout).toContain('前文の {total.nothing|万円} は表の列の記号（id）を指していません。');
  });
});
